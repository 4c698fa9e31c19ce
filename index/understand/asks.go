package understand

import (
	"slices"
	"strings"
	"unicode"

	"sira/index/fold"
)

// maxAskCuts bounds the places a message is tried cut at (Asks): each try
// reads both sides again.
const maxAskCuts = 4

// Asks cuts a message that joins two asks into the two questions it asks
// ("une formation courte en coiffure pour ma sœur et un travail pour moi à
// Kayes"): at the first word of joining (fr/joiners.tsv, bm/joiners.tsv)
// where each side, read alone, asks a need, not the same one, and neither
// names a fiche nor tells a danger. Not at a comma or a full stop: the
// clause before one is as often the story the ask comes from ("foyi tɛ n
// bolo, n b'a fɛ ka jago daminɛ", "…à Bamako, pas de diplôme"). A side that names no
// place is asked in the place the other names; both are read in the
// message's language and script. q is the whole message read; nil when it
// is one ask, asks a part of fiches named, tells a danger, or asks about
// programmes.
func (rd *Reader) Asks(q Query) []Query {
	if q.Intent != Search || q.Need == "" || len(q.Named) > 0 || len(q.Distress) > 0 || q.Programmes || len(q.OutOfScope) > 0 {
		return nil
	}
	asked := map[string]bool{} // what the whole message asks, by its words
	for _, t := range q.Terms {
		if t.Role.Asks() {
			asked[fold.String(t.Variants[0])] = true
		}
	}
	tries := 0
	for _, cut := range rd.askCuts(q.Text) {
		if tries == maxAskCuts {
			break
		}
		left, right := strings.TrimSpace(q.Text[:cut[0]]), strings.TrimSpace(q.Text[cut[1]:])
		if len(strings.Fields(left)) < 2 || len(strings.Fields(right)) < 2 {
			continue
		}
		tries++
		a, b := rd.Understand(left), rd.Understand(right)
		if !ownAsk(a, asked) || !ownAsk(b, asked) || a.Need == b.Need {
			continue
		}
		if a.Place == nil {
			a.Place, a.Towns = b.Place, b.Towns
		}
		if b.Place == nil {
			b.Place, b.Towns = a.Place, a.Towns
		}
		a.Lang, a.Script, b.Lang, b.Script = q.Lang, q.Script, q.Lang, q.Script
		return []Query{a, b}
	}
	return nil
}

// ownAsk reports whether one side of a message cut (Asks) asks a need of
// its own as a search, naming no fiche and telling no danger, and asks a
// thing the whole message asks (asked: folded words): read alone, the
// story before an ask ("un jeune que je suis a un CAP en froid et veut
// lancer son entreprise") may seem to ask what the whole tells.
func ownAsk(q Query, asked map[string]bool) bool {
	if q.Intent != Search || q.Need == "" || len(q.Named) > 0 || len(q.Distress) > 0 || q.Programmes {
		return false
	}
	return slices.ContainsFunc(q.Terms, func(t Term) bool { return t.Role.Asks() && asked[fold.String(t.Variants[0])] })
}

// askCuts are where a message may be cut into two asks, in order: its
// words of joining, as byte spans of text.
func (rd *Reader) askCuts(text string) [][2]int {
	var cuts [][2]int
	start := -1
	for i, r := range text + " " {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 && rd.v.Joiners[fold.String(text[start:i])] {
			cuts = append(cuts, [2]int{start, i})
		}
		start = -1
	}
	return cuts
}
