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
