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
