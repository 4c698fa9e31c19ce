package search

import (
	"slices"

	indexapi "github.com/blevesearch/bleve_index_api"
)

// heldTerms records which terms bleve indexed for each fiche in the fields
// the question's words are searched in. Reading them from each analysed
// document once indexed costs no second analysis; it spares every search
// reading term locations to tell which of the question's topics a fiche
// matched, and why (docs/benchmarks.md).
type heldTerms struct {
	ids  map[fieldTerm]uint32
	byID []fieldTerm         // the term of each id
	docs map[string][]uint32 // by ref: the ids of its terms, sorted
	// text holds the bytes of every term, that of id i ending at ends[i]:
	// what a term searcher is given (heldTermQuery).
	text []byte
	ends []uint32
}

type fieldTerm struct{ field, term string }

func newHeldTerms(n int) *heldTerms {
	return &heldTerms{ids: map[fieldTerm]uint32{}, docs: make(map[string][]uint32, n)}
}

// add records the terms of a document bleve has analysed.
func (ht *heldTerms) add(ref string, doc indexapi.Document, fields ...string) {
	var ids []uint32
	doc.VisitFields(func(f indexapi.Field) {
		if !slices.Contains(fields, f.Name()) {
			return
		}
		for term := range f.AnalyzedTokenFrequencies() {
			key := fieldTerm{f.Name(), term}
			id, ok := ht.ids[key]
			if !ok {
				id = uint32(len(ht.ids))
				ht.ids[key] = id
				ht.byID = append(ht.byID, key)
				ht.text = append(ht.text, term...)
				ht.ends = append(ht.ends, uint32(len(ht.text)))
			}
			ids = append(ids, id)
		}
	})
	slices.Sort(ids)
	ht.docs[ref] = slices.Compact(ids)
}

// holdsAny reports whether terms (sorted ids) hold any of ids.
func holdsAny(terms, ids []uint32) bool {
	for _, id := range ids {
		if _, ok := slices.BinarySearch(terms, id); ok {
			return true
		}
	}
	return false
}

// holdsAll reports whether the sorted terms hold every one of ids.
func holdsAll(terms, ids []uint32) bool {
	for _, id := range ids {
		if _, ok := slices.BinarySearch(terms, id); !ok {
			return false
		}
	}
	return true
}

// id returns the id of a term in a field, if any fiche holds it.
func (ht *heldTerms) id(field, term string) (uint32, bool) {
	id, ok := ht.ids[fieldTerm{field, term}]
	return id, ok
}

// terms returns the terms some fiche holds in field.
func (ht *heldTerms) terms(field string) map[string]bool {
	out := map[string]bool{}
	for k := range ht.ids {
		if k.field == field {
			out[k.term] = true
		}
	}
	return out
}

// term returns the term of an id.
func (ht *heldTerms) term(id uint32) string { return ht.byID[id].term }

// bytes returns the term of an id as bytes, which no one may change.
func (ht *heldTerms) bytes(id uint32) []byte {
	start := uint32(0)
	if id > 0 {
		start = ht.ends[id-1]
	}
	return ht.text[start:ht.ends[id]:ht.ends[id]]
}
