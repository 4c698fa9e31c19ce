package telegram_test

import (
	"strings"
	"testing"

	"sira/index/bambara"
)

// TestNamesStayLatinInNKoAnswers: an organisation's name said in part in
// its Bambara summary ("Croix Rouge") stays in Latin letters in N'Ko.
func TestNamesStayLatinInNKoAnswers(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	c := chatter{t, fake, 100}
	c.say("/langue")
	c.press("l:nko")
	for ref, name := range map[string]string{"P32": "Croix Rouge", "A01": "Banque Mondiale", "P10": "Donilab"} {
		a := c.press("d:" + ref)
		if !bambara.IsNKo(a) {
			t.Errorf("%s: details not in N'Ko:\n%s", ref, a)
		}
		if i := strings.Index(a, "</b>"); i < 0 || !strings.Contains(a[i:], name) {
			t.Errorf("%s: %q not kept in the summary:\n%s", ref, name, a)
		}
	}
}

// TestCardFees: a card shows the fee of the trade asked or, when the
// report prices no fee of it, what every learner pays — never a literacy
// or another trade's fee passed off as the training's; the report's
// bulleted wording stays lines.
func TestCardFees(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	cases(t, fake, 100, []string{
		"n b'a fɛ ka mobili dilan dege CFP Missabougou, a sɔngɔ ye joli ye",
		"combien coute la formation au CFP Missabougou",
		"c koi le prix de la soudure au cfp missabougou",
	}, func(t *testing.T, q, a string) {
		holds(t, q, a, "200.000 – 345.000 FCFA")
		lacks(t, q, a, "Alphabétisation (inscription) : 10.000", "Balikukalan tɔgɔsɛbɛn")
	})
	cases(t, fake, 200, []string{"combien coute l'ECICA", "c'est gratuit l'IFPI de Kayes ?"}, func(t *testing.T, q, a string) {
		holds(t, q, a, "Gratuit")
		lacks(t, q, a, "; •", ". •")
	})
}

// TestWhatIsThereLocally: an answer for a place shows what the report says
// an actor has there (a safe point, a one-stop shop), in French; a Bambara
// answer keeps to Bambara.
func TestWhatIsThereLocally(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	exchanges(t, fake, []exchange{
		{"", "je suis bloqué à Kidal, on m'a tout volé", []string{"📍 5 points sûrs humanitaires : Kidal (Association Djeré Ben)"}, nil},
		{"je suis bloqué à Kidal, on m'a tout volé", "il y a un endroit où dormir ou manger ?", []string{"Association Djeré Ben"}, nil},
		{"", "un enfant de 13 ans dort seul dans la rue à Kayes, que faire ?", []string{"📍 guichet unique à Kayes (accueil, sensibilisation, hébergement"}, nil},
		{"", "n bɛ Kidal, u ye n ka fɛn bɛɛ son, n tɛ dumuni sɔrɔ", nil, []string{"Djeré Ben", "points sûrs"}},
	})
}
