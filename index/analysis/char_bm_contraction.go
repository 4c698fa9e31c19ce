package analysis

import (
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"

	"sira/bambara"
)

// ContractionName is the name of the Bambara contraction char filter.
const ContractionName = "sira_bm_contraction"

// ContractionFilter expands b'a, k'a, n'a… before tokenizing: the unicode
// tokenizer would otherwise keep "b'a" as one word.
type ContractionFilter struct{}

// Filter implements analysis.CharFilter.
func (ContractionFilter) Filter(input []byte) []byte {
	return []byte(bambara.Expand(string(input)))
}

func init() {
	registry.RegisterCharFilter(ContractionName, func(map[string]interface{}, *registry.Cache) (analysis.CharFilter, error) {
		return ContractionFilter{}, nil
	})
}
