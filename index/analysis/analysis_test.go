package analysis

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"

	"sira/index/lang"
	"sira/index/lexicon"
)

// testMapping is a mapping with Sira's analyzers, from the shipped language
// files and lexicon (their words are not checked here: the loader's check
// needs these analyzers).
func testMapping(t *testing.T) func(analyzer, text string) string {
	t.Helper()
	d, err := lang.Load(lang.Files, func(*lang.Data) (lang.Reader, error) {
		return func(_, w string) []string { return []string{w} }, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	m := bleve.NewIndexMapping()
	if err := Define(m, ResourcesOf(d, lexicon.Default())); err != nil {
		t.Fatal(err)
	}
	return func(analyzer, text string) string {
		a := m.AnalyzerNamed(analyzer)
		if a == nil {
			t.Fatalf("analyzer %s not defined", analyzer)
		}
		var terms []string
		for _, tok := range a.Analyze([]byte(text)) {
			terms = append(terms, string(tok.Term))
		}
		return strings.Join(terms, " ")
	}
}

func TestFrenchAnalyzer(t *testing.T) {
	analyze := testMapping(t)
	tests := []struct{ a, b string }{
		{"électricité", "electricite"},
		{"Ségou", "segou"},
		{"menuiserie métallique", "menuiserie metallique"},
		{"l'électricité", "electricite"},
		{"formations", "formation"},
		{"à Kayes", "Kayes"}, // "à" stays a stop word
		{"maçonnerie", "maconnerie"},
	}
	for _, tt := range tests {
		if x, y := analyze(FrenchAnalyzer, tt.a), analyze(FrenchAnalyzer, tt.b); x != y {
			t.Errorf("%q → %q but %q → %q", tt.a, x, tt.b, y)
		}
	}
}

func TestBambaraAnalyzer(t *testing.T) {
	analyze := testMapping(t)
	tests := []struct{ in, want string }{
		{"N b'a fɛ", "n be a fe"},        // contraction, letters
		{"n b’a fè", "n be a fe"},        // other apostrophe, è
		{"Jɔ̀njago", "jonjago"},          // tone mark
		{"sɛnɛkɛlaw", "senekela"},        // plural of a known word
		{"tungarankɛw", "tungaranke"},    //
		{"seginna sɔrɔli", "segin soro"}, // past -na, nominaliser -li
		{"kɛra", "ke"},                   // past of a two-letter verb
		{"paw", "paw"},                   // unknown stem: left alone
		{"rentré d'Algérie, l’école", "rentre d algerie l ecole"}, // French articles split off
		{"aujourd'hui", "aujourd'hui"},                            // not an article
		{"baarakalan", "baarakalan"},                              // known compound stays whole
		{"nakɔbaarakalan", "nakobaarakalan nakobaara kalan"},      // unknown compound: parts added
		{"finikalali", "finikalali kalali"},                       // unknown modifier: the head, last
		{"kallanyoro", "kallanyoro"},                              // no head in a place name (Ɲɔrɔ)
		{"ߘߋ߲ߡߌߛߍ߲ ߘߍߡߍ", "denmisen deme"},                        // N'Ko
		{"NYINI ɲini", "nyini nyini"},                             // ny and ɲ meet
		{"kalanyɔrɔ kalanyòrò", "kalanyoro kalanyoro"},            // ɔ and ò meet
	}
	for _, tt := range tests {
		if got := analyze(BambaraAnalyzer, tt.in); got != tt.want {
			t.Errorf("sira_bm(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPhoneticKey(t *testing.T) {
	analyze := testMapping(t)
	key := func(w string) string { return analyze(PhoneticAnalyzer, w) }
	same := [][2]string{
		{"chodronerie", "chaudronnerie"},
		{"aprendre", "apprendre"},
		{"segu", "segou"},
		{"coifure", "coiffure"},
		{"maconnerie", "maconerie"},
		{"informatik", "informatique"},
		{"soudur", "soudure"},
		{"electrisite", "electricite"},
		{"batiman", "batiment"},
	}
	for _, p := range same {
		if key(p[0]) != key(p[1]) {
			t.Errorf("key(%q) = %q, key(%q) = %q", p[0], key(p[0]), p[1], key(p[1]))
		}
	}
	if key("couture") == key("coiffure") {
		t.Error("couture and coiffure share a key")
	}
	if got := analyze(PhoneticAnalyzer, "aprendre la chodronerie"); got != key("apprendre")+" "+key("chaudronnerie") {
		t.Errorf("sira_phonetic = %q", got)
	}
}

func TestKeyAnalyzer(t *testing.T) {
	if got := testMapping(t)(KeyAnalyzer, "CFPS ÉCICA"); got != "cfps ecica" {
		t.Errorf("sira_key = %q", got)
	}
}

func TestDefineRejectsBadConfig(t *testing.T) {
	m := bleve.NewIndexMapping()
	err := m.AddCustomTokenFilter("bad", map[string]interface{}{"type": StemName, "suffixes": "w", "words": "none"})
	if err == nil {
		t.Error("a stem filter with suffixes that are no list was defined")
	}
	err = m.AddCustomTokenFilter("bad2", map[string]interface{}{"type": PhoneticName, "rules": []interface{}{[]interface{}{"a"}}})
	if err == nil {
		t.Error("a sound rule of one string was accepted")
	}
}

// An article split off takes a position of its own; the words after it
// move on by one; a text with no article keeps its positions.
func TestArticlePositions(t *testing.T) {
	tokens := func(text string) analysis.TokenStream {
		return WordsTokenizer{}.Tokenize([]byte(text))
	}
	f := ArticleFilter{articles: analysis.TokenMap{"d": true, "l": true}}
	for _, tt := range []struct{ in, want string }{
		{"il rentre d'Algérie et l’école ici", "il:1 rentre:2 d:3 Algérie:4 et:5 l:6 école:7 ici:8"},
		{"aujourd'hui rien", "aujourd'hui:1 rien:2"},
		{"l'école", "l:1 école:2"},
		{"", ""},
	} {
		var got []string
		for _, tok := range f.Filter(tokens(tt.in)) {
			got = append(got, fmt.Sprintf("%s:%d", tok.Term, tok.Position))
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("Filter(%q) = %q, want %q", tt.in, strings.Join(got, " "), tt.want)
		}
	}
}

// The compound filter adds, after an unknown word, the two known words it
// joins, or else the thing its ending names; a stream it splits nothing
// of is returned as it is, and a part has bytes of its own.
func TestCompoundParts(t *testing.T) {
	f := CompoundFilter{
		words: analysis.TokenMap{"baara": true, "kalan": true, "kalali": true, "jege": true},
		heads: analysis.TokenMap{"kalali": true},
	}
	stream := func(words ...string) analysis.TokenStream {
		var out analysis.TokenStream
		for i, w := range words {
			out = append(out, &analysis.Token{Term: []byte(w), Position: i + 1})
		}
		return out
	}
	terms := func(ts analysis.TokenStream) (out []string) {
		for _, t := range ts {
			out = append(out, fmt.Sprintf("%s@%d", t.Term, t.Position))
		}
		return out
	}
	for _, tc := range []struct {
		in   []string
		want []string
	}{
		{[]string{"n", "ye", "baarakalan", "fe"}, []string{"n@1", "ye@2", "baarakalan@3", "baara@3", "kalan@3", "fe@4"}},
		{[]string{"finikalali"}, []string{"finikalali@1", "kalali@1"}}, // its head alone
		{[]string{"jegekalan", "baara"}, []string{"jegekalan@1", "jege@1", "kalan@1", "baara@2"}},
		{[]string{"kalan", "formation"}, []string{"kalan@1", "formation@2"}}, // nothing to split
		{[]string{"baarakal"}, []string{"baarakal@1"}},                       // its ending is no word
	} {
		in := stream(tc.in...)
		got := f.Filter(in)
		if !slices.Equal(terms(got), tc.want) {
			t.Errorf("%q: %q, want %q", tc.in, terms(got), tc.want)
		}
		if len(got) == len(in) && &got[0] != &in[0] {
			t.Errorf("%q: nothing split, the stream copied", tc.in)
		}
		for _, tok := range got {
			if !slices.Contains(in, tok) {
				tok.Term[0] = 'X' // a part
			}
		}
		if !slices.Equal(terms(in), terms(stream(tc.in...))) {
			t.Errorf("%q: a part shares its word's bytes", tc.in)
		}
	}
}
