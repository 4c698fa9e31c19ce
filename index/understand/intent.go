package understand

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"sira/index/bambara"
	"sira/index/fold"
	"sira/index/lang"
	"sira/index/lexicon"
	"sira/seeds"
)

// Scripts a question may be written in.
const (
	ScriptLatin = "latin"
	ScriptNKo   = "nko"
)

// An Intent is what a message does: search (the zero value), or something
// else the conversation answers in kind.
type Intent string

// Intents (the intents of intents.tsv, and follow-ups).
const (
	Search   Intent = ""
	Greeting Intent = lang.IntentGreeting
	Thanks   Intent = lang.IntentThanks
	Goodbye  Intent = lang.IntentGoodbye
	Ack      Intent = lang.IntentAck // yes, no, ok: nothing asked, nothing to say it was not understood
	FollowUp Intent = "followup"     // acts on the last answer: see Follow
	// Counsellor asks for a person, or cries for help, and for nothing
	// else but a place: answered with the counsellor at once.
	Counsellor Intent = lang.IntentCounsellor
	// Introduction says who writes ("je suis conseillère EOJ à Ségou")
	// and asks nothing else but a place: acknowledged.
	Introduction Intent = lang.IntentReader
	// About asks who or what the bot is ("tu es un robot ?", "i tɔgɔ ye
	// di?"): answered plainly, with no fiche.
	About Intent = lang.IntentAbout
)

// The values of intents.tsv that are no intent of their own: a cry for
// help is answered as a request for a person when it is all the message
// says.
const help = lang.IntentHelp

// A Writer is who says they write: the zero value a person, or a
// counsellor of the EOJ network, who is shown programmes' contacts.
type Writer string

// WriterCounsellor is a counsellor ("je suis conseillère EOJ").
const WriterCounsellor Writer = "counsellor"

// A Follow is what a follow-up asks of the last answer.
type Follow struct {
	// Rank is the rank of the result asked about, from 1 ("le premier",
	// "le 2", "a fɔlɔ"); -1 the last; 0 none.
	Rank    int
	More    bool // other results ("il y a d'autres ?", "a tɔw")
	Details bool // more details ("plus d'infos", "kunnafoni")
	// Instead asks where to go in place of the places shown ("et
	// maintenant je vais où ?"): those running now.
	Instead bool
}

// signs are what a message says of itself besides its topics: its intent
// words, follow-up words and signs of distress, read from all its words
// (a story's too).
type signs struct {
	intent Intent
	// person says the message asks to talk to a person (intents.tsv
	// "counsellor"), whatever else it asks
	person bool
	// listen says the person asked for is someone to listen (intents.tsv
	// "listen")
	listen bool
	// cry holds the words of a cry for help (intents.tsv "help"), as
	// written: at a place, with no person asked, they ask what serves it
	cry []string
	// writer is who says they write (intents.tsv "reader_counsellor")
	writer Writer
	follow Follow
	// told marks the words of intents, follow-ups and dangers denied: no
	// topics
	told []bool
	// danger holds the signs of distress found, where they are
	danger []lang.Hit
	age    Age  // whom the message tells of
	grown  bool // a grown person told (Query.Grown)
	years  int  // the age told, 0 for none (toldAge)
}

// readSigns finds the intent, follow-up and distress words in a question's
// words (folded, as the question reader gives them; of classes cls) and
// its raw text (for emoji). A message that begins with a counsellor's
// label (labelled) is a counsellor's; its role word asks for no one.
func (v *vocab) readSigns(words []string, cls []lang.Class, raw, lng string, labelled bool, unknown func(string) bool) signs {
	s := signs{told: make([]bool, len(words))}
	if labelled {
		s.writer, s.told[0] = WriterCounsellor, true
	}
	for _, h := range v.Intents.FindIn(words, cls) {
		switch {
		case labelled && h.Start == 0:
			continue // "Conseiller à Kita : …" names who writes
		case h.Value == lang.IntentReader:
			// "je cherche un conseiller EOJ" names someone else.
			if h.Start > 0 && cls[h.Start-1].Is(lang.Article|lang.Determiner) {
				continue
			}
			s.writer = WriterCounsellor
		case h.Value == help || h.Value == string(Counsellor) || h.Value == lang.IntentListen:
			// A person asked for outranks a greeting ("bonjour, je
			// voudrais parler à un conseiller").
			s.intent = Counsellor
			s.person = s.person || h.Value != help
			s.listen = s.listen || h.Value == lang.IntentListen
			if h.Value == help {
				s.cry = append(s.cry, words[h.Start:h.End]...)
			}
		case h.Value == lang.IntentAbout:
			// A question about the bot outranks a greeting or thanks
			// ("bonjour, tu es un robot ?"), not a person asked.
			if s.intent != Counsellor {
				s.intent = About
			}
		case s.intent == Search, s.intent == Ack:
			// A greeting, thanks or goodbye outranks an "ok" ("ok ça
			// marche, merci": thanks).
			s.intent = Intent(h.Value)
		}
		mark(s.told, h.Start, h.End)
	}
	for _, h := range v.FollowUps.FindIn(words, cls) {
		switch h.Value {
		case lang.ActMore:
			s.follow.More = true
		case lang.ActDetails:
			s.follow.Details = true
		case lang.ActInstead:
			s.follow.Instead = true
		case lang.ActLast:
			s.follow.Rank = -1
		default:
			s.follow.Rank, _ = strconv.Atoi(h.Value)
		}
		mark(s.told, h.Start, h.End)
	}
	var aged [2]int
	s.years, aged = v.toldAge(words, cls, lng)
	switch {
	case v.child(words, cls, s.years, lng):
		s.age = AgeChild
	case s.years >= MinorAge || !slices.ContainsFunc(cls, func(c lang.Class) bool { return c.Is(lang.Young) }):
		s.age = AgeAdult // a grown person's age told outweighs a word for the young ("mon fils de 19 ans … les jeunes")
	}
	s.grown = s.age == AgeAdult && (s.years >= MinorAge || v.grown(words, cls, lng))
	phrases := v.Distress.FindIn(words, cls)
	if aged[1] > aged[0] {
		phrases = v.acrossAge(words, cls, phrases, aged)
	}
	s.danger = append(phrases, v.conceptSigns(words, cls, lng, s.age == AgeChild, phrases, unknown)...)
	denied := v.denied
	if lng == Bambara {
		denied = v.bmDenied
	}
	s.danger = slices.DeleteFunc(s.danger, func(h lang.Hit) bool {
		if denied(words, cls, h) {
			mark(s.told, h.Start, h.End) // a danger denied is told, asks no need: "u ma n gosi"
			return true
		}
		return lng != Bambara && (v.soldThing(words, cls, h) || v.keptOwn(words, cls, h))
	})
	switch {
	case s.age != AgeChild:
		// a danger only to a child (a child's work) told of a grown person
		s.danger = slices.DeleteFunc(s.danger, func(h lang.Hit) bool { return v.ChildSigns[h.Value] })
	case !v.unowned(words, cls):
		// one only to a child no one's own told of the writer's own
		s.danger = slices.DeleteFunc(s.danger, func(h lang.Hit) bool { return v.UnownedSigns[h.Value] })
	}
	besideOnly := func(h lang.Hit) bool { return v.BesideSigns[h.Value] }
	if slices.ContainsFunc(s.danger, func(h lang.Hit) bool { return !besideOnly(h) }) {
		// Money demanded beside a person held or beaten is a ransom: told,
		// no money asked of one's own ("ils le retiennent et demandent de
		// l'argent"); alone it is a price ("ils demandent de l'argent ?").
		for _, h := range s.danger {
			if besideOnly(h) {
				mark(s.told, h.Start, h.End)
			}
		}
	} else {
		s.danger = slices.DeleteFunc(s.danger, besideOnly)
	}
	if s.age == AgeChild && v.takenAway(words, cls, s.danger) {
		for i, h := range s.danger {
			if t := v.SignTaken[h.Value]; t != "" {
				s.danger[i].Value = t // armed men who took a child: recruited
			}
		}
	}
	for _, r := range raw {
		if r < v.minEmoji {
			continue // a letter, a digit: spares a look-up per character
		}
		if sign, ok := v.Emoji[string(r)]; ok {
			s.danger = append(s.danger, lang.Hit{Start: -1, End: -1, Value: sign}) // emoji: no sentence
		}
	}
	return s
}

// askedAlso reports whether a sentence after sentence s asks with a word
// of also.tsv ("… m'a dit de partir ce soir. Je voudrais aussi apprendre
// un métier"): what s tells is asked too.
func (r *reading) askedAlso(s int) bool {
	for i, w := range r.words {
		if r.sentence[i] > s && r.request[r.sentence[i]] && r.rd.v.Also[w] {
			return true
		}
	}
	return false
}

// courtesy says an intent is a greeting, thanks or a goodbye: answered
// in kind.
func (i Intent) courtesy() bool { return i == Greeting || i == Thanks || i == Goodbye }

// holdsAny reports whether the question asks a thing: something out of
// scope, or a term that asks or says who asks and names an activity or a
// trade, or a word some fiche holds or shares a stem with (Related). A
// noun alone does not: "l'" of "je l'emmène" is no article.
func (r *reading) holdsAny() bool {
	return len(r.q.OutOfScope) > 0 || slices.ContainsFunc(r.q.Terms, func(t Term) bool {
		if !t.Role.Asks() && !t.Role.Tells() {
			return false
		}
		return t.Activity || t.Trade || len(t.Related) > 0 || slices.ContainsFunc(t.Variants, r.rd.corpus.Holds)
	})
}

// maxLabel is the most words a label holds ("Conseillère EOJ de Ségou :").
const maxLabel = 5

// labelled reports whether a message begins with a counsellor's label: a
// first sentence of at most maxLabel words, ending in a colon, whose first
// word names a counsellor's role (roles.tsv: "Conseiller à Kita : …",
// "Animatrice : …"). A role after an article ("un agent m'a dit : …")
// or inside a sentence ("je cherche un conseiller") is no label. cls are
// the words' classes, sentence their sentences, ends each sentence's end
// marks.
func labelled(cls []lang.Class, sentence []int, ends []string) bool {
	n := 0
	for n < len(sentence) && sentence[n] == 0 {
		n++
	}
	return n > 0 && n <= maxLabel && cls[0].Is(lang.Role) && strings.Contains(ends[0], ":")
}

// rankWord reads a bare number, or one after an article, as a rank ("2",
// "le 5": the number a card is shown with): only in a message that is a
// follow-up. cls are the words' classes.
func rankWord(words []string, cls []lang.Class) int {
	if len(words) == 2 && cls[0].Is(lang.Article) {
		words = words[1:]
	}
	if len(words) != 1 {
		return 0
	}
	n, err := strconv.Atoi(words[0])
	if err != nil || n < 1 || n > 9 {
		return 0
	}
	return n
}

// script says how a question was written.
func script(question string) string {
	if bambara.IsNKo(question) {
		return ScriptNKo
	}
	return ScriptLatin
}

// settle decides what the message is, once its terms are read and the
// need they point to is scored: a message with nothing to search (no term
// that asks or tells who asks, no need, place, kind or fiche named) that
// asks for a person or cries for help is a request for the counsellor (so
// is one that names a place besides: "je veux parler à quelqu'un, je suis
// à Kayes", but a cry for help at a place with no person asked is a search
// of what serves it, "ne bɛ Tumutu, jɔn bɛ se ka n dɛmɛ"; not one that
// names the people the fiches serve:
// "tungarankɛ seginnenw dɛmɛ", help for returnees, asks for them); else a follow-up when it asks a part or acts on the last
// answer, else a greeting, thanks or goodbye when it says one. A message
// that asks for a person wants the counsellor whatever else it asks
// (Person).
//
// A sign told of a business's papers when its making legal is asked
// ("mon garage n'a aucun papier, comment le déclarer ?": formal) is none.
// A sign of distress within a thing asked that no partner offers
// ("assurance maladie": outOfScope) tells no danger, but one told only of
// a child does (a child's marriage: "ma fille de 14 ans, son père veut la
// marier", "a furu kɛ cɛkɔrɔba ye": violence, not a wedding asked). The message is a
// protection question (its need then protection, else the need scored)
// when a sign is told where the message asks, and the danger is urgent
// (distress_signs.tsv: sold, beaten, sleeping outside…) or no other need
// is wanted ("je suis handicapé, je veux apprendre l'informatique" wants a
// training; "pas d'argent pour l'hôpital" wants no loan), and a condition
// whose care is asked, out of scope (its remedy, distress_signs.tsv), is
// the reason for asking it ("ma mère est malade, quel hôpital est le
// meilleur ?": a hospital chosen), unless the message tells of a person
// the partners care for (served: "migrant de retour malade, quel
// hôpital ?") and asks no health advice (adviceAsked: "rentré de Libye,
// ma mère a de la fièvre, quel médicament ?" asks the remedy), and the
// sign is no part of a need the message points to
// (distress_signs.tsv within: a bed asked beside a training is the centre's
// foyer, and the training the need); or when danger
// is told in the story of a message that points to no other need and
// names no fiche. A question about programmes or donors (a counsellor's:
// "quels bailleurs financent … les enfants sortis des groupes armés ?")
// is none. A message that asks to talk to a person (Person) and tells of
// a suffering whose help is someone to listen (distress_signs.tsv listen:
// trauma, fear) is one too, whatever else it asks ("d'abord parler à
// quelqu'un, ensuite apprendre un métier"); so is one that tells of a
// child or a young person of a group a programme is made for
// (distress_signs.tsv group: "j'avais 17 ans, j'étais dans un groupe
// armé … je veux apprendre un métier": its reintegration trains too),
// even asking which programme, unless it asks donors.
func (r *reading) settle(s signs, outOfScope [][2]int, scored string) {
	q, words, v := r.q, r.words, r.rd.v
	var danger []lang.Hit
	for _, h := range s.danger {
		if slices.ContainsFunc(r.papers, func(o [2]int) bool { return o[0] < h.End && h.Start < o[1] }) {
			continue // a business's papers lacked: "un garage sans aucun papier, comment le déclarer ?"
		}
		if h.Start >= 0 && !slices.ContainsFunc(r.claims[h.Start:h.End], func(c claim) bool { return c != claimAsked }) {
			continue // a part asked: "je peux venir seul sans mes parents ?" asks a condition of entry
		}
		if s.age == AgeChild && v.childConcept(h.Words) || !slices.ContainsFunc(outOfScope, func(o [2]int) bool { return o[0] <= h.Start && h.End <= o[1] }) {
			danger = append(danger, h)
		}
	}
	for _, h := range danger {
		if !slices.Contains(q.Distress, h.Value) {
			q.Distress = append(q.Distress, h.Value)
		}
	}
	nothing := !q.names() && scored == "" && q.Kind == "" && len(q.Named) == 0 // but a place, perhaps
	empty := nothing && q.Place == nil
	follow := s.follow
	if follow == (Follow{}) && empty {
		follow.Rank = rankWord(words, r.cls)
	}
	q.Person = s.person
	q.Writer = s.writer
	switch {
	case len(q.Distress) > 0:
	case nothing && s.intent == Counsellor && (s.person || q.Place == nil):
		if !slices.ContainsFunc(q.Terms, func(t Term) bool { return t.Public }) {
			q.Intent = Counsellor
		}
	case nothing && s.writer != "" && len(q.Terms) == 0 && follow == Follow{} && q.Asked == "":
		q.Intent = Introduction
	case empty && (follow != Follow{} || q.Asked != ""):
		q.Intent, q.Follow = FollowUp, follow
	case empty:
		q.Intent = s.intent
	case s.intent.courtesy() && q.Place == nil && follow == Follow{} && q.Asked == "" && scored == "" && q.Kind == "" && len(q.Named) == 0 && !r.holdsAny():
		// "merci je l'emmène", "a ni ce, n bɛ taa yen": thanks or a
		// goodbye, and words no fiche holds — what the person will do,
		// not a thing to search.
		q.Intent = s.intent
	case follow.Details && len(q.Named) == 1 && q.Asked == "":
		q.Follow = follow // "plus de détails sur la GIZ": that fiche's details
	}
	noNeed := scored == "" || scored == seeds.NeedProtection || r.forThing && scored == seeds.NeedFinance
	other := "" // a need of its own the message asks beside a danger
	if !(r.forThing && scored == seeds.NeedFinance) {
		other = r.scores.askedBeside()
	}
	// storyOther is the need another sentence asks beside a danger told
	// in one that asks nothing: the one a want word asks, else the need
	// the message points to when a sentence asks ("il a été battu … Il
	// veut maintenant une formation", "jveu faire la coiffure").
	storyOther := other
	if storyOther == "" && scored != seeds.NeedProtection && slices.Contains(r.request, true) {
		storyOther = scored
	}
	whole := false // a sign makes the whole answer protection's (no Beside)
	served := r.served(danger)
	within := ""
	// beside: a thing out of scope is asked outside every sign's words
	// ("on m'a volé mon passeport": the passport is what was taken, the
	// danger's own, not a thing asked beside it); health advice asked is
	// beside every sign, its words the condition's own ("quel médicament").
	beside := r.advised || slices.ContainsFunc(r.outAsked, func(sp [2]int) bool {
		return !slices.ContainsFunc(danger, func(h lang.Hit) bool { return h.Start >= 0 && h.Start < sp[1] && sp[0] < h.End })
	})
	askedApart := slices.ContainsFunc(r.outAsked, func(sp [2]int) bool { return r.request[r.sentence[sp[0]]] })
	for _, h := range danger {
		asks := h.Start < 0 || r.request[r.sentence[h.Start]] || r.askedAlso(r.sentence[h.Start])
		if q.Knowledge != "" && (!asks || !v.Urgent[h.Value]) {
			continue // a sign told in the story of knowledge asked, or no urgency (askedKnowledge): the story
		}
		remedied := slices.ContainsFunc(v.Remedy[h.Value], func(c string) bool { return slices.Contains(q.OutOfScope, c) })
		if !asks && askedApart && !remedied && noNeed && !v.Urgent[h.Value] && !r.destitute() {
			// A sign that is no urgency, told in a sentence that asks
			// nothing, and a thing out of scope asked in a sentence that
			// asks, not its care (a complaint is unpaid work's): the
			// story, whoever tells it ("expulsé de Libye l'an dernier …
			// je veux devenir policier").
			continue
		}
		if (!served || r.advised) && (remedied || beside && noNeed && !v.Urgent[h.Value]) && !(r.cared(v.Remedy[h.Value]) && r.destitute()) {
			// The condition's care asked, out of scope: the care is what
			// is wanted. So is a thing out of scope asked beside a sign
			// that is no urgency, told by no one the partners serve, in a
			// message that wants no other need ("la pension de retraite
			// de mon père décédé", "mon orange money est bloqué"): the
			// sign tells why, the thing is asked. But care asked with
			// the means told lacked is a person in need ("pas d'argent
			// pour l'hôpital"): the protection actors' assistance.
			continue
		}
		if w := v.SignWithin[h.Value]; w != "" && r.scores.of(w).score > 0 && !slices.ContainsFunc(danger, func(o lang.Hit) bool { return v.SignWithin[o.Value] == "" && v.Urgent[o.Value] }) {
			within = w // a part of the need asked: a bed beside a training is its foyer, but for one who tells an urgent danger too (no roof)
			continue
		}
		listen := s.person && v.Listen[h.Value]                   // someone to talk to, for suffering told: psychosocial support
		group := s.age != AgeAdult && v.SignGroups[h.Value] != "" // a child of a group a programme is made for
		// A programme asked for such a child ("il veut apprendre un
		// métier et être protégé. quel programme ?") is that child's
		// protection, whose programmes come after the actors; donors
		// asked are a counsellor's question.
		danger := !q.Programmes || group && !q.Donors
		q.Endangered = q.Endangered || danger
		// An urgent danger told in the story beside another need wanted
		// ("on m'a vendu en Algérie. … je veux apprendre la couture")
		// comes first as one told where it asks does: the protection
		// actors, the need wanted beside them (Beside).
		story := !asks && v.StorySigns[h.Value] && storyOther != "" && len(q.Named) == 0
		if danger && (listen || group || asks && (v.Urgent[h.Value] || noNeed || !r.scores.of(scored).asks) || !asks && noNeed && len(q.Named) == 0 || story) {
			q.Distressed = true
			whole = whole || listen || group || !story && (other == "" || !asks) || !v.Urgent[h.Value]
		}
	}
	if q.Distressed && !whole {
		q.Beside = cmp.Or(other, storyOther) // the danger urgent where the message asks another need of its own
	}
	if !q.Distressed && s.listen && !q.Programmes && r.returnTold() {
		// Someone to listen asked by one come back ("je suis rentré de
		// Libye, j'ai besoin que quelqu'un m'écoute"): what they lived,
		// whose help is the protection actors' psychosocial support.
		q.Distressed, q.Endangered = true, true
		if !slices.Contains(q.Distress, lang.SignTrauma) {
			q.Distress = append(q.Distress, lang.SignTrauma)
		}
	}
	q.Need = scored
	switch {
	case q.Distressed:
		q.Need = seeds.NeedProtection
	case within != "" && scored == seeds.NeedProtection:
		q.Need = within // the bed pointed to protection; it is the training's
	}
	q.Age, q.Years, q.Grown = s.age, s.years, s.grown
	q.Kin = slices.ContainsFunc(r.cls, func(c lang.Class) bool { return c.Is(lang.Relative) })
	q.Foreign = r.foreign()
	if q.Foreign && q.Need == "" && r.helpAsked && q.Intent == Search && q.Kind == "" && q.Knowledge == "" && len(q.Named) == 0 && len(q.OutOfScope) == 0 && !q.Programmes && !q.Donors {
		// A person from abroad who asks help and names no need ("je suis
		// burkinabè à Gao, qui peut m'aider ?"): the fiches that serve
		// people from abroad are the protection actors' (migrants in
		// transit, refugees); the others serve Malians.
		q.Need = seeds.NeedProtection
	}
	if q.Need == seeds.NeedJob {
		q.Placed, q.Unplaced = r.jobAbroad()
	}
}

// returnTold reports whether the message tells a return from abroad: a
// word of return.tsv, or in Bambara a word whose glosses name the people
// come back (Query.Public, not the young).
func (r *reading) returnTold() bool {
	return slices.ContainsFunc(r.cls, func(c lang.Class) bool { return c.Is(lang.Return) }) ||
		r.lang == Bambara && slices.ContainsFunc(r.q.Public, func(w string) bool { return !r.rd.v.Words.Is(w, lang.Young) })
}

// jobAbroad reads the countries abroad the message asks about by their
// name as where the thing asked is (a topic: "un emploi au Canada"; a
// destination right after a word of a job, "aller travailler au Canada",
// "ka taa baara kɛ Esipanyi"; not another destination, "il veut aller en
// Libye, un travail ici", nor a people's adjective): placed when one is
// where a partner places workers (placement.tsv), unplaced when each is
// one where none does.
func (r *reading) jobAbroad() (placed, unplaced bool) {
	for k, t := range r.q.Terms {
		if !t.Country || t.Source == Typed || t.Role != Topic && !(t.Role == Destination && r.workedAt(r.at[k][0])) {
			continue
		}
		if r.rd.v.Placement[fold.String(t.Variants[0])] {
			placed = true
		} else {
			unplaced = true
		}
	}
	return placed, unplaced && !placed
}

// workedAt reports whether a word of a job comes at most objectWindow
// words before word i, in its sentence: a destination the job is asked in
// ("aller travailler au Canada", "ka taa baara kɛ Kanada"; not "aller en
// Libye, … un travail ici"). A word of a job is a French need word's, or
// a term's whose need is a job (a Bambara gloss: baara, travail).
func (r *reading) workedAt(i int) bool {
	for j := i - 1; j >= 0 && j >= i-objectWindow && r.sentence[j] == r.sentence[i]; j-- {
		if k := r.termAt(j); r.needs[j] == seeds.NeedJob || k >= 0 && r.q.Terms[k].Need == seeds.NeedJob {
			return true
		}
	}
	return false
}

// cared reports whether one of the concepts out of scope is a condition's
// care (care.tsv).
func (r *reading) cared(concepts []string) bool {
	for _, c := range r.rd.v.Care {
		if slices.Contains(concepts, c) {
			return true
		}
	}
	return false
}

// destitute reports whether the message tells the means lacked: a word of
// lack at most lackBefore words before a word of means (means.tsv: "pas
// d'argent", "pas un sou", "on n'a pas les moyens"), in Bambara within
// lackAround words of it ("wari tɛ n bolo").
func (r *reading) destitute() bool {
	for i, w := range r.words {
		if r.rd.v.Means[w] && lacked(r.cls, i, r.q.Lang) {
			return true
		}
	}
	return false
}

// foreign reports whether the message tells a person's nationality abroad:
// a country's adjective (abroad.tsv) right after a form of être or a noun
// of a person ("je suis guinéen", "une femme nigériane", "des migrants
// burkinabè"), or the asker's own ("moi ivoirien"; for_me.tsv, not a
// possessive); not "un diplôme français"; or a determiner between
// ("nous sommes des Nigériens", "les Ivoiriens"); a plural read
// as its singular (plural_endings.tsv); one that begins its sentence, the
// person who tells ("Guinéenne avec 2 enfants, …"); or, in a message that
// tells no return (return.tsv), a country abroad right after a word of
// origin after a word of coming that tells none (came_here.tsv: "un garçon
// venu du Burkina"; not "revenu de Libye", "expulsé d'Algérie, venu du
// Niger").
func (r *reading) foreign() bool {
	people := lang.Being | lang.Person | lang.Relative | lang.Minor | lang.Young | lang.Public
	of := func(j int) bool { // a word of people, or of a group of them, at j
		return r.cls[j].Is(people) || r.sets[j].Is(lang.InCollectives) || r.rd.v.ForMe[r.words[j]] && !r.cls[j].Is(lang.Determiner)
	}
	came := false
	for i := 0; i < len(r.words); i++ {
		first := func(j int) bool { return j == 0 || r.sentence[j-1] != r.sentence[j] } // begins its sentence
		if r.peoples(r.words[i]) && (first(i) || of(i-1) || r.cls[i-1].Is(lang.Determiner) && (first(i-1) || of(i-2))) {
			return true
		}
		came = came || i > 1 && r.rd.v.CameHere[r.words[i-2]] && r.cls[i-1].Is(lang.From) && r.claims[i] == claimCountry
	}
	return came && !slices.ContainsFunc(r.cls, func(c lang.Class) bool { return c.Is(lang.Return) })
}

// peoples reports whether a French word is a country's adjective, or one
// with a plural ending ("nigériens", "guinéennes"): a people named.
func (r *reading) peoples(w string) bool {
	return r.rd.abroad.Adjective(w) || slices.ContainsFunc(r.rd.v.PluralEndings, func(e string) bool {
		return strings.HasSuffix(w, e) && r.rd.abroad.Adjective(strings.TrimSuffix(w, e))
	})
}

// collective reports whether the message tells that a group asks: a word
// of fr/collectives.tsv after a form of être or a possessive at most
// collectiveWindow words before it ("nous sommes un groupement de
// femmes", "notre coopérative"), or among the first collectiveWindow+1
// words of its sentence, the subject ("Groupement de jeunes éleveurs à
// Mopti : …", "Conseillère EOJ : une association de femmes …"), and not
// brought by a relative clause, which says the group sought ("une
// association qui aide les migrants"); in Bambara, a word of
// bm/collectives.tsv after a pronoun at most collectiveWindow+1 words
// before it ("an ye musow ka tɔn ye", "an ka jɛkulu"). A word of a fiche's
// name named is that fiche ("l'Association des Maliens Expulsés").
func (r *reading) collective() bool {
	v := r.rd.v
	for i, s := range r.sets {
		if r.namedAt(i) {
			continue
		}
		if r.lang == Bambara {
			if s.Is(lang.InBmCollectives) && slices.ContainsFunc(r.cls[max(0, i-collectiveWindow-1):i], func(c lang.Class) bool { return c.Is(lang.Pronoun) }) {
				return true
			}
			continue
		}
		if !s.Is(lang.InCollectives) || i+1 < len(r.words) && r.words[i+1] == v.relative {
			continue
		}
		start := i
		for start > 0 && r.sentence[start-1] == r.sentence[i] {
			start--
		}
		if i-start <= collectiveWindow || slices.ContainsFunc(r.cls[max(start, i-collectiveWindow):i], func(c lang.Class) bool { return c.Is(lang.Being | lang.Possessive | lang.Mine) }) {
			return true
		}
	}
	return false
}

// unschooled reports whether a message tells the person lacks the school
// diploma, and whether it tells they cannot read: a word of unlettered.tsv
// tells both ("analphabète", "kalanbali"); a word of literacy.tsv told
// lacked (toldLacked) tells both ("elle ne sait ni lire ni écrire", "n tɛ
// se ka sɛbɛnni kɛ"); a word of school_diploma.tsv told lacked
// (diplomaLacked) tells the first. A word of literacy.tsv that is the
// trade a request to learn names (Term.Head: "apprendre à lire et écrire
// pour les grands", "il veut apprendre à lire avant un métier") tells
// both too: reading is what the person lacks and asks; "quelle sourate
// lire" asks no learning.
func (r *reading) unschooled() (unschooled, unlettered bool) {
	for i, s := range r.sets {
		switch {
		case s.Is(lang.InUnlettered), s.Is(lang.InLiteracy) && (r.toldLacked(i) || r.headAt(i)):
			return true, true
		case r.diplomaLacked(i):
			unschooled = true
		}
	}
	return unschooled, false
}

// headAt reports whether word i is read in the trade a request to learn
// names (Term.Head).
func (r *reading) headAt(i int) bool {
	for k, t := range r.q.Terms {
		if t.Head && r.at[k][0] <= i && i < r.at[k][1] {
			return true
		}
	}
	return false
}

// diplomaLacked reports whether word i is a word of school_diploma.tsv
// told lacked (toldLacked).
func (r *reading) diplomaLacked(i int) bool {
	return r.sets[i].Is(lang.InSchoolDiploma) && r.toldLacked(i)
}

// toldLacked reports whether word i is told lacked: in French, a word of
// lack.tsv or failed.tsv at most unschooledGap words before it in its
// sentence ("il a pas eu le DEF", "je n'ai pas de diplôme", "échoué au
// DEF", "elle n'est jamais allée à l'école"); in Bambara, tɛ or ma there
// ("n ma DEF sɔrɔ", "n ma lakɔli kɛ"), or tɛ right after it (negatedAfter:
// "dipulɔmu tɛ n bolo").
func (r *reading) toldLacked(i int) bool {
	v := r.rd.v
	bambara := r.lang == Bambara
	for j := i - 1; j >= 0 && j >= i-unschooledGap && r.sentence[j] == r.sentence[i]; j-- {
		if bambara && (r.words[j] == v.bmNot || r.words[j] == v.bmPastNot) || !bambara && (r.cls[j].Is(lang.Lack) || r.sets[j].Is(lang.InFailed)) {
			return true
		}
	}
	return bambara && r.negatedAfter(lexicon.Match{Start: i, End: i + 1})
}

// diplomaTold claims as story a school diploma a Bambara message tells
// lacked (diplomaLacked) with a word of wanting or learning past its
// clause ("dipulɔmu tɛ n bolo, n b'a fɛ ka kalali dege", "n ma DEF sɔrɔ, n
// b'a fɛ ka baara dege"): it tells who asks, not what is asked, and a
// school whose text names the DEF is no better answer for a person
// without it (Query.Unschooled ranks the schools that take them first).
// Lacked with nothing else wanted it may be what is asked ("dipulɔmu tɛ n
// bolo. n bɛ se k'a sɔrɔ min?").
func (r *reading) diplomaTold() {
	for i := range r.words {
		if r.diplomaLacked(i) && slices.ContainsFunc(r.cls[min(len(r.cls), i+lackWindow+1):], func(c lang.Class) bool { return c.Is(lang.Want | lang.Learn) }) {
			r.claim(i, i+1, claimStory)
		}
	}
}

// unschooledGap is how many words before the diploma a word of lack may
// stand: "il n'a pas eu le DEF", "elle n'est jamais allée à l'école".
const unschooledGap = 4

// served reports whether the message tells of a person the protection
// partners care for: a migrant, a return or a journey (public.tsv,
// journey.tsv: in a word, or a Bambara word's glosses, "tungarankɛ":
// émigrant, migrant), a country come from ("rentré de Libye"), or a
// country or a town abroad (abroad.tsv) where a danger told happened: named
// at most dangerPlaceWindow words from it, in its sentence, not after a
// word of going ("perdu mon passeport à Tamanrasset", "n ka pasipɔri
// tununna Alijɛri"; not "n ka pasipɔri tununna sugu la, n ka kan ka taa
// Dakar", "mon frère en Libye n'envoie rien").
func (r *reading) served(danger []lang.Hit) bool {
	for i, c := range r.cls {
		// A word of the people served within a sign's own words tells
		// the sign ("je suis réfugié": displaced), not who else is served.
		if c.Is(lang.Public|lang.Journey) && !slices.ContainsFunc(danger, func(h lang.Hit) bool { return h.Start <= i && i < h.End }) {
			return true
		}
	}
	if r.public {
		return true
	}
	for k, t := range r.q.Terms {
		if !t.Country || t.Role == Destination {
			continue
		}
		start, end := r.at[k][0], r.at[k][1]
		if shortlyAfter(r.cls, start, lang.Go) {
			continue
		}
		if t.Role == Who {
			return true
		}
		if slices.ContainsFunc(danger, func(h lang.Hit) bool {
			return h.Start >= 0 && r.sentence[h.Start] == r.sentence[start] &&
				(start >= h.End && start-h.End < dangerPlaceWindow || end <= h.Start && h.Start-end < dangerPlaceWindow)
		}) {
			return true
		}
	}
	return false
}

// beastSigns splits the signs of distress a message tells into a
// person's and a beast's (fr/beasts.tsv, bm/beasts.tsv): a sign is a
// beast's when, walking back from it through the message, a beast is
// named before any person (a noun of a person, a relative, a spouse, a
// pupil, the young, a minor, the people the fiches serve, a first-person
// subject pronoun of the message's language): "ma vache ne mange plus",
// "une chèvre est tombée, elle ne se relève plus", "n ka misi banana". A
// third-person pronoun stands for the one named before it; a person after
// a word of origin is whose the beast is ("les pintades de mon père
// meurent"; "n ka misi", my cow, names the beast after its owner). A sign
// whose own words name a person, or one with a beast's concept of none
// (distress_signs.tsv beast: a theft), stays the person's; so does one
// before which no beast is named.
func (r *reading) beastSigns(signs []lang.Hit) (person, beast []lang.Hit) {
	v := r.rd.v
	first := v.first
	if r.q.Lang == Bambara {
		first = v.bmFirst
	}
	persons := lang.Person | lang.Relative | lang.Spouse | lang.Pupil | lang.Young | lang.Minor | lang.Public | lang.Return
	isPerson := func(i int) bool { return r.cls[i].Is(persons) || first[r.words[i]] }
	of := func(h lang.Hit) bool {
		if h.Start < 0 || v.SignBeast[h.Value] == "" || slices.ContainsFunc(r.words[h.Start:h.End], func(w string) bool { return first[w] }) {
			return false
		}
		for i := h.Start - 1; i >= 0; i-- {
			switch {
			case v.beast(r.words[i]):
				return true
			case isPerson(i) && !r.whoseBeast(i):
				return false
			}
		}
		return false
	}
	for _, h := range signs {
		if of(h) {
			beast = append(beast, h)
		} else {
			person = append(person, h)
		}
	}
	return person, beast
}

// whoseBeast reports whether the person at words[i] comes after a word of
// origin, a possessive or an article between ("de mon père"): a
// complement, whose the thing before is, not who the sign is told of.
func (r *reading) whoseBeast(i int) bool {
	j := i - 1
	if j >= 0 && r.cls[j].Is(lang.Article|lang.Determiner|lang.Possessive|lang.Mine) {
		j--
	}
	return j >= 0 && r.cls[j].Is(lang.From)
}

// toldAge reads the age a message tells, in years: in French a number
// followed by the word for years right after a word of age_told.tsv not
// itself after one of age_time.tsv ("j'ai 14 ans"; not "il y a 5 ans"), or
// after a word of age_of.tsv after a person, or a person and one word, or a
// word of age_told.tsv ("mon fils de 15 ans", "un homme de 47 ans", "un jeune Ivoirien de 19 ans",
// "âgé de 19 ans"; not "une formation de 3 ans"); in Bambara one after the word for a
// year, or after the copula whose subject is that word or one of
// age_told.tsv ("a san ye 24 ye"), followed by the copula (or, the year a
// pronoun's or a person's, by a new clause — a pronoun, or a noun and
// the perfective's ye — or the end: "n san ye 15, n bɛ …") or with a word of
// age_told.tsv at most two words before ("n si ye san 14 ye"; not "n ye san
// 3 kɛ Libi"); or, before a new clause or the end, after the copula that
// follows a person named ("n denmuso ye san 14, a fa …") or right after a
// noun of a person and the year ("n dɔgɔkɛ san 19, u y'a feere"; not "n
// balimakɛ san 5 baara kɛ"). 0 when none; the first when several. In
// Bambara, aged holds where the year and number stand when they are told
// right after the person (acrossAge), else two zeros.
func (v *vocab) toldAge(words []string, cls []lang.Class, lng string) (years int, aged [2]int) {
	for i, w := range words {
		if i == 0 {
			continue
		}
		var n, end int
		// "san 15", or "san ye 15 ye": the year, or the copula after it
		// or after a word of age, right before the number.
		bmYear := lng == Bambara && (words[i-1] == v.year || i >= 2 && words[i-1] == v.copula && (words[i-2] == v.year || cls[i-2].Is(lang.AgeTold)))
		switch {
		case bmYear && w != "" && (w[0] < '0' || w[0] > '9'):
			n, end = v.bmNumber(words, i) // "san tan ni saba": in words
		case w == "" || w[0] < '1' || w[0] > '9':
			continue // no number: spares Atoi's error
		default:
			var err error
			if n, err = strconv.Atoi(w); err != nil {
				continue
			}
			end = i + 1
		}
		if n == 0 || n > maxAge {
			continue
		}
		next := ""
		if end < len(words) {
			next = words[end]
		}
		switch {
		case bmYear:
			if next == v.copula || slices.ContainsFunc(cls[max(0, i-3):i-1], func(c lang.Class) bool { return c.Is(lang.AgeTold) }) {
				return n, aged
			}
			// "n denmuso ye san 14, a fa …": the closing copula left out,
			// as phones write it, after a person named and before a new
			// clause (a pronoun) or the end. "n dɔgɔkɛ san 19, u …",
			// "denmusonin dɔ san 13 bɔra …": the year right after a
			// person named, or after one and "dɔ" (some), is theirs
			// before any word but the verb of doing close after it;
			// "n ye san 3 kɛ Libi", "n balimakɛ ye san 5 baara kɛ",
			// "n balimakɛ san 5 baara kɛ" (spent, worked years) are times.
			// A new clause begins with a pronoun, or with a noun the
			// perfective's ye follows ("n denkɛ san ye 16, polisi y'a ka
			// sɛbɛnw ta").
			clauseEnds := end == len(words) || cls[end].Is(lang.Pronoun) || end+1 < len(words) && words[end+1] == v.copula
			person := func(c lang.Class) bool { return c.Is(lang.Person | lang.Minor | lang.Young) }
			// owned reports whether words[j] is whose the year is: a
			// pronoun or a person named, or one and "dɔ" (some).
			owned := func(j int) bool {
				return j >= 0 && (cls[j].Is(lang.Pronoun) || person(cls[j]) || words[j] == v.bmSome && j >= 1 && person(cls[j-1]))
			}
			// "n san ye 15, n bɛ …", "npogotigi dɔ san ye 14": the year
			// of a pronoun or a person the copula's subject, its closing
			// copula left out before a new clause or the end.
			if words[i-1] == v.copula && words[i-2] == v.year && clauseEnds && owned(i-3) {
				return n, aged
			}
			if words[i-1] != v.year || i < 2 {
				break
			}
			named := person(cls[i-2]) || i >= 3 && words[i-2] == v.bmSome && person(cls[i-3])
			if named && (clauseEnds || !slices.Contains(words[end:min(len(words), end+3)], v.bmBecome)) {
				return n, [2]int{i - 1, end}
			}
			if clauseEnds && i >= 3 && words[i-2] == v.copula && !cls[i-3].Is(lang.Pronoun) {
				return n, aged
			}
		case lng != Bambara && next == v.years:
			before := lang.Class(0)
			if i >= 2 {
				before = cls[i-2]
			}
			// The person may have one word between it and the word of
			// age, its adjective ("un jeune Ivoirien de 19 ans").
			person := lang.Relative | lang.Minor | lang.Young
			if cls[i-1].Is(lang.AgeTold) && !before.Is(lang.AgeTime) && !v.atAge(words, cls, i-1) || cls[i-1].Is(lang.AgeOf) && (before.Is(person|lang.Person|lang.AgeTold) || i >= 3 && cls[i-3].Is(person|lang.Person) && !before.Is(lang.Function)) {
				return n, aged
			}
		}
	}
	return 0, aged
}

// acrossAge adds to the dangers found (found, of Distress.FindIn) those
// that the age told right after a person (words[aged[0]:aged[1]], "san
// 25") splits: the person and the verb after the age are read together,
// as without it ("n balimamuso san 25 feerela": "balimamuso feere", a
// sister sold). The dangers stay in the order of their first word.
func (v *vocab) acrossAge(words []string, cls []lang.Class, found []lang.Hit, aged [2]int) []lang.Hit {
	cut, n := aged[0], aged[1]-aged[0]
	for _, h := range v.Distress.FindIn(slices.Concat(words[:cut], words[aged[1]:]), slices.Concat(cls[:cut], cls[aged[1]:])) {
		if h.Start >= cut || h.End <= cut {
			continue // found without the cut too
		}
		h.End += n
		if !slices.ContainsFunc(found, func(f lang.Hit) bool { return f.Start < h.End && h.Start < f.End }) {
			found = append(found, h)
		}
	}
	slices.SortStableFunc(found, func(a, b lang.Hit) int { return a.Start - b.Start })
	return found
}

// bmNumber reads a Bambara number written in words from words[i]
// (bm/numbers.tsv): a unit, tan or mugan, or the tens word before a unit
// ("bi saba", thirty), joined by the word for and ("tan ni saba",
// thirteen). It returns the number and the index of the word after it, or
// 0 when words[i] begins none.
func (v *vocab) bmNumber(words []string, i int) (n, end int) {
	for end = i; end < len(words); {
		term, next := v.Numbers[words[end]], end+1
		if words[end] == v.bmTens && next < len(words) && v.Numbers[words[next]] < 10 {
			term, next = 10*v.Numbers[words[next]], next+1
		}
		if term == 0 {
			break
		}
		n, end = n+term, next
		if end+1 >= len(words) || words[end] != v.bmAnd || v.Numbers[words[end+1]] == 0 && words[end+1] != v.bmTens {
			break
		}
		end++ // "ni": another term follows
	}
	return n, end
}

// atAge reports whether words[i] is the French word for has written as
// "à" is once folded, before a number of years: "à" (an age at a time, "à
// 17 ans j'ai pris la route", "j'ai quitté Kayes à 17 ans"), unless a
// subject stands right before it (has_subjects.tsv) or a person within
// the two words before it ("il a 17 ans", "mon fils aîné a 17 ans"). The
// age then is not the person's now.
func (v *vocab) atAge(words []string, cls []lang.Class, i int) bool {
	if words[i] != v.has {
		return false
	}
	person := lang.HasSubject | lang.Relative | lang.Minor | lang.Young | lang.Person | lang.Spouse | lang.Pupil
	return !slices.ContainsFunc(cls[max(0, i-2):i], func(c lang.Class) bool { return c.Is(person) })
}

// denied reports whether a French danger found (h) is denied: a past
// participle, or one after "ni", with the negation or its "neither"
// (grammar.tsv not, nor) at most lackBefore words before it, with no other word of lack between or within it
// ("personne ne m'a volé ni frappé"; not "on ne m'a pas payé", "il ne
// mange plus", whose lack is the danger), and no concept told lacked.
func (v *vocab) denied(words []string, cls []lang.Class, h lang.Hit) bool {
	if h.Start < 1 {
		return false
	}
	if b := words[h.Start-1]; b != v.has && b != v.frNor && !cls[h.Start-1].Is(lang.Auxiliary) {
		return false // a present negated tells a lack: "je ne connais personne"
	}
	for j := h.Start - 1; j >= max(0, h.Start-lackBefore); j-- {
		if words[j] == v.frNot || words[j] == v.frNor {
			for k := j + 1; k < h.End; k++ {
				if cls[k].Is(lang.Lack) && words[k] != v.frNot && words[k] != v.frNor {
					return false
				}
			}
			// Last: the concepts are read one by one, and few hits get here.
			return !v.lackedConcept(h.Words)
		}
	}
	return false
}

// soldThing reports whether a French danger found (h) ends in a word of
// selling (sell.tsv) followed by an article or an indefinite, or by a
// possessive and no relative: the thing sold to the person, or the one
// the pronoun stands for, is named ("il nous a vendu des contrats", "un
// garagiste m'a vendu une voiture", "combien on l'a vendue ta moto": a
// sale, perhaps a fraud), no person sold ("ils m'ont vendu à un patron",
// "vendue comme bonne", "on l'a vendue sa fille").
func (v *vocab) soldThing(words []string, cls []lang.Class, h lang.Hit) bool {
	if h.Start < 0 || h.End >= len(words) || !cls[h.End-1].Is(lang.Sell) {
		return false
	}
	if cls[h.End].Is(lang.Possessive) {
		return h.End+1 < len(words) && !cls[h.End+1].Is(lang.Relative|lang.Person)
	}
	return cls[h.End].Is(lang.Article) || v.Indefinites[words[h.End]]
}

// keptOwn reports whether French papers kept (h) are kept by the writer:
// a first-person subject (grammar.tsv i, i_elided, we) right before the
// verb, or before its auxiliary ("j'ai gardé tous mes papiers", "je garde
// mon passeport"): the person has them, no one holds them from them.
func (v *vocab) keptOwn(words []string, cls []lang.Class, h lang.Hit) bool {
	if h.Value != lang.SignPapersKept || h.Start < 1 {
		return false
	}
	s := h.Start - 1
	if cls[s].Is(lang.Auxiliary) && s > 0 {
		s--
	}
	return v.first[words[s]]
}

// bmDenied reports whether a Bambara danger found (h) is denied: a
// negation (grammar.tsv not, past_not: tɛ, ma) before the danger's last
// word, its verb, at most lackBefore words before the danger, with only
// the verb's object between — pronouns or words no grammar list holds
// ("u ma n gosi", "mɔgɔ si ma n bugɔ", "n denkɛ ma tunun", "n ma siran").
// A danger whose own words hold the negation is a lack ("ma n sara":
// unpaid; "so tɛ": no roof; "hakili tɛ sigi"), as is a concept told
// lacked ("n ma se ka sunɔgɔ"); a negation with a marker between ("… n
// ma, u ye n gosi": to me) denies nothing.
func (v *vocab) bmDenied(words []string, cls []lang.Class, h lang.Hit) bool {
	last := h.End - 1
	if last < 0 || v.lackedConcept(h.Words) || slices.ContainsFunc(strings.Fields(h.Words), func(w string) bool { return w == v.bmNot || w == v.bmPastNot }) {
		return false
	}
	for j := last - 1; j >= max(0, h.Start-lackBefore); j-- {
		if words[j] == v.bmNot || words[j] == v.bmPastNot {
			return true
		}
		if cls[j].Is(lang.Strong) && !cls[j].Is(lang.Pronoun) {
			return false // a marker: another clause
		}
	}
	return false
}

// maxAge is the oldest age read as told: a larger number of years is no
// person's age.
const maxAge = 99

// MinorAge is the age under which a person is a child (majority).
const MinorAge = 18

// child reports whether the words (of classes cls) tell of a child: a word
// of minors.tsv, unless the message tells of a family — a word of
// minors.tsv after a possessive or "avec" (possessives.tsv: "mes deux
// enfants", "une femme avec deux enfants") or joined to a grown person
// (joinedGrown: "des femmes et des enfants"), or a husband or a wife
// (spouses.tsv: "son mari la frappe"), whose words for a child are the
// family's ("… nourrir les enfants", "on entend les enfants pleurer") — a
// pupil (pupils.tsv: "une de mes élèves", whoever's); not one after a word
// of lacking (without.tsv: "elle vit seule, sans enfants"), nor one a grown
// person's age is told of (toldGrown: "un garçon de 19 ans"); or an age under
// MinorAge: in French a number of years not after a word of time ("15
// ans"; not "pendant 2 ans", "il y a 2 ans": age_time.tsv); in Bambara an
// age told (toldAge: "a si ye san 13 ye"; not "n ye baara kɛ a ye fu san
// 2", two years).
func (v *vocab) child(words []string, cls []lang.Class, years int, lng string) bool {
	if years > 0 && years < MinorAge {
		return true
	}
	child, family := false, false
	for i, w := range words {
		if cls[i].Is(lang.Pupil) {
			return true // a teacher's pupil, not a family's child
		}
		family = family || v.spouse(words, cls, i, lng)
		if v.minor(w, cls[i]) && (i == 0 || !cls[i-1].Is(lang.Without)) && !v.toldGrown(words, cls, i) { // "vit seule, sans enfants": none told
			if slices.ContainsFunc(cls[max(0, i-2):i], func(c lang.Class) bool { return c.Is(lang.Possessive) }) || possessed(cls, i) || v.joinedGrown(words, i) {
				family = true
			} else {
				child = true
			}
		}
		if w == "" || strings.IndexByte("0123456789+-", w[0]) < 0 || i+1 == len(words) || words[i+1] != v.years {
			continue // no number of years: spares Atoi's error
		}
		if n, err := strconv.Atoi(w); err != nil || n >= MinorAge || n < 1 || i > 0 && cls[i-1].Is(lang.AgeTime) || i > 1 && cls[i-1].Is(lang.AgeTold) && cls[i-2].Is(lang.AgeTime) || i > 0 && v.atAge(words, cls, i-1) {
			continue
		}
		return true
	}
	return child && !family
}

// joinedGrown reports whether the word at i is joined to a noun of a grown
// person (grown.tsv) by a word of alongside.tsv, on either side, each at
// most two words from the other ("des femmes et des enfants", "musow ni
// denmisɛnw", "les enfants et leurs mères").
func (v *vocab) joinedGrown(words []string, i int) bool {
	for j := max(0, i-2); j <= min(len(words)-1, i+2); j++ {
		if j == i || !v.Alongside[words[j]] {
			continue
		}
		from, to := j-2, j-1 // the grown person before the joining word
		if j > i {
			from, to = j+1, j+2 // or after it
		}
		for k := max(0, from); k <= min(len(words)-1, to); k++ {
			if k != i && v.Grown[words[k]] {
				return true
			}
		}
	}
	return false
}

// toldGrown reports whether the word at i is followed by a grown
// person's age told of it, a word of age_of.tsv, a number of MinorAge or
// more and the word for years: "un garçon de 19 ans" is a young man.
func (v *vocab) toldGrown(words []string, cls []lang.Class, i int) bool {
	if i+3 >= len(words) || !cls[i+1].Is(lang.AgeOf) || words[i+3] != v.years {
		return false
	}
	n, err := strconv.Atoi(words[i+2])
	return err == nil && n >= MinorAge && n <= maxAge
}

// grown reports whether the words (of classes cls) of a message in
// language lng name a grown person: a husband or a wife (spouse) or a
// noun of grown.tsv.
func (v *vocab) grown(words []string, cls []lang.Class, lng string) bool {
	for i, w := range words {
		if v.spouse(words, cls, i, lng) || v.Grown[w] {
			return true
		}
	}
	return false
}

// spouse reports whether the word at i of a message in language lng names
// a husband or a wife: a word of fr/spouses.tsv, or in Bambara one of
// bm/spouses.tsv right after a pronoun ("n cɛ": my husband).
func (v *vocab) spouse(words []string, cls []lang.Class, i int, lng string) bool {
	return cls[i].Is(lang.Spouse) || lng == Bambara && possessed(cls, i) && v.BmSpouses[words[i]]
}

// unowned reports whether the words (of classes cls) tell of a child no
// one's own: a word of minors.tsv or young.tsv named with an indefinite,
// French (determiners.tsv indefinite) at most two words before it ("un
// petit garçon", "une fille de 8 ans") or Bambara's "some" (grammar.tsv) at most two
// words after it, of no pronoun's ("denmisɛn dɔ", "denmisɛnmuso dɔ", read
// with its parts); "mon fils", "mes deux enfants", "n denmisɛn dɔ" are the
// writer's.
func (v *vocab) unowned(words []string, cls []lang.Class) bool {
	for i, w := range words {
		if !cls[i].Is(lang.Young) && !v.minor(w, cls[i]) {
			continue
		}
		if slices.ContainsFunc(words[max(0, i-2):i], func(w string) bool { return v.Indefinites[w] }) || !possessed(cls, i) && slices.Contains(words[i+1:min(len(words), i+3)], v.bmSome) {
			return true
		}
	}
	return false
}

// takenAway reports whether the words tell of a person taken away: a verb
// of taken.tsv that is no part of a danger told of a thing (danger: "pris
// .. argent", robbed, "wari .. minɛ": money taken, not a child); one told
// of a person ("u ye n denkɛ minɛ": confined) is still a person taken.
func (v *vocab) takenAway(words []string, cls []lang.Class, danger []lang.Hit) bool {
	ofThing := func(i int) bool {
		return slices.ContainsFunc(danger, func(h lang.Hit) bool {
			return h.Start <= i && i < h.End && !slices.ContainsFunc(cls[h.Start:h.End], func(c lang.Class) bool {
				return c.Is(lang.Person | lang.Relative | lang.Minor | lang.Young)
			})
		})
	}
	for i, w := range words {
		if v.Taken[w] && !ofThing(i) {
			return true
		}
	}
	return false
}

// beast reports whether a word names a beast (fr/beasts.tsv,
// bm/beasts.tsv), or is a Bambara one's plural ("misiw").
func (v *vocab) beast(w string) bool {
	return v.Beasts[w] || v.Beasts[v.bmSingular(w)]
}

// bmSingular returns a Bambara word without its plural -w ("sonw", the
// thieves: son), or "" when it has none.
func (v *vocab) bmSingular(w string) string {
	one, ok := strings.CutSuffix(w, v.bmPlural)
	if !ok {
		return ""
	}
	return one
}

// minor reports whether a word (of classes c) says the person is a child:
// a word of minors.tsv, or one with the Bambara plural after it
// ("kamalenninw", the boys).
func (v *vocab) minor(w string, c lang.Class) bool {
	if c.Is(lang.Minor) {
		return true
	}
	one, ok := strings.CutSuffix(w, v.bmPlural)
	return ok && one != "" && v.class(one).Is(lang.Minor)
}

// Signs the conversation answers in their own way (distress.tsv): a child
// in danger (child protection first), wanting to die (the counsellor and
// the number first, whatever else is asked).
const (
	SignMinor   = lang.SignMinor
	SignSuicide = lang.SignSuicide
	SignLodging = lang.SignLodging
	SignIllness = lang.SignIllness
)

// SignTerms are what a distressed message is searched for besides its
// words: the fiches' words for each kind of danger told (a child alone:
// child protection), which rank the actors that know it first.
func (rd *Reader) SignTerms(q Query) []Term {
	signs := q.Distress
	if q.Age == AgeChild && !slices.Contains(signs, SignMinor) {
		signs = append(signs[:len(signs):len(signs)], SignMinor) // a child: child protection
	}
	var out []Term
	for _, s := range signs {
		if w := rd.v.SignWords[s]; w != "" {
			out = append(out, Term{Role: Sign, Source: Known, Variants: []string{w}})
		}
	}
	return out
}
