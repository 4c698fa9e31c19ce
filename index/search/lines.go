package search

import (
	"slices"
	"strings"
	"sync"
)

// lines keeps, per fiche, the French terms of each line of its text, read
// the first time a question needs them: a country abroad answers a question
// only where a line of the fiche names it with another thing asked
// ("bourses de formation au Maroc"), not as an office or a partner named
// elsewhere in the text ("agences à Abidjan… et au Canada").
type lines struct {
	mu    sync.Mutex
	terms map[string][][]string // by ref: each line's terms, sorted
}

func (ix *Index) linesOf(ref string) [][]string {
	ix.lines.mu.Lock()
	defer ix.lines.mu.Unlock()
	if ls, ok := ix.lines.terms[ref]; ok {
		return ls
	}
	var ls [][]string
	for _, line := range strings.Split(fullText(ix.fiches[ref]), "\n") {
		var terms []string
		for _, t := range ix.french.Analyze([]byte(line)) {
			terms = append(terms, string(t.Term))
		}
		if len(terms) > 0 {
			slices.Sort(terms)
			ls = append(ls, slices.Compact(terms))
		}
	}
	if ix.lines.terms == nil {
		ix.lines.terms = map[string][][]string{}
	}
	ix.lines.terms[ref] = ls
	return ls
}

// together reports whether a line of the fiche holds one of the terms a and
// one of the terms b (term ids of the text field).
func (ix *Index) together(ref string, a, b []uint32) bool {
	for _, line := range ix.linesOf(ref) {
		if ix.anyIn(line, a) && ix.anyIn(line, b) {
			return true
		}
	}
	return false
}

// anyIn reports whether the line holds one of the terms, or a longer form
// of one ("travail" in "travailleurs", which the light stemmer keeps apart).
func (ix *Index) anyIn(line []string, ids []uint32) bool {
	for _, id := range ids {
		t := ix.held.term(id)
		i, found := slices.BinarySearch(line, t)
		if found || len(t) >= minFuzzyTerm && i < len(line) && strings.HasPrefix(line[i], t) {
			return true
		}
	}
	return false
}
