package search

import (
	"slices"
	"strings"
	"unicode"

	"sira/index/fold"
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

// fieldMatches are what a word found in each searched field (by its
// slot in a term set) says, best field first.
var fieldMatches = [...]struct {
	slot  int
	match Match
}{{slotHead, MatchHead}, {slotText, MatchText}, {slotSound, MatchSound}}

// whys hold the reasons of an answer's results, and their words: each
// result's are its part of them, in two allocations for the answer, not
// two a result.
type whys struct {
	reasons []Reason
	words   []string
}

// why says what made a fiche match: named, the need, the place, and the
// words found, by field, best field first, each word once. Its reasons and
// their words are added to w.
func (ix *Index) why(q understand.Query, c *candidate, w *whys) []Reason {
	f := c.fiche
	if w.reasons == nil {
		w.reasons = make([]Reason, 0, 4*whyResults)
		w.words = make([]string, 0, whyResults*(2+len(c.sets)))
	}
	reasons := len(w.reasons)
	words := func(ws ...string) []string {
		start := len(w.words)
		w.words = append(w.words, ws...)
		return w.words[start:len(w.words):len(w.words)]
	}
	if slices.Contains(q.Named, f.Ref) {
		w.reasons = append(w.reasons, Reason{Match: MatchNamed})
	}
	if q.Need != "" && f.HasNeed(q.Need) {
		w.reasons = append(w.reasons, Reason{Match: MatchNeed, Words: words(q.Need)})
	}
	if q.Place != nil && serves(f, q.Place) {
		w.reasons = append(w.reasons, Reason{Match: MatchPlace, Words: words(q.Place.Name)})
	}
	shown := len(w.words) // w.words[shown:] are the words shown by field: each once
	for _, fm := range fieldMatches {
		start := len(w.words)
		for i, ts := range c.sets {
			if s := fm.slot; s < len(ts.counted()) && !slices.Contains(w.words[shown:], ts.label) && c.holdsSlot(i, s) {
				w.words = append(w.words, ts.label)
			}
		}
		if len(w.words) > start {
			w.reasons = append(w.reasons, Reason{Match: fm.match, Words: w.words[start:len(w.words):len(w.words)]})
		}
	}
	return w.reasons[reasons:len(w.reasons):len(w.reasons)] // mostly two to four of the six
}

// whyResults is how many results whys makes room for at first: the bot
// shows three.
const whyResults = 3

// HeadBeyondName reports whether the fiche's name, trades or summary hold
// a word of the question that is not a word of its own name or acronyms
// ("senou" of CFP Sénou asked by its name): it fits a thing asked, not only
// the place the question names.
func (r Result) HeadBeyondName() bool {
	name := map[string]bool{}
	for w := range strings.FieldsFuncSeq(fold.String(r.Fiche.Name+" "+strings.Join(r.Fiche.Acronyms, " ")), func(c rune) bool { return !unicode.IsLetter(c) }) {
		name[w] = true
	}
	return slices.ContainsFunc(r.Why, func(why Reason) bool {
		return why.Match == MatchHead && slices.ContainsFunc(why.Words, func(w string) bool { return !name[fold.String(w)] })
	})
}
