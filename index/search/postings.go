package search

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2/search"
	indexapi "github.com/blevesearch/bleve_index_api"
)

// postingsCache is the index snapshot with the postings of the terms
// questions ask for kept decoded. Scorch opens a dictionary, a postings
// list and an iterator for every term searcher, and would recycle them but
// for MB-64604 (a searcher seeking back recycles a reader still in use):
// on the shipped fiches that was a third of a question's time and half of
// what it allocated. The snapshot never changes, so neither do its lists;
// the searchers, their scores and their order are bleve's own, reading the
// same documents, frequencies and norms scorch gives them.
type postingsCache struct {
	indexapi.IndexReader
	// A list longer than maxListed, or past maxKept postings in all, is
	// read from scorch as it comes: a corpus of 100k fiches keeps its
	// rare terms only.
	maxListed, maxKept int

	mu    sync.RWMutex
	lists map[string]map[string]*postingList // by field, then term; nil: read from scorch
	kept  int                                // postings in lists
	// held are the kept lists of the held terms (heldTerms), by id, each
	// set the first time its term is read by id (heldReader).
	held []atomic.Pointer[postingList]
	// bm25 are the counts its lists are weighed with (postingList.idf),
	// r's (bm25Stats); nil weighs none.
	bm25 *search.BM25Stats
}

// newPostingsCache makes the cache of r's postings, weighed with r's counts
// bm25, with room for the lists of heldIDs held terms.
func newPostingsCache(r indexapi.IndexReader, bm25 *search.BM25Stats, maxListed, maxKept, heldIDs int) *postingsCache {
	return &postingsCache{IndexReader: r, bm25: bm25, maxListed: maxListed, maxKept: maxKept, lists: map[string]map[string]*postingList{}, held: make([]atomic.Pointer[postingList], heldIDs)}
}

// The shipped fiches hold under 20 000 postings, all kept; 100k fiches
// keep a quarter of a million, some 6 MB.
const (
	maxListed = 4096
	maxKept   = 1 << 18
)

// A postingList is a term's documents in a field, in scorch's order (by
// internal id), with their frequencies and norms, and the term's weight by
// the cache's counts, as bleve's TermQueryScorer computes it under BM25:
// idf and the field's average length (0 when the counts give none: bleve
// then scores by tf-idf, or says why it cannot).
type postingList struct {
	ids               []uint64
	freqs             []uint64
	norms             []float64
	idf, avgDocLength float64
}

// TermFieldReader reads the term's kept list, or keeps it on its first
// use when short enough.
func (c *postingsCache) TermFieldReader(ctx context.Context, term []byte, field string, freq, norm, vectors bool) (indexapi.TermFieldReader, error) {
	if !freq || !norm || vectors {
		return c.IndexReader.TermFieldReader(ctx, term, field, freq, norm, vectors)
	}
	c.mu.RLock()
	pl, seen := c.lists[field][string(term)]
	c.mu.RUnlock()
	if pl != nil {
		return newListReader(ctx, pl), nil
	}
	r, err := c.IndexReader.TermFieldReader(ctx, term, field, true, true, false)
	if err != nil || seen {
		return r, err
	}
	n := r.Count()
	if n > uint64(c.maxListed) {
		c.keep(field, term, nil)
		return r, nil
	}
	pl = &postingList{ids: make([]uint64, 0, n), freqs: make([]uint64, 0, n), norms: make([]float64, 0, n)}
	var d indexapi.TermFieldDoc
	for {
		got, err := r.Next(&d)
		if err != nil {
			r.Close()
			return nil, fmt.Errorf("index: postings of %s: %w", field, err)
		}
		if got == nil {
			break
		}
		pl.ids = append(pl.ids, got.ID.Value())
		pl.freqs = append(pl.freqs, got.Freq)
		pl.norms = append(pl.norms, got.Norm)
	}
	if err := r.Close(); err != nil {
		return nil, fmt.Errorf("index: postings of %s: %w", field, err)
	}
	pl.idf, pl.avgDocLength = c.weigh(field, uint64(len(pl.ids)))
	c.keep(field, term, pl)
	return newListReader(ctx, pl), nil
}

// A heldReader is the reader a held term's searcher is given (the cache,
// or the cache restricted to a filter's docs), with the term's kept list
// found by its id (postingsCache.held) rather than by field, then term.
type heldReader struct {
	indexapi.IndexReader // the reader given
	cache                *postingsCache
	docs                 docSet // those of a restricted reader
	id                   uint32
}

// TermFieldReader reads the held term's list, term in field.
func (h *heldReader) TermFieldReader(ctx context.Context, term []byte, field string, freq, norm, vectors bool) (indexapi.TermFieldReader, error) {
	if freq && norm && !vectors {
		if pl := h.cache.held[h.id].Load(); pl != nil {
			r := newListReader(ctx, pl)
			r.docs = h.docs
			return r, nil
		}
	}
	r, err := h.IndexReader.TermFieldReader(ctx, term, field, freq, norm, vectors)
	if lr, ok := r.(*listReader); ok {
		h.cache.held[h.id].Store(lr.list)
	}
	return r, err
}

// newListReader returns a reader of a kept list: one of the search's
// (searchSlab) while it has some left, else a new one.
func newListReader(ctx context.Context, pl *postingList) *listReader {
	if s, ok := ctx.Value(slabKey{}).(*searchSlab); ok && s.used < len(s.readers) {
		r := &s.readers[s.used]
		s.used++
		r.list = pl
		return r
	}
	return &listReader{list: pl}
}

// A searchSlab holds the readers of kept lists one search (top) gives its
// term searchers, and the lists of searchers its compound searchers are
// made of, made with the search's context in one allocation, not one a
// term searcher or compound; they are dropped with the search. A search
// is read by one goroutine.
type searchSlab struct {
	readers   [slabReaders]listReader
	used      int // readers given
	terms     [slabTerms]listSearcher
	termsUsed int // term searchers given
	searchers [slabSearchers]search.Searcher
	listed    int // searchers listed
}

// slabSearchers is how many searchers a search's slab lists for its
// compound searchers.
const slabSearchers = 16

// slabReaders is how many readers a search's slab holds: a search of the
// shipped fiches reads ten lists or so (dev: 9.7 on average, 8 or fewer
// in 48 of its 99 searches); a slab of 16 saved two more allocations a
// question for 2 % more bytes.
const slabReaders = 8

// slabTerms is how many term searchers of kept lists (listSearcher) a
// search's slab holds.
const slabTerms = 16

// slabKey is the context key of a search's searchSlab.
type slabKey struct{}

// weigh returns a term's idf and its field's average length as bleve's
// bm25ScoreMetrics and NewTermQueryScorer compute them from the cache's
// counts, for a term in docTerm documents; 0, 0 when the counts give none.
func (c *postingsCache) weigh(field string, docTerm uint64) (idf, avgDocLength float64) {
	if c.bm25 == nil {
		return 0, 0
	}
	count := uint64(c.bm25.DocCount)
	fieldCardinality, ok := c.bm25.FieldCardinality[field]
	if !ok || count == 0 || fieldCardinality == 0 {
		return 0, 0
	}
	return math.Log(1 + (float64(count)-float64(docTerm)+0.5)/(float64(docTerm)+0.5)), math.Ceil(float64(fieldCardinality) / float64(count))
}

// keep records a term's list, or nil for one read from scorch each time
// (too long, or no room left).
func (c *postingsCache) keep(field string, term []byte, pl *postingList) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.lists[field] == nil {
		c.lists[field] = map[string]*postingList{}
	}
	if _, ok := c.lists[field][string(term)]; ok {
		return // recorded meanwhile by another search
	}
	if pl != nil && c.kept+len(pl.ids) > c.maxKept {
		pl = nil
	}
	c.lists[field][string(term)] = pl
	if pl != nil {
		c.kept += len(pl.ids)
	}
}

// A listReader walks a kept list as scorch's term field reader walks its
// postings; within docs only, when set, as a restrictedTerm would. The
// documents' ids it gives are written in id when the caller's have no
// room: its searcher's first match allocates nothing.
type listReader struct {
	list *postingList
	next int
	docs docSet
	id   [8]byte
}

func (r *listReader) Next(pre *indexapi.TermFieldDoc) (*indexapi.TermFieldDoc, error) {
	if r.docs != nil {
		for r.next < len(r.list.ids) && !r.docs.has(r.list.ids[r.next]) {
			r.next++
		}
	}
	if r.next >= len(r.list.ids) {
		return nil, nil
	}
	d := pre
	if d == nil {
		d = &indexapi.TermFieldDoc{}
	}
	if cap(d.ID) < len(r.id) {
		d.ID = r.id[:0]
	}
	d.ID = indexapi.NewIndexInternalID(d.ID, r.list.ids[r.next])
	d.Freq, d.Norm = r.list.freqs[r.next], r.list.norms[r.next]
	r.next++
	return d, nil
}

// Advance goes to the document or the first after it, backwards too.
func (r *listReader) Advance(id indexapi.IndexInternalID, pre *indexapi.TermFieldDoc) (*indexapi.TermFieldDoc, error) {
	r.next, _ = slices.BinarySearch(r.list.ids, id.Value())
	return r.Next(pre)
}

func (r *listReader) Count() uint64 { return uint64(len(r.list.ids)) }
func (r *listReader) Close() error  { return nil }
func (r *listReader) Size() int     { return 16 }
