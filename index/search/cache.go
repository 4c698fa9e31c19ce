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
// recur from question to question.
type termCache struct {
	analyzer bleveanalysis.Analyzer
	mu       sync.Mutex
	m        map[string][]string
}

func newTermCache(a bleveanalysis.Analyzer) *termCache {
	return &termCache{analyzer: a, m: map[string][]string{}}
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
	c.mu.Lock()
	if len(c.m) >= maxCached {
		clear(c.m)
	}
	c.m[text] = terms
	c.mu.Unlock()
	return terms
}
