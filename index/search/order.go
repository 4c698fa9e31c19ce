package search

import (
	"slices"

	"sira/index/understand"
	"sira/seeds"
)

// A rankKey is what a candidate ranks by: its parts (the key* constants),
// compared in their order, the larger first; candidates equal on all keep
// bleve's order. Read once a candidate (Index.read). Then, unless donors or
// programmes are asked, a donor goes below the first door that fits as
// well (doorFirst).
type rankKey [keyParts]float64

// The parts of a rank key, in the order they rank: each is 1 for yes and 0
// for no, or a count or a share (never NaN), the larger first.
const (
	keyNamed        = iota // the question names it ("CFP Sénou : quels documents ?"): what the person asks about comes first
	keyRuns                // it still runs, when what runs now is asked (Query.Now): an ended programme answers nothing now
	keyWelcome             // it is not of the kind the person says turned them away (Query.Refusing: "les banques refusent mon dossier"), whatever else it covers
	keyOpen                // money or goods asked by a person, it is open, not planned: a centre not yet open gives nothing now (a centre's "matériels agricoles" asked as a kit's tools)
	keyTakes               // its public takes the person told (takesPerson): an age outside its conditions, a women's group at a youth agency, go after however much they cover
	keyShare               // its share of the things asked (coverage): what the question asks for decides first
	keyChildren            // for a child too young for the centres, it names children among whom it serves (namesPerson)
	keyServes              // it serves the need asked, a training where it is given (trainsAt)
	keyTown                // it names the town asked (locality 2): a person is served where they are before their story is known
	keyReading             // for a person told unable to read (Query.Unlettered), it teaches literacy (teachesReading)
	keyHead                // for a job, how many things asked the head of a fiche that hires holds (headCoverage): a recruiter whose summary says "nettoyage, cuisine" before an agency whose long text tells of them; a school whose trades name it teaches, not hires
	keyWho                 // its share of who asks (coverage): where a migrant comes from, what they are or have done
	keyPurpose             // its share of what the thing is for (coverage): "pour agrandir mon atelier"
	keyPublic              // it is for the group the person tells they belong to (forPublic: "migrants de retour")
	keyHires               // for a job, a seeker applies to it (hires): an agency or a firm before a donor's programme, a school or a lender
	keyAccompanies         // money to start an activity with the project followed (Query.Accompanies: "qui peut m'accompagner et m'aider à financer ?"): it helps start one (helpsStart), before the lenders
	keyLendsHere           // money asked for an activity of no farming: it lends to any activity (lendsMoney, not outOfSector: a microfinance, the youth agency, not the farm bank), wherever it is
	keyNotElsewhere        // it is no door of the region whose towns all lie out of reach of the place (elsewhere: GRDR at Kayes, for Nioro, after the ANPE's regional offices)
	keyNear                // how closely it is tied to the place (locality): the town, the region, all of Mali
	keyLends               // money asked (Query.Money), it says it gives money (lendsMoney): a lender before a trainer whose summary names the business
	keyLendHead            // a lender whose one need is financing (Fiche.Focus): how many things asked its head names (lendHead: the agricultural bank, for a farmer's loan)
	keyStarts              // money to start an activity (Query.Starts), it helps start one (helpsStart): an agency's "crédit pour créer son activité" before a bank
	keyParts
)

// compare orders k before other when it ranks first: the first part they
// differ on, the larger first.
func (k *rankKey) compare(other *rankKey) int {
	for i, a := range k {
		switch b := other[i]; {
		case a > b:
			return -1
		case a < b:
			return 1
		}
	}
	return 0
}

// A ranking is what a question gives its candidates to rank by, read once
// for all of them (rankingOf).
type ranking struct {
	q   understand.Query
	req request
	// money says money itself is asked (Query.Money); other that it is
	// for an activity of no farming (otherActivity), a lender to farming
	// only being out of its sector; start that it is to start an
	// activity, no loan or grant named (Query.Starts): an agency's
	// "crédit pour créer son activité" and an incubator help create one,
	// a bank or a microfinance lends to those who run one ("wari dɛmɛ …
	// ka jago daminɛ"); a loan named ("un prêt pour ouvrir une boutique")
	// asks a lender.
	money, other, start bool
}

// rankingOf reads what the candidates of q searched with sets rank by,
// but the town and the public told (run reads them).
func (ix *Index) rankingOf(q understand.Query, sets []termSet) ranking {
	r := ranking{q: q, req: requestOf(q)}
	finance := q.Need == seeds.NeedFinance && !q.ProgrammeFiches()
	r.money = q.Money && finance
	r.other = finance && ix.otherActivity(q, sets)
	r.start = q.Starts && q.Need == seeds.NeedFinance && !slices.ContainsFunc(sets, func(ts termSet) bool { return ts.product && ts.role.Asks() })
	return r
}

// read fills in what the candidate ranks by, its coverage and locality,
// and what doorFirst reads of it, and its rank key k, zero: town is the
// ids of the place's name among the fiches' text terms (locality), public
// the terms of the person's group told (Query.Public). The fiche's ages
// and public are looked up only when told.
func (ix *Index) read(c *candidate, k *rankKey, r *ranking, town []uint32, public []string) {
	q := &r.q
	f := c.fiche
	c.outOfSector = ix.outOfSector(f, r.other)
	c.rankCov, c.whoCov, c.forCov, c.fitCov = ix.coverage(c, *q)
	hirer := q.Need == seeds.NeedJob && hires(f)
	if hirer {
		k[keyHead] = float64(headCoverage(c))
	}
	k[keyNotElsewhere] = 1
	if q.Place != nil {
		c.near = locality(c, q.Place, town)
		// A door of the region whose towns all lie out of reach of the
		// place receives people elsewhere in it; a programme's towns are
		// where its activities run.
		elsewhere := c.near == 1 && f.Audience == seeds.AudiencePublic && len(f.Cities) > 0 && !ix.reaches(f, q.Place)
		k[keyTown], k[keyNear], k[keyNotElsewhere] = yes(c.near == 2), float64(c.near), yes(!elsewhere)
	}
	c.named = slices.Contains(q.Named, f.Ref)
	c.programme = slices.Contains(q.ByProgramme, f.Ref)
	office := len(f.AidEnded) > 0 && q.Place != nil && ix.reaches(f, q.Place)
	// At a place asked, a fiche that ended answers no one there now,
	// unless its name, trades or summary hold a thing asked (FAO's
	// "caisses de résilience", no door's) or its country ("un fonds
	// danois"), or, a project, it names the town: it is the report's
	// word on what was there (the CAFé of Koutiala).
	endedHere := q.Place != nil && f.Status == seeds.StatusEnded && !c.programme && !strong(c) &&
		inHead(c, func(termSet) bool { return true }) == 0 && (f.Kind == seeds.KindDonor || c.near != 2)
	c.lapsed = !c.named && (endedHere || lapsed(f, q.Need, r.req.money(), office))
	c.serves = servesNeed(f, q.Need) && ix.trainsAt(f, *q)
	c.takesAge = ix.takesPerson(f.Ref, *q)
	c.invests = r.req.money() && !q.Invests && f.Kind == seeds.KindFund

	k[keyNamed] = yes(c.named)
	k[keyRuns] = yes(q.Now && f.Status != seeds.StatusEnded)
	k[keyWelcome] = yes(q.Refusing == "" || f.Kind != q.Refusing)
	k[keyOpen] = yes(!r.req.money() || f.Status != seeds.StatusPlanned)
	k[keyTakes] = yes(c.takesAge)
	k[keyShare] = c.rankCov
	k[keyChildren] = yes(ix.namesPerson(f, *q))
	k[keyServes] = yes(c.serves)
	k[keyReading] = yes(q.Unlettered && ix.literacy[f.Ref])
	k[keyWho] = c.whoCov
	k[keyPurpose] = c.forCov
	k[keyPublic] = yes(len(public) > 0 && forPublic(f, q.Need, ix.publics[f.Ref], public))
	k[keyHires] = yes(hirer)
	starts := r.start && f.Status == seeds.StatusActive && ix.helpsStart(f.Ref)
	k[keyAccompanies] = yes(starts && q.Accompanies)
	lends := r.money && ix.lendsMoney(f.Ref)
	k[keyLendsHere] = yes(r.other && lends && !c.outOfSector)
	k[keyLends] = yes(lends)
	if lends && f.Focus() == seeds.NeedFinance {
		k[keyLendHead] = float64(lendHead(c))
	}
	k[keyStarts] = yes(starts)
}

// yes is a yes-or-no part of a rank key: 1 ranks before 0.
func yes(b bool) float64 {
	if b {
		return 1
	}
	return 0
}
