package search

import (
	"context"
	"math"
	"slices"

	"github.com/blevesearch/bleve/v2/search"
	indexapi "github.com/blevesearch/bleve_index_api"
)

// A listSearcher is bleve's term searcher (searcher.TermSearcher, scored
// by scorer.TermQueryScorer under BM25, no explanation, no term vectors)
// of a kept list: the same documents in the same order, the same weight,
// the same scores to the last bit, computed as bleve computes them
// (TestCompoundAsBleve). It reads the list itself where bleve's searcher
// reads it through a term field reader and a term field document, and is
// made with its search (searchSlab) where bleve's makes a searcher, a
// scorer and the term's string. Within docs only, when set, as a
// restricted reader's term searcher; its Count, BM25's document
// frequency, is the whole list's.
type listSearcher struct {
	list *postingList
	next int
	docs docSet
	// idf and avgDocLength are the scorer's; boost the query's; weight
	// the query weight (boost × idf × query norm), 1 until a norm is set.
	idf, avgDocLength, boost, weight float64
}

// keptSearcher returns the listSearcher of a held term's kept list, or
// nil when bleve's own term searcher is to search it (keptReader).
func keptSearcher(ctx context.Context, r indexapi.IndexReader, t *heldTermQuery, o search.SearcherOptions) (*listSearcher, error) {
	sc, c, docs := keptReader(ctx, r, o)
	if c == nil {
		return nil, nil
	}
	var pl *postingList
	if t.held {
		pl = c.held[t.id].Load()
	} else {
		c.mu.RLock()
		pl = c.lists[t.field][string(t.term)]
		c.mu.RUnlock()
	}
	return newListSearcher(ctx, sc, pl, docs, t.boost)
}

// keptReader returns the context, the cache and the documents (those of a
// restricted reader, nil for all) of a search whose term searchers may be
// listSearchers, or a nil cache when bleve's own are to search: a search
// not made by top (whose context says BM25 and its counts), options that
// ask more than scores, or a reader that is not the cache weighed with
// the search's counts.
func keptReader(ctx context.Context, r indexapi.IndexReader, o search.SearcherOptions) (*scoringContext, *postingsCache, docSet) {
	sc, ok := ctx.(*scoringContext)
	if !ok || sc.slab == nil || !plainOptions(o) || scoringModel != indexapi.BM25Scoring {
		return nil, nil, nil
	}
	var docs docSet
	if given, ok := r.(restricted); ok {
		r, docs = given.IndexReader, given.docs
	}
	c, ok := r.(*postingsCache)
	if !ok || c.bm25 != sc.bm25 {
		return nil, nil, nil // a cache weighed with other counts than the search's
	}
	return sc, c, docs
}

// plainOptions reports whether o asks a searcher for scores alone, as
// every search of Sira's does: no explanation, no term vectors, scores
// not turned off.
func plainOptions(o search.SearcherOptions) bool {
	return !o.Explain && !o.IncludeTermVectors && o.Score != "none"
}

// newListSearcher returns the listSearcher of a kept list pl, or nil for
// no list kept (bleve's searcher reads it, and keeps it) or one the counts
// give no weight (postingList.avgDocLength: bleve's says why, or scores by
// tf-idf). It is made in the search's slab while that has room.
func newListSearcher(ctx context.Context, sc *scoringContext, pl *postingList, docs docSet, boost float64) (*listSearcher, error) {
	if pl == nil || pl.avgDocLength == 0 {
		return nil, nil
	}
	if err := search.RecordTermSearcher(ctx); err != nil {
		return nil, err
	}
	var s *listSearcher
	if sc.slab.termsUsed < len(sc.slab.terms) {
		s = &sc.slab.terms[sc.slab.termsUsed]
		sc.slab.termsUsed++
	} else {
		s = new(listSearcher)
	}
	*s = listSearcher{list: pl, docs: docs, idf: pl.idf, avgDocLength: pl.avgDocLength, boost: boost, weight: 1}
	return s, nil
}

func (s *listSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	i := s.seek(s.next)
	if i >= len(s.list.ids) {
		s.next = i
		return nil, nil
	}
	s.next = i + 1
	return match(ctx, s.list.ids[i], s.score(i)), nil
}

// Advance goes to the document or the first after it, backwards too.
func (s *listSearcher) Advance(ctx *search.SearchContext, id indexapi.IndexInternalID) (*search.DocumentMatch, error) {
	s.next, _ = slices.BinarySearch(s.list.ids, id.Value())
	return s.Next(ctx)
}

// seek returns the first place from i on whose document is searched (in
// docs, when set), or the list's length.
func (s *listSearcher) seek(i int) int {
	if s.docs != nil {
		for i < len(s.list.ids) && !s.docs.has(s.list.ids[i]) {
			i++
		}
	}
	return i
}

// score is the score of the document at place i: bleve's
// TermQueryScorer.Score, tf the square root of the frequency (bleve's
// SqrtCache holds the same roots), the field's length read from the norm,
// times the query weight.
func (s *listSearcher) score(i int) float64 {
	tf := math.Sqrt(float64(s.list.freqs[i]))
	norm := s.list.norms[i]
	fieldLength := 1 / (norm * norm)
	score := s.idf * (tf * search.BM25_k1) /
		(tf + search.BM25_k1*(1-search.BM25_b+(search.BM25_b*fieldLength/s.avgDocLength)))
	return score * s.weight
}

// match is a document match from the search's pool, of document doc.
func match(ctx *search.SearchContext, doc uint64, score float64) *search.DocumentMatch {
	dm := ctx.DocumentMatchPool.Get()
	dm.Score = score
	dm.IndexInternalID = indexapi.NewIndexInternalID(dm.IndexInternalID, doc)
	return dm
}

func (s *listSearcher) Weight() float64 {
	sum := s.boost * s.idf
	return sum * sum
}

func (s *listSearcher) SetQueryNorm(qnorm float64) { s.weight = s.boost * s.idf * qnorm }
func (s *listSearcher) Count() uint64              { return uint64(len(s.list.ids)) }
func (s *listSearcher) Min() int                   { return 0 }
func (s *listSearcher) Size() int                  { return 64 }
func (s *listSearcher) DocumentMatchPoolSize() int { return 1 }
func (s *listSearcher) Close() error               { return nil }
