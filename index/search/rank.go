package search

import (
	"context"
	"slices"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2/search/query"

	"sira/index/ages"
	"sira/index/places"
	"sira/index/understand"
	"sira/seeds"
)

// run searches qq and ranks the hits again (order): by their rank keys
// (rankKey), then each donor below the first door that fits as well
// (belowFirstDoor), then, if teaching is not nil, the first size by how
// they teach the trade asked (teachersFirst). It returns up to size.
func (ix *Index) run(ctx context.Context, q understand.Query, qq query.Query, size int, teaching func(Result) int, sets []termSet) ([]Result, error) {
	rs, deeper, err := ix.runTo(ctx, q, qq, size, teaching, sets, rerankDepth)
	if !deeper || err != nil {
		return rs, err
	}
	deep, _, err := ix.runTo(ctx, q, qq, protectionDepth, nil, sets, protectionDepth) // by their keys: teaching orders the first shown only
	if err != nil {
		return nil, err
	}
	return doorsNext(rs, deep, requestOf(q)), nil
}

// doorsNext gives the ranks after the first, up to doorDepth, that a fiche
// of role moverNext holds in rs to the doors of deep, the same question
// ranked as deep as protection is (protectionDepth), that would pass it
// (mover.under), in deep's order: the long texts of the donors and the
// ended projects fill the first hits of many questions, and the doors
// that fit as well lie deeper. The first result and whether the answer
// fits stay those of rs.
func doorsNext(rs, deep []Result, req request) []Result {
	size := len(rs)
	for k := 1; k < min(doorDepth, len(rs)); k++ {
		c := rs[k].cand
		if !moverNext.moves(c, req) {
			continue
		}
		for _, d := range deep {
			if !slices.ContainsFunc(rs[:k], func(r Result) bool { return r.Fiche == d.Fiche }) && moverNext.under(c, d.cand, req) {
				rs = slices.Insert(rs, k, d)
				if at := slices.IndexFunc(rs[k+1:], func(r Result) bool { return r.Fiche == d.Fiche }); at >= 0 {
					rs = slices.Delete(rs, k+1+at, k+2+at)
				}
				break
			}
		}
	}
	return rs[:size]
}

// runTo is run, ranking at least depth hits. It says too whether a
// deeper search may bring doors up (deeper, doorsNext): the hits filled
// what was fetched, less deep than protectionDepth, and, after the first,
// a fiche nobody is sent to (moverNext) is still among the first
// doorDepth.
func (ix *Index) runTo(ctx context.Context, q understand.Query, qq query.Query, size int, teaching func(Result) int, sets []termSet, depth int) ([]Result, bool, error) {
	// Fetch more than asked: the fiche that covers the most of the question
	// may rank low on score alone when its text is long. What is there at
	// a place (ranking.whatIsThere) ranks as deep as protection does: the
	// texts that name the town most are the donors' and ended projects',
	// and an agency serving all of Mali names none.
	r := ix.rankingOf(q, sets)
	if r.whatIsThere {
		depth = protectionDepth
	}
	var hits []hit
	if qq != nil {
		var err error
		if hits, err = ix.top(ctx, qq, max(size, depth)); err != nil {
			return nil, false, err
		}
	}
	for _, ref := range q.Named {
		// A fiche named is ranked whatever else the question asks ("CFP
		// Sénou : quels documents ?"), and comes first.
		if f, ok := ix.fiches[ref]; ok && !slices.ContainsFunc(hits, func(h hit) bool { return h.doc.fiche == f }) {
			hits = append(hits, hit{doc: &docFiche{f, ix.held.docs[ref]}})
		}
	}
	// The terms of the person's group told (Query.Public), read here,
	// and the ids of the place's name among the fiches' text terms (all
	// its words, or none — a fiche saying "Sahel" names no Nioro du
	// Sahel), on the stack, and passed to read: held in a ranking, they
	// went to the heap.
	var public []string
	for _, w := range q.Public {
		public = append(public, ix.frenchCache.terms(w)...)
	}
	hits = ix.forGroupTold(hits, q, public)
	var town []uint32
	if q.Place != nil {
		for _, t := range ix.frenchCache.terms(q.Place.Name) {
			id, ok := ix.held.id(fText, t)
			if !ok {
				town = nil
				break
			}
			town = append(town, id)
		}
	}
	r.shown, r.teaching = size, teaching
	// The candidates and their keys are ranked on the stack, room for a
	// search's usual rerankDepth only (every candidate of it is zeroed,
	// and thirty made cache misses of what ten take); a protection
	// search's take deep ones, kept from one search to the next. Those
	// returned are copied out (their results point to them until why is
	// said); their keys are not.
	var onStack [rerankDepth]candidate
	var keysOnStack [rerankDepth]rankKey
	cs, keys := onStack[:0], keysOnStack[:0]
	if len(hits) > len(onStack) {
		deep := deepCandidates.Get().(*deepRanking)
		defer deepCandidates.Put(deep)
		cs, keys = deep.candidates[:0], deep.keys[:0]
		if len(hits) > len(deep.candidates) {
			cs, keys = make([]candidate, 0, len(hits)), make([]rankKey, 0, len(hits))
		}
		clear(cs[:len(hits)]) // another search's
		clear(keys[:len(hits)])
	}
	cs, keys = cs[:len(hits)], keys[:len(hits)]
	held := make([]uint8, len(hits)*len(sets)) // the candidates' look-ups of the sets, one allocation for all
	var byRankOnStack [max(rerankDepth, protectionDepth)]int
	byRank := byRankOnStack[:0]
	for i, h := range hits {
		c := &cs[i]
		c.score, c.fiche, c.terms = h.score, h.doc.fiche, h.doc.terms
		c.sets, c.held = sets, held[i*len(sets):(i+1)*len(sets):(i+1)*len(sets)]
		ix.read(c, &keys[i], &r, town, public)
		byRank = append(byRank, i)
	}
	order(cs, keys, byRank, &r)
	pool := max(size, depth)
	deeper := pool < protectionDepth && len(hits) >= pool && nextLeft(cs, byRank, &r)
	kept := make([]candidate, min(size, len(byRank)))
	for i := range kept {
		kept[i] = cs[byRank[i]]
	}
	out := make([]Result, len(kept))
	for i := range kept {
		c := &kept[i]
		out[i] = resultOf(c, r.asksThing)
		out[i].cand, out[i].Strong = c, strong(c)
	}
	return out, deeper, nil
}

// forGroupTold adds to hits the fiches for the group a person asking
// money at a place tells they belong to (forGroup), whatever their score:
// "qui finance les projets des migrants de retour dans la région de
// Kayes ?" ranks the GRDR, whose summary says it helps the returnees'
// projects, beside the lenders whose long text holds more of the story.
// Those added follow the hits, by ref.
func (ix *Index) forGroupTold(hits []hit, q understand.Query, public []string) []hit {
	if len(public) == 0 || q.Place == nil {
		return hits
	}
	for _, ref := range ix.publicRefs {
		f := ix.fiches[ref]
		if ix.forGroup(f, &q, public) && !slices.ContainsFunc(hits, func(h hit) bool { return h.doc.fiche == f }) {
			hits = append(hits, hit{doc: &docFiche{f, ix.held.docs[ref]}})
		}
	}
	return hits
}

// forGroup reports whether, for a person who tells the group they belong
// to (public, the terms of Query.Public) and asks money, or help to start
// an activity with no need named, at a place, a
// fiche is a door for that group there: who it serves names the group
// (forPublic), so do its name, trades or summary, it serves the place's
// region from a town within reach of it (not the GRDR of Kayes for Kita)
// and receives the public. It ranks before the fiches that hold
// more of what is asked (keyGroup): the returnees' programme at Kayes
// before the lenders whose long text tells of poultry.
func (ix *Index) forGroup(f *seeds.Fiche, q *understand.Query, public []string) bool {
	money := q.Need == seeds.NeedFinance || q.Need == "" && q.Starts // help to start an activity, no need named: "qui aide les migrants de retour à créer leur activité ici ?"
	return len(public) > 0 && q.Place != nil && money && !q.ProgrammeFiches() && f.Open() &&
		f.Serves(q.Place.Region) && (len(f.Cities) == 0 || ix.reaches(f, q.Place)) && forPublic(f, q.Need, ix.publics[f.Ref], public) && ix.headNames(f.Ref, public)
}

// groupHead reports whether, for a person who tells the group they belong
// to (public) and asks a job or a training, not help to start an activity
// (Query.Starts), a fiche open now names that group in its name, trades or
// summary (headNames): it says it receives them, whatever its public lists
// ("Tous les demandeurs d'emploi"). At a place, it serves the place's
// region from a town within reach of it, as forGroup: not the Kayes
// schools for a returnee at Kita; it ranks after the doors in the town
// (keyTown). Money asked is keyGroup's (forGroup); protection is ordered
// by its own keys.
func (ix *Index) groupHead(f *seeds.Fiche, q *understand.Query, public []string) bool {
	asks := (q.Need == seeds.NeedJob || q.Need == seeds.NeedTraining) && !q.Starts
	here := q.Place == nil || f.Serves(q.Place.Region) && (len(f.Cities) == 0 || ix.reaches(f, q.Place))
	return len(public) > 0 && asks && here && f.Open() && ix.headNames(f.Ref, public)
}

// headNames reports whether the name, trades or summary of fiche ref hold
// any of the terms.
func (ix *Index) headNames(ref string, terms []string) bool {
	return slices.ContainsFunc(terms, func(t string) bool {
		id, ok := ix.held.id(fHead, t)
		return ok && ix.held.docs[ref].holds(id)
	})
}

// resultOf is a ranked candidate's result but the candidate itself
// (Result.cand) and whether it is strong (Result.Strong, false: strong
// reads it): one handed to an order of the pass (ranking.teaching) keeps
// the candidates on run's stack. asksThing says the question asks a thing
// that is not what something is for (ranking.asksThing): its share
// covered (Result.Covers) is then rankCov, else -1.
func resultOf(c *candidate, asksThing bool) Result {
	asked := -1.0
	if asksThing {
		asked = c.rankCov
	}
	return Result{Fiche: c.fiche, Score: c.score, coverage: c.fitCov, Covers: asked, Lapsed: c.lapsed || c.unopened, near: c.near}
}

// deepCandidates hold the candidates and keys of searches deeper than
// rerankDepth (protection: protectionDepth).
var deepCandidates = sync.Pool{New: func() any { return new(deepRanking) }}

// A deepRanking is room for a deep search's candidates and their keys.
type deepRanking struct {
	candidates [protectionDepth]candidate
	keys       [protectionDepth]rankKey
}

// A candidate is a fiche bleve matched, with what ranking reads of it:
// looked up once, however many topics and rules read it (Index.read).
type candidate struct {
	fiche *seeds.Fiche
	score float64    // bleve's
	terms ficheTerms // the terms it holds (heldTerms)
	sets  []termSet  // the question's, to rank it and say why it matched
	held  []uint8    // by set, what holdsSlot found
	// rankCov, whoCov and forCov are the shares it covers of what is
	// asked for, of who asks and of what the thing is for (coverage), in
	// the order they rank; fitCov says whether it fits; near is its
	// locality.
	rankCov, whoCov, forCov, fitCov float64
	near                            int
	// named, serves and takesAge are keys belowFirstDoor reads too: the
	// question names it, it serves the need asked, its public takes the
	// person told (takesPerson).
	named, serves, takesAge bool
	// askedAbout says the fiche is named by a programme it runs or funds
	// (Query.ByProgramme), or named and what it is or does asked
	// (AskWhat: "La GIZ finance quoi en ce moment ?"): what the person
	// asks about, it stays first.
	askedAbout bool
	// lapsed says, of a fiche not named, that what it would answer ended
	// or has not begun (lapsed), or that it ended and answers no one at the place asked
	// (endedHere): it goes below a running door that fits as well
	// (belowFirstDoor).
	lapsed bool
	// unopened says it is a centre not yet open at the report's date
	// (status planned), not named, a need asked: it gives nothing yet,
	// whatever it will teach, and goes below a running door that covers
	// as much (moverEnded) as a fiche lapsed does. Asked no need, the
	// question is of the centre itself, its papers or its opening, which
	// the search may not read as named ("cfp markala il faut fournir koi
	// comme dossier"). It still counts as a door for the donors that
	// ended (donorsBelow), which go below it.
	unopened bool
	// funderAsked says it is a donor funding now and the question asks
	// who funds (Query.FundersAsked): it answers as a door does, and keeps
	// its rank after the first (moverNext).
	funderAsked bool
	// unwelcome says it is of the kind the person says turned them away
	// (Query.Refusing, keyWelcome): no door to bring up (moverNext).
	unwelcome bool
	// outOfSector says it lends to a sector other than the activity the
	// question names (Index.outOfSector): what the money is for counts,
	// to rank, only where it says it gives it (coverage).
	outOfSector bool
	// invests says it is a fund that invests in firms, read when a person
	// asks money and no investors (Query.Invests): it moves as a donor
	// does (belowFirstDoor).
	invests bool
}

// holds reports whether the candidate holds any of the terms.
func (c *candidate) holds(ids []uint32) bool { return holdsAny(c.terms, ids) }

// holdsSlot reports whether the candidate holds any of set i's terms in a
// slot. Ranking, coverage and why ask the same sets several times: each
// slot is looked up once, its answer kept in held (for each slot, a bit
// for asked and one for the answer).
func (c *candidate) holdsSlot(i, slot int) bool {
	asked, yes := uint8(1)<<(2*slot), uint8(2)<<(2*slot)
	h := &c.held[i]
	if *h&asked == 0 {
		*h |= asked
		if c.holds(c.sets[i].ids[slot]) {
			*h |= yes
		}
	}
	return *h&yes != 0
}

// holdsCounted reports whether the candidate holds set i (termSet.counted).
func (c *candidate) holdsCounted(i int) bool {
	for slot := range c.sets[i].counted() {
		if c.holdsSlot(i, slot) {
			return true
		}
	}
	return false
}

// ownHeld counts the trades asked to learn whose own word (termSet.own)
// the candidate's head holds.
func ownHeld(c *candidate) int {
	n := 0
	for _, ts := range c.sets {
		if ts.own > 0 && ts.role.Asks() && c.holds(ts.ids[slotHead][:ts.own]) {
			n++
		}
	}
	return n
}

// strong reports whether the fiche matched a topic in its head, or only by
// sound (a misspelt word): a word its text holds as typed, also matched by
// sound, says no more than the text does ("bourse" in P29's offer for
// "bourse d'études en Chine").
func strong(c *candidate) bool {
	for i, ts := range c.sets {
		if ts.role.Asks() && !ts.country && (c.holdsSlot(i, slotHead) || c.holdsSlot(i, slotSound) && !c.holdsSlot(i, slotText)) {
			return true
		}
	}
	return false
}

// coverage is the share of topics a fiche matched, by weight: of what is
// asked for, of what says who asks (where a migrant comes from, what they
// are), of what the thing asked is for ("pour agrandir mon atelier"), each
// to rank in that order, and of all but who asks, to say whether it fits.
// For a financing need, who asks counts only where a fiche says what it
// does (gives: its name, trades, summary or offer): the APEJ's text names
// women in one programme's conditions, the BNDA's tells of France; a
// woman's credit goes to those who lend before them. When money itself is
// asked (Query.Money), only in a fiche that gives money (lendsMoney): the
// API's summary names women entrepreneurs for its courses, GRDR's offer
// the trades of returnees; a women's group's credit goes to a lender.
// To rank, a product asked (a loan, a grant) counts only where the fiche
// says it gives it (gives): "un prêt pour mon champ" puts the bank whose
// summary says crédits before a donor whose text tells of credit its
// projects gave; to fit, it counts wherever the fiche holds it. So do
// goods asked to work with (goods.tsv: "il me faut des outils"), when no
// money is asked: the agency whose offer gives "matériel et équipements"
// before a bank or a school whose text tells of them; goods a loan is
// asked for are what the money buys, and rank as any thing asked.
// A lender to another sector than the activity asked (outOfSector: the
// farm bank, for a mechanic's compressor) covers what the money is for
// only where it says it gives it: the BNDA's long text tells of the
// village hydraulics it finances, no mechanic's hydraulic jack. The kind
// of structure asked for ("une microfinance", "un incubateur") is a topic
// that only fiches of that kind match, whatever their text says. A country asked about counts when
// it is named with another topic (inLineWithTopic).
func (ix *Index) coverage(c *candidate, q understand.Query) (rank, who, purpose, fit float64) {
	// matched is what the fiche holds of the things asked, to fit; given
	// the same, but a product asked (a loan, a grant: termSet.product),
	// or goods with no money asked (termSet.goods), only where the fiche
	// says it gives it (gives), to rank.
	var topics, matched, given, backgrounds, known, purposes, served float64
	money := q.Money && !q.ProgrammeFiches() // money itself asked, by a person (Query.Money)
	if q.Kind != "" {
		topics++
		if c.fiche.Kind == q.Kind {
			matched++
			given++
		}
	}
	if q.ProgrammeFiches() {
		// Donors asked about ("quels bailleurs financent…"), or
		// programmes by a counsellor: the programmes are what is asked,
		// as a kind of structure (by a counsellor, weightProgrammes).
		w := weightTopic
		if !q.Donors {
			w = weightProgrammes
		}
		topics += w
		if c.fiche.Audience == seeds.AudienceProgramme {
			matched += w
			given += w
		}
	}
	for i, ts := range c.sets {
		if !ts.role.Asks() && !ts.role.Tells() {
			continue
		}
		var held bool
		switch {
		case ts.need != "" && c.fiche.HasNeed(ts.need):
			held = true
		case ts.country && ts.role.Asks() && !ix.inLineWithTopic(c, ts):
		default:
			held = c.holdsCounted(i)
		}
		w := 0.0
		if held {
			w = ts.weight
		}
		switch {
		case ts.role == understand.Purpose:
			if c.outOfSector && !ix.gives(c, i) {
				w = 0 // a lender to another sector serves what it says it does
			}
			purposes, served = purposes+ts.weight, served+w
		case ts.role.Asks():
			topics, matched = topics+ts.weight, matched+w
			switch goods := len(ts.goods) > 0 && !q.Money; {
			case goods:
				if ix.givesGoods(c, i) {
					given += w
				}
			case !ts.product || ix.gives(c, i):
				given += w
			}
		default:
			if held && q.Need == seeds.NeedFinance && (!ix.gives(c, i) || money && !ix.lendsMoney(c.fiche.Ref)) {
				w = 0 // for money, who a fiche serves is in what it says it does, and only if it gives money
			}
			backgrounds, known = backgrounds+ts.weight, known+w
		}
	}
	share := func(matched, topics float64) float64 {
		if topics == 0 {
			return 1
		}
		return matched / topics
	}
	// Money asked with no thing named ("un appui financier", "qui prête"):
	// the money is what is asked, held by a fiche that serves financing.
	asked, lent := topics, matched
	if money && topics == 0 && q.Need == seeds.NeedFinance {
		asked++
		if c.fiche.HasNeed(q.Need) {
			lent++
		}
	}
	// A business of the person's asked run with no thing named ("un projet
	// de transformation de mangues, qui peut m'accompagner ?"): running it
	// is what is asked, held by a fiche that helps start one.
	if q.RunsBusiness && !q.ProgrammeFiches() && topics == 0 {
		asked++
		if c.fiche.Status == seeds.StatusActive && ix.helpsStart(c.fiche.Ref) {
			lent++
		}
	}
	return share(given, topics), share(known, backgrounds), share(served, purposes), share(lent+served, asked+purposes)
}

// gives reports whether the candidate says it gives the product set i
// asks for (products.tsv: a loan, a grant): in its name, trades, summary
// or offer, not only elsewhere in its text, where a donor tells of the
// credit its projects gave or an agency of the trainings it runs on
// access to credit. For money, it says too whether a fiche says it serves
// who asks (coverage).
func (ix *Index) gives(c *candidate, i int) bool {
	return c.holdsSlot(i, slotHead) || ix.offers(c.fiche.Ref, c.sets[i].ids[slotText])
}

// givesGoods reports whether the candidate says it gives the goods set i
// asks for (goods.tsv): its name, trades or summary hold the unit, or its
// offer the goods' own words (not a synonym that names other things:
// "outils" of an offer's digital or management tools), and it still runs
// (a project ended gives no goods now).
func (ix *Index) givesGoods(c *candidate, i int) bool {
	return c.fiche.Status != seeds.StatusEnded && (c.holdsSlot(i, slotHead) || ix.offers(c.fiche.Ref, c.sets[i].goods))
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
func (ix *Index) inLineWithTopic(c *candidate, country termSet) bool {
	var others []uint32
	for i, ts := range c.sets {
		if ts.role.Asks() && !ts.country && c.holdsSlot(i, slotText) {
			others = append(others, ts.ids[slotText]...)
		}
	}
	return len(others) == 0 || ix.together(c.fiche.Ref, ix.nameSpans(country.ids[slotText]), ix.spans(others))
}

// servesNeed reports whether the fiche answers the need (any need when none
// was asked).
func servesNeed(f *seeds.Fiche, need string) bool {
	return need == "" || f.HasNeed(need)
}

// locality says how closely a fiche is tied to the place asked: 2 when it
// names the town (in its cities or its text), 1 when it lists the region,
// 0 when it only serves all of Mali. town holds the ids of the place's
// name among the text terms (every word of it, or none), looked up once
// for all the hits of a run.
func locality(c *candidate, p *places.Place, town []uint32) int {
	if inCities(c.fiche, p) || len(town) > 0 && holdsAll(c.terms, town) {
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
// Mali, or the town itself (inTown).
func serves(f *seeds.Fiche, p *places.Place) bool {
	return f.Serves(p.Region) || inTown(f, p)
}

// inTown reports whether a fiche names the place's town among its cities
// or in its zones.
func inTown(f *seeds.Fiche, p *places.Place) bool {
	return inCities(f, p) || strings.Contains(f.Zones, p.Name)
}

// takesAge reports whether a fiche whose conditions require the ages
// bounds (lower, upper; 0 for none) takes a person of the age told (0:
// none told). A fiche that excludes it still fits: the report may not tell
// every route of entry, so it ranks after those that take it.
func takesAge(bounds [2]int, years int) bool { return ages.Takes(bounds[0], bounds[1], years) }

// takesPerson reports whether a fiche's public takes the person the
// question tells of: its conditions take the age told; for a person told
// to lack the school diploma (Query.Unschooled), one of its routes of
// entry (ages.Routes) takes them — needs not the diploma, takes the age
// told, and is for returnees only if the person tells a return
// (Query.Public); a group that tells
// of no young people (Query.Collective) is no person of an age, so a
// fiche whose conditions bound the age from above (a youth agency's "15 à
// 40 ans") does not take it; and a grown person past youth (adultYears)
// is no public of an actor whose name, trades or summary say it protects
// children (childActors); nor is a grown person (Query.Adult) of a fiche
// whose public is bounded under majority (Result.Minors: ENDA's "moins de
// 18 ans"), which still fits and comes after those that take them.
func (ix *Index) takesPerson(ref string, q understand.Query) bool {
	bounds := ix.ages[ref]
	switch {
	case q.Years > 0 && !takesAge(bounds, q.Years):
		return false
	case ix.minors[ref] && q.Adult():
		return false
	case q.Collective && q.Age != understand.AgeYoung && bounds[1] > 0:
		return false
	case q.Unschooled && !ix.routeTakes(ref, q):
		return false
	}
	return q.Years < adultYears || ix.children[ref] != childProtection
}

// routeTakes reports whether one of a fiche's routes of entry takes a
// person told to lack the school diploma; a fiche whose conditions tell
// no route takes anyone.
func (ix *Index) routeTakes(ref string, q understand.Query) bool {
	routes := ix.routes[ref]
	return len(routes) == 0 || slices.ContainsFunc(routes, func(r ages.Route) bool { return r.Takes(q.Years, false, len(q.Public) > 0) })
}

// namesPerson reports whether a fiche a person can reach (Fiche.Open)
// names children among whom it serves (childActors), for a child told
// younger than any age the fiches' conditions take (youngestTaken: the
// centres take from 15): a children's actor trains or protects them.
func (ix *Index) namesPerson(f *seeds.Fiche, q understand.Query) bool {
	return f.Open() && ix.tooYoung(q) && ix.children[f.Ref] > 0
}

// madeForAge reports whether a fiche's conditions bound the age from
// above and take the age told (the APEJ's 15 to 40, for a person of 25):
// it is made for people of that age, as no fiche silent on age is.
func (ix *Index) madeForAge(ref string, q understand.Query) bool {
	bounds := ix.ages[ref]
	return q.Years > 0 && bounds[1] > 0 && takesAge(bounds, q.Years)
}

// takesAnyAge reports whether a fiche a person can reach (Fiche.Open)
// says it takes anyone whatever their age (takesAll: the ANPE's "sans
// distinction d'âge", Createam's "sans limite d'âge"), for a person told
// older than any age the fiches' conditions bound (oldestTaken: the youth
// agency's 40): past every programme for the young, the doors that say
// they take them, before those silent on age.
func (ix *Index) takesAnyAge(f *seeds.Fiche, q understand.Query) bool {
	return f.Open() && ix.oldestTaken > 0 && q.Years > ix.oldestTaken && ix.takesAll[f.Ref]
}

// TakesAge reports whether a fiche takes a person of the age told (0:
// none told): the ages every route of entry requires (ages.Required, read
// once when the index was built, as ranking reads them), and, for a
// person past youth (adultYears), not a children's actor (childActors:
// ENDA, whose "moins de 18 ans" its conditions say of one group), as
// takesPerson reads it.
func (ix *Index) TakesAge(f *seeds.Fiche, years int) bool {
	return takesAge(ix.ages[f.Ref], years) && (years < adultYears || ix.children[f.Ref] != childProtection)
}

// headBeyondMoney reports whether the candidate's name, trades or summary
// hold a word of the question besides the need and the money asked (the
// loan, the grant): a thing asked, what it is for, or a word of context
// ("subvention AGR": the World Bank's "subventions AGR du PAFEEM").
func headBeyondMoney(c *candidate) bool {
	return headSets(c, func(ts termSet) bool {
		return (ts.role.Asks() || ts.role == understand.Context) && ts.need == "" && !ts.product
	}) > 0
}

// headBeyondNeed reports whether the candidate's head (name, trades,
// summary) holds a thing asked besides the need: its grant, its programme,
// its country. A donor whose head holds none hands over to a door.
func headBeyondNeed(c *candidate) bool {
	return inHead(c, func(ts termSet) bool { return ts.need == "" }) > 0
}

// lapsed reports whether what a fiche would answer for the need asked
// ended, a donor aside (belowFirstDoor moves donors by their own rule): when
// money is asked, a project that ended (whatever its text covers, it
// lends nothing now); for any request, an actor whose aid for that need
// the report tells only within a project that ended (Fiche.AidEnded:
// Caritas's protection of migrants, PROMISA), no need asked reading the
// need its kind is for, unless it has an office within reach of the
// place asked, which still takes people in and refers them (Caritas's
// antenna at Yanfolila, for a returnee there). A project that ended asked
// anything else stays where it ranks: its fiche is the report's word on
// what was there.
func lapsed(f *seeds.Fiche, need string, money, office bool) bool {
	if f.Kind == seeds.KindDonor {
		return false
	}
	return money && f.Status == seeds.StatusEnded || !office && f.AidEndedFor(need)
}

// door reports whether a person can go to a fiche: no donor, and still
// running (Fiche.Runs; a programme's NGO is a door: its staff take people in).
func door(f *seeds.Fiche) bool { return f.Kind != seeds.KindDonor && f.Runs() }

// A standing is how well a candidate fits the question, to compare two
// (asWell): its share of what is asked (rankCov), of who asks (whoCov)
// and of what for (forCov), the keys that rank before the town named,
// whether it names the town (near 2), how many things asked its head
// holds (headCoverage), whether it fits by its head (strong).
type standing struct {
	share, who, purpose    float64
	takesAge, serves, town bool
	head                   int
	strong                 bool
	read                   bool // the standing is read (donorsBelow reads it once)
}

// standingOf reads a candidate's standing. The town named counts for a
// door, and for a donor asked by its country ("un fonds danois … à
// Kati"): a donor's or an ended project's text names the towns where a
// programme worked, no office there (the World Bank's PADEL at Nara).
func standingOf(c *candidate) standing {
	town := c.near == 2 && (door(c.fiche) || inHead(c, func(ts termSet) bool { return ts.country }) > 0)
	return standing{c.rankCov, c.whoCov, c.forCov, c.takesAge, c.serves, town, headCoverage(c), strong(c), true}
}

// asWell reports whether s fits the question as well as other: as good
// on the keys that rank before the town (the age told, the need) and on
// the town named, and either as large a share of what is asked, as many
// of the things asked in its name, trades or summary, and by its head
// when the other fits so; or by its head, holding a thing asked there,
// where the other fits by none, knowing as much of who asks and what for.
// A donor's long text tells of all its programmes touched (every trade,
// every crop): more of the words asked there fit no better than a door
// whose name or summary says it does one of them ("gardien" in a
// recruiter's summary, for a guard's job).
func (s standing) asWell(other standing) bool {
	return s.coversAsMuch(other) || s.goodBefore(other) && s.head > 0 && !other.strong && s.who >= other.who && s.purpose >= other.purpose
}

// coversAsMuch reports whether s fits the question as well as other by
// what it covers: as good on the keys that rank before the town and on the
// town named, as large a share of what is asked, as many of the things
// asked in its head, and by its head when the other fits so.
func (s standing) coversAsMuch(other standing) bool {
	return s.goodBefore(other) && s.share >= other.share && s.head >= other.head && (s.strong || !other.strong)
}

// goodBefore reports whether s is as good as other on the keys that rank
// before the town (the age told, the need) and on the town named.
func (s standing) goodBefore(other standing) bool {
	return (s.takesAge || !other.takesAge) && (s.serves || !other.serves) && (s.town || !other.town)
}

// hires reports whether a job seeker can apply to a fiche: one that runs
// (not ended), is no donor, and whose kind serves jobs first or no need in
// particular (an agency, an NGO), not training or lending (a school, a
// bank, an incubator).
func hires(f *seeds.Fiche) bool {
	return f.Kind != seeds.KindDonor && f.Status != seeds.StatusEnded && (f.Focus() == "" || f.Focus() == seeds.NeedJob)
}

// headCoverage counts the things asked (not what they are for, nor a
// country) that the candidate holds in its head: its name, trades and
// summary, where a fiche says what it is, not its long text, where an
// agency tells of every trade its programmes touched.
func headCoverage(c *candidate) int {
	return inHead(c, func(ts termSet) bool { return ts.role != understand.Purpose && !ts.country })
}

// inHead counts the sets of things asked, among those counts keeps, that
// the candidate holds in its head (headCoverage, lendHead).
func inHead(c *candidate, counts func(termSet) bool) int {
	return headSets(c, func(ts termSet) bool { return ts.role.Asks() && counts(ts) })
}

// headSets counts the sets, among those counts keeps, that the candidate
// holds in its head (name, trades, summary), whatever their role: the one
// walk of inHead (things asked) and headFit (any word of the message).
func headSets(c *candidate, counts func(termSet) bool) int {
	n := 0
	for i, ts := range c.sets {
		if counts(ts) && c.holdsSlot(i, slotHead) {
			n++
		}
	}
	return n
}

// forPublic reports whether a fiche is for the group the person tells
// they belong to: who it serves names it (whoServed: sorted, the terms
// told in public), and its kind goes to the need asked or to none in
// particular — a protection association whose public names returnees is
// not for a returnee's loan. A protection need is ordered by its own keys
// (Index.protection).
func forPublic(f *seeds.Fiche, need string, sorted, public []string) bool {
	return need != seeds.NeedProtection && (f.Focus() == "" || f.Focus() == need) && namesAny(sorted, public)
}

// namesAny reports whether the sorted terms hold any of those told.
func namesAny(sorted, told []string) bool {
	return slices.ContainsFunc(told, func(t string) bool {
		_, ok := slices.BinarySearch(sorted, t)
		return ok
	})
}

// lendHead counts the things asked (what the money is for too; not the
// product asked, a need or a country) that a lender's name, trades or
// summary hold: among lenders, the one that says it serves that activity
// ("banque agricole" for a farmer's loan) before one whose offer only
// tells of it. An agency serving many needs is not counted so: its head
// names every activity ("crédit pour créer son activité").
func lendHead(c *candidate) int {
	return inHead(c, func(ts termSet) bool { return !ts.product && ts.need == "" && !ts.country })
}
