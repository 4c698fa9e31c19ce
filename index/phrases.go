package index

import (
	"slices"
	"strings"
	"unicode"

	"sira/fold"
)

// phrases are French compound nouns whose words mislead: an "auto-école"
// teaches no car mechanics, a "permis de conduire" is no permit a fiche
// mentions, a "conduite de tracteur" is not any driving. A question reads
// each as one unit (folded, articles split off), and a fiche holds it only
// if what it offers (name, trades, summary, offer) has the words in that
// order.
var phrases = []string{
	"auto ecole", "permis de conduire", "code de la route", "conduite de tracteur",
	"billet d avion", "pilote de ligne", "carte d identite", "piece d identite",
	"acte de naissance", "carte de sejour", "titre de sejour",
}

// phrasesIn returns the phrases a text holds.
func phrasesIn(text string) []string {
	words := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	var out []string
	for i, w := range words {
		if !firstWords[fold.String(w)] {
			continue
		}
		for _, p := range phrases {
			ws := strings.Fields(p)
			if slices.Contains(out, p) || i+len(ws) > len(words) {
				continue
			}
			held := true
			for j, pw := range ws {
				held = held && fold.String(words[i+j]) == pw
			}
			if held {
				out = append(out, p)
			}
		}
	}
	return out
}

// firstWords are the words phrases start with.
var firstWords = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range phrases {
		m[strings.Fields(p)[0]] = true
	}
	return m
}()

// phraseAt returns the phrase that starts at words[i], if any.
func phraseAt(words []string, i int) string {
	for _, p := range phrases {
		ws := strings.Fields(p)
		if i+len(ws) <= len(words) && strings.Join(words[i:i+len(ws)], " ") == p {
			return p
		}
	}
	return ""
}
