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
	ids  [heldFields]map[string]uint32 // by field (heldField), then term
	byID []fieldTerm                   // the term of each id
	docs map[string]ficheTerms         // by ref: the ids of its terms
	// text holds the bytes of every term, that of id i ending at ends[i]:
	// what a term searcher is given (heldTermQuery).
	text []byte
	ends []uint32
}

type fieldTerm struct{ field, term string }

func newHeldTerms(n int) *heldTerms {
	ht := &heldTerms{docs: make(map[string]ficheTerms, n)}
	for i := range ht.ids {
		ht.ids[i] = map[string]uint32{}
	}
	return ht
}

// The fields whose terms are held, as indexes of heldTerms.ids: a field
// found by a switch, then its term by one string look-up, where a key of
// field and term hashed both.
const (
	heldHead = iota
	heldText
	heldSound
	heldPhrases
	heldFields
)

// heldField returns the index of a field whose terms are held, or -1.
func heldField(field string) int {
	switch field {
	case fHead:
		return heldHead
	case fText:
		return heldText
	case fSound:
		return heldSound
	case fPhrases:
		return heldPhrases
	}
	return -1
}

// add records the terms of a document bleve has analysed, in the fields
// whose terms are held (heldField).
func (ht *heldTerms) add(ref string, doc indexapi.Document) {
	n := 0
	doc.VisitFields(func(f indexapi.Field) {
		if heldField(f.Name()) >= 0 {
			n += len(f.AnalyzedTokenFrequencies())
		}
	})
	ids := make([]uint32, 0, n) // a fiche's text has thousands of terms: made once
	doc.VisitFields(func(f indexapi.Field) {
		field := heldField(f.Name())
		if field < 0 {
			return
		}
		byTerm := ht.ids[field]
		for term := range f.AnalyzedTokenFrequencies() {
			id, ok := byTerm[term]
			if !ok {
				id = uint32(len(ht.byID))
				byTerm[term] = id
				ht.byID = append(ht.byID, fieldTerm{f.Name(), term})
				ht.text = append(ht.text, term...)
				ht.ends = append(ht.ends, uint32(len(ht.text)))
			}
			ids = append(ids, id)
		}
	})
	slices.Sort(ids)
	ht.docs[ref] = ficheTerms{ids: slices.Compact(ids)}
}

// A ficheTerms is what terms a fiche holds: their ids, sorted, and where
// the index is small enough (mapIDs) the same as a bitmap, whose look-up
// is one read where a binary search's last halvings each miss the cache
// (ranking asks a few hundred a question).
type ficheTerms struct {
	ids  []uint32
	bits []uint64 // bit id%64 of bits[id/64] for each id held, up to the last; nil when not mapped
}

// holds reports whether the fiche holds the term id.
func (t ficheTerms) holds(id uint32) bool {
	if t.bits != nil {
		w := int(id >> 6)
		return w < len(t.bits) && t.bits[w]>>(id&63)&1 != 0
	}
	return holdsID(t.ids, id)
}

// maxMapped is the most bytes the fiches' bitmaps may take together: the
// shipped fiches take some tens of kilobytes, a hundred thousand would
// take gigabytes and keep to their sorted ids.
const maxMapped = 8 << 20

// mapIDs gives every fiche its terms' bitmap, all in one array, when they
// take no more than max bytes together; else none has one.
func (ht *heldTerms) mapIDs(max int) {
	words := 0
	for _, t := range ht.docs {
		if len(t.ids) > 0 {
			words += int(t.ids[len(t.ids)-1]>>6) + 1
		}
	}
	if words*8 > max {
		return
	}
	all := make([]uint64, words)
	for ref, t := range ht.docs {
		if len(t.ids) == 0 {
			continue
		}
		n := int(t.ids[len(t.ids)-1]>>6) + 1
		t.bits, all = all[:n:n], all[n:]
		for _, id := range t.ids {
			t.bits[id>>6] |= 1 << (id & 63)
		}
		ht.docs[ref] = t
	}
}

// holdsAny reports whether terms hold any of ids.
func holdsAny(terms ficheTerms, ids []uint32) bool {
	for _, id := range ids {
		if terms.holds(id) {
			return true
		}
	}
	return false
}

// holdsAll reports whether terms hold every one of ids.
func holdsAll(terms ficheTerms, ids []uint32) bool {
	for _, id := range ids {
		if !terms.holds(id) {
			return false
		}
	}
	return true
}

// holdsID reports whether the sorted terms hold id, as slices.BinarySearch
// does, with no branch on the comparisons: a fiche holds thousands of
// terms, and each halving's branch was a coin the processor guessed wrong
// half the time (ranking asks a few hundred a question).
func holdsID(terms []uint32, id uint32) bool {
	if len(terms) == 0 {
		return false
	}
	base, n := 0, len(terms)
	for n > 1 {
		half := n / 2
		// All ones when terms[base+half] <= id: 32-bit ids, whose
		// difference never overflows 64 bits.
		le := (int64(terms[base+half]) - int64(id) - 1) >> 63
		base += half & int(le)
		n -= half
	}
	return terms[base] == id
}

// id returns the id of a term in a field, if any fiche holds it.
func (ht *heldTerms) id(field, term string) (uint32, bool) {
	f := heldField(field)
	if f < 0 {
		return 0, false
	}
	id, ok := ht.ids[f][term]
	return id, ok
}

// terms returns the terms some fiche holds in field.
func (ht *heldTerms) terms(field string) map[string]bool {
	out := map[string]bool{}
	if f := heldField(field); f >= 0 {
		for term := range ht.ids[f] {
			out[term] = true
		}
	}
	return out
}

// counts returns how many fiches hold each term some fiche holds in field,
// as bleve's dictionary of the field counts them.
func (ht *heldTerms) counts(field string) map[string]uint64 {
	f := heldField(field)
	n := make([]uint64, len(ht.byID))
	for _, t := range ht.docs {
		for _, id := range t.ids {
			n[id]++
		}
	}
	out := make(map[string]uint64, len(ht.ids[f]))
	for term, id := range ht.ids[f] {
		out[term] = n[id]
	}
	return out
}

// sorted returns the terms some fiche holds in the fields, sorted, each
// once.
func (ht *heldTerms) sorted(fields ...string) []string {
	n := 0
	for _, field := range fields {
		n += len(ht.ids[heldField(field)])
	}
	out := make([]string, 0, n)
	for _, field := range fields {
		for term := range ht.ids[heldField(field)] {
			out = append(out, term)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
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
