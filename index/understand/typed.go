package understand

import (
	"slices"
	"strings"
	"unicode/utf8"

	"sira/index/lang"
	"sira/seeds"
)

// typed reads the words no earlier stage took, as typed: French words,
// names, compounds, and words no one knows. Each says who asks (among the
// words that tell it), or what the thing asked is for (after "pour"), or
// is asked (a word that names something: four letters or more, not in
// most fiches, not a past act, not a verb before its object), or else is
// context. It adds to the need scores and finds the kind of structure
// asked.
func (r *reading) typed() {
	rd, q, words, cls := r.rd, r.q, r.words, r.cls
	french := q.Lang != Bambara
	var forSomething, owned []bool
	excluding := false // a preposition of exclusion in the message: in few
	if french {
		forSomething, owned = r.rd.v.forSomething(cls, r.sentence), r.ownBusiness()
		excluding = slices.ContainsFunc(r.sets, func(s lang.Set) bool { return s.Is(lang.InExcluding) })
	}
	legal := r.legal
	helpOnly := french && r.helpAsked && !r.moneyNamed()
	for i, w := range words {
		c := cls[i]
		if r.claims[i] == claimGloss && !french && !r.inside(i) {
			// A Bambara word glossed names the kind asked as a French word
			// does ("jurudonkɛsu jumɛn", which microfinance), unless it is
			// where ("banki dɔ la", in a bank).
			r.kindAsked(w, c, i)
		}
		if r.claims[i] != free || excluding && (r.sets[i].Is(lang.InExcluding) || r.excluded(i)) {
			continue
		}
		var partGlosses []string
		partNeed, partWeight := "", 0.0 // the need a part points to most strongly
		for _, p := range r.parts[i] {  // compound parts of an unknown word
			if rd.lex.Known(p) && !r.rd.v.Words.Is(p, lang.Homograph) {
				es := rd.lex.Lookup(p)
				partGlosses = append(partGlosses, rd.topicGlosses(es, false)...)
				if n, w := rd.v.conceptNeed(es[0].Concept); n != "" && w > partWeight {
					partNeed, partWeight = n, w
				}
			}
		}
		if partNeed != "" && !r.who[i] {
			// The parts point to a need as the word would ("baarakalanyɔrɔ":
			// baarakalan, vocational training, and yɔrɔ, place: a school).
			r.scores.at(partNeed).score += partWeight
			if r.wantedInSentence(i) {
				r.scores.at(partNeed).asks = true
			}
		}
		if len(partGlosses) > 0 {
			// The parts name what the word does ("nɛgɛbaara": construction métallique,
			// travail); the fiches do not have the word itself.
			if !rd.corpus.Holds(w) {
				r.add(i, i+1, Term{Role: Topic, Source: Gloss, Variants: partGlosses})
				continue
			}
			r.add(i, i+1, Term{Role: Context, Source: Gloss, Variants: partGlosses})
		}
		purpose := french && (forSomething[i] || owned != nil && owned[i] || r.rd.v.goodsUse(words, cls, i))
		need, n := "", r.needs[i]
		// Help asked for goods to work with, or to buy a thing, asks
		// money or goods, as a Bambara gloss of goods does (glosses):
		// "besoin d'aide … il me faut 2 machines", "besoin d'aide pour
		// acheter un moulin" (Understand reads the buying as money).
		// Money named says it itself: "de l'argent pour acheter une
		// machine" buys the machine with it (helpOnly).
		helped := helpOnly && n == seeds.NeedFinance && (c.Is(lang.Buy) || r.rd.v.goodsWord(w, c))
		if n != "" && !(i > 0 && cls[i-1].Is(lang.Without)) && !r.who[i] && !r.childWork(i) {
			need = n
			if n == seeds.NeedFinance && (c.Is(lang.NeedWord|lang.Product) || helped && c.Is(lang.Buy) && !r.goodsAsked() || r.moneyAsked(i)) {
				q.Money = true // help to buy a thing that is no goods given is money asked; money named, not told lacked, is
			}
			want := wanted(cls, i) || r.wantedToo(i) || french && (c.Is(lang.NeedWord) && r.needAsked(i) || r.placedAt(i))
			if want || helped || !french && r.wantedInSentence(i) {
				r.scores.at(n).asks = true
			}
			switch {
			case want || helped:
				r.scores.at(n).score += needWanted
			case purpose:
				r.scores.at(n).score += needPurpose // what the thing asked is for: "un crédit pour ma couture"
			default:
				r.scores.at(n).score += needPlain
			}
		}
		r.kindAsked(w, c, i)
		asked := c.Is(lang.Relative) && wanted(cls, i) // the person sought is the topic
		if c.Is(lang.Frame) && !asked {
			r.frame = append(r.frame, w)
		}
		if c.Is(lang.Stop|lang.Homograph|lang.Function|lang.Want) || c.Is(lang.Frame) && !asked || !rd.longEnough(w) || !hasLetter(w) || ofPerson(cls, i) {
			continue
		}
		syn, known := r.rd.v.synonym(w, c)
		if purpose && cls[i-1].Is(lang.Purpose) && r.rd.v.infinitive(w) && !known {
			// "pour acheter", "pour agrandir": what is done, the thing
			// it is done to says what for
			r.frame = append(r.frame, w)
			continue
		}
		t := Term{
			Role: Context, Source: Typed, Variants: []string{w},
			Noun:     r.rd.v.nounAt(words, cls, i, q.Lang),
			Country:  rd.abroad.Adjective(w) && !r.spokenAt(i),
			Activity: c.Is(lang.Activity) || !french && rd.v.activityStem(w),
			Trade:    c.Is(lang.Trade),
		}
		switch {
		case r.had[i]:
			t.Role = Had
		case r.who[i]:
			t.Role = Who
		case legal != nil && legal[i]:
			// whose the business made legal is: "mon atelier de couture"
		case purpose && c.Is(lang.Young|lang.Minor|lang.Relative):
			t.Role = Who // for whom: "une formation pour les jeunes filles"
		case purpose && !helped: // goods help is asked for are asked ("une aide pour acheter une machine")
			switch {
			case !rd.topical(w) || french && r.rd.v.pastTense(words, cls, i):
			case r.trainedIn(i) && r.ofQualification(i):
				t.Role = Topic // "une formation pour avoir un diplôme de plombier": the trade is asked
			case !r.qualifiesTrade(i):
				t.Role = Purpose
			}
		case french && r.rd.v.pastTense(words, cls, i):
		case !rd.topical(w) && broadNeeds[need] && c.Is(lang.NeedWord) && t.Noun:
			// The service asked, a word too common in the fiches to be a
			// topic ("un financement", "offre d'emploi"), is what is
			// asked: a fiche that gives it covers it, whatever the trade
			// or business it is for.
			t.Role, t.Need = Topic, need
		case french && rd.topical(w) && r.workplace(i):
			// where the job asked would be: it ranks, no fiche must hold
			// it (an agency places people there, whatever its text says)
		case !rd.topical(w) && !c.Is(lang.Structure):
		case french && !known && !t.Trade && !t.Activity && r.verbOfObject(i):
			// "réparer les frigos": the object names the thing asked
		default:
			t.Role, t.Structure = Topic, c.Is(lang.Structure)
		}
		if known {
			t.Variants = append(t.Variants, syn)
		} else if !rd.corpus.Holds(w) {
			t.Related = rd.corpus.Related(w)
		}
		if trade, ok := rd.v.Learnt[w]; ok && t.Role == Topic && r.learning(i) {
			t.Variants = append(t.Variants, trade) // "apprendre le métier de serveuse": hôtellerie
		}
		r.add(i, i+1, t)
	}
}

// forSomething reports, for each word, whether the words before it say
// what something asked for is for: they hold "pour" after a word that is
// neither grammar nor a frame word ("un prêt pour agrandir mon atelier"),
// with no new clause or sentence since ("…pour travailler, est-ce légal ?";
// "…pour nos champs. Comment obtenir un crédit ?"). After frame words
// alone, what follows is what is asked ("aide pour enfant victime de
// traite", "formation pour la couture"). cls are the words' classes,
// sentence gives each word's sentence. One pass, left to right.
func (v *vocab) forSomething(cls []lang.Class, sentence []int) []bool {
	out := make([]bool, len(cls))
	content, purpose := false, false // a word neither grammar nor frame; the state for the next word
	for i, c := range cls {
		if i > 0 && sentence[i] != sentence[i-1] {
			content, purpose = false, false // a new sentence
		}
		out[i] = purpose
		switch {
		case c.Is(lang.ClauseWord):
			purpose = false // a new clause
		case c.Is(lang.Purpose):
			purpose = content
		}
		content = content || !c.Is(lang.Function|lang.Frame)
	}
	return out
}

// ownBusiness reports, for each word of a French message, whether it
// names the person's own business, what the money or goods asked are
// for: when goods are asked, the words a first-person possessive brings
// ("agrandir mon atelier de couture, il me faut 2 machines": the machines
// are asked, the sewing workshop is theirs); when money is asked, the
// words a word of starting brings ("je veux ouvrir un restaurant, qui peut
// m'aider à financer ?": the restaurant is what the money is for, not a
// thing a fiche must hold, as a recruiter's "restauration" does); when a
// business is asked run or accompanied (runAsked, Query.RunsBusiness),
// a business noun after a possessive or a word of starting or before
// "de", with the words "de" brings ("un projet de transformation de mangues … qui peut
// m'accompagner ?",
// "gérer mon commerce de poisson": the help asked is to run the business,
// not its product's farming). Up to ownWords of them in its clause,
// grammatical words aside, before a word of money, goods, wanting,
// learning or running. Nil when none is asked: "la Banque mondiale peut financer mon
// petit commerce ?" keeps the trade among the things asked.
func (r *reading) ownBusiness() []bool {
	goods, money, run := r.goodsAsked(), r.asksMoney(), r.runAsked()
	if !goods && !money && !run {
		return nil
	}
	var out []bool
	for i, c := range r.cls {
		if r.claims[i] == claimStory || r.who[i] {
			continue
		}
		switch {
		case money && c.Is(lang.Start) || goods && c.Is(lang.Mine):
			// the business started with money asked: "je veux ouvrir
			// un restaurant, qui peut m'aider à financer ?"
			out = r.ownedAfter(i, out)
		case run && r.sets[i].Is(lang.InBusiness):
			// a business asked run, the person's or named by what it
			// is: "gérer mon petit commerce", "un projet de
			// transformation de mangues … m'accompagner" (not "le
			// projet PAREM", a programme's name)
			of := i+1 < len(r.cls) && r.cls[i+1].Is(lang.From)
			if !of && !r.ownedBefore(i) {
				continue
			}
			r.q.RunsBusiness = true
			if out == nil {
				out = make([]bool, len(r.words))
			}
			out[i] = true
			if of {
				out = r.ownedAfter(i, out)
			}
		}
	}
	return out
}

// ownedBefore reports whether a possessive or a word of starting stands
// among the businessBefore words before word i in its sentence: "mon
// petit commerce", "créer un petit commerce".
func (r *reading) ownedBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-businessBefore && r.sentence[j] == r.sentence[i]; j-- {
		if r.cls[j].Is(lang.Mine | lang.Start) {
			return true
		}
	}
	return false
}

// runAsked reports whether a French message asks a business run or
// accompanied: a word of fr/business.tsv run or of fr/accompany.tsv in a
// sentence that asks, not among the words that tell who asks; not when
// it asks programmes ("quel projet pour les jeunes qui veulent
// entreprendre ?"), investors, or a product (products.tsv: "il gère une
// entreprise et cherche un prêt" asks the loan).
func (r *reading) runAsked() bool {
	if r.q.Programmes || r.q.Invests {
		return false
	}
	run := false
	for i, c := range r.cls {
		if r.claims[i] == claimStory || r.who[i] {
			continue
		}
		if c.Is(lang.Product) {
			return false
		}
		run = run || r.sets[i].Is(lang.InRunBusiness|lang.InAccompany)
	}
	return run
}

// ownedAfter marks in out (made when nil) the words after word i that name
// a business, up to ownWords of them in its clause, grammatical words
// and a possessive before the first aside ("ouvrir mon salon"), before a
// word of money, goods, wanting, learning or running; it returns out.
func (r *reading) ownedAfter(i int, out []bool) []bool {
	for j, named := i+1, 0; j < len(r.words) && named < ownWords && r.sentence[j] == r.sentence[i]; j++ {
		cj := r.cls[j]
		if named == 0 && cj.Is(lang.Mine) {
			continue // the possessive a word of starting brings: "ouvrir mon salon de coiffure"
		}
		if cj.Is(lang.ClauseWord|lang.Purpose|lang.Want|lang.Learn|lang.NeedWord|lang.Product|lang.Buy|lang.Mine|lang.Start) || r.needs[j] == seeds.NeedFinance || r.sets[j].Is(lang.InRunBusiness) {
			break
		}
		if cj.Is(lang.Function | lang.Determiner | lang.Article) {
			continue
		}
		if out == nil {
			out = make([]bool, len(r.words))
		}
		out[j] = true
		named++
	}
	return out
}

// moneyNamed reports whether a word of the message points to financing
// and is neither goods nor buying: money named ("argent", "crédit",
// "subvention"), or the business it is for.
func (r *reading) moneyNamed() bool {
	for i, c := range r.cls {
		if r.needs[i] == seeds.NeedFinance && !c.Is(lang.Buy) && !r.rd.v.goodsWord(r.words[i], c) {
			return true
		}
	}
	return false
}

// goodsAsked reports whether the message names goods to work with that
// point to financing (vocab.goodsWord: "machines", "meuleuse").
func (r *reading) goodsAsked() bool {
	for i, w := range r.words {
		if r.needs[i] == seeds.NeedFinance && r.rd.v.goodsWord(w, r.cls[i]) {
			return true
		}
	}
	return false
}

// wanted reports whether word i (of words of classes cls) is what a want
// word asks for: it follows one, with at most a determiner or "de" between
// them.
func wanted(cls []lang.Class, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if cls[j].Is(lang.Want) {
			return true
		}
		if !cls[j].Is(lang.Determiner | lang.AdjectiveBefore) {
			return false
		}
	}
	return false
}

// wantedToo reports whether the word at i is wanted past a word of
// adding (also.tsv) right after the want word, articles and adjectives
// between: "je voudrais aussi un petit crédit" asks the crédit besides
// what the message told.
func (r *reading) wantedToo(i int) bool {
	j := i - 1
	for j > 0 && j >= i-3 && r.cls[j].Is(lang.Determiner|lang.AdjectiveBefore) {
		j--
	}
	return j > 0 && r.rd.v.Also[r.words[j]] && wanted(r.cls, j)
}

// needAsked reports whether a need's own French word at i (need_words.tsv)
// is asked as a word of wanting would ask it: through a word of taking up
// (take_up.tsv) a want word asks ("je veux faire une formation"), or after
// a word of asking that brings it, an interrogative determiner or one with
// a determiner between ("quelle formation faut faire", "ya une
// formation"; not "qui finance", a verb). Its caller asks it of a need's own word
// only: a trade taken up ("elle veut faire de la couture chez elle") is an
// activity, which a money asked beside may be for.
func (r *reading) needAsked(i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch c := r.cls[j]; {
		case r.rd.v.TakeUp[r.words[j]]:
			return wanted(r.cls, j)
		case c.Is(lang.Request) && (c.Is(lang.Determiner) || j < i-1):
			return true // "quelle formation", "ya une formation"; not "qui finance"
		case !c.Is(lang.Determiner | lang.AdjectiveBefore):
			return false
		}
	}
	return false
}

// namesWork reports whether a Bambara word (of classes c) before "baara"
// (work) makes it that word's trade: a content word, not a grammatical
// word or a place.
func (rd *Reader) namesWork(w string, c lang.Class) bool {
	return hasLetter(w) && !c.Is(lang.Stop|lang.Homograph|lang.Frame) && !rd.gaz.Known(w)
}

// pastTense reports whether words[i] (of classes cls) follows an
// auxiliary: "ai", "ont"…, or "a" after its subject ("il a quitté";
// "apprendre a nager" is à).
func (v *vocab) pastTense(words []string, cls []lang.Class, i int) bool {
	if i == 0 {
		return false
	}
	if words[i-1] == v.has {
		return i >= 2 && cls[i-2].Is(lang.HasSubject)
	}
	return cls[i-1].Is(lang.Auxiliary)
}

// nounAt reports whether words[i] (of classes cls) is a noun by its place
// in the question. In French it follows a determiner or a preposition that
// brings a noun, and is not shaped like an infinitive: "de" also brings
// verbs ("besoin de fabriquer"), and "le" is also a pronoun ("le
// corriger"). In Bambara, the object comes just before its verb: "mobili
// bolili kalan", "visa sɔrɔ".
func (v *vocab) nounAt(words []string, cls []lang.Class, i int, language string) bool {
	if language == Bambara {
		return i+1 < len(words) && cls[i+1].Is(lang.ObjectVerb)
	}
	return i > 0 && cls[i-1].Is(lang.Determiner) && !v.infinitive(words[i])
}

// infinitive reports whether a French word is shaped like an infinitive.
func (v *vocab) infinitive(w string) bool {
	return slices.ContainsFunc(v.InfinitiveEndings, func(e string) bool { return strings.HasSuffix(w, e) })
}

// goodsUse reports whether word i, right after a grammatical word after
// goods (goods.tsv), says what the goods are for: "une machine à coudre",
// "du matériel de coiffure" name the goods, and the sewing or the trade
// is what they serve, not a thing asked.
func (v *vocab) goodsUse(words []string, cls []lang.Class, i int) bool {
	return i >= 2 && cls[i-1].Is(lang.Function) && v.Goods[words[i-2]] && !cls[i].Is(lang.Function)
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

// bambaraBuys reports whether a Bambara question asks to buy: "san" (to
// buy, also a year) as a verb, after "ka" and its object ("ka mobili san"),
// or a thing sold to whoever asks (soldToAsker: "moto kɔrɔ bɛ feere min?").
func (v *vocab) bambaraBuys(words []string, cls []lang.Class) bool {
	for i := 2; i < len(words); i++ {
		if words[i] == v.buy && words[i-2] == v.bmInfinitive || v.soldToAsker(words, cls, i) {
			return true
		}
	}
	return false
}

// soldToAsker reports whether the Bambara word of selling at i (sell.tsv)
// is said of a thing with no seller named: bɛ right before it, and before
// bɛ a subject that is no pronoun nor a person, even in the plural ("moto
// kɔrɔ bɛ feere min Sikaso?", where are second-hand motos sold: the thing
// is sold to whoever asks, a purchase asked; not "n bɛ fini feere", I sell
// cloth, nor "musow bɛ feere", women are sold).
func (v *vocab) soldToAsker(words []string, cls []lang.Class, i int) bool {
	const person = lang.Pronoun | lang.Person | lang.Relative | lang.Minor | lang.Young | lang.Public
	if i < 2 || !cls[i].Is(lang.Sell) || words[i-1] != v.does || cls[i-2].Is(person) {
		return false
	}
	stem, plural := strings.CutSuffix(words[i-2], v.bmPlural)
	return !plural || !v.Words.Is(stem, person)
}

// wantedInSentence reports whether a want word comes before words[i] in
// its sentence: in Bambara the thing wanted comes after the verb that
// wants it ("n b'a fɛ ka mobili dilan dege").
func (r *reading) wantedInSentence(i int) bool {
	for j := i - 1; j >= 0 && r.sentence[j] == r.sentence[i]; j-- {
		if r.cls[j].Is(lang.Want) {
			return true
		}
	}
	return false
}

// activityStem reports whether a Bambara word is made on the word of an
// activity no partner teaches (activities.tsv), as Bambara derives by
// suffixes: "donkilida" (to sing) on donkili (song). Only words of
// minActivityStem letters or more are read so.
func (v *vocab) activityStem(w string) bool {
	for n := minActivityStem; n < len(w); n++ {
		if v.Words.Is(w[:n], lang.Activity) {
			return true
		}
	}
	return false
}

// minActivityStem is the shortest activity word a Bambara word is read as
// made on: shorter ones begin too many other words.
const minActivityStem = 5

// ofPerson reports whether the word at i is an adjective before a person
// ("mon grand frère", "ma petite sœur", "un petit enfant"): part of who the
// person is, no thing asked.
func ofPerson(cls []lang.Class, i int) bool {
	return cls[i].Is(lang.AdjectiveBefore) && i+1 < len(cls) && cls[i+1].Is(lang.Relative|lang.Minor|lang.Young)
}

// verbOfObject reports whether a French word at i is a verb no fiche holds
// followed by its object: shaped like an infinitive, not after a
// determiner (past adjectives before a noun: "un petit atelier" is a
// noun), no word of learning, need or structure, and followed in its
// sentence, past determiners and adjectives before a noun, by a free word
// that names something ("réparer les frigos", "tester les compétences").
// The object says what is asked; a verb the fiches hold ("retrouver", the
// Croix-Rouge's tracing) may name the service itself.
func (r *reading) verbOfObject(i int) bool {
	w, c := r.words[i], r.cls[i]
	if !r.rd.v.infinitive(w) || c.Is(lang.Structure|lang.Learn|lang.NeedWord) || r.rd.corpus.Holds(w) {
		return false
	}
	j := i - 1
	for j >= 0 && r.cls[j].Is(lang.AdjectiveBefore) {
		j--
	}
	if j >= 0 && r.cls[j].Is(lang.Determiner|lang.Article|lang.Possessive) {
		return false
	}
	for j := i + 1; j < len(r.words) && j <= i+objectWindow && r.sentence[j] == r.sentence[i]; j++ {
		if !r.cls[j].Is(lang.Determiner | lang.Article | lang.Possessive | lang.Mine | lang.AdjectiveBefore) {
			return r.claims[j] == free && r.rd.content(r.words[j], r.cls[j]) && r.rd.topical(r.words[j])
		}
	}
	return false
}

// workplace reports whether a French word at i names where a job asked
// would be: a word of the job need is asked before it in its sentence
// ("je veux un emploi", "je cherche un travail"), and a word of inside.tsv
// comes before it, past grammatical words and words too common to name
// anything ("dans une entreprise de construction", "dans le bâtiment").
// A child who works in a mine tells a danger, not a job asked.
func (r *reading) workplace(i int) bool {
	asked := false
	for j := 0; j < i && !asked; j++ {
		asked = r.sentence[j] == r.sentence[i] && r.needs[j] == seeds.NeedJob && (wanted(r.cls, j) || j > 0 && r.cls[j-1].Is(lang.Want))
	}
	if !asked {
		return false
	}
	for j := i - 1; j >= 0 && r.sentence[j] == r.sentence[i]; j-- {
		switch c := r.cls[j]; {
		case r.sets[j].Is(lang.InInside):
			return true
		case !c.Is(lang.Determiner|lang.Article|lang.Function) && r.rd.topical(r.words[j]):
			return false
		}
	}
	return false
}

// childWorkSpan is the most words between a verb of work and the child's
// work it tells ("travaillent dans les mines d'or").
const childWorkSpan = 3

// childWork reports whether word i tells a child's work that harms it: a
// danger only to a child (distress_signs.tsv child: a gold mine, a maid's
// work) told at most childWorkSpan words after it. "des enfants qui
// travaillent dans les mines d'or" asks no job: the need is the danger's.
func (r *reading) childWork(i int) bool {
	return slices.ContainsFunc(r.danger, func(h lang.Hit) bool {
		return h.Start > i && h.Start-i <= childWorkSpan+1 && r.rd.v.ChildSigns[h.Value] && !r.rd.v.UnownedSigns[h.Value]
	})
}

// excluded reports whether words[i] is left out by a preposition of
// exclusion before it (excluding.tsv), with at most excludedGap articles or
// grammatical words between, in its sentence ("une activité hors
// agriculture", "hormis l'élevage"): a sector the person does not ask,
// neither a thing asked nor one told. The preposition itself is grammar.
func (r *reading) excluded(i int) bool {
	return r.leftOutBy(i, func(j int) bool { return r.sets[j].Is(lang.InExcluding) })
}

// leftOutBy reports whether words[i] is left out by what ends at a word
// before it (leaves reports it of that word's index), with at most
// excludedGap articles or grammatical words between, in its sentence.
func (r *reading) leftOutBy(i int, leaves func(j int) bool) bool {
	for j := i - 1; j >= 0 && j >= i-1-excludedGap && r.sentence[j] == r.sentence[i]; j-- {
		switch {
		case leaves(j):
			return true
		case !r.cls[j].Is(lang.Function | lang.Determiner | lang.Article | lang.Elided):
			return false
		}
	}
	return false
}

// kindAsked makes the kind of structure word w of class c, at i, names the
// kind asked (Query.Kind), unless one is already asked, it is the kind told
// to turn the person away (Query.Refusing) or it asks for the person to be
// placed (personPlaced).
func (r *reading) kindAsked(w string, c lang.Class, i int) {
	if c.Is(lang.HasKind) && r.q.Kind == "" && r.rd.v.Words.Of(w).Kind != r.q.Refusing && !r.personPlaced(i) {
		r.q.Kind = r.rd.v.Words.Of(w).Kind
	}
}

// inside reports whether the Bambara word at i is where something is, the
// postposition lá (bm/grammar.tsv in) after it, or after "dɔ" following
// it, in its sentence: "n b'a fɛ ka stage sɔrɔ banki dɔ la".
func (r *reading) inside(i int) bool {
	j := i + 1
	if j < len(r.words) && r.words[j] == r.rd.v.bmSome && r.sentence[j] == r.sentence[i] {
		j++
	}
	return j < len(r.words) && r.words[j] == r.rd.v.bmIn && r.sentence[j] == r.sentence[i]
}

// moneyAsked reports whether words[i] is a noun of money itself
// (money.tsv), no part of a fiche's name ("Zira Capital"), not told
// lacked: no word of lack before it, past grammatical words ("pas
// d'argent", "pas assez d'argent" ask no money).
func (r *reading) moneyAsked(i int) bool {
	if !r.rd.v.MoneyNouns[r.words[i]] || slices.ContainsFunc(r.named, func(h nameHit) bool { return h.Start <= i && i < h.End }) {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-moneyLackedGap && r.sentence[j] == r.sentence[i]; j-- {
		switch c := r.cls[j]; {
		case c.Is(lang.Lack):
			return false
		case !c.Is(lang.Function | lang.Determiner | lang.Stop):
			return true
		}
	}
	return true
}
