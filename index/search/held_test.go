package search

import (
	"maps"
	"slices"
	"sort"
	"testing"
)

// TestHeldAsDictionary: the counts and sorted terms of the held fields are
// those of bleve's dictionary of each field.
func TestHeldAsDictionary(t *testing.T) {
	ix := testIndex(t)
	for _, field := range []string{fHead, fText, fSound, fPhrases} {
		d, err := ix.reader.FieldDict(field)
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]uint64{}
		for e, err := d.Next(); e != nil || err != nil; e, err = d.Next() {
			if err != nil {
				t.Fatal(err)
			}
			want[e.Term] = e.Count
		}
		d.Close()
		if len(want) == 0 {
			t.Fatalf("%s: %d terms", field, len(want))
		}
		if got := ix.held.counts(field); !maps.Equal(got, want) {
			t.Errorf("%s: counts differ from the dictionary's (%d terms, %d)", field, len(got), len(want))
		}
		terms := slices.Sorted(maps.Keys(want))
		if got := ix.held.sorted(field); !slices.Equal(got, terms) {
			t.Errorf("%s: sorted terms differ from the dictionary's", field)
		}
	}
	if !sort.StringsAreSorted(ix.terms) || len(ix.terms) != len(slices.Compact(slices.Clone(ix.terms))) {
		t.Error("ix.terms are not sorted, each once")
	}
}

// TestHoldsIDAsBinarySearch: holdsID answers as slices.BinarySearch does,
// on every fiche's terms and on lists of every length up to 70 (ids below,
// between, above and at the ends of 32 bits).
func TestHoldsIDAsBinarySearch(t *testing.T) {
	check := func(terms []uint32, id uint32) {
		t.Helper()
		if _, want := slices.BinarySearch(terms, id); holdsID(terms, id) != want {
			t.Fatalf("holdsID(%d terms, %d) = %v, want %v", len(terms), id, !want, want)
		}
	}
	ix := testIndex(t)
	for _, terms := range ix.held.docs {
		for id := range uint32(len(ix.held.byID)) + 2 {
			check(terms.ids, id)
		}
	}
	for n := range 70 {
		terms := make([]uint32, n)
		for i := range terms {
			terms[i] = uint32(3*i + 1)
		}
		if n > 0 {
			terms[n-1] = 1<<32 - 1
		}
		for id := range uint32(3*n + 3) {
			check(terms, id)
		}
		check(terms, 1<<32-1)
		check(terms, 1<<32-2)
	}
}

// TestFicheTermsAsIDs: a fiche's terms, mapped (the shipped index's) or
// not (past mapIDs's bound), hold the ids their sorted ids hold, on every
// fiche and every id up to past the last.
func TestFicheTermsAsIDs(t *testing.T) {
	ix := testIndex(t)
	small := &heldTerms{docs: map[string]ficheTerms{}}
	for ref, terms := range ix.held.docs {
		if terms.bits == nil {
			t.Fatalf("%s: the shipped index's terms not mapped", ref)
		}
		small.docs[ref] = ficheTerms{ids: terms.ids}
	}
	small.mapIDs(len(ix.held.byID) / 64 * 8) // less than one fiche's bitmap each
	for ref, terms := range ix.held.docs {
		unmapped := small.docs[ref]
		if unmapped.bits != nil {
			t.Fatalf("%s: mapped past the bound", ref)
		}
		for id := range uint32(len(ix.held.byID)) + 130 {
			_, want := slices.BinarySearch(terms.ids, id)
			if terms.holds(id) != want || unmapped.holds(id) != want {
				t.Fatalf("%s: holds(%d) = %v mapped, %v not, want %v", ref, id, terms.holds(id), unmapped.holds(id), want)
			}
		}
	}
}
