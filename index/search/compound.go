package search

import (
	"context"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	indexapi "github.com/blevesearch/bleve_index_api"
)

// The compound queries a question is built of: bleve's disjunction,
// conjunction and boolean searchers, made by bleve's constructors as its
// DisjunctionQuery, ConjunctionQuery and BooleanQuery make them (minimum
// 0, no scores broken down, no nesting, no must-not), without what those
// add for features Sira does not use: a context layer for each
// disjunction, a query grown clause by clause, an empty disjunction of
// should clauses. The searchers, their order and their scores are bleve's
// (TestCompoundAsBleve); a disjunction of up to bleve's heap takeover
// clauses is bleve's slice searcher made in one allocation
// (disjunctionSearcher).

// A disjunction matches any of its clauses (bleve's DisjunctionQuery).
type disjunction []query.Query

func (d disjunction) Searcher(ctx context.Context, r indexapi.IndexReader, m mapping.IndexMapping, o search.SearcherOptions) (search.Searcher, error) {
	ss, err := searchers(ctx, d, r, m, o)
	if err != nil {
		return nil, err
	}
	if len(ss) < 2 || len(ss) > searcher.DisjunctionHeapTakeover {
		return searcher.NewDisjunctionSearcher(ctx, r, ss, 0, o)
	}
	if d := newListDisjunction(ss); d != nil {
		return d, nil
	}
	return newDisjunctionSearcher(ss, o), nil
}

// An allOf matches all of its clauses (bleve's ConjunctionQuery).
type allOf []query.Query

func (a allOf) Searcher(ctx context.Context, r indexapi.IndexReader, m mapping.IndexMapping, o search.SearcherOptions) (search.Searcher, error) {
	ss, err := searchers(ctx, a, r, m, o)
	if err != nil {
		return nil, err
	}
	if c := newConjunctionSearcher(ss, o); c != nil {
		return c, nil
	}
	return searcher.NewConjunctionSearcher(ctx, r, ss, o)
}

// both is must, scored higher where should also matches (bleve's
// BooleanQuery of a must and a should).
type both struct{ must, should query.Query }

func (b both) Searcher(ctx context.Context, r indexapi.IndexReader, m mapping.IndexMapping, o search.SearcherOptions) (search.Searcher, error) {
	must, err := b.must.Searcher(ctx, r, m, o)
	if err != nil {
		return nil, err
	}
	should, err := b.should.Searcher(ctx, r, m, o)
	if err != nil {
		_ = must.Close()
		return nil, err
	}
	if s := newBooleanSearcher(must, should, o); s != nil {
		return s, nil
	}
	return searcher.NewBooleanSearcher(ctx, r, must, should, nil, o)
}

// A heldTermQuery is a term query for a term some fiche holds, searched
// by bleve's term searcher as its TermQuery searches it, given the term's
// bytes kept by heldTerms where TermQuery converts its string for each
// searcher (TestCompoundAsBleve).
type heldTermQuery struct {
	field string
	term  []byte
	boost float64
	// id is the term's in heldTerms when held is set: its searcher reads
	// the term's kept list by id (heldReader), not by field and term;
	// reader is that searcher's, kept in the query so that making it
	// allocates nothing.
	id     uint32
	held   bool
	reader heldReader
}

func (t *heldTermQuery) Searcher(ctx context.Context, r indexapi.IndexReader, _ mapping.IndexMapping, o search.SearcherOptions) (search.Searcher, error) {
	if s, err := keptSearcher(ctx, r, t, o); err != nil {
		return nil, err
	} else if s != nil {
		return s, nil
	}
	if t.held {
		switch given := r.(type) {
		case *postingsCache:
			t.reader = heldReader{IndexReader: r, cache: given, id: t.id}
			r = &t.reader
		case restricted:
			if c, ok := given.IndexReader.(*postingsCache); ok {
				t.reader = heldReader{IndexReader: r, cache: c, docs: given.docs, id: t.id}
				r = &t.reader
			}
		}
	}
	return searcher.NewTermSearcherBytes(ctx, r, t.term, t.field, t.boost, o)
}

// searchers makes the searchers of qs, closing those made on an error. Their
// list is cut from the search's slab while it has room: bleve's compound
// searchers copy it or keep it for the search.
func searchers(ctx context.Context, qs []query.Query, r indexapi.IndexReader, m mapping.IndexMapping, o search.SearcherOptions) ([]search.Searcher, error) {
	var ss []search.Searcher
	if s, ok := ctx.Value(slabKey{}).(*searchSlab); ok && s.listed+len(qs) <= len(s.searchers) {
		ss = s.searchers[s.listed : s.listed : s.listed+len(qs)]
		s.listed += len(qs)
	} else {
		ss = make([]search.Searcher, 0, len(qs))
	}
	for _, q := range qs {
		s, err := q.Searcher(ctx, r, m, o)
		if err != nil {
			for _, s := range ss {
				_ = s.Close()
			}
			return nil, err
		}
		ss = append(ss, s)
	}
	return ss, nil
}
