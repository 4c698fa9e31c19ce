package bambara

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

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
	c := Contractions{'b': "bɛ", 'k': "ka", 'n': "ni", 't': "tɛ", 'y': "ye"}
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
		if got := c.Expand(tt.in); got != tt.want {
			t.Errorf("Expand(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// expandScan is Expand as it was first written, rune by rune: the
// definition Expand is checked against.
func expandScan(c Contractions, s string) string {
	var b strings.Builder
	prev := ' ' // the rune before the one read: the start counts as a space
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		full, short := c[unicode.ToLower(r)]
		if short && !unicode.IsLetter(prev) {
			if a, an := utf8.DecodeRuneInString(s[i+n:]); strings.ContainsRune(apostrophes, a) {
				if next, _ := utf8.DecodeRuneInString(s[i+n+an:]); unicode.IsLetter(next) {
					b.WriteString(full)
					b.WriteByte(' ')
					i, prev = i+n+an, ' '
					continue
				}
			}
		}
		b.WriteString(s[i : i+n])
		i, prev = i+n, r
	}
	return b.String()
}

func FuzzExpandAsScan(f *testing.F) {
	c := Contractions{'b': "bɛ", 'k': "ka", 'n': "ni", 't': "tɛ", 'y': "ye", 'ɲ': "ɲɛ"}
	for _, s := range []string{"n b'a fɛ", "b'k'a", "B'A", "l'école d'Ali", "(b'a) k’a, n'", "ɲ'a", "b''a", "'b'a'", "\xffb'a", "é'a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := c.Expand(s), expandScan(c, s); got != want {
			t.Errorf("Expand(%q) = %q, a scan %q", s, got, want)
		}
	})
}
func TestToNKo(t *testing.T) {
	tests := []struct{ in, want string }{
		{"bamanankan", "ߓߊߡߊߣߊ߲ߞߊ߲"},                                         // nasal marks
		{"n bɛ se", "ߒ ߓߍ ߛߋ"},                                               // syllabic n alone
		{"ntɛnɛn", "ߒߕߍߣߍ߲"},                                                 // syllabic n before a consonant
		{"baara", "ߓߊ߮ߙߊ"},                                                   // a long vowel takes a long-tone mark
		{"minnu", "ߡߌ߲ߣߎ"},                                                   // nn: the vowel's n, then n
		{"sɔngɔ", "ߛߐ߲ߜ߭ߐ"},                                                  // g is GBA with its dot
		{"bla", "ߓߑߟߊ"},                                                      // a consonant before another has no vowel
		{"I ni cɛ!", "ߌ ߣߌ ߗߍ߹"},                                             // capitals and punctuation
		{"k'a dɛmɛ", "ߞߴߊ ߘߍߡߍ"},                                             // elision
		{"ɲininkali?", "ߢߌߣߌ߲ߞߊߟߌ؟"},                                         // ɲ; the question mark
		{"kalanyɔrɔ", "ߞߊߟߊ߲ߦߐߙߐ"},                                           // standard orthography: ny is n, y
		{"APEJ +22363157238 200.000 FCFA", "APEJ +22363157238 200.000 FCFA"}, // kept
		{"https://t.me/SiraBot sira@mali.org", "https://t.me/SiraBot sira@mali.org"},
		{"(APEJ)", "(APEJ)"},
		{"ℹ️ a tɔw", "ℹ️ ߊ ߕߐߥ"}, // an emoji keeps its variation selector
	}
	for _, tt := range tests {
		if got := ToNKo(tt.in); got != tt.want {
			t.Errorf("ToNKo(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestToNKoReadsBack: what ToNKo writes, Transliterate reads back as the
// same Latin word, for words of every shape Bambara text has.
func TestToNKoReadsBack(t *testing.T) {
	for _, w := range strings.Fields(`bamanankan kalanyɔrɔ ɲininkali sɛbɛnw tungarankɛ seginnenw
		ladilikɛla kunnafoniw sɛgɛsɛgɛra sugandi baarakalanw mobili dilan kalali kɔnɔ yɔrɔ
		minnu denmisɛn ntɛnɛn sɔngɔ wari dɛmɛ lakanani telefɔni bɛɛ jumɛn surunmanw
		hakɛto butɔni daminɛ juma tubabukan walima kelen bla saa baara dɔrɔn`) {
		if got := Transliterate(ToNKo(w)); got != w {
			t.Errorf("Transliterate(ToNKo(%q)) = %q (%q)", w, got, ToNKo(w))
		}
	}
}

func TestIndexApostropheAsIndexAny(t *testing.T) {
	for _, s := range []string{"", "n b'a fɛ", "k’a", "a‘b", "x`y", "aʼb", "sans", "é’", "“guillemets” – tiret…", "\xe2\x80", "\xe2'", "ɛɔɲŋ"} {
		if got, want := indexApostrophe(s), strings.IndexAny(s, apostrophes); got != want {
			t.Errorf("indexApostrophe(%q) = %d, want %d (strings.IndexAny)", s, got, want)
		}
	}
}

// IsNKo, which looks for the lead byte of the N'Ko block, says what
// decoding every rune says: over every rune of the Basic Multilingual
// Plane around a letter, and over broken UTF-8 (a lead byte alone, at the
// end, before another lead byte).
func TestIsNKoAsRunes(t *testing.T) {
	byRunes := func(s string) bool {
		for _, r := range s {
			if r >= 0x07C0 && r <= 0x07FF {
				return true
			}
		}
		return false
	}
	texts := []string{"", "\xdf", "a\xdf", "\xdfa", "\xdf\xdf\x80", "\xe0\xdf\x80", "\xdf\xc0", "bɛ ߒ ߓߊ߯", "n b'a fɛ"}
	for r := rune(0); r < 0x10000; r++ {
		texts = append(texts, "a"+string(r)+"b")
	}
	nko := 0
	for _, s := range texts {
		if got, want := IsNKo(s), byRunes(s); got != want {
			t.Errorf("IsNKo(%q) = %v, decoding its runes %v", s, got, want)
		}
		if byRunes(s) {
			nko++
		}
	}
	if nko != 0x40+3 {
		t.Errorf("%d texts with N'Ko, want the block's 64 and three", nko)
	}
}

// TestVowels: the vowels are nko.tsv's, in Latin and folded.
func TestVowels(t *testing.T) {
	for _, l := range []string{"a", "e", "i", "o", "u", "ɛ", "ɔ"} {
		if !isVowel(l) {
			t.Errorf("isVowel(%q) = false", l)
		}
	}
	for _, l := range []string{"", "n", "ɲ", "y", "w", "gb"} {
		if isVowel(l) {
			t.Errorf("isVowel(%q) = true", l)
		}
	}
	for c := byte('a'); c <= 'z'; c++ {
		if want := strings.IndexByte("aeiou", c) >= 0; FoldedVowel(c) != want {
			t.Errorf("FoldedVowel(%q) = %v, want %v", c, !want, want)
		}
	}
}
