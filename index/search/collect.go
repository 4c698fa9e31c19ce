package search

import (
	"context"
	"fmt"
	"sync"

	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	indexapi "github.com/blevesearch/bleve_index_api"
)

// A hit is a fiche bleve matched, and its score.
type hit struct {
	doc   *docFiche
	score float64
}

// checkEvery is how many matches are collected between two looks at the
// context, as bleve's own collector does.
const checkEvery = 1024

// top runs qq on the index's snapshot and keeps the n best hits: higher
// score first, then lower ref, so that the same question gets the same
// fiches after a restart (scorch numbers a batch's documents in map order).
//
// It does what bleve's SearchInContext does for a request without fields,
// facets or highlighting, without the rest: that request path sets up a
// dozen context values, a collector heap, a match pool sized for sorting
// and a stored-fields load per hit, which cost a question on the shipped
// fiches more than its term searchers do. The searchers and their scores
// are bleve's own.
func (ix *Index) top(ctx context.Context, qq query.Query, n int) ([]hit, error) {
	// The counter of term searchers reads the bound from the context below
	// it; the searchers ask the one above it, which answers first. Both are
	// kept together, with the readers of kept lists the search gives its
	// term searchers and the lists of its compound searchers (searchSlab),
	// and the context its searchers are walked with, from one search to the
	// next: a search's searchers are closed, and hold none of it, once it
	// is done.
	sc := searchContexts.Get().(*searchContext)
	defer searchContexts.Put(sc)
	defer sc.reset()
	s, err := ix.searcher(ctx, sc, qq)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	ctx = &sc.layers[1]
	pool := matchPools.Get().(*search.DocumentMatchPool)
	defer matchPools.Put(pool)
	sctx := &sc.search
	sctx.DocumentMatchPool = pool
	out := make([]hit, 0, n)
	for i := 1; ; i++ {
		if i%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("index: search: %w", err)
			}
		}
		dm, err := s.Next(sctx)
		if err != nil {
			return nil, fmt.Errorf("index: search: %w", err)
		}
		if dm == nil {
			return out, nil
		}
		score := dm.Score
		if len(out) == n && score < out[n-1].score {
			sctx.DocumentMatchPool.Put(dm) // the common case at scale: no look-up
			continue
		}
		h := hit{doc: &ix.byDoc[dm.IndexInternalID.Value()], score: score}
		sctx.DocumentMatchPool.Put(dm)
		if len(out) == n && !h.ahead(out[n-1]) {
			continue
		}
		// h goes in, the last out when all n are kept; it moves up past
		// those it ranks ahead of (a few: n is small).
		at := len(out)
		if at < n {
			out = append(out, h)
		} else {
			at--
		}
		for ; at > 0 && h.ahead(out[at-1]); at-- {
			out[at] = out[at-1]
		}
		out[at] = h
	}
}

// searcher makes qq's searcher in the search context sc, its scoring
// layers over ctx.
func (ix *Index) searcher(ctx context.Context, sc *searchContext, qq query.Query) (search.Searcher, error) {
	sc.layers = [2]scoringContext{{ctx, ix.bm25, nil}, {nil, ix.bm25, nil}}
	layers := &sc.layers
	layers[1].Context = search.ContextWithTermSearchersCounter(&layers[0])
	layers[1].slab = &sc.slab
	s, err := qq.Searcher(&layers[1], ix.reader, ix.bleve.Mapping(), search.SearcherOptions{})
	if err != nil {
		return nil, fmt.Errorf("index: search: %w", err)
	}
	return s, nil
}

// ahead reports whether h ranks before o: a higher score, then a lower
// ref. No two hits are of one fiche, so of two hits one is ahead.
func (h hit) ahead(o hit) bool {
	return h.score > o.score || h.score == o.score && h.doc.fiche.Ref < o.doc.fiche.Ref
}

// searchContexts keep searches' contexts, cleared, from one to the next.
var searchContexts = sync.Pool{New: func() any { return new(searchContext) }}

// reset clears a search's context for the next: it keeps none of its
// searchers, readers or context.
func (sc *searchContext) reset() { *sc = searchContext{} }

// matchPools keep bleve's document matches from one search to the next:
// searchers take them from the pool and give them back as they go, and a
// new pool for every search was a fifth of what a question allocated.
// Matches a searcher still holds when closed are left to the collector;
// the pool makes new ones when it runs short.
var matchPools = sync.Pool{New: func() any { return search.NewDocumentMatchPool(0, 0) }}

// scoringContext tells bleve's searchers what Sira's searches share: the
// mapping's scoring model (bleve's request path says it with a callback in
// the context), the counts BM25 scores with, which each term searcher would
// otherwise ask the snapshot for again, and the bound on term searchers
// (maxTerms). It also says the query type as a string: a term searcher
// adds a context layer of its own (an allocation, and a longer chain for
// every look-up below it) unless the type is a string there already; the
// type is read only to account for costs, which Sira does not. It says no
// to the features Sira does not use (synonyms, kNN, nested documents),
// which bleve asks of every term searcher and disjunction, without asking
// the contexts below it.
type scoringContext struct {
	context.Context
	bm25 *search.BM25Stats
	slab *searchSlab // the search's readers of kept lists and lists of searchers, from the top layer
}

// A searchContext is a search's two scoring layers, its slab and the
// context its searchers are walked with.
type searchContext struct {
	layers [2]scoringContext
	slab   searchSlab
	search search.SearchContext
}

// Value answers bleve's keys. Its receiver is a pointer: bleve asks five
// keys of every term searcher, and a layer was copied for each.
func (c *scoringContext) Value(key any) any {
	k, ok := key.(search.ContextKey)
	if !ok {
		if _, ok := key.(slabKey); ok && c.slab != nil {
			return c.slab
		}
		return c.Context.Value(key)
	}
	switch k {
	case search.GetScoringModelCallbackKey:
		return search.GetScoringModelCallbackFn(func() string { return scoringModel })
	case search.BM25StatsKey:
		return c.bm25
	case search.MaxTermSearchersKey:
		return maxTerms
	case search.QueryTypeKey:
		return queryTypeTerm
	case search.FieldTermSynonymMapKey, search.IncludeScoreBreakdownKey, search.NestedSearchKey:
		return nil
	}
	return c.Context.Value(key)
}

// queryTypeTerm is the query type scoringContext says.
const queryTypeTerm = "term"

// bm25Stats reads the counts BM25 scores with: the fiches, and the terms
// of each field.
func bm25Stats(r indexapi.IndexReader) (*search.BM25Stats, error) {
	n, err := r.DocCount()
	if err != nil {
		return nil, fmt.Errorf("index: documents: %w", err)
	}
	fields, err := r.Fields()
	if err != nil {
		return nil, fmt.Errorf("index: fields: %w", err)
	}
	br, ok := r.(indexapi.BM25Reader)
	if !ok {
		return nil, fmt.Errorf("index: %T gives no field cardinality", r)
	}
	stats := &search.BM25Stats{DocCount: float64(n), FieldCardinality: make(map[string]int, len(fields))}
	for _, f := range fields {
		if stats.FieldCardinality[f], err = br.FieldCardinality(f); err != nil {
			return nil, fmt.Errorf("index: %s terms: %w", f, err)
		}
	}
	return stats, nil
}
