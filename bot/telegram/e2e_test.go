package telegram_test

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"sira/bot"
	"sira/bot/telegram"
	"sira/index"
	"sira/seeds"
	"sira/store"
)

var (
	sharedIndex *index.Index
	indexOnce   sync.Once
)

func testIndex(testing.TB) *index.Index {
	indexOnce.Do(func() {
		fiches, err := seeds.Load(seeds.Embedded())
		if err != nil {
			panic(err)
		}
		if sharedIndex, err = index.New(fiches); err != nil {
			panic(err)
		}
	})
	return sharedIndex
}

// syncBuffer collects log lines from several goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// fastPace keeps Telegram's proportions at test speed.
var fastPace = telegram.Pace{PerChat: 2 * time.Millisecond, PerGroup: 6 * time.Millisecond, Burst: 3, Global: 3000}

var fastRetry = telegram.Retry{Attempts: 4, Backoff: 10 * time.Millisecond, MaxBackoff: 50 * time.Millisecond, MaxRetryAfter: 2 * time.Second}

// harness is Sira running against the fake API with a store in dir.
type harness struct {
	svc    *telegram.Service
	store  *store.Bolt
	cancel context.CancelFunc
	done   chan error
	logs   *syncBuffer
}

func start(t testing.TB, fake *fakeAPI, dir string) *harness {
	t.Helper()
	st, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	logs := &syncBuffer{}
	log := slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	conv := &convHolder{}
	svc, err := telegram.New(context.Background(), telegram.Config{
		Token: testToken, Endpoint: fake.endpoint(), PollTimeout: time.Second,
		Drain: 5 * time.Second, Pace: fastPace, Retry: fastRetry, Log: log,
	}, conv, st)
	if err != nil {
		st.Close()
		t.Fatal(err)
	}
	conv.b = bot.New(testIndex(t), st, bot.Options{Username: svc.Username(), Counsellors: counsellorsChat, Log: log})
	if err := svc.SetCommands(context.Background(), bot.Commands); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	h := &harness{svc: svc, store: st, cancel: cancel, done: make(chan error, 1), logs: logs}
	go func() { h.done <- svc.Poll(ctx) }()
	t.Cleanup(h.stop)
	return h
}

type convHolder struct{ b *bot.Bot }

func (c *convHolder) Handle(ctx context.Context, u bot.Update) ([]bot.Reply, error) {
	return c.b.Handle(ctx, u)
}

func (c *convHolder) Blocked(ctx context.Context, chat int64) []bot.Reply {
	return c.b.Blocked(ctx, chat)
}

// counsellorsChat is the EOJ counsellors' group in the tests.
const counsellorsChat = -4242

// stop is SIGTERM: stop taking updates, finish those in flight.
func (h *harness) stop() {
	if h.cancel == nil {
		return
	}
	h.cancel()
	<-h.done
	h.store.Close()
	h.cancel = nil
}

func markup(c call) map[string]any {
	var m map[string]any
	json.Unmarshal([]byte(c.Params.Get("reply_markup")), &m)
	return m
}

func TestStartAndMenu(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	fake.text(1, "/start")
	msgs := fake.waitSent(1, 1)
	if !strings.Contains(msgs[0].Params.Get("text"), "Je suis Sira") || msgs[0].Params.Get("parse_mode") != "HTML" {
		t.Fatalf("welcome = %q", msgs[0].Params.Get("text"))
	}
	kb, _ := markup(msgs[0])["keyboard"].([]any)
	if len(kb) != 3 || !strings.Contains(msgs[0].Params.Get("reply_markup"), "Me former") {
		t.Errorf("menu = %s", msgs[0].Params.Get("reply_markup"))
	}
	// Commands were registered in French (default) and in Bambara.
	cmds := fake.sent("setMyCommands", 0)
	if len(cmds) != 2 || cmds[0].Params.Get("language_code") != "" || cmds[1].Params.Get("language_code") != "bm" ||
		!strings.Contains(cmds[1].Params.Get("commands"), `"command":"former"`) || !strings.Contains(cmds[1].Params.Get("commands"), "kalan") {
		t.Errorf("setMyCommands = %+v", cmds)
	}
	// A menu button is text: it browses the need.
	fake.text(1, "🛡 Être protégé")
	msgs = fake.waitSent(1, 2)
	if !strings.Contains(msgs[1].Params.Get("text"), "Croix Rouge") && !strings.Contains(msgs[1].Params.Get("text"), "ENDA") {
		t.Errorf("protection menu = %q", msgs[1].Params.Get("text"))
	}
}

func TestQuestionsInBothLanguages(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	fake.text(1, "ou je peux apprendre la soudure a kayes")
	fake.text(2, "n b'a fɛ ka mobili dilan dege Bamakɔ")
	fr := fake.waitSent(1, 1)[0].Params.Get("text")
	bm := fake.waitSent(2, 1)[0].Params.Get("text")
	if !strings.Contains(fr, "Voici") || !strings.Contains(fr, "Kayes") || !strings.Contains(fr, "+223") {
		t.Errorf("French answer = %q", fr)
	}
	if !strings.Contains(bm, "Yɔrɔ") || !strings.Contains(bm, "CFP Missabougou") {
		t.Errorf("Bambara answer = %q", bm)
	}
	// No match: said plainly, with a counsellor.
	fake.text(3, "cours de pilotage d'avion")
	nm := fake.waitSent(3, 1)[0]
	if !strings.Contains(nm.Params.Get("text"), "aucune fiche") || !strings.Contains(nm.Params.Get("reply_markup"), `"callback_data":"c"`) {
		t.Errorf("no match = %q %s", nm.Params.Get("text"), nm.Params.Get("reply_markup"))
	}
}

func TestPaginationDetailsShare(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	fake.text(1, "formation en soudure")
	first := fake.waitSent(1, 1)[0]
	if !strings.Contains(first.Params.Get("reply_markup"), `"callback_data":"m"`) {
		t.Fatalf("no more button: %s", first.Params.Get("reply_markup"))
	}
	fake.press(1, "m")
	second := fake.waitSent(1, 2)[1]
	if second.Params.Get("text") == first.Params.Get("text") || !strings.Contains(second.Params.Get("text"), "<b>4.") {
		t.Errorf("page 2 = %q", second.Params.Get("text"))
	}
	fake.waitFor("callback answered", func() bool { return len(fake.sent("answerCallbackQuery", 0)) == 1 })

	fake.press(1, "d:P01")
	details := fake.waitSent(1, 3)[2].Params.Get("text")
	if !strings.Contains(details, "CFP Missabougou") || !strings.Contains(details, "+22363157238") || !strings.Contains(details, "acte de naissance") {
		t.Errorf("details = %q", details)
	}
	fake.press(1, "s:P01")
	share := fake.waitSent(1, 4)[3].Params.Get("text")
	if !strings.Contains(share, "https://t.me/"+botName+"?start=fiche_cfp-missabougou") {
		t.Errorf("share = %q", share)
	}
	// The share link opens the fiche.
	fake.text(5, "/start fiche_cfp-missabougou")
	msgs := fake.waitSent(5, 2)
	if !strings.Contains(msgs[1].Params.Get("text"), "CFP Missabougou") {
		t.Errorf("deep link = %q", msgs[1].Params.Get("text"))
	}
	// Each press got exactly one answer.
	fake.waitFor("3 callback answers", func() bool { return len(fake.sent("answerCallbackQuery", 0)) == 3 })
	// An unknown button is answered, not ignored.
	fake.press(1, "zz:nothing")
	fake.waitFor("unknown button answered", func() bool {
		a := fake.sent("answerCallbackQuery", 0)
		return len(a) == 4 && strings.Contains(a[3].Params.Get("text"), "plus valable")
	})
}

func TestLanguageSurvivesRestart(t *testing.T) {
	fake := newFakeAPI(t)
	dir := t.TempDir()
	h := start(t, fake, dir)
	fake.text(1, "/langue")
	fake.waitSent(1, 1)
	fake.press(1, "l:bm")
	msgs := fake.waitSent(1, 2)
	if !strings.Contains(msgs[1].Params.Get("text"), "bamanankan") {
		t.Fatalf("language set = %q", msgs[1].Params.Get("text"))
	}
	h.stop()
	start(t, fake, dir)
	// No language sign in "/aide": the chat's choice answers.
	fake.text(1, "/aide")
	msgs = fake.waitSent(1, 3)
	if !strings.Contains(msgs[2].Params.Get("text"), "ɲininkali") {
		t.Errorf("after restart, help = %q", msgs[2].Params.Get("text"))
	}
}

func TestForwardedMessage(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	fake.push(map[string]any{"message": map[string]any{
		"message_id": 7, "date": time.Now().Unix(), "from": user("fr"),
		"chat":           map[string]any{"id": 8, "type": "private"},
		"forward_origin": map[string]any{"type": "hidden_user", "sender_user_name": "Moussa", "date": 1700000000},
		"text":           "je cherche une formation en couture a Bamako",
	}})
	msg := fake.waitSent(8, 1)[0]
	text := msg.Params.Get("text")
	if !strings.Contains(text, "à transmettre") || !strings.Contains(text, "couture") || msg.Params.Get("reply_markup") != "" {
		t.Errorf("forwardable reply = %q, markup %q", text, msg.Params.Get("reply_markup"))
	}
}

func TestGroups(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	group := map[string]any{"id": -100, "type": "supergroup", "title": "EOJ Ségou"}
	fake.push(map[string]any{"message": map[string]any{"message_id": 1, "date": 1, "from": user("fr"), "chat": group, "text": "bonjour à tous, réunion demain"}})
	fake.push(map[string]any{"message": map[string]any{"message_id": 2, "date": 1, "from": user("fr"), "chat": group, "text": "@" + botName + " formation soudure a Kayes"}})
	fake.waitSent(-100, 1)
	time.Sleep(100 * time.Millisecond)
	msgs := fake.sent("sendMessage", -100)
	if len(msgs) != 1 {
		t.Fatalf("group got %d messages, want 1 (the mention only)", len(msgs))
	}
	if msgs[0].Params.Get("reply_to_message_id") != "2" || strings.Contains(msgs[0].Params.Get("reply_markup"), `"keyboard"`) {
		t.Errorf("group answer: reply_to %q markup %s", msgs[0].Params.Get("reply_to_message_id"), msgs[0].Params.Get("reply_markup"))
	}
	// A command for another bot is not for Sira.
	fake.push(map[string]any{"message": map[string]any{"message_id": 4, "date": 1, "from": user("fr"), "chat": group, "text": "/aide@OtherBot"}})
	// A reply to the bot's own message is addressed to it.
	fake.push(map[string]any{"message": map[string]any{"message_id": 3, "date": 1, "from": user("fr"), "chat": group, "text": "et a Bamako ?",
		"reply_to_message": map[string]any{"message_id": 9, "date": 1, "chat": group, "from": map[string]any{"id": botID, "is_bot": true, "first_name": "Sira"}}}})
	fake.waitSent(-100, 2)
	time.Sleep(100 * time.Millisecond)
	if n := len(fake.sent("sendMessage", -100)); n != 2 {
		t.Errorf("group got %d messages, want 2 (the command for another bot is not answered)", n)
	}
}

func TestMediaLocationAndOddUpdates(t *testing.T) {
	fake := newFakeAPI(t)
	h := start(t, fake, t.TempDir())
	chat := map[string]any{"id": 4, "type": "private"}
	fake.push(map[string]any{"message": map[string]any{"message_id": 1, "date": 1, "chat": chat, "voice": map[string]any{"file_id": "v", "file_unique_id": "v", "duration": 3}}})
	msgs := fake.waitSent(4, 1)
	if !strings.Contains(msgs[0].Params.Get("text"), "que du texte") {
		t.Errorf("voice = %q", msgs[0].Params.Get("text"))
	}
	fake.push(map[string]any{"message": map[string]any{"message_id": 2, "date": 1, "chat": chat, "location": map[string]any{"latitude": 14.45, "longitude": -11.43}}})
	msgs = fake.waitSent(4, 2)
	if !strings.Contains(msgs[1].Params.Get("text"), "proches de vous (Kayes)") {
		t.Errorf("location = %q", msgs[1].Params.Get("text"))
	}
	// Ignored by convention, or not updates at all: nothing sent, nothing stuck.
	fake.push(map[string]any{"edited_message": map[string]any{"message_id": 1, "date": 1, "chat": chat, "text": "edit"}})
	fake.push(map[string]any{"my_chat_member": map[string]any{"chat": chat}})
	fake.push(map[string]any{"channel_post": map[string]any{"message_id": 1, "date": 1, "chat": map[string]any{"id": -5, "type": "channel"}, "text": "x"}})
	fake.pushRaw(`42`)
	fake.pushRaw(`{"update_id": "not a number"}`)
	bad := fake.pushRaw(`{"update_id": 0, "message": "not an object"}`)
	fake.mu.Lock()
	fake.updates[len(fake.updates)-1]["raw"] = `{"update_id": ` + strconv.Itoa(bad) + `, "message": "not an object"}`
	fake.mu.Unlock()
	fake.push(map[string]any{"message": map[string]any{"message_id": 3, "date": 1, "chat": chat, "sticker": map[string]any{"file_id": "s", "file_unique_id": "s", "width": 1, "height": 1, "is_animated": false}}})
	fake.text(4, "😀😀😀")
	fake.text(4, "   ")
	last := fake.text(4, "formation couture a Bamako")
	msgs = fake.waitSent(4, 6)
	if len(msgs) != 6 {
		t.Errorf("sent %d messages, want 6", len(msgs))
	}
	// The offset moved past everything, odd updates included.
	fake.waitFor("offset confirmed", func() bool {
		off, _ := h.store.Offset(context.Background())
		return off == last+1
	})
}

func TestHugeMessage(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	fake.text(6, "formation soudure Kayes "+strings.Repeat("blabla ", 15000)) // ≈ 130 KB
	msg := fake.waitSent(6, 1)[0].Params.Get("text")
	if !strings.Contains(msg, "Kayes") || len([]rune(msg)) > 4096 {
		t.Errorf("answer to a huge message: %d chars: %.200q", len([]rune(msg)), msg)
	}
}

func TestRateLimitAndServerErrors(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	fake.failNext("sendMessage", http.StatusTooManyRequests)
	t0 := time.Now()
	fake.text(1, "/aide")
	fake.waitSent(1, 2) // the 429 attempt and the retry
	if d := time.Since(t0); d < time.Second {
		t.Errorf("retried after %v, before retry_after (1 s)", d)
	}
	fake.failNext("sendMessage", http.StatusBadGateway, http.StatusBadGateway)
	fake.text(2, "/aide")
	fake.waitSent(2, 3) // two 502s, then delivered
	time.Sleep(50 * time.Millisecond)
	if n := len(fake.sent("sendMessage", 2)); n != 3 {
		t.Errorf("chat 2 saw %d attempts, want 3", n)
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
	for i := int64(6); i <= 10; i++ {
		fake.text(i, "/aide")
	}
	start(t, fake, dir)
	for i := int64(6); i <= 10; i++ {
		fake.waitSent(i, 1)
	}
	time.Sleep(200 * time.Millisecond)
	for i := int64(1); i <= 10; i++ {
		if n := len(fake.sent("sendMessage", i)); n != 1 {
			t.Errorf("chat %d answered %d times", i, n)
		}
	}
}

func TestTokenNeverLogged(t *testing.T) {
	fake := newFakeAPI(t)
	h := start(t, fake, t.TempDir())
	fake.failNext("sendMessage", 400)
	fake.failNext("getUpdates", http.StatusBadGateway)
	fake.text(1, "/aide")
	fake.waitFor("a logged error", func() bool { return strings.Contains(h.logs.String(), "deliver") })
	// A network error carries the URL, token included, in tgbotapi.
	_, err := telegram.New(context.Background(), telegram.Config{Token: testToken, Endpoint: "http://127.0.0.1:1/bot%s/%s"}, nil, nil)
	if err == nil || strings.Contains(err.Error(), testToken) || !strings.Contains(err.Error(), "<token>") {
		t.Errorf("connect error = %v", err)
	}
	h.stop()
	if strings.Contains(h.logs.String(), testToken) || strings.Contains(h.logs.String(), "SECRET-token") {
		t.Errorf("token in logs:\n%s", h.logs.String())
	}
}

func TestWebhook(t *testing.T) {
	fake := newFakeAPI(t)
	st, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	conv := &convHolder{}
	svc, err := telegram.New(context.Background(), telegram.Config{Token: testToken, Endpoint: fake.endpoint(), Pace: fastPace, Retry: fastRetry}, conv, st)
	if err != nil {
		t.Fatal(err)
	}
	defer svc.Close()
	conv.b = bot.New(testIndex(t), st, bot.Options{Username: svc.Username()})
	hook := httptest.NewServer(svc.Webhook("s3cret_token"))
	defer hook.Close()
	update := `{"update_id": 77, "message": {"message_id": 1, "date": 1, "chat": {"id": 31, "type": "private"}, "text": "/aide"}}`
	post := func(secret string) int {
		req, _ := http.NewRequest(http.MethodPost, hook.URL, strings.NewReader(update))
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
	if code := post(""); code != http.StatusForbidden {
		t.Errorf("no secret: %d", code)
	}
	if code := post("wrong"); code != http.StatusForbidden {
		t.Errorf("wrong secret: %d", code)
	}
	if code := post("s3cret_token"); code != http.StatusOK {
		t.Errorf("good secret: %d", code)
	}
	if code := post("s3cret_token"); code != http.StatusOK { // Telegram sending it again
		t.Errorf("redelivery: %d", code)
	}
	if n := len(fake.sent("sendMessage", 31)); n != 1 {
		t.Errorf("webhook update answered %d times, want once", n)
	}
	resp, _ := http.Get(hook.URL)
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("GET: %d", resp.StatusCode)
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
