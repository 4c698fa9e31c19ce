package search

import (
	"context"
	"slices"

	"github.com/blevesearch/bleve/v2/search/query"

	"sira/index/lang"
	"sira/index/places"
	"sira/index/understand"
	"sira/seeds"
)

// ranked ranks the fiches for a question searched with content (its
// terms: sets) and had (what the person has done: it ranks what content
// finds, searchUnits), or for a need and region (Browse), and says
// whether any fits.
func (ix *Index) ranked(ctx context.Context, q understand.Query, content query.Query, had []query.Query, sets []termSet, size int) (Answer, error) {
	a := Answer{Query: q}
	refused := refused(q, sets)
	// Something is asked: a thing (a term that asks), a need, a kind, a
	// fiche named, programmes, the people the fiches serve ("aide pour
	// les migrants de retour": Term.Public); in a place, the words of
	// asking or of who asks too ("à Gao, qui aide ?"). Those alone,
	// with no place, ask for nothing a fiche can fit; with one, a helper
	// asked alone asks what is there ("y a quoi à Ménaka pour nous ?",
	// understand.EvidenceHelper). No fiche is shown
	// for the words of "je veux parler à quelqu'un" or "mon ami m'a dit
	// de vous écrire", whatever text holds them.
	asked := q.Need != "" || q.Kind != "" || len(q.Named) > 0 || q.Programmes || slices.ContainsFunc(q.Terms, func(t understand.Term) bool {
		return t.Role.Asks() || t.Public || t.Role != understand.Story && q.Place != nil
	}) || q.Place != nil && q.Evidence()&understand.EvidenceHelper != 0
	if !asked && q.Place == nil || ix.declined(q, sets) {
		a.Fit = NoFit
		return a, nil
	}
	if q.Place != nil && framesOnly(q) {
		// Who works at the place, asked in words of asking alone ("qui
		// intervient à Bandiagara ?"): those words in a fiche's long text
		// tell nothing of it (the BNDA's "intervient"); the fiches that
		// serve the place are ranked by how close they are.
		content = nil
	}
	// From here, a question that asks nothing names a place, and only a
	// place ("n b'a fɛ ka so san Bamakɔ": every word a grammatical one): it
	// asks for nothing a fiche can fit (PlaceOnly); its place still finds
	// alternatives. Nothing fits a question the reader found no evidence
	// in whose words no fiche holds in its head (unread).
	fit := func(rs []Result) bool {
		return asked && !refused && !unheld(q, sets) && !unread(q, rs) && (fits(rs) || named(q, rs))
	}
	var should []query.Query
	if q.Need != "" {
		should = append(should, termQuery(fNeeds, q.Need, boostNeed), termQuery(fFocus, q.Need, boostNeed))
	}
	if q.Kind != "" {
		should = append(should, termQuery(fKind, q.Kind, boostKind))
	}
	if q.ProgrammeFiches() {
		should = append(should, termQuery(fAudience, seeds.AudienceProgramme, boostKind))
	}
	should = append(should, had...)

	size = max(size, 3)
	// A trade asked to learn (teachesHere): who teaches it at the place,
	// for the nearest door elsewhere too, and whether any fiche does
	// (untaught, for training asked): read only where one of those is used.
	var trade tradeAsked
	if q.Place != nil || q.Need == seeds.NeedTraining {
		trade = ix.teachesHere(q, sets)
	}
	if q.Place != nil {
		// First the fiches that serve the place (of the kind asked, if
		// any); only when none fits, the others, as alternatives.
		here := should[:len(should):len(should)]
		if town := ix.frenchCache.terms(q.Place.Name); len(town) > 0 {
			here = append(here, termsQuery(fText, town, boostTown)) // the town named in the fiche's text
		}
		filter := filterTerm(fServes, q.Place.Region, 1)
		teaches := trade.teaches
		var teaching func(Result) int // a trade asked to learn: the teachers there first (teachersFirst)
		if trade.trade && !trade.inText && q.Need == seeds.NeedTraining {
			teaching = func(r Result) int { return notTeaching(teaches, r, q) }
		}
		rs, err := ix.runFilled(ctx, q, content, here, filter, size, teaching, sets)
		if err != nil {
			return a, err
		}
		if content == nil && whatIsThere(q) && len(rs) < size {
			// What is there asked in words of asking alone ("y a quoi à
			// Ménaka ?"): after the fiches whose text names the town, the
			// others that serve the place (the agencies of all of Mali),
			// and the doors a person walks into before the donors' and
			// programmes' offices (keyReceives, across both runs).
			more, err := ix.run(ctx, q, filter, size, nil, sets)
			if err != nil {
				return a, err
			}
			rs = appendNew(rs, more, size)
			putFirst(rs, func(r Result) bool { return r.Fiche.Open() })
		}
		var kept [fitDepth]Result
		switch {
		case q.Need != seeds.NeedTraining || !ix.asksTrades(sets):
		case ix.tooYoung(q):
			if rs, err = ix.childTrainers(ctx, q, here, filter, rs, sets); err != nil {
				return a, err
			}
		case !slices.ContainsFunc(rs, func(r Result) bool { return schoolOf(r.Fiche, q.Place) }):
			putFirst(rs, func(r Result) bool { return ix.tradesHere(r, q) })
		}
		held := (q.Premises || trade.trade) && !ix.inCapital(q.Place)
		// A school or a centre asked is no donor's: a donor that names the
		// town runs none there ("un centre de formation à Kidal"); nor is
		// a donor anyone to orient a person toward a training there
		// (Query.Orients: "la couture à Sikasso, quelles options ?" is no
		// question for the GIZ, whose offer lists an ended project's
		// sewing); nor, ranked first and not named, a place to learn the
		// trade asked (donor29: "la coiffure à Mopti", which only the
		// GIZ's text holds there): nobody walks into a donor's office, so
		// when only donors hold the ask at the place the answer is
		// elsewhere. Donors asked about are what is asked.
		donorFirst := len(rs) > 0 && rs[0].Fiche.Kind == seeds.KindDonor && !slices.Contains(q.Named, rs[0].Fiche.Ref)
		if (q.Premises || q.Orients && q.Need == seeds.NeedTraining || trade.trade && donorFirst) && !q.ProgrammeFiches() {
			schools := teaches
			teaches = func(r Result) bool { return r.Fiche.Kind != seeds.KindDonor && schools(r) }
		}
		// What is there at a place is answered by the doors that serve
		// it, an agency of all of Mali among them (its regional offices,
		// the EOJ): none has a thing asked in its head to be strong by.
		if fit(localOrStrong(kept[:0], rs, q.Kind, held, teaches)) || !asked && len(rs) > 0 || whatIsThere(q) && fit(walkIns(kept[:0], rs)) {
			a.Results = rs
			if !asked {
				a.Fit = PlaceOnly
			}
			return a, nil
		}
		if fit(rs) && named(q, rs) {
			// A fiche named and served at the place is asked about there,
			// whatever else the message asks ("le projet Avenir Brillant,
			// il recrute encore à Kayes ?"): first, as named fiches come.
			putFirst(rs, func(r Result) bool { return slices.Contains(q.Named, r.Fiche.Ref) })
			a.Results = rs
			return a, nil
		}
		if fit(ix.lendersHere(q, rs, kept[:0], held, teaches)) {
			putFirst(rs, ix.lendsHand)
			a.Results = rs
			return a, nil
		}
		if fit(ix.hirersHere(q, sets, rs, kept[:0], held, teaches)) {
			putFirst(rs, func(r Result) bool { return hires(r.Fiche) })
			a.Results = rs
			return a, nil
		}
	}
	rs, err := ix.runFilled(ctx, q, content, should, nil, size, nil, sets)
	if err != nil {
		return a, err
	}
	a.Results = rs
	switch {
	case !asked:
		a.Fit = PlaceOnly
	case !fit(rs):
		a.Fit = NoFit
	case q.Place != nil && len(rs) > 0:
		a.Fit = FitsElsewhere
	}
	if q.Place != nil && len(rs) > 0 {
		a.Results = ix.nearest(rs, q)
		if a.Fit == FitsElsewhere && ix.reachable(a.Results[0], q) && (!trade.trade || trade.teaches(a.Results[0])) {
			// The nearest door that does it, and teaches the trade asked
			// if one is, is a day's return from the place: it is the
			// answer there (Kati's learner goes to Bamako's schools).
			a.Fit = Fits
			return a, nil
		}
	}
	if keep := ix.agencies(a, q); keep != nil && !trade.inText {
		kept, err := ix.agenciesHere(ctx, q, should, size, sets, keep)
		if err != nil {
			return a, err
		}
		if len(kept) > 0 {
			a.Results, a.Fit, a.Agencies = kept, Fits, true
			return a, nil
		}
	}
	if a.Fit != Fits && asked {
		a.Results = alternatives(q, a.Results, len(q.Named) == 0 && unoffered(q, sets))
		if a.Fit == FitsElsewhere && q.Place != nil && trade.trade {
			// A trade asked is shown elsewhere where it is taught: a
			// nursing school at Gao gets the health-staff project's
			// towns (its card saying it ended), not whoever trains there.
			a.Results = slices.DeleteFunc(a.Results, func(r Result) bool { return !trade.teaches(r) })
		}
		if a.Fit == FitsElsewhere && len(a.Results) == 0 {
			a.Fit = NoFit
		}
		if untaught(q, trade) {
			kept, err := ix.agenciesHere(ctx, q, should, size, sets, agency)
			if err != nil {
				return a, err
			}
			if len(kept) > 0 {
				a.Results, a.Agencies, a.Untaught = kept, true, true
			}
		}
	}
	return a, nil
}

// untaught reports whether a thing asked to learn, in a question refused,
// is taught by no fiche anywhere: only donors' and ended projects' texts
// name the trade (tradeAsked.inText: fishing at Mopti, in the World Bank's
// and LuxDev's). The nearest doors are then not a school of other trades
// elsewhere but those that orient a person toward a training at the place,
// or in all of Mali when none is told (agenciesHere, agency: the youth and
// employment agencies, which run the EOJ counsellors), the answer still a
// refusal. Not for a fiche named, programmes, a danger, nor a thing out of
// scope or knowledge asked: those have their own answers. A thing no fiche
// names at all keeps its alternatives (a wrong refusal's may hold the
// answer: literacy at Kayes) or none (an activity data says is no
// vocational training, unoffered: pottery).
func untaught(q understand.Query, trade tradeAsked) bool {
	return trade.inText && q.Need == seeds.NeedTraining && len(q.Named) == 0 && !q.Programmes && !q.Distressed && len(q.OutOfScope) == 0 && q.Knowledge == ""
}

// lendersHere keeps, for money asked of a kind of structure no fiche of
// which works at the place, the lenders of other kinds that work there
// (localOrStrong; donors are no lenders to a person: lendsHand): the kind is a way to the money, and the money is what
// is asked. A microcredit asked at Koutiala, where Baobab, the only
// microfinance, names no branch, gets the agricultural bank and the youth
// agency, which lend all over Mali, not a refusal as elsewhere; they come
// first (putFirst), as the kind asked would. It keeps none otherwise.
func (ix *Index) lendersHere(q understand.Query, rs, kept []Result, held bool, teaches func(Result) bool) []Result {
	if !q.Money || q.Kind == "" || slices.ContainsFunc(rs, func(r Result) bool { return r.Fiche.Kind == q.Kind }) {
		return nil
	}
	var lenders []Result
	for _, r := range rs {
		if ix.lendsHand(r) {
			lenders = append(lenders, r)
		}
	}
	return localOrStrong(kept, lenders, "", held, teaches)
}

// hirersHere keeps, for a job asked with a kind of structure where no
// fiche of that kind works, the fiches that take job seekers (hires: the
// employment agencies, with their regional offices) and work there
// (localOrStrong), when a thing is asked beside the kind's words ("je
// veux un travail… qui recrute les jeunes ici ?" at Tombouctou; "il veut
// travailler dans les mines d'or… qui recrute ?" at Kayes): the
// recruiters are all in Bamako, the work is what is asked, as money is in
// lendersHere. The kind alone ("cabinet de recrutement à Mopti", "qui
// recrute à Gao ?") keeps none: that kind is what is asked. They come
// first (putFirst).
func (ix *Index) hirersHere(q understand.Query, sets []termSet, rs, kept []Result, held bool, teaches func(Result) bool) []Result {
	if q.Need != seeds.NeedJob || q.Kind == "" || !slices.ContainsFunc(sets, func(ts termSet) bool { return ts.role.Asks() && !ix.lang.Words.Is(ts.label, lang.HasKind) }) ||
		slices.ContainsFunc(rs, func(r Result) bool { return r.Fiche.Kind == q.Kind }) {
		return nil
	}
	var hirers []Result
	for _, r := range rs {
		if hires(r.Fiche) {
			hirers = append(hirers, r)
		}
	}
	return localOrStrong(kept, hirers, "", held, teaches)
}

// agencies returns, for an answer that fits only elsewhere, which fiches
// at the place answer instead (agenciesHere), or nil for none: for a
// training out of reach (withinReach) asked by someone who wants to be
// oriented or helped (Query.Orients: "à Koutiala, qui peut m'orienter
// ?"), those that orient people toward a training (orients); for a job
// asked with no kind of structure ("à Ségou, où déposer mon CV"), the
// agencies that serve all of Mali and take job seekers (hires), whose
// regional offices and local counsellors the report names: work is sought
// where one lives, a school is a building that may be elsewhere. A school
// asked at the town ("y a un centre ici ?") asks no orientation and finds
// nothing there; a recruiter asked ("cabinet de recrutement à Mopti") is
// the kind, as hirersHere says.
func (ix *Index) agencies(a Answer, q understand.Query) func(*seeds.Fiche) bool {
	switch {
	case a.Fit != FitsElsewhere:
		return nil
	case q.Need == seeds.NeedTraining && q.Orients && !ix.withinReach(a.Results, q):
		return ix.orients
	case q.Need == seeds.NeedJob && q.Kind == "":
		return func(f *seeds.Fiche) bool { return national(f) && hires(f) && f.HasNeed(seeds.NeedJob) }
	}
	return nil
}

// orients reports whether a fiche orients people toward a training
// wherever it works: it serves all of Mali and both trains and places
// (the youth and employment agencies, with an office in every region, per
// the report), or says it trains in trades in general (Swisscontact).
func (ix *Index) orients(f *seeds.Fiche) bool {
	return agency(f) || ix.trainsInTrades(f.Ref)
}

// agency reports whether a fiche serves all of Mali and both trains and
// places: the youth and employment agencies, the general doors of every
// region.
func agency(f *seeds.Fiche) bool {
	return national(f) && f.HasNeed(seeds.NeedTraining) && f.HasNeed(seeds.NeedJob)
}

// national reports whether a fiche serves all of Mali.
func national(f *seeds.Fiche) bool { return slices.Contains(f.Regions, seeds.National) }

// agenciesHere returns the fiches still running that serve the place (all
// of Mali's, when none is told) and keep takes (agencies), those that name
// its town first, up to size.
func (ix *Index) agenciesHere(ctx context.Context, q understand.Query, should []query.Query, size int, sets []termSet, keep func(*seeds.Fiche) bool) ([]Result, error) {
	var filter query.Query
	if q.Place != nil {
		filter = filterTerm(fServes, q.Place.Region, 1)
	}
	rs, err := ix.run(ctx, q, combine(nil, should, filter), len(ix.fiches), nil, sets)
	if err != nil {
		return nil, err
	}
	var out []Result
	for _, r := range rs {
		if f := r.Fiche; len(out) < size && door(f) && f.Status == seeds.StatusActive && keep(f) {
			out = append(out, r)
		}
	}
	if q.Place != nil {
		putFirst(out, func(r Result) bool { return inTown(r.Fiche, q.Place) }) // an office there before an agency of all Mali
	}
	return out, nil
}

// withinReach reports whether one of the results is near (servesNear):
// a school there is the answer, not an agency to orient (Kati's young
// plumber goes to Bamako's schools). A region listed is no town: the
// Canadian project, ended, named the Koulikoro region; ENDA works at
// Sikasso and teaches in Bamako only, so sewing asked at Sikasso is
// within no one's reach.
func (ix *Index) withinReach(rs []Result, q understand.Query) bool {
	return slices.ContainsFunc(rs, func(r Result) bool { return ix.servesNear(r.Fiche, q) })
}

// reachable reports whether a result fits what is asked by its head
// (Strong) and is near (servesNear).
func (ix *Index) reachable(r Result, q understand.Query) bool {
	return r.Strong && ix.servesNear(r.Fiche, q)
}

// servesNear reports whether a fiche is a door that serves the need asked
// and names a town within reachRadius of the place asked where it gives
// it: for a training, a town where it teaches (TradesIn: ENDA works at
// Kayes and teaches in Bamako), else any of its towns.
func (ix *Index) servesNear(f *seeds.Fiche, q understand.Query) bool {
	towns := f.Cities
	if q.Need == seeds.NeedTraining && len(f.TradesIn) > 0 {
		towns = f.TradesIn
	}
	return door(f) && q.Need != "" && f.HasNeed(q.Need) && ix.gaz.DistanceToNearest(towns, q.Place.Lat, q.Place.Lon) <= reachRadius
}

// reaches reports whether one of a fiche's towns lies within reachRadius
// of a place.
func (ix *Index) reaches(f *seeds.Fiche, p *places.Place) bool {
	return ix.gaz.DistanceToNearest(f.Cities, p.Lat, p.Lon) <= reachRadius
}

// putFirst orders the results that keep holds before the others, each
// part in its order, keep read once a result: a place's answer found by
// another way than the kind asked puts first what that way asks for (the
// lenders, lendersHere; the recruiters, hirersHere), and the schools of
// trades at the town (tradesHere), the offices at the town (agenciesHere).
func putFirst(rs []Result, keep func(Result) bool) {
	first := 0 // rs[:first] are those kept, in their order
	for l := range rs {
		if r := rs[l]; keep(r) {
			copy(rs[first+1:l+1], rs[first:l])
			rs[first] = r
			first++
		}
	}
}

// lendsHand reports whether a fiche gives money (lendsMoney) and is no
// donor, nor one whose lending ended with its projects (AidEndedFor): a
// donor funds programmes, nobody walks into its office.
func (ix *Index) lendsHand(r Result) bool {
	return r.Fiche.Kind != seeds.KindDonor && !r.Fiche.AidEndedFor(seeds.NeedFinance) && ix.lendsMoney(r.Fiche.Ref)
}

// notTeaching orders, for a trade asked to learn at a place (no
// programmes asked), the doors that teach it there (teachesHere: it says
// so in its name, trades, summary or offer) before a fiche whose long text
// only tells of it: the youth agency, whose programmes touched hotel
// trades, after the Kayes school that teaches them; a donor after the
// doors, as belowFirstDoor does. Among the doors that teach it, those whose
// towns are the place come first: the Kayes workshop school before an
// NGO of Bamako whose text names Kayes among its regions. When programmes
// are what is asked (Query.ProgrammeFiches), a donor whose programmes
// still run is as a door: the ended ones go after.
func notTeaching(teaches func(Result) bool, r Result, q understand.Query) int {
	switch {
	case !door(r.Fiche) && !(q.ProgrammeFiches() && r.Fiche.Status == seeds.StatusActive) || r.Covers <= 0 || !teaches(r):
		return 2
	case inCities(r.Fiche, q.Place):
		return 0
	}
	return 1
}

// childTrainers puts first, for trades in general asked to learn at a
// place by a child told younger than any age the centres' conditions
// take (tooYoung: "mon fils a 14 ans … qu'il apprenne un métier"), the
// actors for children that teach within reach (namesPerson, servesNear:
// ENDA's centre at Bamako), found by the need and the place when the
// words asked did not find them: no text of theirs says "métier", and a
// programme of trades for the young (Swisscontact's, from 15 or 18) or a
// school takes no child of 14.
func (ix *Index) childTrainers(ctx context.Context, q understand.Query, should []query.Query, filter query.Query, rs []Result, sets []termSet) ([]Result, error) {
	all, err := ix.run(ctx, q, combine(nil, should, filter), len(ix.fiches), nil, sets)
	if err != nil {
		return rs, err
	}
	var kids []Result
	for _, r := range all {
		if ix.namesPerson(r.Fiche, q) && ix.servesNear(r.Fiche, q) {
			kids = append(kids, r)
		}
	}
	if len(kids) == 0 {
		return rs, nil
	}
	return appendNew(kids, rs, max(len(rs), len(kids))), nil
}

// tooYoung reports whether the question tells of a child younger than
// any age the fiches' conditions take (youngestTaken).
func (ix *Index) tooYoung(q understand.Query) bool {
	return q.Years > 0 && q.Years < ix.youngestTaken
}

// asksTrades reports whether the question asks for trades in general, a
// word of trades_general.tsv asked ("apprendre un métier", "un métier
// comme la mécanique ou la soudure").
func (ix *Index) asksTrades(sets []termSet) bool {
	return slices.ContainsFunc(sets, func(ts termSet) bool {
		return ts.role.Asks() && slices.ContainsFunc(ts.ids[slotText], func(id uint32) bool { return ix.tradesAll[id] })
	})
}

// schoolOf reports whether a fiche is a training centre of the town, still
// running or soon open: the first door for a trade there.
func schoolOf(f *seeds.Fiche, p *places.Place) bool {
	return door(f) && f.Focus() == seeds.NeedTraining && inCities(f, p)
}

// tradesHere reports, for trades in general asked to learn at a town
// with no school of its own among the results, whether a fiche still runs,
// says it trains in trades in general (trainsInTrades) and names the town
// among its own: it comes first (putFirst), Swisscontact at Gao or
// Tombouctou before the youth agency, whose long text tells of the trades
// its programmes touched. A donor counts when programmes are asked.
func (ix *Index) tradesHere(r Result, q understand.Query) bool {
	return r.Fiche.Status == seeds.StatusActive && (door(r.Fiche) || q.ProgrammeFiches()) && inCities(r.Fiche, q.Place) && ix.trainsInTrades(r.Fiche.Ref)
}

// walkIns keeps the results a person can walk into (Fiche.Open), appending
// them to out up to its capacity.
func walkIns(out, rs []Result) []Result {
	for _, r := range rs {
		if len(out) < cap(out) && r.Fiche.Open() {
			out = append(out, r)
		}
	}
	return out
}

// framesOnly reports whether a question asks nothing but in words of
// asking (Frame, not naming a public the fiches serve) beside its story:
// no need, kind, fiche named, programmes or thing asked.
func framesOnly(q understand.Query) bool {
	return q.Need == "" && q.Kind == "" && len(q.Named) == 0 && !q.Programmes && !slices.ContainsFunc(q.Terms, func(t understand.Term) bool {
		return t.Public || t.Role != understand.Frame && t.Role != understand.Story
	})
}
