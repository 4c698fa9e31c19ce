package search

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Holds implements understand.Vocabulary.
func (ix *Index) Holds(text string) bool {
	for _, t := range ix.frenchCache.terms(text) {
		if ix.textDF[t] > 0 || ix.names[t] {
			return true
		}
	}
	return false
}

// Common implements understand.Vocabulary: more than half the fiches hold
// the word.
func (ix *Index) Common(w string) bool {
	for _, t := range ix.frenchCache.terms(w) {
		if ix.textDF[t]*2 <= uint64(ix.Len()) {
			return false
		}
	}
	return true
}

// Rare implements understand.Vocabulary: maxNameDF fiches or fewer hold
// the word.
func (ix *Index) Rare(w string) bool {
	for _, t := range ix.frenchCache.terms(w) {
		if ix.textDF[t] > maxNameDF {
			return false
		}
	}
	return true
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
