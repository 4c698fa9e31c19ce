package analysis

import (
	"fmt"
	"sync"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
)

// PerWordName is the name of the filter that runs a chain of filters once
// a word.
const PerWordName = "sira_per_word"

// PerWordFilter runs its filters, in order, once on each word (term) of
// the long streams it reads — the fiches' texts, which say the same words
// many times over — and gives the word's other tokens the term that came
// out, kept for the analyzer's life: bleve's French light stemmer makes
// slices of runes for every token. Its filters must each give one token
// for one, its term read from the term alone (stemmers, folding, sound
// keys), so the terms are those the chain gives (TestPerWordAsChain). A
// short stream, a question's, goes through the chain as it is.
type PerWordFilter struct {
	filters []analysis.TokenFilter
	kept    *keptTerms
}

// NewPerWordFilter returns a filter running filters once a word, none yet
// kept.
func NewPerWordFilter(filters ...analysis.TokenFilter) PerWordFilter {
	return PerWordFilter{filters: filters, kept: &keptTerms{terms: map[string]string{}}}
}

// keptTerms are the terms the chain gave the words of long streams, by
// word; read by the analysis workers and the questions at once.
type keptTerms struct {
	mu    sync.RWMutex
	terms map[string]string
}

const (
	// perWordFrom is the fewest tokens of a stream whose words are looked
	// up among those kept: below it, a question's few words, the look-ups
	// cost more than they spare.
	perWordFrom = 32
	// maxKeptWords bounds the words kept: the fiches have a few thousand,
	// and long messages must not make the table grow for ever.
	maxKeptWords = 1 << 16
)

// Filter implements analysis.TokenFilter.
func (p PerWordFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	if len(input) < perWordFrom {
		return p.chain(input)
	}
	n := 0
	for _, t := range input {
		n += len(t.Term)
	}
	var (
		copies = make([]byte, 0, n) // the terms given from others, each its own bytes
		fresh  map[string]int       // the words none kept: where their first token is in first
		first  analysis.TokenStream // the first token of each, for the chain
		later  []int                // the other tokens of those words, in input
	)
	p.kept.mu.RLock()
	for i, t := range input {
		if term, ok := p.kept.terms[string(t.Term)]; ok {
			copies = copyTerm(t, copies, term)
			continue
		}
		if _, ok := fresh[string(t.Term)]; ok {
			later = append(later, i)
			continue
		}
		if fresh == nil {
			fresh = map[string]int{}
		}
		fresh[string(t.Term)] = len(first)
		first = append(first, t)
	}
	p.kept.mu.RUnlock()
	if len(first) == 0 {
		return input
	}
	words := make([]string, len(first))
	for i, t := range first {
		words[i] = string(t.Term)
	}
	p.chain(first)
	for _, i := range later {
		t := input[i]
		copies = copyTerm(t, copies, first[fresh[string(t.Term)]].Term)
	}
	p.kept.mu.Lock()
	for i, t := range first {
		if len(p.kept.terms) < maxKeptWords {
			p.kept.terms[words[i]] = string(t.Term)
		}
	}
	p.kept.mu.Unlock()
	return input
}

// chain runs the filters on every token of input.
func (p PerWordFilter) chain(input analysis.TokenStream) analysis.TokenStream {
	for _, f := range p.filters {
		input = f.Filter(input)
	}
	return input
}

// copyTerm gives t a copy of term, appended to copies, which it returns.
func copyTerm[T string | []byte](t *analysis.Token, copies []byte, term T) []byte {
	start := len(copies)
	copies = append(copies, term...)
	t.Term = copies[start:len(copies):len(copies)]
	return copies
}

func init() {
	err := registry.RegisterTokenFilter(PerWordName, func(config map[string]interface{}, cache *registry.Cache) (analysis.TokenFilter, error) {
		names, err := stringsOf(config, "filters")
		if err != nil {
			return nil, fmt.Errorf("%s: %w", PerWordName, err)
		}
		filters := make([]analysis.TokenFilter, len(names))
		for i, name := range names {
			if filters[i], err = cache.TokenFilterNamed(name); err != nil {
				return nil, fmt.Errorf("%s: %w", PerWordName, err)
			}
		}
		return NewPerWordFilter(filters...), nil
	})
	if err != nil {
		panic(err)
	}
}
