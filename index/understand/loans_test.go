package understand

import "testing"

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
