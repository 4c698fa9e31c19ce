package lexicon

import (
	"slices"
	"strings"
	"testing"

	"sira/index/fold"
)

func TestDefaultExcludesUnverified(t *testing.T) {
	l := Default()
	if l.Len() < 430+40 {
		t.Errorf("loaded %d entries, want the 430 sourced rows and Sira's additions", l.Len())
	}
	for _, k := range []string{"mekaniki", "mekanisiyen"} {
		if l.Known(k) {
			t.Errorf("unverified %q was loaded", k)
		}
	}
}

func TestLookupSpellings(t *testing.T) {
	l := Default()
	tests := []struct{ spelling, gloss, concept string }{
		{"kalali", "couture", "metier"},
		{"nakɔbaara", "maraîchage", "metier"},
		{"nakobaara", "maraîchage", "metier"},
		{"jurudon", "emprunt", "financement"},
		{"jɔnjago", "traite", "protection"}, // sira.tsv first
		{"JONJAGO", "traite", "protection"},
		{"tunkaranke", "migrant", "migration"},
		{"tungarankɛ seginnen", "migrant de retour", "migration"},
		{"denmisèn", "enfant", "enfant"},
		{"toro", "souffrance", "protection"}, // tɔɔrɔ, its long vowel written short
	}
	for _, tt := range tests {
		es := l.Lookup(Key(tt.spelling))
		if len(es) == 0 {
			t.Errorf("%q not found", tt.spelling)
			continue
		}
		if es[0].Glosses[0] != tt.gloss || es[0].Concept != tt.concept {
			t.Errorf("%q = %v %s, want %q %s", tt.spelling, es[0].Glosses, es[0].Concept, tt.gloss, tt.concept)
		}
	}
}

func TestShortVowelsKeepOtherWords(t *testing.T) {
	// "ta" (take) is a word of its own: "taa" (go) written short is not it.
	for _, e := range Default().Lookup("ta") {
		if e.Bambara == "taa" {
			t.Errorf("ta finds taa")
		}
	}
}

func TestGlossesDropExamples(t *testing.T) {
	es := Default().Lookup("baarasoro")
	if len(es) == 0 {
		t.Fatal("baarasɔrɔ missing")
	}
	for _, g := range es[0].Glosses {
		if strings.ContainsAny(g, "«»()") {
			t.Errorf("gloss %q keeps an example", g)
		}
	}
}

func TestMatchPhrasesAndHomographs(t *testing.T) {
	l := Default()
	words := strings.Fields(Key("cogo di n bɛ se ka kalali kɛ min"))
	ms := l.Match(words, map[string]bool{"se": true, "min": true, "di": true})
	var got []string
	for _, m := range ms {
		got = append(got, strings.Join(words[m.Start:m.End], " "))
	}
	// "cogo di" is a phrase; "se", "min" and "di" never match alone.
	want := "cogo di|kalali"
	if strings.Join(filter(got, "be", "ka", "ke", "n"), "|") != want {
		t.Errorf("Match = %v, want %s (plus function words)", got, want)
	}
	if !ms[0].Phrase() {
		t.Error("cogo di is not reported as a phrase")
	}
}

// TestMatchSolidPhrases: in Bambara text a phrase written as one word is
// the phrase ("kunsigidilan": kunsigi dilan), unless that word is a key of
// its own or too short to be told from other words; French text is read
// as written.
func TestMatchSolidPhrases(t *testing.T) {
	l := Default()
	tests := []struct {
		text   string
		spaced bool
		want   string // the Bambara of the first entry of each match
	}{
		{"n b'a fɛ ka kunsigidilan dege", true, "kunsigi dilan|dege"},
		{"jiribaara kalan", true, "jiri baara|kalan"},
		{"finikala dege", true, "fini kala|dege"},
		{"baarasɔrɔ", true, "baarasɔrɔ"}, // a key of its own
		{"sojo dege", true, "dege"},      // too short: "so jɔ" is read written apart only
		{"kunsigidilan dege", false, "dege"},
	}
	for _, tt := range tests {
		words := strings.Fields(Key(tt.text))
		var ms []Match
		if tt.spaced {
			ms = l.MatchSpaced(words, map[string]bool{"ka": true, "fe": true})
		} else {
			ms = l.Match(words, map[string]bool{"ka": true, "fe": true})
		}
		var got []string
		for _, m := range ms {
			if b := m.Entries[0].Bambara; b != "n" && b != "bɛ" && b != "a" {
				got = append(got, b)
			}
		}
		if strings.Join(got, "|") != tt.want {
			t.Errorf("%q (spaced %v): %v, want %s", tt.text, tt.spaced, got, tt.want)
		}
	}
}

func filter(list []string, drop ...string) []string {
	var out []string
	for _, x := range list {
		keep := true
		for _, d := range drop {
			if x == d {
				keep = false
			}
		}
		if keep {
			out = append(out, x)
		}
	}
	return out
}

func TestParseErrors(t *testing.T) {
	if _, err := Parse("header\na\tb\tc"); err == nil {
		t.Error("Parse accepted a row with 3 columns")
	}
	l, err := Parse("h\nfoo\tfoo\tbar\tautre\tunverified\nbaz\tbaz\tqux\tautre\tsrc")
	if err != nil || l.Len() != 1 || l.Known("foo") || !l.Known("baz") {
		t.Errorf("Parse kept unverified rows or lost sourced ones: %v", err)
	}
}

// Key leaves a folded text of single spaces as it is, and parts any other
// text's words by single spaces, as strings.Fields reads them.
func TestKeyAsFields(t *testing.T) {
	texts := []string{"", " ", "a", "a b", " a", "a ", "a  b", "a\tb", "a\nb", "a\u00a0b", "a\u2003b", "Jɔnjago", "ni  ce ", "crédit\u0085", "\u3000", "a\vb", "a\fb", "a\rb", "a\x85b", "\xffa", "a  ", "ɲ ɛ"}
	for _, e := range Default().Entries() {
		texts = append(append(append(texts, e.Bambara), e.Keys...), e.Glosses...)
	}
	for _, s := range texts {
		if got, want := Key(s), strings.Join(strings.Fields(fold.String(s)), " "); got != want {
			t.Errorf("Key(%q) = %q, want %q", s, got, want)
		}
	}
}

// Lookup gives a key's entries in the lexicon's order, consecutive or not,
// and a result appended to leaves the lexicon as it was.
func TestLookupEntries(t *testing.T) {
	l, err := Parse("h\nbo\tbo|ba\tsortir\tautre\tsrc\nfa\tfa\tpère\tautre\tsrc\nba\tba\tmère\tautre\tsrc\nbi\tbi|ba\taujourd'hui\tautre\tsrc")
	if err != nil {
		t.Fatal(err)
	}
	glosses := func(es []Entry) (out []string) {
		for _, e := range es {
			out = append(out, e.Glosses...)
		}
		return out
	}
	for key, want := range map[string][]string{
		"ba": {"sortir", "mère", "aujourd'hui"}, // entries 0, 2 and 3
		"bo": {"sortir"},
		"fa": {"père"},
		"zz": nil,
	} {
		if got := glosses(l.Lookup(key)); !slices.Equal(got, want) {
			t.Errorf("Lookup(%q) = %q, want %q", key, got, want)
		}
	}
	_ = append(l.Lookup("bo"), Entry{Glosses: []string{"changé"}})
	if got := glosses(l.Lookup("fa")); !slices.Equal(got, []string{"père"}) {
		t.Errorf("after an append to Lookup(bo), Lookup(fa) = %q", got)
	}
}
