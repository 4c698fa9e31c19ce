package search

import (
	"slices"

	"sira/index/understand"
)

// A Reason is one thing that made a fiche match: what matched, and the
// words that say it. It holds no sentence: whoever shows it words it
// (the messages why_<Match> of package locales).
type Reason struct {
	Match Match
	// Words are the need, the place's name, or the words of the question
	// the fiche holds (as written, or their gloss); none for MatchNamed.
	Words []string
}

// A Match is what a Reason says matched.
type Match string

// What can make a fiche match.
const (
	MatchNamed Match = "named" // the question names the fiche
	MatchNeed  Match = "need"  // it serves the need asked
	MatchPlace Match = "place" // it works at the place asked
	MatchHead  Match = "head"  // words in its name, trades or summary
	MatchText  Match = "text"  // words in its text
	MatchSound Match = "sound" // words spelt near, by sound
)

// fieldMatches are what a word found in each searched field says, best
// field first.
var fieldMatches = [...]struct {
	field string
	match Match
}{{fHead, MatchHead}, {fText, MatchText}, {fSound, MatchSound}}

// why says what made a fiche match: named, the need, the place, and the
// words found, by field, best field first, each word once.
func (ix *Index) why(q understand.Query, c *candidate) []Reason {
	f := c.fiche
	var reasons [3 + len(fieldMatches)]Reason // named, need, place, then by field
	out := reasons[:0]
	// All the reasons' words share one array, each reason its part of it.
	all := make([]string, 0, 2+len(c.sets))
	words := func(ws ...string) []string {
		start := len(all)
		all = append(all, ws...)
		return all[start:len(all):len(all)]
	}
	if slices.Contains(q.Named, f.Ref) {
		out = append(out, Reason{Match: MatchNamed})
	}
	if q.Need != "" && f.HasNeed(q.Need) {
		out = append(out, Reason{Match: MatchNeed, Words: words(q.Need)})
	}
	if q.Place != nil && serves(f, q.Place) {
		out = append(out, Reason{Match: MatchPlace, Words: words(q.Place.Name)})
	}
	shown := len(all) // all[shown:] are the words shown by field: each once
	for _, fm := range fieldMatches {
		start := len(all)
		for i, ts := range c.sets {
			if s := slot(fm.field); s < len(ts.counted()) && !slices.Contains(all[shown:], ts.label) && c.holdsSlot(i, s) {
				all = append(all, ts.label)
			}
		}
		if len(all) > start {
			out = append(out, Reason{Match: fm.match, Words: all[start:len(all):len(all)]})
		}
	}
	return slices.Clone(out) // as many as there are: mostly two to four of the six
}
