package search

import (
	"github.com/blevesearch/bleve/v2/search"
	indexapi "github.com/blevesearch/bleve_index_api"
)

// A conjunctionSearcher is bleve's ConjunctionSearcher as an allOf makes
// it (no scores broken down, no term vectors): the same walk over its
// clauses' searchers, ordered as bleve orders them, scored as bleve's
// ConjunctionQueryScorer scores (the clauses' scores summed in their
// order, into the first clause's match), in one allocation where bleve's
// constructor makes four. It compares the documents its clauses are at by
// their numbers, as disjunctionSearcher does. TestCompoundAsBleve checks
// its hits and scores against bleve's own searcher's.
//
// Its walk follows bleve's search/searcher/search_conjunction.go
// (Copyright (c) 2014 Couchbase, Inc., Apache License 2.0).
type conjunctionSearcher struct {
	clauses     // its clauses' searchers, fewest matches first
	positions   // where the clauses are
	maxIDIdx    int
	initialized bool
	// docs and ats hold currs and at for up to roomClauses clauses.
	docs [roomClauses]*search.DocumentMatch
	ats  [roomClauses]uint64
}

// newConjunctionSearcher returns the conjunction of ss, which it orders
// and keeps: ss must be the caller's own list. It returns nil when bleve's
// own searcher is to join them: options that ask more than scores
// (plainOptions), fewer than two, or one that bleve's constructor would
// ask to optimize the conjunction (index.Optimizable: a term searcher of
// scorch's postings).
func newConjunctionSearcher(ss []search.Searcher, o search.SearcherOptions) *conjunctionSearcher {
	if len(ss) < 2 || !plainOptions(o) {
		return nil
	}
	for _, s := range ss {
		if _, ok := s.(indexapi.Optimizable); ok {
			return nil
		}
	}
	s := &conjunctionSearcher{clauses: orderedClauses(ss)}
	n := len(ss)
	if n <= roomClauses {
		s.currs, s.at = s.docs[:n:n], s.ats[:n:n]
	} else {
		s.currs, s.at = make([]*search.DocumentMatch, n), make([]uint64, n)
	}
	return s
}

func (s *conjunctionSearcher) initSearchers(ctx *search.SearchContext) error {
	if err := s.start(ctx, s.clauses); err != nil {
		return err
	}
	s.initialized = true
	return nil
}

func (s *conjunctionSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	if !s.initialized {
		if err := s.initSearchers(ctx); err != nil {
			return nil, err
		}
	}
	var rv *search.DocumentMatch
outer:
	for s.maxIDIdx < len(s.currs) && s.currs[s.maxIDIdx] != nil {
		maxID := s.at[s.maxIDIdx]
		for i := 0; i < len(s.currs); {
			if s.currs[i] == nil {
				return nil, nil
			}
			if i == s.maxIDIdx || s.at[i] == maxID {
				i++
				continue
			}
			if maxID < s.at[i] {
				// a new maximum: the clauses before it were at the old one
				s.maxIDIdx = i
				for x := 0; x < i; x++ {
					if err := s.advance(ctx, x, s.clauses[x], s.currs[i].IndexInternalID); err != nil {
						return nil, err
					}
				}
				continue outer
			}
			if err := s.advance(ctx, i, s.clauses[i], s.currs[s.maxIDIdx].IndexInternalID); err != nil {
				return nil, err
			}
			// clause i is looked at again, advanced
		}
		// every clause is at the document: bleve's ConjunctionQueryScorer
		var sum float64
		for _, dm := range s.currs {
			sum += dm.Score
		}
		rv = s.currs[0]
		rv.Score = sum
		for i, c := range s.clauses {
			if s.currs[i] != rv {
				ctx.DocumentMatchPool.Put(s.currs[i])
			}
			dm, err := c.Next(ctx)
			if err != nil {
				return nil, err
			}
			s.set(i, dm)
		}
		break
	}
	return rv, nil
}

func (s *conjunctionSearcher) Advance(ctx *search.SearchContext, id indexapi.IndexInternalID) (*search.DocumentMatch, error) {
	if !s.initialized {
		if err := s.initSearchers(ctx); err != nil {
			return nil, err
		}
	}
	if err := s.advanceAll(ctx, s.clauses, id); err != nil {
		return nil, err
	}
	return s.Next(ctx)
}

func (s *conjunctionSearcher) Size() int { return 128 + s.clauses.size() }

func (s *conjunctionSearcher) DocumentMatchPoolSize() int { return len(s.currs) + s.clauses.poolSize() }
