package search

import "github.com/blevesearch/bleve/v2/search"

// clauses are the searchers a compound searcher of Sira's
// (conjunctionSearcher, disjunctionSearcher) walks, fewest matches first;
// they answer together what bleve's Searcher asks of all of them, as
// bleve's own compounds do.
type clauses []search.Searcher

func (cs clauses) Weight() float64 {
	var rv float64
	for _, c := range cs {
		rv += c.Weight()
	}
	return rv
}

func (cs clauses) SetQueryNorm(qnorm float64) {
	for _, c := range cs {
		c.SetQueryNorm(qnorm)
	}
}

// Count is the sum of the clauses' counts, as bleve's compounds say: a
// worst case.
func (cs clauses) Count() uint64 {
	var sum uint64
	for _, c := range cs {
		sum += c.Count()
	}
	return sum
}

// Close closes every clause and returns the first error.
func (cs clauses) Close() (rv error) {
	for _, c := range cs {
		if err := c.Close(); err != nil && rv == nil {
			rv = err
		}
	}
	return rv
}

func (cs clauses) Min() int { return 0 }

// size is the clauses' sizes summed, for a compound's Size.
func (cs clauses) size() int {
	n := 0
	for _, c := range cs {
		n += c.Size()
	}
	return n
}

// poolSize is the document matches the clauses take from the pool, for a
// compound's DocumentMatchPoolSize.
func (cs clauses) poolSize() int {
	n := 0
	for _, c := range cs {
		n += c.DocumentMatchPoolSize()
	}
	return n
}
