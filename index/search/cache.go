package search

import (
	"sync"

	bleveanalysis "github.com/blevesearch/bleve/v2/analysis"
)

// maxCached bounds a term cache; past it the cache starts again, so that
// odd words cannot grow it without end.
const maxCached = 20000

// termCache remembers an analyzer's terms for short texts (words, glosses,
// place names): a question looks the same word up several times, and words
// recur from question to question. It keeps only the texts keep accepts,
// those the fiches, the lexicon or the language files hold: a word a person
// typed that none holds (a name, a number, a slip) is analyzed each time it
// is looked up, and forgotten.
type termCache struct {
	analyzer bleveanalysis.Analyzer
	keep     func(text string, terms []string) bool
	mu       sync.Mutex
	m        map[string]cachedTerms
}

// cachedTerms are a kept text's terms, and what the vocabulary says of
// them (wordFacts), read the first time it is asked.
type cachedTerms struct {
	terms []string
	facts wordFacts
}

func newTermCache(a bleveanalysis.Analyzer, keep func(text string, terms []string) bool) *termCache {
	return &termCache{analyzer: a, keep: keep, m: map[string]cachedTerms{}}
}

func (c *termCache) terms(text string) []string {
	terms, _ := c.termsFacts(text, nil)
	return terms
}

// termsFacts returns a text's terms and, given of, what of says of them
// (with factsRead set), asked once a kept text: the vocabulary's answers
// (Index.Holds, Common, Rare) cost no look-up of the terms once a word is
// kept.
func (c *termCache) termsFacts(text string, of func([]string) wordFacts) ([]string, wordFacts) {
	c.mu.Lock()
	e, ok := c.m[text]
	c.mu.Unlock()
	if ok {
		if of != nil && e.facts&factsRead == 0 {
			e.facts = of(e.terms) | factsRead
			c.mu.Lock()
			c.m[text] = e
			c.mu.Unlock()
		}
		return e.terms, e.facts
	}
	for _, t := range c.analyzer.Analyze([]byte(text)) {
		e.terms = append(e.terms, string(t.Term))
	}
	if of != nil {
		e.facts = of(e.terms) | factsRead
	}
	if !c.keep(text, e.terms) {
		return e.terms, e.facts
	}
	c.mu.Lock()
	if len(c.m) >= maxCached {
		clear(c.m)
	}
	c.m[text] = e
	c.mu.Unlock()
	return e.terms, e.facts
}

// has reports whether the cache keeps a text.
func (c *termCache) has(text string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	_, ok := c.m[text]
	return ok
}
