package analysis

import (
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"

	"sira/index/fold"
)

// FoldName is the name of the folding token filter.
const FoldName = "sira_fold"

// FoldFilter reduces each token to its matching key. It is a token filter,
// not bleve's asciifolding char filter, so that it runs after stop words
// ("à" stays a stop word) and leaves highlight offsets alone.
type FoldFilter struct{}

// Filter implements analysis.TokenFilter.
func (FoldFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	for _, t := range input {
		if !fold.Folded(t.Term) {
			t.Term = []byte(fold.String(string(t.Term)))
		}
	}
	return input
}

func init() {
	err := registry.RegisterTokenFilter(FoldName, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return FoldFilter{}, nil
	})
	if err != nil {
		panic(err)
	}
}
