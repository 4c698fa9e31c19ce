package analysis

import (
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
)

// The lower-case filter gives bleve's lower-case filter's terms, for
// every word of the test questions and the fiches, and odd words: capitals
// of every script, a final sigma, letters whose lower case is longer.
func TestLowerAsBleve(t *testing.T) {
	texts := []string{"Je VEUX Apprendre", "ÉCOLE Ségou", "ΟΔΟΣ Σ σ", "ȺȾ aȺ", "İstanbul", "ǅ ǈ", "ⅯⅯ", "ߓߊߊߙߊ", "😀 A", "\xffA", "ABC\xc3"}
	texts = append(texts, corpusLines(t)...)
	var all strings.Builder
	for r := rune(0); r < 0x2D00; r++ {
		all.WriteString(string(r) + "a" + string(r) + " ")
	}
	texts = append(texts, all.String())
	ours, bleves := LowerFilter{lower: lowercase.NewLowerCaseFilter()}, lowercase.NewLowerCaseFilter()
	for _, text := range texts {
		got, want := ours.Filter(WordsTokenizer{}.Tokenize([]byte(text))), bleves.Filter(WordsTokenizer{}.Tokenize([]byte(text)))
		for i := range want {
			if string(got[i].Term) != string(want[i].Term) {
				t.Fatalf("%q: token %d is %q, bleve's %q", text, i, got[i].Term, want[i].Term)
			}
		}
	}
}
