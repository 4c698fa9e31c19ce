package search

import (
	"cmp"
	"math"
	"slices"

	"github.com/blevesearch/bleve/v2/search"
	indexapi "github.com/blevesearch/bleve_index_api"
)

// clauses are the searchers a compound searcher of Sira's
// (conjunctionSearcher, disjunctionSearcher) walks, fewest matches first;
// they answer together what bleve's Searcher asks of all of them, as
// bleve's own compounds do.
type clauses []search.Searcher

// orderedClauses orders ss, the caller's own list, as bleve's compounds
// do (fewest matches first; bleve's sort.Sort is an insertion sort at
// these lengths, stable as this one is) and normalises their weights as
// they do.
func orderedClauses(ss []search.Searcher) clauses {
	slices.SortStableFunc(ss, func(a, b search.Searcher) int { return cmp.Compare(a.Count(), b.Count()) })
	var sumOfSquaredWeights float64
	for _, c := range ss {
		sumOfSquaredWeights += c.Weight()
	}
	cs := clauses(ss)
	cs.SetQueryNorm(1.0 / math.Sqrt(sumOfSquaredWeights))
	return cs
}

// A position is where one clause is: its current match and the number of
// its document (booleanSearcher's must and should).
type position struct {
	curr *search.DocumentMatch
	at   uint64
}

// set makes dm the clause's current match.
func (p *position) set(dm *search.DocumentMatch) {
	p.curr = dm
	if dm != nil {
		p.at = dm.IndexInternalID.Value()
	}
}

// next moves the clause c, whose current match p holds, to its next match,
// the current one given back to the pool unless it is kept (the match a
// search returns; the pool takes no nil).
func (p *position) next(ctx *search.SearchContext, c search.Searcher, kept *search.DocumentMatch) error {
	if p.curr != kept {
		ctx.DocumentMatchPool.Put(p.curr)
	}
	dm, err := c.Next(ctx)
	if err != nil {
		return err
	}
	p.set(dm)
	return nil
}

// advance moves the clause c, whose current match p holds, to its first
// match at or after id, the current one given back to the pool.
func (p *position) advance(ctx *search.SearchContext, c search.Searcher, id indexapi.IndexInternalID) error {
	ctx.DocumentMatchPool.Put(p.curr)
	dm, err := c.Advance(ctx, id)
	if err != nil {
		return err
	}
	p.set(dm)
	return nil
}

// positions are where a compound's clauses are: each one's current match
// and the number of its document, compared as numbers.
type positions struct {
	currs []*search.DocumentMatch
	at    []uint64 // the number of each of currs' documents
}

// set makes dm clause i's current match.
func (ps *positions) set(i int, dm *search.DocumentMatch) {
	ps.currs[i] = dm
	if dm != nil {
		ps.at[i] = dm.IndexInternalID.Value()
	}
}

// start moves every clause of cs to its first match, the matches it was
// at returned to the pool.
func (ps *positions) start(ctx *search.SearchContext, cs clauses) error {
	for i, c := range cs {
		if ps.currs[i] != nil {
			ctx.DocumentMatchPool.Put(ps.currs[i])
		}
		dm, err := c.Next(ctx)
		if err != nil {
			return err
		}
		ps.set(i, dm)
	}
	return nil
}

// advance moves clause c, the i-th, to its first match at or after id,
// the match it was at returned to the pool.
func (ps *positions) advance(ctx *search.SearchContext, i int, c search.Searcher, id indexapi.IndexInternalID) error {
	if ps.currs[i] != nil {
		ctx.DocumentMatchPool.Put(ps.currs[i])
	}
	dm, err := c.Advance(ctx, id)
	if err != nil {
		return err
	}
	ps.set(i, dm)
	return nil
}

// advanceAll moves every clause of cs that is at no match or before the
// document id to its first match at or after id (advance); the others
// stay.
func (ps *positions) advanceAll(ctx *search.SearchContext, cs clauses, id indexapi.IndexInternalID) error {
	to := id.Value()
	for i, c := range cs {
		if ps.currs[i] != nil && ps.at[i] >= to {
			continue
		}
		if err := ps.advance(ctx, i, c, id); err != nil {
			return err
		}
	}
	return nil
}

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
