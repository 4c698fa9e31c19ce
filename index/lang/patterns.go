package lang

import (
	"slices"
	"strings"
)

// gapMark, between two words of a pattern, lets up to maxGap other words
// stand between them ("perdu .. papiers" finds "perdu tous mes papiers").
// A prefix word, ending in prefixMark, matches every word it begins, of
// minPrefix letters or more before the mark ("frapp*": frappe, frappent,
// frapper).
const (
	gapMark    = ".."
	maxGap     = 3
	prefixMark = "*"
	minPrefix  = 4
)

// silentMark, as what a letter group is written as (rewrites), writes it
// as nothing: a silent letter.
const silentMark = "-"

// Patterns find phrases in a question's words, each with its value (a
// sign of distress, an intent, a facet): the longest first, left to right,
// without overlaps.
type Patterns struct {
	byFirst  map[string][]pattern // longest first
	prefixed int                  // patterns whose first word ends in prefixMark
	// begins is the class of the words that begin one of them (Table):
	// FindIn passes over the others without a look-up.
	begins Class
}

type pattern struct {
	words []string
	gaps  []bool // gaps[i]: a gap before words[i]
	value string
	// written is the pattern as written in its file (String), made once
	// on load rather than for each hit.
	written string
	// prefixed: words[0] is a prefix word. A pattern that is not is
	// listed under its first word itself, so that a word looked up whole
	// begins it without a comparison, and a word looked up by its first
	// letters never does (firstAt).
	prefixed bool
}

// same reports whether a question's word is the pattern's word w.
func same(word, w string) bool {
	if p, ok := strings.CutSuffix(w, prefixMark); ok {
		return strings.HasPrefix(word, p)
	}
	return word == w
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
		if w == gapMark {
			gap = true
			continue
		}
		pt.words, pt.gaps, gap = append(pt.words, w), append(pt.gaps, gap), false
	}
	pt.value, pt.written = value, phrase
	if s := pt.String(); s != phrase {
		pt.written = s
	}
	first := pt.words[0]
	if stem, ok := pt.prefix(); ok {
		first = stem[:minPrefix] // found by its first letters, then matched whole
		pt.prefixed = true
		p.prefixed++
	}
	list := append(p.byFirst[first], pt)
	slices.SortStableFunc(list, func(a, b pattern) int { return len(b.words) - len(a.words) })
	p.byFirst[first] = list
}

// compact lays out the patterns of each first word together: their words'
// letters in one string, the words in one slice, their gaps in another.
// firstAt and match read a first word's patterns one after the other;
// each pattern's words read from a line of its file (strings.Fields) made
// them each a cache miss apart. Patterns added after it are laid out as
// added.
func (p *Patterns) compact() {
	for _, list := range p.byFirst {
		var letters strings.Builder
		n := 0
		for _, pt := range list {
			for _, w := range pt.words {
				letters.WriteString(w)
			}
			n += len(pt.words)
		}
		all, words, gaps := letters.String(), make([]string, 0, n), make([]bool, 0, n)
		for k := range list {
			pt := &list[k]
			start := len(words)
			for _, w := range pt.words {
				words = append(words, all[:len(w)])
				all = all[len(w):]
			}
			gaps = append(gaps, pt.gaps...)
			pt.words, pt.gaps = words[start:len(words):len(words)], gaps[start:len(gaps):len(gaps)]
		}
	}
}

// prefix returns the letters a first word ending in prefixMark stands for.
func (pt pattern) prefix() (string, bool) { return strings.CutSuffix(pt.words[0], prefixMark) }

// Has reports whether some pattern has the value.
func (p Patterns) Has(value string) bool {
	for _, list := range p.byFirst {
		if slices.ContainsFunc(list, func(pt pattern) bool { return pt.value == value }) {
			return true
		}
	}
	return false
}

// Find returns the patterns found in words, longest first at each place,
// left to right, without overlaps.
func (p Patterns) Find(words []string) []Hit { return p.find(words, nil) }

// FindIn is Find in a question's words, given each word's classes
// (Table.Token): a word that begins none of the patterns is passed over
// without a look-up.
func (p Patterns) FindIn(words []string, classes []Class) []Hit { return p.find(words, classes) }

func (p Patterns) find(words []string, classes []Class) []Hit {
	var out []Hit
	for i := 0; i < len(words); i++ {
		if classes != nil && !classes[i].Is(p.begins) {
			continue
		}
		// The patterns of the word, then those of its first letters (of
		// a longer word: a word of minPrefix letters is its own first
		// letters).
		end, pt := firstAt(p.byFirst[words[i]], words, i, true)
		if end == 0 && p.prefixed > 0 && len(words[i]) > minPrefix {
			end, pt = firstAt(p.byFirst[words[i][:minPrefix]], words, i, false)
		}
		if end > 0 {
			out = append(out, Hit{Start: i, End: end, Words: pt.written, Value: pt.value})
			i = end - 1
		}
	}
	return out
}

// firstAt returns the first of cands found at words[i], and where it ends
// (0 when none is). cands are listed under words[i] when whole is set,
// under its first minPrefix letters (a longer word) when it is not.
func firstAt(cands []pattern, words []string, i int, whole bool) (int, *pattern) {
	for k := range cands {
		pt := &cands[k] // not copied: most are passed over
		if pt.prefixed && !same(words[i], pt.words[0]) || !pt.prefixed && !whole {
			continue
		}
		if end, ok := pt.match(words, i); ok {
			return end, pt
		}
	}
	return 0, nil
}

// match reports whether pt begins at words[i], and where it ends.
func (pt *pattern) match(words []string, i int) (int, bool) {
	pos := i + 1
	for k := 1; k < len(pt.words); k++ {
		reach := pos
		if pt.gaps[k] {
			reach = pos + maxGap
		}
		found := false
		for j := pos; j <= reach && j < len(words); j++ {
			if same(words[j], pt.words[k]) {
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
				b.WriteString(gapMark + " ")
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
