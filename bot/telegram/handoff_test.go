package telegram_test

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"
)

// counsellor is a member of the counsellors' group.
func counsellor(id int, name string) map[string]any {
	return map[string]any{"id": id, "is_bot": false, "first_name": name}
}

var groupChat = map[string]any{"id": counsellorsChat, "type": "supergroup", "title": "Conseillers EOJ"}

// inGroup queues a counsellor's message in the group; replyTo, if not
// empty, is the text of the bot's message it replies to.
func (f *fakeAPI) inGroup(from map[string]any, text, replyTo string) int {
	m := map[string]any{"message_id": f.nextMessage(), "date": time.Now().Unix(), "from": from, "chat": groupChat, "text": text}
	if replyTo != "" {
		m["reply_to_message"] = map[string]any{"message_id": 1, "date": 1, "chat": groupChat, "text": replyTo,
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

func last(cs []call) string { return cs[len(cs)-1].Params.Get("text") }

// plain is what Telegram sends back as reply_to_message.text: no tags.
func plain(s string) string {
	for _, tag := range []string{"<b>", "</b>", "<i>", "</i>"} {
		s = strings.ReplaceAll(s, tag, "")
	}
	return s
}

func TestHandOffToCounsellors(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	fatou, ibrahim := counsellor(1, "Fatou"), counsellor(2, "Ibrahim")

	// A question no fiche answers: the hand-off is offered.
	fake.text(50, "je veux apprendre le japonais")
	offer := fake.waitSent(50, 1)[0]
	if !strings.Contains(offer.Params.Get("reply_markup"), `"callback_data":"c"`) {
		t.Fatalf("no hand-off offered: %s", offer.Params.Get("reply_markup"))
	}
	// The person asks for a counsellor: the case goes to the group.
	fake.press(50, "c")
	post := fake.waitSent(counsellorsChat, 1)[0]
	text := post.Params.Get("text")
	if !strings.Contains(text, "Cas #1") || !strings.Contains(text, "Awa") || !strings.Contains(text, "japonais") ||
		!strings.Contains(post.Params.Get("reply_markup"), `"callback_data":"k:1"`) {
		t.Fatalf("case post = %q %s", text, post.Params.Get("reply_markup"))
	}
	if strings.Contains(text, "42") || strings.Contains(text, "@") {
		t.Errorf("case post shows an id or a username: %q", text)
	}
	if !strings.Contains(last(fake.waitSent(50, 2)), "conseiller va vous répondre") {
		t.Errorf("person not told: %q", last(fake.sent("sendMessage", 50)))
	}

	// Fatou takes the case; Ibrahim cannot take it after her.
	fake.pressInGroup(fatou, "k:1")
	fake.waitFor("take", func() bool { return len(fake.sent("editMessageText", counsellorsChat)) == 1 })
	if edit := fake.sent("editMessageText", counsellorsChat)[0].Params.Get("text"); !strings.Contains(edit, "pris par Fatou") {
		t.Errorf("post after take = %q", edit)
	}
	fake.pressInGroup(ibrahim, "k:1")
	fake.waitFor("second take refused", func() bool {
		for _, a := range fake.sent("answerCallbackQuery", 0) {
			if strings.Contains(a.Params.Get("text"), "déjà pris par Fatou") {
				return true
			}
		}
		return false
	})

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
	// The person's next message goes to the case.
	fake.text(50, "merci, c'est combien ?")
	if got := last(fake.waitSent(counsellorsChat, 3)); !strings.Contains(got, "Cas #1 — Awa : merci, c&#39;est combien ?") {
		t.Errorf("follow-up in group = %q", got)
	}
	// Fatou closes with /fermer in reply.
	fake.inGroup(fatou, "/fermer", plain(text))
	if got := last(fake.waitSent(counsellorsChat, 4)); !strings.Contains(got, "Cas #1 fermé par Fatou") {
		t.Errorf("close in group = %q", got)
	}
	fake.waitFor("person told of the close", func() bool {
		return strings.Contains(last(fake.sent("sendMessage", 50)), "terminée")
	})
	// Closed: the person's messages are questions to Sira again.
	n := len(fake.sent("sendMessage", 50))
	fake.text(50, "formation couture a Bamako")
	if got := last(fake.waitSent(50, n+1)); !strings.Contains(got, "Voici") {
		t.Errorf("after close = %q", got)
	}
	if len(fake.sent("sendMessage", counsellorsChat)) != 4 {
		t.Errorf("group got %d messages, want 4", len(fake.sent("sendMessage", counsellorsChat)))
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
	if got := last(fake.waitSent(counsellorsChat, 2)); !strings.Contains(got, "Cas #1 fermé par Fatou") {
		t.Errorf("close button = %q", got)
	}
	fake.waitSent(60, 2)

	// A person who blocked the bot: the case closes, with a note.
	fake.text(61, "/conseiller")
	fake.waitSent(counsellorsChat, 3)
	fake.waitSent(61, 1)
	fake.mu.Lock()
	fake.blocked["61"] = true
	fake.mu.Unlock()
	fake.inGroup(fatou, "Bonjour, je suis là", strings.Replace(post, "#1", "#2", 1))
	if got := last(fake.waitSent(counsellorsChat, 4)); !strings.Contains(got, "Cas #2 fermé : la personne a bloqué Sira") {
		t.Errorf("blocked note = %q", got)
	}
	// A reply to a closed case says so.
	fake.inGroup(fatou, "encore là ?", strings.Replace(post, "#1", "#2", 1))
	if got := last(fake.waitSent(counsellorsChat, 5)); !strings.Contains(got, "déjà fermé") {
		t.Errorf("reply to closed case = %q", got)
	}
	// /stats in the group: aggregates only.
	fake.inGroup(fatou, "/stats", "")
	stats := last(fake.waitSent(counsellorsChat, 6))
	if !strings.Contains(stats, "Mises en relation") || !strings.Contains(stats, "opened : 2") || strings.Contains(stats, "61") {
		t.Errorf("stats = %q", stats)
	}
}

func TestMisconfiguredCounsellorsGroup(t *testing.T) {
	fake := newFakeAPI(t)
	h := start(t, fake, t.TempDir())
	fake.failNext("getChat", http.StatusBadRequest)
	err := h.svc.CheckChat(context.Background(), -1)
	if err == nil || !strings.Contains(err.Error(), "getChat") {
		t.Errorf("CheckChat of a bad group = %v", err)
	}
	if err := h.svc.CheckChat(context.Background(), counsellorsChat); err != nil {
		t.Errorf("CheckChat of the group = %v", err)
	}
}
