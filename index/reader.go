package index

import (
	"fmt"

	bleveanalysis "github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/mapping"

	"sira/index/analysis"
	"sira/index/lang"

	"sira/lexicon"
	"sira/places"
	"sira/spell"
)

// A Vocabulary is what reading a question needs to know of the fiches:
// which words they hold and how many do. The index is one (from bleve's
// dictionary); tests give a map.
type Vocabulary interface {
	// Holds reports whether a word, as the French analyzer reads it, is in
	// some fiche's text or name.
	Holds(word string) bool
	// Common reports whether most fiches hold it ("réintégration",
	// "jeunes"): it tells no fiche from another.
	Common(word string) bool
	// Rare reports whether few fiches hold it (maxNameDF or fewer).
	Rare(word string) bool
	// Related returns the fiches' terms sharing the word's stem
	// ("psychologue": psychologique), or naming its act ("réparer":
	// réparation).
	Related(word string) []string
}

// A reader understands questions (Understand): the language data, the
// lexicon, the places, the fiches' names and what it needs to know of the
// fiches. It holds no bleve index, so understanding is table-tested
// without one; the index gives it its Vocabulary and search reads its
// Query.
type reader struct {
	v        *vocab
	corpus   Vocabulary
	lex      *lexicon.Lexicon
	gaz      *places.Gazetteer
	abroad   *places.Countries
	named    nameKeys    // the words that name a fiche
	lexSpell spell.Index // lexicon words within one edit, for Bambara spelt by ear
	// the question readers: Bambara, and French for a question found French
	bambara, frenchQuestion bleveanalysis.Analyzer
}

// newReader returns a reader of questions with the language data d, the
// analyzers of mapping m (analysis.Define) and what corpus knows of the
// fiches. Its fiche names and lexicon spelling index are set by the caller
// (built while bleve indexes).
func newReader(m *mapping.IndexMappingImpl, d *lang.Data, corpus Vocabulary, lex *lexicon.Lexicon) (*reader, error) {
	rd := &reader{v: newVocab(d), corpus: corpus, lex: lex, gaz: places.Default(), abroad: places.Abroad()}
	for _, a := range []struct {
		dst  *bleveanalysis.Analyzer
		name string
	}{{&rd.bambara, analysis.BambaraAnalyzer}, {&rd.frenchQuestion, analysis.QuestionFrenchAnalyzer}} {
		if *a.dst = m.AnalyzerNamed(a.name); *a.dst == nil {
			return nil, fmt.Errorf("index: analyzer %s not defined", a.name)
		}
	}
	return rd, nil
}

// Holds implements Vocabulary.
func (ix *Index) Holds(text string) bool {
	for _, t := range ix.frenchCache.terms(text) {
		if ix.textDF[t] > 0 || ix.names[t] {
			return true
		}
	}
	return false
}

// Common implements Vocabulary.
func (ix *Index) Common(w string) bool {
	for _, t := range ix.frenchCache.terms(w) {
		if ix.textDF[t]*2 <= uint64(ix.Len()) {
			return false
		}
	}
	return true
}
