package telegram_test

import (
	"strings"
	"testing"
)

// TestOneNumberFirst: a card gives one number, the contact's for the place
// asked first, and says whose it is when the fiche has several.
func TestOneNumberFirst(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	cases(t, fake, 100, []string{
		"je suis a koulikoro, enda mali peut aider un enfant qui travaille ?",
		"ENDA a Kati c'est qui ?",
		"enda mali kulikoro",
	}, func(t *testing.T, q, a string) {
		holds(t, q, a, "📞 +22376428883 — ")
		lacks(t, q, a, "+22378811078")
	})
	cases(t, fake, 200, []string{
		"enda mali a kayes",
		"ENDA Mali est ce qu'ils sont a Gao ?",
	}, func(t *testing.T, q, a string) {
		holds(t, q, a, "📞 +22378811078 — Coordinateur Bamako")
		lacks(t, q, a, "+22376428883")
	})
	cases(t, fake, 300, []string{"l'ANPE peut m'aider a trouver du travail ?", "anpe"}, func(t *testing.T, q, a string) {
		holds(t, q, a, "📞 +22366735099 — Chef du Département Coopération Migration")
	})
	cases(t, fake, 400, []string{"le numero de enda a koulikoro", "ENDA ka nimɔrɔ Kulikoro"}, func(t *testing.T, q, a string) {
		i, j := strings.Index(a, "+22376428883"), strings.Index(a, "+22378811078")
		if i < 0 || j < i {
			t.Errorf("%q: Koulikoro's number not first (%d, %d):\n%s", q, i, j, a)
		}
	})
}

// TestNoOfficerForAPerson: a programme's card gives a person the
// counsellor's route, never its officer's mobile; a counsellor asking
// which donors fund something gets the programme's contact, labelled.
func TestNoOfficerForAPerson(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	officers := []string{"+22372273120", "+22376490949", "+22379169456", "+22391080561", "+22376405588", "+22376368739", "+22320231240"}
	cases(t, fake, 100, []string{
		"est ce que la banque mondiale peut financer mon petit commerce a bamako ?",
		"la GIZ peut m aider a ouvrir un atelier de couture a segou ?",
		"banki dinye be se ka wari di n ma n ka jago kama wa ?",
		"y a t il des programmes pour former les jeunes en agriculture a sikasso ?",
	}, func(t *testing.T, q, a string) {
		lacks(t, q, a, officers...)
	})
	cases(t, fake, 200, []string{
		"je suis conseiller EOJ, quels bailleurs financent la formation professionnelle des jeunes a kayes ?",
		"quels sont les bailleurs qui financent l'entrepreneuriat des jeunes au mali ?",
	}, func(t *testing.T, q, a string) {
		holds(t, q, a, "Contact du programme (")
		lacks(t, q, a, "On y accède par un conseiller")
	})
}

// TestDistressCallsThePlacesLine: the number to call now is an actor's
// line for the place told, when one has it, in French, Bambara and N'Ko.
func TestDistressCallsThePlacesLine(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	cases(t, fake, 100, []string{
		"ma petite soeur a ete vendue, elle est a koulikoro maintenant, aidez nous vite",
		"mon fils de 12 ans travaille de force dans une mine pres de koulikoro",
		"ߒ ߘߐߜ߭ߐߗߍ ߓߍ ߞߎߟߌߞߏߙߏ߸ ߎ ߦߋ ߊ ߝߋ߮ߙߋ߸ ߊ߲ ߓߍ ߛߌߙߊ߲߸ ߊ߲ ߘߍߡߍ",
	}, func(t *testing.T, q, a string) {
		first, _, _ := strings.Cut(a, "\n")
		holds(t, q, first, "+22376428883")
	})
	cases(t, fake, 200, []string{
		"a mopti des hommes armes ont brule notre maison, on dort dehors",
		"n be mopti, u ye an gosi ka an gen, dumuni te an bolo, an deme",
	}, func(t *testing.T, q, a string) {
		first, _, _ := strings.Cut(a, "\n")
		lacks(t, q, first, "+22378811078", "+22376428883") // ENDA does not work in Mopti
		if !strings.Contains(first, "+223") {
			t.Errorf("%q: no number on top:\n%s", q, a)
		}
	})
}
