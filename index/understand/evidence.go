package understand

import (
	"slices"

	"sira/index/lang"
)

// Evidence is what the reader found in a question that the fiches answer,
// one bit for each kind. A question with none asks nothing of theirs,
// whatever words of it some fiche's text holds ("c'est quand les élections
// ?", "quel engrais pour le maïs ?"): the search refuses it unless a fiche
// holds a thing it asks in its head (search.unread). Query.Evidence reads
// it.
type Evidence uint16

// Kinds of evidence.
const (
	// EvidenceNeed: a need pointed to (Query.Need), or work asked where a
	// partner places workers (Query.Placed: "et pour les pays du golfe ?"
	// after legal work in Spain).
	EvidenceNeed Evidence = 1 << iota
	// EvidencePart: a part of a fiche asked (Query.Asked: "numéro",
	// "combien").
	EvidencePart
	// EvidenceKind: a kind of structure asked (Query.Kind).
	EvidenceKind
	// EvidenceNamed: a fiche or a programme named, or told ended.
	EvidenceNamed
	// EvidenceProgrammes: programmes, donors or projects asked about.
	EvidenceProgrammes
	// EvidencePlace: a place named.
	EvidencePlace
	// EvidencePublic: the people the partners serve named in a sentence
	// that asks (public.tsv, return.tsv: "pour les jeunes", "migrant de
	// retour"; a Bambara word's glosses).
	EvidencePublic
	// EvidenceWho: who asks told (Role Who, Had: a country come back
	// from, a trade done, a diploma held; an age: Query.Years).
	EvidenceWho
	// EvidenceJourney: a country the person wants to go to (Role
	// Destination): the data says whether a partner helps (the ANPE's
	// legal labour migration, APEJ's grants for Morocco) or none does
	// (search.emigrating).
	EvidenceJourney
	// EvidenceDanger: a sign of danger told (Query.Distress).
	EvidenceDanger
	// EvidenceMoney: money named, or a thing to buy.
	EvidenceMoney
	// EvidenceHelp: a cry for help ("aidez-moi"), someone to orient the
	// person (Query.Orients).
	EvidenceHelp
	// EvidenceHelper: a helper asked (fr/helpers.tsv: "qui aide", "ki
	// forme", "y a quoi pour nous"): at a place, what is there is asked.
	EvidenceHelper
)

// Evidence returns what the reader found in the question that the fiches
// answer: its fields, as a conversation may carry them from an earlier
// turn ("comment on y accède ?" after a centre named), and Found.
func (q Query) Evidence() Evidence {
	e := q.Found
	mark := func(found bool, kind Evidence) {
		if found {
			e |= kind
		}
	}
	mark(q.Need != "" || q.Placed, EvidenceNeed)
	mark(q.Asked != "", EvidencePart)
	mark(q.Kind != "", EvidenceKind)
	mark(len(q.Named) > 0 || len(q.EndedTold) > 0, EvidenceNamed)
	mark(q.Programmes, EvidenceProgrammes)
	mark(q.Place != nil, EvidencePlace)
	mark(len(q.Public) > 0 || slices.ContainsFunc(q.Terms, func(t Term) bool { return t.Public }), EvidencePublic)
	mark(q.Years > 0 || slices.ContainsFunc(q.Terms, func(t Term) bool { return t.Role.Tells() }), EvidenceWho)
	mark(slices.ContainsFunc(q.Terms, func(t Term) bool { return t.Role == Destination }), EvidenceJourney)
	mark(len(q.Distress) > 0 || q.Distressed || q.Endangered, EvidenceDanger)
	mark(q.Money || q.Buying, EvidenceMoney)
	mark(q.Orients, EvidenceHelp)
	return e
}

// found returns what the reading found that the fiches answer and no
// field of the query holds (Query.Found).
func (r *reading) found() Evidence {
	var e Evidence
	if r.publicAsked() {
		e |= EvidencePublic
	}
	if r.helpAsked {
		e |= EvidenceHelp
	}
	if r.helperAsked() {
		e |= EvidenceHelper
	}
	return e
}

// publicAsked reports whether a sentence that asks names the people the
// partners serve: a word of public.tsv or return.tsv, or a Bambara word
// whose glosses do (reading.public).
func (r *reading) publicAsked() bool {
	if r.public {
		return true
	}
	for i, c := range r.cls {
		if r.request[r.sentence[i]] && c.Is(lang.Public|lang.Return) {
			return true
		}
	}
	return false
}

// helperAsked reports whether a sentence that asks asks who does a thing
// for the person (fr/helpers.tsv: "qui aide les femmes qui font du savon",
// "ki forme dans le bâtiment").
func (r *reading) helperAsked() bool {
	return slices.ContainsFunc(r.helpers, func(h lang.Hit) bool { return r.request[r.sentence[h.Start]] })
}

// inHelper reports whether words[start:end] lie within a helper asked
// (fr/helpers.tsv): "quoi" in "y a quoi à Ménaka pour nous" asks what is
// there for the person, not what a place is.
func (r *reading) inHelper(start, end int) bool {
	return slices.ContainsFunc(r.helpers, func(h lang.Hit) bool { return h.Start <= start && end <= h.End })
}
