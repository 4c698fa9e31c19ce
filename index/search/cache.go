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
	m        map[string][]string
}

func newTermCache(a bleveanalysis.Analyzer, keep func(text string, terms []string) bool) *termCache {
	return &termCache{analyzer: a, keep: keep, m: map[string][]string{}}
}

func (c *termCache) terms(text string) []string {
	c.mu.Lock()
	terms, ok := c.m[text]
	c.mu.Unlock()
	if ok {
		return terms
	}
	for _, t := range c.analyzer.Analyze([]byte(text)) {
		terms = append(terms, string(t.Term))
	}
	if !c.keep(text, terms) {
		return terms
	}
	c.mu.Lock()
	if len(c.m) >= maxCached {
		clear(c.m)
	}
	c.m[text] = terms
	c.mu.Unlock()
	return terms
}

// has reports whether the cache keeps a text.
func (c *termCache) has(text string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	_, ok := c.m[text]
	return ok
}
