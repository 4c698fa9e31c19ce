package telegram_test

import (
	"testing"
	"time"
)

// TestCounsellorReadsProgrammeContacts: a person who says they are an EOJ
// counsellor — in French, as a label, in Bambara or N'Ko — or who forwarded
// a case is one for the rest of the chat: programme cards and details show
// the programme's own contact, labelled; a person who does not say so gets
// the counsellor's route, never an officer's mobile.
func TestCounsellorReadsProgrammeContacts(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	snv := []string{"Contact du programme", "+22391080561"}

	c := chatter{t, fake, 100}
	a := c.say("Bonjour, je suis conseillère EOJ à Ségou.")
	holds(t, "introduction", a, "conseiller ou conseillère EOJ")
	lacks(t, "introduction", a, "aucune fiche", "Voici")
	holds(t, "et la SNV", c.say("et la SNV, elle fait quoi ?"), snv...)
	holds(t, "GIZ details", c.say("plus de détails sur la GIZ"), "+22376490949")

	c = chatter{t, fake, 200}
	holds(t, "label", c.say("Conseiller EOJ : quels bailleurs financent la formation professionnelle ?"), "Contact du programme")
	holds(t, "et la Coopération suisse", c.say("et la Coopération suisse ?"), "+22379169456")

	for i, q := range []string{"ne ye EOJ ladilikɛla ye. SNV bɛ mun kɛ?", "ߣߋ ߦߋ EOJ ߟߊߘߌߟߌߞߍߟߊ ߦߋ. SNV ߓߍ ߡߎ߲ ߞߍ؟"} {
		c = chatter{t, fake, int64(300 + i)}
		holds(t, q, c.say(q), "+22391080561")
	}

	// Not a counsellor: someone asking for one, or a person asking.
	for i, q := range []string{"je cherche un conseiller EOJ pour la SNV", "et la SNV, elle fait quoi ?"} {
		c = chatter{t, fake, int64(400 + i)}
		lacks(t, q, c.say(q), "+22391080561")
	}

	// A forwarded case: its answer is the young person's; the counsellor's
	// own next question gets programme contacts.
	c = chatter{t, fake, 500}
	a = c.next(func() {
		fake.push(map[string]any{"message": map[string]any{
			"message_id": fake.nextMessage(), "date": time.Now().Unix(), "from": user("fr"),
			"chat": map[string]any{"id": 500, "type": "private"}, "text": "c'est quoi la SNV",
			"forward_date": time.Now().Unix(), "forward_sender_name": "Moussa",
		}})
	})
	lacks(t, "forwarded", a, "+22391080561")
	holds(t, "after a forward", c.say("et la SNV, elle fait quoi ?"), snv...)
}
