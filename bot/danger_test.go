package bot

import (
	"strings"
	"testing"
)

// TestDangerServingFirst: a danger answer at a place shows the actors
// that work there (ENDA, the Croix-Rouge, UNICEF at Gao; the Croix-Rouge
// at Sikasso) and not those that do not (COOPI: Kayes, Ségou, Mopti; the
// AME: Bamako, Kayes).
func TestDangerServingFirst(t *testing.T) {
	b, _ := newBot(t)
	for i, tt := range []struct{ say, want string }{
		{"un enfant de 13 ans dort seul a la gare de Gao, qui peut l'aider ?", "UNICEF"},
		{"denmisɛn dɔ bɛ Gao, a si ye san 12 ye, a kelen don, dumuni t'a bolo", "UNICEF"},
		{"mon mari me bat chaque soir, je vis a Sikasso, au secours", "Croix"},
		{"n cɛ bɛ n bugɔ, n bɛ Sikaso", "Croix"},
	} {
		got := text(handle(t, b, Update{ChatID: int64(2010 + i), Kind: Text, Text: tt.say}))
		if !strings.Contains(got, tt.want) || strings.Contains(got, "COOPI") || strings.Contains(got, "Expulsés") {
			t.Errorf("%q: %s not shown, or COOPI or the AME shown:\n%s", tt.say, tt.want, got)
		}
	}
}

// TestDangerHelpRunning: a danger answer's first page holds no actor whose
// protection ended with a project (Caritas's PROMISA), though it works
// at the place, no donor (the Coopération Suisse at Tombouctou), and, for a grown person, no programme reached through
// partners (UNICEF), though it serves the whole country.
func TestDangerHelpRunning(t *testing.T) {
	b, _ := newBot(t)
	for i, say := range []string{
		"un enfant seul a Mopti, qui appeler ?",
		"n tigi bɛ n gosi baara la, n bɛ Bamakɔ",
		"mon mari me frappe tous les jours je veux partir de la maison a segou",
		"des enfants qui ont quitté un groupe armé sont à Tombouctou, ils n'ont personne",
	} {
		got := text(handle(t, b, Update{ChatID: int64(2040 + i), Kind: Text, Text: say}))
		if strings.Contains(got, "Caritas") || strings.Contains(got, "Bailleur") || i == 2 && strings.Contains(got, "UNICEF") {
			t.Errorf("%q: an ended help, a donor, or a programme shown to an adult:\n%s", say, got)
		}
	}
}

// TestCareOfDanger: after a danger told, and after a fiche's number asked
// next, an illness told and its care asked is the same person's new need,
// searched among the protection actors (the Croix-Rouge's point sûr at
// Kayes, at the place said or the one before), not the last fiche alone
// nor the health system's refusal; asked with no danger before, the same
// words are refused.
func TestCareOfDanger(t *testing.T) {
	b, _ := newBot(t)
	for i, turns := range [][]string{
		{"une fille de 15 ans vendue comme bonne s'est enfuie, elle est a Kayes, qui peut l'aider ?", "le numero d'ENDA ?", "et si elle est malade, qui peut la soigner à Kayes ?"},
		{"je suis a kayes avec mon petit frere de 14 ans, on nous a fait travailler dans une mine d or, on s est enfuis", "il a mal au ventre depuis hier, ou le faire soigner ?"},
	} {
		var got string
		for _, say := range turns {
			got = text(handle(t, b, Update{ChatID: int64(2060 + i), Kind: Text, Text: say}))
		}
		if !strings.Contains(got, "Croix Rouge") {
			t.Errorf("%q: no Croix-Rouge:\n%s", turns[len(turns)-1], got)
		}
	}
	got := text(handle(t, b, Update{ChatID: 2069, Kind: Text, Text: "il a mal au ventre depuis hier, ou le faire soigner ?"}))
	if strings.Contains(got, "Croix Rouge") {
		t.Errorf("care asked with no danger before, answered:\n%s", got)
	}
}

// TestHelpElsewhere: after a danger told, someone asked for at another
// place ("il y a quelqu'un là-bas ?" with a town) is the same question
// there: the protection actors of that place (the Croix-Rouge's point
// sûr at Gao, COOPI at Ségou), not the counsellor alone; asked with no
// danger before, or at the place of the danger, the counsellor answers.
func TestHelpElsewhere(t *testing.T) {
	b, _ := newBot(t)
	for i, tt := range []struct {
		turns      []string
		want, tell string
	}{
		{[]string{"je suis rentré d'Algérie, expulsé, je suis à Bamako sans rien, où dormir ce soir ?", "et si je pars à Gao chez mon oncle, il y a quelqu'un là-bas ?"}, "Gao (", "Ces adresses"},
		{[]string{"On est des déplacés, on a fui Bandiagara, on est à Mopti avec les enfants, on n'a rien à manger", "on part à Ségou demain chez un parent, il y a quelqu'un là-bas aussi ?"}, "COOPI", "Ces adresses"},
		{[]string{"je veux apprendre la couture à Bamako", "et à Gao, il y a quelqu'un là-bas ?"}, "Conseiller EOJ", "peut vous écouter"},
		{[]string{"je suis rentré d'Algérie, expulsé, je suis à Bamako sans rien, où dormir ce soir ?", "il y a quelqu'un à Bamako ?"}, "Conseiller EOJ", "peut vous écouter"},
	} {
		var got string
		for _, say := range tt.turns {
			got = text(handle(t, b, Update{ChatID: int64(2070 + i), Kind: Text, Text: say}))
		}
		if !strings.Contains(got, tt.want) || !strings.Contains(got, tt.tell) {
			t.Errorf("%q: no %q or %q:\n%s", tt.turns[len(tt.turns)-1], tt.want, tt.tell, got)
		}
	}
}

// TestDangerBesideAsked: a danger told in the sentence that asks another
// need (put out of the house, sleeping outside, sold) gets the number to
// call first and the cards of that need (the welding schools at Kayes,
// the job agencies at Bamako), none of the protection actors' own; told
// alone, it gets the protection actors.
func TestDangerBesideAsked(t *testing.T) {
	b, _ := newBot(t)
	for i, tt := range []struct{ say, card string }{
		{"mon oncle m'a chassé de la maison à Kayes, je n'ai pas d'argent. Je veux apprendre la soudure", "IFPI"},
		{"n be sunogo kenema bamako, n b'a fe ka baara soro", "RMO"},
		{"On m'a vendue à une famille à Bamako comme bonne. Je veux partir et trouver un vrai travail.", "RMO"},
		{"je dors dehors à Bamako depuis 3 jours, aidez moi", "1. Association des Maliens Expulsés"},
	} {
		got := text(handle(t, b, Update{ChatID: int64(2900 + i), Kind: Text, Text: tt.say}))
		if !strings.HasPrefix(got, "📞") || !strings.Contains(got, tt.card) {
			t.Errorf("%q: not the number first, or no %s:\n%s", tt.say, tt.card, got)
		}
		if tt.card != "1. Association des Maliens Expulsés" && strings.Contains(got, "Croix Rouge Malienne —") {
			t.Errorf("%q: a protection card beside the need asked:\n%s", tt.say, got)
		}
	}
}
