package bambara

import "testing"

func TestTransliterate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"ߓߡߊߣߊ߲ߞߊ߲", "bamanankan"}, // omitted vowel, nasal marks
		{"ߞߎߟߌߞߏߙߏ", "kulikoro"},
		{"ߒ ߓߍ ߛߋ ߞߊ ߞߊߟߊߟߌ ߞߊߟߊ߲ ߡߌ߲ ߞߊߦߌ", "n bɛ se ka kalali kalan min kayi"},
		{"ߘߋ߲ߡߌߛߍ߲ ߘߍߡߍ ߛߌߞߊߛߏ", "denmisɛn dɛmɛ sikaso"},
		{"ߓߊߊߙߊ ߢߌߣߌ ߓߊߡߊߞߐ", "baara ɲini bamakɔ"},
		{"ߛߊ߯", "saa"},                 // long tone doubles the vowel
		{"ߓߑߟߊ", "bla"},                // dagbasinna: no vowel copied
		{"ߞߊ߫", "ka"},                  // short tone dropped
		{"Bamako ߞߊߦߌ", "Bamako kayi"}, // Latin text kept
		{"plain", "plain"},
	}
	for _, tt := range tests {
		if got := Transliterate(tt.in); got != tt.want {
			t.Errorf("Transliterate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestExpand(t *testing.T) {
	tests := []struct{ in, want string }{
		{"n b'a fɛ", "n bɛ a fɛ"},
		{"jɔn bɛ se k'a dɛmɛ", "jɔn bɛ se ka a dɛmɛ"},
		{"muso dɔ n’a denw", "muso dɔ ni a denw"},
		{"a t`a fɛ", "a tɛ a fɛ"},
		{"y'a di", "ye a di"},
		{"B'A FE", "bɛ A FE"},
		{"l'école d'Ali", "l'école d'Ali"},   // French elisions are not Bambara contractions
		{"(b'a) k’a, n'", "(bɛ a) ka a, n'"}, // after any non-letter; none at the end
		{"ɲɛ b'a", "ɲɛ bɛ a"},                // after a letter of any script
	}
	for _, tt := range tests {
		if got := Expand(tt.in); got != tt.want {
			t.Errorf("Expand(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestStop(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"ka", true}, {"la", true}, {"jumen", true},
		{"kama", true},                                      // postposition: for, in order to
		{"koson", true},                                     // postposition: because of
		{"kalan", false}, {"jago", false}, {"baara", false}, // content words
	}
	for _, tt := range tests {
		if got := Stop(tt.w); got != tt.want {
			t.Errorf("Stop(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}
