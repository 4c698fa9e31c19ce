package telegram_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

const (
	testToken = "123456:SECRET-token-never-logged"
	botID     = 999
	botName   = "SiraTestBot"
)

// call is one Bot API request the fake received.
type call struct {
	Method string
	Params url.Values
	At     time.Time
}

// A refusal is an error answer the fake gives instead of the result.
type refusal struct {
	code       int
	desc       string
	retryAfter int
	migrateTo  int64
}

// fakeAPI is a Bot API server on loopback: it hands out queued updates to
// getUpdates (honouring offsets as Telegram does), records every call, and
// can be told to fail calls: the next ones of a method, those to a chat
// (blocked, kicked, migrated), or all of a method until a time.
type fakeAPI struct {
	t   testing.TB
	srv *httptest.Server

	mu        sync.Mutex
	updates   []map[string]any // every update ever queued, by update_id order
	nextID    int
	calls     []call
	failures  map[string][]refusal // method → refusals to answer next, in order
	failUntil map[string]time.Time // method → fail with 502 while clock.Now() is before
	clock     *fakeClock           // the service's clock, for failUntil
	msgID     int
	offsets   []int                  // offsets getUpdates was called with
	pushed    map[string][]time.Time // when each chat's messages were queued
	chats     map[string]refusal     // chats the bot cannot write to
	gates     map[string]chan struct{}
	tooLong   []string // callback data over Telegram's 64 bytes
}

func newFakeAPI(t testing.TB) *fakeAPI {
	f := &fakeAPI{t: t, nextID: 100, failures: map[string][]refusal{}, failUntil: map[string]time.Time{},
		pushed: map[string][]time.Time{}, chats: map[string]refusal{}, gates: map[string]chan struct{}{}}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	t.Cleanup(func() {
		f.mu.Lock()
		defer f.mu.Unlock()
		if len(f.tooLong) > 0 {
			t.Errorf("callback data over 64 bytes: %q", f.tooLong)
		}
	})
	return f
}

// endpoint is the tgbotapi endpoint format pointing at the fake.
func (f *fakeAPI) endpoint() string { return f.srv.URL + "/bot%s/%s" }

// sends are the methods that write to a chat.
var sends = map[string]bool{"sendMessage": true, "editMessageText": true, "copyMessage": true, "sendContact": true}

func (f *fakeAPI) serve(w http.ResponseWriter, r *http.Request) {
	parts := strings.Split(strings.TrimPrefix(r.URL.Path, "/bot"), "/")
	if len(parts) != 2 || parts[0] != testToken {
		w.WriteHeader(http.StatusUnauthorized)
		fmt.Fprint(w, `{"ok":false,"error_code":401,"description":"Unauthorized"}`)
		return
	}
	method := parts[1]
	r.ParseForm()
	chat := r.PostForm.Get("chat_id")
	f.mu.Lock()
	f.calls = append(f.calls, call{Method: method, Params: r.PostForm, At: time.Now()})
	var markup struct {
		Rows [][]struct {
			Data string `json:"callback_data"`
		} `json:"inline_keyboard"`
	}
	json.Unmarshal([]byte(r.PostForm.Get("reply_markup")), &markup)
	for _, row := range markup.Rows {
		for _, b := range row {
			if len(b.Data) > 64 {
				f.tooLong = append(f.tooLong, b.Data)
			}
		}
	}
	gate := f.gates[chat]
	var refuse *refusal
	if no, ok := f.chats[chat]; ok && (sends[method] || method == "getChatMember") {
		refuse = &no
	} else if codes := f.failures[method]; len(codes) > 0 {
		f.failures[method] = codes[1:]
		refuse = &codes[0]
	} else if until, ok := f.failUntil[method]; ok && f.clock.Now().Before(until) {
		refuse = &refusal{code: http.StatusBadGateway}
	}
	f.mu.Unlock()
	if refuse != nil {
		f.refuse(w, *refuse)
		return
	}
	if gate != nil && sends[method] {
		select {
		case <-gate:
		case <-r.Context().Done():
			return
		}
	}
	switch method {
	case "getMe":
		f.ok(w, map[string]any{"id": botID, "is_bot": true, "first_name": "Sira", "username": botName})
	case "getUpdates":
		f.getUpdates(w, r)
	case "getChatMember":
		f.ok(w, map[string]any{"status": "administrator", "user": map[string]any{"id": botID, "is_bot": true, "first_name": "Sira"}})
	case "sendMessage", "editMessageText", "sendContact":
		id := f.nextMsg()
		if method == "editMessageText" {
			id, _ = strconv.Atoi(r.PostForm.Get("message_id"))
		}
		c, _ := strconv.ParseInt(chat, 10, 64)
		f.ok(w, map[string]any{"message_id": id, "date": time.Now().Unix(), "chat": map[string]any{"id": c, "type": "private"}, "text": r.PostForm.Get("text")})
	case "copyMessage":
		f.ok(w, map[string]any{"message_id": f.nextMsg()})
	default: // answerCallbackQuery, setMyCommands, deleteWebhook, setWebhook…
		f.ok(w, true)
	}
}

func (f *fakeAPI) refuse(w http.ResponseWriter, no refusal) {
	switch no.code {
	case http.StatusBadGateway:
		w.WriteHeader(no.code)
		fmt.Fprint(w, `<html>502 Bad Gateway</html>`)
		return
	case http.StatusTooManyRequests:
		no.retryAfter = max(no.retryAfter, 1)
		no.desc = fmt.Sprintf("Too Many Requests: retry after %d", no.retryAfter)
	}
	if no.desc == "" {
		no.desc = "error"
	}
	params := map[string]any{}
	if no.retryAfter > 0 {
		params["retry_after"] = no.retryAfter
	}
	if no.migrateTo != 0 {
		params["migrate_to_chat_id"] = no.migrateTo
	}
	w.WriteHeader(no.code)
	json.NewEncoder(w).Encode(map[string]any{"ok": false, "error_code": no.code, "description": no.desc, "parameters": params})
}

func (f *fakeAPI) nextMsg() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.msgID++
	return f.msgID
}

func (f *fakeAPI) ok(w http.ResponseWriter, result any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{"ok": true, "result": result})
}

// getUpdates returns the queued updates at or above offset, waiting a
// little for one when there are none (a short long-poll).
func (f *fakeAPI) getUpdates(w http.ResponseWriter, r *http.Request) {
	offset, _ := strconv.Atoi(r.PostForm.Get("offset"))
	f.mu.Lock()
	f.offsets = append(f.offsets, offset)
	f.mu.Unlock()
	deadline := time.Now().Add(50 * time.Millisecond)
	for {
		f.mu.Lock()
		var out []any
		for _, u := range f.updates {
			if u["update_id"].(int) >= offset && len(out) < 100 { // Telegram's default limit
				if raw, ok := u["raw"]; ok {
					out = append(out, json.RawMessage(raw.(string)))
				} else {
					out = append(out, u)
				}
			}
		}
		f.mu.Unlock()
		if len(out) > 0 || time.Now().After(deadline) || r.Context().Err() != nil {
			f.ok(w, out)
			return
		}
		time.Sleep(5 * time.Millisecond) // the fake's long poll, not a test's wait
	}
}

// push queues an update built from fields; it returns its update_id.
func (f *fakeAPI) push(fields map[string]any) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.nextID++
	fields["update_id"] = f.nextID
	f.updates = append(f.updates, fields)
	return f.nextID
}

// pushRaw queues an update given as raw JSON (with or without its id).
func (f *fakeAPI) pushRaw(raw string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.nextID++
	f.updates = append(f.updates, map[string]any{"update_id": f.nextID, "raw": raw})
	return f.nextID
}

var (
	seqMu   sync.Mutex
	userSeq = 5000
)

func user(lang string) map[string]any {
	return map[string]any{"id": 42, "is_bot": false, "first_name": "Awa", "language_code": lang}
}

func private(chat int64) map[string]any { return map[string]any{"id": chat, "type": "private"} }

// text queues a private text message from chat.
func (f *fakeAPI) text(chat int64, text string) int {
	f.mu.Lock()
	key := strconv.FormatInt(chat, 10)
	f.pushed[key] = append(f.pushed[key], time.Now())
	f.mu.Unlock()
	return f.push(map[string]any{"message": map[string]any{
		"message_id": f.nextMessage(), "date": time.Now().Unix(), "from": user("fr"),
		"chat": private(chat), "text": text,
	}})
}

// media queues a private message of another kind (voice, photo…) from
// chat; it returns the message id.
func (f *fakeAPI) media(chat int64, fields map[string]any) int {
	id := f.nextMessage()
	m := map[string]any{"message_id": id, "date": time.Now().Unix(), "from": user("fr"), "chat": private(chat)}
	for k, v := range fields {
		m[k] = v
	}
	f.push(map[string]any{"message": m})
	return id
}

var voice = map[string]any{"voice": map[string]any{"file_id": "v", "file_unique_id": "v", "duration": 3}}

func (f *fakeAPI) nextMessage() int {
	seqMu.Lock()
	defer seqMu.Unlock()
	userSeq++
	return userSeq
}

// press queues a button press in chat on message msgID.
func (f *fakeAPI) press(chat int64, data string) int {
	return f.push(map[string]any{"callback_query": map[string]any{
		"id": "cb" + strconv.Itoa(f.nextMessage()), "from": user("fr"), "data": data, "chat_instance": "x",
		"message": map[string]any{"message_id": 1, "date": time.Now().Unix(), "chat": private(chat)},
	}})
}

func (f *fakeAPI) failNext(method string, codes ...int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, c := range codes {
		f.failures[method] = append(f.failures[method], refusal{code: c})
	}
}

func (f *fakeAPI) refuseNext(method string, no refusal) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.failures[method] = append(f.failures[method], no)
}

// refuseChat makes every write to chat fail with no (nil: writes again).
func (f *fakeAPI) refuseChat(chat int64, no *refusal) {
	f.mu.Lock()
	defer f.mu.Unlock()
	key := strconv.FormatInt(chat, 10)
	if no == nil {
		delete(f.chats, key)
	} else {
		f.chats[key] = *no
	}
}

// hold makes writes to chat wait until the returned function is called.
func (f *fakeAPI) hold(chat int64) (release func()) {
	f.mu.Lock()
	defer f.mu.Unlock()
	gate := make(chan struct{})
	f.gates[strconv.FormatInt(chat, 10)] = gate
	var once sync.Once
	return func() { once.Do(func() { close(gate) }) }
}

// sent returns the calls of a method to a chat ("" for any chat).
func (f *fakeAPI) sent(method string, chat int64) []call {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []call
	for _, c := range f.calls {
		if c.Method == method && (chat == 0 || c.Params.Get("chat_id") == strconv.FormatInt(chat, 10)) {
			out = append(out, c)
		}
	}
	return out
}

// texts returns the text (or caption) of every message sent to chat.
func (f *fakeAPI) texts(chat int64) []string {
	var out []string
	for _, c := range f.delivered(chat) {
		out = append(out, c.Params.Get("text")+c.Params.Get("caption"))
	}
	return out
}

// delivered returns the messages sent, edited or copied to chat.
func (f *fakeAPI) delivered(chat int64) []call {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []call
	for _, c := range f.calls {
		if sends[c.Method] && c.Params.Get("chat_id") == strconv.FormatInt(chat, 10) {
			out = append(out, c)
		}
	}
	return out
}

// waitFor polls until cond holds or fails the test after 10 s.
func (f *fakeAPI) waitFor(what string, cond func() bool) {
	f.t.Helper()
	f.waitForUpTo(10*time.Second, what, cond)
}

func (f *fakeAPI) waitForUpTo(d time.Duration, what string, cond func() bool) {
	f.t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			f.t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// waitSent waits until chat has n messages sent (sendMessage) and returns them.
func (f *fakeAPI) waitSent(chat int64, n int) []call {
	f.t.Helper()
	f.waitFor(fmt.Sprintf("%d messages to chat %d", n, chat), func() bool { return len(f.sent("sendMessage", chat)) >= n })
	return f.sent("sendMessage", chat)
}

// waitText waits until a message (or caption) holding want reaches chat.
func (f *fakeAPI) waitText(chat int64, want string) string {
	f.t.Helper()
	var got string
	f.waitFor(fmt.Sprintf("%q in chat %d", want, chat), func() bool {
		for _, s := range f.texts(chat) {
			if strings.Contains(s, want) {
				got = s
				return true
			}
		}
		return false
	})
	return got
}

// fakeClock is a Clock whose Sleep returns at once, moving its time on:
// a 75-second retry_after or a minute of errors take no real time.
type fakeClock struct {
	mu     sync.Mutex
	now    time.Time
	sleeps []time.Duration
}

func newFakeClock() *fakeClock { return &fakeClock{now: time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)} }

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Sleep(ctx context.Context, d time.Duration) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if d > 0 {
		c.now = c.now.Add(d)
		c.sleeps = append(c.sleeps, d)
	}
	return ctx.Err()
}

func (c *fakeClock) slept() []time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]time.Duration(nil), c.sleeps...)
}
