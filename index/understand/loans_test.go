package understand

import (
	"slices"
	"testing"

	"sira/seeds"
)

// heard reads a French word as it sounds (fr/heard.tsv), then writes it as
// Bambara does (bm/loan_sounds.tsv); pluralAfter knows a plural noun after
// an indefinite article by fr/plural_endings.tsv.
func TestHeardAndPlural(t *testing.T) {
	v := plainReader(t).v
	for w, want := range map[string]string{"credits": "credi", "atelier": "atelie", "formation": "formasion", "peinture": "pentire"} {
		if got := v.heard(w); got != want {
			t.Errorf("heard(%q) = %q, want %q", w, got, want)
		}
	}
	for _, tt := range []struct {
		indefinite bool
		w          string
		want       bool
	}{
		{true, "tissus", true}, {true, "travaux", true}, {true, "tissu", false}, {false, "tissus", false},
	} {
		if got := v.pluralAfter(tt.indefinite, tt.w); got != tt.want {
			t.Errorf("pluralAfter(%v, %q) = %v, want %v", tt.indefinite, tt.w, got, tt.want)
		}
	}
}

// elided splits an elided word glued to a known word only before a letter
// of fr/elided_before.tsv.
func TestElidedBefore(t *testing.T) {
	rd := testReader(t, words{"emploi": 10, "hopital": 10, "tissage": 10})
	for _, tt := range []struct{ w, e, rest string }{
		{"demploi", "d", "emploi"}, {"lhopital", "l", "hopital"}, {"dtissage", "", ""},
	} {
		if e, rest := rd.elided(tt.w); e != tt.e || rest != tt.rest {
			t.Errorf("elided(%q) = %q, %q; want %q, %q", tt.w, e, rest, tt.e, tt.rest)
		}
	}
}

// sms reads a danger told in SMS French (fr/sms.tsv, and "j" glued to a
// verb before a consonant) as the same danger written in full: the need
// is protection either way; a word known ("jsui", fr/function.tsv;
// "jeune") or a "j" before a vowel stays as written.
func TestSMSDanger(t *testing.T) {
	rd := plainReader(t)
	for _, tt := range []struct{ q, need string }{
		{"jdor dehors depui 3 jour a bamako jsui rentré du maroc aidez moi svp", seeds.NeedProtection},
		{"je dors dehors depuis 3 jours a bamako", seeds.NeedProtection},
		{"on ma vandu a un patron a sikasso", seeds.NeedProtection},
		{"ils mon chasé de la maison, on dor dehor a bamako", seeds.NeedProtection},
		{"un pasur nou a abandoné a kayes", seeds.NeedProtection},
		{"jveu aprendre la soudure a kayes", seeds.NeedTraining},
	} {
		if q := rd.Understand(tt.q); q.Need != tt.need {
			t.Errorf("Understand(%q).Need = %q, want %q", tt.q, q.Need, tt.need)
		}
	}
	for _, tt := range []struct {
		w    string
		want []string
	}{
		{"jdor", []string{"je", "dors"}}, {"jdors", []string{"je", "dors"}}, {"jsui", nil}, {"jeune", nil}, {"jardin", nil},
	} {
		if got := rd.gluedI(tt.w); !slices.Equal(got, tt.want) {
			t.Errorf("gluedI(%q) = %q, want %q", tt.w, got, tt.want)
		}
	}
}
