package fold

import "testing"

func TestString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Ségou", "segou"},
		{"Se\u0301gou", "segou"}, // decomposed
		{"Bamakɔ", "bamako"},
		{"BAMAKÒ", "bamako"},
		{"jɛgɛmara", "jegemara"},
		{"ɲini", "nyini"},
		{"Ɲɛnajɛ", "nyenaje"},
		{"sɔ̀ngɔ", "songo"}, // tone mark on ɔ
		{"maŋgoro", "manggoro"},
		{"b’a fɛ", "b'a fe"},
		{"k`a", "k'a"},
		{"Main d’œuvre", "main d'oeuvre"},
		{"électricité", "electricite"},
		{"plain ascii", "plain ascii"},
		{"MiXed", "mixed"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := String(tt.in); got != tt.want {
			t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFolded(t *testing.T) {
	for s, want := range map[string]bool{"soudure": true, "a b-1": true, "Soudure": false, "é": false, "k`a": false, "": true} {
		if got := Folded(s); got != want {
			t.Errorf("Folded(%q) = %v", s, got)
		}
		if got := Folded([]byte(s)); got != want {
			t.Errorf("Folded([]byte(%q)) = %v", s, got)
		}
	}
}

// TestLatinAsGeneral checks latin, the rune-by-rune path, against general
// for every rune it takes, alone and beside a letter, a mark or a Bambara
// letter.
func TestLatinAsGeneral(t *testing.T) {
	next := []string{"", "a", "E", "\u0301", "\u0323", "ɛ", "’", "é"}
	var runes []rune
	for r := rune(0); r < latinEnd; r++ {
		runes = append(runes, r)
	}
	for r := rune(punctuation); r < punctuationEnd; r++ {
		runes = append(runes, r)
	}
	for _, r := range runes {
		for _, n := range next {
			for _, s := range []string{string(r) + n, n + string(r)} {
				got, ok := latin(s)
				if !ok {
					t.Errorf("latin(%q) declined", s)
					continue
				}
				if want := general(s); got != want {
					t.Errorf("latin(%q) = %q, general %q", s, got, want)
				}
			}
		}
	}
	for _, s := range []string{"ߓߊߊߙߊ", "Ελλάδα", "\xff", "a\uFFFDb"} {
		if _, ok := latin(s); ok {
			t.Errorf("latin(%q) took a text beyond its runes", s)
		}
	}
}

// FuzzString checks String against general on any text.
func FuzzString(f *testing.F) {
	for _, s := range []string{"Ségou", "Se\u0301gou", "sɔ̀ngɔ", "Main d’œuvre", "ǅemal", "Ǆ", "ﬁ", "Å", "\u212b", "ߓߊߊߙߊ", "\xffé"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := String(s), general(s); got != want {
			t.Errorf("String(%q) = %q, general %q", s, got, want)
		}
	})
}

func TestDigits(t *testing.T) {
	for s, want := range map[string]bool{"10": true, "2500": true, "": false, "10ans": false, "-5": false, "dix": false} {
		if got := Digits(s); got != want {
			t.Errorf("Digits(%q) = %v, want %v", s, got, want)
		}
	}
}
