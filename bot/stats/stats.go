// Package stats gives Sira's statistics their closed vocabularies. What a
// question that found nothing was about is counted as a theme Sira already
// knows — a concept of the out-of-scope list, a trade or kind of structure
// of the fiches, or the concept of a lexicon word — and a poster's source
// as a partner's fiche; anything else is counted as "other". So no word a
// person typed (a name, a phone number, a village) ever reaches the
// counts, /stats or `sira report`.
package stats

import (
	"slices"
	"strings"
	"unicode"

	"sira/index/lexicon"
	"sira/seeds"
)

// other is what a word outside the vocabulary is counted as.
const other = "other"

// A Vocabulary maps what a question named to the word it is counted as.
type Vocabulary struct {
	terms    map[string]bool   // the fiches' trades (and their words) and kinds
	concepts map[string]string // a lexicon spelling or French gloss → its concept
	sources  map[string]bool   // the fiches' refs, slugs and acronyms
}

// New builds the vocabulary of a set of fiches and a lexicon.
func New(fiches []*seeds.Fiche, lex *lexicon.Lexicon) *Vocabulary {
	v := &Vocabulary{terms: map[string]bool{}, concepts: map[string]string{}, sources: map[string]bool{}}
	for _, k := range seeds.Kinds {
		v.terms[key(k)] = true
	}
	for _, f := range fiches {
		for _, t := range f.Trades {
			v.addTerm(t.Name)
		}
		for _, s := range append([]string{f.Ref, f.Slug}, f.Acronyms...) {
			v.sources[key(s)] = true
		}
	}
	for _, e := range lex.Entries() {
		concept := e.Concept
		if concept == lexicon.ConceptOther {
			concept = other
		}
		for _, k := range e.Keys {
			v.addConcept(k, concept)
		}
		for _, g := range e.Glosses {
			v.addConcept(key(g), concept)
			for _, w := range strings.Fields(key(g)) {
				v.addConcept(w, concept)
			}
		}
	}
	delete(v.terms, "")
	delete(v.sources, "")
	return v
}

// addTerm adds a trade's name and its words of more than three letters
// ("Construction-métallique": the phrase, construction, metallique).
func (v *Vocabulary) addTerm(name string) {
	k := key(name)
	v.terms[k] = true
	for _, w := range strings.Fields(k) {
		if len(w) > 3 {
			v.terms[w] = true
		}
	}
}

// addConcept keeps the first concept given for a key: Sira's own lexicon
// rows come first and say how the fiches use a word.
func (v *Vocabulary) addConcept(k, concept string) {
	if _, ok := v.concepts[k]; !ok && k != "" {
		v.concepts[k] = concept
	}
}

// theme is what a topic of a question with no fiche is counted as: the
// trade or kind itself when the fiches name it, else its lexicon concept
// (metier, sante, protection…), else other.
func (v *Vocabulary) theme(topic string) string {
	k := key(topic)
	if v.terms[k] {
		return k
	}
	if c, ok := v.concepts[k]; ok {
		return c
	}
	return other
}

// Themes is what a question with no fiche is counted as, each theme once:
// what it asks that no partner offers, as the out-of-scope list names it
// (index/lang: driving_licence, travel_papers…), or else the theme of each
// of its topics.
func (v *Vocabulary) Themes(outOfScope, topics []string) []string {
	if len(outOfScope) > 0 {
		return slices.Compact(slices.Sorted(slices.Values(outOfScope)))
	}
	var out []string
	for _, t := range topics {
		if th := v.theme(t); !slices.Contains(out, th) {
			out = append(out, th)
		}
	}
	return out
}

// Source is what a poster's deep-link source (/start src_<partner>) is
// counted as: the partner's ref, slug or acronym as given, else other.
func (v *Vocabulary) Source(s string) string {
	if k := key(s); v.sources[k] {
		return k
	}
	return other
}

// key folds s and keeps its runs of letters and digits, one space apart.
func key(s string) string {
	return strings.Join(strings.FieldsFunc(lexicon.Key(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}
