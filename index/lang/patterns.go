package lang

import (
	"slices"
	"strings"
)

// Gap, between two words of a pattern, lets up to MaxGap other words stand
// between them ("perdu .. papiers" finds "perdu tous mes papiers").
const (
	Gap    = ".."
	MaxGap = 3
)

// Patterns find phrases in a question's words, each with its value (a
// sign of distress, an intent, a facet): the longest first, left to right,
// without overlaps.
type Patterns struct {
	byFirst map[string][]pattern // longest first
}

type pattern struct {
	words []string
	gaps  []bool // gaps[i]: a gap before words[i]
	value string
}

// A Hit is a pattern found: words[Start:End] hold it.
type Hit struct {
	Start, End int
	Words      string // the pattern as written in its file
	Value      string
}

func (p *Patterns) add(phrase, value string) {
	if p.byFirst == nil {
		p.byFirst = map[string][]pattern{}
	}
	var pt pattern
	gap := false
	for _, w := range strings.Fields(phrase) {
		if w == Gap {
			gap = true
			continue
		}
		pt.words, pt.gaps, gap = append(pt.words, w), append(pt.gaps, gap), false
	}
	pt.value = value
	list := append(p.byFirst[pt.words[0]], pt)
	slices.SortStableFunc(list, func(a, b pattern) int { return len(b.words) - len(a.words) })
	p.byFirst[pt.words[0]] = list
}

// Find returns the patterns found in words, longest first at each place,
// left to right, without overlaps.
func (p Patterns) Find(words []string) []Hit {
	var out []Hit
	for i := 0; i < len(words); i++ {
		for _, pt := range p.byFirst[words[i]] {
			if end, ok := pt.match(words, i); ok {
				out = append(out, Hit{Start: i, End: end, Words: pt.String(), Value: pt.value})
				i = end - 1
				break
			}
		}
	}
	return out
}

// match reports whether pt begins at words[i], and where it ends.
func (pt pattern) match(words []string, i int) (int, bool) {
	pos := i + 1
	for k := 1; k < len(pt.words); k++ {
		reach := pos
		if pt.gaps[k] {
			reach = pos + MaxGap
		}
		found := false
		for j := pos; j <= reach && j < len(words); j++ {
			if words[j] == pt.words[k] {
				pos, found = j+1, true
				break
			}
		}
		if !found {
			return 0, false
		}
	}
	return pos, true
}

func (pt pattern) String() string {
	var b strings.Builder
	for i, w := range pt.words {
		if i > 0 {
			b.WriteByte(' ')
			if pt.gaps[i] {
				b.WriteString(Gap + " ")
			}
		}
		b.WriteString(w)
	}
	return b.String()
}

// Len is the number of patterns.
func (p Patterns) Len() int {
	n := 0
	for _, l := range p.byFirst {
		n += len(l)
	}
	return n
}
