package search

import (
	"cmp"
	"math"
	"slices"

	"github.com/blevesearch/bleve/v2/search"
	indexapi "github.com/blevesearch/bleve_index_api"
)

// A listDisjunction is a disjunction of term searchers of kept lists
// (listSearcher), minimum 0, walked as disjunctionSearcher walks its
// clauses and scored as bleve's DisjunctionQueryScorer scores them: the
// clauses' scores of the lowest document summed in the clauses' order,
// times the share of the clauses that match it (TestCompoundAsBleve). It
// reads its lists itself, where disjunctionSearcher takes a document
// match from each matching clause, sums them and gives all but one back
// to the pool: one match a document, not one a term.
type listDisjunction struct {
	lists   []*listSearcher // fewest matches first, as bleve orders them
	at      []int           // each list's current place, its length when done
	started bool
	// room holds lists and at for up to roomClauses clauses.
	room   [roomClauses]*listSearcher
	atRoom [roomClauses]int
}

// newListDisjunction returns the disjunction of ss, or nil unless every
// one of them is a listSearcher. It takes from two to
// searcher.DisjunctionHeapTakeover searchers, as newDisjunctionSearcher.
func newListDisjunction(ss []search.Searcher) *listDisjunction {
	for _, s := range ss {
		if _, ok := s.(*listSearcher); !ok {
			return nil
		}
	}
	d := &listDisjunction{}
	n := len(ss)
	if n <= roomClauses {
		d.lists, d.at = d.room[:n:n], d.atRoom[:n:n]
	} else {
		d.lists, d.at = make([]*listSearcher, n), make([]int, n)
	}
	for i, s := range ss {
		d.lists[i] = s.(*listSearcher)
	}
	// bleve sorts with sort.Sort, an insertion sort at these lengths:
	// stable, as this sort is (newDisjunctionSearcher).
	slices.SortStableFunc(d.lists, func(a, b *listSearcher) int { return cmp.Compare(a.Count(), b.Count()) })
	d.SetQueryNorm(1.0 / math.Sqrt(d.Weight()))
	return d
}

func (d *listDisjunction) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	if !d.started {
		for i, l := range d.lists {
			d.at[i] = l.seek(0)
		}
		d.started = true
	}
	var low uint64
	found := false
	for i, l := range d.lists {
		if d.at[i] < len(l.list.ids) {
			if doc := l.list.ids[d.at[i]]; !found || doc < low {
				low, found = doc, true
			}
		}
	}
	if !found {
		return nil, nil
	}
	var sum float64
	matched := 0
	for i, l := range d.lists {
		if d.at[i] < len(l.list.ids) && l.list.ids[d.at[i]] == low {
			sum += l.score(d.at[i])
			matched++
			d.at[i] = l.seek(d.at[i] + 1)
		}
	}
	coord := float64(matched) / float64(len(d.lists))
	return match(ctx, low, sum*coord), nil
}

// Advance moves each list behind the document to it or the first after
// it, as disjunctionSearcher advances its clauses (a list done too).
func (d *listDisjunction) Advance(ctx *search.SearchContext, id indexapi.IndexInternalID) (*search.DocumentMatch, error) {
	if !d.started {
		for i, l := range d.lists {
			d.at[i] = l.seek(0)
		}
		d.started = true
	}
	to := id.Value()
	for i, l := range d.lists {
		if d.at[i] < len(l.list.ids) && l.list.ids[d.at[i]] >= to {
			continue
		}
		at, _ := slices.BinarySearch(l.list.ids, to)
		d.at[i] = l.seek(at)
	}
	return d.Next(ctx)
}

func (d *listDisjunction) Weight() float64 {
	var rv float64
	for _, l := range d.lists {
		rv += l.Weight()
	}
	return rv
}

func (d *listDisjunction) SetQueryNorm(qnorm float64) {
	for _, l := range d.lists {
		l.SetQueryNorm(qnorm)
	}
}

// Count is the sum of the lists' counts, as bleve's says.
func (d *listDisjunction) Count() uint64 {
	var sum uint64
	for _, l := range d.lists {
		sum += l.Count()
	}
	return sum
}

func (d *listDisjunction) Min() int                   { return 0 }
func (d *listDisjunction) Size() int                  { return 128 }
func (d *listDisjunction) DocumentMatchPoolSize() int { return 2 * len(d.lists) }
func (d *listDisjunction) Close() error               { return nil }
