package index

import (
	"slices"
	"strings"
	"unicode"

	"sira/fold"
	"sira/lexicon"
)

// phraseList holds the French compound nouns whose words mislead
// (fr/phrases.tsv: an "auto-école" teaches no car mechanics, a "permis de
// conduire" is no permit a fiche mentions), split into words, by their
// first word. A question reads each as one unit (folded, articles split
// off), and a fiche holds it only if what it offers (name, trades, summary,
// offer) has the words in that order.
type phraseList map[string][][]string

func newPhraseList(phrases []string) phraseList {
	m := phraseList{}
	for _, p := range phrases {
		ws := strings.Fields(p)
		m[ws[0]] = append(m[ws[0]], ws)
	}
	return m
}

// at returns the phrase that starts at words[i], if any; key folds a
// word first (the question's words already are).
func (pl phraseList) at(words []string, i int, key func(string) string) string {
	for _, ws := range pl[key(words[i])] {
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

// in returns the phrases a text holds, and the text without them:
// their words belong to the phrase ("conduite de tracteur" is no
// "conduite" a driving school would give).
func (pl phraseList) in(text string) (found []string, rest string) {
	words := letterWords(text)
	var kept []string
	for i := 0; i < len(words); i++ {
		p := pl.at(words, i, fold.String)
		if p == "" {
			kept = append(kept, words[i])
			continue
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

// letterWords splits s into its runs of letters and digits.
func letterWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// asIs is the key of words already folded.
func asIs(w string) string { return w }

// gloss returns the phrase that is an entry's first gloss, if any.
func (pl phraseList) gloss(e lexicon.Entry) string {
	if len(e.Glosses) == 0 {
		return ""
	}
	words := letterWords(fold.String(e.Glosses[0]))
	if len(words) < 2 {
		return ""
	}
	return pl.at(words, 0, asIs)
}
