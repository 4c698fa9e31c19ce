package bot

import (
	"strings"
	"testing"
)

func TestVisible(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"for\u200bmation", "formation"},           // zero-width space
		{"\ufeffsoudure", "soudure"},               // byte-order mark
		{"Ka\u200cyes", "Kayes"},                   // zero-width non-joiner
		{"sou\u00addure", "soudure"},               // soft hyphen
		{"\u200fBamako\u200e", "Bamako"},           // bidi marks
		{"Awa\u202e\u2066evil\u2069", "Awaevil"},   // override and isolates
		{"mu\u2060ru", "muru"},                     // word joiner
		{"n b'a fɛ ka kalan", "n b'a fɛ ka kalan"}, // Bambara letters kept
		{"ߒ ߓߊ߯ ߝߍ߬", "ߒ ߓߊ߯ ߝߍ߬"},                 // N'Ko kept
		{"👩\u200d🔧 atelier", "👩\u200d🔧 atelier"},   // a joiner inside an emoji kept
		{"a\xffb", "a\uFFFDb"},                     // not UTF-8
		{"", ""},
	} {
		if got := visible(tt.in); got != tt.want {
			t.Errorf("visible(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestInvisibleCharactersBeforeReading: a question with zero-width and
// bidi characters inside its words gets the answer of the clean question.
func TestInvisibleCharactersBeforeReading(t *testing.T) {
	b, _ := newBot(t)
	clean := text(handle(t, b, Update{ChatID: 31, Kind: Text, Text: "formation soudure a Kayes"}))
	dirty := text(handle(t, b, Update{ChatID: 32, Kind: Text, Text: "\u200fformat\u200bion sou\u00addure a Ka\u200cyes\u200e"}))
	if dirty != clean {
		t.Errorf("with invisible characters:\n%s\nwithout:\n%s", dirty, clean)
	}
	if !strings.Contains(clean, "Kayes") {
		t.Errorf("the clean question was not answered for Kayes:\n%s", clean)
	}
}
