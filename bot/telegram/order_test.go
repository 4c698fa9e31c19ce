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
	// A programme asked by what it is, named in words the search reads as
	// topics, or holding more of the question, comes before services that
	// hold less of it or only a word of their text; French and Bambara.
	for i, tt := range []struct{ q, want string }{
		{"le numéro de Swisscontact", "+22376405588"},
		{"Swisscontact nimɔrɔ", "+22376405588"},
		{"contact de la banque mondiale", "+22372273120"},
		{"Tombouctou : qui aide les éleveurs à s'installer ?", "AVSF"},
		{"à Gao, qui forme les jeunes au maraîchage ?", "Agrivision"}, // not AVSF, whose projects all ended (planned29)
		{"je suis à Tombouctou, une ONG donne des kits d'installation pour l'élevage ?", "AVSF"},
		{"à Mopti qui donne des kits d'installation aux jeunes éleveurs ?", "AVSF"},
	} {
		holds(t, tt.q, chatter{t, fake, 400 + int64(i)}.say(tt.q), tt.want)
	}
	// A person's own project is no question about donors: the services
	// that can help first, no programmes' intro.
	cases(t, fake, 600, []string{
		"je suis à Mopti, j'ai un projet d'aviculture, qui peut m'accompagner ?",
		"un incubateur à Kayes pour mon projet de couture ?",
		"une association qui aide les migrants de retour à monter un projet à Kayes ?",
	}, func(t *testing.T, q, a string) {
		first, _, _ := strings.Cut(a, "<b>2.")
		lacks(t, q, a, "programmes ou bailleurs")
		lacks(t, q, first, "🏛", "⛔")
	})
	// A project that ended is not shown to a person asking for help.
	cases(t, fake, 500, []string{
		"n denkɛ tununa Alijeri, an tɛ a kibaru sɔrɔ, jɔn bɛ se k'a ɲini?",
		"n ka denbaya tununa, n bora Libi, jon be se ka u nyini n ye?",
		"mon petit frère a disparu en Libye depuis six mois, qui peut le rechercher ?",
	}, func(t *testing.T, q, a string) {
		holds(t, q, a, "+22370067806")
		lacks(t, q, a, "⛔")
	})
	// The only fit is a project that ended: said first, labelled, and the
	// answer says no service is open for it.
	c := chatter{t, fake, 300}
	a := c.say("je cherche le projet de formation des infirmiers INFSS")
	holds(t, "ended", a, "Projet terminé en 2019")
}
