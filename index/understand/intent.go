package understand

import (
	"slices"
	"strconv"

	"sira/bambara"
	"sira/seeds"
)

// Scripts a question may be written in.
const (
	ScriptLatin = "latin"
	ScriptNKo   = "nko"
)

// An Intent is what a message does: search (the zero value), or something
// else the conversation answers in kind.
type Intent string

// Intents (the intents of intents.tsv, and follow-ups).
const (
	Search   Intent = ""
	Greeting Intent = "greeting"
	Thanks   Intent = "thanks"
	Goodbye  Intent = "goodbye"
	FollowUp Intent = "followup" // acts on the last answer: see Follow
)

// A Follow is what a follow-up asks of the last answer.
type Follow struct {
	// Rank is the rank of the result asked about, from 1 ("le premier",
	// "le 2", "a fɔlɔ"); -1 the last; 0 none.
	Rank    int
	More    bool // other results ("il y a d'autres ?", "a tɔw")
	Details bool // more details ("plus d'infos", "kunnafoni")
}

// signs are what a message says of itself besides its topics: its intent
// words, follow-up words and signs of distress, read from all its words
// (a story's too).
type signs struct {
	intent   Intent
	follow   Follow
	distress []string
	// told marks the words of intents and follow-ups: no topics
	told []bool
	// distressAt holds the word index of each distress sign found
	distressAt []int
	minor      bool // the message tells of a child (minors.tsv, an age)
}

// readSigns finds the intent, follow-up and distress words in a question's
// words (folded, as the question reader gives them) and its raw text (for
// emoji).
func (v *vocab) readSigns(words []string, raw string) signs {
	s := signs{told: make([]bool, len(words))}
	for _, h := range v.Intents.Find(words) {
		if s.intent == Search {
			s.intent = Intent(h.Value)
		}
		mark(s.told, h.Start, h.End)
	}
	for _, h := range v.FollowUps.Find(words) {
		switch h.Value {
		case "more":
			s.follow.More = true
		case "details":
			s.follow.Details = true
		case "last":
			s.follow.Rank = -1
		default:
			s.follow.Rank, _ = strconv.Atoi(h.Value)
		}
		mark(s.told, h.Start, h.End)
	}
	for _, h := range v.Distress.Find(words) {
		if !slices.Contains(s.distress, h.Value) {
			s.distress = append(s.distress, h.Value)
		}
		s.distressAt = append(s.distressAt, h.Start)
	}
	s.minor = v.child(words)
	for _, r := range raw {
		if sign, ok := v.Emoji[string(r)]; ok && !slices.Contains(s.distress, sign) {
			s.distress = append(s.distress, sign)
			s.distressAt = append(s.distressAt, -1) // emoji: no sentence
		}
	}
	return s
}

// rankWord reads a bare number as a rank ("2" after "le premier" was
// shown): only in a message that is a follow-up.
func rankWord(words []string) int {
	if len(words) != 1 {
		return 0
	}
	n, err := strconv.Atoi(words[0])
	if err != nil || n < 1 || n > 9 {
		return 0
	}
	return n
}

// script says how a question was written.
func script(question string) string {
	if bambara.IsNKo(question) {
		return ScriptNKo
	}
	return ScriptLatin
}

// settle decides what the message is, once its terms are read and the
// need they point to is scored: a message with nothing to search (no term
// that asks or tells who asks, no need, place, kind or fiche named) is a
// follow-up when it asks a part or acts on the last answer, else a
// greeting, thanks or goodbye when it says one. Danger told where the
// message asks (or in a message that asks nothing else, or whose need is
// protection) makes it a protection question: its need is then protection,
// else the need scored.
func (q *Query) settle(s signs, request map[int]bool, sentence []int, words []string, scored string) {
	q.Distress = s.distress
	empty := !q.names() && scored == "" && q.Place == nil && q.Kind == "" && len(q.Named) == 0
	follow := s.follow
	if follow == (Follow{}) && empty {
		follow.Rank = rankWord(words)
	}
	switch {
	case len(s.distress) > 0:
	case empty && (follow != Follow{} || q.Asked != ""):
		q.Intent, q.Follow = FollowUp, follow
	case empty:
		q.Intent = s.intent
	}
	for _, at := range s.distressAt {
		if at < 0 || request[sentence[at]] {
			q.Distressed = true
		}
	}
	if len(s.distress) > 0 && (scored == "" || scored == seeds.NeedProtection) {
		q.Distressed = true
	}
	q.Need = scored
	if q.Distressed {
		q.Need = seeds.NeedProtection
	}
	q.Minor = s.minor
}

// minorAge is the age under which a person is a child.
const minorAge = 18

// child reports whether the words tell of a child: a word of minors.tsv
// not after a possessive ("mes deux enfants" is a family), or an age under
// minorAge ("15 ans", Bambara "san 13").
func (v *vocab) child(words []string) bool {
	for i, w := range words {
		if v.Minors[w] && !slices.ContainsFunc(words[max(0, i-2):i], func(p string) bool { return v.Possessives[p] || v.Pronouns[p] }) {
			return true
		}
		n, err := strconv.Atoi(w)
		if err != nil || n >= minorAge || n < 1 {
			continue
		}
		if i+1 < len(words) && words[i+1] == v.years || i > 0 && words[i-1] == v.year {
			return true
		}
	}
	return false
}

// SignMinor is the sign of a child in danger (distress.tsv).
const SignMinor = "minor_alone"

// SignTerms are what a distressed message is searched for besides its
// words: the fiches' words for each kind of danger told (a child alone:
// child protection), which rank the actors that know it first.
func (rd *Reader) SignTerms(q Query) []Term {
	signs := q.Distress
	if q.Minor && !slices.Contains(signs, SignMinor) {
		signs = append(signs[:len(signs):len(signs)], SignMinor) // a child: child protection
	}
	var out []Term
	for _, s := range signs {
		if w := rd.v.SignWords[s]; w != "" {
			out = append(out, Term{Role: Sign, Source: Known, Variants: []string{w}})
		}
	}
	return out
}
