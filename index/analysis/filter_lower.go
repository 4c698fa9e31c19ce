package analysis

import (
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/registry"
)

// LowerName is the name of the lower-case token filter.
const LowerName = "sira_lower"

// LowerFilter lower-cases tokens as bleve's lower-case filter does, and
// gives it only the tokens that hold a capital or a character beyond
// ASCII: a word of lower-case ASCII letters, most words, it leaves as it
// is, as bleve's would, without reading it rune by rune
// (TestLowerAsBleve).
type LowerFilter struct {
	lower *lowercase.LowerCaseFilter
}

// Filter implements analysis.TokenFilter.
func (f LowerFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	for i, t := range input {
		if !lowerASCII(t.Term) {
			f.lower.Filter(input[i : i+1])
		}
	}
	return input
}

// lowerASCII reports whether a term is ASCII with no capital.
func lowerASCII(term []byte) bool {
	for _, b := range term {
		if b >= utf8.RuneSelf || 'A' <= b && b <= 'Z' {
			return false
		}
	}
	return true
}

func init() {
	err := registry.RegisterTokenFilter(LowerName, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return LowerFilter{lower: lowercase.NewLowerCaseFilter()}, nil
	})
	if err != nil {
		panic(err)
	}
}
