package understand

import (
	"maps"
	"slices"
	"strings"
	"unicode"

	"sira/index/fold"
	"sira/index/lang"
	"sira/index/lexicon"
	"sira/seeds"
)

// phrases finds the French compound nouns read as one unit.
func (r *reading) phrases() {
	for i := range r.words {
		if !r.cls[i].Is(lang.BeginsPhrase) {
			continue
		}
		if p := r.rd.v.phrases.At(r.words, i, lang.AsIs); p != "" && !r.taken(i, i+len(strings.Fields(p))) {
			r.claim(i, i+len(strings.Fields(p)), claimPhrase)
			r.add(i, i+len(strings.Fields(p)), Term{Role: Topic, Source: Phrase, Variants: []string{p}, Noun: true})
		}
	}
}

// shortWanted finds, in French, the words that want a course short
// (short.tsv: "trop long", "plus court", "formation courte", "pas
// longtemps"): the message states a duration (Query.Short), and the
// phrase's words are claimed, no topics ("long" is no thing a fiche's
// long text should rank up for), but a word of learning, which still heads
// the trade asked, a word of trades in general (trades_general.tsv: "un
// métier court, la soudure" asks a trade), and, in a phrase a fiche says
// too, a word of the fiches' own phrases for short courses
// (short_offered.tsv: "courte" meets "formations courtes"; the "court" of
// "métier court" meets no fiche's phrase, only a long text's "court").
func (r *reading) shortWanted() {
	for i := range r.words {
		p := r.rd.v.Short.At(r.words, i, lang.AsIs)
		if p == "" {
			continue
		}
		r.q.Short = true
		offered := r.rd.v.ShortText.At(r.words, i, lang.AsIs) != ""
		for j := i; j < i+len(strings.Fields(p)); j++ {
			if !r.cls[j].Is(lang.Learn) && !r.rd.v.TradesAll[r.words[j]] && !(offered && r.rd.v.ShortText.Uses(r.words[j])) {
				r.claim(j, j+1, claimAsked)
			}
		}
	}
}

// glosses reads the Bambara words and phrases through their glosses: a
// topic, or who asks when they are among the words that tell it; the
// people a request is for (forWhom) as words of asking.
func (r *reading) glosses(matches []lexicon.Match) {
	words := r.words
	forWhom := r.forWhom(matches)
	goodsAt := make([]bool, len(words)+1) // where goods to work with begin
	for _, m := range matches {
		goodsAt[m.Start] = goodsAt[m.Start] || r.rd.v.goodsEntry(m.Entries[0])
	}
	stages := r.stages(matches)
	for _, m := range matches {
		if r.taken(m.Start, m.End) || !m.Phrase() && r.rd.frenchWord(words[m.Start], r.cls[m.Start], r.q.Lang) {
			continue // a French word that happens to be spelt like a Bambara one
		}
		if c := r.paperGloss(m); c != "" && r.requiredPaper(c, m.Start, m.End) {
			r.paperAsked(m.Start, m.End) // "CPM bɛ karadante ɲini wa?": the CPM's papers
			continue
		}
		r.claim(m.Start, m.End, claimGloss)
		r.public = r.public || slices.ContainsFunc(m.Entries, func(e lexicon.Entry) bool { return slices.ContainsFunc(e.Glosses, r.rd.v.public) })
		for _, g := range m.Entries[0].Glosses {
			if f := r.rd.v.glossWords(g); f.cls.Is(lang.Return) { // most glosses tell no return
				r.tellPublic(lang.LetterWordsSeq(f.key))
			}
		}
		if forWhom[m.Start] {
			if g := r.rd.frameGloss(m); g != "" {
				r.frame = append(r.frame, g)
			}
			continue
		}
		if stages[m.Start] {
			// "n ye dipulɔmu sɔrɔ, n bɛ degeli ɲini": a placement asked,
			// read as the French "stage" is
			r.claim(m.Start, m.End, claimGloss)
			r.add(m.Start, m.End, Term{Role: Topic, Source: Gloss, Variants: slices.Sorted(maps.Keys(r.rd.v.StageRead)), Noun: true})
			r.scores.at(seeds.NeedJob).score++
			if r.wantedInSentence(m.Start) {
				r.scores.at(seeds.NeedJob).asks = true
			}
			continue
		}
		if r.officeAsked(m) || r.stageWorkplace(stages, m) {
			// "baarakɛda jumɛn bɛ se ka baara ɲini n ye?": which office
			// finds work for me; the office asks no need of its own
			r.claim(m.Start, m.End, claimAsked)
			continue
		}
		e := m.Entries[0]
		if !m.Phrase() && e.Concept == r.rd.v.work && m.Start > 0 && r.sentence[m.Start-1] == r.sentence[m.Start] && r.rd.namesWork(words[m.Start-1], r.cls[m.Start-1]) && r.claims[m.Start-1] != claimCountry &&
			(!r.who[m.Start-1] || r.who[m.Start]) {
			// "digibaga baara", the hairdresser's work, is the trade: no
			// second topic; a country names none ("n seginna ka bɔ Libi,
			// baara bɛ sɔrɔ min?": work asked), nor the end of a clause
			// that tells who asks ("n bɛ se ka mobili boli, baara bɛ
			// sɔrɔ min?": work asked), nor the last word of the sentence
			// before ("n b'a fɛ ka a dɔn: baara bɛ sɔrɔ min?": work asked)
			continue
		}
		who := slices.Contains(r.who[m.Start:m.End], true)
		role := Topic
		switch {
		case slices.Contains(r.had[m.Start:m.End], true):
			role = Had
		case who && slices.Contains(r.notHad[m.Start:m.End], true) && slices.Contains(seeds.Needs, e.Concept):
			// a need not got ("n ma baara sɔrɔ", "n ma wari sɔrɔ") is the
			// story: what the fiches' texts say of work or money tells
			// nothing of whom they serve; a diploma or a thing not got
			// ("n ma DEF sɔrɔ", "a ma se ka moulin san") tells who asks
			role = Story
		case who:
			role = Who
		case !m.Phrase() && r.cls[m.Start].Is(lang.ObjectVerb) && m.Start > 0 && r.rd.content(words[m.Start-1], r.cls[m.Start-1]):
			// a verb after its object ("safune dilan", make soap): the
			// object says what is asked, the verb how
			role = Context
		case !m.Phrase() && goodsAt[m.End] && !goodsAt[m.Start]:
			// the word before goods says what they serve ("kalali masin",
			// a sewing machine; "sɛnɛkɛ minɛnw"), as the French "machine
			// à coudre" (goodsUse): no training asked
			role = Purpose
		}
		n, weight := r.rd.v.conceptNeed(e.Concept)
		if role == Purpose && n == seeds.NeedTraining {
			n = ""
		}
		trades := r.learntTrades(m)
		if len(trades) > 0 || n != "" && r.objectLearnt(m) {
			n = seeds.NeedTraining // "baara dege": a trade learnt, not work sought
		}
		if stem := r.rd.learntStem(words[m.Start]); !m.Phrase() && len(trades) == 0 && role == Topic && !who {
			if gs := r.rd.tradesGlosses(stem); len(gs) > 0 {
				r.general = &heldTerm{Term{Role: Topic, Source: Gloss, Variants: gs, Noun: true}, m.Start, m.End}
			}
		}
		// Goods to work with, lacked or to buy, are asked when the
		// message asks help: "kalali masin tɛ ne bolo. Dɛmɛ bɛ sɔrɔ min?"
		goods := n == seeds.NeedFinance && r.helpAsked && r.rd.v.goodsEntry(e)
		switch {
		case goods:
		case n != "" && r.negatedAfter(m) && !r.negatedNext(matches, m):
			n = "" // "wari caman tɛ n bolo": the money is lacked, not asked
		case n != "" && r.bought(m):
			n = "" // "ka kalalikɛmansin san" alone is shopping
		}
		if n != "" && (!who || n == seeds.NeedProtection) { // a danger told is what help is for
			r.scores.at(n).score += weight
			if r.wantedInSentence(m.Start) {
				r.scores.at(n).asks = true
			}
		}
		if p := phraseGloss(r.rd.v.phrases, e); p != "" {
			// The word names a thing phrases read as one ("mobili boli":
			// permis de conduire), matched as the French phrase is.
			r.add(m.Start, m.End, Term{Role: role, Source: Phrase, Variants: []string{p}, Noun: true})
			r.glossOutOfScope(m, []string{p})
		} else if gs := r.rd.topicGlosses(m.Entries, !possessed(r.cls, m.Start)); len(trades) > 0 || len(gs) > 0 {
			if len(trades) > 0 {
				gs = trades
			}
			if !who && slices.ContainsFunc(gs, func(g string) bool { return r.rd.v.glossWords(g).whole.Is(lang.Product) }) {
				r.q.Money = true // juru: crédit
			}
			if !who && slices.ContainsFunc(gs, r.rd.v.starts) {
				r.q.Starts = true // daminɛ: création, démarrage
			}
			t := Term{Role: role, Source: Gloss, Variants: gs, Noun: true,
				Activity: slices.ContainsFunc(gs, func(g string) bool { return r.rd.v.glossWords(g).whole.Is(lang.Activity) }),
				Trade:    slices.ContainsFunc(gs, func(g string) bool { return r.rd.v.glossWords(g).whole.Is(lang.Trade) })}
			// A word of training whose gloss the fiches hold
			// ("kalanbali": alphabétisation) is covered by the
			// fiches that hold it, not by every fiche that trains.
			if weight >= 1 && (who || n != seeds.NeedTraining || !slices.ContainsFunc(gs, r.rd.corpus.Holds)) {
				t.Need = n
			}
			r.glossOutOfScope(m, gs)
			r.add(m.Start, m.End, t)
		} else if !r.rd.v.Generic[e.Concept] && len(e.Glosses) > 0 {
			r.frame = append(r.frame, e.Glosses[0])
		}
	}
}

// stages returns where the Bambara matches that ask a work placement
// begin (bm/internship.tsv): a word of practice with no thing learnt
// right before it, in a message that tells a diploma had, not lacked
// (toldLacked), or with a workplace after it in its sentence.
func (r *reading) stages(matches []lexicon.Match) map[int]bool {
	v := r.rd.v
	had := false
	for i, w := range r.words {
		had = had || v.StageHad[w] && !r.toldLacked(i)
	}
	out := map[int]bool{}
	for _, m := range matches {
		i := m.Start
		if m.Phrase() || !v.StageLearning[r.words[i]] || i > 0 && r.sentence[i-1] == r.sentence[i] && r.rd.content(r.words[i-1], r.cls[i-1]) {
			continue
		}
		at := false
		for j := m.End; j < len(r.words) && r.sentence[j] == r.sentence[i]; j++ {
			at = at || v.StageAt[r.words[j]]
		}
		if had || at {
			out[i] = true
		}
	}
	return out
}

// stageWorkplace reports whether a Bambara match is a workplace
// (bm/internship.tsv) after a placement asked in its sentence: where the
// practice is done, not the asker's business.
func (r *reading) stageWorkplace(stages map[int]bool, m lexicon.Match) bool {
	if m.Phrase() || !r.rd.v.StageAt[r.words[m.Start]] {
		return false
	}
	for i := range stages {
		if i < m.Start && r.sentence[i] == r.sentence[m.Start] {
			return true
		}
	}
	return false
}

// officeAsked reports whether a Bambara word of bm/offices.tsv is the one
// jumɛn (which) right after it asks of: the office or service sought, not
// the asker's business.
func (r *reading) officeAsked(m lexicon.Match) bool {
	return !m.Phrase() && r.rd.v.Offices[r.words[m.Start]] && m.End < len(r.words) &&
		r.sentence[m.End] == r.sentence[m.Start] && r.words[m.End] == r.rd.v.bmAsksWhich
}

// learntTrades returns, for a Bambara word learnt (a word of learning
// right after it, or after dɔ: "baara dege", "baara dɔ dege"; not itself
// one, as dege before kalanyɔrɔ), the glosses of its entries that name
// trades in general (tradesGlosses); nil for any other word, whose glosses
// are read as they are.
func (r *reading) learntTrades(m lexicon.Match) []string {
	next := m.End
	if next < len(r.words) && r.words[next] == r.rd.v.bmSome {
		next++
	}
	if m.Phrase() || r.cls[m.Start].Is(lang.Learn) || next >= len(r.words) || !r.cls[next].Is(lang.Learn) || r.sentence[next] != r.sentence[m.Start] {
		return nil
	}
	return r.rd.tradesGlosses(m.Entries)
}

// objectLearnt reports whether a match is what a word of learning right
// after it learns or teaches, alone or joined by "ni" to the one before
// that word ("dɔgɔtɔrɔw ni furakɛlaw kalan", to train doctors and nurses):
// the thing is learnt, its need training, not the need its concept points
// to (health care: protection).
func (r *reading) objectLearnt(m lexicon.Match) bool {
	if m.Phrase() || r.cls[m.Start].Is(lang.Learn) {
		return false
	}
	j := m.End
	if j+1 < len(r.words) && r.words[j] == r.rd.v.bmAnd && r.sentence[j+1] == r.sentence[m.Start] {
		j += 2 // the thing joined to it
	}
	return j < len(r.words) && r.sentence[j] == r.sentence[m.Start] && r.cls[j].Is(lang.Learn)
}

// tradesGlosses returns the glosses of entries that name trades in general
// (fr/trades_general.tsv: báara's "métier"), read as the French "apprendre
// un métier" is.
func (rd *Reader) tradesGlosses(es []lexicon.Entry) []string {
	var out []string
	for _, e := range es {
		for _, g := range e.Glosses {
			if rd.v.TradesAll[rd.v.glossWords(g).key] {
				out = append(out, g)
			}
		}
	}
	return out
}

// learntStem returns the lexicon entries of what a compound ending in a
// word of learning learns ("baarakalan": báara, as "baara kalan"), or nil.
func (rd *Reader) learntStem(w string) []lexicon.Entry {
	for k := len(w) - 1; k > 0; k-- {
		if rd.v.Words.Is(w[k:], lang.Learn) {
			return rd.lex.Lookup(w[:k])
		}
	}
	return nil
}

// A heldTerm is a term read from words[start:end], added only if the
// question turns out to ask nothing more particular.
type heldTerm struct {
	Term
	start, end int
}

// addGeneral adds the trade in general a compound of learning names
// ("baarakalan bɛ kɛ min?", where are trades taught) when the question
// names no fiche and no other topic: "IFPI Kayi, baarakalan surun" asks
// the IFPI's short courses, "kalanbali … baarakalan" a literacy.
func (r *reading) addGeneral() {
	if r.general == nil || len(r.q.Named) > 0 || slices.ContainsFunc(r.q.Terms, func(t Term) bool { return t.Role == Topic }) {
		return
	}
	r.add(r.general.start, r.general.end, r.general.Term)
}

// bought reports whether a Bambara word or phrase is the thing bought:
// between the infinitive ka and the verb san ("n b'a fɛ ka jɛgɛ san"), or
// the thing sold to whoever asks, before bɛ and a word of selling, a word
// that qualifies it between ("ɔridinatɛri ɲuman bɛ feere min?": soldToAsker),
// as bambaraBuys reads a purchase. The need its concept points to is not
// asked, buying asks none, but goods to work with (goodsEntry) ask money
// when the message asks help (helpAsked), as "acheter deux machines pour
// mon atelier, y a-t-il une aide ?" does.
func (r *reading) bought(m lexicon.Match) bool {
	v := r.rd.v
	if m.Start > 0 && m.End < len(r.words) && r.words[m.End] == v.buy && r.words[m.Start-1] == v.bmInfinitive {
		return true
	}
	for j := m.End; j <= m.End+1 && j+1 < len(r.words); j++ {
		if r.words[j] == v.does {
			return v.soldToAsker(r.words, r.cls, j+1)
		}
	}
	return false
}

// forWhom finds the Bambara words whose concept only hints at protection
// (concept_needs.tsv: children, young people, at less than full weight) in
// a sentence whose other words ask for training or money at full weight:
// "jɔn bɛ denmisɛnw dɛmɛ ka u ka jago daminɛ?" asks how young people start
// a trade, not for child protection; so do the writer's own child with a
// word of wanting right after ("n denkɛ b'a fɛ ka don CFP la", my son wants
// to enter the CFP: who wants it); so do the young of no one that a
// thing is for or who get it (youngServed) in a sentence that asks no
// protection ("Segu la, dɛmɛ jumɛn bɛ sɔrɔ denmisɛnw kama?", what help
// for the young; not "jɔn bɛ denmisɛnw lakana?"). They are read as the
// French "les jeunes" is, a word of asking (glosses). A particular one ("denmisɛn dɔ",
// a child), people a relative clause describes ("denmisɛnw minnu tɛ lakɔli
// la") and any message telling of danger stay what is asked.
func (r *reading) forWhom(matches []lexicon.Match) []bool {
	v := r.rd.v
	marked := make([]bool, len(r.words))
	if len(r.danger) > 0 {
		return marked
	}
	asks := func(m lexicon.Match) bool {
		n, w := v.conceptNeed(m.Entries[0].Concept)
		return w >= 1 && (n == seeds.NeedTraining || n == seeds.NeedFinance)
	}
	protects := func(m lexicon.Match) bool {
		n, w := v.conceptNeed(m.Entries[0].Concept)
		return w >= 1 && n == seeds.NeedProtection
	}
	for _, m := range matches {
		n, w := v.conceptNeed(m.Entries[0].Concept)
		if m.Phrase() || n != seeds.NeedProtection || w >= 1 || r.taken(m.Start, m.End) {
			continue
		}
		if m.End < len(r.words) && (r.words[m.End] == v.bmSome || slices.Contains(v.bmWhich, r.words[m.End])) {
			continue
		}
		served := r.youngServed(m) && !slices.ContainsFunc(matches, func(o lexicon.Match) bool {
			return r.sentence[o.Start] == r.sentence[m.Start] && protects(o)
		})
		if served || possessed(r.cls, m.Start) && r.wantsNext(m.End) || slices.ContainsFunc(matches, func(o lexicon.Match) bool {
			return r.sentence[o.Start] == r.sentence[m.Start] && !r.taken(o.Start, o.End) && asks(o)
		}) {
			mark(marked, m.Start, m.End)
		}
	}
	return marked
}

// youngServed reports whether the young of a match are no one's, in a
// sentence that asks (a question mark or a word of request.tsv), and are
// whom a thing is for (kama right after them: "dɛmɛ jumɛn bɛ sɔrɔ
// denmisɛnw kama?") or the subject that gets it (bɛ right after them:
// "denmisɛnw bɛ dɛmɛ jumɛn sɔrɔ?"), not whom someone helps ("jɔn bɛ
// denmisɛnw dɛmɛ?", which asks who looks after children; nor "denmisɛnw
// bɛ damada la Kɛɲɛba, u feerela yen", a story).
func (r *reading) youngServed(m lexicon.Match) bool {
	s := r.sentence[m.Start]
	if possessed(r.cls, m.Start) || m.End >= len(r.words) || r.sentence[m.End] != s {
		return false
	}
	if next := r.words[m.End]; next != r.rd.v.bmFor && next != r.rd.v.does {
		return false
	}
	if strings.Contains(r.ends[s], "?") {
		return true
	}
	for j := range r.words {
		if r.sentence[j] == s && r.rd.v.cue(r.words, r.cls, r.sentence, r.ends, j) {
			return true
		}
	}
	return false
}

// wantsNext reports whether a word of wanting follows word i closely in
// its sentence ("n denkɛ b'a fɛ ka …", my son wants to …: the relative is
// who wants, what they want is asked).
func (r *reading) wantsNext(i int) bool {
	for j := i; j < len(r.words) && j < i+wantWindow && r.sentence[j] == r.sentence[i-1]; j++ {
		if r.cls[j].Is(lang.Want) {
			return true
		}
	}
	return false
}

// wantWindow is how far after a person a word of wanting is theirs: "n
// denkɛ bɛ a fɛ" (wants), "n denkɛ mago bɛ" (needs).
const wantWindow = 3

// frameGloss returns the first gloss of a match's entries that names no
// topic ("jeune" of denmisɛn, "enfant, jeune"), or "".
func (rd *Reader) frameGloss(m lexicon.Match) string {
	for _, e := range m.Entries {
		for _, g := range e.Glosses {
			if rd.allFrame(g, true) {
				return g
			}
		}
	}
	return ""
}

// negatedAfter reports whether a Bambara word is told lacking: tɛ, the
// negation of bɛ (bm/grammar.tsv not), follows it within lackWindow words,
// in its sentence ("wari caman tɛ n bolo", I have little money; "nka wari
// tɛ"). Like a French need word after "sans", it points to no need.
func (r *reading) negatedAfter(m lexicon.Match) bool {
	for j := m.End; j < len(r.words) && j < m.End+lackWindow && r.sentence[j] == r.sentence[m.Start]; j++ {
		if r.words[j] == r.rd.v.bmNot {
			return true
		}
	}
	return false
}

// negatedNext reports whether the negation after match m belongs to a
// later match that lies before it: "ka jago daminɛ nka jagokun tɛ u
// bolo" lacks the capital, not the trade wanted.
func (r *reading) negatedNext(matches []lexicon.Match, m lexicon.Match) bool {
	for _, o := range matches {
		if o.Start >= m.End && r.negatedAfter(o) && o.Start < m.End+lackWindow {
			return true
		}
	}
	return false
}

// paperGloss returns the paper (papers.tsv) a Bambara word's first entry
// glosses, as out_of_scope.tsv's French says it ("wolosɛbɛn": acte de
// naissance, identity_papers), or "".
func (r *reading) paperGloss(m lexicon.Match) string {
	v := r.rd.v
	for _, g := range m.Entries[0].Glosses {
		for _, h := range v.OutOfScope.Find(lang.LetterWords(v.glossWords(g).key)) {
			if v.Papers[h.Value] {
				return h.Value
			}
		}
	}
	return ""
}

// glossOutOfScope reads a Bambara word's glosses for what no partner
// offers, as out_of_scope.tsv's French says it: "furu" is a "mariage"; a
// word between kɛ and ye ("ka kɛ karamɔgɔ ye", to become a teacher) is read
// after the French "devenir" ("devenir instituteur"). A word that tells
// who the person is or was ("n ye mobili boli la ye", I was a driver:
// reading.who) is no request for it.
func (r *reading) glossOutOfScope(m lexicon.Match, gs []string) {
	if !r.request[r.sentence[m.Start]] || r.afterSelling(m.Start) || r.isBeing(m.Start) || r.saidWithout(m.Start) || r.lostBeside(m.Start, m.End) || slices.Contains(r.who[m.Start:m.End], true) {
		return
	}
	v, words := r.rd.v, r.words
	becomes := m.End < len(words) && words[m.End] == v.copula && slices.Contains(words[max(0, m.Start-2):m.Start], v.bmBecome)
	for _, g := range gs {
		ws := lang.LetterWords(v.glossWords(g).key)
		if becomes {
			ws = append([]string{v.become}, ws...)
		}
		for _, h := range v.OutOfScope.Find(ws) {
			r.askOutOfScope(h.Value)
		}
	}
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
				k := rd.v.glossWords(g).key
				if syn, ok := rd.v.synonym(k, rd.v.class(k)); ok {
					out = append(out, syn) // a worker's gloss, as the fiches name the trade
				}
				kept++
			}
		}
	}
	return out
}

// possessed reports whether word i (of words of classes cls) follows a
// pronoun, which in Bambara makes it that person's ("n denkɛ", my son).
func possessed(cls []lang.Class, i int) bool {
	return i > 0 && cls[i-1].Is(lang.Pronoun)
}

// allFrame reports whether a gloss names no topic: all its words frame a
// request or are found in most fiches; with people, the people of a story
// (relatives) are no frame.
func (rd *Reader) allFrame(gloss string, people bool) bool {
	for w := range strings.FieldsFuncSeq(rd.v.glossWords(gloss).key, func(r rune) bool { return !unicode.IsLetter(r) }) {
		c := rd.v.Words.Of(w).Class
		if (!c.Is(lang.Frame) || people && c.Is(lang.Relative)) && !c.Is(lang.Function) && !rd.corpus.Common(w) {
			return false
		}
	}
	return true
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
