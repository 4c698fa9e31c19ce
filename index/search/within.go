package search

import (
	"context"
	"fmt"
	"sync"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	indexapi "github.com/blevesearch/bleve_index_api"
)

// within is a query read only in the documents a filter term lets
// through, for a search that joins it to that filter (combine). The same
// documents match with the same scores: its term searchers read the same
// postings of those documents and weigh each term by its whole list
// (Count, BM25's document frequency); only a disjunction's sum may change
// in its last bits, as it adds its terms in the order its heap gives them.
// They do not walk and score, one by one, the documents the filter drops:
// most of what a long distress message's words match at 100k fiches
// (docs/benchmarks.md).
type within struct {
	query.Query
	docs docSet
}

func (w within) Searcher(ctx context.Context, r indexapi.IndexReader, m mapping.IndexMapping, o search.SearcherOptions) (search.Searcher, error) {
	return w.Query.Searcher(ctx, restricted{IndexReader: r, docs: w.docs}, m, o)
}

// A docSet is a set of documents, a bit by internal number.
type docSet []uint64

func (s docSet) has(n uint64) bool { return n/64 < uint64(len(s)) && s[n/64]&(1<<(n%64)) != 0 }

// restricted is an index reader whose postings are those of docs only.
type restricted struct {
	indexapi.IndexReader
	docs docSet
}

func (r restricted) TermFieldReader(ctx context.Context, term []byte, field string, freq, norm, vectors bool) (indexapi.TermFieldReader, error) {
	tr, err := r.IndexReader.TermFieldReader(ctx, term, field, freq, norm, vectors)
	if err != nil {
		return nil, err
	}
	if lr, ok := tr.(*listReader); ok {
		lr.docs = r.docs // a kept list skips the others itself: one reader, not two
		return lr, nil
	}
	return &restrictedTerm{TermFieldReader: tr, docs: r.docs}, nil
}

// A restrictedTerm walks a term's postings in docs. Its Count is the
// whole list's: it weighs the term.
type restrictedTerm struct {
	indexapi.TermFieldReader
	docs docSet
}

func (t *restrictedTerm) Next(pre *indexapi.TermFieldDoc) (*indexapi.TermFieldDoc, error) {
	for {
		d, err := t.TermFieldReader.Next(pre)
		if err != nil || d == nil || t.docs.has(d.ID.Value()) {
			return d, err
		}
		pre = d
	}
}

func (t *restrictedTerm) Advance(id indexapi.IndexInternalID, pre *indexapi.TermFieldDoc) (*indexapi.TermFieldDoc, error) {
	d, err := t.TermFieldReader.Advance(id, pre)
	if err != nil || d == nil || t.docs.has(d.ID.Value()) {
		return d, err
	}
	return t.Next(d)
}

// filterDocs keeps, by filter term, the documents it lets through. Its
// keys are terms the fiches hold (a region, a need), never words a person
// typed: a term no fiche holds is not kept.
type filterDocs struct {
	mu   sync.RWMutex
	sets map[string]docSet // by field and term
}

// within returns content read only in the documents filter lets through,
// or content itself when there is no filter, or it is not one term, or no
// fiche holds that term.
func (ix *Index) within(ctx context.Context, content, filter query.Query) (query.Query, error) {
	tq, ok := filter.(*boostedTerm)
	if content == nil || !ok {
		return content, nil
	}
	key := tq.FieldVal + "\x00" + tq.Term
	ix.filters.mu.RLock()
	docs, ok := ix.filters.sets[key]
	ix.filters.mu.RUnlock()
	if ok {
		return within{content, docs}, nil
	}
	docs, err := ix.docsOf(ctx, tq.Term, tq.FieldVal)
	if err != nil || docs == nil {
		return content, err
	}
	ix.filters.mu.Lock()
	defer ix.filters.mu.Unlock()
	if ix.filters.sets == nil {
		ix.filters.sets = map[string]docSet{}
	}
	ix.filters.sets[key] = docs
	return within{content, docs}, nil
}

// docsOf returns the documents that hold a term in a field, nil for none.
func (ix *Index) docsOf(ctx context.Context, term, field string) (docSet, error) {
	r, err := ix.reader.TermFieldReader(ctx, []byte(term), field, false, false, false)
	if err != nil {
		return nil, fmt.Errorf("index: search: %w", err)
	}
	defer r.Close()
	var docs docSet
	for d, err := r.Next(nil); d != nil || err != nil; d, err = r.Next(d) {
		if err != nil {
			return nil, fmt.Errorf("index: search: %w", err)
		}
		n := d.ID.Value()
		for uint64(len(docs)) <= n/64 {
			docs = append(docs, 0)
		}
		docs[n/64] |= 1 << (n % 64)
	}
	return docs, nil
}
