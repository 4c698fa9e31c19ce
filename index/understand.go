package index

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"sira/bambara"
	"sira/lexicon"
	"sira/places"
	"sira/seeds"
)

// MaxQuestion is how much of a message is read, in bytes. Questions are a
// line or two; reading more only slows bleve (a 100 KB message must still be
// answered, from its beginning).
const MaxQuestion = 500

// Languages.
const (
	French  = "fr"
	Bambara = "bm"
)

// What a question asks about a fiche, so that the answer shows that part first.
const (
	AskContact    = "contact"
	AskCost       = "cost"
	AskConditions = "conditions"
	AskWhat       = "what"
)

// A Query is what Sira understood of a question.
type Query struct {
	Text  string        // the question as read: cut, valid UTF-8, N'Ko in Latin letters
	Lang  string        // French, Bambara, or "" when the text gives no sign
	Need  string        // formation, financement, emploi, protection, or ""
	Place *places.Place // the place named, if any
	Asked string        // AskContact, AskCost, AskConditions, AskWhat, or ""

	words   []string // the question's content words (folded), for the French fields
	glosses []string // French glosses of its Bambara words
	topics  []topic  // what the question is about, to judge whether any fiche fits
}

// A topic is one thing the question names: a word, or a Bambara word or
// phrase with its French glosses. It is found in the fiches if any of its
// variants is.
type topic struct {
	variants []string
}

// Cut returns at most MaxQuestion bytes of s, cut at a character boundary,
// with invalid UTF-8 and control characters replaced by spaces.
func Cut(s string) string {
	if len(s) > MaxQuestion {
		end := MaxQuestion
		for end > 0 && !utf8.RuneStart(s[end]) {
			end--
		}
		s = s[:end]
	}
	s = strings.ToValidUTF8(s, " ")
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '\u200f' || r == '\u200e' {
			return ' '
		}
		return r
	}, s)
}

// Understand reads a question.
func (ix *Index) Understand(question string) Query {
	q := Query{Text: bambara.Transliterate(Cut(question))}
	nko := bambara.IsNKo(question)

	// Words as the Bambara analyzer sees them (contractions expanded, folded,
	// plurals of known words stripped); compound parts share a position.
	var words []string
	var parts [][]string
	pos := -1
	for _, t := range ix.bambara.Analyze([]byte(q.Text)) {
		if t.Position != pos {
			words = append(words, string(t.Term))
			parts = append(parts, nil)
			pos = t.Position
			continue
		}
		parts[len(parts)-1] = append(parts[len(parts)-1], string(t.Term))
	}

	used := make([]bool, len(words))
	for _, m := range ix.gaz.Find(words) {
		if q.Place == nil {
			p := m.Place
			q.Place = &p
		}
		for i := m.Start; i < m.End; i++ {
			used[i] = true
		}
	}

	var bm, fr float64
	needScore := map[string]float64{}
	for i, w := range words {
		if used[i] {
			continue
		}
		if a := askedBy(w); a != "" {
			if q.Asked == "" {
				q.Asked = a
			}
			used[i] = true
		}
	}
	// Lexicon phrases and words, over the words not taken by places.
	for _, m := range ix.lex.Match(words) {
		if anyUsed(used, m.Start, m.End) {
			continue
		}
		key := strings.Join(words[m.Start:m.End], " ")
		if frenchWords[key] || ix.inCorpus(key) && !m.Phrase() {
			continue // a French word that happens to be Bambara too: read it as French
		}
		bm++
		for i := m.Start; i < m.End; i++ {
			used[i] = true
		}
		concept := m.Entries[0].Concept
		if n, w := conceptNeed(concept); n != "" {
			needScore[n] += w
		}
		if generic[concept] {
			continue
		}
		gs := glossesOf(m.Entries)
		q.glosses = append(q.glosses, gs...)
		q.topics = append(q.topics, topic{variants: gs})
	}
	for i, w := range words {
		for _, p := range parts[i] {
			if !used[i] && ix.lex.Known(p) && !lexicon.Homograph(p) {
				q.glosses = append(q.glosses, glossesOf(ix.lex.Lookup(p))...)
			}
		}
		if bambara.Stop(w) {
			bm += bmWeight(w)
		}
		if frenchWords[w] {
			fr++
		}
		if used[i] || bambara.Stop(w) || frenchWords[w] || utf8.RuneCountInString(w) < 2 {
			continue
		}
		if n := needOf(w); n != "" {
			needScore[n]++
		}
		q.words = append(q.words, w)
		if ix.inCorpus(w) {
			fr += 0.5
		}
		if !frame[w] && utf8.RuneCountInString(w) >= 4 {
			q.topics = append(q.topics, topic{variants: []string{w}})
		}
	}
	switch {
	case nko || bm > fr:
		q.Lang = Bambara
	case fr > 0 || bm > 0:
		q.Lang = French
	}
	best := 0.0
	for _, n := range seeds.Needs {
		if needScore[n] > best {
			q.Need, best = n, needScore[n]
		}
	}
	return q
}

func anyUsed(used []bool, start, end int) bool {
	for i := start; i < end; i++ {
		if used[i] {
			return true
		}
	}
	return false
}

// glossesOf returns the first French glosses of lexicon entries: the first
// is the common sense, later ones drift.
func glossesOf(es []lexicon.Entry) []string {
	var out []string
	for _, e := range es {
		for i, g := range e.Glosses {
			if i == 2 {
				break
			}
			out = append(out, g)
		}
	}
	return out
}

// inCorpus reports whether text appears in the fiches: one of its words, as
// written or as it sounds.
func (ix *Index) inCorpus(text string) bool {
	for _, t := range ix.french.Analyze([]byte(text)) {
		if ix.docFreq(fText, string(t.Term)) > 0 || ix.docFreq(fName, string(t.Term)) > 0 {
			return true
		}
	}
	for _, t := range ix.sound.Analyze([]byte(text)) {
		if ix.docFreq(fSound, string(t.Term)) > 0 {
			return true
		}
	}
	return false
}
