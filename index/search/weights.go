package search

import "sira/index/understand"

// Every weight and threshold of ranking, in one place (those of reading a
// question are in understand/weights.go). Scores are bleve's BM25 times
// these boosts; coverage weights decide whether a fiche fits (fits).

// Boosts of the query's clauses.
const (
	boostHead    = 2.5  // a word in a fiche's name, trades or summary (fHead)
	boostText    = 1.0  // a word in its full text (fText)
	boostPhrase  = 2.5  // a compound noun it offers (fPhrases)
	boostSound   = 0.6  // a word matched by sound or within one edit: a misspelling
	boostNeed    = 2.75 // the need asked, among the fiche's needs or its kind's focus
	boostTown    = 3.0  // the town asked, named in the fiche's text
	boostKind    = 1.0  // the kind of structure asked ("incubateur")
	boostTyped   = 1.0  // a word as typed, a phrase, a word Sira supplies
	boostGloss   = 0.8  // a Bambara word's French gloss, or a compound's parts
	boostPurpose = 0.5  // coverage weight of what the thing asked is for ("pour agrandir mon atelier")
)

// Coverage weights of a term (weight).
const (
	weightEvidence = 2.0 // a thing asked that Sira knows it cannot answer, no fiche holding it
	weightUnknown  = 0.0 // a word no fiche holds: an unknown word alone never refuses
	weightTopic    = 1.0
)

// protectionDepth is how many protection fiches a distress answer ranks
// before ordering them by who a person can reach (the shipped fiches have
// nine; a large set must not rank them all).
const protectionDepth = 30

// fitDepth is how many of the first results fits looks at.
const fitDepth = 3

// maxNameDF is how many fiches' texts a rare word may appear in (Rare).
const maxNameDF = 3

// boostOf is a term's boost: a gloss counts less than what was typed.
func boostOf(t understand.Term) float64 {
	if t.Source == understand.Gloss {
		return boostGloss
	}
	return boostTyped
}
