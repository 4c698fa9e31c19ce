package understand

import (
	bleveanalysis "github.com/blevesearch/bleve/v2/analysis"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"sira/bambara"
	"sira/fold"
	"sira/index/lang"
	"sira/lexicon"
	"sira/places"
	"sira/seeds"
	"sira/spell"
)

// MaxQuestion is how much of a message is read, in characters: all of a
// Telegram message (4,096). A longer one (a paste, a file) is read from
// its beginning; the work stays bounded (maxRequests).
const MaxQuestion = 4096

// Languages.
const (
	French  = "fr"
	Bambara = "bm"
)

// What a question asks about a fiche, so that the answer shows that part
// first (the facets of asked.tsv).
const (
	AskContact    = "contact"    // the number, the address to write to
	AskCost       = "cost"       // what it costs
	AskConditions = "conditions" // who may enter and with which papers
	AskWhere      = "where"      // where it is
	AskWhat       = "what"       // what the place is
)

// A Query is what Sira understood of a question.
type Query struct {
	Text  string        // the question as read: cut, valid UTF-8, N'Ko in Latin letters
	Lang  string        // French, Bambara, or "" when the text gives no sign
	Need  string        // formation, financement, emploi, protection, or ""
	Place *places.Place // the place named, if any
	Asked string        // the part of a fiche asked: AskContact, AskCost…, or ""
	Kind  string        // the kind of structure asked for ("incubateur"), if any
	Named []string      // refs of the fiches the question names

	Script string // ScriptLatin or ScriptNKo: how the question was written
	// Programmes says the question asks about programmes, donors or
	// projects.
	Programmes bool
	// OutOfScope lists what the question asks that no partner offers
	// (out_of_scope.tsv: "driving_licence", "travel_papers"…): the answer
	// is then "nothing fits", unless a fiche is named.
	OutOfScope []string
	// Intent says whether the message is a search or something else: a
	// greeting, thanks, a goodbye, or a follow-up on the last answer.
	Intent Intent
	// Follow says what a follow-up asks of the last answer (Intent
	// FollowUp): a result by rank, more results, more details; the part
	// asked is in Asked.
	Follow Follow
	// Distress lists the signs of danger the message tells of
	// (distress.tsv: "sold", "shelter", "minor_alone"…), in order, without
	// repeats; empty when none. See Answer for what the search does.
	Distress []string
	// Distressed says the danger is told in the sentence that asks, or
	// the message asks for nothing else: the answer is then a protection
	// answer.
	Distressed bool
	// Minor says the message tells of a child (minors.tsv, or an age
	// under 18): a protection answer puts child protection first.
	Minor bool

	// Terms are what is searched: the question's words and glosses, with
	// what each says (see Term).
	Terms []Term
	// frame holds the request words ("migrant de retour", "aide") that
	// name no topic: searched only when the question has nothing else.
	frame []string
	// Buying says the question asks to buy something (buy.tsv, or the
	// Bambara verb san after its object).
	Buying bool
}

// A Term is one thing the question names: a word, or a Bambara word or
// phrase with its French glosses as variants. A fiche matches the term if
// it matches any variant.
type Term struct {
	Variants []string
	Boost    float64
	// Topic says the term names what the question is about; short words
	// and compound parts help ranking but do not decide whether a fiche fits.
	Topic bool
	// Typed says the term is a word as the person typed it (not a gloss),
	// so it may be misspelt.
	Typed bool
	// Background says the term tells who asks: where a returning migrant
	// comes from ("rentré de Libye", "ka bɔ Faransi") or what they are
	// ("n ye kalanbali ye", I have no schooling). No thing asked for, so it
	// does not decide whether a fiche fits, but among those that do, the
	// fiches that know it come first.
	Background bool
	// Abroad says the term is a country abroad, or its adjective: it says
	// where or whose, not what, so it never makes a fiche's match strong.
	Abroad bool
	// Destination says the country is where the person wants to go
	// (go.tsv).
	Destination bool
	// Noun says the term names a thing: a word a French article or
	// preposition brings ("un visa", "en Chine"), a phrase, or the gloss of
	// a Bambara word ("furu", mariage). If no fiche knows it, it is the
	// thing asked for.
	Noun bool
	// Stems are index terms related to the word (already analyzed).
	Stems []string
	// Phrase says the term is one of the phrases (phrases.tsv), matched as a whole.
	Phrase bool
	// Purpose says the word comes after "pour": what the thing asked is
	// for ("un prêt pour agrandir mon atelier"), which counts half.
	Purpose bool
	// Evidence says the word names an activity no partner teaches when no
	// fiche holds it (activities.tsv): then the question asks for a thing
	// Sira knows it cannot answer.
	Evidence bool
	// Need is the need a Bambara word is about ("tɔɔrɔ", suffering:
	// protection): a fiche that serves it covers the word, whatever
	// French its text uses.
	Need string
}

// Emigrating reports whether the question asks to go abroad and nothing
// else but the work or study there: a destination, and no other topic than
// a need ("n b'a fɛ ka taa Ameriki ka baara kɛ yen").
func (q Query) Emigrating() bool {
	going := false
	for _, u := range q.Terms {
		switch {
		case u.Destination:
			going = true
		case u.Topic && u.Need == "":
			return false
		}
	}
	return going
}

// Topics returns the words that name what the question is about (the
// first variant of each topic): the themes counted when no fiche fits.
func (q Query) Topics() []string {
	var out []string
	for _, u := range q.Terms {
		if u.Topic {
			out = append(out, lexicon.Key(u.Variants[0]))
		}
	}
	return out
}

// Cut returns at most MaxQuestion characters of s,
// with invalid UTF-8 and control characters replaced by spaces.
func Cut(s string) string {
	if len(s) > MaxQuestion {
		n := 0
		for i := range s {
			if n == MaxQuestion {
				s = s[:i]
				break
			}
			n++
		}
	}
	s = strings.ToValidUTF8(s, " ")
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '\u200f' || r == '\u200e' {
			return ' '
		}
		return r
	}, s)
}

// Understand reads a question: its language and script, need, place, the
// part of a fiche asked, the fiches named, its topics and their roles (who
// asks, what for, where to), its intent and any distress.
func (rd *Reader) Understand(question string) Query {
	q := Query{Text: bambara.Transliterate(Cut(question)), Script: script(question)}
	words, parts, sentence, ends, changed := rd.read(q.Text, rd.bambara)
	matches, read := rd.lex.Match(words, rd.v.Homographs), slices.Clone(words) // the lexicon matches, and the words they were found in
	q.Lang = rd.language(words, matches)
	if bambara.IsNKo(question) {
		q.Lang = Bambara
		rd.gbAsG(words)
	}
	if q.Lang != Bambara && changed {
		// A French question is read again without Bambara's contractions,
		// stems and compounds (a Bambara word inflected, "sebenw", is known
		// only once stemmed: the language is told on the Bambara reading).
		words, parts, sentence, ends = rd.words(q.Text, rd.frenchQuestion)
		matches, read = rd.lex.Match(words, rd.v.Homographs), slices.Clone(words)
	}
	q.Named = rd.named.find(words, rd.unknown)
	q.Programmes = slices.ContainsFunc(words, func(w string) bool { return rd.v.Programmes[w] }) || q.Kind == DonorKind
	q.Buying = slices.ContainsFunc(words, func(w string) bool { return rd.v.Buy[w] }) || q.Lang == Bambara && rd.v.bambaraBuys(words)
	r := reading{rd: rd, q: &q, words: words, parts: parts, used: make([]bool, len(words)), who: make([]bool, len(words)), needScore: map[string]float64{}}
	// Greetings, thanks and follow-up words are no topics; distress is
	// read from the whole message, its story too.
	signs := rd.v.readSigns(words, question)
	copy(r.used, signs.told)
	r.places()
	if q.Lang == Bambara {
		rd.respell(words, r.used)
	} else {
		rd.respellFrench(words, r.used)
	}
	r.asked()
	if q.Lang != Bambara {
		r.toldBeforeWant(sentence)
	}
	// In a message of several sentences, those that ask nothing tell the
	// story ("mon cousin est revenu l'année dernière, il est à la maison"):
	// their words are no topics. The places in them count, and the
	// countries as where the person has been.
	request := rd.v.requests(words, sentence, ends)
	r.abroad(func(i int) bool { return request[sentence[i]] })
	if q.Lang == Bambara {
		r.identity()
	}
	for _, h := range rd.v.OutOfScope.Find(words) {
		if request[sentence[h.Start]] && !slices.Contains(q.OutOfScope, h.Value) {
			q.OutOfScope = append(q.OutOfScope, h.Value)
		}
	}
	asked := map[string]bool{} // the words left to read as topics, from the end: at most maxAsked, once each
	for i := len(words) - 1; i >= 0; i-- {
		w := words[i]
		grammar := rd.v.Stop[w] || rd.v.Function[w] // read in phrases, however often
		r.used[i] = r.used[i] || !request[sentence[i]] || !grammar && (asked[w] || len(asked) == maxAsked)
		if !r.used[i] && !grammar {
			asked[w] = true
		}
	}
	if q.Lang != Bambara {
		r.phrases()
	}
	if !slices.Equal(read, words) {
		matches = rd.lex.Match(words, rd.v.Homographs) // some words were respelt
	}
	r.lexicon(matches)
	r.typed()
	best := 0.0
	for _, n := range seeds.Needs {
		if r.needScore[n] > best {
			q.Need, best = n, r.needScore[n]
		}
	}
	if focus := (&seeds.Fiche{Kind: q.Kind}).Focus(); focus != "" && q.Need != "" && focus != q.Need {
		// A kind of structure the need does not go to is where, not what:
		// "un emploi dans une banque" asks for a job, not a bank.
		q.Kind = ""
	}
	q.settle(signs, request, sentence, words)
	if !slices.ContainsFunc(q.Terms, func(u Term) bool { return u.Topic || u.Background }) && len(q.frame) > 0 {
		// Nothing names a topic, nor who asks: the request words ("aide",
		// "migrants") are all there is to rank by.
		q.Terms = append(q.Terms, Term{Variants: []string{strings.Join(q.frame, " ")}, Boost: boostTyped})
	}
	return q
}

// A reading is a question being read: its words, which of them are taken
// (by a place, an "asked" word, a phrase, a lexicon match, or a sentence
// that tells the story), and how strongly each need is pointed to.
type reading struct {
	rd        *Reader
	q         *Query
	words     []string
	parts     [][]string // compound parts, by word
	used      []bool
	who       []bool // words that say who asks (identity)
	needScore map[string]float64
}

// places finds the places named, spelt right or with one slip ("bamko");
// the first is the question's.
func (r *reading) places() {
	for _, m := range r.rd.gaz.Find(r.words) {
		if r.q.Place == nil {
			p := m.Place
			r.q.Place = &p
		}
		mark(r.used, m.Start, m.End)
	}
	for i, w := range r.words {
		if !r.maybeMisspelt(i) {
			continue
		}
		if p, ok := r.rd.gaz.Misspelt(w); ok {
			if r.q.Place == nil {
				r.q.Place = &p
			}
			r.used[i] = true
		}
	}
}

// asked finds what is asked of a fiche (contact, cost…).
// A word after a first-person possessive is a thing the person has ("mon
// téléphone"), not the part asked.
func (r *reading) asked() {
	for _, h := range r.rd.v.AskedPatterns.Find(r.words) {
		if anyUsed(r.used, h.Start, h.End) || h.Start > 0 && r.rd.v.Mine[r.words[h.Start-1]] {
			continue
		}
		if r.q.Asked == "" {
			r.q.Asked = h.Value
		}
		mark(r.used, h.Start, h.End)
	}
}

// abroad finds the countries abroad, spelt right or with one slip
// ("Fraace"): where a migrant comes from (or has been: a country in a
// sentence that asks nothing), or a thing asked about a country.
func (r *reading) abroad(asks func(i int) bool) {
	mentions := r.rd.abroad.Find(r.words)
	for i, w := range r.words {
		if !r.maybeMisspelt(i) {
			continue
		}
		if c, ok := r.rd.abroad.Misspelt(w); ok {
			mentions = append(mentions, places.CountryMention{Country: c, Start: i, End: i + 1})
		}
	}
	for _, m := range mentions {
		if anyUsed(r.used, m.Start, m.End) {
			continue
		}
		mark(r.used, m.Start, m.End)
		origin := m.Start > 0 && r.rd.v.From[r.words[m.Start-1]] || r.who[m.Start] || shortlyAfter(r.words, m.Start, r.rd.v.Journey) || !asks(m.Start)
		destination := !origin && shortlyAfter(r.words, m.Start, r.rd.v.Go)
		r.q.Terms = append(r.q.Terms, Term{Variants: []string{m.Name}, Boost: boostTyped, Topic: !origin, Background: origin, Abroad: true,
			Destination: destination, Noun: !origin && !destination && r.rd.v.nounAt(r.words, m.Start, r.q.Lang),
			Purpose: destination && r.q.Lang != Bambara && r.rd.v.forSomething(r.words[:m.Start])})
	}
}

// shortlyAfter reports whether one of the three words before words[i] is
// in set: "son départ en Libye", "aller travailler en Europe".
func shortlyAfter(words []string, i int, set map[string]bool) bool {
	return slices.ContainsFunc(words[max(0, i-3):i], func(w string) bool { return set[w] })
}

// identity finds the words of a Bambara "n ye X ye" ("I am X": "n ye
// kalanden ye", "n ye paranti ye"): they say who asks, not what is asked.
func (r *reading) identity() {
	for i := 0; i+3 < len(r.words); i++ {
		if !r.rd.v.Pronouns[r.words[i]] || r.words[i+1] != r.rd.v.copula {
			continue
		}
		for j := i + 3; j < len(r.words) && j <= i+4; j++ {
			if r.words[j] == r.rd.v.copula {
				mark(r.who, i+2, j)
				break
			}
		}
	}
}

// bambaraBuys reports whether a Bambara question asks to buy: "san" (to
// buy, also a year) as a verb, after "ka" and its object ("ka mobili san").
func (v *vocab) bambaraBuys(words []string) bool {
	for i := 2; i < len(words); i++ {
		if words[i] == v.buy && words[i-2] == v.bmInfinitive {
			return true
		}
	}
	return false
}

// toldBeforeWant finds, in a French sentence that asks for a thing in a
// clause of its own ("il veut", "je cherche"), the words before that
// clause: they tell who the person is or what they have done ("mon neveu
// sort du CFP avec un CAP, il veut une subvention"), not what they ask for.
func (r *reading) toldBeforeWant(sentence []int) {
	for i, w := range r.words {
		if !r.rd.v.Want[w] || i < 2 || !r.rd.v.SubjectPronouns[r.words[i-1]] || sentence[i-2] != sentence[i] {
			continue
		}
		thing := false
		for j := i + 1; j < len(r.words) && sentence[j] == sentence[i] && !thing; j++ {
			w := r.words[j]
			thing = !r.used[j] && (r.rd.topical(w) && !r.rd.v.Frame[w] && !r.rd.v.Function[w] || r.rd.v.needOf(w) != "")
		}
		if !thing {
			continue
		}
		for j := i - 2; j >= 0 && sentence[j] == sentence[i]; j-- {
			r.who[j] = true
		}
	}
}

// maybeMisspelt reports whether words[i] may be a misspelt name: not taken,
// long enough, and known to no one.
func (r *reading) maybeMisspelt(i int) bool {
	w := r.words[i]
	return !r.used[i] && len(w) >= places.MinMisspelt && r.rd.unknown(w)
}

// unknown reports whether a folded word is known to no one: not in the
// fiches, the lexicon, the words of asking or the gazetteer. Only such a
// word is read as a misspelt name.
func (rd *Reader) unknown(w string) bool {
	return !rd.corpus.Holds(w) && !rd.lex.Known(w) && !rd.v.questionWords[w] && !rd.gaz.Known(w)
}

// phrases finds the French compound nouns read as one unit.
func (r *reading) phrases() {
	for i := range r.words {
		if p := r.rd.v.phrases.At(r.words, i, lang.AsIs); p != "" && !anyUsed(r.used, i, i+len(strings.Fields(p))) {
			mark(r.used, i, i+len(strings.Fields(p)))
			r.q.Terms = append(r.q.Terms, Term{Variants: []string{p}, Boost: boostTyped, Topic: true, Noun: true, Phrase: true})
		}
	}
}

// lexicon reads the Bambara words and phrases through their glosses.
func (r *reading) lexicon(matches []lexicon.Match) {
	words := r.words
	for _, m := range matches {
		key := strings.Join(words[m.Start:m.End], " ")
		if anyUsed(r.used, m.Start, m.End) || !m.Phrase() && r.rd.frenchWord(key, r.q.Lang) {
			continue // a French word that happens to be spelt like a Bambara one
		}
		mark(r.used, m.Start, m.End)
		e := m.Entries[0]
		if !m.Phrase() && e.Concept == r.rd.v.work && m.Start > 0 && r.rd.namesWork(words[m.Start-1]) {
			continue // "digibaga baara", the hairdresser's work, is the trade: no second topic
		}
		who := anyUsed(r.who, m.Start, m.End)
		n, weight := r.rd.v.conceptNeed(e.Concept)
		if n != "" && !who {
			r.needScore[n] += weight
		}
		if p := phraseGloss(r.rd.v.phrases, e); p != "" {
			// The word names a thing phrases read as one ("mobili boli":
			// permis de conduire), matched as the French phrase is.
			r.q.Terms = append(r.q.Terms, Term{Variants: []string{p}, Boost: boostTyped, Topic: !who, Background: who, Noun: true, Phrase: true})
		} else if gs := r.rd.topicGlosses(m.Entries, !r.rd.v.possessed(words, m.Start)); len(gs) > 0 {
			u := Term{Variants: gs, Boost: boostGloss, Topic: !who, Background: who, Noun: true}
			if weight >= 1 {
				u.Need = n
			}
			r.q.Terms = append(r.q.Terms, u)
		} else if !r.rd.v.Generic[e.Concept] && len(e.Glosses) > 0 {
			r.q.frame = append(r.q.frame, e.Glosses[0])
		}
	}
}

// typed reads the words no lexicon entry took, as typed: French words,
// names, compounds, and words no one knows.
func (r *reading) typed() {
	rd, q, words := r.rd, r.q, r.words
	for i, w := range words {
		if r.used[i] {
			continue
		}
		var partGlosses []string
		for _, p := range r.parts[i] { // compound parts of an unknown word
			if rd.lex.Known(p) && !r.rd.v.Homographs[p] {
				partGlosses = append(partGlosses, rd.topicGlosses(rd.lex.Lookup(p), false)...)
			}
		}
		if len(partGlosses) > 0 {
			// The parts name what the word does ("kuranbaara": électricité,
			// travail); the fiches do not have the word itself.
			held := rd.corpus.Holds(w)
			q.Terms = append(q.Terms, Term{Variants: partGlosses, Boost: boostGloss, Topic: !held})
			if !held {
				continue
			}
		}
		french := q.Lang != Bambara
		purpose := french && r.rd.v.forSomething(words[:i])
		if n := r.rd.v.needOf(w); n != "" && !(i > 0 && r.rd.v.Without[words[i-1]]) && !r.who[i] {
			switch {
			case r.rd.v.wanted(words, i):
				r.needScore[n] += needWanted
			case purpose:
				r.needScore[n] += needPurpose // what the thing asked is for: "un crédit pour ma couture"
			default:
				r.needScore[n] += needPlain
			}
		}
		if k := r.rd.v.Kinds[w]; k != "" && q.Kind == "" {
			q.Kind = k
		}
		asked := r.rd.v.Relatives[w] && r.rd.v.wanted(words, i) // the person sought is the topic
		if r.rd.v.Frame[w] && !asked {
			q.frame = append(q.frame, w)
		}
		if r.rd.v.Stop[w] || r.rd.v.Homographs[w] || r.rd.v.Function[w] || r.rd.v.Frame[w] && !asked || !rd.longEnough(w) || !hasLetter(w) {
			continue
		}
		syn, known := r.rd.v.synonym(w)
		if purpose && r.rd.v.Purpose[words[i-1]] && r.rd.v.infinitive(w) && !known {
			// "pour acheter", "pour agrandir": what is done, the thing
			// it is done to says what for
			q.frame = append(q.frame, w)
			continue
		}
		u := Term{
			Variants: []string{w}, Boost: boostTyped, Typed: true,
			Topic:      rd.topical(w) && !(french && r.rd.v.pastTense(words, i)) && !r.who[i],
			Background: r.who[i],
			Noun:       r.rd.v.nounAt(words, i, q.Lang),
			Abroad:     rd.abroad.Adjective(w),
			Purpose:    purpose,
			Evidence:   rd.v.Activities[w],
		}
		if known {
			u.Variants = append(u.Variants, syn)
		} else if !rd.corpus.Holds(w) {
			u.Stems = rd.corpus.Related(w)
		}
		q.Terms = append(q.Terms, u)
	}
}

// forSomething reports whether a French word after these words says what
// something asked for is for: they hold "pour" after a word that is neither
// grammar nor a r.rd.v.Frame word ("un prêt pour agrandir mon atelier"). After
// r.rd.v.Frame words alone, what follows is what is asked ("aide pour enfant
// victime de traite", "formation pour la couture").
func (v *vocab) forSomething(before []string) bool {
	for j := len(before) - 1; j >= 0; j-- {
		if v.ClauseWords[before[j]] {
			return false // a new clause: "…pour travailler, est-ce légal ?"
		}
		if v.Purpose[before[j]] {
			return slices.ContainsFunc(before[:j], func(w string) bool { return !v.Function[w] && !v.Frame[w] })
		}
	}
	return false
}

// wanted reports whether words[i] is what a want word asks for: it follows
// one, with at most a determiner or "de" between them.
func (v *vocab) wanted(words []string, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if v.Want[words[j]] {
			return true
		}
		if !v.Determiners[words[j]] && !v.AdjectivesBefore[words[j]] {
			return false
		}
	}
	return false
}

// namesWork reports whether a Bambara word before "baara" (work) makes it
// that word's trade: a content word, not a grammatical word or a place.
func (rd *Reader) namesWork(w string) bool {
	return hasLetter(w) && !rd.v.Stop[w] && !rd.v.Homographs[w] && !rd.gaz.Known(w) && !rd.v.Frame[w]
}

// pastTense reports whether words[i] follows an auxiliary: "ai", "ont"…,
// or "a" after its subject ("il a quitté"; "apprendre a nager" is à).
func (v *vocab) pastTense(words []string, i int) bool {
	if i == 0 {
		return false
	}
	if words[i-1] == v.has {
		return i >= 2 && v.HasSubjects[words[i-2]]
	}
	return v.Auxiliaries[words[i-1]]
}

// nounAt reports whether words[i] is a noun by its place in the question.
// In French it follows a determiner or a preposition that brings a noun,
// and is not shaped like an infinitive: "de" also brings verbs ("besoin de
// fabriquer"), and "le" is also a pronoun ("le corriger"). In Bambara, the
// object comes just before its verb: "mobili bolili kalan", "visa sɔrɔ".
func (v *vocab) nounAt(words []string, i int, lang string) bool {
	if lang == Bambara {
		return i+1 < len(words) && v.ObjectVerbs[words[i+1]]
	}
	return i > 0 && v.Determiners[words[i-1]] && !v.infinitive(words[i])
}

// infinitive reports whether a French word is shaped like an infinitive.
func (v *vocab) infinitive(w string) bool {
	return slices.ContainsFunc(v.InfinitiveEndings, func(e string) bool { return strings.HasSuffix(w, e) })
}

// respell reads a Bambara word that is neither in the lexicon nor in the
// fiches as the lexicon word it is within one letter of: Bambara is written
// by ear ("Farasi" for Faransi). Between several, the one the word drops a
// letter of wins, as ears drop nasals and long vowels; when that does not
// decide, the word is left alone, as are short words (at one edit they meet
// too many others).
func (rd *Reader) respell(words []string, used []bool) {
	for i, w := range words {
		if used[i] || len(w) < minFuzzyKey || rd.lex.Known(w) || rd.corpus.Holds(w) {
			continue
		}
		near := rd.lexSpell.Near(w)
		if len(near) > 1 {
			near = slices.DeleteFunc(near, func(c string) bool { return len(c) != len(w)+1 })
		}
		if len(near) == 1 {
			words[i] = near[0]
		}
	}
}

// namesNoTopic reports whether a word of asking frames the question, is
// grammar, or says which part of a fiche is asked: none names a topic.
func (v *vocab) namesNoTopic(w string) bool {
	return v.Frame[w] || v.Function[w] || v.Asked[w] != ""
}

// respellFrench reads a word that neither the fiches, the lexicon nor the
// words of asking know as the word of asking one edit away ("apprenrde",
// "beson", "condrtions"): a misspelt "apprendre" would otherwise be a
// topic no fiche has. Misspelt topics are left to the search, which looks
// for them by sound and within one edit of the fiches' terms.
func (rd *Reader) respellFrench(words []string, used []bool) {
	for i, w := range words {
		if used[i] || len(w) < minRespell || rd.v.questionWords[w] || rd.corpus.Holds(w) || rd.lex.Known(w) {
			continue
		}
		near := slices.DeleteFunc(rd.v.questionSpell.Near(w), func(c string) bool {
			// Only a word that names no topic is read through a
			// changed letter ("jernes", "nutero").
			return spell.OtherWord(w, c) && !rd.v.namesNoTopic(c)
		})
		if rd.v.nounAt(words, i, French) && slices.ContainsFunc(near, rd.v.infinitive) {
			continue // after an article or a possessive, a noun: "ma montre" is no misspelt "monter"
		}
		if len(near) == 1 || len(near) > 1 && !slices.ContainsFunc(near, func(c string) bool { return !rd.v.Frame[c] && !rd.v.Function[c] }) {
			// several frame or grammar words ("aprendre", "apprendre";
			// "quelle", "quelles") read alike: a swap of two letters
			// first ("formre": former, not forme), as phones swap them
			words[i] = near[0]
			if j := slices.IndexFunc(near, func(c string) bool { return swapped(w, c) }); j >= 0 {
				words[i] = near[j]
			}
		}
	}
}

// swapped reports whether b is a with two neighbouring letters swapped.
func swapped(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
}

// gbAsG reads N'Ko ߜ, which the transliteration table gives as Maninka
// "gb", as Bambara g when the word is otherwise unknown: Bambara has no gb,
// and its N'Ko writers rarely add the mark that makes ߜ a g (ߛߍߜߎ, Sɛgu).
func (rd *Reader) gbAsG(words []string) {
	for i, w := range words {
		if strings.Contains(w, "gb") && !rd.lex.Known(w) && !rd.gaz.Known(w) {
			words[i] = strings.ReplaceAll(w, "gb", "g")
		}
	}
}

// words analyzes text with a question reader (Bambara: contractions
// expanded, folded, inflections of known words stripped; French: articles
// split off, folded): one word per position, with the parts the
// compound filter found for it and the sentence it is in. ends holds the
// marks that end each sentence ("?", ":", "." …), and whereMark when the
// sentence writes "où" with its accent.
func (rd *Reader) words(text string, reader bleveanalysis.Analyzer) (words []string, parts [][]string, sentence []int, ends map[int]string) {
	words, parts, sentence, ends, _ = rd.read(text, reader)
	return words, parts, sentence, ends
}

// read is words, and whether the reader changed a word beyond folding it
// (a Bambara stem stripped, a compound split, a contraction expanded): a
// French question read by the Bambara reader unchanged need not be read
// again.
func (rd *Reader) read(text string, reader bleveanalysis.Analyzer) (words []string, parts [][]string, sentence []int, ends map[int]string, changed bool) {
	ends = map[int]string{}
	changed = rd.v.contractions.Expand(text) != text
	start := 0
	marks := append(sentenceEnds(text), [2]int{len(text), len(text)})
	for s, end := range marks {
		ends[s] = text[end[0]:end[1]]
		if strings.Contains(strings.ToLower(text[start:end[0]]), "où") {
			ends[s] += whereMark // "où" is where; "ou" may be "or"
		}
		pos := -1
		piece := text[start:end[0]]
		for _, t := range reader.Analyze([]byte(piece)) {
			if !changed && (t.Position == pos || t.End > len(piece) || fold.String(piece[t.Start:t.End]) != string(t.Term)) {
				changed = true
			}
			if t.Position != pos {
				words = append(words, string(t.Term))
				parts = append(parts, nil)
				sentence = append(sentence, s)
				pos = t.Position
				continue
			}
			parts[len(parts)-1] = append(parts[len(parts)-1], string(t.Term))
		}
		start = end[1]
	}
	return words, parts, sentence, ends, changed
}

// sentenceEnds returns where sentences end, as [start, end) of the marks
// that end them: full stops, question or exclamation marks, colons or
// semicolons before a space or the end ("2.500 FCFA" goes on), or a line
// break.
func sentenceEnds(text string) [][2]int {
	var out [][2]int
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			out = append(out, [2]int{i, i + 1})
			continue
		}
		j := i
		for j < len(text) && strings.IndexByte(".!?;:", text[j]) >= 0 {
			j++
		}
		if j > i && (j == len(text) || text[j] == ' ' || text[j] == '\t' || text[j] == '\n' || text[j] == '\r') {
			out = append(out, [2]int{i, j})
		}
		i = max(i, j-1)
	}
	return out
}

// requests says which sentences ask something: the last one, and those
// with a word of asking, wanting or a need ("Formation en soudure. A
// Kayes.") that do not introduce another (ending with a colon: "il me
// demande :"). In a story of more than two sentences, only the questions,
// the sentences that want something and the last one ask: a story tells of
// needs ("il n'y a pas de travail") it does not ask for. At most maxRequests sentences ask, the last ones.
func (v *vocab) requests(words []string, sentence []int, ends map[int]string) map[int]bool {
	out := map[int]bool{}
	if len(words) == 0 {
		return out
	}
	last := sentence[len(words)-1]
	out[last] = true
	if sentence[0] == last {
		return out // one sentence: all of it asks
	}
	story := last >= 2
	for i, w := range words {
		s := sentence[i]
		if strings.Contains(ends[s], ":") {
			continue
		}
		asks := v.Want[w] || strings.Contains(ends[s], "?")
		if !story {
			asks = asks || v.cue(words, sentence, ends, i) || v.Asked[w] != "" || v.needOf(w) != "" || v.Kinds[w] != ""
		}
		if asks {
			out[s] = true
		}
	}
	if story {
		// A question that names nothing after the story ("C'est qui et
		// comment s'inscrire ?", "jɔn bɛ se?") asks about the sentence
		// before it.
		names := false
		for i, w := range words {
			names = names || sentence[i] == last && !(v.Function[w] || v.Stop[w] || v.Request[w] || v.Frame[w] || v.Asked[w] != "" || !hasLetter(w))
		}
		if !names && strings.Contains(ends[last], "?") && !strings.Contains(ends[last-1], ":") {
			out[last-1] = true
		}
	}
	for s := range out {
		if s <= last-maxRequests {
			delete(out, s)
		}
	}
	return out
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
func (v *vocab) cue(words []string, sentence []int, ends map[int]string, i int) bool {
	w := words[i]
	if !v.Request[w] {
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
// words, words of the fiches). Places and numbers are no sign; with no sign
// at all the language is "".
func (rd *Reader) language(words []string, matches []lexicon.Match) string {
	var bm, fr float64
	grammar := false                     // a French grammatical word: without one, French nouns are borrowed
	inPhrase := make([]bool, len(words)) // a Bambara phrase is Bambara, whatever its words
	for _, m := range matches {
		if m.Phrase() {
			mark(inPhrase, m.Start, m.End)
		}
	}
	for i, w := range words {
		switch {
		case inPhrase[i]:
			bm += signStrong
		case !hasLetter(w), rd.v.Function[w] && rd.v.Stop[w]:
			// "a", "ni", "la": grammatical in both languages, a sign of neither
		case rd.v.Strong[w]:
			bm += signStrong
		case rd.v.Function[w]:
			fr += signFrench
			grammar = true
		case rd.v.Stop[w] || rd.v.Homographs[w]:
			bm += signWeakBm
		case rd.lex.Known(w) && !rd.frenchWord(w, ""):
			bm += signStrong
		case rd.gaz.Known(w):
		case rd.frenchWord(w, ""):
			fr += signFicheWord
		}
	}
	switch {
	case bm > fr, bm > 0 && !grammar: // "mécanique moto kalan Bamakɔ"
		return Bambara
	case fr > 0:
		return French
	}
	return ""
}

// frenchWord reports whether a folded word is French: a grammatical word or
// a word of the fiches (which are written in French).
func (rd *Reader) frenchWord(w, lang string) bool {
	// In a Bambara question a lexicon word is Bambara, though the French
	// stemmer may find it in a fiche ("baara"); only French's own words
	// stay French there.
	return rd.v.Function[w] || rd.v.Frame[w] || lang != Bambara && rd.corpus.Holds(w)
}

func hasLetter(w string) bool {
	return strings.IndexFunc(w, unicode.IsLetter) >= 0
}

func mark(used []bool, start, end int) {
	for i := start; i < end; i++ {
		used[i] = true
	}
}

func anyUsed(used []bool, start, end int) bool {
	for i := start; i < end; i++ {
		if used[i] {
			return true
		}
	}
	return false
}

// topicGlosses returns the French glosses of lexicon entries that name a
// topic: the first two of each entry (later ones drift), leaving out
// question words, verbs and general nouns, and glosses made only of frame
// or common words ("centre de formation" says no more than the need).
// people says whether a gloss naming people ("enfant") is a topic: it is
// for children at large ("denmisɛnw bɛ baara kɛ…"), not for a person's own
// ("n denkɛ", my son, tells who asks).
func (rd *Reader) topicGlosses(es []lexicon.Entry, people bool) []string {
	curated := false
	for _, e := range es {
		curated = curated || e.Curated
	}
	var out []string
	for _, e := range es {
		if rd.v.Generic[e.Concept] || curated && !e.Curated {
			continue
		}
		kept := 0
		for _, g := range e.Glosses {
			if kept == 2 {
				break
			}
			if !rd.allFrame(g, people) {
				out = append(out, g)
				if syn, ok := rd.v.synonym(lexicon.Key(g)); ok {
					out = append(out, syn) // a worker's gloss, as the fiches name the trade
				}
				kept++
			}
		}
	}
	return out
}

// possessed reports whether the word at i follows a pronoun, which in
// Bambara makes it that person's ("n denkɛ", my son).
func (v *vocab) possessed(words []string, i int) bool {
	return i > 0 && v.Pronouns[words[i-1]]
}

// allFrame reports whether a gloss names no topic: all its words v.Frame a
// request or are found in most fiches; with people, the people of a story
// (v.Relatives) are no v.Frame.
func (rd *Reader) allFrame(gloss string, people bool) bool {
	for _, w := range strings.FieldsFunc(lexicon.Key(gloss), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if (!rd.v.Frame[w] || people && rd.v.Relatives[w]) && !rd.v.Function[w] && !rd.corpus.Common(w) {
			return false
		}
	}
	return true
}

// longEnough reports whether a typed word is searched at all: three letters or
// more, or two when some fiches, not most, hold it ("CV", "BT").
func (rd *Reader) longEnough(w string) bool {
	n := utf8.RuneCountInString(w)
	return n >= 3 || n == 2 && rd.corpus.Holds(w) && !rd.corpus.Common(w)
}

// topical reports whether a word names what a question is about: a word of
// four letters or more that most fiches do not hold, or a shorter one that
// few fiches hold ("CV", "BT").
func (rd *Reader) topical(w string) bool {
	if utf8.RuneCountInString(w) < 4 {
		return rd.corpus.Holds(w) && rd.corpus.Rare(w)
	}
	return !rd.corpus.Common(w)
}

// phraseGloss returns the phrase that is an entry's first gloss, if any.
func phraseGloss(ps lang.Phrases, e lexicon.Entry) string {
	if len(e.Glosses) == 0 {
		return ""
	}
	words := lang.LetterWords(fold.String(e.Glosses[0]))
	if len(words) < 2 {
		return ""
	}
	return ps.At(words, 0, lang.AsIs)
}
