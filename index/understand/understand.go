package understand

import (
	"iter"
	"maps"
	"slices"
	"strings"

	"sira/index/bambara"
	"sira/index/fold"
	"sira/index/lang"
	"sira/index/lexicon"
	"sira/seeds"
)

// Understand reads a question: its language and script, need, place, the
// part of a fiche asked, the fiches named, its terms and their roles (what
// is asked, what for, where to, who asks, the story), its intent and any
// distress.
//
// It is a pipeline. The text is analyzed once (the right reader for its
// language); the words are respelt once, into a layer of their own (names,
// Bambara spelt by ear, misspelt words of asking); then each stage reads
// the words and what earlier stages found, and adds its own findings: a
// stage claims the words it reads (a place, a part asked, a country, a
// phrase, a gloss) and no later stage reads them again, but no stage
// changes what another found. The last stage decides the need, the kind
// and what the message is.
func (rd *Reader) Understand(question string) Query { return rd.UnderstandIn(question, "") }

// UnderstandIn reads a question as Understand does, in the language in
// (French or Bambara) whatever its words tell; "" for theirs. A short
// follow-up's few words may tell the other language of the chat ("a
// nimero" in a Bambara chat, "lage min ?" in a French one).
func (rd *Reader) UnderstandIn(question, in string) Query {
	one := questions.Get().(*questionReader) // the reader of this question: what it learns of the fiches' words is its own
	one.rd, one.seen.Vocabulary = *rd, rd.corpus
	one.rd.corpus = &one.seen
	one.rd.understand(&one.query, question, in)
	q := one.query
	// Forget the question's words before another reads them.
	small := len(one.seen.facts) <= pooledWords
	clear(one.seen.facts)
	one.rd, one.seen.Vocabulary, one.query = Reader{}, nil, Query{}
	if small {
		questions.Put(one)
	}
	return q
}

// understand reads a question into q.
func (rd *Reader) understand(q *Query, question, in string) {
	*q = Query{Text: bambara.Transliterate(Cut(question)), Script: script(question)}
	t, matches := rd.analyzeQuestion(q.Text, bambara.IsNKo(question), in)
	q.Lang, q.Borrowed = t.lang, t.lang == French && t.borrowed
	n := len(t.words)
	marks := make([]bool, 3*n) // who, had and notHad, made at once
	r := reading{rd: rd, q: q, text: t, claims: make([]claim, n), who: marks[:n:n], had: marks[n : 2*n : 2*n], notHad: marks[2*n:]}
	// The fiches named, and misspelt names read as the name ("Boabab").
	named, names := rd.named.find(t.words, t.cls, rd.unknown, q.Lang == Bambara)
	r.named = named
	words, cls := rd.respelt(t.words, t.cls, names)
	q.Buying = slices.ContainsFunc(cls, func(c lang.Class) bool { return c.Is(lang.Buy) }) || q.Lang == Bambara && rd.v.bambaraBuys(words, cls)
	// Greetings, thanks and follow-up words are no topics; distress is
	// read from the whole message, its story too.
	signs := rd.v.readSigns(words, cls, question, q.Lang, labelled(cls, t.sentence, t.ends), rd.unknown)
	r.claimAll(signs.told, claimTold)
	r.danger = signs.danger
	r.helpAsked = len(signs.cry) > 0
	r.words, r.cls = words, cls
	signs.danger, r.beasts = r.beastSigns(signs.danger)
	r.danger = signs.danger
	r.places()
	// Bambara spelt by ear, French words of asking misspelt: read as the
	// word they spoil, except the words already taken.
	if q.Lang == Bambara {
		r.words, r.cls = rd.respell(words, cls, r.claims, matches)
	} else {
		r.words, r.cls = rd.respellFrench(words, cls, r.claims)
	}
	if spelt := rd.headwords(r.words, q.Lang); !slices.Equal(spelt, words) {
		signs = r.signsRespelt(signs, spelt, question, labelled(r.cls, t.sentence, t.ends))
	}
	r.sets = rd.v.sets(r.words)
	if !slices.Equal(r.words, t.words) {
		matches = rd.match(r.words, q.Lang)
	}
	r.matches = matches
	r.needs = rd.v.needs(r.words)
	if q.Lang != Bambara {
		r.placedAsked()
		r.structuresWork()
	}
	if q.Lang != Bambara && r.helpAsked {
		// Help asked to buy a thing asks money for it ("besoin d'aide
		// pour acheter un moulin"), as a loan to buy one does.
		for i, c := range r.cls {
			if c.Is(lang.Buy) {
				r.needs[i] = seeds.NeedFinance
			}
		}
	}
	if q.Lang != Bambara {
		r.amountLacked()
	}
	r.helpers = rd.v.Helpers.Find(r.words)
	r.asked()
	r.programmes()
	if q.Lang != Bambara {
		r.toldBeforeWant()
		r.toldAsSubject()
		r.toldOwnSubject()
		r.toldHad()
		r.toldPast()
		r.toldAlready()
		r.toldKnown()
		r.toldBeing()
		r.toldFormer()
		r.toldSelling()
	}
	// In a message of several sentences, those that ask nothing tell the
	// story ("mon cousin est revenu l'année dernière, il est à la maison"):
	// their words are no topics. The places in them count, and the
	// countries as where the person has been.
	r.scope = rd.v.OutOfScope.FindIn(r.words, r.cls)
	r.request = rd.v.requests(r.words, r.cls, r.needs, r.scope, t.sentence, t.ends)
	if q.Lang == Bambara {
		// who asks, read before the knowledge asked, which passes over it
		r.identity()
	}
	r.askedAside()
	r.askedKnowledge()
	r.placeAsked()
	r.alsoPlaces()
	if q.Lang == Bambara {
		r.diplomaTold()
	}
	r.countries()
	r.formal()
	r.outOfScope()
	r.priceAsked()
	r.diplomaRequired()
	r.story()
	r.toldEnded()
	r.toldExcluded()
	if q.Lang != Bambara {
		r.refusing()
		r.startsAsked()
		r.shortWanted()
		r.phrases()
	}
	r.glosses(matches)
	r.typed()
	r.storyTerms()
	r.addGeneral()
	r.decide(signs)
	q.FundersAsked = r.fundersAsked()
	q.Premises = len(q.Named) == 0 && r.premises()
	q.OfThem = r.ofThem()
	q.Found = r.found()
}

// namedSubject reports whether fiche name h of a Bambara question is the
// subject its clause asks of: bɛ or tɛ right after the name and no first
// person (bm/grammar.tsv i, i_emphatic, we) after it in its sentence ("GIZ
// bɛ wari di wa?", "SNV bɛ musow dɛmɛ wa?"; not "GIZ bɛ se ka n dɛmɛ wa?":
// help for the asker is a need, its doors first).
func (r *reading) namedSubject(h nameHit) bool {
	v := r.rd.v
	if r.q.Lang != Bambara || h.End >= len(r.words) || r.words[h.End] != v.does && r.words[h.End] != v.bmNot {
		return false
	}
	for j := h.End; j < len(r.words) && r.sentence[j] == r.sentence[h.Start]; j++ {
		if v.bmFirst[r.words[j]] {
			return false
		}
	}
	return true
}

// namedByPronoun returns the fiche a sentence that asks and names none
// speaks of by a pronoun of of_them.tsv, the last one named before it in
// the story, not among the words that tell who asks: "J'ai entendu parler
// du Women Business Center. Ils font des formations en gestion ?", "Mon
// cousin m'a parlé de l'AEK à Kayes. Est-ce qu'ils forment en plomberie
// ?". A story that names two fiches names neither so.
func (r *reading) namedByPronoun() (nameHit, bool) {
	for i := range r.words {
		if !r.request[r.sentence[i]] || !r.sets[i].Is(lang.BeginsOfThem) || r.rd.v.OfThem.At(r.words, i, lang.AsIs) == "" {
			continue
		}
		return r.storyNames(r.sentence[i], false)
	}
	return nameHit{}, false
}

// storyNames returns the one fiche the story names before sentence s, in
// sentences that ask nothing and not among the words that tell who asks,
// or, who true, any it names there (a sentence asked about by a last one
// that names nothing, "A sɔngɔ ye joli ye?", may tell who asks); none if
// it names two.
func (r *reading) storyNames(s int, who bool) (nameHit, bool) {
	var told []nameHit
	for _, h := range r.named {
		if r.sentence[h.Start] < s && (who || !r.request[r.sentence[h.Start]] && !r.who[h.Start]) && !slices.ContainsFunc(told, func(t nameHit) bool { return t.Ref == h.Ref }) {
			told = append(told, h)
		}
	}
	if len(told) == 1 {
		return told[0], true
	}
	return nameHit{}, false
}

// namedByFacet returns the fiche a message asks a part of (Query.Asked:
// its conditions, cost, place, contact) when its last sentence asks that
// and names nothing else — no fiche, need (scored), kind of structure,
// topic, nor thing out of scope or aside — and its story names one fiche
// (storyNames), among the words that tell who asks too, the only fiche
// there is to ask it of: "l'OIM m'a mis sur une liste pour l'ECICA. Il
// faut un diplôme pour entrer ?", "n teri ye ECICA fɔ n ye. A sɔngɔ ye
// joli ye?" (the past clause after "n teri ye" tells who asks).
func (r *reading) namedByFacet(scored string) (nameHit, bool) {
	q := r.q
	if len(r.words) == 0 || q.Asked == "" || scored != "" || q.Kind != "" || q.Aside || len(q.OutOfScope) > 0 || len(r.outAsked) > 0 ||
		slices.ContainsFunc(q.Terms, func(t Term) bool { return t.Role.Asks() }) {
		return nameHit{}, false
	}
	last := r.sentence[len(r.words)-1]
	if !r.request[last] {
		return nameHit{}, false
	}
	return r.storyNames(last, true)
}

// ofThem reports whether a message speaks of the places shown: a word of
// of_them.tsv, or words in a row that make one of its phrases ("la bas").
func (r *reading) ofThem() bool {
	for i := range r.words {
		if r.sets[i].Is(lang.BeginsOfThem) && r.rd.v.OfThem.At(r.words, i, lang.AsIs) != "" {
			return true
		}
	}
	return false
}

// premises reports whether a sentence that asks names a school or a
// centre (premises.tsv): a building, in a town or not — not the object of
// a past act, which tells the story ("il a abandonné l'école").
func (r *reading) premises() bool {
	for i, s := range r.sets {
		if r.request[r.sentence[i]] && s.Is(lang.InPremises) && !r.pastObject(i) {
			return true
		}
	}
	return false
}

// pastObject reports whether words[i] is the object of a verb in the past
// tense, right after it or its article ("il a quitté l'école").
func (r *reading) pastObject(i int) bool {
	j := i - 1
	if j >= 0 && r.cls[j].Is(lang.Article|lang.Determiner) {
		j--
	}
	return j >= 0 && r.sentence[j] == r.sentence[i] && r.rd.v.pastTense(r.words, r.cls, j)
}

// A claim says which stage took a word: a word claimed is read by no
// later stage.
type claim uint8

const (
	free           claim = iota
	claimTold            // a greeting, thanks or follow-up word
	claimPlace           // a place named
	claimAsked           // a word that asks a part of a fiche ("numéro", "combien")
	claimCountry         // a country abroad
	claimStory           // a word of a sentence that asks nothing
	claimUnread          // past the maxAsked words read in a long message
	claimPhrase          // a compound noun (phrases.tsv)
	claimGloss           // a Bambara word or phrase read through its glosses
	claimProgramme       // a phrase that asks about donors ("partenaires techniques et financiers")
	claimFormal          // a word that asks a business made legal (formal.tsv)
	claimAmount          // an amount of money lacked ("il me manque 300 000")
)

// A reading is a question being read: its words (respelt), what each stage
// has claimed, who asks, and how strongly each need is pointed to.
type reading struct {
	rd *Reader
	q  *Query
	text
	words    []string     // as read: respelt where misspelt
	cls      []lang.Class // their classes (text.cls are the words analyzed's)
	sets     []lang.Set   // their sets (lang.Set), each word looked up once
	needs    []string     // the need each points to (needOf), or ""
	claims   []claim
	who      []bool     // words that say who asks (identity)
	notHad   []bool     // of those, a Bambara clause of a thing not got ("n ma baara sɔrɔ"): the story, nothing a fiche's text tells of the person
	placed   []bool     // forms of placer asking a job (placedAsked)
	person   []bool     // of those, the ones of the person to be placed, which name no kind
	had      []bool     // of those, a qualification held or a training done (toldHad)
	placeAt  int        // where the place asked is named, or -1
	heres    []placeHit // the towns named as where the person is or asks about, in order
	request  []bool     // by sentence: those that ask
	scope    []lang.Hit // the things out of scope the words name (out_of_scope.tsv), found once
	helpers  []lang.Hit // the helpers the words ask (helpers.tsv), found once (helperAsked, inHelper)
	named    []nameHit  // the fiches named, wherever (decide keeps those of the sentences that ask)
	outScope [][2]int   // where the things asked that no partner offers are
	outAsked [][2]int   // those of them asked (Query.OutOfScope), not told
	beasts   []lang.Hit // the signs of distress told of a beast (beastSigns), no person's danger
	papers   [][2]int   // where a business's papers are told, when its making legal is asked (formal)
	public   bool       // a Bambara word's glosses name the people the partners serve (vocab.public)
	// scores say how strongly each need is pointed to, and which a want
	// word asks for ("je veux apprendre", "n b'a fɛ ka … dege"): "pas
	// d'argent" points to financing, but asks for it only beside no
	// danger told
	scores needScores
	// frame holds the request words ("migrant de retour", "aide") that
	// name no topic: searched only when the question has nothing else.
	frame []string
	// general is the trade in general a compound of learning names
	// ("baarakalan"), added when nothing more particular is asked
	general *heldTerm
	at      [][2]int // the words each term was read from, by term
	// danger are the signs of distress the message tells, and where
	danger []lang.Hit
	// helpAsked says the message asks for help (intents.tsv "help":
	// "dɛmɛ bɛ sɔrɔ min?"), not only for a thing
	helpAsked bool
	// advised says a sentence that asks asks health advice (adviceAsked)
	advised bool
	// forThing says the money the message asks is for the things out of
	// scope it asks, no activity told (consumerLoan)
	forThing bool
	// matches are the lexicon's entries found in words: a word of a
	// phrase among them is read as the phrase, not alone
	matches []lexicon.Match
	// legal marks the words that name a business a French message asks
	// made legal, and its trade ("légaliser mon atelier de couture"):
	// whose the business is, context, no thing asked and no need pointed
	// to (formal). Nil when none is asked.
	legal []bool
}

// needScores are the needs a question points to, each once, in the order
// first pointed to: a few of seeds.Needs, looked for among themselves.
type needScores []needScore

// A needScore is how strongly a need is pointed to, and whether a want
// word asks for it.
type needScore struct {
	need  string
	score float64
	asks  bool
}

// at returns the score of need n, made 0 if n has none yet.
func (ns *needScores) at(n string) *needScore {
	if i := ns.index(n); i >= 0 {
		return &(*ns)[i]
	}
	*ns = append(*ns, needScore{need: n})
	return &(*ns)[len(*ns)-1]
}

// of returns the score of need n: zero, asked by no word, when not
// pointed to at all.
func (ns needScores) of(n string) needScore {
	if i := ns.index(n); i >= 0 {
		return ns[i]
	}
	return needScore{}
}

// askedBeside is the need other than protection that a want word asks
// and that is pointed to most strongly (the first of equals), or "": what
// a message asks beside a danger it tells ("n bɛ sunɔgɔ kɛnɛma, n b'a fɛ
// ka baara sɔrɔ": emploi, though the danger's words point to protection
// more).
func (ns needScores) askedBeside() string {
	best := needScore{}
	for _, s := range ns {
		if s.asks && s.need != seeds.NeedProtection && s.score > best.score {
			best = s
		}
	}
	return best.need
}

// index returns where need n's score is, or -1.
func (ns needScores) index(n string) int {
	return slices.IndexFunc(ns, func(s needScore) bool { return s.need == n })
}

// inLonger reports whether words[start:end] lie within a lexicon phrase
// found in the question that is longer than they are: "sɛbɛn" alone asks
// for papers, "baarakɛda sɛbɛn" is registering a business.
func (r *reading) inLonger(start, end int) bool {
	return slices.ContainsFunc(r.matches, func(m lexicon.Match) bool {
		return m.Phrase() && m.Start <= start && end <= m.End && m.End-m.Start > end-start
	})
}

// claim marks words[start:end] as taken by stage c, where free.
func (r *reading) claim(start, end int, c claim) {
	for i := start; i < end; i++ {
		if r.claims[i] == free {
			r.claims[i] = c
		}
	}
}

// claimAll claims the words marked.
func (r *reading) claimAll(marked []bool, c claim) {
	for i, m := range marked {
		if m {
			r.claim(i, i+1, c)
		}
	}
}

// signsRespelt reads the signs again from spelt, the words as respelt and
// as the lexicon writes them (headwords), so that a word misspelt serves
// the danger as it serves the other readings ("n patoron ye n ka pasiporo
// ta": pasipɔri, a passport kept); the signs read first (was) stay when
// spelt tells no more danger. raw and labelled are as readSigns takes them.
func (r *reading) signsRespelt(was signs, spelt []string, raw string, labelled bool) signs {
	again := r.rd.v.readSigns(spelt, r.cls, raw, r.q.Lang, labelled, r.rd.unknown)
	if len(again.danger) <= len(r.danger) {
		return was
	}
	r.claimAll(again.told, claimTold)
	r.helpAsked = r.helpAsked || len(again.cry) > 0
	again.danger, r.beasts = r.beastSigns(again.danger)
	r.danger = again.danger
	return again
}

// taken reports whether any of words[start:end] is claimed.
func (r *reading) taken(start, end int) bool {
	return slices.ContainsFunc(r.claims[start:end], func(c claim) bool { return c != free })
}

// termsFirst is how many terms a question's first term makes room for:
// most questions have four or fewer (79 of the 86 of dev), which grew by
// doubling, an allocation each.
const termsFirst = 4

// add appends a term read from words[start:end] (-1, -1: from none).
func (r *reading) add(start, end int, t Term) {
	if r.q.Terms == nil {
		r.q.Terms, r.at = make([]Term, 0, termsFirst), make([][2]int, 0, termsFirst)
	}
	r.q.Terms = append(r.q.Terms, t)
	r.at = append(r.at, [2]int{start, end})
}

// outOfScope finds what the sentences that ask ask for that no partner
// offers (out_of_scope.tsv). A thing the message tells, not asks, is
// passed (told: the evidence below). Told after a form of être of another
// person, in a message that asks no need and tells no danger, it is what
// the help asked is for ("ma grand-mère est très âgée … qui peut
// s'occuper d'elle ?"). A paper a fiche named requires is its conditions
// asked (requiredPaper).
func (r *reading) outOfScope() {
	defer r.serviceAsked()
	defer r.lostAsked()
	defer r.careAsked()
	defer r.adviceAsked()
	defer r.consumerLoan()
	own := r.ownMoneyAsked()
	paying := r.moneyForTold()
	var others []lang.Hit // told of another person after être (ofOther)
	for _, h := range r.scope {
		r.outScope = append(r.outScope, [2]int{h.Start, h.End})
		t := scopeHit{Hit: h, own: own, again: r.askedAgain(h.End)}
		if !t.again && r.requiredPaper(h.Value, h.Start, h.End) {
			r.paperAsked(h.Start, h.End)
			continue
		}
		if r.q.Lang != Bambara && r.isBeing(h.Start) && r.ofOther(h.Start) {
			others = append(others, h)
			continue
		}
		if r.told(t) {
			if j := r.framed(h); j >= 0 {
				// The time, its word and the thing, tell; no topic searched.
				r.who[j] = true
				for i := h.Start; i < h.End; i++ {
					r.who[i] = true
				}
			}
			continue
		}
		if r.request[r.sentence[h.Start]] || own || paying || t.again {
			r.outAsked = append(r.outAsked, [2]int{h.Start, h.End})
			r.askOutOfScope(h.Value)
		}
	}
	if len(r.q.OutOfScope) == 0 && len(others) > 0 && r.asksNoNeed() {
		for _, h := range others {
			r.outAsked = append(r.outAsked, [2]int{h.Start, h.End})
			r.askOutOfScope(h.Value)
		}
	}
	r.beastCare()
}

// A scopeHit is a thing out of scope found in a question, with what the
// message tells of it: own, that it asks the person's own money
// (ownMoneyAsked); again, that a sentence after the thing asks it again
// (askedAgain).
type scopeHit struct {
	lang.Hit
	own, again bool
}

// An evidence is one way a message tells a thing out of scope, not asks
// it: the thing is the story (who the person is, what they have, did or
// lack) or part of what is asked in scope (a training, money for an
// activity). A thing any evidence holds for is not asked (told).
type evidence uint8

const (
	// evidenceBeing: it tells who the person is, what they do or have,
	// after a form of être ("je suis instituteur, je cherche…") or a
	// Bambara pronoun and bɛ (isBeing), unless, in Bambara, its own words
	// ask it (asksItself: "n bɛ fura jumɛn ta?").
	evidenceBeing evidence = iota
	// evidenceWho: it is among the words that tell who the person is or
	// what they have done (reading.who: "n ye mobili boli la ye", I was a
	// driver), the person's own money not asked and the thing not asked
	// again.
	evidenceWho
	// evidenceLegal: it is whose the business made legal is (formal:
	// "enregistrer mon atelier de réparation de téléphones").
	evidenceLegal
	// evidenceWhereDone: in Bambara, it is what another thing is done on
	// (whereDone: "ka nakɔbaara kɛ n fa ka dugukolo kan").
	evidenceWhereDone
	// evidenceHad: in French, it is had, after a word of having (hadThing,
	// had.tsv: "jai le permis depuis 2015").
	evidenceHad
	// evidenceDoneByOther: in French, another person did it (doneByOther:
	// "pas comme mon voisin qui a payé un passeur").
	evidenceDoneByOther
	// evidenceSold: it comes after a word of selling, the goods that sell
	// (afterSelling: "à revendre à la Tabaski"), unless, in Bambara, its own
	// words ask it (asksItself: "ka a feere, a dilan cogo ye di?").
	evidenceSold
	// evidenceWithout: the person is without it (saidWithout: "sans aucun
	// papier, ni carte d'identité…").
	evidenceWithout
	// evidenceCameFrom: in Bambara, it is where the person comes from,
	// right after ka bɔ (cameFrom: "n seginna ka bɔ Maka").
	evidenceCameFrom
	// evidenceTaught: a service that is a trade (taught.tsv) asked with a
	// word of learning is a training (learning: "formation réparation de
	// téléphone").
	evidenceTaught
	// evidenceWorkGoods: goods bought on credit that are goods to work
	// with (for_work.tsv, workGoods) ask money for an activity ("acheter
	// un tracteur à crédit").
	evidenceWorkGoods
	// evidenceFrame: it is the time the ask is framed by, after a word of
	// time in French, right before one in Bambara (framed: "après la
	// Tabaski je veux ouvrir un atelier", "seliba kɔfɛ, n bɛ baara ɲini").
	evidenceFrame
	// evidenceLost: it is told lost (a word of losing within lostWindow
	// words of it, in its sentence) beside a need asked or a fiche named
	// (lostBeside), and not asked again: the person is without it, as
	// evidenceWithout ("j'ai perdu mon acte de naissance, je peux faire la
	// formation ?"); asking nothing else, the loss is an errand (lostAsked).
	evidenceLost
	evidences // how many kinds of evidence there are
)

// holds reports whether evidence e holds for h in r.
func (e evidence) holds(r *reading, h scopeHit) bool {
	french := r.q.Lang != Bambara
	switch e {
	case evidenceBeing:
		return r.isBeing(h.Start) && !r.asksItself(h.Hit)
	case evidenceWho:
		return r.who[h.Start] && !h.own && !h.again
	case evidenceLegal:
		return r.legal != nil && r.legal[h.Start]
	case evidenceWhereDone:
		return r.whereDone(h.End)
	case evidenceHad:
		return french && r.hadThing(h.Start)
	case evidenceDoneByOther:
		return french && r.doneByOther(h.Start)
	case evidenceSold:
		return r.afterSelling(h.Start) && !r.asksItself(h.Hit)
	case evidenceWithout:
		return r.saidWithout(h.Start)
	case evidenceCameFrom:
		return r.cameFrom(h.Start)
	case evidenceTaught:
		return r.rd.v.Taught[h.Value] && r.learning(h.Start)
	case evidenceWorkGoods:
		return r.rd.v.ForWork[h.Value] && r.workGoods(h.Start, h.End)
	case evidenceFrame:
		return r.framed(h.Hit) >= 0
	case evidenceLost:
		return r.lostBeside(h.Start, h.End) && !h.again
	}
	return false
}

// told reports whether any evidence holds for h: the message tells the
// thing, it does not ask it.
func (r *reading) told(h scopeHit) bool {
	for e := range evidences {
		if e.holds(r, h) {
			return true
		}
	}
	return false
}

// beastCare reads a sign of distress told of a beast (beastSigns), in a
// message that asks and asks no need in words, as the beast's care asked
// (distress_signs.tsv beast: "ma vache ne mange plus, je fais comment ?",
// "le mouton est blessé, que faire"): out of scope. Beside a need asked
// ("mes vaches sont mortes, je veux un crédit pour en racheter") the
// beast's fate is the story.
func (r *reading) beastCare() {
	if len(r.beasts) == 0 || !r.asksNoNeed() {
		return
	}
	for _, h := range r.beasts {
		if c := r.rd.v.SignBeast[h.Value]; c != "" {
			r.outAsked = append(r.outAsked, [2]int{h.Start, h.End})
			r.askOutOfScope(c)
		}
	}
}

// asksItself reports whether a thing out of scope in a Bambara question
// holds a word of asking among its own words past the first, a lexicon
// word of asking (concept question: "fura jumɛn", which medicine; "su ..
// sɔngɔ ye joli"): after a pronoun and bɛ it is asked, not what the
// person does ("n bɛ fura jumɛn ta?", which medicine do I take). The words
// a gap lets stand between its own are not its own.
func (r *reading) asksItself(h lang.Hit) bool {
	if r.q.Lang != Bambara {
		return false
	}
	own := strings.Fields(h.Words)[1:]
	return slices.ContainsFunc(r.matches, func(m lexicon.Match) bool {
		return m.Start > h.Start && m.Start < h.End && slices.Contains(own, r.words[m.Start]) &&
			slices.ContainsFunc(m.Entries, func(e lexicon.Entry) bool { return e.Concept == lexicon.ConceptQuestion })
	})
}

// hadThing reports whether a word of having that tells a thing had
// (had.tsv things) is just before the thing out of scope at words[i]
// (hadBefore): "jai le permis depuis 2015", not "quand sortent les
// résultats du DEF".
func (r *reading) hadThing(i int) bool {
	j := r.hadBefore(i)
	return j >= 0 && r.rd.v.HadThings[r.words[j]]
}

// cameFrom reports whether a thing out of scope at start in a Bambara
// question comes right after the infinitive ka and a word of coming from
// (bm/from.tsv: bɔ, as countries reads it): where the person comes back
// from, Mecca ("n seginna ka bɔ Maka, n b'a fɛ ka kalali dege"), tells who
// asks, as French "revenu de la Mecque" does; bɔ alone is also to reach
// an age ("a bɛ san 6 bɔ").
func (r *reading) cameFrom(start int) bool {
	return r.q.Lang == Bambara && start > 1 && r.cls[start-1].Is(lang.From) && r.words[start-2] == r.rd.v.bmInfinitive && r.sentence[start-2] == r.sentence[start]
}

// requiredPaper reports whether a thing out of scope at start is a paper
// (papers.tsv) a fiche the message names requires, not an errand: a fiche
// named in a sentence that asks, and the paper told required or lacked
// (requiredAt). Getting one stays an errand: no word of requiring ("où
// faire ma carte NINA à Missabougou"), or asked again (askedAgain). The
// fiche may open the clause before a word of wanting ("pour le CPM il
// faut…", "cfps il faut…"), which reads it as who asks: paperAsked takes it
// back.
func (r *reading) requiredPaper(concept string, start, end int) bool {
	return r.rd.v.Papers[concept] && r.namedAsked() && r.requiredAt(start, end)
}

// diplomaRequired reads the school diploma (school_diploma.tsv: the DEF)
// or reading (literacy.tsv: "il faut savoir lire ?")
// asked of a fiche the message names as its conditions asked, as a paper
// is (requiredPaper, paperAsked): the diploma in a sentence that asks, a
// fiche named in it, the one before or the next, and the diploma told
// required or lacked (requiredAt): "Centre Père Michel : il faut le DEF
// ?", "on peut entrer à l'IFPI sans le DEF ?", "IFPT, DEF bɛ ɲini wa?".
// Told without a fiche named ("il n'a pas le DEF, où apprendre la
// soudure ?"), it stays the story unschooled reads.
func (r *reading) diplomaRequired() {
	for i, set := range r.sets {
		if !set.Is(lang.InSchoolDiploma|lang.InLiteracy) || r.claims[i] != free || !r.request[r.sentence[i]] {
			continue
		}
		s := r.sentence[i]
		if slices.ContainsFunc(r.named, func(h nameHit) bool { return r.sentence[h.Start] >= s-1 && r.sentence[h.Start] <= s+1 }) && r.requiredAt(i, i+1) && !r.pricedAt(i) {
			r.paperAsked(i, i+1)
		}
	}
}

// pricedAt reports whether the word at i is the thing its sentence asks
// the price of, a course ("ils prennent à partir de quel âge ? et
// l'alphabétisation c'est combien ?"), not a diploma or a skill required:
// the cost is asked after it in its sentence, and no word of requiring
// (require.tsv) is there.
func (r *reading) pricedAt(i int) bool {
	s := r.sentence[i]
	for j := range r.words {
		if r.sentence[j] == s && r.rd.v.Require.At(r.words, j, lang.AsIs) != "" {
			return false
		}
	}
	return slices.ContainsFunc(r.askedHits(), func(h lang.Hit) bool { return h.Value == AskCost && h.Start > i && r.sentence[h.Start] == s })
}

// requiredAt reports whether a thing at words[start:end] is told required
// or lacked: a word of requiring or accepting (require.tsv) in its
// sentence, the one before or the next ("il n'a pas de carte NINA. Le
// centre l'exige-t-il ?"), or, in French, a word of lack before it in its
// sentence ("qui n'ont pas d'acte de naissance", "sans certificat de
// résidence"), or, in Bambara, told not had right after it, or after the
// word it qualifies ("nina karti tɛ n bolo, n bɛ se ka kalan kɛ CFP Sɛnu
// wa?": tɛ, a pronoun, bolo); or told lost (toldLost: "n ka wolosɛbɛn
// tununna", "j'ai perdu mon acte de naissance").
func (r *reading) requiredAt(start, end int) bool {
	v, w := r.rd.v, r.words
	if r.toldLost(start, end) {
		return true
	}
	for j := end; r.q.Lang == Bambara && j <= end+1 && j+2 < len(w) && r.sentence[j] == r.sentence[start]; j++ {
		if w[j] == v.bmNot && r.cls[j+1].Is(lang.Pronoun) && w[j+2] == v.bmHand {
			return true
		}
	}
	s := r.sentence[start]
	for j := start - 1; j >= 0 && r.sentence[j] == s && r.q.Lang != Bambara; j-- {
		if r.cls[j].Is(lang.Lack) && r.words[j] != v.bmNot && r.words[j] != v.bmPastNot { // French "ma" is my
			return true
		}
	}
	for j := range r.words {
		if r.sentence[j] >= s-1 && r.sentence[j] <= s+1 && v.Require.At(r.words, j, lang.AsIs) != "" {
			return true
		}
	}
	return false
}

// paperAsked reads words[start:end], a paper a named fiche requires
// (requiredPaper), as the part asked: its conditions of entry, which list
// the papers; claimed, its words are no thing the fiche should offer. The
// fiches named in the sentences around it are asked, not who asks.
func (r *reading) paperAsked(start, end int) {
	r.claim(start, end, claimAsked)
	switch {
	case r.q.Asked == "" || r.q.Asked == AskWhat:
		r.q.Asked = AskConditions
	case r.q.Asked != AskConditions && r.q.AlsoAsked == "":
		r.q.AlsoAsked = AskConditions
	}
	s := r.sentence[start]
	for _, h := range r.named {
		if r.sentence[h.Start] >= s-1 && r.sentence[h.Start] <= s+1 {
			clear(r.who[h.Start:h.End])
		}
	}
}

// workGoods reports whether words[start:end] name goods to work with
// (goods.tsv, farming.tsv: a machine, a tractor).
func (r *reading) workGoods(start, end int) bool {
	return slices.ContainsFunc(r.sets[start:end], func(s lang.Set) bool { return s.Is(lang.InGoods | lang.InFarming) })
}

// moneyForTold reports whether a Bambara message asks money in a sentence
// that asks and tells no activity, trade or income (earns): the money is
// for the things out of scope its story tells ("kuran sara bɛ n kan, u bɛna
// kuran tigɛ. jɔn bɛ se ka n dɛmɛ ni wari ye?": the electricity bill).
func (r *reading) moneyForTold() bool {
	if r.q.Lang != Bambara {
		return false
	}
	for j := range r.words {
		if r.request[r.sentence[j]] && r.moneyAt(j) {
			return !r.earns()
		}
	}
	return false
}

// askedAgain reports whether a sentence that asks, after word i, asks
// again the thing told before it: in Bambara its new one or another ("a
// kura", "dɔ wɛrɛ": "n ka pasipɔri tununna. a kura bɛ sɔrɔ min?"); in
// French an object pronoun (grammar.tsv object) between a word of wanting
// or asking and an infinitive ("mon passeport a expiré, je veux le
// refaire", "comment la renouveler ?").
func (r *reading) askedAgain(i int) bool {
	v := r.rd.v
	for j := max(i, 1); j < len(r.words); j++ {
		if !r.request[r.sentence[j]] {
			continue
		}
		if r.q.Lang == Bambara && (r.words[j] == v.bmNew && r.words[j-1] == v.bmIt || r.words[j] == v.bmOther && r.words[j-1] == v.bmSome) {
			return true
		}
		if r.q.Lang != Bambara && j+1 < len(r.words) && v.objectPronoun(r.words[j]) && r.cls[j-1].Is(lang.Want|lang.Request) &&
			r.sentence[j-1] == r.sentence[j] && r.sentence[j+1] == r.sentence[j] && v.infinitive(r.words[j+1]) {
			return true
		}
	}
	return false
}

// askOutOfScope adds a concept to the things out of scope the message
// asks, once.
func (r *reading) askOutOfScope(concept string) {
	if !slices.Contains(r.q.OutOfScope, concept) {
		r.q.OutOfScope = append(r.q.OutOfScope, concept)
	}
}

// consumerLoan reads money asked for a thing bought for oneself or one's
// household (consumer.tsv), in a message that tells no activity,
// trade or income (earns): "un crédit pour acheter un frigo", "un prêt
// pour les frais de scolarité", "un crédit logement. je veux avoir ma
// maison" ask a consumer loan, a thing out of scope, where it follows a
// word of money, buying or purpose in a sentence that asks ("je suis à la
// maison, je veux un prêt" buys no house). A message that asks money and
// tells no activity asks it for the things out of scope it asks (Query.
// OutOfScope, this stage's or out_of_scope.tsv's: "un prêt pour les
// dépenses du mariage"): forThing, the money no need of its own.
func (r *reading) consumerLoan() {
	if !r.asksMoney() || r.earns() {
		return
	}
	for i, w := range r.words {
		// A Bambara thing bought is no part asked ("telefoni kura san", not its number).
		asked := r.q.Lang == Bambara && r.claims[i] == claimAsked
		if r.claims[i] != free && !asked || !r.request[r.sentence[i]] {
			continue // before the look-up: a word taken, or in a sentence that asks nothing
		}
		if !r.sets[i].Is(lang.InConsumer) {
			continue
		}
		c := r.rd.v.Consumer[w]
		if r.inDanger(i) || r.isBeing(i) || r.who[i] || !r.paidFor(i) {
			continue
		}
		r.outScope = append(r.outScope, [2]int{i, i + 1})
		r.outAsked = append(r.outAsked, [2]int{i, i + 1})
		r.askOutOfScope(c)
	}
	r.forThing = len(r.outAsked) > 0
}

// pricedSets are the sets of the things and wages whose price a person asks
// for themselves (priced.tsv, consumer.tsv, paid.tsv, workers.tsv,
// providers.tsv): such a word names no need, even where the lexicon's
// concept points to one (bm "sugu", the market, a trade's concept).
const pricedSets = lang.InPriced | lang.InConsumer | lang.InPaid | lang.InWorkers | lang.InProviders

// priceAsked reads, in a message that asks a price and no need in words
// (no word of a need but those of the things priced, no word of learning;
// in Bambara no lexicon word whose concept points to a need but
// protection, glossNeed, outside the words that ask the price), names no
// fiche, asks no programme and tells no danger, what the price is asked of
// when it is no partner's: a thing sold (fr/priced.tsv, bm/priced.tsv,
// consumer.tsv: "combien coûte une machine à coudre au marché",
// "une moto neuve c'est combien", "la sotrama c'est combien", "kaba sɔngɔ
// ye joli ye sugu la?") or a wage,
// a word of being paid or earning (paid.tsv) beside a worker or a person
// of a trade in its sentence ("un chauffeur est payé combien", "un
// électricien gagne cb par jour"). The fiches' prices are those of their
// trainings, lodging and courses, asked with the trade, the fiche or a word
// of learning; a price told beside money asked ("la machine coûte 150 000,
// qui peut me prêter ?") asks the money. The thing is out of scope, its
// words stay free for the search.
func (r *reading) priceAsked() {
	if r.q.Asked != AskCost && r.q.AlsoAsked != AskCost || len(r.named) > 0 || len(r.danger) > 0 || r.q.Programmes {
		return
	}
	for j, n := range r.needs {
		if g := r.glossNeed(j); n == "" && g != seeds.NeedProtection && r.claims[j] != claimAsked {
			n = g
		}
		if n != "" && !r.sets[j].Is(pricedSets) || r.cls[j].Is(lang.Learn) {
			return
		}
	}
	v := r.rd.v
	for i, w := range r.words {
		paid := r.sets[i].Is(lang.InPaid) // read as the cost asked too ("payé combien"), and passive after être
		if r.claims[i] != free && !(paid && r.claims[i] == claimAsked) || !r.request[r.sentence[i]] || r.who[i] {
			continue
		}
		var c string
		switch {
		case r.isBeing(i) && !paid:
			continue
		case r.sets[i].Is(lang.InPriced):
			c = v.Priced[w]
		case r.sets[i].Is(lang.InConsumer):
			c = v.Consumer[w]
		case paid && r.workerIn(r.sentence[i]):
			c = v.Paid[w]
		default:
			continue
		}
		r.outScope = append(r.outScope, [2]int{i, i + 1})
		r.outAsked = append(r.outAsked, [2]int{i, i + 1})
		r.askOutOfScope(c)
	}
}

// workerIn reports whether sentence s names a worker or a person of a
// trade (workers.tsv, providers.tsv) who is not who asks.
func (r *reading) workerIn(s int) bool {
	for j, set := range r.sets {
		if r.sentence[j] == s && set.Is(lang.InWorkers|lang.InProviders) && !r.who[j] && !r.isBeing(j) {
			return true
		}
	}
	return false
}

// careAsked reads a condition's care asked (care.tsv: "soins",
// "insuline", "hôpital") in a sentence that asks, beside the condition
// told (a sign whose remedy, distress_signs.tsv, is the care's concept:
// "ma mère est diabétique, où trouver l'insuline"): the remedy is asked, a
// thing out of scope, and the condition is why (settle). A care word is a
// sign of illness too ("un hôpital qui soigne gratuitement"). Not in a
// message that asks a training or a job (a nurse's school, a post in a
// clinic; in Bambara a lexicon word of either need too, "baara"), nor
// after a word of learning. Words that ask what to give the one told ill
// (care_asked.tsv: "qu'est-ce que je peux lui donner ?") ask the remedy as
// a care word does.
func (r *reading) careAsked() {
	if len(r.danger) == 0 || r.asksWorkOrSchool() {
		return
	}
	v := r.rd.v
	remedied := func(c string) bool {
		return slices.ContainsFunc(r.danger, func(h lang.Hit) bool { return slices.Contains(v.Remedy[h.Value], c) })
	}
	for _, h := range v.CareAsked.Find(r.words) {
		if r.request[r.sentence[h.Start]] && remedied(h.Value) {
			r.askOutOfScope(h.Value)
		}
	}
	for i, w := range r.words {
		if !r.sets[i].Is(lang.InCare) {
			continue
		}
		c := v.Care[w]
		if r.claims[i] != free || !r.request[r.sentence[i]] || r.isBeing(i) || r.who[i] || r.learning(i) || !remedied(c) {
			continue
		}
		// The concept only: the care's words stay the condition's, so
		// that no other sign is taken for the reason of a thing asked
		// beside it (settle's beside: "je n'ai personne, qui peut me
		// soigner" is abandoned).
		r.askOutOfScope(c)
	}
}

// asksWorkOrSchool reports whether a word of the message is a training's
// or a job's (its need; in Bambara a lexicon word's, glossNeed).
func (r *reading) asksWorkOrSchool() bool {
	for j, n := range r.needs {
		if n == "" && r.q.Lang == Bambara {
			n = r.glossNeed(j)
		}
		if n == seeds.NeedTraining || n == seeds.NeedJob {
			return true
		}
	}
	return false
}

// adviceAsked reads health advice asked (fr/advice.tsv, bm/advice.tsv: "quel
// médicament", "combien de comprimés", "fura jumɛn") in a sentence that
// asks: the remedy is asked, out of scope, and advised is set, so that a
// condition told, or a sign beside it that is no urgency, stays the story
// even when the message tells of a person the partners serve (settle).
// What to do asked (fr/advice_told.tsv: "que faire ?") is advice only
// where the message tells signs, each a condition whose care is the
// remedy, and no word of a need (onlyCondition).
func (r *reading) adviceAsked() {
	for _, h := range r.rd.v.Advice.Find(r.words) {
		if r.request[r.sentence[h.Start]] {
			r.advised = true
			r.askOutOfScope(h.Value)
		}
	}
	for _, h := range r.rd.v.AdviceTold.Find(r.words) {
		if r.request[r.sentence[h.Start]] && r.onlyCondition(h.Value) {
			r.advised = true
			r.askOutOfScope(h.Value)
		}
	}
}

// onlyCondition reports whether the message tells at least one sign, each
// a condition whose care is remedy (distress_signs.tsv remedy: an
// illness), and names no need, learning or need's word; in Bambara no
// lexicon word whose concept points to a need but protection either
// (glossNeed: "baara", "juru"), a beast named aside, as asksNoNeed reads.
func (r *reading) onlyCondition(remedy string) bool {
	if len(r.danger) == 0 {
		return false
	}
	for _, h := range r.danger {
		if !slices.Contains(r.rd.v.Remedy[h.Value], remedy) {
			return false
		}
	}
	for j, c := range r.cls {
		if r.needs[j] != "" || c.Is(lang.Learn|lang.NeedWord) {
			return false
		}
		if g := r.glossNeed(j); r.q.Lang == Bambara && g != "" && g != seeds.NeedProtection && !r.rd.v.beast(r.words[j]) {
			return false
		}
	}
	return true
}

// lostAsked reads a belonging told lost (belongings.tsv within lostWindow
// words of a word of losing, losing.tsv, in its sentence) in a message
// that asks something and wants no need (no word of wanting, learning or
// a need: "j'ai perdu mon diplôme, je veux une formation" asks the
// training): an errand, out of scope ("j'ai égaré mon téléphone dans le
// bus, comment le retrouver", "n ka telefɔni tununna, n bɛ se k'a sɔrɔ
// cogo di?"). Its words stay free for
// the signs: told by a person the partners serve, or beside a danger, it
// stays theirs (settle).
func (r *reading) lostAsked() {
	if !slices.Contains(r.request, true) || r.asksANeed() {
		return
	}
	v := r.rd.v
	for i, s := range r.sets {
		if !s.Is(lang.InLosing) && !r.stolen(i) {
			continue
		}
		for j := max(0, i-lostWindow); j < len(r.words) && j <= i+lostWindow; j++ {
			c := v.Belongings[r.words[j]]
			if c == "" {
				c = v.Belongings[v.bmSingular(r.words[j])]
			}
			if c == "" || r.sentence[j] != r.sentence[i] {
				continue
			}
			r.outAsked = append(r.outAsked, [2]int{min(i, j), max(i, j) + 1})
			r.askOutOfScope(c)
			break
		}
	}
}

// asksANeed reports whether a word of wanting, learning or a need asks
// something of its own ("j'ai perdu mon diplôme, je veux une formation"),
// not the thing sought back (seeksIt) nor a move towards it.
func (r *reading) asksANeed() bool {
	for j, c := range r.cls {
		if c.Is(lang.Want|lang.Learn|lang.NeedWord) && !r.seeksIt(j) && !r.towards(j) && !r.postposed(j) {
			return true
		}
	}
	return false
}

// lostBeside reports whether words[start:end] are told lost beside a need
// asked (asksANeed) or a fiche named in a sentence that asks (namedAsked):
// what the person is without, no errand asked.
func (r *reading) lostBeside(start, end int) bool {
	return r.toldLost(start, end) && (r.asksANeed() || r.namedAsked())
}

// namedAsked reports whether a fiche is named in a sentence that asks.
func (r *reading) namedAsked() bool {
	return slices.ContainsFunc(r.named, func(h nameHit) bool { return r.request[r.sentence[h.Start]] })
}

// toldLost reports whether a word of losing (losing.tsv) stands within
// lostWindow words of words[start:end], in its sentence.
func (r *reading) toldLost(start, end int) bool {
	for i := max(0, start-lostWindow); i < len(r.words) && i < end+lostWindow; i++ {
		if r.sentence[i] == r.sentence[start] && (i < start || i >= end) && r.sets[i].Is(lang.InLosing) {
			return true
		}
	}
	return false
}

// stolen reports whether the word at i takes a thing (bm/take.tsv,
// fr/take.tsv) after a thief is told (bm/thieves.tsv, fr/thieves.tsv),
// anywhere before it in the message: "sonyalikɛlaw ye n ka moto ta", "sonw
// donna n ka butiki kɔnɔ, u ye feerefɛnw bɛɛ ta", "des voleurs ont pris nos
// boeufs" tell a theft, as sònya and volé do.
func (r *reading) stolen(i int) bool {
	v := r.rd.v
	take, thief := lang.InTakeFr, func(w string) bool { return v.ThievesFr[w] }
	if r.q.Lang == Bambara {
		take, thief = lang.InTake, func(w string) bool { return v.Thieves[w] || v.Thieves[v.bmSingular(w)] }
	}
	return r.sets[i].Is(take) && slices.ContainsFunc(r.words[:i], thief)
}

// serviceAsked reads a person of a trade one hires (providers.tsv) sought
// for the asker in a sentence that asks: "un électricien pour refaire le
// courant dans ma maison", "une coiffeuse pour me faire des tresses", "n bɛ
// kalalikɛla ɲini ka dloki kala n ye" ask a service bought, out of scope,
// not the trade to learn nor a job. Sought: in French after an article or
// a determiner, someone not yet known ("je suis électricien", "mécanicien
// sorti du CFP, je cherche des outils" tell who asks; nor one a Bambara
// speaker becomes); for the asker: a word of the asker as the one served
// (for_me.tsv) after it, or in Bambara, which tells the thing before or
// after, anywhere. Not in a message that
// asks a need in words (learning, a job, money: "un patron mécanicien pour
// apprendre", "un électricien pour travailler avec lui"). Its words stay
// free for the signs, as a thing lost's do.
func (r *reading) serviceAsked() {
	v := r.rd.v
	for j, c := range r.cls {
		// A person of a trade points to the trade's training: not asked in words.
		if (c.Is(lang.Learn|lang.NeedWord) || r.needs[j] != "") && !r.sets[j].Is(lang.InProviders) {
			return
		}
	}
	for i, w := range r.words {
		if !r.sets[i].Is(lang.InProviders) {
			continue
		}
		c := v.Providers[w]
		if !r.request[r.sentence[i]] || r.isBeing(i) || r.who[i] || r.becomes(i) || !r.sought(i) || !r.forAsker(i) {
			continue
		}
		r.outAsked = append(r.outAsked, [2]int{i, i + 1})
		r.askOutOfScope(c)
	}
}

// becomes reports whether words[i] is a Bambara person one becomes, "ka
// kɛ X ye" (kɛ up to three words before, the copula right after: "n b'a fɛ
// ka kɛ telefoni dilanbaga ye"), as a gloss's becoming is read.
func (r *reading) becomes(i int) bool {
	v := r.rd.v
	return r.q.Lang == Bambara && i+1 < len(r.words) && r.words[i+1] == v.copula && slices.Contains(r.words[max(0, i-3):i], v.bmBecome)
}

// sought reports whether words[i], a person, is someone sought: in French
// after an article or a determiner (adjectives before a noun between: "un
// bon réparateur"); Bambara names a person sought with none.
func (r *reading) sought(i int) bool {
	if r.q.Lang == Bambara {
		return true
	}
	j := i - 1
	for j >= 0 && r.cls[j].Is(lang.AdjectiveBefore) {
		j--
	}
	return j >= 0 && r.cls[j].Is(lang.Article|lang.Determiner)
}

// forAsker reports whether a word of the asker as the one served
// (for_me.tsv) follows words[i] in the message, or in Bambara is anywhere in it.
func (r *reading) forAsker(i int) bool {
	from := i + 1
	if r.q.Lang == Bambara {
		from = 0
	}
	for j := from; j < len(r.words); j++ {
		if r.rd.v.ForMe[r.words[j]] && j != i {
			return true
		}
	}
	return false
}

// paidFor reports whether words[i] follows, in its sentence, a word of
// money (a need's word of financing), buying or purpose: what the money
// asked is for. Bambara puts the verb after its object: there the thing
// is bought or built, san or jɔ within objectReach words after it ("tele
// ni frigo san", "moto san juru la", "so jɔ"), or its price asked there
// when the message asks a price, no word the lexicon knows between ("moto
// kura sɔngɔ ye joli ye?": shopping, as buying it is; not "mobili dilan
// sɔngɔ", a trade's training); a thing taken ("u ye n ka wari ni n ka
// telefoni ta") or told is none.
func (r *reading) paidFor(i int) bool {
	if r.q.Lang == Bambara {
		const objectReach = 3 // "tele ni frigo san"
		priced := r.q.Asked == AskCost
		for j := i + 1; j <= i+objectReach && j < len(r.words) && r.sentence[j] == r.sentence[i]; j++ {
			if r.words[j] == r.rd.v.buy || r.words[j] == r.rd.v.bmBuild || priced && r.claims[j] == claimAsked {
				return true
			}
			priced = priced && !r.rd.lex.Known(r.words[j])
		}
		return false
	}
	for j := i - 1; j >= 0 && r.sentence[j] == r.sentence[i]; j-- {
		if r.needs[j] == seeds.NeedFinance || r.cls[j].Is(lang.Buy|lang.Purpose) {
			return true
		}
	}
	return false
}

// ownMoneyAsked reports whether a Bambara sentence that asks asks about
// money the person has or has told of — money after a pronoun and ka
// ("n ka wari bɛ ta min?", where is my money taken) or before nin ("a bɛ
// wari nin ta min?", this money): the money is a thing out of scope told
// before, in the story or as who asks (a lottery won, "n ye loto ta, n ye
// wari sɔrɔ"), which is then asked.
func (r *reading) ownMoneyAsked() bool {
	if r.q.Lang != Bambara {
		return false
	}
	v := r.rd.v
	for j := range r.words {
		if !r.request[r.sentence[j]] || !r.moneyAt(j) {
			continue
		}
		possessed := j >= 2 && r.words[j-1] == v.bmInfinitive && r.cls[j-2].Is(lang.Pronoun)
		shown := j+1 < len(r.words) && r.words[j+1] == v.bmThis
		if possessed || shown {
			return true
		}
	}
	return false
}

// seeksIt reports whether the Bambara word of wanting at j is a verb after
// ka and the pronoun a, its object: "jɔn bɛ se ka n dɛmɛ k'a ɲini" (to look
// for it) seeks the thing told, no need ("n b'a fɛ ka …", bɛ a fɛ, wants).
func (r *reading) seeksIt(j int) bool {
	return r.q.Lang == Bambara && j >= 2 && r.cls[j].Is(lang.Want) && r.words[j-1] == r.rd.v.bmIt && r.words[j-2] == r.rd.v.bmInfinitive
}

// towards reports whether the Bambara word of wanting at j is the
// postposition fɛ after a word of asking: "n bɛ se ka taa jɔn fɛ?" (to whom
// can I go) asks whom, it wants nothing.
func (r *reading) towards(j int) bool {
	return r.q.Lang == Bambara && j >= 1 && r.cls[j].Is(lang.Want) && r.cls[j-1].Is(lang.Request)
}

// postposed reports whether the Bambara word of wanting at j is fɛ after
// another word than a, the postposition ("su fɛ", at night; "polisi fɛ"):
// only "n b'a fɛ" wants.
func (r *reading) postposed(j int) bool {
	v := r.rd.v
	return r.q.Lang == Bambara && j >= 1 && r.words[j] == v.bmWants && r.words[j-1] != v.bmIt
}

// inDanger reports whether words[i] lies within a sign of danger's words:
// the thing taken in "sonw ye n ka wari ni n ka telefoni bɛɛ ta" is the
// danger's own, not a thing bought.
func (r *reading) inDanger(i int) bool {
	return slices.ContainsFunc(r.danger, func(h lang.Hit) bool { return h.Start <= i && i < h.End })
}

// asksMoney reports whether some word of the message asks money (moneyAt).
func (r *reading) asksMoney() bool {
	for j := range r.words {
		if r.moneyAt(j) {
			return true
		}
	}
	return false
}

// moneyAt reports whether words[j] asks money: a word of the need of
// financing, or in Bambara a lexicon entry whose concept is financing
// (glossNeed: juru, wari).
func (r *reading) moneyAt(j int) bool {
	return r.needs[j] == seeds.NeedFinance || r.glossNeed(j) == seeds.NeedFinance
}

// glossNeed returns the need a Bambara message's words[j] points to, whose
// needs the glosses give later: the need of the concept of the first
// entry of the lexicon match that holds it (bm/concept_needs.tsv), or "".
// "" in French.
func (r *reading) glossNeed(j int) string {
	if r.q.Lang != Bambara {
		return ""
	}
	for _, m := range r.matches {
		if m.Start <= j && j < m.End {
			n, _ := r.rd.v.conceptNeed(m.Entries[0].Concept)
			return n
		}
	}
	return ""
}

// earns reports whether the message tells an activity, a trade or an
// income: a word of earning.tsv, of selling or starting, a trade no
// partner teaches, equipment to work with (goods.tsv), farming
// (farming.tsv), or a training or a job asked ("un frigo pour vendre de
// la glace", "une moto pour le taxi-moto").
func (r *reading) earns() bool {
	for i, s := range r.sets {
		if (s.Is(lang.InEarning) || r.cls[i].Is(lang.Sell)) && !r.askedOfOthers(i) || s.Is(lang.InGoods|lang.InFarming) || r.cls[i].Is(lang.Start|lang.Trade) || r.needs[i] == seeds.NeedTraining || r.needs[i] == seeds.NeedJob ||
			r.q.Lang == Bambara && r.cls[i].Is(lang.Learn) { // Bambara's needs come later, from the glosses
			return true
		}
	}
	return false
}

// askedOfOthers reports whether the Bambara word of earning or selling at
// i is asked of someone else: jumɛn (which) right after it ("butiki
// jumɛn b'o kɛ?", which shop does that) or its subject, before bɛ ("jɔn bɛ
// moto feere juru la?", who sells motos on credit). It tells no activity
// of the person's.
func (r *reading) askedOfOthers(i int) bool {
	if r.q.Lang != Bambara {
		return false
	}
	if i+1 < len(r.words) && r.sentence[i+1] == r.sentence[i] && r.words[i+1] == r.rd.v.bmAsksWhich {
		return true
	}
	for j := i - 1; j >= 1 && r.sentence[j] == r.sentence[i]; j-- {
		if r.words[j] == r.rd.v.does {
			return r.cls[j-1].Is(lang.Request)
		}
	}
	return false
}

// whereDone reports whether the Bambara word at end is kan (on) after a
// thing out of scope, words[:end]: the thing is where something else is
// done ("ka nakɔbaara kɛ n fa ka dugukolo kan", to farm on my father's
// land: the land is no purchase asked).
func (r *reading) whereDone(end int) bool {
	return r.q.Lang == Bambara && end < len(r.words) && r.words[end] == r.rd.v.bmOn && r.sentence[end] == r.sentence[end-1]
}

// programmes finds whether the question asks about programmes or donors
// (programmes.tsv). A phrase of several words is what it asks, answered by
// the programme fiches (Query.Donors), not topics of its own: the words of
// "partenaires techniques et financiers" would match any school's text. A
// single word ("bailleurs", "programmes") stays a topic too: the fiches of
// programmes name it. A programme inside the words of a danger told is
// part of the story, not asked ("pas éligible au programme de l'OIM"); so
// is one inside a knowledge frame ("question hors programme : …").
func (r *reading) programmes() {
	var frames []lang.Hit // the knowledge frames ("hors programme"), found once a programme is
	for n, h := range r.rd.v.Programmes.FindIn(r.words, r.cls) {
		if n == 0 {
			frames = slices.DeleteFunc(r.rd.v.Knowledge.Find(r.words), func(k lang.Hit) bool { return k.Value != lang.KnowledgeFrame })
		}
		inside := func(d lang.Hit) bool { return d.Start <= h.Start && h.Start < d.End }
		if slices.ContainsFunc(r.danger, inside) || slices.ContainsFunc(frames, inside) {
			continue
		}
		r.q.Programmes = true
		r.q.Donors = r.q.Donors || h.Value == lang.AsksDonors
		if h.End-h.Start > 1 {
			r.claim(h.Start, h.End, claimProgramme)
		}
	}
}

// amountLacked finds, in French, an amount of money told lacked or sought
// (fr/amounts.tsv: "il me manque 300 000", "il me faut encore 150 000
// francs", "où trouver 2 millions"): money is asked, as a want word asks
// the financing need, and the amount's words are claimed, no topics (a
// fund's "100 millions" of turnover answers no million lacked).
func (r *reading) amountLacked() {
	for i, s := range r.sets {
		if !s.Is(lang.InAmountLack) {
			continue
		}
		for j := i + 1; j <= i+3 && j < len(r.words) && r.sentence[j] == r.sentence[i]; j++ {
			if end := r.amountEnd(j); end > j {
				r.claim(i, end, claimAmount)
				finance := r.scores.at(seeds.NeedFinance)
				finance.score += needWanted
				finance.asks = true
				r.q.Money = true
				break
			}
		}
	}
}

// amountEnd returns the end of an amount of money beginning at words[j]
// (fr/amounts.tsv), or j if none begins there: a number in digits with the
// units after it ("150 000 francs", "2 millions"), of four digits or more
// alone ("150000"); a multiplier alone ("un million": j at the multiplier).
func (r *reading) amountEnd(j int) int {
	if r.sets[j].Is(lang.InMultiplier) {
		return j + 1
	}
	if !fold.Digits(r.words[j]) {
		return j
	}
	end := j + 1
	for end < len(r.words) && r.sentence[end] == r.sentence[j] && r.sets[end].Is(lang.InAmountUnit) {
		end++
	}
	if end == j+1 && len(r.words[j]) < 4 {
		return j
	}
	return end
}

// learning reports whether a word of learning (learn.tsv) is in words[i]'s
// sentence. In Bambara, one right before a verb of making (bm/making.tsv)
// is the thing made, its object ("ka dɛgɛ dilan", dɛgɛ folded as dege).
func (r *reading) learning(i int) bool {
	for j := range r.words {
		if r.sentence[j] == r.sentence[i] && r.cls[j].Is(lang.Learn) && !r.made(j) {
			return true
		}
	}
	return false
}

// made reports whether words[j] of a Bambara question comes right before a
// verb of making (bm/making.tsv) in its sentence: the thing made.
func (r *reading) made(j int) bool {
	return r.q.Lang == Bambara && j+1 < len(r.words) && r.sentence[j+1] == r.sentence[j] && r.rd.v.Making[r.words[j+1]]
}

// doneByOther reports whether French words[i] is in a relative clause in
// the past that tells what someone else did: a verb in the past tense
// (pastTense) after "qui" comes in the doneWindow words before it, in its
// sentence, with no word of wanting, asking or learning between ("je veux
// travailler au Qatar légalement, pas comme mon voisin qui a payé un
// passeur": the smuggler is the neighbour's, the job is asked).
func (r *reading) doneByOther(i int) bool {
	return r.toldBefore(i, i-doneWindow, func(j int) bool {
		return j >= 2 && r.words[j-2] == r.rd.v.relative && !r.cls[j].Is(lang.Determiner|lang.Function) && r.rd.v.pastTense(r.words, r.cls, j)
	})
}

// afterSelling reports whether a word of selling (sell.tsv) comes in the
// sellWindow words before words[i], in its sentence, with no word of
// wanting, asking or learning between them: "mon oncle a vendu le champ,
// je veux récupérer la terre" asks the land back, it sells nothing.
func (r *reading) afterSelling(i int) bool {
	return r.toldBefore(i, i-sellWindow, func(j int) bool { return r.cls[j].Is(lang.Sell) })
}

// framed returns where the word of time is that makes a thing out of
// scope only the time an ask is framed by (time_frames.tsv), or -1: in
// French, one at most frameWindow words before it in its sentence, no word
// of wanting or asking between them ("après la Tabaski je veux…"); in
// Bambara, one right after it and a pronoun after that, the subject of the
// clause it frames ("seliba kɔfɛ, n b'a fɛ…", "furu tuma n ye…"; not
// "tuma jumɛn", when, nor "tuma bɛɛ", always).
func (r *reading) framed(h lang.Hit) int {
	if r.q.Lang == Bambara {
		if e := h.End; e+1 < len(r.words) && r.rd.v.Frames[r.words[e]] && r.cls[e+1].Is(lang.Pronoun) && r.sentence[e+1] == r.sentence[h.Start] {
			return h.End
		}
		return -1
	}
	for j := h.Start - 1; j >= max(h.Start-frameWindow, 0) && r.sentence[j] == r.sentence[h.Start]; j-- {
		switch {
		case r.cls[j].Is(lang.Want | lang.Request | lang.Learn):
			return -1
		case r.rd.v.Frames[r.words[j]]:
			return j
		}
	}
	return -1
}

// saidWithout reports whether words[i] is something the person says they are
// without: a word of lacking (without.tsv) comes before it in its
// sentence, and no word of wanting, asking or learning between them
// ("sans passeport, je veux un visa" asks the visa).
func (r *reading) saidWithout(i int) bool {
	return r.toldBefore(i, 0, func(j int) bool { return r.cls[j].Is(lang.Without) })
}

// toldBefore reports whether a word that tells (told holds for it) comes
// before words[i] in its sentence, at words[from] or after, with no word
// of wanting, asking or learning between them: what the words before a
// word of wanting tell is the story, what comes after it is asked.
func (r *reading) toldBefore(i, from int, told func(j int) bool) bool {
	for j := i - 1; j >= max(from, 0) && r.sentence[j] == r.sentence[i]; j-- {
		switch {
		case r.cls[j].Is(lang.Want | lang.Request | lang.Learn):
			return false
		case told(j):
			return true
		}
	}
	return false
}

// isBeing reports whether words[i] tells who the person is, what they do
// or have: after a form of être, next to it or after an article ("je suis
// un instituteur"), in French, unless a word of asking comes before it
// ("quel est le prix …"); in Bambara, right after a pronoun and bɛ
// ("ne bɛ mobili boli", I drive), or bɛ se ka ("n bɛ se ka mobili boli", I
// can drive), unless a word of wanting or learning follows in the sentence
// ("n bɛ mobili boli kalan fɛ": I want lessons) in its clause, before the
// pronoun of the next ("n bɛ se ka mobili boli, n bɛ baara ɲini": I can
// drive, I look for work), or, after bɛ se ka, a word
// of asking ends its clause ("n bɛ se ka fura sɔrɔ min?", where can I get
// medicine: asked); or before bɛ or tɛ, a pronoun and bolo ("dugukolo
// b'an bolo", we have land).
func (r *reading) isBeing(i int) bool {
	cls, v, w := r.cls, r.rd.v, r.words
	if r.q.Lang == Bambara {
		does := i >= 2 && w[i-1] == v.does && cls[i-2].Is(lang.Pronoun) ||
			i >= 4 && w[i-1] == v.bmInfinitive && w[i-2] == v.bmCan && w[i-3] == v.does && cls[i-4].Is(lang.Pronoun)
		has := i+3 < len(w) && (w[i+1] == v.does || w[i+1] == v.bmNot) && cls[i+2].Is(lang.Pronoun) && w[i+3] == v.bmHand
		if has {
			return true
		}
		if !does {
			return false
		}
		for j := i + 1; j < len(r.words) && r.sentence[j] == r.sentence[i] && !r.subject(j); j++ {
			if cls[j].Is(lang.Want | lang.Learn) {
				return false
			}
		}
		return w[i-1] != v.bmInfinitive || !r.asksInClause(i)
	}
	b := r.beingAt(i)
	// After a word of asking, the thing is what is asked: "quel est le
	// prix du riz au marché ?".
	return b >= 0 && (b == 0 || !cls[b-1].Is(lang.Request))
}

// beingAt returns where the form of être is that French word i comes
// right after, or after with an article between ("je suis un
// instituteur"); -1 if none is.
func (r *reading) beingAt(i int) int {
	switch {
	case i > 0 && r.cls[i-1].Is(lang.Being):
		return i - 1
	case i > 1 && r.cls[i-2].Is(lang.Being) && r.cls[i-1].Is(lang.Article):
		return i - 2
	}
	return -1
}

// ofOther reports whether French word i is told after a form of être of
// another person than the one who writes: its subject a relative or a
// pronoun of the third person ("ma grand-mère est très âgée", "elle est
// très vieille"), not "je", "j'" or "nous" (grammar.tsv i, i_elided, we).
func (r *reading) ofOther(i int) bool {
	b := r.beingAt(i)
	if b < 1 || r.sentence[b-1] != r.sentence[b] {
		return false
	}
	c := r.cls[b-1]
	return c.Is(lang.Relative) || c.Is(lang.SubjectPronoun) && !r.rd.v.first[r.words[b-1]]
}

// asksNoNeed reports whether the message asks (a sentence that asks) but
// no need in the sentences that ask, and tells no danger: "qui peut venir
// s'occuper d'elle ?" asks help for what its story told. In Bambara a need
// is also a word of learning, or a lexicon word whose concept points to a
// need but protection (glossNeed: "bagan furakɛli kalan", "juru"); help
// and care words ask for what the story told, and a beast named (beast:
// "misi", whose glosses name livestock farming) is what they ask it for.
func (r *reading) asksNoNeed() bool {
	if len(r.danger) > 0 || !slices.Contains(r.request, true) {
		return false
	}
	for j, w := range r.words {
		if !r.request[r.sentence[j]] || r.rd.v.beast(w) {
			continue
		}
		if g := r.glossNeed(j); r.needs[j] != "" || g != "" && g != seeds.NeedProtection || r.q.Lang == Bambara && r.cls[j].Is(lang.Learn) {
			return false
		}
	}
	return true
}

// asksInClause reports whether a Bambara word of asking (bm/request.tsv:
// min, jumɛn, wa…) follows words[i] within its clause: at most
// clauseAsk words on, before a word that opens another (bɛ, tɛ, a
// pronoun): "fura sɔrɔ min", not "mobili boli, baara bɛ sɔrɔ min". Kɛ,
// to do, is the clause's verb ("kalali kɛ"), though French reads "ke" as
// que misspelt.
func (r *reading) asksInClause(i int) bool {
	const clauseAsk = 6 // "fura sɔrɔ sɔngɔ dɔgɔman na min"
	v := r.rd.v
	for j := i + 1; j <= i+clauseAsk && j < len(r.words) && r.sentence[j] == r.sentence[i]; j++ {
		switch {
		case r.words[j] == v.does || r.words[j] == v.bmNot || r.cls[j].Is(lang.Pronoun):
			return false
		case r.cls[j].Is(lang.Request) && r.words[j] != v.bmBecome:
			return true
		}
	}
	return false
}

// story claims the words of the sentences that ask nothing, and in those
// that ask, the words past the last maxAsked distinct ones (a long
// message's work stays bounded; its request comes after its story).
// Grammatical words are read in phrases, however often.
func (r *reading) story() {
	asked := map[string]bool{}
	for i := len(r.words) - 1; i >= 0; i-- {
		w := r.words[i]
		grammar := r.cls[i].Is(lang.Stop | lang.Function)
		switch {
		case r.claims[i] != free:
		case !r.request[r.sentence[i]]:
			r.claims[i] = claimStory
		case grammar || asked[w]:
			// a word said again is read where it is: in a phrase
			// ("saniya baara walima tobili baara"), it is the phrase's
		case len(asked) == maxAsked:
			r.claims[i] = claimUnread
		default:
			asked[w] = true
		}
	}
}

// refusing reads a kind of structure a French message tells turns the
// person away (Query.Refusing): a word of fr/kinds.tsv with a word of
// fr/refusing.tsv among the next refusingWindow words of its clause
// ("les banques refusent", "la banque me demande", "la banque m'a refusé",
// "aucune banque ne lui prête"; not "des investisseurs, mais on ne sait
// pas…": a subject or a clause word opens another clause, and another
// structure named is the one told of). The kind is then no kind asked;
// the word is searched as any.
func (r *reading) refusing() {
	const refusingWindow = 3 // "la banque refuse", "la banque me demande", "la banque m'a refusé"
	for i, c := range r.cls {
		if !c.Is(lang.HasKind) {
			continue
		}
		for j := i + 1; j <= i+refusingWindow && j < len(r.words) && r.sentence[j] == r.sentence[i] && !r.cls[j].Is(lang.ClauseWord|lang.HasKind); j++ {
			if r.sets[j].Is(lang.InRefusing) {
				r.q.Refusing = r.rd.v.Words.Of(r.words[i]).Kind
				return
			}
		}
	}
}

// startsAsked reads whether a French question asks to start an activity:
// a word of start.tsv in a sentence that asks (Query.Starts), whether it
// asks to be accompanied (accompany.tsv, Query.Accompanies) or investors
// (invest.tsv, Query.Invests), and whether
// to be oriented or helped by someone (orient.tsv: a verb right after an
// object pronoun, or a door right after a word asking which or whom —
// "quelles structures", "qui contacter" —, Query.Orients), not in the story ("j'ai ouvert mon
// atelier l'an dernier" tells, it does not ask).
func (r *reading) startsAsked() {
	for i, c := range r.cls {
		if r.claims[i] == claimStory || r.who[i] {
			continue
		}
		r.q.Starts = r.q.Starts || c.Is(lang.Start)
		r.q.Accompanies = r.q.Accompanies || r.sets[i].Is(lang.InAccompany)
		r.q.Invests = r.q.Invests || r.sets[i].Is(lang.InInvest)
		r.q.Orients = r.q.Orients || i > 0 && (r.sets[i].Is(lang.InOrient) && r.sets[i-1].Is(lang.InOrientObject) || r.sets[i].Is(lang.InOrientDoor) && r.sets[i-1].Is(lang.InOrientWhich)) || r.masterSought(i)
	}
}

// placedAsked reads, in French, a form of placer right after a pronoun of
// the person placed or a form of être (placing.tsv: "qu'une agence me
// place", "être placé") as a job asked: the word points to the job need,
// asked as a word of wanting asks it (no one says "me placer" but to ask
// it), and names no kind of structure (placedAt): the placement firms are
// in Bamako, the employment agencies place workers in every region. After
// the relative ("des agences qui placent les gens"), the structures that
// place are asked: the job, and the word's kind (kinds.tsv) as elsewhere.
func (r *reading) placedAsked() {
	r.placed, r.person = make([]bool, len(r.words)), make([]bool, len(r.words))
	for i := 1; i < len(r.words); i++ {
		if !r.sets[i].Is(lang.InPlacing) || r.sentence[i-1] != r.sentence[i] {
			continue
		}
		if r.sets[i-1].Is(lang.InPlacingBefore | lang.InPlacingAgent) {
			r.needs[i], r.placed[i], r.person[i] = seeds.NeedJob, true, r.sets[i-1].Is(lang.InPlacingBefore)
		}
	}
}

// structuresWork reads, in French, a frame word of working right after a
// frame word that names the structures asked ("quels organismes
// travaillent à Kolokani ?", "quelles organisations travaillent à Gao") as
// where they work, not a job asked: its need (need_stems.tsv travail) is
// dropped.
func (r *reading) structuresWork() {
	for i := 1; i < len(r.words); i++ {
		if r.needs[i] == seeds.NeedJob && r.cls[i].Is(lang.Frame) && r.cls[i-1].Is(lang.Frame) && r.needs[i-1] == "" && r.sentence[i-1] == r.sentence[i] {
			r.needs[i] = ""
		}
	}
}

// placedAt reports whether word i asks a job as a form of placer
// (placedAsked).
func (r *reading) placedAt(i int) bool { return i < len(r.placed) && r.placed[i] }

// personPlaced reports whether word i asks for the person to be placed
// with an employer (placedAsked): it names no kind of structure.
func (r *reading) personPlaced(i int) bool { return i < len(r.person) && r.person[i] }

// masterSought reports whether word i is a master craftsman sought to
// learn with (fr/orient.tsv master) — a word of learning at most
// masterWindow words before or after it in its sentence: "trouver un
// maître d'apprentissage", "un patron pour faire l'apprentissage". An
// apprenticeship is found through those who place apprentices with
// masters, as someone to orient is (Query.Orients), not at a school.
func (r *reading) masterSought(i int) bool {
	if !r.sets[i].Is(lang.InOrientMaster) {
		return false
	}
	for j := max(0, i-masterWindow); j < len(r.words) && j <= i+masterWindow; j++ {
		if j != i && r.sentence[j] == r.sentence[i] && r.cls[j].Is(lang.Learn) {
			return true
		}
	}
	return false
}

// storyTerms adds the content words of the story, as typed: read, not
// searched.
func (r *reading) storyTerms() {
	for i, w := range r.words {
		if r.claims[i] == claimStory && r.rd.content(w, r.cls[i]) {
			r.add(i, i+1, Term{Role: Story, Source: Typed, Variants: []string{w}})
		}
	}
}

// decide settles what the reading found: the fiches named where the
// message asks (a name in its story, or among the words that tell who
// asks — "après sa formation au CFAP" — is no request for that fiche), the
// need most pointed to (or protection for a message of danger), the kind
// of structure asked if the need goes there, whether the question asks
// about programmes, what the message is, and, when nothing names a topic
// nor who asks, the words of asking as all there is to rank by — in
// Bambara also beside who asks, for a request read only through its
// glosses ("n bɛ dɛmɛ ɲini Kayi, ne ye baari ye": aide) asks nothing else.
func (r *reading) decide(s signs) {
	q := r.q
	for _, h := range r.named {
		if (r.request[r.sentence[h.Start]] || r.heading(h)) && !r.who[h.Start] && !slices.Contains(q.Named, h.Ref) {
			q.Named = append(q.Named, h.Ref)
			if h.Programme {
				q.ByProgramme = append(q.ByProgramme, h.Ref)
			}
			if r.namedSubject(h) {
				q.Subject = append(q.Subject, h.Ref)
			}
		}
	}
	if h, ok := r.namedByPronoun(); ok && len(q.Named) == 0 {
		q.Named = append(q.Named, h.Ref)
	}
	scored, best := "", 0.0
	for _, n := range seeds.Needs {
		// A Bambara gloss weighs the same wanted or not (a French word
		// wanted weighs more: needWanted), so at equal weight the need a
		// word of wanting asks ("a mago bɛ wari la", she needs money)
		// comes before one only named ("tobili jago", a cooking trade).
		if s := r.scores.of(n).score; s > best || q.Lang == Bambara && s == best && s > 0 && r.scores.of(n).asks && !r.scores.of(scored).asks {
			scored, best = n, s
		}
	}
	if h, ok := r.namedByFacet(scored); ok && len(q.Named) == 0 {
		q.Named = append(q.Named, h.Ref)
	}
	if focus := (&seeds.Fiche{Kind: q.Kind}).Focus(); focus != "" && scored != "" && focus != scored {
		// A kind of structure the need does not go to is where, not what:
		// "un emploi dans une banque" asks for a job, not a bank.
		q.Kind = ""
	}
	if seeds.LenderKind(q.Kind) && scored == seeds.NeedFinance && (r.earns() || slices.ContainsFunc(r.sets, func(s lang.Set) bool { return s.Is(lang.InWorkers) })) {
		// A lender's kind asked by someone who tells an activity of theirs
		// ("n bɛ shitulu dilan Segu, jurudonkɛsu jumɛn bɛ yen?"), or for
		// people by their work (workers.tsv: "une microfinance à
		// Tombouctou pour les jeunes commerçants"), asks it for money, as
		// a loan named does; the kind alone ("microfinance à Tombouctou")
		// does not.
		q.Money = true
	}
	q.Donors = q.Donors || q.Kind == seeds.KindDonor
	q.Programmes = q.Programmes || q.Donors
	q.Now = q.Programmes && slices.ContainsFunc(r.cls, func(c lang.Class) bool { return c.Is(lang.Now) })
	q.Past = q.Programmes && !q.Now && slices.ContainsFunc(r.cls, func(c lang.Class) bool { return c.Is(lang.Past) })
	r.head(scored)
	r.readingAsked()
	if len(r.frame) == 0 && !s.person && q.Place != nil {
		// A cry for help at a place, and no person asked ("ne bɛ
		// Tumutu, jɔn bɛ se ka n dɛmɛ"): its words are the frame, and
		// the place's fiches are what it asks (settle).
		r.frame = s.cry
	}
	if len(r.frame) > 0 && (!q.names() || q.Lang == Bambara && !slices.ContainsFunc(q.Terms, func(t Term) bool { return t.Role.Asks() })) {
		frame := strings.Join(r.frame, " ")
		public := slices.ContainsFunc(strings.Fields(frame), func(w string) bool { return r.rd.v.Words.Is(w, lang.Public) })
		r.add(-1, -1, Term{Role: Frame, Source: Known, Variants: []string{frame}, Public: public})
	}
	r.tellPublic(r.wordsIn(lang.Return))
	r.settle(s, r.outScope, scored)
	q.Collective = r.collective()
	q.Unschooled, q.Unlettered = r.unschooled()
}

// heading reports whether a fiche's name is the heading of the request
// after it: the whole of a sentence that ends in a colon (but for its
// function words), the next sentence asking ("Centre Père Michel : le DEF
// est obligatoire ?", "CPM : quels papiers ?"). The questions that follow
// are asked of it.
func (r *reading) heading(h nameHit) bool {
	s := r.sentence[h.Start]
	if !strings.Contains(r.ends[s], ":") || s+1 >= len(r.request) || !r.request[s+1] {
		return false
	}
	for i, w := range r.words {
		if r.sentence[i] == s && (i < h.Start || i >= h.End) && r.rd.content(w, r.cls[i]) {
			return false
		}
	}
	return true
}

// wordsIn returns the words of the lists of c, in order: a stage reads
// their classes, not the words' entries again.
func (r *reading) wordsIn(c lang.Class) iter.Seq[string] {
	return func(yield func(string) bool) {
		for i, w := range r.words {
			if r.cls[i].Is(c) && !yield(w) {
				return
			}
		}
	}
}

// tellPublic adds to the query's Public the words that name the people the
// partners serve or their return (public.tsv, return.tsv), once each.
func (r *reading) tellPublic(words iter.Seq[string]) {
	for w := range words {
		if r.rd.v.Words.Is(w, lang.Return) && !slices.Contains(r.q.Public, w) {
			r.q.Public = append(r.q.Public, w)
		}
	}
}

// respelt returns words (of classes cls) with the respellings applied (by
// word index), and their classes.
func (rd *Reader) respelt(words []string, cls []lang.Class, respellings map[int]string) ([]string, []lang.Class) {
	l := rd.layer(words, cls)
	for i, w := range respellings {
		l.set(i, w)
	}
	return l.words(), l.classes()
}

// content reports whether a word (of classes c) may name something:
// letters, long enough, and no grammatical or asking word.
func (rd *Reader) content(w string, c lang.Class) bool {
	return hasLetter(w) && rd.longEnough(w) && !c.Is(lang.Stop|lang.Homograph|lang.Function|lang.Frame)
}

func mark(marks []bool, start, end int) {
	for i := start; i < end; i++ {
		marks[i] = true
	}
}

// head marks the trade a request to learn names (Term.Head), in a
// sentence that asks: in French the first word naming something after a
// word of learning (learn.tsv: "apprendre la couture", "une formation
// courte en hôtellerie", "cours de guitare"), past the grammatical words,
// the words of asking and an adjective before "en" or "de", with its
// complements, or, in a request to learn (training the need scored, or a
// word of learning in a sentence that asks: "ou on forme ?") whose words
// of learning head no trade, after a word of taking one up (takenUp); in
// Bambara the topic just before one, past a verb read with its object
// ("bagan mara kalan", "televizon dilanni kalan"), and that verb, which
// names the trade whatever its object ("telefoni dilan kalan": a repair).
func (r *reading) head(scored string) {
	learning := scored == seeds.NeedTraining // a request to learn: training scored, or a word of learning asked
	for i := range r.words {
		if !r.cls[i].Is(lang.Learn) || !r.request[r.sentence[i]] {
			continue
		}
		learning = true
		if r.q.Lang == Bambara {
			k, verb := r.termBefore(i)
			if verb >= 0 {
				// The verb read with its object names the trade too,
				// the object's role kept ("telefoni dilan kalan": a
				// repair, whatever the thing repaired).
				r.q.Terms[verb].Head = true
			}
			if k >= 0 {
				r.q.Terms[k].Head = true
				r.q.Terms[k].Activity = r.q.Terms[k].Activity || r.spoken(k) // "sinuwakan dege": only a fiche naming it teaches it
				r.joined(k)
			}
			if k >= 0 || verb >= 0 {
				return
			}
			continue
		}
		if r.language(r.pastGrammar(i + 1)) {
			return // "cours d'italien", "apprendre le chinois"
		}
		if k := r.termAfter(i); k >= 0 {
			t := &r.q.Terms[k]
			t.Head = true
			// A trade's word right after the word of learning, with no
			// article, names it as one would with one: "formation
			// soudure", "ecole couture" (SMS French); so does a person
			// of a trade (workers.tsv: "formation pecheur").
			t.Noun = t.Noun || r.at[k][0] == i+1 && (r.sets[i+1].Is(lang.InWorkers) || slices.ContainsFunc(t.Variants, func(w string) bool { return r.rd.v.needOf(w) == seeds.NeedTraining }))
			r.complements(k)
			r.language(r.at[k][1]) // right after the trade's word: "cours de langue chinoise"
			return
		}
	}
	if r.q.Lang != Bambara && (learning || scored == "") {
		r.takenUp(learning)
	}
}

// readingAsked reads the trade a request to learn names (Term.Head) when
// it is a word of literacy.tsv ("apprendre à lire et écrire pour les
// grands") as every word of literacy.tsv the fiches hold: reading is
// taught where the fiches say "alphabétisation" as where they say "lire".
func (r *reading) readingAsked() {
	for k := range r.q.Terms {
		t := &r.q.Terms[k]
		if !t.Head || !r.sets[r.at[k][0]].Is(lang.InLiteracy) {
			continue
		}
		for _, w := range slices.Sorted(maps.Keys(r.rd.v.Literacy)) {
			if !slices.Contains(t.Variants, w) && r.rd.corpus.Holds(w) {
				t.Variants = append(t.Variants, w)
			}
		}
	}
}

// takenUp marks, in a French request to learn that no word of learning
// heads, the trade a word of taking it up names (take_up.tsv: "je veux
// faire la mécanique moto", "me lancer dans l'élevage", "bosser dans
// l'hôtellerie"), asked after a word of wanting or asking, as the trade
// asked (Term.Head), with its complements; the verb itself names nothing.
// In a question of no need (learning false), only a trade no partner
// teaches (trades.tsv) taken up, and no business started (Query.Starts),
// is so asked: "je veux devenir apiculteur" asks the trade, "me lancer dans
// la boulangerie" a business of it, "devenir boulanger… trouver du
// travail" a job.
func (r *reading) takenUp(learning bool) {
	for i, w := range r.words {
		if !r.request[r.sentence[i]] || !r.rd.v.TakeUp[w] || !r.takesUp(i) {
			continue
		}
		if k := r.termAfter(i); k >= 0 && (learning || r.q.Terms[k].Trade && !r.q.Starts) {
			r.q.Terms[k].Head = true
			r.complements(k)
			if v := r.termAt(i); v >= 0 && r.q.Terms[v].Role == Topic {
				r.q.Terms[v].Role = Context // "bosser": the trade after it is what is asked
			}
			return
		}
	}
}

// takesUp reports whether a French word of taking up a trade at i is
// asked: a word of wanting or asking comes before it in its sentence, past
// at most takeUpGap grammatical words ("je veux me lancer dans", "comment
// bosser dans").
func (r *reading) takesUp(i int) bool {
	for j := i - 1; j >= 0 && j >= i-1-takeUpGap && r.sentence[j] == r.sentence[i]; j-- {
		switch c := r.cls[j]; {
		case c.Is(lang.Want | lang.Request):
			return true
		case !c.Is(lang.Function):
			return false
		}
	}
	return false
}

// pastGrammar returns the first word from j on that is no grammatical
// word, in j's sentence (len(words) when none).
func (r *reading) pastGrammar(j int) int {
	for i := j; i < len(r.words) && r.sentence[i] == r.sentence[j]; i++ {
		if !r.cls[i].Is(lang.Stop | lang.Function | lang.Determiner) {
			return i
		}
	}
	return len(r.words)
}

// language marks a people's adjective (abroad.tsv) read at word j as a
// language asked to learn: the trade asked (Head) and an activity, which
// only a fiche naming it in its name, trades or summary teaches (Impact
// Hub's "Anglais des affaires"; "cours d'italien", "langue chinoise":
// none). It reports whether there was one.
func (r *reading) language(j int) bool {
	for k, t := range r.q.Terms {
		if r.at[k][0] == j && t.Country && t.Source == Typed && t.Role == Topic {
			r.q.Terms[k].Head, r.q.Terms[k].Activity = true, true
			return true
		}
	}
	return false
}

// joined marks as the trade asked too the topics before a Bambara trade's
// word, next to it or joined to it ("kuran ni panneaux solaires kalan"), up
// to headWords in all.
func (r *reading) joined(k int) {
	j := r.at[k][0] - 1
	for n := 1; n < headWords && j >= 0 && r.sentence[j] == r.sentence[r.at[k][0]]; n++ {
		if r.rd.v.joins[r.words[j]] {
			j-- // "ni", "walima"
		}
		c := -1
		if j >= 0 {
			c = r.termAt(j)
		}
		if c < 0 || r.q.Terms[c].Role != Topic {
			return
		}
		r.q.Terms[c].Head = true
		j = r.at[c][0] - 1
	}
}

// termBefore returns the topic a Bambara word of learning at i names: the
// nearest topic read from the headWindow words before it, past a verb read
// with its object (Context), and that verb; -1 for either when none.
func (r *reading) termBefore(i int) (topic, verb int) {
	verb = -1
	for j := i - 1; j >= 0 && j >= i-headWindow && r.sentence[j] == r.sentence[i]; j-- {
		k := r.termAt(j)
		if k < 0 {
			continue
		}
		if r.q.Terms[k].Role == Topic {
			if es := r.rd.lex.Lookup(r.words[j]); r.at[k][0] == j && len(es) > 0 && es[0].Concept == r.rd.v.work {
				return -1, verb // "baara dege": to learn a trade, none named; not "kuran baara dege"
			}
			return k, verb
		}
		if r.q.Terms[k].Role != Context || verb >= 0 {
			return -1, verb
		}
		verb = k
	}
	return -1, verb
}

// termAfter returns the term a French word of learning at i names: the one
// read from the first word naming something within headWindow words after
// it in its sentence; an adjective followed by "en" or "de" yields to the
// noun after them ("formation courte en couture"). -1 when none, or when a
// new clause, a purpose, a quantity ("de 2 mois") or a word of being
// without ("une formation sans diplôme") comes first.
func (r *reading) termAfter(i int) int {
	words, cls := r.words, r.cls
	joined := false // a word joining two things asked came after the word of learning
	for j := i + 1; j < len(words) && j <= i+headWindow && r.sentence[j] == r.sentence[i]; j++ {
		w := words[j]
		if cls[j].Is(lang.ClauseWord|lang.Purpose|lang.Without) || w != "" && w[0] >= '0' && w[0] <= '9' {
			return -1 // a new clause, a purpose, a quantity, or what the person is without ("sans diplôme")
		}
		switch {
		case r.rd.v.joins[w]:
			joined = true
			continue
		case cls[j].Is(lang.Learn):
			joined = false // "des cours ou une formation en couture": the second's trade
			continue
		}
		if cls[j].Is(lang.Stop|lang.Function|lang.Determiner|lang.AdjectiveBefore|lang.Frame) || r.claims[j] == claimPlace {
			continue
		}
		k := r.termAt(j)
		if k < 0 || r.q.Terms[k].Role != Topic {
			continue // a word that names nothing alone ("des techniques")
		}
		if joined {
			return -1 // another thing asked: "une formation et un fonds de démarrage"
		}
		// Past the words of a constraint claimed after it, and a place
		// ("un métier court à Ségou, la soudure": the short course
		// wanted, shortWanted).
		n := j + 1
		for n < len(words) && r.sentence[n] == r.sentence[j] && (r.claims[n] == claimAsked || r.claims[n] == claimPlace || cls[n].Is(lang.Function) && !cls[n].Is(lang.Determiner)) {
			n++
		}
		if t := r.q.Terms[k]; !t.Noun && n+1 < len(words) && cls[n].Is(lang.Determiner) && r.termAt(n+1) >= 0 {
			return r.termAt(n + 1) // "courte en couture"
		}
		return k
	}
	return -1
}

// complements marks as the trade asked too the topics that follow the
// trade's word, next to it, after "de" or "en", or joined to it ("et",
// "ou", an article after them: "l'informatique et le numérique"), up to
// headWords in all: "mécanique de tracteur", "secrétariat bureautique",
// "couture ou coiffure".
func (r *reading) complements(k int) {
	v, words := r.rd.v, r.words
	j := r.at[k][1]
	for n := 1; n < headWords && j < len(words) && r.sentence[j] == r.sentence[r.at[k][0]]; n++ {
		switch {
		case v.joins[words[j]] && j+1 < len(words) && r.cls[j+1].Is(lang.Article):
			j += 2 // "et le"
		case r.cls[j].Is(lang.Determiner) && !r.cls[j].Is(lang.Article) || v.joins[words[j]]:
			j++ // "de", "en", "ou"
		}
		c := -1
		if j < len(words) {
			c = r.termAt(j)
		}
		if c < 0 || r.q.Terms[c].Role != Topic {
			return
		}
		r.q.Terms[c].Head = true
		j = r.at[c][1]
	}
}

// termAt returns the topic or context term read from a span of words that
// holds word j, or -1.
func (r *reading) termAt(j int) int {
	for k, t := range r.q.Terms {
		if at := r.at[k]; at[0] <= j && j < at[1] && (t.Role == Topic || t.Role == Context) && !t.Country {
			return k
		}
	}
	return -1
}
