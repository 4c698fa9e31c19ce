package analysis

import (
	"strings"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"

	"sira/lexicon"
)

// PluralName is the name of the Bambara plural filter.
const PluralName = "sira_bm_plural"

// PluralFilter strips the plural suffix -w (musow → muso) when what is left
// is a known word: a word that merely ends in w is left alone.
type PluralFilter struct {
	lex *lexicon.Lexicon
}

// Filter implements analysis.TokenFilter. It expects folded tokens.
func (f PluralFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	for _, t := range input {
		term := string(t.Term)
		if len(term) > 2 && strings.HasSuffix(term, "w") && !f.lex.Known(term) && f.lex.Known(term[:len(term)-1]) {
			t.Term = t.Term[:len(t.Term)-1]
		}
	}
	return input
}

func init() {
	registry.RegisterTokenFilter(PluralName, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return PluralFilter{lex: lexicon.Default()}, nil
	})
}
