package search

import (
	"unsafe"

	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/scorer"
	indexapi "github.com/blevesearch/bleve_index_api"
)

// A disjunctionSearcher is bleve's DisjunctionSliceSearcher as a
// disjunction makes it (minimum 0, no scores broken down, no clause limit):
// the same walk over its clauses' searchers, ordered as bleve orders them,
// scored by bleve's DisjunctionQueryScorer, in one allocation where
// bleve's constructor makes seven (the struct, its scorer and four lists,
// and the list boxed to be sorted). TestCompoundAsBleve checks its hits
// and scores against bleve's own searcher's. It compares the documents
// its clauses are at by their numbers (IndexInternalID.Value), kept beside
// them, where bleve compares their IDs' bytes: the IDs are the numbers'
// eight bytes, big-endian, so both orders are one.
//
// Its walk follows bleve's search/searcher/search_disjunction_slice.go
// (Copyright (c) 2014 Couchbase, Inc., Apache License 2.0).
type disjunctionSearcher struct {
	clauses      // its clauses' searchers, fewest matches first
	positions    // where the clauses are
	matching     []*search.DocumentMatch
	matchingIdxs []int
	scorer       scorer.DisjunctionQueryScorer
	initialized  bool
	// docs, ats and idxs hold currs, matching, at and matchingIdxs for up
	// to roomClauses clauses: most disjunctions have two or three.
	docs [2 * roomClauses]*search.DocumentMatch
	ats  [roomClauses]uint64
	idxs [roomClauses]int
}

// roomClauses is how many clauses a disjunction searcher has room for in
// itself.
const roomClauses = 4

// newDisjunctionSearcher returns the disjunction of ss, which it orders and
// keeps: ss must be the caller's own list. It takes at most
// searcher.DisjunctionHeapTakeover searchers (bleve's slice searcher's
// bound) and at least two: bleve's searcher of one clause hands that
// clause's optimizations on (Optimize), which this one has none of.
func newDisjunctionSearcher(ss []search.Searcher, o search.SearcherOptions) *disjunctionSearcher {
	s := &disjunctionSearcher{clauses: orderedClauses(ss), scorer: *scorer.NewDisjunctionQueryScorer(o)}
	n := len(ss)
	if n <= roomClauses {
		s.currs, s.matching, s.at, s.matchingIdxs = s.docs[:n:n], s.docs[n:2*n:2*n], s.ats[:n:n], s.idxs[:n:n]
	} else {
		docs := make([]*search.DocumentMatch, 2*n)
		s.currs, s.matching, s.at, s.matchingIdxs = docs[:n:n], docs[n:], make([]uint64, n), make([]int, n)
	}
	return s
}

func (s *disjunctionSearcher) initSearchers(ctx *search.SearchContext) error {
	if err := s.start(ctx, s.clauses); err != nil {
		return err
	}
	s.updateMatches()
	s.initialized = true
	return nil
}

// updateMatches gathers the clauses' matches of the lowest document.
func (s *disjunctionSearcher) updateMatches() {
	matching, matchingIdxs := s.matching[:0], s.matchingIdxs[:0]
	var low uint64 // matching's document
	for i, curr := range s.currs {
		if curr == nil {
			continue
		}
		if len(matching) > 0 {
			if s.at[i] > low {
				continue
			}
			if s.at[i] < low {
				matching, matchingIdxs = matching[:0], matchingIdxs[:0]
			}
		}
		low = s.at[i]
		matching, matchingIdxs = append(matching, curr), append(matchingIdxs, i)
	}
	s.matching, s.matchingIdxs = matching, matchingIdxs
}

func (s *disjunctionSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	if !s.initialized {
		if err := s.initSearchers(ctx); err != nil {
			return nil, err
		}
	}
	if len(s.matching) == 0 {
		return nil, nil
	}
	// With no minimum, the lowest document matched is the next.
	rv := s.scorer.Score(ctx, s.matching, len(s.matching), len(s.clauses))
	for _, i := range s.matchingIdxs {
		if s.currs[i] != rv {
			ctx.DocumentMatchPool.Put(s.currs[i])
		}
		dm, err := s.clauses[i].Next(ctx)
		if err != nil {
			return nil, err
		}
		s.set(i, dm)
	}
	s.updateMatches()
	return rv, nil
}

func (s *disjunctionSearcher) Advance(ctx *search.SearchContext, id indexapi.IndexInternalID) (*search.DocumentMatch, error) {
	if !s.initialized {
		if err := s.initSearchers(ctx); err != nil {
			return nil, err
		}
	}
	if err := s.advanceAll(ctx, s.clauses, id); err != nil {
		return nil, err
	}
	s.updateMatches()
	return s.Next(ctx)
}

func (s *disjunctionSearcher) Size() int { return int(unsafe.Sizeof(*s)) + s.clauses.size() }

func (s *disjunctionSearcher) DocumentMatchPoolSize() int { return len(s.currs) + s.clauses.poolSize() }
