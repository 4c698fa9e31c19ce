package understand

import (
	"slices"
	"strings"

	"sira/index/fold"
	"sira/index/lang"
	"sira/index/lexicon"
	"sira/index/places"
	"sira/seeds"
)

// places finds the places named, spelt right or with one slip ("bamko"),
// and in French a town whose name is also a common word right after a
// word that brings a town ("à San").
// The question's is the first not named as where someone came from ("il
// vient de Ségou": none of them) nor where the person cannot go ("je ne
// peux pas aller à Kayes": none either), else the first named as where the
// person is from ("je suis de Kayes": only when no other town is named,
// "Je suis de Ségou … je suis arrivé à Kidal").
func (r *reading) places() {
	var home *places.Place
	r.placeAt = -1
	found := r.rd.gaz.Find(r.words)
	if r.q.Lang == French {
		// A town whose name is also a common word (San, Koro) only right
		// after a word that brings a town (fr/town_before.tsv: "à San").
		for _, m := range r.rd.gaz.FindGuarded(r.words) {
			if m.Start > 0 && r.rd.v.TownBefore[r.words[m.Start-1]] && !slices.ContainsFunc(found, func(o places.Mention) bool { return o.Start < m.End && m.Start < o.End }) {
				found = append(found, m)
			}
		}
		slices.SortStableFunc(found, func(a, b places.Mention) int { return a.Start - b.Start })
	}
	choose := func(p places.Place, i, end int) {
		o := r.origin(i)
		if o == placeLeft && !slices.ContainsFunc(found, func(m places.Mention) bool { return m.Start > i && m.Place.Name == p.Name }) {
			o = placeCame // left and not named again ("je suis revenu à Tombouctou" is)
		}
		switch o {
		case placeHere, placeLeft:
			r.heres = append(r.heres, placeHit{p, i, end})
			if r.q.Place == nil {
				r.q.Place, r.placeAt = &p, i
			}
		case placeHome:
			if home == nil {
				home = &p
			}
		}
	}
	for _, m := range found {
		// A town that names a fiche ("le centre de Markala") is its name:
		// no place asked, as "le centre de Missabougou" names none.
		if !slices.ContainsFunc(r.named, func(h nameHit) bool { return h.Town && h.Start == m.Start }) {
			choose(m.Place, m.Start, m.End)
		}
		r.claim(m.Start, m.End, claimPlace)
	}
	for i, w := range r.words {
		if !r.maybeMisspelt(i) {
			continue
		}
		if p, ok := r.rd.gaz.Misspelt(w); ok {
			choose(p, i, i+1)
			r.claim(i, i+1, claimPlace)
		}
	}
	if r.q.Place == nil {
		r.q.Place = home
	}
}

// placeHit is a town named and the words where it is named, at to end.
type placeHit struct {
	place   places.Place
	at, end int
}

// alsoPlaces finds the other towns asked with the place asked: those
// joined to it, one after another, by a word that joins two things asked
// (fr/grammar.tsv and, or; bm/grammar.tsv: "à Kayes ou à Ségou", "Kayes
// ou Kita", "Kayi walima Bamakɔ"), with at most a word that brings a town
// (fr/town_before.tsv: "à") before each, or listed with nothing between
// but a comma ("Kayes, Kita ou Bamako", "Kayes, Bamako, Ségou").
func (r *reading) alsoPlaces() {
	if r.placeAt < 0 {
		return
	}
	hits := slices.Clone(r.heres)
	slices.SortStableFunc(hits, func(a, b placeHit) int { return a.at - b.at })
	at := slices.IndexFunc(hits, func(h placeHit) bool { return h.at == r.placeAt })
	if at < 0 {
		return
	}
	lo, hi := at, at
	for lo > 0 && r.townsJoined(hits[lo-1], hits[lo]) {
		lo--
	}
	for hi+1 < len(hits) && r.townsJoined(hits[hi], hits[hi+1]) {
		hi++
	}
	for _, h := range hits[lo : hi+1] {
		if h.at != r.placeAt && h.place.Name != r.q.Place.Name && !slices.ContainsFunc(r.q.Towns, func(p places.Place) bool { return p.Name == h.place.Name }) {
			r.q.Towns = append(r.q.Towns, h.place)
		}
	}
}

// townsJoined says whether town b comes right after town a joined to it: a
// word that joins, then at most a word that brings a town; or nothing (the
// words hold no comma: a list).
func (r *reading) townsJoined(a, b placeHit) bool {
	between := r.words[a.end:b.at]
	if len(between) == 2 && r.rd.v.TownBefore[between[1]] {
		between = between[:1]
	}
	return (len(between) == 0 || len(between) == 1 && r.rd.v.joins[between[0]]) && r.sentence[a.at] == r.sentence[b.at]
}

// placeAsked moves the place asked, once the sentences that ask are known,
// to the town a French request names (townAsked) from a town that only
// tells where someone is or was: one a sentence that asks nothing names
// in a story of others or of the past ("il a conduit des camions entre
// Gao et Tamanrasset", "mon père vend du bétail au marché de Kita"), or
// the writer's post (fr/roles.tsv, fr/work_at.tsv: "je suis animateur à
// Mopti", "je travaille à Kayes"). A story sentence of the first person
// ("je suis bloqué à Tombouctou", "j'habite un village de Yorosso") or a
// heading ("Un conseiller de Gao :") that names no post tells where the
// person is, and stays the place. A town the sentence that asks names
// before its word of wanting ("une fille qui vit à Mopti veut apprendre
// la coiffure à Bamako") gives way to the town named after it, unless a
// form of être tells it is where someone is ("il est bloqué à Ségou et
// voudrait rentrer chez lui à Kayes").
// A Bambara question's place moves by the clause that names it (placeNow).
func (r *reading) placeAsked() {
	if r.q.Lang == Bambara {
		r.placeNow()
		return
	}
	if r.placeBack() || r.placeAt < 0 {
		return
	}
	to, wanted := r.townAsked()
	if to < 0 || r.heres[to].at == r.placeAt {
		return
	}
	s := r.sentence[r.placeAt]
	if r.request[s] && !r.post(s) && (!wanted || r.heres[to].at < r.placeAt || shortlyAfter(r.cls, r.placeAt, lang.Being)) {
		return // where the person is ("est bloqué à Ségou"), or a town asked too
	}
	if !r.request[s] && !r.post(s) && (strings.Contains(r.ends[s], ":") || r.firstPerson(s)) {
		return
	}
	p := r.heres[to].place
	r.q.Place, r.placeAt = &p, r.heres[to].at
}

// townAsked is the index in heres of the town the last French sentence
// that asks and names one after "à" (not after "de", where from, nor
// after a word of going: "rentrer à Bamako") names, or -1: the last such
// town there reached from a word of wanting, learning or asking with no
// word of being, subject or purpose between ("il veut apprendre la soudure
// à Bamako", "qui peut le former à Kayes"), and then wanted is true; else
// the first. The writer's post ("je suis conseiller à Mopti") is none.
func (r *reading) townAsked() (int, bool) {
	first, last, at := -1, -1, -1 // in the sentence at
	order := make([]int, len(r.heres))
	for k := range order {
		order[k] = k
	}
	slices.SortStableFunc(order, func(a, b int) int { return r.heres[a].at - r.heres[b].at })
	for _, k := range order {
		i := r.heres[k].at
		s := r.sentence[i]
		if !r.request[s] || i == 0 || !r.rd.v.TownBefore[r.words[i-1]] || r.cls[i-1].Is(lang.From) || shortlyAfter(r.cls, i, lang.Go) || r.postAt(i) {
			continue
		}
		if s != at {
			first, last, at = k, -1, s // a later sentence that asks
		}
		if r.wantedAt(i) {
			last = k
		}
	}
	if last >= 0 {
		return last, true
	}
	return first, false
}

// wantedAt reports whether a town at i is reached, going back in its
// sentence, from a word of wanting, learning or needing before any word of
// being, a subject, a purpose, a lack, asking (a relative "qui"), going or
// coming, a word that joins or another town ("veut apprendre la soudure à
// Bamako"; not "… mon frère est à Bamako", "… pour vendre à Koutiala",
// "… pas à Kita", "son oncle qui serait à Gao", "à Bamako ou à Ségou").
func (r *reading) wantedAt(i int) bool {
	for j := i - 1; j >= 0 && r.sentence[j] == r.sentence[i] && r.claims[j] != claimPlace && !r.rd.v.joins[r.words[j]]; j-- {
		switch c := r.cls[j]; {
		case c.Is(lang.Lack | lang.Without | lang.Being | lang.SubjectPronoun | lang.Purpose | lang.Request | lang.Go | lang.Journey | lang.Come):
			return false
		case c.Is(lang.Want | lang.Learn | lang.NeedWord):
			return true
		}
	}
	return false
}

// thirdPerson reports whether sentence s holds a French subject pronoun
// not of the first person ("elle veut …"): it asks for another.
func (r *reading) thirdPerson(s int) bool {
	for j, w := range r.words {
		if r.sentence[j] == s && r.cls[j].Is(lang.SubjectPronoun) && !r.rd.v.first[w] {
			return true
		}
	}
	return false
}

// firstPerson reports whether sentence s holds a French subject pronoun of
// the first person: a story of the writer's own.
func (r *reading) firstPerson(s int) bool {
	for j, w := range r.words {
		if r.sentence[j] == s && r.rd.v.first[w] {
			return true
		}
	}
	return false
}

// post reports whether sentence s names the writer's work (fr/roles.tsv's
// "conseiller", fr/work_at.tsv's "travaille"): its town is the writer's
// post, not where the person the message is about is.
func (r *reading) post(s int) bool {
	for j := range r.words {
		if r.sentence[j] == s && r.worksAt(j) {
			return true
		}
	}
	return false
}

// postAt reports whether the town at i is the writer's post: a word of
// fr/roles.tsv or fr/work_at.tsv among the words shortly before it, in
// its sentence ("je suis conseiller à Mopti", "je travaille à Kayes").
func (r *reading) postAt(i int) bool {
	for j := max(0, i-postWindow); j < i; j++ {
		if r.sentence[j] == r.sentence[i] && r.worksAt(j) {
			return true
		}
	}
	return false
}

// worksAt reports whether the words at j name the writer's work: a role
// (fr/roles.tsv) or the writer's own work told (fr/work_at.tsv).
func (r *reading) worksAt(j int) bool {
	return r.cls[j].Is(lang.Role) || r.rd.v.WorkAt.At(r.words, j, lang.AsIs) != ""
}

// placeBack moves the place asked of a French question to the town that
// words pointing back to a place (fr/there.tsv: "là-bas", "dans cette
// ville") in a sentence that asks point to, the last town named before
// them: "je suis conseillère à Sikasso … sa tante peut l'héberger à
// Bamako. Quel centre peut l'accueillir là-bas ?" asks at Bamako, not
// where the writer is; a sentence that asks for another ("elle veut …")
// passes over a town of the writer's own sentence ("Moi je suis à Ségou").
// The words are the place's wherever they are once a town is named before
// them, no topic; with none, they speak of the places shown (of_them.tsv).
// It reports whether it moved the place.
func (r *reading) placeBack() bool {
	back := -1
	for i := range r.words {
		p := r.rd.v.There.At(r.words, i, lang.AsIs)
		if p == "" || !slices.ContainsFunc(r.heres, func(h placeHit) bool { return h.end <= i }) {
			continue // no town named before: the places shown (fr/of_them.tsv)
		}
		r.claim(i, i+len(strings.Fields(p)), claimPlace)
		if r.request[r.sentence[i]] {
			back = i
		}
	}
	to, other := -1, -1 // the last town before; the last not in a sentence of the writer's own
	for k, h := range r.heres {
		if h.end > back {
			continue
		}
		if to < 0 || h.at > r.heres[to].at {
			to = k
		}
		if !r.firstPerson(r.sentence[h.at]) && (other < 0 || h.at > r.heres[other].at) {
			other = k
		}
	}
	if to < 0 {
		return false
	}
	if s := r.sentence[back]; other >= 0 && r.thirdPerson(s) && r.sentence[r.heres[to].at] != s && r.firstPerson(r.sentence[r.heres[to].at]) {
		to = other // asked for another, not where the writer is: "Moi je suis à Ségou. Elle veut … dans cette ville"
	}
	p := r.heres[to].place
	r.q.Place, r.placeAt = &p, r.heres[to].at
	return true
}

// placeNow moves the place asked of a Bambara question from a town told
// of the past to the first town named after it that is not: "n tun bɛ
// Kayi, sisan n bɛ Segu" (I was at Kayes, now I am at Ségou), "n bɔra
// Gawo, sisan n bɛ Bamakɔ" (I came from Gao), "n ma baara sɔrɔ Kayi, n
// b'a fɛ ka … dege Bamakɔ": the story's town tells where the person was
// or is from, the other where the question is. A town told of the past and no other
// stays the place.
func (r *reading) placeNow() {
	if r.placeAt < 0 || !r.toldThen(r.placeAt) {
		return
	}
	for _, h := range r.heres {
		if h.at > r.placeAt && !r.toldThen(h.at) {
			p := h.place
			r.q.Place, r.placeAt = &p, h.at
			return
		}
	}
}

// toldThen reports whether the town at word i of a Bambara question is
// where the person was or is from, not where they are: told of the past
// (pastTold), among the words that tell who asks ("n ma baara sɔrɔ Kayi",
// identity), or right after bɔ (from.tsv: "n bɔra Gawo", stemmed; "ka bɔ
// Kayi"; "n bɛ bɔ Segu", I am from Ségou).
func (r *reading) toldThen(i int) bool {
	return r.pastTold(i) || r.who[i] || i > 0 && r.cls[i-1].Is(lang.From)
}

// pastTold reports whether the place or country at word i of a Bambara
// question is told of the past: "tun" (bm/grammar.tsv past) in its clause
// before it, back to the clause's subject pronoun ("n tun bɛ Kayi", "n tun
// bɛ baara kɛ Sikaso"), or a word of going right after a subject pronoun,
// the perfective, which no auxiliary comes before ("n taara Libi", read
// taa; "n bɛ taa", "ka taa" are to go).
func (r *reading) pastTold(i int) bool {
	if i >= 2 && r.cls[i-1].Is(lang.Go) && r.cls[i-2].Is(lang.Pronoun) && r.sentence[i-2] == r.sentence[i] {
		return true
	}
	for j := i - 1; j >= 0 && r.sentence[j] == r.sentence[i]; j-- {
		if r.words[j] == r.rd.v.bmPast {
			return true
		}
		if r.cls[j].Is(lang.Pronoun) {
			return false
		}
	}
	return false
}

// What a town named is to the person: where they are or ask about, where
// they are from, where they came from or cannot go.
const (
	placeHere = iota
	placeHome
	placeCame
	placeLeft // left ("j'ai quitté Kati"): came from, unless named again
)

// origin tells what the town at word i is: right after a verb of leaving
// (fr/leave.tsv: "j'ai quitté Kati"), where the person left (placeLeft:
// where they came from, unless named again later, back there); after a
// word of origin, where the person came from when a word of coming is
// before it (fr/come.tsv), where they are from after a form of être ("je
// suis de Ségou"); after a
// word of going that a negation comes shortly before (barred), where they
// cannot go, which is no more the place asked than where they came from.
func (r *reading) origin(i int) int {
	switch {
	case r.barred(i):
		return placeCame
	case i > 0 && r.rd.v.Leave[r.words[i-1]]:
		return placeLeft
	case i < 2 || !r.cls[i-1].Is(lang.From):
		return placeHere
	case r.cls[i-2].Is(lang.Come):
		return placeCame
	case r.cls[i-2].Is(lang.Being):
		return placeHome
	}
	return placeHere
}

// barred reports whether the town at word i is where the person says they
// cannot go: a word of going (go.tsv) at most barredGo words before it, and
// a negation at most barredNot words before that, in its sentence ("je ne
// peux pas aller à Kayes", "pas d'argent pour aller à Bamako"; in Bambara
// tɛ or ma, "n tɛ se ka taa Kayi", "n t'a fɛ ka taa": there "n" is I, no
// French ne, and in French "ma" is my, no Bambara negation): the schools
// there are what the person cannot reach.
func (r *reading) barred(i int) bool {
	for j := i - 1; j >= 0 && j >= i-barredGo && r.sentence[j] == r.sentence[i]; j-- {
		if !r.cls[j].Is(lang.Go) {
			continue
		}
		for k := j - 1; k >= 0 && k >= j-barredNot && r.sentence[k] == r.sentence[j]; k-- {
			if bm := r.words[k] == r.rd.v.bmNot || r.words[k] == r.rd.v.bmPastNot; r.q.Lang == Bambara && bm || r.q.Lang != Bambara && !bm && r.cls[k].Is(lang.Lack) {
				return true
			}
		}
		return false
	}
	return false
}

// asked finds what is asked of a fiche (contact, cost…): the first part
// asked (not one told lacked in a message that tells a danger and names
// no fiche: "je n'ai plus aucun papier, on m'a tout volé", lackedAt), but a specific one over "what" ("il faut quoi dans le dossier ?"
// asks the papers), and a price right after a step to get in over the
// step ("l'inscription c combien ?" asks the fee); another part asked besides is AlsoAsked ("quels
// papiers et c'est combien ?"), when its words are apart from the first's.
// A word after a first-person possessive is a thing the person has ("mon
// téléphone"), not the part asked; one within a longer lexicon phrase is
// read in the phrase ("baarakɛda sɛbɛn", to register a business, asks no
// papers). The possessives are French: in Bambara "ma" is "to" ("u bɛ
// wari di kalandenw ma don o don wa?").
func (r *reading) asked() {
	end := 0 // where the part asked ends
	for _, h := range r.askedHits() {
		mine := h.Start > 0 && r.cls[h.Start-1].Is(lang.Mine) && r.q.Lang != Bambara
		if r.taken(h.Start, h.End) || mine || r.inLonger(h.Start, h.End) || r.joinedWithin(h) || r.inHelper(h.Start, h.End) {
			continue
		}
		if h.Value == AskConditions && len(r.danger) > 0 && len(r.named) == 0 && r.lackedAt(h.Start, h.End) {
			r.claim(h.Start, h.End, claimAsked) // papers told lacked in a danger: the story, no part asked
			continue
		}
		paid, byNamed := r.paidByNamed(h)
		if byNamed {
			r.claim(paid, paid+1, claimAsked) // the paying is the money given: no topic
		}
		switch {
		case r.paysJob(h) || byNamed:
		case r.q.Asked == "" || r.q.Asked == AskWhat:
			r.q.Asked, end = h.Value, h.End
		case r.q.Asked == AskConditions && h.Value == AskCost && r.feeOf(end, h.Start):
			r.q.Asked, end = h.Value, h.End
		case h.Value != r.q.Asked && h.Value != AskWhat && r.q.AlsoAsked == "" && r.apart(end, h.Start):
			r.q.AlsoAsked = h.Value
		}
		r.claim(h.Start, h.End, claimAsked)
	}
}

// lackedAt reports whether words[start:end] are told lacked, not asked:
// in French, a word of lack (lack.tsv) right before them, or before the
// determiners between ("je n'ai plus aucun papier", "elle n'a plus de
// papiers", "sans papiers"; not "je ne sais pas quels papiers"); in
// Bambara, told not had right after them, or after the word that
// qualifies them ("sɛbɛn si tɛ n bolo": tɛ, a pronoun, bolo; "sɛbɛn tɛ n fɛ").
func (r *reading) lackedAt(start, end int) bool {
	v, w := r.rd.v, r.words
	if r.q.Lang == Bambara {
		for j := end; j <= end+1 && j+2 < len(w) && r.sentence[j] == r.sentence[start]; j++ {
			if w[j] == v.bmNot && r.cls[j+1].Is(lang.Pronoun) && (w[j+2] == v.bmHand || w[j+2] == v.bmWith) {
				return true
			}
		}
		return false
	}
	for j := start - 1; j >= max(0, start-lackedReach) && r.sentence[j] == r.sentence[start]; j-- {
		switch {
		case r.cls[j].Is(lang.Lack):
			return true
		case !r.cls[j].Is(lang.Determiner):
			return false
		}
	}
	return false
}

// lackedReach is how far before a thing lackedAt looks for a word of
// lack: the word of lack and a determiner ("plus de", "plus aucun").
const lackedReach = 2

// askedHits are the words that ask a part, in order: the patterns of
// asked.tsv found in the words, and those a compound's parts begin with
// the words after it ("sunɔgɔyɔrɔ bɛ yen wa?", one word as the orthography
// writes compounds, is "sunɔgɔ yɔrɔ"), which a hit in the words covers.
func (r *reading) askedHits() []lang.Hit {
	hits := r.rd.v.AskedPatterns.FindIn(r.words, r.cls)
	for i, parts := range r.parts {
		if len(parts) < 2 || slices.ContainsFunc(hits, func(h lang.Hit) bool { return h.Start <= i && i < h.End }) {
			continue
		}
		words := append(slices.Clone(parts), r.words[i+1:]...)
		for _, h := range r.rd.v.AskedPatterns.FindIn(words, nil) {
			if h.Start == 0 && h.End >= len(parts) {
				h.Start, h.End = i, i+1+h.End-len(parts)
				at, _ := slices.BinarySearchFunc(hits, i, func(h lang.Hit, i int) int { return h.Start - i })
				hits = slices.Insert(hits, at, h)
			}
			break
		}
	}
	return hits
}

// joinedWithin reports whether a part asked by a phrase opened with a
// word that joins ("et pour ma sœur", "et les filles") stands within a
// sentence: there the word joins another clause of a story ("… à Kayes et
// pour ma fille elle veut faire la couture"), while a turn opened by it
// asks the part of the answer before ("et pour ma sœur ?").
func (r *reading) joinedWithin(h lang.Hit) bool {
	return r.rd.v.joins[r.words[h.Start]] && h.Start > 0 && r.sentence[h.Start-1] == r.sentence[h.Start]
}

// feeOf reports whether a price asked at start is the fee of the step to
// get in asked before end: in its sentence, no joining word between
// ("l'inscription pour une fille c'est combien ?" asks the fee; "il faut
// quoi pour l'inscription, et c'est combien ?" asks both).
func (r *reading) feeOf(end, start int) bool {
	if end == 0 || r.sentence[start] != r.sentence[end-1] {
		return false
	}
	return !slices.ContainsFunc(r.words[end:start], func(w string) bool { return r.rd.v.joins[w] })
}

// apart reports whether words from start on are a clause apart from those
// that end at end: another sentence, or two words or more between ("quels
// papiers et c'est combien ?"); "durent combien ?" asks one thing.
func (r *reading) apart(end, start int) bool {
	return end > 0 && start >= end && (start-end >= 2 || r.sentence[start] != r.sentence[end-1])
}

// paysJob reports whether a word of pay asked (a cost or an allowance:
// "payé", "rémunéré") tells what a job is ("un travail rémunéré", "un
// emploi bien payé"): it follows a word of a job, at most one word
// between, and asks no part of a fiche; or it is within a danger told
// (distress.tsv's unpaid: "j'ai travaillé huit mois sans être payé", "mon
// patron ne m'a pas payé"): wages withheld, no price asked. It is still
// no thing to search (AVSF's "emplois mieux rémunérés" is no answer to
// it).
func (r *reading) paysJob(h lang.Hit) bool {
	if h.Value != AskCost && h.Value != AskAllowance {
		return false
	}
	if slices.ContainsFunc(r.danger, func(d lang.Hit) bool { return d.Start <= h.Start && h.Start < d.End }) {
		return true // "sans être payé", "il ne me payait pas": wages withheld, a danger told
	}
	for i := h.Start - 1; i >= max(0, h.Start-2) && r.sentence[i] == r.sentence[h.Start]; i-- {
		if r.needs[i] == seeds.NeedJob {
			return true
		}
	}
	return false
}

// paidByNamed reports whether a price asked (h) is money a fiche named
// pays (fr/pay.tsv), not its own price: a form of paying at the hit or at
// most two words before it ("paie les frais"), whose subject is a fiche
// named in the sentence — its name right before the verb, or one word
// between that is no subject pronoun ("l'unicef peut payer la dot") — or
// that comes after a word of purpose in a sentence that begins with one
// ("UNICEF donne de l'argent aux familles pour payer l'école"). "au CPM il
// faut payer ?" asks the centre's price. paid is where the verb is.
func (r *reading) paidByNamed(h lang.Hit) (paid int, ok bool) {
	if h.Value != AskCost {
		return 0, false
	}
	s := r.sentence[h.Start]
	for p := h.Start; p >= max(0, h.Start-2) && r.sentence[p] == s; p-- {
		if !r.rd.v.Pay[r.words[p]] {
			continue
		}
		for _, n := range r.named {
			if r.sentence[n.Start] != s || n.End > p {
				continue
			}
			between := p - n.End
			switch {
			case between == 0, between == 1 && !r.cls[n.End].Is(lang.SubjectPronoun|lang.ClauseWord),
				p > 0 && r.cls[p-1].Is(lang.Purpose) && (n.Start == 0 || r.sentence[n.Start-1] != s || r.cls[n.Start-1].Is(lang.Article|lang.Function)):
				return p, true
			}
		}
	}
	return 0, false
}

// countries finds the countries abroad, spelt right or with one slip
// ("Fraace"): where a migrant comes from or has been (a country after
// "de", a journey word, in the words that tell who asks, or in a sentence
// that asks nothing) tells who asks; where they want to go (after a word
// of going) is a destination, or the story when a request for here
// follows (wantedHere); else it is asked about ("une bourse en Chine").
// A country asked or wanted, by its name, that the fiches name by its
// region (fr/synonyms.tsv: Qatar, of the "États du Golfe" ANPE places
// workers in) is read with the region too; where one comes from is not.
// A town abroad (abroad.tsv towns) is its country, read once when the
// message names the country too ("au Niger, … à Niamey").
func (r *reading) countries() {
	mentions := r.rd.abroad.Find(r.words)
	named := len(mentions) // the mentions by a name, before those misspelt
	for i, w := range r.words {
		if !r.maybeMisspelt(i) {
			continue
		}
		if c, ok := r.rd.abroad.Misspelt(w); ok {
			mentions = append(mentions, places.CountryMention{Country: c, Start: i, End: i + 1})
		}
	}
	byName := map[string]bool{} // the countries named by their name, not a town
	for _, m := range mentions {
		byName[m.ID] = byName[m.ID] || !m.Town
	}
	for k, m := range mentions {
		if r.taken(m.Start, m.End) || r.tongue(m) {
			continue
		}
		r.claim(m.Start, m.End, claimCountry)
		if m.Town && byName[m.ID] || r.nameFunded(m) {
			continue
		}
		t := Term{Role: Topic, Source: Known, Variants: []string{m.Name}, Country: true}
		switch {
		case m.Start > 0 && r.cls[m.Start-1].Is(lang.From) || r.who[m.Start] || shortlyAfter(r.cls, m.Start, lang.Journey) || !r.request[r.sentence[m.Start]] || r.beenThere(m.Start):
			t.Role = Who
		case (shortlyAfter(r.cls, m.Start, lang.Go) || r.learntThere(m.Start)) && r.wantedHere(m.End):
			t.Role = Story // a journey told, the thing asked here
		case shortlyAfter(r.cls, m.Start, lang.Go) || r.learntThere(m.Start):
			t.Role = Destination
		default:
			t.Noun = r.rd.v.nounAt(r.words, r.cls, m.Start, r.q.Lang)
		}
		if syn, ok := r.rd.v.synonym(m.ID, r.rd.v.class(m.ID)); ok && k < named && (t.Role == Topic || t.Role == Destination) {
			t.Variants = append(t.Variants, syn) // "au Qatar": the report's Golfe
		}
		r.add(m.Start, m.End, t)
	}
}

// tongue reads a country or a people named in a Bambara question right
// before kán (bm/grammar.tsv's tongue) and a word of learning as their
// language asked to learn, a topic, by the word French names it with
// (abroad.tsv's first adjective: "Sinuwa kan dege", chinois; "irisikan
// kalan", russe), not as the country: no one comes from or goes to it.
// It is then an activity (head). It reports whether it read one.
func (r *reading) tongue(m places.CountryMention) bool {
	end := m.End + 1 // past kán
	if r.q.Lang != Bambara || m.Language == "" || end >= len(r.words) || r.words[m.End] != r.rd.v.bmTongue || !r.cls[end].Is(lang.Learn) || r.sentence[end] != r.sentence[m.Start] || r.taken(m.End, end) {
		return false
	}
	r.claim(m.Start, end, claimCountry)
	r.add(m.Start, end, Term{Role: Topic, Source: Known, Variants: []string{m.Language}, Noun: true})
	return true
}

// spokenAt reports whether a French word is right after a verb of
// speaking (fr/speak.tsv), or after one and an article, in its sentence:
// a country's adjective there is the language ("je veux parler anglais",
// "parler l'arabe"), a thing asked, no nationality.
func (r *reading) spokenAt(i int) bool {
	j := i - 1
	if j >= 0 && r.cls[j].Is(lang.Article) {
		j--
	}
	return r.q.Lang != Bambara && j >= 0 && r.rd.v.Speak[r.words[j]] && r.sentence[j] == r.sentence[i]
}

// spoken reports whether term k is a language read by tongue: a country's
// words and kán, claimed as a country's.
func (r *reading) spoken(k int) bool {
	start, end := r.at[k][0], r.at[k][1]
	return r.q.Lang == Bambara && end-start > 1 && r.claims[start] == claimCountry && r.words[end-1] == r.rd.v.bmTongue
}

// learntThere reports whether a Bambara country at word i is where a
// learning is done: right after a word of learning and kɛ ("ka kalan kɛ
// Faransi", to study in France). Studying there is going there, as "ka taa
// kalan kɛ Faransi" says: a destination, not a topic a fiche's text names.
func (r *reading) learntThere(i int) bool {
	return r.q.Lang == Bambara && i >= 2 && r.words[i-1] == r.rd.v.bmBecome && r.cls[i-2].Is(lang.Learn) && r.sentence[i-2] == r.sentence[i]
}

// wantedHere reports whether, after word i, a word of wanting begins a
// request whose sentence names the place asked, a town of Mali, after it:
// a journey wished before it is told, and what is asked happens here ("il
// veut partir en Algérie. Je veux qu'il apprenne un métier ici à Bamako";
// "n dɔgɔcɛ b'a fɛ ka taa Libi, nka n b'a fɛ a ka kuran baara kalan
// Kayi"). A town before the journey ("je suis à Bamako et je veux partir
// en Turquie faire une formation") is where the person is.
func (r *reading) wantedHere(i int) bool {
	for j := i; j < r.placeAt; j++ {
		if r.cls[j].Is(lang.Want) && r.sentence[j] == r.sentence[r.placeAt] && r.request[r.sentence[j]] {
			return true
		}
	}
	return false
}

// beenThere reports whether a French country at i is where someone was or
// is: a form of être or a past tense, or a stay's length ("10 ans au
// Sénégal"), comes first in the beenWindow words before it (grammatical
// words not counted: "j'ai perdu ma carte d'identité en Libye"), in its
// sentence, before any word of wanting, going, learning or asking, and not
// in a clause that says which thing ("j'étais en Algérie 4 ans comme
// maçon", "mon frère est en prison en Libye", "j'ai fait 3 ans en cuisine
// en Algérie"; not "je suis intéressé par une formation en France", "une
// formation de 2 ans en France", nor "l'argent que j'ai laissé … en
// Libye"); a
// Bambara one right after a pronoun and bɛ ("n bɛ Faransi sisan"), or told
// of the past ("n tun bɛ Alizeri", "n taara Libi": pastTold).
func (r *reading) beenThere(i int) bool {
	if r.q.Lang == Bambara {
		// "n bɛ Faransi", I am in France: a pronoun and bɛ just before;
		// "n tun bɛ Alizeri", "n taara Libi": told of the past
		return i >= 2 && r.words[i-1] == r.rd.v.does && r.cls[i-2].Is(lang.Pronoun) || r.pastTold(i)
	}
	stayed := false // a stay's length told before it: "10 ans au Sénégal"
	seen := 0
	for j := i - 1; j >= 0 && seen < beenWindow && r.sentence[j] == r.sentence[i]; j-- {
		if !r.cls[j].Is(lang.Function) || r.cls[j].Is(lang.Being|lang.Auxiliary) {
			seen++
		}
		switch c := r.cls[j]; {
		case c.Is(lang.Want | lang.Go | lang.Learn | lang.NeedWord | lang.Request):
			return false
		case c.Is(lang.Being | lang.Auxiliary):
			return !slices.ContainsFunc(r.cls[max(0, j-2):j], func(c lang.Class) bool { return c.Is(lang.Which) })
		case r.words[j] == r.rd.v.years && j > 0 && fold.Digits(r.words[j-1]):
			stayed = true
		}
	}
	return stayed
}

// shortlyAfter reports whether one of the three words before word i (of
// words of classes cls) is of class c: "son départ en Libye", "aller
// travailler en Europe".
func shortlyAfter(cls []lang.Class, i int, c lang.Class) bool {
	return slices.ContainsFunc(cls[max(0, i-3):i], func(x lang.Class) bool { return x.Is(c) })
}

// identity finds the words of a Bambara "n ye X ye" ("I am X": "n ye
// kalanden ye", "n ye paranti ye"; a relative's, "n fa ye sɛnɛkɛla ye", my
// father is a farmer, with the relative), and of "n ye X kɛ" with no second
// ye, the past of a verb with its object ("n ye so jɔ baara kɛ Alizeri", I
// did masonry in Algeria; "n ye CAP sɔrɔ"), and of its negative "n ma X
// sɔrɔ" (I did not get X: "n ma wari sɔrɔ", "n ma se ka kalan kɛ"), up to
// the subject of the next clause (a pronoun, or a word before bɛ: "…, baara
// bɛ sɔrɔ"): they say who asks or what they have done, not what is asked,
// as a French past tense does. A clause that wants is asked, and one that
// learns after ka or before a word of wanting ("n ye a latigɛ ka X dege");
// one that ends on a word of learning tells what was learnt ("n ye kurana
// kalan", I studied the Quran; "n ye kalan ban", I finished school). So
// does the word before bɛ, a pronoun and bolo: what the person has
// ("permi b'n bolo", I have a licence), unless in a danger told or a
// phrase of its own.
func (r *reading) identity() {
	v := r.rd.v
	for i := 0; i+3 < len(r.words); i++ {
		if r.words[i+1] == v.does && r.cls[i+2].Is(lang.Pronoun) && r.words[i+3] == v.bmHand && !r.cls[i].Is(lang.Pronoun) &&
			!r.inDanger(i) &&
			!slices.ContainsFunc(r.matches, func(m lexicon.Match) bool { return m.Phrase() && m.Start <= i && i+1 < m.End }) {
			// "permi b'n bolo", I have a licence: what the person has
			// tells who asks, as French "j'ai le permis"; what they lack
			// is often what they ask ("dipulɔmu tɛ n bolo. n bɛ se k'a
			// sɔrɔ min?")
			r.who[i] = true
		}
	}
	for i := 0; i+2 < len(r.words); i++ {
		if !r.cls[i].Is(lang.Pronoun) || i > 0 && r.cls[i-1].Is(lang.Pronoun) {
			continue
		}
		switch {
		case r.words[i+1] == r.rd.v.does && r.sells(i+2) >= 0:
			// "n bɛ fini feere Sikaso", I sell cloth: the person's trade,
			// who asks, as French "je vends des pagnes" (toldSelling)
			mark(r.who, i+2, r.sells(i+2))
		case r.words[i+1] == r.rd.v.copula:
			if end := r.secondCopula(i + 1); end >= 0 {
				mark(r.who, i+2, end)
			} else if end := r.pastClause(i+2, true); end > i+2 {
				mark(r.who, i+2, end)
				if slices.ContainsFunc(r.cls[i+2:end], func(c lang.Class) bool { return c.Is(lang.Learn) }) {
					// a training done ("n ye kalali kalan ban") is had, as
					// "j'ai fini ma formation en couture": no school for it
					mark(r.had, i+2, end)
				}
			}
		case r.words[i+1] == r.rd.v.bmPastNot && r.words[i+2] != r.rd.v.bmInfinitive:
			// not the postposition of "wari di n ma ka jago daminɛ" (give me money to start a trade)
			end := r.pastClause(i+2, false)
			mark(r.who, i+2, end)
			mark(r.notHad, i+2, end)
		case r.relative(i + 1):
			switch end := r.secondCopula(i + 2); {
			case r.words[i+2] == r.rd.v.does:
				if i > 0 && r.rd.v.joins[r.words[i-1]] {
					break // "n ni n balimakɛ bɛ dugukolo kɛlɛ la": the person is of it
				}
				if end := r.doneWork(i + 3); end >= 0 {
					mark(r.who, i+1, end) // "n muso bɛ tobili jago kɛ"
				} else if r.seeks(i + 3) {
					// the relative alone, the subject of what they seek or
					// want ("n muso bɛ baara ɲini", my wife looks for
					// work), tells who asks, as French "ma femme cherche"
					r.who[i+1] = true
				}
			case end >= 0 && r.words[i] == r.rd.v.bmNasal && r.bmWantsOwn(end):
				// "n fa ye jagokɛla ye, n b'a fɛ ka baara ɲini": my
				// father's trade, the story of one who wants for themself
				r.claim(i+1, end, claimStory)
			case end >= 0:
				mark(r.who, i+1, end)
			case r.words[i+2] == r.rd.v.copula:
				mark(r.who, i+1, r.pastClause(i+3, true)) // "n fa ye sɛnɛ kɛ", my father farmed
			case i+3 < len(r.words) && r.words[i+3] != r.rd.v.bmInfinitive:
				mark(r.who, i+1, r.pastClause(i+3, false)) // "n cɛ ma wari to n ye", my husband left me no money
			}
		}
	}
	r.identified()
	r.ableTold()
}

// ableTold finds the Bambara "X bɛ se ka Y" (X can Y: "n bɛ se ka mobili
// boli", I can drive; "n balimakɛ bɛ se ka kalali kɛ", my brother can sew),
// X a pronoun or a relative, in a message that asks in another clause ("…,
// n bɛ baara ɲini", "…, baara bɛ sɔrɔ min?"): the words of Y, up to the
// next clause's subject, tell who asks, as French "je sais conduire" does.
// Y's clause with a word of wanting or learning ("n bɛ se ka mobili boli
// dege", pastClause) or of asking ("n bɛ se ka fura sɔrɔ min?",
// asksInClause) is asked.
func (r *reading) ableTold() {
	v := r.rd.v
	for k := 1; k+3 < len(r.words); k++ {
		if r.words[k] != v.does || r.words[k+1] != v.bmCan || r.words[k+2] != v.bmInfinitive ||
			!(r.cls[k-1].Is(lang.Pronoun) || k >= 2 && r.cls[k-2].Is(lang.Pronoun) && r.relative(k-1)) {
			continue
		}
		end := r.pastClause(k+3, false)
		if end <= k+3 || slices.ContainsFunc(r.cls[k+3:end], func(c lang.Class) bool { return c.Is(lang.Learn) }) || r.asksInClause(k+2) || !r.asksOutside(k-1, end) {
			continue
		}
		mark(r.who, k+3, end)
	}
}

// asksOutside reports whether a word outside words[start:end] asks: a word
// of wanting, asking or need, or one that names a need.
func (r *reading) asksOutside(start, end int) bool {
	for j := range r.words {
		if (j < start || j >= end) && (r.cls[j].Is(lang.Want|lang.Request|lang.NeedWord) || r.needs[j] != "") {
			return true
		}
	}
	return false
}

// seeks reports whether a word of wanting (bm/want.tsv: ɲini, fɛ, mago)
// is in the clause that starts at words[start], before the next clause's
// subject: "baara ɲini", "a fɛ ka…", not "sumaya la" (ill).
func (r *reading) seeks(start int) bool {
	for j := start; j < len(r.words) && r.sentence[j] == r.sentence[start] && (j == start || !r.subject(j)); j++ {
		if r.cls[j].Is(lang.Want) {
			return true
		}
	}
	return false
}

// bmWantsOwn reports whether the first Bambara word of wanting from
// words[start] is the asker's: "n b'a fɛ" (I want), not a relative's ("n
// fa b'a fɛ") nor another's ("a b'a fɛ").
func (r *reading) bmWantsOwn(start int) bool {
	v := r.rd.v
	for j := max(start, 3); j < len(r.words); j++ {
		if r.cls[j].Is(lang.Want) && r.words[j-1] == v.bmIt {
			return r.words[j-2] == v.does && r.words[j-3] == v.bmNasal && (j == 3 || !r.cls[j-4].Is(lang.Pronoun) && r.words[j-4] != v.bmNasal)
		}
	}
	return false
}

// doneWork returns where "X kɛ", what a relative does ("n muso bɛ tobili
// jago kɛ", my wife runs a cooking trade), X of one to three words from
// start, ends (after kɛ), or -1 when the words from start are no such
// clause: a word of wanting or learning, or a pronoun, before kɛ.
func (r *reading) doneWork(start int) int {
	for j := start + 1; j < len(r.words) && j <= start+3 && r.sentence[j] == r.sentence[start]; j++ {
		if r.cls[j-1].Is(lang.Pronoun | lang.Want | lang.Learn) {
			return -1
		}
		if r.words[j] == r.rd.v.bmBecome {
			return j + 1
		}
	}
	return -1
}

// sells returns where "X feere", what the person sells after bɛ ("n bɛ
// fini feere", "n bɛ tobili kɛ ka feere"), X of one to three words from
// start, ends (after the word of selling, sell.tsv), or -1 when the words
// from start are no such clause: a word of wanting, learning or being
// able, or a pronoun, before it ("n bɛ se ka mun feere?", "n b'a fɛ ka
// fini feere": a thing wanted, not a trade told).
func (r *reading) sells(start int) int {
	for j := start; j < len(r.words) && j <= start+3 && r.sentence[j] == r.sentence[start]; j++ {
		switch {
		case r.cls[j].Is(lang.Pronoun|lang.Want|lang.Learn) || r.words[j] == r.rd.v.bmCan:
			return -1
		case j > start && r.cls[j].Is(lang.Sell):
			return j + 1
		}
	}
	return -1
}

// secondCopula returns where the ye that closes "ye X ye" is, the first ye
// at i being the copula, X of one to three words; -1 if none is.
func (r *reading) secondCopula(i int) int {
	for j := i + 2; j < len(r.words) && j <= i+3; j++ {
		if r.words[j] == r.rd.v.copula {
			return j
		}
	}
	return -1
}

// relative reports whether word i, after a pronoun, names the person's own
// (a relative: "n fa", my father; "n cɛ", my husband, though French reads
// "ce" as grammar) before a copula, a negative past or the bɛ of what one
// does ("n muso bɛ tobili jago kɛ", my wife runs a cooking trade: who
// asks, as "ne bɛ mobili boli" is, isBeing): no pronoun, stop word,
// strong word or word of wanting or learning, ye, ma or bɛ after it.
func (r *reading) relative(i int) bool {
	return i+1 < len(r.words) && (r.words[i+1] == r.rd.v.copula || r.words[i+1] == r.rd.v.bmPastNot || r.words[i+1] == r.rd.v.does) && r.sentence[i+1] == r.sentence[i] &&
		!r.cls[i].Is(lang.Pronoun|lang.Stop|lang.Strong|lang.Want|lang.Learn)
}

// pastClause returns where a Bambara past clause whose object starts at
// start ends: at the subject of the next clause, or at its sentence's end.
// Where learning may be asked (learns: the affirmative past), a clause that
// wants, or learns after ka or before a word of wanting, asks (start is
// returned); one that ends on a word of learning tells what was learnt.
func (r *reading) pastClause(start int, learns bool) int {
	end := start
	for end < len(r.words) && r.sentence[end] == r.sentence[start-2] && !r.subject(end) && !(end+1 < len(r.words) && r.words[end+1] == r.rd.v.does) {
		learning := learns && r.cls[end].Is(lang.Learn) && (slices.Contains(r.words[start:end], r.rd.v.bmInfinitive) || end+1 < len(r.words) && r.cls[end+1].Is(lang.Want))
		if r.cls[end].Is(lang.Want) || learning {
			return start // "n ye a latigɛ ka sudelikɛ dege", "n ye kalali dege fɛ": a learning decided or wanted is asked
		}
		end++
		// "n ye kurana kalan": the past of learning, the thing learnt; in
		// "n ye kalan ban kalali la" learning is the object, and the clause
		// goes on to what was learnt
		if learns && r.cls[end-1].Is(lang.Learn) && end-1 > start {
			break
		}
	}
	return end
}

// subject reports whether word i is a pronoun that begins a clause: not
// one right after the infinitive ka, which is the verb's object or its
// owner ("n ba ma se ka n ka lakɔli sara", my mother could not pay for my
// school: the school is still hers to pay, told).
func (r *reading) subject(i int) bool {
	return r.cls[i].Is(lang.Pronoun) && (i == 0 || r.words[i-1] != r.rd.v.bmInfinitive)
}

// identified finds the Bambara "X don" (it is X, I am X: "Sɛnɛkɛla don, n bɛ
// juru ɲini", I am a farmer, I look for a loan) that opens a sentence, after
// at most a pronoun, and ends a clause: the next word is the sentence's end
// or the pronoun of a new clause, not "don o don" (every day). The words of
// X, up to identifiedWords and none of them grammar ("n tɛ mɔgɔ don", I know
// no one), tell who asks.
func (r *reading) identified() {
	for j, w := range r.words {
		if w != r.rd.v.bmIdentifies {
			continue
		}
		start := j
		for start > 0 && r.sentence[start-1] == r.sentence[j] {
			start--
		}
		if r.cls[start].Is(lang.Pronoun) {
			start++
		}
		if start >= j || j-start > identifiedWords {
			continue
		}
		next := j + 1
		if next < len(r.words) && r.sentence[next] == r.sentence[j] && !(r.cls[next].Is(lang.Pronoun) && (next+1 >= len(r.words) || r.words[next+1] != w)) {
			continue
		}
		if slices.ContainsFunc(r.cls[start:j], func(c lang.Class) bool { return c.Is(lang.Pronoun | lang.Strong | lang.Stop) }) {
			continue
		}
		mark(r.who, start, j)
	}
}

// toldBeforeWant finds, in a French sentence that asks for a thing in a
// clause of its own ("il veut", "je cherche"), the words before that
// clause: they tell who the person is or what they have done ("mon neveu
// sort du CFP avec un CAP, il veut une subvention"), not what they ask for.
// Words the person wants before it ask, too: "je veux qu'il apprenne un
// métier, il aime les voitures" asks both ("un client veut signer un
// contrat mais il faut…" tells a story).
func (r *reading) toldBeforeWant() {
	sentence := r.sentence
	for i := range r.words {
		if !r.cls[i].Is(lang.Want) || i < 2 || !r.cls[i-1].Is(lang.SubjectPronoun) || sentence[i-2] != sentence[i] || r.wantsBefore(i-1) || r.opensLearning(i-1) {
			continue
		}
		if !r.thingAfter(i) {
			continue
		}
		for j := i - 2; j >= 0 && sentence[j] == sentence[i]; j-- {
			r.who[j] = true
		}
	}
}

// toldFormer finds, in French, the noun right after a word that says what
// a person was (fr/former.tsv: "une jeune, ancienne aide-ménagère à
// Bamako", "ancien manœuvre"): their past trade or post tells who the
// person is, as "il était manœuvre" does, not what is asked.
func (r *reading) toldFormer() {
	for i := 0; i+1 < len(r.words); i++ {
		if r.rd.v.Former[r.words[i]] && r.sentence[i+1] == r.sentence[i] && !r.cls[i+1].Is(lang.Function|lang.Article|lang.Determiner) {
			mark(r.who, i, i+2)
		}
	}
}

// toldBeing finds, in French, the noun right after a form of être whose
// subject is a pronoun or a relative ("je suis menuisier", "jsuis
// couturière", "mon frère est soudeur"), with no article: the person's
// trade or state, who asks, when the message asks something after it (a
// word of wanting, asking or a need: "je suis menuisier, j'ai besoin d'une
// aide pour acheter une machine"), not a thing asked. A relative's trade
// told before the asker wants for themself ("mon frère est menuisier,
// moi je veux apprendre la couture") tells the story: it is not who asks.
// A trade is a worker's name the fiches name by their own word
// (synonyms.tsv: menuisier, menuiserie); a state ("mon père est mort")
// still tells who asks.
func (r *reading) toldBeing() {
	for i := 1; i < len(r.words); i++ {
		if !r.beingOf(i) {
			continue
		}
		if slices.ContainsFunc(r.cls[i+1:], func(c lang.Class) bool { return c.Is(lang.Want | lang.Request | lang.NeedWord) }) ||
			slices.ContainsFunc(r.needs[i+1:], func(n string) bool { return n != "" }) {
			if _, trade := r.rd.v.synonym(r.words[i], r.cls[i]); trade && i >= 2 && r.cls[i-2].Is(lang.Relative) && r.sentence[i-2] == r.sentence[i] && r.wantsOwn(i) {
				r.claim(i, i+1, claimStory)
			} else {
				r.who[i] = true
			}
		}
	}
}

// wantsOwn reports whether the first word of wanting after words[i]
// follows a pronoun of the first person and no other subject comes in
// the two words after it: the asker wants for themself ("moi je veux
// faire l'hôtellerie"), not for another ("je veux qu'il apprenne").
func (r *reading) wantsOwn(i int) bool {
	for j := i + 1; j < len(r.words); j++ {
		if !r.cls[j].Is(lang.Want) {
			continue
		}
		if !r.rd.v.first[r.words[j-1]] {
			return false
		}
		for k := j + 1; k < len(r.words) && k <= j+2; k++ {
			if r.cls[k].Is(lang.SubjectPronoun) && !r.rd.v.first[r.words[k]] {
				return false
			}
		}
		return true
	}
	return false
}

// beingOf reports whether word i is right after a form of être whose
// subject is a pronoun or a relative, with no article: what the person is
// ("je suis menuisier", "mon frère est soudeur").
func (r *reading) beingOf(i int) bool {
	if i < 1 || !r.cls[i-1].Is(lang.Being) || r.sentence[i-1] != r.sentence[i] || r.cls[i].Is(lang.Function|lang.Determiner|lang.Article) {
		return false
	}
	j := i - 2
	return j < 0 || r.sentence[j] != r.sentence[i] || r.cls[j].Is(lang.SubjectPronoun|lang.Relative)
}

// toldSelling finds, in French, a clause of a subject pronoun and a verb
// of selling ("je vends du jus à Gao", "nous vendons des pagnes"): the
// person's trade, who asks, when the message asks a need or wants
// something outside it ("il me faut un soutien pour avoir un congélateur,
// je vends du jus"), not a thing asked. The clause runs to the next clause
// word, word of wanting, asking, purpose or need, or its sentence's end.
func (r *reading) toldSelling() {
	for i := 1; i < len(r.words); i++ {
		if !r.cls[i].Is(lang.Sell) || !r.cls[i-1].Is(lang.SubjectPronoun) || r.sentence[i-1] != r.sentence[i] || r.rd.v.infinitive(r.words[i]) {
			continue
		}
		end := i + 1
		for end < len(r.words) && r.sentence[end] == r.sentence[i] && !r.cls[end].Is(lang.ClauseWord|lang.Want|lang.Request|lang.Purpose|lang.NeedWord) && r.needs[end] == "" {
			end++
		}
		asks := func(j int) bool { return r.cls[j].Is(lang.Want|lang.Request|lang.NeedWord) || r.needs[j] != "" }
		outside := false
		for j := range r.words {
			if (j < i-1 || j >= end) && asks(j) {
				outside = true
				break
			}
		}
		if outside {
			mark(r.who, i, end)
		}
	}
}

// thingAfter reports whether a thing is asked after the word of wanting at
// i, in its sentence: a free word that is topical and no frame or grammar,
// or one that names a need.
func (r *reading) thingAfter(i int) bool {
	for j := i + 1; j < len(r.words) && r.sentence[j] == r.sentence[i]; j++ {
		if r.claims[j] == free && (r.rd.topical(r.words[j]) && !r.cls[j].Is(lang.Frame|lang.Function) || r.needs[j] != "") {
			return true
		}
	}
	return false
}

// toldAsSubject finds, in a French sentence written as a notice, a subject
// named with no pronoun right before a verb of seeking (fr/seek.tsv:
// "plombier cherche boulot", "jeune diplômé en gestion demande un cabinet
// pour son CV"): the words from the sentence's start to that verb tell who
// asks, not what is asked, as in "je suis plombier, je cherche du boulot".
// Not when they hold a pronoun, a word of wanting, learning, asking, being
// or which, a possessive or a purpose ("aide pour payer mon loyer, le
// propriétaire…" tells no one), or a noun of a need ("formation soudure
// cherche…" is no person), nor when nothing is asked after the verb.
func (r *reading) toldAsSubject() {
	sentence := r.sentence
	for i := range r.words {
		if i == 0 || sentence[i-1] != sentence[i] || r.cls[i-1].Is(lang.Stop|lang.Function) || !r.rd.v.Seek[r.words[i]] {
			continue
		}
		start := i - 1
		for start > 0 && sentence[start-1] == sentence[i] {
			start--
		}
		if slices.ContainsFunc(r.cls[start:i], func(c lang.Class) bool {
			return c.Is(lang.SubjectPronoun | lang.Want | lang.Learn | lang.Request | lang.NeedWord | lang.Being | lang.Which | lang.Mine | lang.Purpose)
		}) || !r.thingAfter(i) {
			continue
		}
		mark(r.who, start, i)
	}
}

// toldOwnSubject finds, in French, a subject opened by a first-person
// possessive right before a word of wanting ("notre coopérative de femmes
// à Kayes veut apprendre…", "mon groupement de jeunes cherche…"): the
// person's own group or relative, who asks, not what is asked. Not when a
// pronoun, a word of learning, asking, being, a need or a purpose stands
// between ("mon projet de formation, je veux…" asks it), nor when nothing
// is asked after the verb. A subject with an article ("une jeune femme
// déplacée veut lancer…") names the people a fiche serves, and stays.
func (r *reading) toldOwnSubject() {
	sentence := r.sentence
	for i := range r.words {
		if !r.cls[i].Is(lang.Mine) || i > 0 && sentence[i-1] == sentence[i] && !r.cls[i-1].Is(lang.Function) {
			continue
		}
		for j := i + 1; j < len(r.words) && sentence[j] == sentence[i]; j++ {
			c := r.cls[j]
			if c.Is(lang.Want) {
				if j > i+1 && r.thingAfter(j) {
					mark(r.who, i, j)
				}
				break
			}
			if c.Is(lang.SubjectPronoun|lang.Learn|lang.Request|lang.NeedWord|lang.Being|lang.Which|lang.Purpose|lang.ClauseWord) || r.needs[j] != "" {
				break
			}
		}
	}
}

// toldPast finds, in French, a clause whose verb tells the person's past in
// the imperfect (past_told.tsv) right after a subject pronoun ("là-bas je
// faisais la soudure sur les chantiers", "en Côte d'Ivoire je travaillais
// dans les plantations de cacao"): its words, from the sentence's start or
// the last word of wanting before it, up to the next subject pronoun, word
// of wanting or of asking, tell who asks, not what is asked.
func (r *reading) toldPast() {
	sentence := r.sentence
	for i, w := range r.words {
		if i == 0 || !r.cls[i-1].Is(lang.SubjectPronoun) || sentence[i-1] != sentence[i] || !r.rd.v.PastTold[w] {
			continue
		}
		start := i - 1
		for start > 0 && sentence[start-1] == sentence[i] && !r.cls[start-1].Is(lang.Want) {
			start--
		}
		end := i + 1
		for end < len(r.words) && sentence[end] == sentence[i] && !r.cls[end].Is(lang.SubjectPronoun|lang.Want|lang.Request) {
			end++
		}
		mark(r.who, start, end)
	}
}

// toldAlready finds, in French, a clause that opens on a subject pronoun
// and whose verb a word of already follows (already.tsv: "je travaille
// déjà un peu avec un frigoriste", "elle tresse déjà les voisines"): its
// words, from the pronoun up to the next subject pronoun, word of wanting
// or of asking, tell what the person already does, not what is asked.
func (r *reading) toldAlready() {
	for i, w := range r.words {
		if i < 2 || !r.cls[i-2].Is(lang.SubjectPronoun) || r.sentence[i-2] != r.sentence[i] || r.cls[i-1].Is(lang.Want|lang.Learn|lang.Request) || !r.rd.v.Already[w] {
			continue
		}
		mark(r.who, i-2, r.toldUpTo(i+1))
	}
}

// toldKnown finds, in French, a clause that opens on a subject pronoun
// right before a verb of knowing how (know_how.tsv: "je sais coudre", "il
// sait faire la menuiserie", "je maîtrise la couture"), not negated ("je
// ne sais pas" puts "ne" between; "je sais pas coudre" a word of lack
// after) nor opening a clause or a question after it ("je sais que…", "je
// sais où…"): the trade is one the person can already do, who asks, not
// a training asked; its words, as toldAlready's, tell who asks.
func (r *reading) toldKnown() {
	for i, w := range r.words {
		if i < 1 || !r.cls[i-1].Is(lang.SubjectPronoun) || r.sentence[i-1] != r.sentence[i] || !r.rd.v.KnowHow[w] ||
			i+1 < len(r.words) && r.sentence[i+1] == r.sentence[i] && r.cls[i+1].Is(lang.Lack|lang.Which|lang.Request) {
			continue
		}
		mark(r.who, i-1, r.toldUpTo(i+1))
	}
}

// toldUpTo returns where a clause told, going on at word i, ends: at the
// next subject pronoun, word of wanting or of asking, or its sentence's
// end.
func (r *reading) toldUpTo(i int) int {
	end := i
	for end < len(r.words) && r.sentence[end] == r.sentence[i-1] && !r.cls[end].Is(lang.SubjectPronoun|lang.Want|lang.Request) {
		end++
	}
	return end
}

// wantsBefore reports whether, before words[i] in its sentence, the person
// wants something: a word of wanting right after a pronoun of the first
// person ("je veux", "nous cherchons") or a relative the message is about
// ("mon fils veut entrer au CPM, il faut quel dossier ?").
func (r *reading) wantsBefore(i int) bool {
	for j := i - 1; j > 0 && r.sentence[j] == r.sentence[i]; j-- {
		if r.cls[j].Is(lang.Want) && (r.rd.v.first[r.words[j-1]] || r.cls[j-1].Is(lang.Relative)) && r.sentence[j-1] == r.sentence[j] {
			return true
		}
	}
	return false
}

// opensLearning reports whether the sentence of words[i] opens, before i,
// with a noun of learning (a word of learning that names the need,
// need_words.tsv: "formation"), or a word of learning followed by "de" or
// an article ("cours de couture", "apprendre la couture"), past greetings
// and grammar: the words before a clause that wants are then a request of
// their own, said without a verb ("formation apiculture, je veux produire
// du miel"), not who asks. A participle tells what was learnt ("formé en
// mécanique moto, je veux du matériel").
func (r *reading) opensLearning(i int) bool {
	start := i
	for start > 0 && r.sentence[start-1] == r.sentence[i] {
		start--
	}
	for j := start; j < i; j++ {
		if !r.cls[j].Is(lang.Stop | lang.Function) {
			return r.cls[j].Is(lang.Learn) && (r.cls[j].Is(lang.NeedWord) || j+1 < i && r.cls[j+1].Is(lang.From|lang.Article))
		}
	}
	return false
}

// maybeMisspelt reports whether words[i] may be a misspelt name: not taken,
// long enough, and known to no one.
func (r *reading) maybeMisspelt(i int) bool {
	w := r.words[i]
	return r.claims[i] == free && len(w) >= places.MinMisspelt && r.rd.unknown(w)
}

// toldHad finds, in French, a qualification (a diploma, a training, or a
// training named by its trade: trainedIn) told as had or done — a word of
// having or finishing just before it ("j'ai un CAP", "sortie d'un CAP",
// "après ma formation", "a fini la couture"), or "en poche" after it, or the
// qualification naming its holder ("licencié", or a diploma right after a form
// of être, beingOf: "je suis diplômé de l'université") — and the
// trade it names after it ("CAP de coupe-couture", "BT electricite"): they
// tell who asks (Had), not what is asked; the request is what follows the want.
func (r *reading) toldHad() {
	for i := range r.words {
		if !r.cls[i].Is(lang.Qualification) && !r.trainedIn(i) {
			continue
		}
		end := r.qualified(i)
		after := -1
		for j := end; j < len(r.words) && j <= end+1 && r.sentence[j] == r.sentence[i]; j++ {
			if r.cls[j].Is(lang.HadAfter) {
				after = j
				break
			}
			if !r.cls[j].Is(lang.Function) {
				break
			}
		}
		start := r.hadBefore(i)
		if start < 0 && (r.cls[i].Is(lang.Had) || r.cls[i].Is(lang.Qualification) && r.beingOf(i)) {
			// A holder named by the diploma: "licencié en géographie";
			// or a diploma right after a form of être, where "diplôme" can only
			// be the participle: "je suis diplômé de l'université".
			start = i
		}
		switch {
		case after >= 0:
			mark(r.who, i, after+1)
			mark(r.had, i, after+1)
		case start >= 0:
			mark(r.who, start, end)
			mark(r.had, start, end)
		}
	}
}

// trainedIn reports whether word i names a training by its trade or its
// kind, not a word of learning ("couture", "apprentissage"; not
// "apprendre"): after a word of having or finishing ("ma soeur a fini la
// couture", "je viens de finir mon apprentissage") it is a training done,
// as a qualification is.
func (r *reading) trainedIn(i int) bool {
	return r.needs[i] == seeds.NeedTraining && !r.cls[i].Is(lang.Learn)
}

// hadBefore returns where a word of having or finishing (lang.Had) is just
// before word i, with at most qualifiedGap articles, possessives or
// grammatical words between; -1 if none is.
func (r *reading) hadBefore(i int) int {
	for j := i - 1; j >= 0 && j >= i-1-qualifiedGap && r.sentence[j] == r.sentence[i]; j-- {
		switch c := r.cls[j]; {
		case c.Is(lang.Had):
			return j
		case !c.Is(lang.Function | lang.Determiner | lang.Possessive | lang.Mine):
			return -1
		}
	}
	return -1
}

// qualified returns the end of the words that say what a qualification at i
// is in: up to qualifiedWords words naming something after it, with the
// grammatical words between, in its sentence, before any word that opens
// a clause, wants, asks or says what for ("CAP de coupe-couture", "formation
// en soudure au CFP"; "CAP couture veut …").
func (r *reading) qualified(i int) int {
	end, content := i+1, 0
	for j := i + 1; j < len(r.words) && r.sentence[j] == r.sentence[i] && content < qualifiedWords; j++ {
		c := r.cls[j]
		switch {
		case c.Is(lang.Want | lang.Learn | lang.Request | lang.ClauseWord | lang.SubjectPronoun | lang.Purpose | lang.NeedWord | lang.Auxiliary | lang.Being | lang.Had | lang.HadAfter | lang.Without):
			return end
		case c.Is(lang.Function | lang.Determiner | lang.Possessive):
		default:
			content++
			end = j + 1
		}
	}
	return end
}

// ofQualification reports whether word i says what a qualification just
// before it is in ("un diplôme de plombier", "le CAP de couture"), with at
// most qualifiedGap grammatical words between.
func (r *reading) ofQualification(i int) bool {
	for j := i - 1; j >= 0 && j >= i-1-qualifiedGap && r.sentence[j] == r.sentence[i]; j-- {
		switch c := r.cls[j]; {
		case c.Is(lang.Qualification):
			return r.qualified(j) > i
		case !c.Is(lang.Function | lang.Determiner | lang.Article):
			return false
		}
	}
	return false
}

// qualifiesTrade reports whether a qualification at i is in a trade
// taught ("un diplôme de plombier"): the trade says what is asked, the
// qualification no more than a training does.
func (r *reading) qualifiesTrade(i int) bool {
	if !r.cls[i].Is(lang.Qualification) {
		return false
	}
	for k := i + 1; k < r.qualified(i); k++ {
		if r.trainedIn(k) {
			return true
		}
	}
	return false
}

// toldEnded finds a fiche named that the message tells ended or closed: a
// word of ended.tsv after its name in its sentence, before a word of
// wanting or asking, with at least two words after it ("Avenir Brillant
// est fini, je vais où pour l'électricité ?"). The name tells what the
// person knows: it is who asks, and its words and the word that tells it
// ended are the story, not asked (decide names no such fiche;
// Query.EndedTold holds it). A message that asks whether it runs
// ("c'est fini ?", Query.Asked status) asks about it.
func (r *reading) toldEnded() {
	if r.q.Asked == AskStatus {
		return
	}
	for _, h := range r.named {
		for j := h.End; j < len(r.words)-2 && r.sentence[j] == r.sentence[h.Start] && !r.cls[j].Is(lang.Want|lang.Request); j++ {
			if r.rd.v.Ended[r.words[j]] {
				mark(r.who, h.Start, h.End)
				r.claim(h.Start, h.End, claimStory)
				r.claim(j, j+1, claimStory)
				if !slices.Contains(r.q.EndedTold, h.Ref) {
					r.q.EndedTold = append(r.q.EndedTold, h.Ref)
				}
				break
			}
		}
	}
}

// toldExcluded finds a fiche named that the message leaves out: in French
// a preposition of exclusion (excluding.tsv) or a phrase of
// fr/excluding_names.tsv right before its name, with at most excludedGap
// grammatical words between ("sauf l'ANPE", "autre que l'APEJ", "mais pas
// à l'ECICA"); in Bambara a word of bm/excluding_names.tsv right after it,
// the sentence ending there or going on with no place ("IFPI tɛ, dɔ wɛrɛ
// bɛ yen wa?", not "IFPI tɛ Kayi"). Like a fiche told ended, the name is
// who asks, not asked (Query.Excluded holds it).
func (r *reading) toldExcluded() {
	for _, h := range r.named {
		if !r.excludedName(h) {
			continue
		}
		mark(r.who, h.Start, h.End)
		r.claim(h.Start, h.End, claimStory)
		if !slices.Contains(r.q.Excluded, h.Ref) {
			r.q.Excluded = append(r.q.Excluded, h.Ref)
		}
	}
}

// excludedName reports whether the message leaves out the fiche named at
// h (toldExcluded).
func (r *reading) excludedName(h nameHit) bool {
	s := r.sentence[h.Start]
	if r.q.Lang == Bambara {
		j := h.End
		if j >= len(r.words) || r.sentence[j] != s || !r.rd.v.ExcludedAfter[r.words[j]] {
			return false
		}
		return j+1 == len(r.words) || r.sentence[j+1] != s || !slices.ContainsFunc(r.heres, func(p placeHit) bool { return p.at == j+1 })
	}
	return r.leftOutBy(h.Start, func(j int) bool {
		k := r.rd.v.ExcludingName.Ending(r.words, j, lang.AsIs)
		return r.sets[j].Is(lang.InExcluding) || k >= 0 && r.sentence[k] == s
	})
}
