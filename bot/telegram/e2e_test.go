package telegram_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"sira/bot"
	"sira/bot/store"
	"sira/bot/telegram"
	"sira/index"
	"sira/seeds"
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

var fastRetry = telegram.Retry{Backoff: 10 * time.Millisecond, MaxBackoff: 50 * time.Millisecond, GiveUp: 2 * time.Second}

// harness is Sira running against the fake API with a store in dir.
type harness struct {
	svc    *telegram.Service
	store  *store.Bolt
	bot    *bot.Bot
	cancel context.CancelFunc
	done   chan error
	err    error // what Poll returned
	logs   *syncBuffer
}

// options change how a harness starts.
type options struct {
	config  func(*telegram.Config)
	group   int64                                   // the counsellors' group; 0: counsellorsChat, -1: none
	handler func(telegram.Handler) telegram.Handler // wraps the conversation
}

func start(t testing.TB, fake *fakeAPI, dir string) *harness {
	return startWith(t, fake, dir, options{})
}

func startWith(t testing.TB, fake *fakeAPI, dir string, o options) *harness {
	t.Helper()
	st, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	logs := &syncBuffer{}
	log := slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	cfg := telegram.Config{
		Token: testToken, Endpoint: fake.endpoint(), PollTimeout: time.Second,
		Drain: 5 * time.Second, NoticeWait: 5 * time.Second, Pace: fastPace, Retry: fastRetry, Log: log,
	}
	if o.config != nil {
		o.config(&cfg)
	}
	svc, err := telegram.New(context.Background(), cfg, st)
	if err != nil {
		st.Close()
		t.Fatal(err)
	}
	group := int64(counsellorsChat)
	switch o.group {
	case -1:
		group = 0
	case 0:
	default:
		group = o.group
	}
	b := bot.New(testIndex(t), st, bot.Options{Address: svc.Address(), Counsellors: group, Sender: svc, Log: log})
	id, err := b.CheckGroup(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.Introduce(context.Background(), bot.Intros(), id, bot.GroupMenu()); err != nil {
		t.Fatal(err)
	}
	var h telegram.Handler = b
	if o.handler != nil {
		h = o.handler(b)
	}
	ctx, cancel := context.WithCancel(context.Background())
	hs := &harness{svc: svc, store: st, bot: b, cancel: cancel, done: make(chan error, 1), logs: logs}
	go func() { hs.done <- svc.Poll(ctx, h) }()
	t.Cleanup(hs.stop)
	return hs
}

// counsellorsChat is the EOJ counsellors' group in the tests.
const counsellorsChat = -4242

// stop is SIGTERM: stop taking updates, finish those in flight.
func (h *harness) stop() {
	if h.cancel == nil {
		return
	}
	h.cancel()
	h.err = <-h.done
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
	// A persistent menu: the needs, the region, a key that shares where the
	// person is, and a placeholder.
	m := markup(msgs[0])
	kb, _ := m["keyboard"].([]any)
	if len(kb) != 3 || m["is_persistent"] != true || m["input_field_placeholder"] != "Écrivez votre question…" ||
		!strings.Contains(msgs[0].Params.Get("reply_markup"), `"request_location":true`) || !strings.Contains(msgs[0].Params.Get("reply_markup"), "Me former") {
		t.Errorf("menu = %s", msgs[0].Params.Get("reply_markup"))
	}
	// What a person sees before /start, and the command menus: people's
	// commands in private chats (French, Bambara), the group's in the group.
	for _, method := range []string{"setMyDescription", "setMyShortDescription"} {
		cs := fake.sent(method, 0)
		if len(cs) != 2 || cs[0].Params.Get("language_code") != "" || cs[1].Params.Get("language_code") != "bm" {
			t.Errorf("%s = %+v", method, cs)
		}
	}
	if d := fake.sent("setMyShortDescription", 0); len(d) == 2 && !strings.Contains(d[1].Params.Get("short_description"), "baara") {
		t.Errorf("Bambara short description = %q", d[1].Params.Get("short_description"))
	}
	cmds := fake.sent("setMyCommands", 0)
	if len(cmds) != 3 || cmds[0].Params.Get("scope") != `{"type":"all_private_chats"}` || cmds[1].Params.Get("language_code") != "bm" ||
		!strings.Contains(cmds[1].Params.Get("commands"), `"command":"former"`) || !strings.Contains(cmds[1].Params.Get("commands"), "kalan") ||
		cmds[2].Params.Get("scope") != fmt.Sprintf(`{"type":"chat","chat_id":%d}`, counsellorsChat) || !strings.Contains(cmds[2].Params.Get("commands"), `"command":"fermer"`) ||
		strings.Contains(cmds[0].Params.Get("commands"), "stats") {
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

// TestPagesAndRegionsEditInPlace: "more" and the region picker edit the
// answer's message; a region chosen asks the question again there; an old
// answer's button says it expired; every press is answered once.
func TestPagesAndRegionsEditInPlace(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	fake.text(1, "formation en soudure a Bamako")
	first := fake.waitSent(1, 1)[0]
	if !strings.Contains(first.Params.Get("reply_markup"), `"callback_data":"m:1:1"`) || !strings.Contains(first.Params.Get("reply_markup"), `"callback_data":"r:1"`) {
		t.Fatalf("answer buttons: %s", first.Params.Get("reply_markup"))
	}
	for _, d := range []string{"m:1:1", "m:1:1"} { // pressed twice: the same page
		fake.press(1, d)
	}
	fake.waitFor("page 2 in place", func() bool { return len(fake.sent("editMessageText", 1)) == 2 })
	page2 := fake.sent("editMessageText", 1)[0]
	if !strings.Contains(page2.Params.Get("text"), "<b>4.") || page2.Params.Get("message_id") != "1" || !strings.Contains(page2.Params.Get("reply_markup"), `"m:1:0"`) {
		t.Errorf("page 2 = %q %s", page2.Params.Get("text"), page2.Params.Get("reply_markup"))
	}
	fake.press(1, "r:1")
	fake.waitFor("region picker in place", func() bool { return len(fake.sent("editMessageText", 1)) == 3 })
	if picker := fake.sent("editMessageText", 1)[2]; !strings.Contains(picker.Params.Get("reply_markup"), `"g:1:kayes"`) {
		t.Errorf("picker = %s", picker.Params.Get("reply_markup"))
	}
	fake.press(1, "g:1:kayes")
	fake.waitFor("the question asked again in Kayes", func() bool { return len(fake.sent("editMessageText", 1)) == 4 })
	again := fake.sent("editMessageText", 1)[3].Params.Get("text")
	if !strings.Contains(again, "Kayes") || !strings.Contains(strings.ToLower(again), "soudure") || strings.Contains(again, "— Bamako") {
		t.Errorf("answer in Kayes = %q", again)
	}
	// The first answer's buttons are now an older answer's.
	fake.press(1, "m:1:1")
	fake.waitText(1, "plus disponible")
	if n := len(fake.sent("sendMessage", 1)); n != 2 {
		t.Errorf("%d messages sent, want the answer and the expiry notice", n)
	}
	// Each press got exactly one answer; an unknown button is answered too.
	fake.press(1, "zz:nothing")
	fake.waitFor("every press answered once", func() bool {
		a := fake.sent("answerCallbackQuery", 0)
		return len(a) == 6 && strings.Contains(a[5].Params.Get("text"), "plus valable")
	})
	for _, c := range fake.sent("editMessageText", 1) {
		if c.Params.Get("link_preview_options") != `{"is_disabled":true}` {
			t.Errorf("link previews on: %v", c.Params)
		}
	}
}

func TestDetailsCallShare(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	fake.press(1, "d:P01")
	details := fake.waitSent(1, 1)[0]
	if !strings.Contains(details.Params.Get("text"), "CFP Missabougou") || !strings.Contains(details.Params.Get("text"), "+22363157238") ||
		details.Params.Get("link_preview_options") != `{"is_disabled":true}` || !strings.Contains(details.Params.Get("reply_markup"), `"p:P01"`) {
		t.Errorf("details = %q %v", details.Params.Get("text"), details.Params)
	}
	// "Call": the numbers as contact cards, one tap to call or save.
	fake.press(1, "p:P01")
	fake.waitFor("contact card", func() bool { return len(fake.sent("sendContact", 1)) > 0 })
	if c := fake.sent("sendContact", 1)[0]; c.Params.Get("phone_number") != "+22363157238" || !strings.Contains(c.Params.Get("first_name"), "CFP Missabougou") {
		t.Errorf("contact = %v", c.Params)
	}
	fake.press(1, "o:P01")
	if slip := fake.waitSent(1, 2)[1]; !strings.Contains(slip.Params.Get("text"), "Fiche d'orientation") || slip.Params.Get("link_preview_options") != `{"is_disabled":true}` {
		t.Errorf("slip = %v", slip.Params)
	}
	fake.press(1, "s:P01")
	if share := fake.waitSent(1, 3)[2].Params.Get("text"); !strings.Contains(share, "https://t.me/"+botName+"?start=fiche_cfp-missabougou") {
		t.Errorf("share = %q", share)
	}
	// The share link opens the fiche.
	fake.text(5, "/start fiche_cfp-missabougou")
	if msgs := fake.waitSent(5, 2); !strings.Contains(msgs[1].Params.Get("text"), "CFP Missabougou") {
		t.Errorf("deep link = %q", msgs[1].Params.Get("text"))
	}
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
		"chat":           private(8),
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
	h := start(t, fake, t.TempDir())
	group := map[string]any{"id": -100, "type": "supergroup", "title": "EOJ Ségou"}
	fake.push(map[string]any{"message": map[string]any{"message_id": 1, "date": 1, "from": user("fr"), "chat": group, "text": "bonjour à tous, réunion demain"}})
	fake.push(map[string]any{"message": map[string]any{"message_id": 2, "date": 1, "from": user("fr"), "chat": group, "text": "@" + botName + " formation soudure a Kayes"}})
	// A command for another bot is not for Sira.
	fake.push(map[string]any{"message": map[string]any{"message_id": 4, "date": 1, "from": user("fr"), "chat": group, "text": "/aide@OtherBot"}})
	// A reply to the bot's own message is addressed to it.
	last := fake.push(map[string]any{"message": map[string]any{"message_id": 3, "date": 1, "from": user("fr"), "chat": group, "text": "et a Bamako ?",
		"reply_to_message": map[string]any{"message_id": 9, "date": 1, "chat": group, "from": map[string]any{"id": botID, "is_bot": true, "first_name": "Sira"}}}})
	fake.waitFor("all four updates handled", func() bool { off, _ := h.store.Offset(context.Background()); return off == last+1 })
	msgs := fake.sent("sendMessage", -100)
	if len(msgs) != 2 {
		t.Fatalf("group got %d messages, want 2 (the mention and the reply)", len(msgs))
	}
	if msgs[0].Params.Get("reply_parameters") != `{"message_id":2,"allow_sending_without_reply":true}` || strings.Contains(msgs[0].Params.Get("reply_markup"), `"keyboard"`) {
		t.Errorf("group answer: reply %q markup %s", msgs[0].Params.Get("reply_parameters"), msgs[0].Params.Get("reply_markup"))
	}
}

// TestMediaEditsAndOddUpdates: outside a case a voice note is offered to a
// counsellor, a photo's caption is read as a question, an edited message
// is answered as it now reads; malformed updates are confirmed.
func TestMediaEditsAndOddUpdates(t *testing.T) {
	fake := newFakeAPI(t)
	h := start(t, fake, t.TempDir())
	chat := private(4)
	fake.media(4, voice)
	offer := fake.waitSent(4, 1)[0]
	if !strings.Contains(offer.Params.Get("text"), "vocaux") || !strings.Contains(offer.Params.Get("reply_markup"), `"callback_data":"v:`) {
		t.Errorf("voice outside a case = %q %s", offer.Params.Get("text"), offer.Params.Get("reply_markup"))
	}
	fake.media(4, map[string]any{"photo": []any{map[string]any{"file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}}, "caption": "formation couture a Bamako"})
	if got := fake.waitSent(4, 2)[1].Params.Get("text"); !strings.Contains(got, "Voici") {
		t.Errorf("photo with a caption = %q", got)
	}
	fake.push(map[string]any{"message": map[string]any{"message_id": 2, "date": 1, "chat": chat, "location": map[string]any{"latitude": 14.45, "longitude": -11.43}}})
	if got := fake.waitSent(4, 3)[2].Params.Get("text"); !strings.Contains(got, "proches de vous (Kayes)") {
		t.Errorf("location = %q", got)
	}
	fake.push(map[string]any{"edited_message": map[string]any{"message_id": 1, "date": 1, "chat": chat, "text": "formation soudure a Kayes"}})
	if got := fake.waitSent(4, 4)[3].Params.Get("text"); !strings.Contains(got, "Kayes") {
		t.Errorf("edited message = %q", got)
	}
	// Not updates, or kinds not subscribed: nothing sent, nothing stuck.
	fake.push(map[string]any{"my_chat_member": map[string]any{"chat": chat, "from": user("fr"), "date": 1,
		"old_chat_member": map[string]any{"status": "member", "user": user("fr")}, "new_chat_member": map[string]any{"status": "member", "user": user("fr")}}})
	fake.push(map[string]any{"channel_post": map[string]any{"message_id": 1, "date": 1, "chat": map[string]any{"id": -5, "type": "channel"}, "text": "x"}})
	fake.pushRaw(`42`)
	fake.pushRaw(`{"update_id": "not a number"}`)
	bad := fake.pushRaw(`{"update_id": 0, "message": "not an object"}`)
	fake.mu.Lock()
	fake.updates[len(fake.updates)-1]["raw"] = `{"update_id": ` + strconv.Itoa(bad) + `, "message": "not an object"}`
	fake.mu.Unlock()
	fake.media(4, map[string]any{"sticker": map[string]any{"file_id": "s", "file_unique_id": "s", "width": 1, "height": 1, "is_animated": false}})
	fake.text(4, "😀😀😀")
	fake.text(4, "   ")
	last := fake.text(4, "formation couture a Bamako")
	msgs := fake.waitSent(4, 8)
	if len(msgs) != 8 {
		t.Errorf("sent %d messages, want 8", len(msgs))
	}
	// The offset moved past everything, odd updates included.
	fake.waitFor("offset confirmed", func() bool {
		off, _ := h.store.Offset(context.Background())
		return off == last+1
	})
	if got := fake.sent("getUpdates", 0)[0].Params.Get("allowed_updates"); got != `["message","edited_message","callback_query","my_chat_member"]` {
		t.Errorf("allowed_updates = %s", got)
	}
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
