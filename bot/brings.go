package bot

import "sira/index"

// A brings is what a message brings of its own, beside the last answer:
// each kind of thing that may make it a new question rather than one about
// what was shown. The conversation's rules read as sets of these ("names
// fiches and brings nothing but a place and words") rather than chains of
// conditions on the query.
type brings uint16

const (
	bringsTopic      brings = 1 << iota // words to search (Query.Topics)
	bringsNeed                          // a need
	bringsPlace                         // a place
	bringsKind                          // a kind of structure
	bringsNamed                         // a fiche by name
	bringsAsked                         // a part asked (cost, number…)
	bringsDanger                        // danger told where it asks (Distressed)
	bringsDistress                      // a sign of distress anywhere (Distress)
	bringsProgrammes                    // programmes or donors asked about
	bringsOutOfScope                    // something no partner offers, or a fact asked (Knowledge, Aside)
)

// subject is what gives a message a subject of its own, which makes it no
// question about the fiches shown: a kind of structure, a fiche by name,
// danger, programmes or donors, something known to be out of scope or a
// fact asked of its own ("1 euro fait combien de francs CFA ?" after an
// answer is no cost asked of the fiches shown).
const subject = bringsKind | bringsNamed | bringsDanger | bringsDistress | bringsProgrammes | bringsOutOfScope

// broughtBy is what a message read brings.
func broughtBy(q index.Query) brings {
	var b brings
	for _, c := range []struct {
		is bool
		b  brings
	}{
		{len(q.Topics()) > 0, bringsTopic},
		{q.Need != "", bringsNeed},
		{q.Place != nil, bringsPlace},
		{q.Kind != "", bringsKind},
		{len(q.Named) > 0, bringsNamed},
		{q.Asked != "", bringsAsked},
		{q.Distressed, bringsDanger},
		{len(q.Distress) > 0, bringsDistress},
		{q.Programmes, bringsProgrammes},
		{len(q.OutOfScope) > 0 || q.Knowledge != "" || q.Aside, bringsOutOfScope},
	} {
		if c.is {
			b |= c.b
		}
	}
	return b
}

// any reports whether b holds one of m.
func (b brings) any(m brings) bool { return b&m != 0 }

// only reports whether b holds nothing but m.
func (b brings) only(m brings) bool { return b&^m == 0 }
