package analysis

import (
	"fmt"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"

	"sira/index/bambara"
)

// ContractionName is the name of the Bambara contraction char filter type.
// Its config: "contractions", each one-letter word with its full form.
const ContractionName = "sira_bm_contraction"

// ContractionFilter expands b'a, k'a, n'a… before tokenizing: the unicode
// tokenizer would otherwise keep "b'a" as one word.
type ContractionFilter struct{ contractions bambara.Contractions }

// Filter implements analysis.CharFilter.
func (f ContractionFilter) Filter(input []byte) []byte {
	s := string(input)
	if e := f.contractions.Expand(s); e != s {
		return []byte(e)
	}
	return input // nothing to expand (most text): no second copy
}

func init() {
	err := registry.RegisterCharFilter(ContractionName, func(config map[string]interface{}, _ *registry.Cache) (analysis.CharFilter, error) {
		raw, ok := config["contractions"].(map[string]interface{})
		if !ok {
			return nil, fmt.Errorf("%s: config \"contractions\": want a map of letters to words", ContractionName)
		}
		c := bambara.Contractions{}
		for k, v := range raw {
			r, size := utf8.DecodeRuneInString(k)
			w, ok := v.(string)
			if size != len(k) || !ok {
				return nil, fmt.Errorf("%s: contraction %q: want one letter and its word", ContractionName, k)
			}
			c[r] = w
		}
		return ContractionFilter{c}, nil
	})
	if err != nil {
		panic(err)
	}
}
