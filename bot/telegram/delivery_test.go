package telegram_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"sira/bot"
	"sira/bot/store"
	"sira/bot/telegram"
)

// TestRetryAfterInFull: a 429's retry_after is waited out in full, however
// long (75 s here, on a clock that takes no real time), and 429s are not
// failed attempts: six in a row still deliver.
func TestRetryAfterInFull(t *testing.T) {
	fake := newFakeAPI(t)
	clock := newFakeClock()
	startWith(t, fake, t.TempDir(), options{config: func(c *telegram.Config) { c.Clock = clock }})
	for range 6 {
		fake.refuseNext("sendMessage", refusal{code: http.StatusTooManyRequests, retryAfter: 75})
	}
	fake.text(1, "/aide")
	fake.waitSent(1, 7) // six 429s, then delivered
	waited := 0
	for _, d := range clock.slept() {
		if d == 75*time.Second {
			waited++
		}
		if d > 60*time.Second && d != 75*time.Second {
			t.Errorf("waited %v", d)
		}
	}
	if waited < 6 {
		t.Errorf("waited the full 75 s %d times, want 6: %v", waited, clock.slept())
	}
}

// TestServerErrorsForAMinute: Telegram answers 502 for a minute; the
// answer arrives when it recovers, and the offset moves only then.
func TestServerErrorsForAMinute(t *testing.T) {
	fake := newFakeAPI(t)
	clock := newFakeClock()
	fake.clock = clock
	h := startWith(t, fake, t.TempDir(), options{config: func(c *telegram.Config) {
		c.Clock = clock
		c.Retry = telegram.Retry{Backoff: time.Second, MaxBackoff: 10 * time.Second, GiveUp: 5 * time.Minute}
	}})
	fake.mu.Lock()
	fake.failUntil["sendMessage"] = clock.Now().Add(time.Minute)
	fake.mu.Unlock()
	id := fake.text(1, "/aide")
	var delivered time.Time
	fake.waitFor("the answer after a minute of 502s", func() bool {
		fake.mu.Lock()
		until := fake.failUntil["sendMessage"]
		fake.mu.Unlock()
		if !clock.Now().After(until) {
			return false
		}
		if sent := fake.sent("sendMessage", 1); len(sent) > 0 {
			delivered = sent[len(sent)-1].At
			return strings.Contains(last(sent), "/former")
		}
		return false
	})
	if n := len(fake.sent("sendMessage", 1)); n < 6 {
		t.Errorf("%d attempts in a minute of backoff", n)
	}
	for _, c := range fake.sent("getUpdates", 0) {
		if off, _ := strconv.Atoi(c.Params.Get("offset")); off > id && c.At.Before(delivered) {
			t.Errorf("offset %d confirmed at %v, before the answer was delivered at %v", off, c.At, delivered)
		}
	}
	fake.waitFor("offset confirmed after delivery", func() bool {
		off, _ := h.store.Offset(context.Background())
		return off == id+1
	})
}

// TestPermanentFailureLogged: a reply Telegram refuses for good is logged
// with the chat and the reason, and the update is confirmed.
func TestPermanentFailureLogged(t *testing.T) {
	fake := newFakeAPI(t)
	h := start(t, fake, t.TempDir())
	fake.refuseNext("sendMessage", refusal{code: http.StatusBadRequest, desc: "Bad Request: can't parse entities"})
	id := fake.text(7, "/aide")
	fake.waitFor("offset confirmed", func() bool { off, _ := h.store.Offset(context.Background()); return off == id+1 })
	if logs := h.logs.String(); !strings.Contains(logs, "reply refused by Telegram") || !strings.Contains(logs, "chat=7") || !strings.Contains(logs, "can't parse entities") {
		t.Errorf("logs:\n%s", logs)
	}
}

func TestRestartLosesNothingAndRepeatsNothing(t *testing.T) {
	fake := newFakeAPI(t)
	dir := t.TempDir()
	h := start(t, fake, dir)
	for i := int64(1); i <= 5; i++ {
		fake.text(i, "/aide")
	}
	for i := int64(1); i <= 5; i++ {
		fake.waitSent(i, 1)
	}
	h.stop() // SIGTERM
	// Updates arrive while Sira is down.
	var last int
	for i := int64(6); i <= 10; i++ {
		last = fake.text(i, "/aide")
	}
	h = start(t, fake, dir)
	fake.waitFor("all confirmed", func() bool { off, _ := h.store.Offset(context.Background()); return off == last+1 })
	for i := int64(1); i <= 10; i++ {
		if n := len(fake.sent("sendMessage", i)); n != 1 {
			t.Errorf("chat %d answered %d times", i, n)
		}
	}
}

// TestAnsweredNotAnsweredAgain: an update whose replies went out but whose
// offset was not confirmed (a crash) is not answered again when Telegram
// sends it again.
func TestAnsweredNotAnsweredAgain(t *testing.T) {
	fake := newFakeAPI(t)
	dir := t.TempDir()
	st, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	id := fake.text(3, "/aide")
	st.SetAnswered(context.Background(), 3, id) // delivered, then killed before the offset was saved
	st.Close()
	h := start(t, fake, dir)
	next := fake.text(3, "/aide")
	fake.waitFor("both confirmed", func() bool { off, _ := h.store.Offset(context.Background()); return off == next+1 })
	if n := len(fake.sent("sendMessage", 3)); n != 1 {
		t.Errorf("chat answered %d times, want once (the new message)", n)
	}
}

func TestTokenNeverLogged(t *testing.T) {
	fake := newFakeAPI(t)
	h := start(t, fake, t.TempDir())
	fake.failNext("sendMessage", 400)
	fake.failNext("getUpdates", http.StatusBadGateway)
	fake.text(1, "/aide")
	fake.waitFor("a logged error", func() bool { return strings.Contains(h.logs.String(), "refused") })
	h.stop()
	var errs []string
	// A network error carries the URL, token included, in tgbotapi; a
	// malformed endpoint puts the token in a URL parser's error, cut at
	// its colon.
	for _, endpoint := range []string{"http://127.0.0.1:1/bot%s/%s", "http://%s/%s", "http://h/bot%s", "http://h/%d/%s/%s", "://bot%s/%s"} {
		_, err := telegram.New(context.Background(), telegram.Config{Token: testToken, Endpoint: endpoint, Retry: fastRetry}, nil)
		if err == nil {
			t.Errorf("endpoint %q: no error", endpoint)
			continue
		}
		errs = append(errs, err.Error())
	}
	for _, s := range append(errs, h.logs.String()) {
		if strings.Contains(s, "SECRET") || strings.Contains(s, "token-never") || strings.Contains(s, "123456") {
			t.Errorf("token in %q", s)
		}
	}
}

// TestStopsOnRefusedTokenOrConflict: a 401 on any call, a 409 on
// getUpdates stop the service with a clear error, not retries for ever.
func TestStopsOnRefusedTokenOrConflict(t *testing.T) {
	for _, tt := range []struct {
		method string
		no     refusal
		want   error
		says   string
	}{
		{"sendMessage", refusal{code: http.StatusUnauthorized, desc: "Unauthorized"}, telegram.ErrUnauthorized, "TELEGRAM_BOT_TOKEN"},
		{"getUpdates", refusal{code: http.StatusConflict, desc: "Conflict: terminated by other getUpdates request"}, telegram.ErrConflict, "only one sira serve"},
	} {
		t.Run(tt.method, func(t *testing.T) {
			fake := newFakeAPI(t)
			h := start(t, fake, t.TempDir())
			fake.refuseNext(tt.method, tt.no)
			fake.text(1, "/aide")
			select {
			case err := <-h.done:
				if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.says) {
					t.Errorf("Poll = %v", err)
				}
				h.done <- err // for stop
			case <-time.After(10 * time.Second):
				t.Fatal("still running")
			}
		})
	}
	// At start-up, a refused token says so.
	fake := newFakeAPI(t)
	if _, err := telegram.New(context.Background(), telegram.Config{Token: "1:wrong", Endpoint: fake.endpoint()}, nil); !errors.Is(err, telegram.ErrUnauthorized) {
		t.Errorf("New with a wrong token = %v", err)
	}
}

// panicky is a conversation that panics on "boom".
type panicky struct{ telegram.Handler }

func (p panicky) Handle(ctx context.Context, u bot.Update) ([]bot.Reply, error) {
	if strings.Contains(u.Text, "boom") {
		panic("handling " + u.Text)
	}
	return p.Handler.Handle(ctx, u)
}

// TestHandlerPanic: a panic is recovered, logged with the update id but
// not the text, answered with the error message, and the update confirmed.
func TestHandlerPanic(t *testing.T) {
	fake := newFakeAPI(t)
	h := startWith(t, fake, t.TempDir(), options{handler: func(h telegram.Handler) telegram.Handler { return panicky{h} }})
	id := fake.text(9, "boom secret words")
	if got := fake.waitSent(9, 1)[0].Params.Get("text"); !strings.Contains(got, "erreur") {
		t.Errorf("after a panic = %q", got)
	}
	fake.text(9, "/aide")
	fake.waitSent(9, 2)
	fake.waitFor("offset past the panic", func() bool { off, _ := h.store.Offset(context.Background()); return off > id })
	logs := h.logs.String()
	if !strings.Contains(logs, "panic in the conversation") || !strings.Contains(logs, "update="+strconv.Itoa(id)) || strings.Contains(logs, "secret words") {
		t.Errorf("logs:\n%s", logs)
	}
}

// TestPressAnsweredWhileChatBusy: a button press is answered at once while
// the chat's earlier replies are still going out, not after them.
func TestPressAnsweredWhileChatBusy(t *testing.T) {
	fake := newFakeAPI(t)
	startWith(t, fake, t.TempDir(), options{config: func(c *telegram.Config) { c.NoticeWait = 50 * time.Millisecond }})
	release := fake.hold(1)
	defer release()
	fake.text(1, "formation soudure")
	fake.waitFor("the answer on its way", func() bool { return len(fake.sent("sendMessage", 1)) == 1 })
	fake.press(1, "m:1:1")
	fake.waitFor("the press answered while the chat is held", func() bool { return len(fake.sent("answerCallbackQuery", 0)) == 1 })
	release()
	fake.waitFor("page 2", func() bool { return len(fake.sent("editMessageText", 1)) == 1 })
}

// serveWebhook runs the service in webhook mode on loopback.
func serveWebhook(t *testing.T, fake *fakeAPI, st *store.Bolt, limits telegram.WebhookLimits) (url string, stop func() error) {
	t.Helper()
	svc, err := telegram.New(context.Background(), telegram.Config{Token: testToken, Endpoint: fake.endpoint(), Pace: fastPace, Retry: fastRetry, Webhook: limits, Drain: 10 * time.Second}, st)
	if err != nil {
		t.Fatal(err)
	}
	b := bot.New(testIndex(t), st, bot.Options{Address: svc.Address()})
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- svc.ServeWebhook(ctx, l, "s3cret_token", b) }()
	return "http://" + l.Addr().String(), func() error { cancel(); return <-done }
}

func post(t *testing.T, url, secret, body string) int {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, url, strings.NewReader(body))
	if secret != "" {
		req.Header.Set("X-Telegram-Bot-Api-Secret-Token", secret)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

func TestWebhook(t *testing.T) {
	fake := newFakeAPI(t)
	st, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	url, stop := serveWebhook(t, fake, st, telegram.WebhookLimits{})
	defer stop()
	update := `{"update_id": 77, "message": {"message_id": 1, "date": 1, "chat": {"id": 31, "type": "private"}, "text": "/aide"}}`
	if code := post(t, url, "", update); code != http.StatusForbidden {
		t.Errorf("no secret: %d", code)
	}
	if code := post(t, url, "wrong", update); code != http.StatusForbidden {
		t.Errorf("wrong secret: %d", code)
	}
	if code := post(t, url, "s3cret_token", update); code != http.StatusOK {
		t.Errorf("good secret: %d", code)
	}
	if code := post(t, url, "s3cret_token", update); code != http.StatusOK { // Telegram sending it again
		t.Errorf("redelivery: %d", code)
	}
	if n := len(fake.sent("sendMessage", 31)); n != 1 {
		t.Errorf("webhook update answered %d times, want once", n)
	}
	if code := post(t, url, "s3cret_token", `{"update_id": 78, "message": "x"}`); code != http.StatusOK {
		t.Errorf("malformed update: %d", code)
	}
	resp, err := http.Get(url)
	if err != nil || resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("GET: %v %v", resp, err)
	}
}

// TestWebhookDrainsOnShutdown: SIGTERM in webhook mode finishes the update
// in flight (its answer delivered, its 200 sent) before returning, so the
// store is closed after it, not under it.
func TestWebhookDrainsOnShutdown(t *testing.T) {
	fake := newFakeAPI(t)
	st, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	url, stop := serveWebhook(t, fake, st, telegram.WebhookLimits{})
	release := fake.hold(32)
	status := make(chan int, 1)
	go func() {
		status <- post(t, url, "s3cret_token", `{"update_id": 90, "message": {"message_id": 1, "date": 1, "chat": {"id": 32, "type": "private"}, "text": "/aide"}}`)
	}()
	fake.waitFor("the answer on its way", func() bool { return len(fake.sent("sendMessage", 32)) == 1 })
	stopped := make(chan error, 1)
	go func() { stopped <- stop() }() // SIGTERM while the answer is held
	release()
	if err := <-stopped; err != nil {
		t.Errorf("ServeWebhook = %v", err)
	}
	if code := <-status; code != http.StatusOK {
		t.Errorf("in-flight update answered %d", code)
	}
	if id, err := st.Answered(context.Background(), 32); id != 90 || err != nil {
		t.Errorf("answered update recorded = %d, %v", id, err)
	}
	st.Close()
}

// TestWebhookLimits: a connection that sends the secret and stalls in the
// body is closed; headers past the limit are refused; the defaults close
// a stalled connection within a minute.
func TestWebhookLimits(t *testing.T) {
	d := telegram.DefaultWebhookLimits
	if d.Read > time.Minute || d.ReadHeader > time.Minute || d.Write <= 0 || d.Idle <= 0 || d.MaxHeader <= 0 || d.MaxHeader > 1<<20 {
		t.Errorf("defaults = %+v", d)
	}
	fake := newFakeAPI(t)
	st, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	url, stop := serveWebhook(t, fake, st, telegram.WebhookLimits{ReadHeader: 200 * time.Millisecond, Read: 300 * time.Millisecond, Write: time.Second, Idle: time.Second, MaxHeader: 4 << 10})
	defer stop()
	conn, err := net.Dial("tcp", strings.TrimPrefix(url, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprint(conn, "POST / HTTP/1.1\r\nHost: x\r\nX-Telegram-Bot-Api-Secret-Token: s3cret_token\r\nContent-Length: 1000\r\n\r\n{\"update_id\":")
	conn.SetReadDeadline(time.Now().Add(10 * time.Second)) // the test's own bound, far above the limit
	_, err = io.ReadAll(bufio.NewReader(conn))
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		t.Error("a stalled connection was kept open")
	}
	req, _ := http.NewRequest(http.MethodPost, url, strings.NewReader("{}"))
	req.Header.Set("X-Telegram-Bot-Api-Secret-Token", "s3cret_token")
	req.Header.Set("X-Padding", strings.Repeat("a", 8<<10))
	resp, err := http.DefaultClient.Do(req)
	if err != nil || resp.StatusCode != http.StatusRequestHeaderFieldsTooLarge {
		t.Errorf("oversized headers: %v %v", resp, err)
	}
}

// TestMalformedLastUpdate: a malformed update with an id is confirmed, so
// Telegram stops sending it, even when no update comes after it.
func TestMalformedLastUpdate(t *testing.T) {
	fake := newFakeAPI(t)
	h := start(t, fake, t.TempDir())
	id := fake.pushRaw("")
	fake.mu.Lock()
	fake.updates[len(fake.updates)-1]["raw"] = `{"update_id": ` + strconv.Itoa(id) + `, "callback_query": "oops"}`
	fake.mu.Unlock()
	fake.waitFor("malformed update confirmed", func() bool {
		off, _ := h.store.Offset(context.Background())
		return off == id+1
	})
}

// TestKilledMidBurst kills Sira (SIGKILL, a separate process) while it
// answers a burst, restarts it, and counts the answers: none may be lost;
// the duplicates (replies that went out before the kill for updates not
// yet recorded as answered) are reported.
func TestKilledMidBurst(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	const chats, perChat = 100, 3
	fake := newFakeAPI(t)
	dir := t.TempDir()
	for m := 0; m < perChat; m++ {
		for c := int64(1); c <= chats; c++ {
			fake.text(c, "/aide")
		}
	}
	run := func() *exec.Cmd {
		cmd := exec.Command(os.Args[0], "-test.run=^TestSiraProcess$")
		cmd.Env = append(os.Environ(), "SIRA_TEST_PROCESS=1", "SIRA_TEST_ENDPOINT="+fake.endpoint(), "SIRA_TEST_DIR="+dir)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd
	}
	cmd := run()
	fake.waitForUpTo(time.Minute, "a third of the answers", func() bool { return len(fake.sent("sendMessage", 0)) >= chats*perChat/3 })
	cmd.Process.Kill() // SIGKILL: no drain, no offset saved after this
	cmd.Wait()
	killedAt := len(fake.sent("sendMessage", 0))
	cmd = run()
	fake.waitForUpTo(time.Minute, "every chat answered", func() bool {
		for c := int64(1); c <= chats; c++ {
			if len(fake.sent("sendMessage", c)) < perChat {
				return false
			}
		}
		return true
	})
	cmd.Process.Signal(syscall.SIGTERM)
	cmd.Wait()
	lost, dup := 0, 0
	for c := int64(1); c <= chats; c++ {
		n := len(fake.sent("sendMessage", c))
		lost += max(perChat-n, 0)
		dup += max(n-perChat, 0)
	}
	t.Logf("%d updates, killed after %d answers: %d lost, %d answered twice", chats*perChat, killedAt, lost, dup)
	if lost > 0 {
		t.Errorf("%d answers lost", lost)
	}
	if dup > chats { // at most the update in flight in each chat
		t.Errorf("%d answers duplicated", dup)
	}
}

// TestSiraProcess is Sira as its own process, for TestKilledMidBurst.
func TestSiraProcess(t *testing.T) {
	if os.Getenv("SIRA_TEST_PROCESS") == "" {
		t.Skip("run by TestKilledMidBurst")
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	st, err := store.Open(os.Getenv("SIRA_TEST_DIR"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	pace := fastPace
	pace.Global = 300 // slow enough to be killed mid-burst
	svc, err := telegram.New(ctx, telegram.Config{Token: testToken, Endpoint: os.Getenv("SIRA_TEST_ENDPOINT"), PollTimeout: time.Second, Pace: pace, Retry: fastRetry}, st)
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.Poll(ctx, bot.New(testIndex(t), st, bot.Options{Address: svc.Address()})); err != nil {
		t.Fatal(err)
	}
}
