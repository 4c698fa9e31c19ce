package search

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Holds implements understand.Vocabulary: a fiche holds one of the
// text's French terms, in its text or its name.
func (ix *Index) Holds(text string) bool { return ix.factsOf(text)&factHolds != 0 }

// Common implements understand.Vocabulary: more than half the fiches hold
// the word.
func (ix *Index) Common(w string) bool { return ix.factsOf(w)&factCommon != 0 }

// Rare implements understand.Vocabulary: maxNameDF fiches or fewer hold
// the word.
func (ix *Index) Rare(w string) bool { return ix.factsOf(w)&factRare != 0 }

// wordFacts are what Holds, Common and Rare say of a text, read once with
// its terms (termCache.termsFacts).
type wordFacts uint8

const (
	factHolds wordFacts = 1 << iota
	factCommon
	factRare
	factsRead // the others were read
)

func (ix *Index) factsOf(text string) wordFacts {
	_, f := ix.frenchCache.termsFacts(text, ix.termFacts)
	return f
}

// termFacts reads the vocabulary's facts of a text's French terms.
func (ix *Index) termFacts(terms []string) wordFacts {
	f := factCommon | factRare
	for _, t := range terms {
		df := ix.textDF[t]
		if df > 0 || ix.names[t] {
			f |= factHolds
		}
		if df*2 <= uint64(ix.Len()) {
			f &^= factCommon
		}
		if df > maxNameDF {
			f &^= factRare
		}
	}
	return f
}

// Related implements understand.Vocabulary: for an infinitive, the fiche
// terms naming its act; else the fiche terms that share the word's first
// two thirds, for the trade, worker and adjective French names from one
// stem ("psychologue": psychologique; minRelatedWord, minPrefix).
func (ix *Index) Related(w string) []string {
	if stem, ok := strings.CutSuffix(w, ix.lang.Grammar["fr:act"][0]); ok && len(stem) >= minActStem {
		var out []string
		for _, end := range ix.lang.ActionNouns {
			for _, t := range ix.frenchCache.terms(stem + end) {
				if ix.textDF[t] > 0 {
					out = append(out, t)
				}
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	n := utf8.RuneCountInString(w)
	if n < minRelatedWord {
		return nil
	}
	prefix := string([]rune(w)[:max(minPrefix, n*2/3)])
	i := sort.SearchStrings(ix.terms, prefix)
	var out []string
	for ; i < len(ix.terms) && strings.HasPrefix(ix.terms[i], prefix) && len(out) < maxRelated; i++ {
		out = append(out, ix.terms[i])
	}
	return out
}
