package search

import (
	"context"
	"slices"
	"sync"
	"testing"

	indexapi "github.com/blevesearch/bleve_index_api"
)

// Every question gets the same fiches, scores and reasons whether the
// postings are read from scorch each time, all kept, or kept when short
// until there is no room left.
func TestPostingsCacheAnswersAsScorch(t *testing.T) {
	ix := ownIndex(t)
	snapshot := ix.reader.(*postingsCache).IndexReader
	questions := append(devCases(t), readCases(t, "../testdata/own.tsv")...)
	ask := func(r indexapi.IndexReader, q string) Answer {
		ix.reader = r
		a, err := ix.Ask(context.Background(), q, 9)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	for _, tc := range []struct {
		name               string
		maxListed, maxKept int
	}{
		{"short lists, little room", 3, 400},
		{"all kept", maxListed, maxKept},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cache := newPostingsCache(snapshot, ix.bm25, tc.maxListed, tc.maxKept, len(ix.held.byID))
			for pass := range 2 { // the second reads what the first kept
				for _, c := range questions {
					if got, want := ask(cache, c.Question), ask(snapshot, c.Question); !sameAnswer(got, want) {
						t.Fatalf("pass %d: Ask(%q) = %v, scorch %v", pass, c.Question, got.Results, want.Results)
					}
				}
			}
			if cache.kept == 0 || cache.kept > tc.maxKept {
				t.Errorf("%d postings kept, room for %d", cache.kept, tc.maxKept)
			}
		})
	}
}

// Questions asked at once read and keep lists, and the documents of their
// filters (within), safely (run with -race).
func TestPostingsCacheConcurrent(t *testing.T) {
	ix := ownIndex(t)
	questions := devCases(t)
	answers := make([][]Answer, 4)
	var wg sync.WaitGroup
	for g := range answers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, c := range questions {
				a, err := ix.Ask(context.Background(), c.Question, 3)
				if err != nil {
					t.Error(err)
					return
				}
				answers[g] = append(answers[g], a)
			}
		}()
	}
	wg.Wait()
	for g := 1; g < len(answers); g++ {
		for i := range answers[g] {
			if !sameAnswer(answers[g][i], answers[0][i]) {
				t.Errorf("Ask(%q) differs between two searches at once", questions[i].Question)
			}
		}
	}
}

// ownIndex is an index of the shipped fiches for one test alone: one that
// changes it, or asks it from several goroutines before any other has.
func ownIndex(t *testing.T) *Index {
	t.Helper()
	ix, err := shippedIndex()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

func sameAnswer(a, b Answer) bool {
	return a.Fit == b.Fit && slices.EqualFunc(a.Results, b.Results, func(x, y Result) bool {
		return x.Fiche == y.Fiche && x.Score == y.Score && slices.EqualFunc(x.Why, y.Why, func(a, b Reason) bool { return a.Match == b.Match && slices.Equal(a.Words, b.Words) })
	})
}

// A kept list moves as scorch's reader does, backwards too (a conjunction
// seeks back within one search).
func TestListReaderMovesAsScorch(t *testing.T) {
	ix := testIndex(t)
	snapshot := ix.reader.(*postingsCache).IndexReader
	field, term := fServes, []byte("bamako")
	ctx := context.Background()
	r, err := snapshot.TermFieldReader(ctx, term, field, true, true, false)
	if err != nil {
		t.Fatal(err)
	}
	var ids []uint64
	for d, _ := r.Next(nil); d != nil; d, _ = r.Next(nil) {
		ids = append(ids, d.ID.Value())
	}
	r.Close()
	if len(ids) < 4 {
		t.Fatalf("%d fiches serve Bamako, the test needs 4", len(ids))
	}
	type step struct {
		advance bool
		to      uint64
	}
	last := ids[len(ids)-1]
	steps := []step{
		{false, 0}, {false, 0},
		{true, ids[0]},           // back to the first
		{true, ids[2]},           // onto a document
		{true, ids[2] - 1},       // back, between two
		{true, ids[1]},           // back again
		{true, last + 1},         // past the end
		{true, (ids[0] + 1) / 2}, // back from the end
		{false, 0},
	}
	want, _ := snapshot.TermFieldReader(ctx, term, field, true, true, false)
	got, _ := newPostingsCache(snapshot, nil, maxListed, maxKept, 0).TermFieldReader(ctx, term, field, true, true, false)
	if _, ok := got.(*listReader); !ok {
		t.Fatalf("the list of %d was not kept", len(ids))
	}
	if got.Count() != want.Count() {
		t.Errorf("Count() = %d, scorch %d", got.Count(), want.Count())
	}
	move := func(r indexapi.TermFieldReader, s step) *indexapi.TermFieldDoc {
		var d *indexapi.TermFieldDoc
		var err error
		if s.advance {
			d, err = r.Advance(indexapi.NewIndexInternalID(nil, s.to), nil)
		} else {
			d, err = r.Next(nil)
		}
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	for i, s := range steps {
		w, g := move(want, s), move(got, s)
		if (w == nil) != (g == nil) || w != nil && (!w.ID.Equals(g.ID) || w.Freq != g.Freq || w.Norm != g.Norm) {
			t.Errorf("step %d %+v: got %+v, scorch %+v", i, s, g, w)
		}
	}
}

// A search's readers come from its slab while it has room, each its own,
// then from the heap; outside a search, from the heap.
func TestListReadersFromSlab(t *testing.T) {
	sc := &searchContext{layers: [2]scoringContext{{context.Background(), nil, nil}, {nil, nil, nil}}}
	sc.layers[1].Context, sc.layers[1].slab = &sc.layers[0], &sc.slab
	pl := &postingList{}
	seen := map[*listReader]bool{}
	for i := range slabReaders + 2 {
		r := newListReader(&sc.layers[1], pl)
		inSlab := false
		for k := range sc.slab.readers {
			inSlab = inSlab || &sc.slab.readers[k] == r
		}
		if seen[r] || r.list != pl || inSlab != (i < slabReaders) {
			t.Fatalf("reader %d: seen %v, list %v, in the slab %v", i, seen[r], r.list == pl, inSlab)
		}
		seen[r] = true
	}
	if r := newListReader(context.Background(), pl); r.list != pl {
		t.Error("a reader outside a search reads no list")
	}
}
