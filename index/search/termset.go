package search

import (
	"slices"

	"sira/index/understand"
)

// A termSet is one unit's terms that some fiche holds, by field (its
// French terms in the content fields, its sound keys in the sound field),
// with the words to show.
type termSet struct {
	label string              // the term as the person wrote it, or its gloss
	ids   *[searched][]uint32 // by slot of the field searched
	// role, country and need are those of the term; weight is what it
	// counts for in coverage (weight).
	role    understand.Role
	country bool
	// adjective says the country is told by its people's adjective
	// ("français", "chinoise"): whose, or a language, not a place.
	adjective bool
	need      string
	head      bool // the trade a request to learn names (Term.Head)
	// own is how many of the first head ids are the trade's own word's
	// (its first variant), when its other variants add more: a wider
	// word ("pisciculture" read élevage too) a fiche's head may hold alone.
	own int
	// structure says the unit names a type of structure (Term.Structure):
	// a fiche holds it only in its head.
	structure bool
	noun      bool // a determiner or preposition brings it (Term.Noun)
	weight    float64
	// product says the unit names what a request for money asks to be
	// given (products.tsv: a loan, a grant): a fiche covers it,
	// for ranking, only where it says it gives it (Index.gives).
	product bool
	// goods are the unit's text ids that name goods asked to work with
	// (goods.tsv: equipment, material, a machine), none for a trade to
	// learn: a fiche covers it, for ranking, only where it says it gives
	// those (Index.givesGoods), as a product.
	goods []uint32
	// unanswerable says the unit is evidence of a thing Sira cannot
	// answer: an activity no fiche offers (in its name, trades or
	// summary), a trade asked to learn that none does, or a country asked
	// about that no fiche names.
	unanswerable bool
	activity     bool // the unit is an activity (activities.tsv): no evidence for a business of it
	// abroad says the unit is a country asked about or wanted that no
	// fiche names in a line with the other things asked (markAbroad):
	// evidence, unless the message is about protection.
	abroad bool
}

// The fields a question's words are searched in, as slots of a termSet.
const (
	slotHead = iota
	slotText
	slotSound
	searched
)

// slot returns the slot of a searched field.
func slot(field string) int {
	switch field {
	case fHead:
		return slotHead
	case fText:
		return slotText
	}
	return slotSound
}

// add records the terms some fiche holds in field, and returns their ids.
// A slot's first id takes its room from room.
func (ts termSet) add(held *heldTerms, room *idRoom, field string, terms ...string) []uint32 {
	ids := &ts.ids[slot(field)]
	n := len(*ids)
	for _, t := range terms {
		if id, ok := held.id(field, t); ok {
			if *ids == nil {
				*ids = room.take()
			}
			*ids = append(*ids, id)
		}
	}
	return (*ids)[n:len(*ids):len(*ids)]
}

// An idRoom is room for a question's term sets' ids, idsAtFirst for each
// slot that holds any, cut from one allocation (a slot grew from one id by
// doubling, an allocation each time); a slot that outgrows its room, or
// finds none left, grows as any slice.
type idRoom []uint32

// idsAtFirst is the room a slot takes: most hold one to three ids.
const idsAtFirst = 4

// newIDRoom makes room for n terms, two slots of each.
func newIDRoom(n int) idRoom { return make(idRoom, 2*idsAtFirst*n) }

// take returns empty room for idsAtFirst ids, or nil when none is left.
func (r *idRoom) take() []uint32 {
	if len(*r) < idsAtFirst {
		return nil
	}
	s := (*r)[:0:idsAtFirst]
	*r = (*r)[idsAtFirst:]
	return s
}

// counted returns the set's ids by slot that say a fiche holds it: a topic
// in any field, by sound too (a misspelling); who asks only as written, for
// a word of a story that sounds like one of a fiche ("prison",
// "précision") says nothing of it; a type of structure only in the head.
func (ts termSet) counted() [][]uint32 {
	if ts.structure {
		return ts.ids[slotHead : slotHead+1]
	}
	if ts.role.Asks() {
		return ts.ids[:]
	}
	return ts.ids[:slotSound]
}

// found reports whether some fiche holds a term of the set.
func (ts termSet) found() bool {
	return slices.ContainsFunc(ts.ids[:], func(ids []uint32) bool { return len(ids) > 0 })
}
