package analysis

import (
	"strings"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"

	"sira/lexicon"
)

// StemName is the name of the Bambara suffix filter.
const StemName = "sira_bm_stem"

// suffixes are Bambara's common inflections, longest first: plural -w,
// past -ra/-la/-na, participle -len/-nen, nominaliser -li/-ni.
var suffixes = []string{"len", "nen", "ra", "la", "na", "li", "ni", "w"}

// StemFilter strips inflections (musow → muso, seginna → segin,
// seginnenw → segin, sɔrɔli → sɔrɔ) when what is left is a known word: a
// word that merely ends like a suffix is left alone. It expects folded tokens.
type StemFilter struct {
	lex *lexicon.Lexicon
}

// Stem returns the known stem of a folded word, or the word itself.
func (f StemFilter) Stem(w string) string {
	for range 2 { // seginnenw: -w, then -nen
		if f.lex.Known(w) {
			return w
		}
		stripped := false
		for _, s := range suffixes {
			stem, ok := strings.CutSuffix(w, s)
			if ok && len(stem) >= 2 && f.known(stem) {
				w, stripped = stem, true
				break
			}
		}
		if !stripped {
			return w
		}
	}
	return w
}

// known accepts a stem that is a word, or that still carries one more suffix
// over a word (seginnen over segin).
func (f StemFilter) known(stem string) bool {
	if f.lex.Known(stem) {
		return true
	}
	for _, s := range suffixes {
		if inner, ok := strings.CutSuffix(stem, s); ok && len(inner) >= 3 && f.lex.Known(inner) {
			return true
		}
	}
	return false
}

// Filter implements analysis.TokenFilter.
func (f StemFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	for _, t := range input {
		t.Term = []byte(f.Stem(string(t.Term)))
	}
	return input
}

func init() {
	registry.RegisterTokenFilter(StemName, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return StemFilter{lex: lexicon.Default()}, nil
	})
}
