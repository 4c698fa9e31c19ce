package analysis

import (
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/fr"
)

// TestPerWordAsChain: a stream through PerWordFilter has the terms its
// filters give run on every token, for the lines of the test sets and the
// fiches, all of them at once, and words said again and again, read one
// after the other by one filter (which keeps the words of the long ones);
// no two tokens share their term's bytes.
func TestPerWordAsChain(t *testing.T) {
	texts := corpusLines(t)
	texts = append(texts, strings.Join(texts, "\n"), strings.Repeat("Formations formation FORMATION électricité électricien ɲɛ ", 40))
	sounds := NewPhoneticFilter([][2]string{{"ph", "f"}, {"qu", "k"}, {"c", "k"}})
	for _, filters := range [][]analysis.TokenFilter{{fr.NewFrenchLightStemmerFilter(), FoldFilter{}}, {FoldFilter{}, sounds}} {
		p := NewPerWordFilter(filters...)
		long := 0
		for _, text := range texts {
			got, want := p.Filter(WordsTokenizer{}.Tokenize([]byte(text))), WordsTokenizer{}.Tokenize([]byte(text))
			for _, f := range filters {
				want = f.Filter(want)
			}
			if len(got) != len(want) {
				t.Fatalf("%.40q: %d tokens, the chain's %d", text, len(got), len(want))
			}
			for i := range want {
				if string(got[i].Term) != string(want[i].Term) {
					t.Fatalf("%.40q: token %d is %q, the chain's %q", text, i, got[i].Term, want[i].Term)
				}
				for j := range got[i].Term {
					got[i].Term[j] = '#' // a later token of the word keeps its own bytes
				}
			}
			if len(got) >= perWordFrom {
				long++
			}
		}
		if long < 50 {
			t.Errorf("%d long streams", long)
		}
	}
}
