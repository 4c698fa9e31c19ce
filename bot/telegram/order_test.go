package telegram_test

import (
	"strings"
	"testing"
)

// TestWhoIsShownFirst: services a person can walk into come before donors,
// programmes and ended projects, which are still there, labelled; a
// counsellor asking about donors gets the donors first; when no service
// fits, the answer says so.
func TestWhoIsShownFirst(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	cases(t, fake, 100, []string{
		"formation menuiserie a kati",
		"ne be kalan fe, n be Kati, n b a fe ka jiri baara dege",
		"je veux apprendre la soudure a bamako, ca coute combien",
		"formation couture bamako",
	}, func(t *testing.T, q, a string) {
		first, _, _ := strings.Cut(a, "<b>2.")
		lacks(t, q, first, "⛔", "🏛", "Bailleur", "Wari dɛmɛbaa")
	})
	cases(t, fake, 200, []string{
		"quels bailleurs financent la formation professionnelle ?",
		"quels sont les partenaires techniques et financiers qui financent l'emploi des jeunes",
	}, func(t *testing.T, q, a string) {
		first, _, _ := strings.Cut(a, "<b>2.")
		holds(t, q, first, "🏛", "programmes ou bailleurs sur ce sujet")
		lacks(t, q, a, "appelez avant d'y aller", "adresses qui peuvent vous aider")
	})
	// The only fit is a project that ended: said first, labelled, and the
	// answer says no service is open for it.
	c := chatter{t, fake, 300}
	a := c.say("je cherche le projet de formation des infirmiers INFSS")
	holds(t, "ended", a, "Projet terminé en 2019")
}
