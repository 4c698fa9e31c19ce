package telegram_test

import (
	"context"
	"html"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"sira/bot/store"
)

// counsellor is a member of the counsellors' group.
func counsellor(id int, name string) map[string]any {
	return map[string]any{"id": id, "is_bot": false, "first_name": name}
}

func groupOf(id int64) map[string]any {
	return map[string]any{"id": id, "type": "supergroup", "title": "Conseillers EOJ"}
}

var groupChat = groupOf(counsellorsChat)

// inGroup queues a counsellor's message in the group; replyTo, if not
// empty, is the text of the bot's message it replies to.
func (f *fakeAPI) inGroup(from map[string]any, text, replyTo string) int {
	return f.groupMessage(groupChat, from, map[string]any{"text": text}, replyTo)
}

// groupMessage queues a message with fields (text, voice…) in a group.
func (f *fakeAPI) groupMessage(group, from, fields map[string]any, replyTo string) int {
	m := map[string]any{"message_id": f.nextMessage(), "date": time.Now().Unix(), "from": from, "chat": group}
	for k, v := range fields {
		m[k] = v
	}
	if replyTo != "" {
		m["reply_to_message"] = map[string]any{"message_id": 1, "date": 1, "chat": group, "text": replyTo,
			"from": map[string]any{"id": botID, "is_bot": true, "first_name": "Sira"}}
	}
	return f.push(map[string]any{"message": m})
}

func (f *fakeAPI) pressInGroup(from map[string]any, data string) int {
	return f.push(map[string]any{"callback_query": map[string]any{
		"id": "g" + strconv.Itoa(f.nextMessage()), "from": from, "data": data, "chat_instance": "g",
		"message": map[string]any{"message_id": 1, "date": 1, "chat": groupChat},
	}})
}

// botStatus queues a my_chat_member update: the bot's status in chat.
func (f *fakeAPI) botStatus(chat map[string]any, status string) int {
	me := map[string]any{"id": botID, "is_bot": true, "first_name": "Sira"}
	return f.push(map[string]any{"my_chat_member": map[string]any{"chat": chat, "from": counsellor(1, "Fatou"), "date": 1,
		"old_chat_member": map[string]any{"status": "administrator", "user": me}, "new_chat_member": map[string]any{"status": status, "user": me}}})
}

func last(cs []call) string { return cs[len(cs)-1].Params.Get("text") }

// plain is what Telegram sends back as reply_to_message.text: no tags.
func plain(s string) string {
	for _, tag := range []string{"<b>", "</b>", "<i>", "</i>"} {
		s = strings.ReplaceAll(s, tag, "")
	}
	return s
}

// answers returns the texts of the answers to button presses.
func (f *fakeAPI) answers() []string {
	var out []string
	for _, a := range f.sent("answerCallbackQuery", 0) {
		out = append(out, a.Params.Get("text"))
	}
	return out
}

func (f *fakeAPI) waitAnswer(want string) {
	f.t.Helper()
	f.waitFor("a press answered "+want, func() bool {
		for _, a := range f.answers() {
			if strings.Contains(a, want) {
				return true
			}
		}
		return false
	})
}

func TestHandOffToCounsellors(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	fatou, ibrahim := counsellor(1, "Fatou"), counsellor(2, "Ibrahim")

	// A question no fiche answers, on several lines: the hand-off is offered.
	fake.text(50, "je veux apprendre le japonais; j'ai 20 ans.\nJe suis a Kati et je parle un peu anglais")
	offer := fake.waitSent(50, 1)[0]
	if !strings.Contains(offer.Params.Get("reply_markup"), `"callback_data":"c"`) {
		t.Fatalf("no hand-off offered: %s", offer.Params.Get("reply_markup"))
	}
	// The person asks for a counsellor: the case goes to the group, whole,
	// and only then is the person told.
	fake.press(50, "c")
	post := fake.waitSent(counsellorsChat, 1)[0]
	text := post.Params.Get("text")
	for _, want := range []string{"Cas #1", "Awa", "japonais; j&#39;ai 20 ans. Je suis a Kati et je parle un peu anglais", "Sira a proposé"} {
		if !strings.Contains(text, want) {
			t.Errorf("case post lacks %q: %q", want, text)
		}
	}
	if !strings.Contains(post.Params.Get("reply_markup"), `"callback_data":"k:1"`) || strings.Contains(text, "42") {
		t.Fatalf("case post = %q %s", text, post.Params.Get("reply_markup"))
	}
	told := fake.waitSent(50, 2)[1]
	if !strings.Contains(told.Params.Get("text"), "conseiller va vous répondre") || !told.At.After(post.At) ||
		!strings.Contains(told.Params.Get("reply_markup"), `"callback_data":"f:1"`) {
		t.Errorf("person told %q at %v (post at %v) %s", told.Params.Get("text"), told.At, post.At, told.Params.Get("reply_markup"))
	}

	// Fatou takes the case: the post keeps its content; Ibrahim cannot take it after her.
	fake.pressInGroup(fatou, "k:1")
	fake.waitFor("take", func() bool { return len(fake.sent("editMessageText", counsellorsChat)) == 1 })
	edit := fake.sent("editMessageText", counsellorsChat)[0].Params.Get("text")
	if !strings.Contains(edit, "pris par Fatou") || !strings.Contains(edit, "japonais") || !strings.Contains(edit, "Sira a proposé") {
		t.Errorf("post after take = %q", edit)
	}
	fake.pressInGroup(ibrahim, "k:1")
	fake.waitAnswer("déjà pris par Fatou")

	// Fatou answers by replying to the post: it reaches the person.
	fake.inGroup(fatou, "Bonjour Awa, il existe des cours à l'Institut français.", plain(text))
	if got := last(fake.waitSent(50, 3)); !strings.Contains(got, "Conseiller") || !strings.Contains(got, "Institut français") {
		t.Errorf("counsellor's reply delivered as %q", got)
	}
	// Ibrahim's reply does not reach her: the case is Fatou's.
	fake.inGroup(ibrahim, "Moi aussi je peux aider", plain(text))
	if got := last(fake.waitSent(counsellorsChat, 2)); !strings.Contains(got, "déjà pris par Fatou") {
		t.Errorf("second counsellor told %q", got)
	}
	// The person's next message goes to the case whole.
	fake.text(50, "Je suis a Kati; mon numéro est le même.\nJe peux venir lundi")
	if got := fake.waitText(counsellorsChat, "Cas #1 — Awa :"); !strings.Contains(got, "Je suis a Kati; mon numéro est le même.\nJe peux venir lundi") {
		t.Errorf("follow-up in group = %q", got)
	}
	fake.waitText(50, "Transmis au conseiller")
	// Long messages both ways arrive whole, split under Telegram's limit.
	long := strings.Repeat("Voici les démarches à suivre pour l'inscription. ", 120) // ≈ 6,000 characters
	sentBefore := len(fake.sent("sendMessage", 50))
	fake.inGroup(fatou, long, plain(text))
	fake.waitFor("a long reply in two messages", func() bool { return len(fake.sent("sendMessage", 50)) == sentBefore+2 })
	var got strings.Builder
	for _, c := range fake.sent("sendMessage", 50)[sentBefore:] {
		body := c.Params.Get("text")
		if n := len(utf16.Encode([]rune(html.UnescapeString(plain(body))))); n > 4096 {
			t.Errorf("message of %d UTF-16 units", n)
		}
		got.WriteString(strings.TrimPrefix(body, "🧑 <b>Conseiller :</b> "))
	}
	if strings.ReplaceAll(got.String(), "&#39;", "'") != long {
		t.Errorf("the long reply lost text: %d of %d bytes", got.Len(), len(long))
	}
	groupBefore := len(fake.sent("sendMessage", counsellorsChat))
	fake.text(50, long)
	fake.waitFor("a long follow-up in two messages", func() bool { return len(fake.sent("sendMessage", counsellorsChat)) == groupBefore+2 })

	// Fatou closes with /fermer in reply: the post loses its buttons.
	fake.inGroup(fatou, "/fermer", plain(text))
	fake.waitText(counsellorsChat, "Cas #1 fermé par Fatou")
	fake.waitText(50, "terminée")
	closed := fake.sent("editMessageText", counsellorsChat)
	if c := closed[len(closed)-1]; c.Params.Get("reply_markup") != "" || !strings.Contains(c.Params.Get("text"), "Cas fermé") || !strings.Contains(c.Params.Get("text"), "japonais") {
		t.Errorf("post after close = %q %s", c.Params.Get("text"), c.Params.Get("reply_markup"))
	}
	// Pressing close again says it is already closed.
	fake.pressInGroup(fatou, "x:1")
	fake.waitAnswer("déjà fermé")
	// Closed: the person's messages are questions to Sira again.
	n := len(fake.sent("sendMessage", 50))
	fake.text(50, "formation couture a Bamako")
	if got := last(fake.waitSent(50, n+1)); !strings.Contains(got, "Voici") {
		t.Errorf("after close = %q", got)
	}
}

func TestCloseButtonAndBlockedUser(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	fatou := counsellor(1, "Fatou")
	fake.text(60, "/conseiller")
	post := plain(fake.waitSent(counsellorsChat, 1)[0].Params.Get("text"))
	fake.waitSent(60, 1)
	fake.pressInGroup(fatou, "x:1")
	fake.waitAnswer("Cas #1 fermé par Fatou")
	fake.waitText(counsellorsChat, "Cas #1 fermé par Fatou") // the whole group sees who closed it
	fake.waitFor("post closed in place", func() bool {
		e := fake.sent("editMessageText", counsellorsChat)
		return len(e) == 1 && strings.Contains(e[0].Params.Get("text"), "Cas fermé") && e[0].Params.Get("reply_markup") == ""
	})
	fake.waitText(60, "terminée")

	// A person who blocked the bot: the case closes, with a note.
	fake.text(61, "/conseiller")
	fake.waitSent(counsellorsChat, 3)
	fake.waitSent(61, 1)
	fake.refuseChat(61, &refusal{code: http.StatusForbidden, desc: "Forbidden: bot was blocked by the user"})
	fake.inGroup(fatou, "Bonjour, je suis là", strings.Replace(post, "#1", "#2", 1))
	fake.waitText(counsellorsChat, "Cas #2 fermé : la personne a bloqué Sira")
	// A reply to a closed case says so.
	fake.inGroup(fatou, "encore là ?", strings.Replace(post, "#1", "#2", 1))
	fake.waitText(counsellorsChat, "déjà fermé")
	// /stats in the group: aggregates only.
	fake.inGroup(fatou, "/stats", "")
	stats := fake.waitText(counsellorsChat, "Mises en relation")
	if !strings.Contains(stats, "opened : 2") || strings.Contains(stats, "61") {
		t.Errorf("stats = %q", stats)
	}
}

// TestGroupKicked: a group that removed the bot is told from a person who
// blocked it; no case is opened and nobody is told "transmis"; the person
// gets a number to call. The bot put back, hand-off works again.
func TestGroupKicked(t *testing.T) {
	fake := newFakeAPI(t)
	h := start(t, fake, t.TempDir())
	kicked := &refusal{code: http.StatusForbidden, desc: "Forbidden: bot was kicked from the supergroup chat"}
	// A person already in a case when the group is lost.
	fake.text(70, "/conseiller")
	fake.waitSent(counsellorsChat, 1)
	fake.waitText(70, "conseiller va vous répondre")
	fake.refuseChat(counsellorsChat, kicked)

	fake.text(71, "/conseiller")
	got := fake.waitText(71, "joindre les conseillers")
	if !strings.Contains(got, "+22366745089") {
		t.Errorf("person told %q, without the APEJ's number", got)
	}
	if _, open, _ := h.store.OpenCaseOf(context.Background(), 71); open {
		t.Error("a case was opened that no counsellor can see")
	}
	// The person already waiting is told whom to call, once.
	fake.waitText(70, "joindre les conseillers")
	fake.text(70, "vous êtes là ?")
	fake.waitFor("the waiting person told again", func() bool {
		n := 0
		for _, s := range fake.texts(70) {
			if strings.Contains(s, "joindre les conseillers") {
				n++
			}
		}
		return n == 2
	})
	for _, s := range append(fake.texts(70), fake.texts(71)...) {
		if strings.Contains(s, "Transmis") {
			t.Errorf("a person was told %q", s)
		}
	}
	if !strings.Contains(h.logs.String(), "cannot write to the counsellors' group") {
		t.Error("no log line says hand-off is off")
	}
	// No-match answers no longer offer a hand-off that cannot work.
	fake.text(72, "cours de pilotage d'avion")
	if m := fake.waitSent(72, 1)[0].Params.Get("reply_markup"); strings.Contains(m, `"callback_data":"c"`) {
		t.Errorf("hand-off offered while the group is unreachable: %s", m)
	}
	// The bot is put back in the group (my_chat_member): hand-off is on.
	fake.refuseChat(counsellorsChat, nil)
	fake.botStatus(groupChat, "administrator")
	fake.waitFor("hand-off on again", func() bool { return strings.Contains(h.logs.String(), "back in the counsellors' group") })
	fake.text(73, "/conseiller")
	fake.waitText(73, "conseiller va vous répondre")
	// Removed again (my_chat_member): off at once, even before a post fails.
	fake.botStatus(groupChat, "kicked")
	fake.waitFor("hand-off off", func() bool { return strings.Count(h.logs.String(), "cannot write to the counsellors' group") == 2 })
	fake.text(74, "/conseiller")
	fake.waitText(74, "joindre les conseillers")
	// The periodic check sees the group back.
	if _, err := h.bot.CheckGroup(context.Background()); err != nil {
		t.Fatal(err)
	}
	fake.text(75, "/conseiller")
	fake.waitText(75, "conseiller va vous répondre")
	// And sees it gone.
	fake.refuseChat(counsellorsChat, kicked)
	if _, err := h.bot.CheckGroup(context.Background()); err != nil {
		t.Fatal(err)
	}
	fake.text(76, "/conseiller")
	fake.waitText(76, "joindre les conseillers")
}

// TestGroupMigrated: a group that became a supergroup is followed to its
// new id, kept across a restart; the case post that hit the old id is
// posted again there.
func TestGroupMigrated(t *testing.T) {
	fake := newFakeAPI(t)
	dir := t.TempDir()
	h := start(t, fake, dir)
	const newID = -1001234
	fake.refuseChat(counsellorsChat, &refusal{code: http.StatusBadRequest, desc: "Bad Request: group chat was upgraded to a supergroup chat", migrateTo: newID})
	fake.text(80, "je veux apprendre le japonais")
	fake.waitSent(80, 1)
	fake.text(80, "/conseiller")
	post := fake.waitSent(newID, 1)[0]
	if !strings.Contains(post.Params.Get("text"), "Cas #1") || !strings.Contains(post.Params.Get("text"), "japonais") {
		t.Errorf("post in the supergroup = %q", post.Params.Get("text"))
	}
	fake.waitText(80, "conseiller va vous répondre")
	// The counsellors answer from the supergroup.
	fake.groupMessage(groupOf(newID), counsellor(1, "Fatou"), map[string]any{"text": "Bonjour Awa"}, plain(post.Params.Get("text")))
	fake.waitText(80, "Bonjour Awa")
	h.stop()
	if to, _ := func() (int64, error) {
		st, err := store.Open(dir)
		if err != nil {
			return 0, err
		}
		defer st.Close()
		return st.Moved(context.Background(), counsellorsChat)
	}(); to != newID {
		t.Errorf("new id kept = %d", to)
	}
	// After a restart the new id is used from the start.
	fake.refuseChat(counsellorsChat, &refusal{code: http.StatusForbidden, desc: "Forbidden: bot is not a member of the group chat"})
	h = start(t, fake, dir)
	cmds := fake.sent("setMyCommands", 0)
	if scope := cmds[len(cmds)-1].Params.Get("scope"); !strings.Contains(scope, strconv.Itoa(newID)) {
		t.Errorf("group commands registered for %s", scope)
	}
	fake.text(81, "/conseiller")
	fake.waitSent(newID, 2)
	fake.waitText(81, "conseiller va vous répondre")
	// A migration told as a service message is followed too.
	const newer = -1009999
	fake.groupMessage(groupOf(newID), counsellor(1, "Fatou"), map[string]any{"migrate_to_chat_id": newer}, "")
	// Updates of different chats are handled side by side: the person's
	// request is sent once the group's move has been taken.
	fake.waitFor("the group's move followed", func() bool { return strings.Contains(h.logs.String(), "became a supergroup") })
	fake.text(82, "/conseiller")
	fake.waitSent(newer, 1)
}

// TestMediaBothWays: inside a case, voice notes, photos and locations are
// copied both ways; outside one, a voice note can open a case.
func TestMediaBothWays(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	fatou := counsellor(1, "Fatou")
	// Outside a case: the voice note is offered to a counsellor.
	id := fake.media(90, voice)
	offer := fake.waitSent(90, 1)[0]
	if !strings.Contains(offer.Params.Get("reply_markup"), `"callback_data":"v:`+strconv.Itoa(id)+`"`) {
		t.Fatalf("voice offer = %s", offer.Params.Get("reply_markup"))
	}
	fake.press(90, "v:"+strconv.Itoa(id))
	post := fake.waitSent(counsellorsChat, 1)[0]
	fake.waitFor("the voice note copied into the case", func() bool { return len(fake.sent("copyMessage", counsellorsChat)) == 1 })
	cp := fake.sent("copyMessage", counsellorsChat)[0]
	if cp.Params.Get("from_chat_id") != "90" || cp.Params.Get("message_id") != strconv.Itoa(id) || !strings.Contains(cp.Params.Get("caption"), "Cas #1 — Awa") {
		t.Errorf("voice copy = %v", cp.Params)
	}
	fake.waitText(90, "conseiller va vous répondre")
	// Inside the case: a photo with its caption, a location.
	photo := fake.media(90, map[string]any{"photo": []any{map[string]any{"file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}}, "caption": "ma carte d'identité"})
	fake.waitFor("photo copied", func() bool { return len(fake.sent("copyMessage", counsellorsChat)) == 2 })
	if cp := fake.sent("copyMessage", counsellorsChat)[1]; cp.Params.Get("message_id") != strconv.Itoa(photo) || !strings.Contains(cp.Params.Get("caption"), "ma carte d&#39;identité") {
		t.Errorf("photo copy = %v", cp.Params)
	}
	fake.media(90, map[string]any{"location": map[string]any{"latitude": 12.6, "longitude": -8.0}})
	fake.waitFor("location copied", func() bool { return len(fake.sent("copyMessage", counsellorsChat)) == 3 })
	if cp := fake.sent("copyMessage", counsellorsChat)[2]; cp.Params.Get("caption") != "" {
		t.Errorf("a location copied with a caption: %v", cp.Params)
	}
	fake.waitText(counsellorsChat, "Cas #1 — Awa :") // the location's header, as text
	// A counsellor's voice reply reaches the person.
	fake.groupMessage(groupChat, fatou, voice, plain(post.Params.Get("text")))
	fake.waitFor("the voice reply copied to the person", func() bool { return len(fake.sent("copyMessage", 90)) == 1 })
	if cp := fake.sent("copyMessage", 90)[0]; cp.Params.Get("from_chat_id") != strconv.Itoa(counsellorsChat) || !strings.Contains(cp.Params.Get("caption"), "Conseiller") {
		t.Errorf("voice reply = %v", cp.Params)
	}
	// A photo reply with a caption too long for one: the text first, whole.
	long := strings.Repeat("Apportez ce papier. ", 80)
	fake.groupMessage(groupChat, fatou, map[string]any{"photo": []any{map[string]any{"file_id": "q", "file_unique_id": "q", "width": 1, "height": 1}}, "caption": long}, plain(post.Params.Get("text")))
	fake.waitFor("the photo reply copied", func() bool { return len(fake.sent("copyMessage", 90)) == 2 })
	if got := fake.waitText(90, "Apportez ce papier."); strings.Count(got, "Apportez") != 80 {
		t.Errorf("long caption = %d of 80 sentences", strings.Count(got, "Apportez"))
	}
}

// TestLeaveAndIdleCases: a person leaves a case with /fin or its button;
// a case with no message for a week closes, with a word to both sides.
func TestLeaveAndIdleCases(t *testing.T) {
	fake := newFakeAPI(t)
	h := start(t, fake, t.TempDir())
	fake.text(100, "/conseiller")
	fake.waitText(100, "conseiller va vous répondre")
	fake.text(100, "/fin")
	fake.waitText(100, "quitté la conversation")
	fake.waitText(counsellorsChat, "Cas #1 fermé : la personne a quitté la conversation")
	fake.waitFor("post closed", func() bool {
		e := fake.sent("editMessageText", counsellorsChat)
		return len(e) == 1 && e[0].Params.Get("reply_markup") == ""
	})
	fake.press(100, "f:1")
	fake.waitText(100, "pas de conversation en cours")

	fake.text(101, "/conseiller")
	fake.waitText(101, "conseiller va vous répondre")
	ctx := context.Background()
	c, _, _ := h.store.OpenCaseOf(ctx, 101)
	h.store.UpdateCase(ctx, c.ID, func(c *store.Case) error {
		c.Opened = time.Now().Add(-store.CaseIdle - time.Hour)
		return nil
	})
	if n, err := h.bot.CloseIdle(ctx); n != 1 || err != nil {
		t.Fatalf("CloseIdle = %d, %v", n, err)
	}
	fake.waitText(counsellorsChat, "Cas #2 fermé : aucun message depuis 14 jours")
	fake.waitText(101, "pas de message depuis 14 jours")
	if n, _ := h.bot.CloseIdle(ctx); n != 0 {
		t.Errorf("closed again: %d", n)
	}
}

// TestCaseInNKo: a person who writes N'Ko gets the counsellor's words as
// written, under a header in N'Ko.
func TestCaseInNKo(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	fake.text(110, "ߒ ߓߊ߯ ߝߍ߬ ߞߊ߬ ߞߊ߬ߙߊ߲߬ ߞߍ߫ ߓߡߊ߬ߞߐ߬")
	fake.waitSent(110, 1)
	fake.text(110, "/conseiller")
	post := fake.waitSent(counsellorsChat, 1)[0].Params.Get("text")
	fake.waitSent(110, 2)
	fake.inGroup(counsellor(1, "Fatou"), "Bonjour, appelez le +22366745089", plain(post))
	got := last(fake.waitSent(110, 3))
	if !strings.Contains(got, "Bonjour, appelez le +22366745089") || strings.Contains(got, "Ladilikɛla") || !strings.ContainsRune(got, 'ߟ') {
		t.Errorf("counsellor's reply in an N'Ko chat = %q", got)
	}
}
