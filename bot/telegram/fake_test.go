package telegram_test

import (
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

// fakeAPI is a Bot API server on loopback: it hands out queued updates to
// getUpdates (honouring offsets as Telegram does), records every call, and
// can be told to fail the next calls of a method.
type fakeAPI struct {
	t   testing.TB
	srv *httptest.Server

	mu       sync.Mutex
	updates  []map[string]any // every update ever queued, by update_id order
	nextID   int
	calls    []call
	failures map[string][]int // method → status codes to answer next, in order
	msgID    int
	polled   chan struct{}
	offsets  []int                  // offsets getUpdates was called with
	pushed   map[string][]time.Time // when each chat's messages were queued
	blocked  map[string]bool        // chats whose user blocked the bot (403)
}

func newFakeAPI(t testing.TB) *fakeAPI {
	f := &fakeAPI{t: t, nextID: 100, failures: map[string][]int{}, polled: make(chan struct{}, 1000), pushed: map[string][]time.Time{}, blocked: map[string]bool{}}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

// endpoint is the tgbotapi endpoint format pointing at the fake.
func (f *fakeAPI) endpoint() string { return f.srv.URL + "/bot%s/%s" }

func (f *fakeAPI) serve(w http.ResponseWriter, r *http.Request) {
	parts := strings.Split(strings.TrimPrefix(r.URL.Path, "/bot"), "/")
	if len(parts) != 2 || parts[0] != testToken {
		http.Error(w, `{"ok":false,"error_code":401,"description":"Unauthorized"}`, http.StatusUnauthorized)
		return
	}
	method := parts[1]
	r.ParseForm()
	f.mu.Lock()
	f.calls = append(f.calls, call{Method: method, Params: r.PostForm, At: time.Now()})
	if method == "sendMessage" && f.blocked[r.PostForm.Get("chat_id")] {
		f.mu.Unlock()
		w.WriteHeader(http.StatusForbidden)
		fmt.Fprint(w, `{"ok":false,"error_code":403,"description":"Forbidden: bot was blocked by the user"}`)
		return
	}
	if codes := f.failures[method]; len(codes) > 0 {
		f.failures[method] = codes[1:]
		f.mu.Unlock()
		switch codes[0] {
		case http.StatusTooManyRequests:
			w.WriteHeader(codes[0])
			fmt.Fprint(w, `{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 1","parameters":{"retry_after":1}}`)
		case http.StatusBadGateway:
			w.WriteHeader(codes[0])
			fmt.Fprint(w, `<html>502 Bad Gateway</html>`)
		default:
			w.WriteHeader(codes[0])
			fmt.Fprintf(w, `{"ok":false,"error_code":%d,"description":"error"}`, codes[0])
		}
		return
	}
	f.mu.Unlock()
	switch method {
	case "getMe":
		f.ok(w, map[string]any{"id": botID, "is_bot": true, "first_name": "Sira", "username": botName})
	case "getUpdates":
		f.getUpdates(w, r)
	case "sendMessage", "editMessageText":
		f.mu.Lock()
		f.msgID++
		id := f.msgID
		f.mu.Unlock()
		chat, _ := strconv.ParseInt(r.PostForm.Get("chat_id"), 10, 64)
		f.ok(w, map[string]any{"message_id": id, "date": time.Now().Unix(), "chat": map[string]any{"id": chat, "type": "private"}, "text": r.PostForm.Get("text")})
	default: // answerCallbackQuery, setMyCommands, deleteWebhook, setWebhook
		f.ok(w, true)
	}
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
	select {
	case f.polled <- struct{}{}:
	default:
	}
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
		time.Sleep(5 * time.Millisecond)
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

var userSeq = 5000

func user(lang string) map[string]any {
	return map[string]any{"id": 42, "is_bot": false, "first_name": "Awa", "language_code": lang}
}

// text queues a private text message from chat.
func (f *fakeAPI) text(chat int64, text string) int {
	f.mu.Lock()
	key := strconv.FormatInt(chat, 10)
	f.pushed[key] = append(f.pushed[key], time.Now())
	f.mu.Unlock()
	return f.push(map[string]any{"message": map[string]any{
		"message_id": f.nextMessage(), "date": time.Now().Unix(), "from": user("fr"),
		"chat": map[string]any{"id": chat, "type": "private"}, "text": text,
	}})
}

func (f *fakeAPI) nextMessage() int {
	userSeq++
	return userSeq
}

// press queues a button press in chat on message msgID.
func (f *fakeAPI) press(chat int64, data string) int {
	return f.push(map[string]any{"callback_query": map[string]any{
		"id": "cb" + strconv.Itoa(f.nextMessage()), "from": user("fr"), "data": data, "chat_instance": "x",
		"message": map[string]any{"message_id": 1, "date": time.Now().Unix(), "chat": map[string]any{"id": chat, "type": "private"}},
	}})
}

func (f *fakeAPI) failNext(method string, codes ...int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.failures[method] = append(f.failures[method], codes...)
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
