package search

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"sira/index/understand"
	"sira/places"
	"sira/seeds"
)

// An Answer is the ranked fiches for a question.
type Answer struct {
	understand.Query
	// NoMatch says that no fiche truly fits: Results are then the closest
	// fiches, to show as alternatives, not as answers.
	NoMatch bool
	// Elsewhere says that fiches fit the topic but none serves the place asked.
	Elsewhere bool
	// PlaceOnly says the question names a place and asks nothing of it
	// ("Ségou"): where the person is, rather than a question.
	PlaceOnly bool
	Results   []Result
}

// A Result is one fiche in an answer.
type Result struct {
	Fiche *seeds.Fiche
	Score float64
	Why   []Reason // what made it match, best first
	// Km is how far the fiche's nearest town is from a shared location
	// (Near), 0 when unknown.
	Km float64
	// Strong says the fiche fits a thing asked by its head: a topic in
	// its name, trades or summary (or, misspelt, by sound), not only a
	// word of its text. The conversation shows a programme that fits
	// strongly before a service that only holds a word of the question.
	Strong bool
	// Covers is the share of the things asked for that the fiche holds,
	// the ranking's first key; -1 when the question names no thing (only
	// what it is for). With Strong, it says whether a result fits as well
	// as another.
	Covers float64

	cand     *candidate // what ranking read of it, until Why is said
	coverage float64    // share of the question's topics the fiche matched
	near     int        // how closely it is tied to the place asked (locality)
}

// maxTerms bounds bleve's term searchers for one question: fuzzy matching on
// a long message must not expand into thousands of terms.
const maxTerms = 1000

// Sound keys shorter than minSoundKey are not searched (too many words
// share them); a typed key of minFuzzyKey or more that no fiche has is
// searched within one edit ("chodronerie"): shorter ones at one edit match
// unrelated words ("montr" ≈ "kontr").
const (
	minSoundKey = 4
	minFuzzyKey = 6
	// minFuzzyTerm is the shortest stem searched within one edit, when the
	// word typed has minFuzzyKey letters or more: stems are shorter than
	// words ("cuture" → "cutur", one letter from "coutur").
	minFuzzyTerm = 5
)

// rerankDepth is how many hits are ranked again by topic coverage.
const rerankDepth = 10

// Ask understands a question and ranks the fiches; size is how many results
// to return (the bot shows three at a time, and pages through the rest).
func (ix *Index) Ask(ctx context.Context, question string, size int) (Answer, error) {
	return ix.AskIn(ctx, question, "", size)
}

// AskIn is Ask for a person who has chosen a region: a question that names
// no place is read as asked there.
func (ix *Index) AskIn(ctx context.Context, question, region string, size int) (Answer, error) {
	q := ix.rd.Understand(question)
	if q.Place == nil && region != "" && region != seeds.National {
		if p, ok := ix.gaz.Region(region); ok {
			q.Place = &p
		}
	}
	return ix.search(ctx, q, size)
}

// AskAt is Ask in a region the person chose for this question ("another
// region"): the region replaces the place the question names, and
// national means anywhere.
func (ix *Index) AskAt(ctx context.Context, question, region string, size int) (Answer, error) {
	q := ix.rd.Understand(question)
	q.Place = nil
	if p, ok := ix.gaz.Region(region); ok {
		q.Place = &p
	}
	return ix.search(ctx, q, size)
}

// Browse lists the fiches for a need, in a region if one is given: what the
// menu buttons show.
func (ix *Index) Browse(ctx context.Context, need, region string, size int) (Answer, error) {
	q := understand.Query{Need: need}
	if p, ok := ix.gaz.Region(region); ok {
		q.Place = &p
	}
	content, sets := ix.contentQuery(q)
	return ix.explained(ix.ranked(ctx, q, content, sets, size))
}

// search answers a question (answer), and says why each fiche matched.
func (ix *Index) search(ctx context.Context, q understand.Query, size int) (Answer, error) {
	return ix.explained(ix.answer(ctx, q, size))
}

// explained says why each result of an answer matched. A search ranks more
// fiches than it returns (the hits ranked again, the fiches of a place that
// did not fit, the protection fiches past the first): why is said of the
// results returned only.
func (ix *Index) explained(a Answer, err error) (Answer, error) {
	for i := range a.Results {
		if r := &a.Results[i]; r.cand != nil {
			r.Why, r.cand = ix.why(a.Query, r.cand), nil
		}
	}
	return a, err
}

// answer answers a question: a protection answer for danger told, or
// protection asked (not about programmes, nor a fiche named, nor refused
// on evidence); else the fiches ranked.
func (ix *Index) answer(ctx context.Context, q understand.Query, size int) (Answer, error) {
	units, sets := ix.searchUnits(q.Terms, q.Lang)
	if q.Distressed || q.Need == seeds.NeedProtection && !q.Programmes && len(q.Named) == 0 && !refused(q, sets) {
		// The message's terms and the signs' (units are searched each
		// on its own: those of the message stand).
		su, ss := ix.searchUnits(ix.rd.SignTerms(q), q.Lang)
		units, sets = append(units[:len(units):len(units)], su...), append(sets[:len(sets):len(sets)], ss...)
		return ix.protection(ctx, Answer{Query: q}, anyOrNone(units), sets, size)
	}
	return ix.ranked(ctx, q, anyOrNone(units), sets, size)
}

// refused reports whether the question asks for something Sira knows it
// cannot answer (and names no fiche): a thing to buy, and nothing else
// asked, no money, no training (the fiches sell nothing; "une formation en
// couture et de l'argent pour acheter une machine" asks both); going abroad, and nothing asked but the
// work or study there (they help people who came back, none helps them
// leave), unless the message is about protection (a child who left for
// Algeria); something out of scope (out_of_scope.tsv); an activity no fiche
// offers, or a country asked about that no fiche names (sets: the terms
// searched).
func refused(q understand.Query, sets []termSet) bool {
	return (q.Buying && (q.Need == "" || q.Need == seeds.NeedProtection) || emigrating(sets) && q.Need != seeds.NeedProtection || len(q.OutOfScope) > 0 ||
		slices.ContainsFunc(sets, func(ts termSet) bool { return ts.unanswerable })) && len(q.Named) == 0
}

// emigrating reports whether the question asks to go abroad and nothing
// else the fiches know but the work or study there: a destination, and no
// other thing asked that a fiche holds than a need ("n b'a fɛ ka taa
// Ameriki ka baara kɛ yen"; "… Esipanyi kurun kɔnɔ", by boat: a word no
// fiche holds asks nothing they could answer).
func emigrating(sets []termSet) bool {
	going := false
	for _, ts := range sets {
		switch {
		case ts.role == understand.Destination:
			going = true
		case ts.role.Asks() && ts.need == "" && ts.found():
			return false
		}
	}
	return going
}

// ranked ranks the fiches for a question searched with content (its
// terms: sets), or for a need and region (Browse), and says whether any
// fits.
func (ix *Index) ranked(ctx context.Context, q understand.Query, content query.Query, sets []termSet, size int) (Answer, error) {
	a := Answer{Query: q}
	refused := refused(q, sets)
	// Something is asked: a thing (a term that asks), a need, a kind, a
	// fiche named, programmes, the people the fiches serve ("aide pour
	// les migrants de retour": Term.Public); in a place, the words of
	// asking or of who asks too ("à Gao, qui aide ?"). Those alone,
	// with no place, ask for nothing a fiche can fit: no fiche is shown
	// for the words of "je veux parler à quelqu'un" or "mon ami m'a dit
	// de vous écrire", whatever text holds them.
	asked := q.Need != "" || q.Kind != "" || len(q.Named) > 0 || q.Programmes || slices.ContainsFunc(q.Terms, func(t understand.Term) bool {
		return t.Role.Asks() || t.Public || t.Role != understand.Story && q.Place != nil
	})
	if !asked && q.Place == nil {
		a.NoMatch = true
		return a, nil
	}
	// A question that names nothing but a place ("n b'a fɛ ka so san
	// Bamakɔ": every word a grammatical one) asks for nothing a fiche can
	// fit; its place still finds alternatives.
	a.PlaceOnly = !asked && q.Place != nil
	fit := func(rs []Result) bool { return asked && !refused && (fits(rs) || named(q, rs)) }
	var should []query.Query
	if q.Need != "" {
		should = append(should, termQuery(fNeeds, q.Need, boostNeed), termQuery(fFocus, q.Need, boostNeed))
	}
	if q.Kind != "" {
		should = append(should, termQuery(fKind, q.Kind, boostKind))
	}
	if q.Donors {
		should = append(should, termQuery(fAudience, seeds.AudienceProgramme, boostKind))
	}

	size = max(size, 3)
	if q.Place != nil {
		// First the fiches that serve the place (of the kind asked, if
		// any); only when none fits, the others, as alternatives.
		here := should[:len(should):len(should)]
		if town := ix.frenchCache.terms(q.Place.Name); len(town) > 0 {
			here = append(here, termsQuery(fText, town, boostTown)) // the town named in the fiche's text
		}
		filter := termQuery(fServes, q.Place.Region, 1)
		rs, err := ix.runFilled(ctx, q, content, here, filter, size, sets)
		if err != nil {
			return a, err
		}
		var kept [fitDepth]Result
		if fit(localOrStrong(kept[:0], rs, q.Kind, ix.teachesHere(sets))) || !asked && len(rs) > 0 {
			a.Results, a.NoMatch = rs, !asked
			return a, nil
		}
	}
	rs, err := ix.runFilled(ctx, q, content, should, nil, size, sets)
	if err != nil {
		return a, err
	}
	a.Results = rs
	a.NoMatch = !fit(rs)
	if q.Place != nil && len(rs) > 0 {
		a.NoMatch, a.Elsewhere = true, fit(rs)
		a.Results = ix.nearest(rs, q.Place)
	}
	if a.NoMatch && asked {
		a.Results = alternatives(q, a.Results)
		a.Elsewhere = a.Elsewhere && len(a.Results) > 0
	}
	return a, nil
}

// alternatives keeps, of the fiches shown when nothing fits (here, or
// anywhere), those that share the question's need (when it has one) or
// hold a thing it asks in their name, trades or summary: a business angel
// whose text says "passer" is no alternative to a driving licence, nor a
// recruiter whose text says "amis" one elsewhere. None may be left.
func alternatives(q understand.Query, rs []Result) []Result {
	var out []Result
	for _, r := range rs {
		if q.Need != "" && r.Fiche.HasNeed(q.Need) || r.Strong {
			out = append(out, r)
		}
	}
	return out
}

// protection answers a message that tells of danger: the protection actors
// a person can reach (Fiche.Open: active, receiving the public) serving the
// place first, those that match more of the message before the others,
// then those serving all of Mali, then active programmes reached through
// partners; never "nothing fits", never an ended project. A fiche named in
// the message comes first whatever it is.
func (ix *Index) protection(ctx context.Context, a Answer, content query.Query, sets []termSet, size int) (Answer, error) {
	size = max(size, 3)
	should := []query.Query{termQuery(fNeeds, seeds.NeedProtection, boostNeed), termQuery(fFocus, seeds.NeedProtection, boostNeed)} // as search scores a need
	if a.Place != nil {
		if town := ix.frenchCache.terms(a.Place.Name); len(town) > 0 {
			should = append(should, termsQuery(fText, town, boostTown)) // the town named in the fiche's text
		}
	}
	// The best protection fiches (all of them on the shipped fiches): those
	// with the message's words, filled with the others; ranked once, then
	// ordered by who a person can reach where they are.
	rs, err := ix.runFilled(ctx, a.Query, content, should, termQuery(fNeeds, seeds.NeedProtection, 1), max(size, protectionDepth), sets)
	if err != nil {
		return a, err
	}
	group := func(r Result) int {
		f := r.Fiche
		here := a.Place == nil || serves(f, a.Place)
		switch {
		case slices.Contains(a.Named, f.Ref):
			return 0
		case f.Open() && here:
			return 1
		case f.Open():
			return 2
		case f.Status == seeds.StatusActive:
			return 3 // a programme reached through partners
		}
		return 4 // ended: not shown
	}
	// Within a group, for a child those whose name, trades or summary say
	// child protection first, then those that serve children among others
	// (childActors); for an adult (no child nor young person told of),
	// child protection last.
	forChildren := func(r Result) int {
		switch c := ix.children[r.Fiche.Ref]; {
		case a.Age == understand.AgeChild:
			return childProtection - c
		case a.Age == understand.AgeAdult && c == childProtection:
			return 1
		}
		return 0
	}
	slices.SortStableFunc(rs, func(x, y Result) int {
		if g := group(x) - group(y); g != 0 {
			return g
		}
		return forChildren(x) - forChildren(y)
	})
	for _, r := range rs {
		if len(a.Results) < size && group(r) < 4 {
			a.Results = append(a.Results, r)
		}
	}
	return a, nil
}

// runFilled runs the question; when fewer fiches than asked have any of its
// words, the fiches that serve its need (and place) follow them: one
// welding course in Gao is not all Gao has for a young person who wants a
// trade.
func (ix *Index) runFilled(ctx context.Context, q understand.Query, content query.Query, should []query.Query, filter query.Query, size int, sets []termSet) ([]Result, error) {
	filtered, err := ix.within(ctx, content, filter)
	if err != nil {
		return nil, err
	}
	rs, err := ix.run(ctx, q, combine(filtered, should, filter), size, sets)
	if err != nil || len(rs) >= size || content == nil || len(should) == 0 {
		return rs, err
	}
	if all, err := ix.allIn(ctx, filter, rs); err != nil || all {
		return rs, err // every fiche the filter lets through is there already
	}
	more, err := ix.run(ctx, q, combine(nil, should, filter), size, sets)
	if err != nil {
		return nil, err
	}
	for _, r := range more {
		if len(rs) == size {
			break
		}
		if !slices.ContainsFunc(rs, func(o Result) bool { return o.Fiche == r.Fiche }) {
			rs = append(rs, r)
		}
	}
	return rs, nil
}

// allIn reports whether every fiche a filter of one term lets through is
// among rs: then the fiches that serve the need could add none (a distress
// answer on the shipped fiches finds most of the protection fiches by the
// message's words). It is false for any other filter.
func (ix *Index) allIn(ctx context.Context, filter query.Query, rs []Result) (bool, error) {
	tq, ok := filter.(*query.TermQuery)
	if !ok {
		return false, nil
	}
	r, err := ix.reader.TermFieldReader(ctx, []byte(tq.Term), tq.FieldVal, true, true, false) // kept decoded (postingsCache)
	if err != nil {
		return false, fmt.Errorf("index: search: %w", err)
	}
	defer r.Close()
	for d, err := r.Next(nil); d != nil || err != nil; d, err = r.Next(d) {
		if err != nil {
			return false, fmt.Errorf("index: search: %w", err)
		}
		f := ix.byDoc[string(d.ID)]
		if !slices.ContainsFunc(rs, func(o Result) bool { return o.Fiche == f }) {
			return false, nil
		}
	}
	return true, nil
}

// fits is the "does anything fit" decision, for a question that asks
// something and is not refused on evidence (search: out_of_scope.tsv; an
// activity no fiche offers, activities.tsv; a country asked about that no
// fiche names; buying with no money asked; going abroad only — a named
// fiche is never refused). One of the first fitDepth results fits when it
// covers something the fiches know of the question (coverage counts a word
// no fiche holds for nothing: an unknown word alone never refuses), or
// the question names nothing the fiches know and asks a need they serve.
// When unsure, the best fiches are shown (the bot adds the counsellor
// offer). For a place, a fiche must also work there (localOrStrong), else
// the answer is elsewhere.
func fits(rs []Result) bool {
	for _, r := range rs[:min(fitDepth, len(rs))] {
		if r.coverage > 0 {
			return true
		}
	}
	return false
}

// named reports whether one of the first results is a fiche the question
// names: a named fiche is never refused.
func named(q understand.Query, rs []Result) bool {
	return slices.ContainsFunc(rs[:min(fitDepth, len(rs))], func(r Result) bool { return slices.Contains(q.Named, r.Fiche.Ref) })
}

// localOrStrong keeps the results that work at the place itself or match
// a topic in their name, trades or summary, are of the kind asked if any,
// and teach the trade asked if one is (teachesHere): a national fiche that
// mentions the topic deep in its text is no answer for a town, nor a bank
// for an incubator in Gao. It appends them to out, up to its capacity
// (fits reads the first fitDepth).
func localOrStrong(out, rs []Result, kind string, teaches func(*seeds.Fiche) bool) []Result {
	for _, r := range rs {
		if len(out) == cap(out) {
			break
		}
		if (r.Strong || r.near > 0) && (kind == "" || r.Fiche.Kind == kind) && teaches(r.Fiche) {
			out = append(out, r)
		}
	}
	return out
}

// teachesHere returns what a fiche serving the place asked must also do to
// fit: for a request to learn a trade (Term.Head) that a determiner or
// preposition brings ("formation en soudure"; "formation courte" names no
// trade) and some fiche names in its name, trades or summary, offer it in
// what it says it does: its name, trades, summary or offer. A donor whose
// text names welding among a programme's results is no place to learn it
// ("soudure à Sikasso": nothing fits there, the welding schools are
// elsewhere). For any other question, nothing.
func (ix *Index) teachesHere(sets []termSet) func(*seeds.Fiche) bool {
	var trade []uint32 // the text terms of the trade asked
	listed := false    // some fiche names it in its name, trades or summary
	for _, ts := range sets {
		if ts.head {
			trade = append(trade, ts.ids[slotText]...)
			listed = listed || len(ts.ids[slotHead]) > 0 && ts.noun
		}
	}
	if !listed {
		return func(*seeds.Fiche) bool { return true }
	}
	return func(f *seeds.Fiche) bool { return ix.offers(f.Ref, trade) }
}

// combine builds the query: the content must match (when there is any),
// the boosts should, and the filter must hold. The filter joins the content
// in a conjunction rather than bleve's non-scoring filter: the conjunction
// leaps over the fiches the filter excludes, where the filter would score
// every content match first (measured: p99 60 ms against 41 at 100k fiches).
func combine(content query.Query, should []query.Query, filter query.Query) query.Query {
	if content == nil && len(should) == 0 && filter == nil {
		return nil // nothing to search: only the fiches named
	}
	var must []query.Query
	if content != nil {
		must = append(must, content)
	} else if len(should) > 0 {
		must = append(must, anyOf(should))
	}
	if filter != nil {
		must = append(must, filter)
	}
	bq := bleve.NewBooleanQuery()
	if len(must) == 1 {
		bq.Must = must[0] // a conjunction of one is a searcher more
	} else {
		bq.AddMust(must...)
	}
	bq.AddShould(should...)
	return bq
}

// run searches qq and ranks the hits again.
func (ix *Index) run(ctx context.Context, q understand.Query, qq query.Query, size int, sets []termSet) ([]Result, error) {
	// Fetch more than asked: the fiche that covers the most of the question
	// may rank low on score alone when its text is long.
	var hits []hit
	if qq != nil {
		var err error
		if hits, err = ix.top(ctx, qq, max(size, rerankDepth)); err != nil {
			return nil, err
		}
	}
	for _, ref := range q.Named {
		// A fiche named is ranked whatever else the question asks ("CFP
		// Sénou : quels documents ?"), and comes first.
		if f, ok := ix.fiches[ref]; ok && !slices.ContainsFunc(hits, func(h hit) bool { return h.fiche == f }) {
			hits = append(hits, hit{fiche: f})
		}
	}
	var town []uint32 // the ids of the place's name among the fiches' text terms
	if q.Place != nil {
		for _, t := range ix.frenchCache.terms(q.Place.Name) {
			if id, ok := ix.held.id(fText, t); ok {
				town = append(town, id)
			}
		}
	}
	cs := make([]candidate, len(hits))
	for i, h := range hits {
		c := &cs[i]
		c.score, c.fiche, c.terms = h.score, h.fiche, ix.held.docs[h.fiche.Ref]
		c.rankCov, c.whoCov, c.forCov, c.fitCov = coverage(c, q, sets, ix.inLineWithTopic)
		if q.Place != nil {
			c.near = locality(c, q.Place, town)
		}
	}
	// Fiches that cover more of what the question asks for first; among
	// equals, those that serve the need, then those that know more of who
	// asks, then of what the thing is for, then for a job the services
	// before the donors, then those that name the town or list its region
	// before those that only serve all of Mali.
	named := func(c *candidate) bool { return slices.Contains(q.Named, c.fiche.Ref) }
	sort.SliceStable(cs, func(i, j int) bool {
		a, b := &cs[i], &cs[j]
		if na, nb := named(a), named(b); na != nb {
			return na // the fiche the person names comes first
		}
		if a.rankCov != b.rankCov {
			return a.rankCov > b.rankCov
		}
		if sa, sb := servesNeed(a.fiche, q.Need), servesNeed(b.fiche, q.Need); sa != sb {
			return sa
		}
		if a.whoCov != b.whoCov {
			return a.whoCov > b.whoCov
		}
		if a.forCov != b.forCov {
			return a.forCov > b.forCov
		}
		if sa, sb := a.fiche.Kind != seeds.KindDonor, b.fiche.Kind != seeds.KindDonor; sa != sb && q.Need == seeds.NeedJob {
			return sa // a job seeker applies to an agency or a firm, not to a donor's programme
		}
		return a.near > b.near
	})
	cs = cs[:min(size, len(cs))]
	// rankCov is the share of the things asked for, when the question
	// names any that is not what something is for.
	asksThing := slices.ContainsFunc(sets, func(ts termSet) bool { return ts.role.Asks() && ts.role != understand.Purpose })
	out := make([]Result, len(cs))
	for i := range cs {
		c := &cs[i]
		asked := -1.0
		if asksThing {
			asked = c.rankCov
		}
		c.sets = sets
		out[i] = Result{Fiche: c.fiche, Score: c.score, cand: c, coverage: c.fitCov, Covers: asked, Strong: strong(c, sets), near: c.near}
	}
	return out, nil
}

// A candidate is a fiche bleve matched, with what ranking reads of it:
// looked up once, however many topics and rules read it.
type candidate struct {
	fiche *seeds.Fiche
	score float64   // bleve's
	terms []uint32  // the ids of the terms it holds, sorted (heldTerms)
	sets  []termSet // the question's, to say why it matched
	// rankCov, whoCov and forCov are the shares it covers of what is
	// asked for, of who asks and of what the thing is for (coverage), in
	// the order they rank; fitCov says whether it fits; near is its
	// locality.
	rankCov, whoCov, forCov, fitCov float64
	near                            int
}

// holds reports whether the candidate holds any of the terms.
func (c *candidate) holds(ids []uint32) bool { return holdsAny(c.terms, ids) }

// termsQuery matches any of terms in field (a MatchQuery's OR, pre-analyzed).
func termsQuery(field string, terms []string, boost float64) query.Query {
	if len(terms) == 1 {
		return termQuery(field, terms[0], boost)
	}
	qs := make([]query.Query, len(terms))
	for i, t := range terms {
		qs[i] = termQuery(field, t, 1)
	}
	d := bleve.NewDisjunctionQuery(qs...)
	d.SetBoost(boost)
	return d
}

// anyOf matches any of qs. One query is its own disjunction, with the
// same score: bleve's disjunction of one adds a searcher, a context and
// their allocations for nothing.
func anyOf(qs []query.Query) query.Query {
	if len(qs) == 1 {
		return qs[0]
	}
	return bleve.NewDisjunctionQuery(qs...)
}

func termQuery(field, term string, boost float64) query.Query {
	t := bleve.NewTermQuery(term)
	t.SetField(field)
	t.SetBoost(boost)
	return t
}

// A termSet is one unit's terms that some fiche holds, by field (its
// French terms in the content fields, its sound keys in the sound field),
// with the words to show.
type termSet struct {
	label string              // the term as the person wrote it, or its gloss
	ids   *[searched][]uint32 // by slot of the field searched
	// role, country and need are those of the term; weight is what it
	// counts for in coverage (weight).
	role    understand.Role
	country bool
	need    string
	head    bool // the trade a request to learn names (Term.Head)
	noun    bool // a determiner or preposition brings it (Term.Noun)
	weight  float64
	// unanswerable says the unit is evidence of a thing Sira cannot
	// answer: an activity no fiche offers (in its name, trades or
	// summary), or a country asked about that no fiche names.
	unanswerable bool
}

// The fields a question's words are searched in, as slots of a termSet.
const (
	slotHead = iota
	slotText
	slotSound
	searched
)

// slot returns the slot of a searched field.
func slot(field string) int {
	switch field {
	case fHead:
		return slotHead
	case fText:
		return slotText
	}
	return slotSound
}

// add records the terms some fiche holds in field, and returns them.
func (ts termSet) add(held *heldTerms, field string, terms ...string) []string {
	var out []string
	ids := &ts.ids[slot(field)]
	for _, t := range terms {
		if id, ok := held.id(field, t); ok {
			*ids = append(*ids, id)
			out = append(out, t)
		}
	}
	return out
}

// counted returns the set's ids by slot that say a fiche holds it: a topic
// in any field, by sound too (a misspelling); who asks only as written, for
// a word of a story that sounds like one of a fiche ("prison",
// "précision") says nothing of it.
func (ts termSet) counted() [][]uint32 {
	if ts.role.Asks() {
		return ts.ids[:]
	}
	return ts.ids[:slotSound]
}

// found reports whether some fiche holds a term of the set.
func (ts termSet) found() bool {
	return slices.ContainsFunc(ts.ids[:], func(ids []uint32) bool { return len(ids) > 0 })
}

// contentQuery searches each unit of the question across the content
// fields; units are joined so that a fiche matching more of them ranks
// higher (bleve's disjunction scales by the share of clauses matched).
// Long words are also searched by sound, within one edit, for misspellings.
// It returns the units' term sets, to measure coverage and say why.
func (ix *Index) contentQuery(q understand.Query) (query.Query, []termSet) {
	units, sets := ix.searchUnits(q.Terms, q.Lang)
	return anyOrNone(units), sets
}

// searchUnits is each term's query (a unit: its clauses), and its term set.
// A term is searched on its own, whatever the others.
func (ix *Index) searchUnits(terms []understand.Term, lang string) ([]query.Query, []termSet) {
	var units []query.Query
	var sets []termSet
	for _, u := range terms {
		if u.Role == understand.Story {
			continue // read, not searched
		}
		ts := termSet{label: u.Variants[0], role: u.Role, country: u.Country, need: u.Need, head: u.Head, noun: u.Noun, ids: new([searched][]uint32)}
		if u.Source == understand.Phrase {
			if id, ok := ix.held.id(fPhrases, u.Variants[0]); ok {
				ts.ids[slotHead] = []uint32{id} // a fiche that offers the phrase holds it as a trade
				units = append(units, termQuery(fPhrases, u.Variants[0], boostPhrase*boostOf(u)))
			}
			ts.weight = weight(u, ts.found())
			sets = append(sets, ts)
			continue
		}
		clauses := ix.wordClauses(u, lang, ts)
		if u.Need != "" {
			clauses = append(clauses, termQuery(fNeeds, u.Need, boostOf(u)))
		}
		ts.weight = weight(u, len(clauses) > 0)
		switch {
		case u.Activity:
			ts.unanswerable = len(ts.ids[slotHead]) == 0
		case u.Country && u.Noun && u.Role.Asks():
			ts.unanswerable = len(clauses) == 0
		}
		sets = append(sets, ts)
		if len(clauses) > 0 {
			units = append(units, anyOf(clauses))
		}
	}
	return units, sets
}

// anyOrNone is anyOf, or nil for no query.
func anyOrNone(qs []query.Query) query.Query {
	if len(qs) == 0 {
		return nil
	}
	return anyOf(qs)
}

// wordClauses searches a unit's variants in the content fields, and by sound
// for misspellings; it records in ts the terms the fiches hold.
func (ix *Index) wordClauses(u understand.Term, lang string, ts termSet) []query.Query {
	var clauses []query.Query
	searchFields := func(terms []string, boost float64) {
		for _, f := range contentFields {
			// Only the terms some fiche holds: a term searcher for a
			// term no fiche has costs as much and finds nothing.
			if held := ts.add(ix.held, f.name, terms...); len(held) > 0 {
				clauses = append(clauses, termsQuery(f.name, held, f.boost*boost))
			}
		}
	}
	for i, v := range u.Variants {
		// Analyze once, then ask every field for the terms: what a
		// MatchQuery per field would do, without analyzing once per field.
		terms := ix.frenchCache.terms(v)
		searchFields(terms, boostOf(u))
		if len(ts.ids[slotText]) > 0 && u.Source != understand.Typed {
			continue // a gloss of this unit is held as written: no misspelling to forgive
		}
		for _, key := range ix.soundCache.terms(v) {
			if len(key) < minSoundKey {
				continue
			}
			keys := []string{key}
			if !ix.sounds[key] && len(key) >= minFuzzyKey && u.Source == understand.Typed && frenchSpelt(v, lang) {
				// A misspelt French word: no fiche has the key as written.
				keys = ix.spell.Near(key)
			}
			for _, k := range ts.add(ix.held, fSound, keys...) {
				clauses = append(clauses, termQuery(fSound, k, boostSound*boostOf(u)))
			}
		}
		if len(clauses) == 0 && u.Source == understand.Typed && frenchSpelt(v, lang) && utf8.RuneCountInString(v) >= minFuzzyKey {
			// Neither the word nor its sound is known: the fiches' word
			// it spoils ("savannerie", "mecaniqeu"), or else their stem
			// one edit from its stem (a letter dropped or swapped
			// changes the sound, "electricte").
			for _, w := range ix.offered.Near(v) {
				searchFields(ix.frenchCache.terms(w), boostSound*boostOf(u))
			}
			for _, t := range terms {
				if len(clauses) == 0 && len(t) >= minFuzzyTerm {
					searchFields(ix.nearTerms(t), boostSound*boostOf(u))
				}
			}
		}
		if i == 0 && len(clauses) == 0 {
			// Not a misspelling either: the fiches' words of the same
			// stem ("psychologue": psychologique).
			searchFields(u.Related, boostOf(u))
		}
	}
	return clauses
}

// frenchSpelt reports whether a typed word may be misspelt French: any in
// a French question; in a Bambara one, only a long word ("clmiatisation"),
// as short Bambara words are one letter from too many French ones.
func frenchSpelt(w, lang string) bool {
	return lang != understand.Bambara || utf8.RuneCountInString(w) >= minFrenchInBambara
}

// minFrenchInBambara is the shortest word of a Bambara question searched
// as misspelt French.
const minFrenchInBambara = 9

// strong reports whether the fiche matched a topic in its head, or only by
// sound (a misspelt word): a word its text holds as typed, also matched by
// sound, says no more than the text does ("bourse" in P29's offer for
// "bourse d'études en Chine").
func strong(c *candidate, sets []termSet) bool {
	for _, ts := range sets {
		if ts.role.Asks() && !ts.country && (c.holds(ts.ids[slotHead]) || c.holds(ts.ids[slotSound]) && !c.holds(ts.ids[slotText])) {
			return true
		}
	}
	return false
}

// coverage is the share of topics a fiche matched, by weight: of what is
// asked for, of what says who asks (where a migrant comes from, what they
// are), of what the thing asked is for ("pour agrandir mon atelier"), each
// to rank in that order, and of all but who asks, to say whether it fits.
// The kind of structure asked for
// ("une microfinance", "un incubateur") is a topic that only fiches of that
// kind match, whatever their text says. inLine says whether a country asked
// about is named with another topic.
func coverage(c *candidate, q understand.Query, sets []termSet, inLine func(*candidate, termSet, []termSet) bool) (rank, who, purpose, fit float64) {
	var topics, matched, backgrounds, known, purposes, served float64
	if q.Kind != "" {
		topics++
		if c.fiche.Kind == q.Kind {
			matched++
		}
	}
	if q.Donors {
		// Donors asked about ("quels bailleurs financent…"): the
		// programmes they fund are what is asked, as a kind of structure.
		topics++
		if c.fiche.Audience == seeds.AudienceProgramme {
			matched++
		}
	}
	for _, ts := range sets {
		if !ts.role.Asks() && ts.role != understand.Who {
			continue
		}
		var held bool
		switch {
		case ts.need != "" && c.fiche.HasNeed(ts.need):
			held = true
		case ts.country && ts.role.Asks() && !inLine(c, ts, sets):
		default:
			held = slices.ContainsFunc(ts.counted(), c.holds)
		}
		w := 0.0
		if held {
			w = ts.weight
		}
		switch {
		case ts.role == understand.Purpose:
			purposes, served = purposes+ts.weight, served+w
		case ts.role.Asks():
			topics, matched = topics+ts.weight, matched+w
		default:
			backgrounds, known = backgrounds+ts.weight, known+w
		}
	}
	share := func(matched, topics float64) float64 {
		if topics == 0 {
			return 1
		}
		return matched / topics
	}
	return share(matched, topics), share(known, backgrounds), share(served, purposes), share(matched+served, topics+purposes)
}

// weight is what a term counts for in coverage: what the thing asked is
// for ("pour agrandir mon atelier") counts half; a word no fiche holds
// counts for nothing (an unknown word alone never refuses), unless it is
// evidence of a thing Sira cannot answer — an activity no partner teaches
// (activities.tsv: "guitare"), or a country asked about that no fiche
// names ("en Chine") — which counts twice, so that a common word beside it
// ("bourse") cannot make the question fit.
func weight(u understand.Term, found bool) float64 {
	switch {
	case !found && (u.Activity || u.Country && u.Noun):
		return weightEvidence
	case !found:
		return weightUnknown
	case u.Role == understand.Purpose:
		return boostPurpose
	}
	return weightTopic
}

// inLineWithTopic reports whether a country asked about (not one come
// from) is named in a line of the fiche with another topic the fiche holds,
// or whether the question has no other such topic.
func (ix *Index) inLineWithTopic(c *candidate, country termSet, sets []termSet) bool {
	var others []uint32
	for _, ts := range sets {
		if ts.role.Asks() && !ts.country && c.holds(ts.ids[slotText]) {
			others = append(others, ts.ids[slotText]...)
		}
	}
	return len(others) == 0 || ix.together(c.fiche.Ref, country.ids[slotText], others)
}

// servesNeed reports whether the fiche answers the need (any need when none
// was asked).
func servesNeed(f *seeds.Fiche, need string) bool {
	return need == "" || f.HasNeed(need)
}

// locality says how closely a fiche is tied to the place asked: 2 when it
// names the town (in its cities or its text), 1 when it lists the region,
// 0 when it only serves all of Mali. town holds the ids of the place's
// name among the text terms, looked up once for all the hits of a run.
func locality(c *candidate, p *places.Place, town []uint32) int {
	if inCities(c.fiche, p) || c.holds(town) {
		return 2
	}
	if slices.Contains(c.fiche.Regions, p.Region) {
		return 1
	}
	return 0
}

// inCities reports whether the place is one of the fiche's towns.
func inCities(f *seeds.Fiche, p *places.Place) bool {
	return slices.ContainsFunc(f.Cities, func(c string) bool { return strings.EqualFold(c, p.Name) })
}

// serves reports whether a fiche works where a place is: its region, all of
// Mali, or a mention of the town in its cities or zones.
func serves(f *seeds.Fiche, p *places.Place) bool {
	return f.Serves(p.Region) || inCities(f, p) || strings.Contains(f.Zones, p.Name)
}

// nearest orders results by how far their nearest town is from the place
// asked, so that alternatives start with what is nearest; those that match
// in their name, trades or summary come before those that only mention the
// topic ("soudure à Kidal": the welding schools of Bamako before a national
// donor whose text names welding).
func (ix *Index) nearest(rs []Result, p *places.Place) []Result {
	out := append([]Result(nil), rs...)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Strong != out[j].Strong {
			return out[i].Strong
		}
		return ix.distance(out[i].Fiche, p.Lat, p.Lon) < ix.distance(out[j].Fiche, p.Lat, p.Lon)
	})
	return out
}

// Understand reads a question (understand.Reader.Understand).
func (ix *Index) Understand(question string) understand.Query { return ix.rd.Understand(question) }

// Search ranks the fiches for a question already read (Understand) whose
// place or need the conversation filled in from the last question: a
// follow-up that names only another place ("et à Kayes ?") keeps the
// topic it follows.
func (ix *Index) Search(ctx context.Context, q understand.Query, size int) (Answer, error) {
	return ix.search(ctx, q, size)
}
