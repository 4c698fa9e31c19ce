// Package lexicon is Sira's Bambara–French domain lexicon: Bambara words
// and phrases (standard and phone spellings) with their French glosses and
// the concept they belong to. It is used to expand Bambara questions into
// the French words the fiches are written in.
//
// The data (lexicon.tsv) comes from the Bamadaba dictionary and aligned
// French–Bambara corpora; see README.md for credits. Rows marked
// "unverified" are not loaded. sira.tsv adds the fiches' own vocabulary.
package lexicon

import (
	_ "embed"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"sira/index/fold"
	"sira/index/phrase"
)

// An Entry is one sense of a Bambara word or phrase.
type Entry struct {
	Bambara string   // standard orthography
	Glosses []string // French glosses, most common first, examples removed
	Concept string   // formation, metier, emploi, financement, protection, …, or ConceptOther
	Source  string
	Keys    []string // folded spellings it is found by, Bambara's own first
	// Curated entries (sira.tsv) give the French the fiches use; where a
	// word has one, search uses it rather than the dictionary's senses.
	Curated bool
}

// ConceptOther is the concept of the rows that name no theme of Sira's
// ("awa", d'accord).
const ConceptOther = "autre"

// ConceptQuestion is the concept of the words of asking ("joli", combien;
// "jumɛn", lequel).
const ConceptQuestion = "question"

// lexicon.tsv is the reference lexicon (shared/bambara); sira.tsv adds, for
// words whose dictionary gloss is not how the fiches say it, the French the
// fiches use ("tungarankɛ": dictionary "émigrant", fiches "migrant"), and a
// few phrases. Entries of sira.tsv come first: they are the search's glosses.
var (
	//go:embed lexicon.tsv
	lexiconTSV string
	//go:embed sira.tsv
	siraTSV string
)

// A Lexicon finds entries by folded spelling.
type Lexicon struct {
	entries []Entry
	byKey   map[string][]Entry // views of entries where a key's are consecutive, as most are
	starts  phrase.Starts
	solid   map[string]string // a phrase's key written as one word ("kunsigidilan") → the phrase's key
}

var std = func() *Lexicon {
	l, err := Parse(siraTSV + lexiconTSV[strings.IndexByte(lexiconTSV, '\n'):])
	if err != nil {
		panic(err) // the embedded file is checked by tests
	}
	return l
}()

// Default returns the lexicon shipped with Sira.
func Default() *Lexicon { return std }

var examples = regexp.MustCompile(`\([^)]*\)|«[^»]*»`)

// Parse reads a lexicon in the format of lexicon.tsv (header line first).
func Parse(tsv string) (*Lexicon, error) {
	l := &Lexicon{byKey: map[string][]Entry{}, starts: phrase.Starts{}}
	byKey := map[string][]int{} // the entries of each key, by index
	lines := strings.Split(tsv, "\n")
	for n, line := range lines[1:] {
		if strings.TrimSpace(line) == "" {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 5 {
			return nil, fmt.Errorf("lexicon line %d: want 5 columns, got %d", n+2, len(cols))
		}
		if strings.Contains(strings.ToLower(cols[4]), "unverified") {
			continue
		}
		e := Entry{Bambara: cols[0], Concept: cols[3], Source: cols[4], Curated: strings.HasPrefix(cols[4], "sira:")}
		for _, g := range strings.FieldsFunc(examples.ReplaceAllString(cols[2], ""), func(r rune) bool {
			return r == ',' || r == ';' || r == '/'
		}) {
			if g = strings.TrimSpace(g); g != "" && g != "?" {
				e.Glosses = append(e.Glosses, g)
			}
		}
		for _, s := range append([]string{cols[0]}, strings.Split(cols[1], "|")...) {
			key := Key(s)
			if key != "" && !slices.Contains(e.Keys, key) {
				e.Keys = append(e.Keys, key)
			}
		}
		l.entries = append(l.entries, e)
		for _, k := range e.Keys {
			byKey[k] = append(byKey[k], len(l.entries)-1)
		}
	}
	// Phones drop the second letter of a long vowel ("toro" for tɔɔrɔ):
	// each key is also found by its short-vowel spelling, unless that is
	// the spelling of another word.
	short := map[string][]int{}
	for i, e := range l.entries {
		for _, k := range e.Keys {
			if s := shortVowels(k); s != k && byKey[s] == nil && !slices.Contains(short[s], i) {
				short[s] = append(short[s], i)
			}
		}
	}
	for s, idx := range short {
		byKey[s] = idx
	}
	for k, idx := range byKey {
		l.byKey[k] = l.view(idx)
		l.starts.Add(k)
	}
	l.solid = solidPhrases(l.byKey)
	return l, nil
}

// minSolid is the shortest phrase written as one word MatchSpaced reads:
// shorter ones meet other words by chance ("so jɔ" is "sojo").
const minSolid = 6

// solidPhrases maps each phrase key written as one word to the phrase
// ("jiribaara": jiri baara), unless that word is a key of its own.
func solidPhrases(byKey map[string][]Entry) map[string]string {
	out := map[string]string{}
	for k := range byKey {
		if j := strings.ReplaceAll(k, " ", ""); j != k && len(j) >= minSolid && byKey[j] == nil {
			out[j] = k
		}
	}
	return out
}

// view returns the entries of indices idx: a part of entries itself when
// they are consecutive, so that Lookup copies nothing.
func (l *Lexicon) view(idx []int) []Entry {
	for i := range idx {
		if idx[i] != idx[0]+i {
			out := make([]Entry, len(idx))
			for i, j := range idx {
				out[i] = l.entries[j]
			}
			return out
		}
	}
	return l.entries[idx[0] : idx[0]+len(idx) : idx[0]+len(idx)]
}

// shortVowels writes each long vowel of a folded key as one letter.
func shortVowels(k string) string {
	out := make([]byte, 0, len(k))
	for i := 0; i < len(k); i++ {
		if i > 0 && k[i] == k[i-1] && strings.IndexByte("aeiou", k[i]) >= 0 {
			continue
		}
		out = append(out, k[i])
	}
	return string(out)
}

// Key is the folded form entries are found by: "Jɔnjago" and "jonjago" meet.
func Key(s string) string {
	s = fold.String(s)
	if singleSpaced(s) {
		return s // as most keys are: no copy
	}
	return strings.Join(strings.Fields(s), " ")
}

// singleSpaced reports whether words are parted by single spaces, with
// none first or last: whether Key would leave s as it is. ASCII bytes are
// read as bytes; only the other runes are decoded (most keys have none).
func singleSpaced(s string) bool {
	space := true // before the first word
	for i := 0; i < len(s); {
		b := s[i]
		if b >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false // a space other than ' '
			}
			space = false
			i += size
			continue
		}
		i++
		switch b {
		case ' ':
			if space {
				return false
			}
			space = true
		case '\t', '\n', '\v', '\f', '\r':
			return false
		default:
			space = false
		}
	}
	return !space || s == ""
}

// Entries returns the entries loaded, Sira's additions first.
func (l *Lexicon) Entries() []Entry { return slices.Clone(l.entries) }

// Len is the number of entries loaded.
func (l *Lexicon) Len() int { return len(l.entries) }

// Lookup returns the entries spelt key (already folded): the lexicon's
// own, to read, not to change.
func (l *Lexicon) Lookup(key string) []Entry { return l.byKey[key] }

// Words returns the keys of one word, for spelling look-ups.
func (l *Lexicon) Words() map[string]bool {
	out := map[string]bool{}
	for k := range l.byKey {
		if !strings.Contains(k, " ") {
			out[k] = true
		}
	}
	return out
}

// Known reports whether key (folded) is a lexicon word or phrase.
func (l *Lexicon) Known(key string) bool { return len(l.byKey[key]) > 0 }

// A Match is a lexicon word or phrase found in a list of folded words.
type Match struct {
	Start, End int // words[Start:End]
	Entries    []Entry
}

// Phrase reports whether the match spans more than one word.
func (m Match) Phrase() bool { return m.End-m.Start > 1 }

// minSpacedPart is the shortest part of a compound MatchSpaced reads written in
// two words: shorter ones join by chance ("n ka": nka, but).
const minSpacedPart = 3

// Match finds lexicon entries in words, longest phrase first, left to right,
// without overlaps. Homographs, short words too ambiguous to expand alone
// (se: to be able, to arrive, to reach…), are matched only inside phrases.
func (l *Lexicon) Match(words []string, homographs map[string]bool) []Match {
	return l.match(words, homographs, false)
}

// MatchSpaced is Match that also reads a compound written in two words
// ("bagan mara" for baganmara, "kalan yɔrɔ"), and a phrase written as one
// word ("kunsigidilan" for kunsigi dilan, "jiribaara"), as Bambara phone
// spelling often writes them: for Bambara text only (French "est ouvert"
// is no compound).
func (l *Lexicon) MatchSpaced(words []string, homographs map[string]bool) []Match {
	return l.match(words, homographs, true)
}

func (l *Lexicon) match(words []string, homographs map[string]bool, spaced bool) []Match {
	var out []Match
	known := func(key string) bool {
		return len(l.byKey[key]) > 0 && (strings.Contains(key, " ") || !homographs[key])
	}
	for i := 0; i < len(words); {
		n, key := l.starts.Longest(words, i, known)
		if spaced && n <= 1 && i+1 < len(words) && len(words[i]) >= minSpacedPart && len(words[i+1]) >= minSpacedPart && known(words[i]+words[i+1]) {
			n, key = 2, words[i]+words[i+1]
		}
		if phrase, ok := l.solid[words[i]]; spaced && n == 0 && ok {
			n, key = 1, phrase
		}
		if n == 0 {
			i++
			continue
		}
		out = append(out, Match{Start: i, End: i + n, Entries: l.Lookup(key)})
		i += n
	}
	return out
}
