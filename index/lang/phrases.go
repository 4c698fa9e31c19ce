package lang

import (
	"iter"
	"slices"
	"strings"
	"unicode"

	"sira/index/fold"
)

// Phrases are a list's words and phrases of several words, split into
// words, by their first word: the French compound nouns whose words
// mislead (fr/phrases.tsv: an "auto-école" teaches no car mechanics, a
// "permis de conduire" is no permit a fiche mentions; a question reads each
// as one unit, folded, articles split off, and a fiche holds it only if
// what it offers — name, trades, summary, offer — has the words in that
// order), or the words that speak of the places shown (of_them.tsv: "ils",
// "la bas").
type Phrases map[string][][]string

func (ps *Phrases) add(p string) {
	if *ps == nil {
		*ps = Phrases{}
	}
	ws := strings.Fields(p)
	(*ps)[ws[0]] = append((*ps)[ws[0]], ws)
}

// Uses reports whether w, folded, is a word of one of the phrases.
func (ps Phrases) Uses(w string) bool {
	for _, phrases := range ps {
		for _, ws := range phrases {
			if slices.Contains(ws, w) {
				return true
			}
		}
	}
	return false
}

// At returns the phrase that starts at words[i], if any; key folds a
// word first (AsIs for words already folded).
func (ps Phrases) At(words []string, i int, key func(string) string) string {
	for _, ws := range ps[key(words[i])] {
		if i+len(ws) > len(words) {
			continue
		}
		held := true
		for j := 1; j < len(ws) && held; j++ {
			held = key(words[i+j]) == ws[j]
		}
		if held {
			return strings.Join(ws, " ")
		}
	}
	return ""
}

// Ending returns where the phrase that ends at words[i] starts, or -1;
// key folds a word first (AsIs for words already folded).
func (ps Phrases) Ending(words []string, i int, key func(string) string) int {
	for _, phrases := range ps {
		for _, ws := range phrases {
			k := i + 1 - len(ws)
			if k >= 0 && slices.EqualFunc(words[k:i+1], ws, func(w, p string) bool { return key(w) == p }) {
				return k
			}
		}
	}
	return -1
}

// In returns the phrases a text holds, and the text without them:
// their words belong to the phrase ("conduite de tracteur" is no
// "conduite" a driving school would give).
func (ps Phrases) In(text string) (found []string, rest string) {
	words := LetterWords(text)
	var kept []string // the words outside the phrases, from the first phrase on: most texts have none
	for i := 0; i < len(words); i++ {
		p := ps.At(words, i, fold.String)
		if p == "" {
			if found != nil {
				kept = append(kept, words[i])
			}
			continue
		}
		if found == nil {
			kept = append(make([]string, 0, len(words)), words[:i]...)
		}
		if !slices.Contains(found, p) {
			found = append(found, p)
		}
		i += len(strings.Fields(p)) - 1
	}
	if len(found) == 0 {
		return nil, text
	}
	return found, strings.Join(kept, " ")
}

// LetterWords splits s into its runs of letters and digits.
func LetterWords(s string) []string {
	return strings.FieldsFunc(s, notLetterOrDigit)
}

// LetterWordsSeq is LetterWords one word at a time, with no slice made:
// for a caller that reads the words once.
func LetterWordsSeq(s string) iter.Seq[string] {
	return strings.FieldsFuncSeq(s, notLetterOrDigit)
}

func notLetterOrDigit(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// AsIs is the key of words already folded.
func AsIs(w string) string { return w }
