package understand

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	bleveanalysis "github.com/blevesearch/bleve/v2/analysis"

	"sira/index/fold"
	"sira/index/lang"
	"sira/index/lexicon"
)

// A text is a question analyzed once: one word per position (folded, as
// the question reader gives it), its classes (the lists of the language
// files it is in, looked up once: lang.Table.Token), the parts the
// compound filter found for it, the sentence it is in, the marks that end
// each sentence ("?", ":", "." …, and whereMark when the sentence writes
// "où" with its accent), and the language it is told to be in.
type text struct {
	words    []string
	cls      []lang.Class
	parts    [][]string
	sentence []int
	ends     []string // by sentence
	lang     string
	borrowed bool // French read from borrowed nouns alone (Reader.language)
	// quoted marks the words written between quotes (« », “ ”, " "):
	// another's words, quoted, not the asker's. Nil when the words were
	// made again from Bambara letters or N'Ko: none is then quoted.
	quoted []bool
}

// splice replaces words i to j with ws, of classes cls: each a word of
// word i's sentence and quoting, with no parts: sms, tongues and rejoin
// split or join words in place through it, the text's slices in step.
func (t *text) splice(i, j int, ws []string, cls []lang.Class) {
	sentence := t.sentence[i]
	t.words = slices.Replace(t.words, i, j, ws...)
	t.cls = slices.Replace(t.cls, i, j, cls...)
	t.parts = slices.Replace(t.parts, i, j, make([][]string, len(ws))...)
	t.sentence = slices.Replace(t.sentence, i, j, slices.Repeat([]int{sentence}, len(ws))...)
	if t.quoted != nil {
		t.quoted = slices.Replace(t.quoted, i, j, slices.Repeat([]bool{t.quoted[i]}, len(ws))...)
	}
}

// analyzeQuestion reads a question with the reader of its language, and
// returns the lexicon's matches in its words. The language is told on the
// Bambara reading (a Bambara word inflected, "sebenw", is known only once
// stemmed); a French question is read again without Bambara's
// contractions, stems and compounds ("cela" is not "ce", "n'a" is not "ni
// a") when the Bambara reading changed a word. N'Ko is Bambara.
func (rd *Reader) analyzeQuestion(s string, nko bool, in string) (text, []lexicon.Match) {
	t, changed := rd.analyze(s, rd.bambara)
	t.cls = rd.v.classes(t.words)
	matches := rd.lex.Match(t.words, rd.v.homographs)
	t.lang, t.borrowed = rd.language(t.words, t.cls, matches)
	if in != "" {
		t.lang = in // the language the caller reads it in
	}
	switch {
	case nko:
		t.lang = Bambara
		g, cls := rd.gbAsG(t.words, t.cls)
		g, cls = rd.impliedVowels(g, cls)
		if !slices.Equal(g, t.words) {
			t.words, t.cls, t.quoted, matches = g, cls, nil, rd.lex.Match(g, rd.v.homographs)
		}
	case t.lang != Bambara && (changed || rd.v.contractions.Expand(s) != s):
		lang := t.lang
		t, _ = rd.analyze(s, rd.frenchQuestion)
		t.cls = rd.v.classes(t.words)
		t.lang, matches = lang, rd.lex.Match(t.words, rd.v.homographs)
	}
	if t.lang == Bambara {
		b, cls := t.words, t.cls
		if !nko {
			b, cls = rd.bambaraLetters(b, cls)
		}
		if b, cls = rd.countryCompounds(b, cls); !slices.Equal(b, t.words) {
			t.words, t.cls, t.quoted, matches = b, cls, nil, rd.lex.Match(b, rd.v.homographs)
		}
		rd.tongues(&t)
	}
	sms := t.lang != Bambara && rd.sms(&t)
	joined := rd.rejoin(&t)
	switch {
	case t.lang == Bambara || joined:
		matches = rd.match(t.words, t.lang) // compounds written in two words, once Bambara is told
	case rd.unelide(&t) || sms:
		matches = rd.match(t.words, t.lang)
	}
	return t, matches
}

// sms reads the words of a French question written as SMS French writes
// them (fr/sms.tsv: "dor", dors; "on ma", on m a) as the words they are,
// two words read before one; and a word no one knows that is the elided
// "j" glued to a known word or an SMS one beginning with a consonant
// ("jdor": je dors; "jveu": je veux) as "je" and that word. It reports
// whether it read any otherwise.
func (rd *Reader) sms(t *text) bool {
	changed := false
	for i := 0; i < len(t.words); i++ {
		n, ws := 1, rd.v.SMS[t.words[i]]
		if i+1 < len(t.words) && t.sentence[i+1] == t.sentence[i] {
			if two, ok := rd.v.SMS[t.words[i]+" "+t.words[i+1]]; ok {
				n, ws = 2, two
			}
		}
		if ws == nil {
			ws = rd.gluedI(t.words[i])
		}
		if ws == nil {
			continue
		}
		cls := make([]lang.Class, len(ws))
		for k, w := range ws {
			cls[k] = rd.v.class(w)
		}
		t.splice(i, i+n, ws, cls)
		i += len(ws) - 1
		changed = true
	}
	return changed
}

// gluedI returns "je" and the word a word no one knows is when it is the
// elided "j" (fr/grammar.tsv i_elided) glued, as SMS French glues it, to a
// word beginning with a consonant that is known or in fr/sms.tsv, of
// minElidedSMS letters or more; or nil.
func (rd *Reader) gluedI(w string) []string {
	rest, ok := strings.CutPrefix(w, rd.v.frIElided)
	if !ok || len(rest) < minElidedSMS || strings.IndexByte(rd.v.ElidedBefore, rest[0]) >= 0 || !rd.unknown(w) {
		return nil
	}
	if ws, ok := rd.v.SMS[rest]; ok && len(ws) == 1 {
		return []string{rd.v.frI, ws[0]}
	}
	if rd.unknown(rest) {
		return nil
	}
	return []string{rd.v.frI, rest}
}

// minElidedSMS is the shortest word read after a "j" glued to it before
// a consonant ("jsui": je suis).
const minElidedSMS = 3

// tongues reads a word of a Bambara question that no one knows, a
// country's or a people's name joined to kán (langue parlée,
// bm/grammar.tsv's tongue), asked to learn — a word of learning right
// after it — as the two words written apart: Bamadaba writes a language
// as one word (ìrisikan, langue russe; italikan), as phones do
// ("sinuwakan dege", to learn Chinese), and "Sinuwa kan dege" is the same.
// A language only spoken ("n te faransikan don") stays as typed. The
// matches are read again with the Bambara words (analyzeQuestion).
func (rd *Reader) tongues(t *text) {
	tongue := rd.v.bmTongue
	for i := 0; i+1 < len(t.words); i++ {
		name, ok := strings.CutSuffix(t.words[i], tongue)
		if !ok || name == "" || !t.cls[i+1].Is(lang.Learn) || t.sentence[i+1] != t.sentence[i] || !rd.unknown(t.words[i]) || len(rd.abroad.Find([]string{name})) == 0 {
			continue
		}
		t.splice(i, i+1, []string{name, tongue}, []lang.Class{rd.v.class(name), rd.v.class(tongue)})
		i++
	}
}

// rejoin reads a word no one knows and the next as one word when the
// fiches hold them joined: a name or word written in two ("swiss contact":
// Swisscontact, "doni lab": Donilab). It reports whether it joined any.
func (rd *Reader) rejoin(t *text) bool {
	joined := false
	for i := 0; i+1 < len(t.words); i++ {
		w, next := t.words[i], t.words[i+1]
		if len(w) < minJoinedPart || len(next) < minJoinedPart || t.sentence[i] != t.sentence[i+1] || !rd.unknown(w) || !rd.corpus.Holds(w+next) {
			continue
		}
		t.splice(i, i+2, []string{w + next}, []lang.Class{rd.v.class(w + next)})
		joined = true
	}
	return joined
}

// match finds the lexicon's entries in a question's words; in Bambara, a
// compound written in two words too ("bagan mara": baganmara).
func (rd *Reader) match(words []string, lang string) []lexicon.Match {
	if lang == Bambara {
		return rd.lex.MatchSpaced(words, rd.v.homographs)
	}
	return rd.lex.Match(words, rd.v.homographs)
}

// unelide splits a French word no one knows that is an elided word glued,
// apostrophe left out, to a word the fiches or the words of asking know
// ("demploi": d, emploi; "lecole": l, ecole), as SMS French writes them (a
// word few fiches hold is more likely the end of another word). After an
// article, a possessive or a demonstrative (fr/determiners.tsv noun_next) comes a
// noun, never an elided word: "du tissu" stays tissu; so after an
// indefinite article does a plural noun ("des tissus"). It reports whether
// it split any.
func (rd *Reader) unelide(t *text) bool {
	var out text
	for i, w := range t.words {
		e, rest := "", ""
		if i == 0 || !rd.v.NounNext[t.words[i-1]] && !rd.v.pluralAfter(rd.v.Indefinites[t.words[i-1]], w) {
			e, rest = rd.elided(w)
		}
		if e == "" {
			if out.words != nil {
				out.words, out.cls, out.parts, out.sentence = append(out.words, w), append(out.cls, t.cls[i]), append(out.parts, t.parts[i]), append(out.sentence, t.sentence[i])
				out.quoted = append(out.quoted, t.quoted[i])
			}
			continue
		}
		if out.words == nil {
			out.words, out.cls, out.parts, out.sentence = slices.Clone(t.words[:i]), slices.Clone(t.cls[:i]), slices.Clone(t.parts[:i]), slices.Clone(t.sentence[:i])
			out.quoted = slices.Clone(t.quoted[:i])
		}
		out.words, out.cls = append(out.words, e, rest), append(out.cls, rd.v.class(e), rd.v.class(rest))
		out.parts, out.sentence = append(out.parts, nil, nil), append(out.sentence, t.sentence[i], t.sentence[i])
		out.quoted = append(out.quoted, t.quoted[i], t.quoted[i])
	}
	if out.words == nil {
		return false
	}
	t.words, t.cls, t.parts, t.sentence, t.quoted = out.words, out.cls, out.parts, out.sentence, out.quoted
	return true
}

// pluralAfter reports whether w, after an indefinite article, is a plural
// noun (fr/plural_endings.tsv): "des tissus" is no "dès t'issus", the
// article agreeing with it.
func (v *vocab) pluralAfter(indefinite bool, w string) bool {
	return indefinite && slices.ContainsFunc(v.PluralEndings, func(e string) bool { return strings.HasSuffix(w, e) })
}

// elided returns the elided word (fr/elided.tsv) a word begins with and
// the known word it is glued to, which begins with a letter elision comes
// before (fr/elided_before.tsv: a vowel or h), or "", "".
func (rd *Reader) elided(w string) (string, string) {
	if !rd.unknown(w) {
		return "", ""
	}
	for n := 1; n <= 2 && n < len(w); n++ {
		e, rest := w[:n], w[n:]
		if rd.v.Words.Is(e, lang.Elided) && strings.IndexByte(rd.v.ElidedBefore, rest[0]) >= 0 &&
			(len(rest) >= minElided && (rd.corpus.Holds(rest) && !rd.corpus.Rare(rest) || rd.v.Words.Is(rest, questionWord)) ||
				len(rest) >= minElidedFacet && rd.v.Words.Is(e, lang.Article) && rd.v.Words.Is(rest, lang.HasFacet)) {
			return e, rest
		}
	}
	return "", ""
}

// minElided is the shortest word read after an elided one glued to it:
// shorter ones are found by chance inside other words.
const minElided = 4

// minElidedFacet is the shortest word of asking a part read after an
// elided article glued to it ("lage": l'âge): after an article comes a
// noun, and a part asked is one ("sage" stays a word: s is no article,
// fr/articles.tsv).
const minElidedFacet = 3

// analyze reads text with a question reader (Bambara: contractions
// expanded, folded, inflections of known words stripped; French: articles
// split off, folded), and reports whether the reader changed a word beyond
// folding it (a Bambara stem stripped, a compound split): a French question
// read by the Bambara reader unchanged (and with no contraction to expand,
// which analyzeQuestion asks only of a French one) need not be read again.
func (rd *Reader) analyze(s string, reader bleveanalysis.Analyzer) (t text, changed bool) {
	start := 0
	marks := append(sentenceEnds(s), [2]int{len(s), len(s)})
	t.ends = make([]string, len(marks))
	for n, end := range marks {
		t.ends[n] = s[end[0]:end[1]]
		if writesWhere(s[start:end[0]]) {
			t.ends[n] += whereMark // "où" is where; "ou" may be "or"
		}
		pos := -1
		piece := s[start:end[0]]
		toks := reader.Analyze([]byte(piece))
		quotes := quotedSpans(piece)
		t.words, t.parts, t.sentence = slices.Grow(t.words, len(toks)), slices.Grow(t.parts, len(toks)), slices.Grow(t.sentence, len(toks))
		for _, tok := range toks {
			// A word written as its term is unchanged: the readers'
			// terms are folded, so it folds to itself (most words are
			// so written, and are not folded again).
			if !changed && (tok.Position == pos || tok.End > len(piece) || piece[tok.Start:tok.End] != string(tok.Term) && fold.String(piece[tok.Start:tok.End]) != string(tok.Term)) {
				changed = true
			}
			if tok.Position != pos {
				t.words = append(t.words, string(tok.Term))
				t.parts = append(t.parts, nil)
				t.sentence = append(t.sentence, n)
				t.quoted = append(t.quoted, slices.ContainsFunc(quotes, func(q [2]int) bool { return q[0] <= tok.Start && tok.Start < q[1] }))
				pos = tok.Position
				continue
			}
			t.parts[len(t.parts)-1] = append(t.parts[len(t.parts)-1], string(tok.Term))
		}
		start = end[1]
	}
	return t, changed
}

// quotedSpans returns the [start, end) of the spans of s written between
// quotes: « and », “ and ”, or two straight double quotes. A quote left
// open runs to the end of s.
func quotedSpans(s string) [][2]int {
	var out [][2]int
	open, closing := -1, rune(0)
	for i, c := range s {
		switch {
		case open < 0 && (c == '«' || c == '“' || c == '"'):
			open, closing = i+utf8.RuneLen(c), c
			switch c {
			case '«':
				closing = '»'
			case '“':
				closing = '”'
			}
		case open >= 0 && c == closing:
			out, open = append(out, [2]int{open, i}), -1
		}
	}
	if open >= 0 {
		out = append(out, [2]int{open, len(s)})
	}
	return out
}

// writesWhere reports whether s writes "où" in any case, as
// strings.Contains(strings.ToLower(s), "où") says without lowering a copy
// of every sentence: only O and Ù lower to o and ù. It goes from one
// lead byte of ù or Ù (0xC3, which begins all of Latin-1's capitals and
// accented letters) to the next.
func writesWhere(s string) bool {
	for i := 1; i < len(s); i++ {
		next := strings.IndexByte(s[i:], 0xC3)
		if next < 0 {
			return false
		}
		i += next
		if i+1 < len(s) && (s[i+1] == 0xB9 || s[i+1] == 0x99) && (s[i-1] == 'o' || s[i-1] == 'O') { // ù, Ù
			return true
		}
	}
	return false
}

// sentenceEnds returns where sentences end, as [start, end) of the marks
// that end them: full stops, question or exclamation marks, colons or
// semicolons before a space or the end ("2.500 FCFA" goes on), or a line
// break.
func sentenceEnds(text string) [][2]int {
	var out [][2]int
	for i := 0; i < len(text); i++ {
		next := strings.IndexAny(text[i:], sentenceMarks) // the other bytes end nothing
		if next < 0 {
			break
		}
		i += next
		if text[i] == '\n' {
			out = append(out, [2]int{i, i + 1})
			continue
		}
		j := i
		for j < len(text) && endMark(text[j]) {
			j++
		}
		if j > i && (j == len(text) || text[j] == ' ' || text[j] == '\t' || text[j] == '\n' || text[j] == '\r') {
			out = append(out, [2]int{i, j})
		}
		i = max(i, j-1)
	}
	return out
}

// sentenceMarks are the bytes that may end a sentence: a line break and
// the marks (endMark).
const sentenceMarks = "\n.!?;:"

// endMark reports whether b is a mark that may end a sentence: . ! ? ; :
func endMark(b byte) bool {
	switch b {
	case '.', '!', '?', ';', ':':
		return true
	}
	return false
}

// requests says which sentences ask something: the last one, and those
// with a word of asking, wanting or a need ("Formation en soudure. A
// Kayes.") that do not introduce another (ending with a colon: "il me
// demande :"). In a story of more than two sentences, only the questions,
// the sentences that want something and the last one ask: a story tells of
// needs ("il n'y a pas de travail") it does not ask for; so does the
// sentence before a last question that names a need or a kind of its own
// ("Le mariage de mon frère a coûté cher. Je veux faire l'embouche, qui
// prête pour l'élevage ?": the wedding's cost is told, not asked), or a
// thing out of scope ("on m'avait expulsé après 2 ans de travail. Je veux
// devenir policier, comment passer le concours ?": the work is told),
// unless it wants or asks itself. At most maxRequests sentences ask, the last ones.
// cls and needs are the words' classes and needs (needOf); scope the
// things out of scope they name (OutOfScope.FindIn).
func (v *vocab) requests(words []string, cls []lang.Class, needs []string, scope []lang.Hit, sentence []int, ends []string) []bool {
	out := make([]bool, len(ends)) // by sentence
	if len(words) == 0 {
		return out
	}
	last := sentence[len(words)-1]
	out[last] = true
	if sentence[0] == last {
		return out // one sentence: all of it asks
	}
	story := last >= 2
	question := false // the last sentence a question that names a need or a kind of its own
	for i := range words {
		question = question || sentence[i] == last && (needs[i] != "" || cls[i].Is(lang.HasKind))
	}
	question = (question || slices.ContainsFunc(scope, func(h lang.Hit) bool { return sentence[h.Start] == last })) && strings.Contains(ends[last], "?")
	for i := range words {
		s := sentence[i]
		if strings.Contains(ends[s], ":") {
			continue
		}
		asks := cls[i].Is(lang.Want) && !negated(cls, sentence, i) && !v.pastWish(words, cls, i) || strings.Contains(ends[s], "?")
		if !story && !question {
			asks = asks || v.cue(words, cls, sentence, ends, i) || cls[i].Is(lang.HasFacet) || needs[i] != "" || cls[i].Is(lang.HasKind)
		}
		if asks {
			out[s] = true
		}
	}
	// The last sentences that name nothing, not even a need ("C'est qui et
	// comment s'inscrire ?", "jɔn bɛ se?", "CFP Sénou : quels documents
	// ?", "C'est vrai ? Comment je m'inscris ?"), ask about the sentence
	// before them.
	names := make([]bool, len(ends))
	for i, w := range words {
		names[sentence[i]] = names[sentence[i]] || needs[i] != "" || !(cls[i].Is(lang.Function|lang.Stop|lang.Request|lang.Frame|lang.HasFacet) || !hasLetter(w))
	}
	for s := last; s > sentence[0] && !names[s]; s-- {
		out[s-1] = true
	}
	for s := range max(last-maxRequests+1, 0) {
		out[s] = false
	}
	return out
}

// pastWish reports whether the word of wanting or liking at i is a past
// participle in a past tense ("c'est là que j'ai aimé la terre", "j'ai
// cherché partout"): a story's past wish asks nothing. "j'ai besoin" is
// no participle (grammar.tsv participle) and asks.
func (v *vocab) pastWish(words []string, cls []lang.Class, i int) bool {
	return strings.HasSuffix(words[i], v.participle) && v.pastTense(words, cls, i)
}

// negated reports whether the word of wanting at i is negated by the word
// of lack right after it, in its sentence ("il ne veut pas retourner à
// l'école", "ma mère ne veut plus que je parte"): a story's refusal asks
// nothing.
func negated(cls []lang.Class, sentence []int, i int) bool {
	return i+1 < len(cls) && sentence[i+1] == sentence[i] && cls[i+1].Is(lang.Lack)
}

// maxAsked is how many distinct words, the last ones of the sentences that
// ask, are read as what is asked (a word repeated is asked once): a long
// message's work stays bounded, and the request comes after its story.
const maxAsked = 60

// whereMark, among a sentence's end marks, says it writes "où" with its
// accent.
const whereMark = "où"

// cue reports whether words[i] marks a sentence that asks (request.tsv).
// "ou" folded is also "or" ("du pain ou des beignets"): it asks only
// written "où", or first or last in its sentence ("ou je peux…", "c'est
// ou ?"), as phones write "où".
func (v *vocab) cue(words []string, cls []lang.Class, sentence []int, ends []string, i int) bool {
	w := words[i]
	if !cls[i].Is(lang.Request) {
		return false
	}
	if w != v.or || strings.Contains(ends[sentence[i]], whereMark) {
		return true
	}
	first := i == 0 || sentence[i-1] != sentence[i]
	last := i == len(words)-1 || sentence[i+1] != sentence[i]
	return first || last
}

// maxRequests is how many of a message's last sentences may ask: the work
// on a long message stays bounded, and a request comes after its story.
const maxRequests = 4

// language weighs the signs of Bambara (its grammatical words, its
// phrases, lexicon words that are not French) against those of French (its grammatical
// words, words of the fiches). Places, numbers and a fiche's name written
// in full ("Union des ambassadeurs be san joli ta?": French words in a
// Bambara question) are no sign; with no sign at all the language is "".
// cls are the words' classes. borrowed says French was read from words of
// the fiches alone, or with grammatical words that are Bambara words too
// ("prix ?", "si joli?"): words a Bambara speaker writes too.
func (rd *Reader) language(words []string, cls []lang.Class, matches []lexicon.Match) (language string, borrowed bool) {
	var bm, fr float64
	grammar := false                     // a French grammatical word: without one, French nouns are borrowed
	own := false                         // one that is no Bambara word too
	inPhrase := make([]bool, len(words)) // a Bambara phrase is Bambara, whatever its words
	for _, m := range matches {
		if m.Phrase() {
			mark(inPhrase, m.Start, m.End)
		}
	}
	inName := make([]bool, len(words))
	for i := 0; i < len(words); i++ {
		if n := rd.fullNames.at(words, i); n > 0 {
			mark(inName, i, i+n)
			i += n - 1
		}
	}
	for i, w := range words {
		c := cls[i]
		switch {
		case inName[i]:
		case inPhrase[i]:
			bm += signStrong
		case !hasLetter(w), c.Is(lang.Function) && c.Is(lang.Stop):
			// "a", "ni", "la": grammatical in both languages, a sign of neither
		case c.Is(lang.Strong):
			bm += signStrong
		case c.Is(lang.Function):
			fr += signFrench
			grammar = true
			// A grammatical word that is a Bambara word too ("ce" of
			// "a ni ce", "fo") leaves the French borrowed.
			own = own || !rd.lex.Known(w)
		case c.Is(lang.Stop | lang.Homograph):
			bm += signWeakBm
		case rd.lex.Known(w) && !rd.frenchWord(w, c, ""):
			bm += signStrong
		case rd.gaz.Known(w):
		case rd.frenchWord(w, c, ""):
			fr += signFicheWord
		}
	}
	switch {
	case bm > fr, bm > 0 && !grammar: // "mécanique moto kalan Bamakɔ"
		return Bambara, false
	case fr > 0:
		// Bambara signs as strong as the French ones ("si joli?": si is
		// French's "if" and Bambara's age) leave the French borrowed too.
		return French, !own || bm >= fr
	}
	return "", false
}

// frenchWord reports whether a folded word (of classes c) is French: a
// grammatical word or a word of the fiches (which are written in French).
func (rd *Reader) frenchWord(w string, c lang.Class, language string) bool {
	// In a Bambara question a lexicon word is Bambara, though the French
	// stemmer may find it in a fiche ("baara"); only French's own words
	// stay French there.
	return c.Is(lang.Function|lang.Frame) || language != Bambara && rd.corpus.Holds(w)
}

func hasLetter(w string) bool {
	return strings.IndexFunc(w, unicode.IsLetter) >= 0
}

// minJoinedPart is the shortest part of a word written in two that rejoin
// reads as one: shorter ones join by chance.
const minJoinedPart = 3
