package analysis

import (
	"fmt"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
)

// StemName is the name of the Bambara suffix filter type. Its config:
// "suffixes", the inflections (longest first), and "words", the name of a
// token map of the known words.
const StemName = "sira_bm_stem"

// StemFilter strips inflections (musow → muso, seginna → segin,
// seginnenw → segin, sɔrɔli → sɔrɔ) when what is left is a known word: a
// word that merely ends like a suffix is left alone. It expects folded tokens.
type StemFilter struct {
	suffixes []string
	words    analysis.TokenMap
}

// NewStemFilter returns a filter stripping suffixes (tried longest first)
// off words to the known words.
func NewStemFilter(suffixes []string, words analysis.TokenMap) StemFilter {
	s := slices.Clone(suffixes)
	slices.SortStableFunc(s, func(a, b string) int { return len(b) - len(a) })
	return StemFilter{suffixes: s, words: words}
}

func (f StemFilter) knownWord(w string) bool { _, ok := f.words[w]; return ok }

// Stem returns the known stem of a folded word, or the word itself.
func (f StemFilter) Stem(w string) string {
	for range 2 { // seginnenw: -w, then -nen
		if f.knownWord(w) {
			return w
		}
		stripped := false
		for _, s := range f.suffixes {
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
	if f.knownWord(stem) {
		return true
	}
	for _, s := range f.suffixes {
		if inner, ok := strings.CutSuffix(stem, s); ok && len(inner) >= 3 && f.knownWord(inner) {
			return true
		}
	}
	return false
}

// Filter implements analysis.TokenFilter.
func (f StemFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	for _, t := range input {
		// A stem is the word less its suffixes: a prefix of the term,
		// kept without a copy, capped so that appending to it copies.
		n := len(f.Stem(string(t.Term)))
		t.Term = t.Term[:n:n]
	}
	return input
}

// tokenMap reads the token map a component's config names under key.
func tokenMap(config map[string]interface{}, key string, cache *registry.Cache) (analysis.TokenMap, error) {
	name, ok := config[key].(string)
	if !ok {
		return nil, fmt.Errorf("config %q: want the name of a token map", key)
	}
	return cache.TokenMapNamed(name)
}

func init() {
	err := registry.RegisterTokenFilter(StemName, func(config map[string]interface{}, cache *registry.Cache) (analysis.TokenFilter, error) {
		suffixes, err := stringsOf(config, "suffixes")
		if err != nil {
			return nil, fmt.Errorf("%s: %w", StemName, err)
		}
		words, err := tokenMap(config, "words", cache)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", StemName, err)
		}
		return NewStemFilter(suffixes, words), nil
	})
	if err != nil {
		panic(err)
	}
}
