package analysis

import (
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"

	"sira/bambara"
)

// NKoName is the name of the N'Ko transliteration char filter.
const NKoName = "sira_nko"

// NKoFilter writes N'Ko text in Latin letters, so that a question in N'Ko
// meets the same lexicon and gazetteer as one typed in Latin.
type NKoFilter struct{}

// Filter implements analysis.CharFilter.
func (NKoFilter) Filter(input []byte) []byte {
	return []byte(bambara.Transliterate(string(input)))
}

func init() {
	err := registry.RegisterCharFilter(NKoName, func(map[string]interface{}, *registry.Cache) (analysis.CharFilter, error) {
		return NKoFilter{}, nil
	})
	if err != nil {
		panic(err)
	}
}
