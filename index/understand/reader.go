package understand

import (
	"fmt"
	"strings"
	"sync"

	bleveanalysis "github.com/blevesearch/bleve/v2/analysis"

	"sira/index/fold"
	"sira/index/lang"
	"sira/index/lexicon"
	"sira/index/places"
	"sira/index/spell"
	"sira/seeds"
)

// A Vocabulary is what reading a question needs to know of the fiches:
// which words they hold and how many do. The search index is one (from
// bleve's dictionary); tests give a map.
type Vocabulary interface {
	// Holds reports whether a word, as the French analyzer reads it, is in
	// some fiche's text or name.
	Holds(word string) bool
	// Common reports whether most fiches hold it ("réintégration",
	// "jeunes"): it tells no fiche from another.
	Common(word string) bool
	// Rare reports whether few fiches hold it: a word of a fiche's name
	// that is rare names that fiche.
	Rare(word string) bool
	// Related returns the fiches' terms sharing the word's stem
	// ("psychologue": psychologique), or naming its act ("réparer":
	// réparation).
	Related(word string) []string
}

// seen is a Vocabulary as one question reads it: what it says of a word
// is asked once and kept while the question is read, then forgotten with
// it (the search keeps no word a person typed that the fiches do not
// hold, so it would analyze an unknown word at each look-up).
type seen struct {
	Vocabulary
	facts map[string]fact
}

// A fact is what seen knows of a word: for each question (Holds, Common,
// Rare), whether it was asked, and the answer.
type fact uint8

const (
	askedHolds fact = 1 << iota
	holds
	askedCommon
	common
	askedRare
	rare
)

// seenWords is how many words a question's seen is made for: most
// questions have fewer.
const seenWords = 32

// A questionReader is the reader of one question, with what it learns of the
// fiches' words (its own seen); questions are pooled, their facts cleared
// after each question, so that reading one allocates neither the map nor
// the reader.
type questionReader struct {
	rd   Reader
	seen seen
	// query is the question's, read into here: a reading points to it,
	// which made it an allocation of its own (400 bytes) for each question.
	query Query
}

var questions = sync.Pool{New: func() any {
	return &questionReader{seen: seen{facts: make(map[string]fact, seenWords)}}
}}

// pooledWords is the most words a question's map may have held to go back
// to the pool: a long message's map is left to the collector.
const pooledWords = 4 * seenWords

func (s *seen) Holds(w string) bool  { return s.fact(w, askedHolds, holds, s.Vocabulary.Holds) }
func (s *seen) Common(w string) bool { return s.fact(w, askedCommon, common, s.Vocabulary.Common) }
func (s *seen) Rare(w string) bool   { return s.fact(w, askedRare, rare, s.Vocabulary.Rare) }

// fact returns whether ask says yes of w, asking it the first time.
func (s *seen) fact(w string, asked, yes fact, ask func(string) bool) bool {
	f := s.facts[w]
	if f&asked == 0 {
		f |= asked
		if ask(w) {
			f |= yes
		}
		s.facts[w] = f
	}
	return f&yes != 0
}

// Analyzers are the question readers, from the mapping that defines them
// (analysis.Define): Bambara (contractions, stems, compounds) and French
// (articles split off, folded).
type Analyzers struct {
	Bambara, French bleveanalysis.Analyzer
}

// A Language is what reading questions needs that does not depend on the
// fiches: the language data, with what is derived from it once, and the
// lexicon with its spelling index. Building it takes a few milliseconds,
// done while the fiches are indexed.
type Language struct {
	v        *vocab
	lex      *lexicon.Lexicon
	lexSpell spell.Index // lexicon words within one edit, for Bambara spelt by ear
}

// NewLanguage prepares the language data d and the lexicon for reading.
func NewLanguage(d *lang.Data, lex *lexicon.Lexicon) *Language {
	return &Language{v: newVocab(d), lex: lex, lexSpell: spell.New(lex.Words(), minFuzzyKey-1)}
}

// A Reader understands questions (Understand): the language, the places,
// the fiches' names and what it needs to know of the fiches. It holds no
// bleve index, so understanding is table-tested without one.
type Reader struct {
	*Language
	corpus Vocabulary
	gaz    *places.Gazetteer
	abroad *places.Countries
	named  nameKeys // the words that name a fiche
	// funders maps a country's id to the fiches of programmes it funds
	// through (funderKeys)
	funders map[string][]string
	// loans are the fiches' words by the skeleton of their sound, for a
	// French word a Bambara speaker writes as heard (loanWords)
	loans map[string]string
	// fullNames are the fiches' names written in full, as each question
	// reader reads them: no sign of a question's language (fullName).
	fullNames fullNames
	// the question readers: Bambara, and French for a question found French
	bambara, frenchQuestion bleveanalysis.Analyzer
}

// New returns a reader of questions in language l, with the question
// analyzers a and what corpus knows of the fiches, whose names it learns.
func New(l *Language, a Analyzers, corpus Vocabulary, fiches []*seeds.Fiche) (*Reader, error) {
	if a.Bambara == nil || a.French == nil {
		return nil, fmt.Errorf("understand: a question analyzer is missing")
	}
	rd := &Reader{Language: l, corpus: corpus, gaz: places.Default(), abroad: places.Abroad(), bambara: a.Bambara, frenchQuestion: a.French}
	if err := rd.placementNamed(); err != nil {
		return nil, err
	}
	rd.named = rd.nameKeys(fiches)
	rd.funders = rd.funderKeys(fiches)
	rd.fullNames = rd.fullNameKeys(fiches)
	rd.loans = rd.loanWords(fiches)
	return rd, nil
}

// placementNamed checks that each country of placement.tsv is one the
// reader finds by that name (index/places/abroad.tsv): another would never be
// read, a dead row.
func (rd *Reader) placementNamed() error {
	for c := range rd.v.Placement {
		if m := rd.abroad.Find(strings.Fields(c)); len(m) != 1 || fold.String(m[0].Name) != c {
			return fmt.Errorf("understand: fr/placement.tsv: %q is no country of index/places/abroad.tsv", c)
		}
	}
	return nil
}
