package search

import (
	"math"

	"github.com/blevesearch/bleve/v2/search"
	indexapi "github.com/blevesearch/bleve_index_api"
)

// A booleanSearcher is bleve's BooleanSearcher as both makes it: a must
// and a should of minimum 0, no must-not, no scores broken down. Every
// document the must matches is a hit; where the should matches it too,
// its score is the sum of both, as bleve's ConjunctionQueryScorer sums
// them into the must's match. The walk is bleve's, the should advanced to
// each document of the must it trails, the documents compared by their
// numbers; in one allocation where bleve's constructor makes three.
// TestCompoundAsBleve checks its hits and scores against bleve's own
// searcher's.
//
// Its walk follows bleve's search/searcher/search_boolean.go
// (Copyright (c) 2014 Couchbase, Inc., Apache License 2.0).
type booleanSearcher struct {
	must, should      search.Searcher
	atMust, atShould  position // where each is
	initialized, done bool
}

// newBooleanSearcher returns the boolean searcher of must and should, or
// nil when bleve's own is to join them: options that ask more than scores
// (plainOptions), or a should that may require a match (Min above 0).
func newBooleanSearcher(must, should search.Searcher, o search.SearcherOptions) *booleanSearcher {
	if should.Min() != 0 || !plainOptions(o) {
		return nil
	}
	s := &booleanSearcher{must: must, should: should}
	s.SetQueryNorm(1.0 / math.Sqrt(must.Weight()+should.Weight()))
	return s
}

func (s *booleanSearcher) initSearchers(ctx *search.SearchContext) error {
	if err := s.atMust.next(ctx, s.must, nil); err != nil {
		return err
	}
	if err := s.atShould.next(ctx, s.should, nil); err != nil {
		return err
	}
	s.initialized = true
	return nil
}

func (s *booleanSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	if s.done {
		return nil, nil
	}
	if !s.initialized {
		if err := s.initSearchers(ctx); err != nil {
			return nil, err
		}
	}
	rv := s.atMust.curr
	if rv == nil {
		s.done = true
		return nil, nil
	}
	if s.atShould.curr != nil && s.atShould.at < s.atMust.at {
		if err := s.atShould.advance(ctx, s.should, rv.IndexInternalID); err != nil {
			return nil, err
		}
	}
	// bleve's ConjunctionQueryScorer: the sum, from zero, into the must's
	// match.
	sum := 0 + rv.Score
	if s.atShould.curr != nil && s.atShould.at == s.atMust.at {
		sum += s.atShould.curr.Score
	}
	rv.Score = sum
	if err := s.atMust.next(ctx, s.must, rv); err != nil {
		return nil, err
	}
	return rv, nil
}

func (s *booleanSearcher) Advance(ctx *search.SearchContext, id indexapi.IndexInternalID) (*search.DocumentMatch, error) {
	if s.done {
		return nil, nil
	}
	if !s.initialized {
		if err := s.initSearchers(ctx); err != nil {
			return nil, err
		}
	}
	if s.atMust.curr == nil || s.atMust.at < id.Value() {
		if err := s.atMust.advance(ctx, s.must, id); err != nil {
			return nil, err
		}
		if err := s.atShould.advance(ctx, s.should, id); err != nil {
			return nil, err
		}
	}
	return s.Next(ctx)
}

func (s *booleanSearcher) Weight() float64 { return s.must.Weight() + s.should.Weight() }

func (s *booleanSearcher) SetQueryNorm(qnorm float64) {
	s.must.SetQueryNorm(qnorm)
	s.should.SetQueryNorm(qnorm)
}

// Count is the sum of both counts, as bleve's says: a worst case.
func (s *booleanSearcher) Count() uint64 { return s.must.Count() + s.should.Count() }

func (s *booleanSearcher) Close() error {
	err0, err1 := s.must.Close(), s.should.Close()
	if err0 != nil {
		return err0
	}
	return err1
}

func (s *booleanSearcher) Min() int { return 0 }

func (s *booleanSearcher) Size() int { return 128 + s.must.Size() + s.should.Size() }

func (s *booleanSearcher) DocumentMatchPoolSize() int {
	return 2 + s.must.DocumentMatchPoolSize() + s.should.DocumentMatchPoolSize()
}
