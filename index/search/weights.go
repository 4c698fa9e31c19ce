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
	// weightProgrammes is what the programme fiches count for when a
	// counsellor asks about programmes without asking who funds: less
	// than a topic, so a public agency's scheme that holds what is asked
	// ("dispositifs HIMO": APEJ) stays before a programme that does not.
	weightProgrammes = 0.5
)

// protectionDepth is how many protection fiches a distress answer ranks
// before ordering them by who a person can reach (the shipped fiches have
// nine; a large set must not rank them all).
const protectionDepth = 30

// townRadius is how far, in kilometres, a place may lie from its region's
// capital and be a part of that town (inCapital): Bamako's quartiers lie
// within 11 km of its centre, Sévaré as far from Mopti's; the next town of
// any region, Markala, 34 km from Ségou.
const townRadius = 15.0

// reachRadius is how far, in kilometres, a town where a training is given
// may lie from the place asked and still be the answer for someone there:
// there and back in a day by shared taxi, as from Kati to Bamako (15 km) or
// Markala to Ségou (34 km); Bougouni lies 160 km from Bamako.
const reachRadius = 50.0

// fitDepth is how many of the first results fits looks at.
const fitDepth = 3

// doorDepth is how many of the first results, a card's page, go to the open
// services that fit as well before a donor or what ended (moverNext).
const doorDepth = 3

// maxNameDF is how many fiches' texts a rare word may appear in (Rare).
const maxNameDF = 3

// maxTerms bounds bleve's term searchers for one question: fuzzy matching on
// a long message must not expand into thousands of terms.
const maxTerms = 1000

// Sound keys shorter than minSoundKey are not searched (too many words
// share them); a typed key of minFuzzyKey or more that no fiche has is
// searched within one edit ("chodronerie"): shorter ones at one edit match
// unrelated words ("montr" ≈ "kontr").
const (
	minSoundKey = 4
	minFuzzyKey = 6
	// minFuzzyTerm is the shortest stem searched within one edit, when the
	// word typed has minFuzzyKey letters or more: stems are shorter than
	// words ("cuture" → "cutur", one letter from "coutur").
	minFuzzyTerm = 5
)

// rerankDepth is how many hits are ranked again by topic coverage.
const rerankDepth = 10

// minFrenchInBambara is the shortest word of a Bambara question searched
// as misspelt French.
const minFrenchInBambara = 9

// French names a trade, its worker and its adjective from one stem:
// "psychologue" and "psychologique", "coiffeur" and "coiffure",
// "informaticien" and "informatique". The light stemmer keeps them apart;
// a word no fiche holds is therefore read as the fiche terms that share
// its first two thirds (six letters at least: "pilotage" must not meet
// "piloter"). Pairs that share less ("soudeur", "soudure") are in synonyms.tsv.
const (
	minRelatedWord = 7
	minPrefix      = 6
	maxRelated     = 5
	// minActStem is the shortest stem of an infinitive read as the act
	// it names (réparer → réparation).
	minActStem = 4
)

// boostOf is a term's boost: a gloss counts less than what was typed.
func boostOf(t understand.Term) float64 {
	if t.Source == understand.Gloss {
		return boostGloss
	}
	return boostTyped
}

// adultYears is the age from which a person told is past youth: the
// report's programmes for the young stop at 24 at the least (the Swiss
// cooperation's "jeunes (15-24 ans)", the APEJ's grants abroad "moins de
// 24 ans"), so a children's actor, which also takes "des jeunes", takes
// no one older.
const adultYears = 25
