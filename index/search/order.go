package search

import (
	"cmp"
	"slices"

	"sira/index/understand"
	"sira/seeds"
)

// A rankKey is what a candidate ranks by: its parts (the key* constants),
// compared in their order, the larger first; candidates equal on all keep
// bleve's order. Read once a candidate (Index.read). Then, unless donors or
// programmes are asked, a donor goes below the first door that fits as
// well (order, belowFirstDoor).
type rankKey [keyParts]float64

// The parts of a rank key, in the order they rank: each is 1 for yes and 0
// for no, or a count or a share (never NaN), the larger first.
const (
	keyNamed        = iota // the question names it ("CFP Sénou : quels documents ?"): what the person asks about comes first
	keyRuns                // it still runs, when what runs now is asked (Query.Now): an ended programme answers nothing now
	keyWelcome             // it is not of the kind the person says turned them away (Query.Refusing: "les banques refusent mon dossier"), whatever else it covers
	keyOpen                // money or goods asked by a person, it is open, not planned: a centre not yet open gives nothing now (a centre's "matériels agricoles" asked as a kit's tools)
	keyTakes               // its public takes the person told (takesPerson): an age outside its conditions, a women's group at a youth agency, go after however much they cover
	keyGroup               // money asked at a place by a person who tells their group, it is a door for that group there (forGroup): the returnees' programme at Kayes before the lenders whose long text tells of poultry
	keyReceives            // what is there at a place asked (ranking.whatIsThere), it receives the public, its answer runs (Fiche.Open, not lapsed) and it serves the need: 1, and 4 more with an office in the town (inTown: Createam and Caritas at Kita), else 2 more when its text names the town (locality 2: Caritas's project at Bandiagara), 1 more when its name, trades or summary name the people asked for (headNames: "jeunes"): the doors there, the youth agency, then the region's, before UNICEF, which works through partners, and the donors whose summaries say "jeunes"
	keyBusiness            // a business of the person's asked run or accompanied (ranking.business), it runs and helps start one (helpsStart): the incubator and the youth agency before a farming NGO whose text tells of the product or of management
	keyShare               // its share of the things asked (coverage): what the question asks for decides first
	keyPriced              // the cost of a course asked (AskCost, training), it states what it costs (statesCost): a budget told ("j'ai 100 000 FCFA, quelle formation ?") is answered by the centres whose fees the report gives, a free course by those it says are free
	keyChildren            // for a child too young for the centres, it names children among whom it serves (namesPerson)
	keyAnyAge              // for a person older than any age the fiches' conditions bound, it says it takes any age (takesAnyAge): the employment agency before recruiters silent on age; not when money is asked, which lenders give whatever the age
	keyForAge              // money asked by a person told an age its conditions bound from above and take (madeForAge): the youth agency's credit for a 25-year-old before lenders silent on age
	keyServes              // it serves the need asked, a training where it is given (trainsAt)
	keyTown                // it names the town asked (locality 2): a person is served where they are before their story is known
	keyGroupHead           // a job or a training asked by a person who tells their group, its name, trades or summary name that group (groupHead): the employment agency whose summary says "migrants de retour aidés" before a recruiter
	keyReading             // for a person told unable to read (Query.Unlettered), it teaches literacy (teachesReading)
	keyShort               // for a course wanted short (Query.Short), it is not known to give long courses only (longOnly): ENDA's three years after the centres of shorter ones that fit as well
	keyOwn                 // how many trades asked to learn its head holds by their own word, not only by a wider one their variants add (ownHeld): the fish-farming centre before a school of livestock for "pisciculture"
	keyHead                // for a job, how many things asked the head of a fiche that hires holds (headCoverage): a recruiter whose summary says "nettoyage, cuisine" before an agency whose long text tells of them; a school whose trades name it teaches, not hires
	keyAccompanies         // money to start an activity with the project followed (Query.Accompanies: "qui peut m'accompagner et m'aider à financer ?"): it helps start one (helpsStart), before the lenders and before a long text that tells of who asks (a donor's "groupements")
	keyWho                 // its share of who asks (coverage): where a migrant comes from, what they are or have done
	keyPurpose             // its share of what the thing is for (coverage): "pour agrandir mon atelier"
	keyPublic              // it is for the group the person tells they belong to (forPublic: "migrants de retour")
	keyHires               // for a job, a seeker applies to it (hires): an agency or a firm before a donor's programme, a school or a lender
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
	// business says a business of the person's is asked run or
	// accompanied (Query.RunsBusiness), neither donors nor programmes
	// asked: those who help start one rank first among those that cover
	// as much.
	business bool
	// asksThing says the question asks a thing that is not what
	// something is for: a result's share covered is then its rankCov
	// (resultOf).
	asksThing bool
	// whatIsThere says the question asks what there is at a place: a
	// place named, nothing asked but who asks, for what need and the
	// words of asking ("quelles structures à Bougouni pour les jeunes qui
	// rentrent ?"), no fiche named, no danger, neither donors nor
	// programmes asked. Those words fill the summaries of programmes that
	// receive no one (keyReceives).
	whatIsThere bool
	// group, for whatIsThere, is the terms of the people it asks for,
	// told or not ("pour les jeunes": Term.Public, Query.Public).
	group []string
	// shown is how many candidates are returned (run's size); teaching,
	// if not nil, orders them by how they teach the trade asked to learn
	// at the place (teachersFirst: notTeaching, 0 first).
	shown    int
	teaching func(Result) int
}

// rankingOf reads what the candidates of q searched with sets rank by,
// but the town and the public told (run reads them).
func (ix *Index) rankingOf(q understand.Query, sets []termSet) ranking {
	r := ranking{q: q, req: requestOf(q)}
	finance := q.Need == seeds.NeedFinance && !q.ProgrammeFiches()
	r.money = q.Money && finance
	r.other = finance && ix.otherActivity(q, sets)
	r.start = q.Starts && q.Need == seeds.NeedFinance && !slices.ContainsFunc(sets, func(ts termSet) bool { return ts.product && ts.role.Asks() })
	r.business = q.RunsBusiness && !q.ProgrammeFiches()
	r.asksThing = slices.ContainsFunc(sets, func(ts termSet) bool { return ts.role.Asks() && ts.role != understand.Purpose })
	r.whatIsThere = whatIsThere(q)
	if r.whatIsThere {
		for _, t := range q.Terms {
			if t.Public {
				for _, v := range t.Variants {
					r.group = append(r.group, ix.frenchCache.terms(v)...)
				}
			}
		}
		for _, w := range q.Public {
			r.group = append(r.group, ix.frenchCache.terms(w)...)
		}
	}
	return r
}

// whatIsThere reports whether q asks what there is at a place
// (ranking.whatIsThere): no term that asks a thing, known to the fiches
// or not ("telefoni dilan kalan kidal" asks a trade no fiche teaches), no
// kind of structure nor premises ("un centre de formation à Markala"), no
// part of a fiche (its cost, whether it still runs), not for a child (the
// child actors' question, the protection order's), no money named
// (Query.Money: "qui finance la formation professionnelle à Ségou" asks
// the donors, "qui peut me financer" the lenders), no activity to start
// (the accompanying doors' question: keyAccompanies), neither programmes
// nor donors asked ("des projets pour les jeunes").
func whatIsThere(q understand.Query) bool {
	return q.Place != nil && q.Need != seeds.NeedProtection && len(q.Named) == 0 && !q.Programmes && !q.ProgrammeFiches() &&
		q.Kind == "" && !q.Premises && q.Asked == "" && q.Age != understand.AgeChild && !q.Money && !q.Starts &&
		!slices.ContainsFunc(q.Terms, func(t understand.Term) bool { return t.Role.Asks() })
}

// read fills in what the candidate ranks by, its coverage and locality,
// and what belowFirstDoor reads of it, and its rank key k, zero: town is the
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
		// A programme's towns are where its activities run, no office a
		// job seeker applies at: for a job, unless programmes are asked,
		// naming the town ranks only a door that receives the public.
		walkIn := f.Audience == seeds.AudiencePublic || q.Need != seeds.NeedJob || q.ProgrammeFiches()
		k[keyTown], k[keyNear], k[keyNotElsewhere] = yes(c.near == 2 && walkIn), float64(c.near), yes(!elsewhere)
	}
	c.named = slices.Contains(q.Named, f.Ref)
	c.askedAbout = slices.Contains(q.ByProgramme, f.Ref) || slices.Contains(q.Subject, f.Ref) || c.named && q.Asked == understand.AskWhat
	office := len(f.AidEnded) > 0 && q.Place != nil && ix.reaches(f, q.Place)
	// At a place asked, a fiche that ended answers no one there now,
	// unless its name, trades or summary hold a thing asked (FAO's
	// "caisses de résilience", no door's) or its country ("un fonds
	// danois"), or, a project, it names the town: it is the report's
	// word on what was there (the CAFé of Koutiala).
	endedHere := q.Place != nil && f.Status == seeds.StatusEnded && !c.askedAbout && !strong(c) &&
		inHead(c, func(termSet) bool { return true }) == 0 && (f.Kind == seeds.KindDonor || c.near != 2)
	c.lapsed = !c.named && (endedHere || lapsed(f, q.Need, r.req.money(), office))
	c.unopened = !c.named && q.Need != "" && f.Status == seeds.StatusPlanned
	c.funderAsked = q.FundersAsked && f.Kind == seeds.KindDonor && f.Status == seeds.StatusActive && !c.lapsed
	c.serves = servesNeed(f, q.Need) && ix.trainsAt(f, *q)
	c.takesAge = ix.takesPerson(f.Ref, *q)
	c.invests = r.req.money() && !q.Invests && f.Kind == seeds.KindFund

	k[keyNamed] = yes(c.named)
	k[keyRuns] = yes(q.Now && f.Status != seeds.StatusEnded)
	c.unwelcome = q.Refusing != "" && f.Kind == q.Refusing
	k[keyWelcome] = yes(!c.unwelcome)
	k[keyOpen] = yes(!r.req.money() || f.Status != seeds.StatusPlanned)
	k[keyTakes] = yes(c.takesAge)
	k[keyGroup] = yes(ix.forGroup(f, q, public))
	if r.whatIsThere && f.Open() && !c.lapsed && c.serves {
		office := inTown(f, q.Place)
		k[keyReceives] = 1 + 4*yes(office) + 2*yes(!office && c.near == 2) + yes(ix.headNames(f.Ref, r.group))
	}
	k[keyShare] = c.rankCov
	k[keyBusiness] = yes(r.business && f.Status == seeds.StatusActive && ix.helpsStart(f.Ref))
	k[keyPriced] = yes(q.Asked == understand.AskCost && q.Need == seeds.NeedTraining && ix.priced[f.Ref])
	k[keyChildren] = yes(ix.namesPerson(f, *q))
	k[keyAnyAge] = yes(!r.req.money() && ix.takesAnyAge(f, *q))
	k[keyForAge] = yes(r.req.money() && ix.madeForAge(f.Ref, *q))
	k[keyGroupHead] = yes(ix.groupHead(f, q, public))
	k[keyServes] = yes(c.serves)
	k[keyReading] = yes(q.Unlettered && ix.literacy[f.Ref])
	k[keyShort] = yes(!q.Short || !ix.long[f.Ref])
	k[keyOwn] = float64(ownHeld(c))
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

// order ranks the candidates (byRank, their indexes) of a question: by
// their rank keys, then, unless the fiches of programmes are asked
// (Query.ProgrammeFiches) or whether a fiche named still runs ("la
// subvention du PNUD, ça marche encore ?": it stays first, its card saying
// it ended), each fiche no person is sent to first goes below the first
// open door ranked after it (belowFirstDoors), role by role (mover). A
// person who asks to learn is sent to a place that trains, not first to a
// donor's office. Then, for a trade asked to learn at a place
// (ranking.teaching), those shown are the teachers there first
// (teachersFirst). A place's search may then order its results again,
// for an answer found another way than the kind asked, by what that way
// finds (putFirst).
func order(cs []candidate, keys []rankKey, byRank []int, r *ranking) {
	slices.SortStableFunc(byRank, func(i, j int) int { return keys[i].compare(&keys[j]) })
	if moversRun(r) {
		belowFirstDoors(cs, byRank, r.req)
	}
	if r.req.money() {
		namedNotTaking(cs, byRank)
	}
	if r.teaching != nil {
		teachersFirst(byRank, r.shown, func(i int) int { return r.teaching(resultOf(&cs[i], r.asksThing)) }, func(i int) bool { return strong(&cs[i]) })
	}
}

// moversRun reports whether the fiches no person is sent to first move
// below the doors (order): not when the fiches of programmes are asked,
// nor whether a fiche named still runs.
func moversRun(r *ranking) bool {
	return !r.q.ProgrammeFiches() && !(r.q.Asked == understand.AskStatus && len(r.q.Named) > 0)
}

// teachersFirst orders the first shown of byRank by how they teach the
// trade asked at the place (teaching, 0 first), with the doors there that
// teach it (0) ranked below them, down to rank rerankDepth, and that hold
// a thing asked in their head (Result.Strong) brought up after those of
// the first shown: the Kayes schools that teach market gardening, ranked
// below two NGOs of Bamako whose summaries say "paysans" for "nous sommes
// des paysans", still come first. The others below the first shown stay
// below, so the answer fits or not on the fiches it would have shown.
// teaching is how candidate i teaches the trade (ranking.teaching),
// strongAt whether it holds a thing asked in its head: read by index, the
// candidates stay on run's stack.
func teachersFirst(byRank []int, shown int, teaching func(i int) int, strongAt func(i int) bool) {
	head := min(shown, len(byRank))
	for l := head; l < min(len(byRank), max(shown, rerankDepth)); l++ {
		if i := byRank[l]; strongAt(i) && teaching(i) == 0 {
			moveAbove(byRank, l, head)
			head++
		}
	}
	// Each one's order is read once, then sorted on.
	type taught struct{ i, order int }
	var onStack [rerankDepth]taught
	ts := onStack[:0]
	for _, i := range byRank[:head] {
		ts = append(ts, taught{i, teaching(i)})
	}
	slices.SortStableFunc(ts, func(a, b taught) int { return cmp.Compare(a.order, b.order) })
	for k, t := range ts {
		byRank[k] = t.i
	}
}

// belowFirstDoors moves the fiches of every role (mover) below the first
// open door ranked after them, role by role, for a question asking r.
func belowFirstDoors(cs []candidate, byRank []int, r request) {
	for m := range movers {
		belowFirstDoor(cs, byRank, r, m)
	}
}

// A mover is a role in which a fiche ranked by its key is no place to send
// a person first: it goes just below the first open door ranked after it
// that answers as well (belowFirstDoor), and stays among the first,
// keeping its place when no such door follows. The roles move in the
// order listed, each once the one before has.
type mover uint8

const (
	// moverDonor: a donor, and, asked money, a fund that invests in firms
	// (candidate.invests) or a fiche whose answer ended (candidate.lapsed),
	// goes below the first door that fits as well (donorsBelow), the
	// places all read on the order of the keys, the donors keeping their
	// order.
	moverDonor mover = iota
	// moverWalkIn: a donor left first whose name, trades and summary hold
	// no thing asked besides the need goes below the first open service
	// that serves the need and covers as much or, for a job, hires, until
	// no such donor is first, the donors keeping their order.
	moverWalkIn
	// moverEnded: asked no money, a fiche whose answer ended
	// (candidate.lapsed) or a centre not yet open (candidate.unopened) goes
	// below the first open service that covers as much (coversAsMuch),
	// passing doors only, from the last to the first.
	moverEnded
	// moverShut: a fiche nobody walks into now, a donor or one that ended,
	// left first, neither named nor the programme asked about, no money
	// asked (then the donors' rule decides), goes just below the first open
	// service ranked after it that serves the need and fits as well: as a
	// donor's programme does (asWell); an ended project by what it covers
	// (coversAsMuch: the health-training project keeps "infirmier", which
	// no door holds in its head); a donor whose programmes all ended by
	// its share of what is asked, its head telling what they did. That
	// service ranked beyond the first fitDepth comes first instead, so the
	// first results stay those that fits read.
	moverShut
	// moverNext: in the ranks after the first, up to doorDepth, a fiche
	// nobody is sent to (nextOut: a donor, an ended project, an aid that
	// ended, a centre not yet open), not named nor asked about, gives its
	// rank to the first open service ranked after it that fits as well
	// (nextUnder), as often as such services follow: the second and third
	// a person reads are doors too, the donors and what ended after them
	// in their order ("un financement à Sikasso": Donilab after the BNDA,
	// not the GIZ and the World Bank). Doors ranked deeper than the hits
	// come up the same way (doorsNext).
	moverNext
	movers // how many roles there are
)

// moves reports whether a candidate of a question asking r moves in role
// m. A donor funds programmes through partners; for a person asking
// money, a donor named ("la Banque mondiale prête aux jeunes ?") and a
// fund that invests in firms ("Zira peut financer ma petite boutique ?")
// hand over to the doors that lend to a person: they move even when named.
// A fiche asked about (candidate.askedAbout: by a programme it runs or
// funds, or what it does, "La GIZ finance quoi ?") is what the person
// asks: it never moves as a donor.
func (m mover) moves(c *candidate, r request) bool {
	donor := c.fiche.Kind == seeds.KindDonor
	switch m {
	case moverWalkIn:
		return donor && moverDonor.moves(c, r) && !headBeyondNeed(c)
	case moverEnded:
		return !r.money() && (c.lapsed || c.unopened)
	case moverShut:
		return !r.money() && !c.named && !c.askedAbout && !door(c.fiche)
	case moverNext:
		return !c.named && !c.askedAbout && !c.funderAsked && nextOut(c)
	}
	return !c.askedAbout && (c.invests || donor && (r.money() || !c.named) || r.money() && c.lapsed)
}

// under reports whether d, ranked after c, is the open door c goes below
// in role m (moverWalkIn, moverEnded, moverShut): a service that receives
// the public (Fiche.Open), or in role moverNext a donor funding now that
// the question asks for (candidate.funderAsked), and whose answer did not
// end; for moverEnded,
// that covers as much of the question (coversAsMuch); for the others, that
// serves the need and fits as well as the role says (moverShut: shutUnder)
// or, moverWalkIn, covers as much or, for a job, hires (a donor's
// programme hires no one).
func (m mover) under(c, d *candidate, r request) bool {
	switch {
	case !d.fiche.Open() && !(m == moverNext && d.funderAsked) || d.lapsed:
		return false
	case m == moverEnded:
		return standingOf(d).coversAsMuch(standingOf(c))
	case m == moverNext:
		return nextUnder(c, d, r)
	case !d.serves:
		return false
	case m == moverShut:
		return shutUnder(c, d)
	}
	return r == requestJob && hires(d.fiche) || d.rankCov >= c.rankCov
}

// shutUnder reports whether d, an open service that serves the need,
// fits as well as c, a fiche nobody walks into now (moverShut): an ended
// project by what it covers (coversAsMuch), a donor whose programmes all
// ended by its share of what is asked, any other donor as a donor's
// programme does (asWell).
func shutUnder(c, d *candidate) bool {
	s, other := standingOf(d), standingOf(c)
	switch {
	case c.fiche.Kind != seeds.KindDonor:
		return s.coversAsMuch(other)
	case c.fiche.Status == seeds.StatusEnded:
		return s.goodBefore(other) && s.share >= other.share
	}
	return s.asWell(other)
}

// belowFirstDoor moves the fiches of role m just below the first open door
// ranked after them (mover): nobody is sent first to a donor's office, nor
// to an office for an aid it no longer gives, when a door they can walk
// into answers as well.
func belowFirstDoor(cs []candidate, byRank []int, r request, m mover) {
	switch m {
	case moverDonor:
		donorsBelow(cs, byRank, r)
	case moverShut:
		if len(byRank) < 2 || !m.moves(&cs[byRank[0]], r) {
			return
		}
		c := &cs[byRank[0]]
		switch l := firstAfter(byRank, 0, func(j int) bool { return m.under(c, &cs[j], r) }, nil); {
		case l < 0:
		case l < fitDepth:
			moveBelow(byRank, 0, l)
		default:
			moveAbove(byRank, l, 0)
		}
	case moverNext:
		for k := 1; k < min(doorDepth, len(byRank)); k++ {
			c := &cs[byRank[k]]
			if !m.moves(c, r) {
				continue
			}
			if l := firstAfter(byRank, k, func(j int) bool { return m.under(c, &cs[j], r) }, nil); l >= 0 {
				moveAbove(byRank, l, k) // c is next, at k+1, for the doors after
			}
		}
	case moverWalkIn:
		below := 0 // where the last donor moved went: the donors keep their order
		for len(byRank) > 1 && m.moves(&cs[byRank[0]], r) {
			c := &cs[byRank[0]]
			l := firstAfter(byRank, 0, func(j int) bool { return m.under(c, &cs[j], r) }, nil)
			if l < 0 {
				return
			}
			l = max(l, below)
			moveBelow(byRank, 0, l)
			below = l
		}
	case moverEnded:
		for k := len(byRank) - 1; k >= 0; k-- {
			c := &cs[byRank[k]]
			if !m.moves(c, r) {
				continue
			}
			passes := func(j int) bool { return door(cs[j].fiche) }
			if l := firstAfter(byRank, k, func(j int) bool { return m.under(c, &cs[j], r) }, passes); l >= 0 {
				moveBelow(byRank, k, l)
			}
		}
	}
}

// nextOut reports whether a candidate is no place to send a person among
// the first results (moverNext): a donor, which funds programmes through
// partners; a project that ended; a fiche whose answer ended or has not
// begun (candidate.lapsed, candidate.unopened).
func nextOut(c *candidate) bool {
	return c.fiche.Kind == seeds.KindDonor || c.fiche.Status == seeds.StatusEnded || c.lapsed || c.unopened
}

// nextUnder reports whether d, an open service (mover.under), passes c in
// role moverNext: it serves the need, is open now (not a centre not yet
// open), is not of the kind the person says turned them away, takes the
// person told if c does (takesPerson: not ENDA, for minors, before the AME
// for a woman of 19), is tied to the place as closely (locality), and fits as well —
// by its share of what is asked when c passes so (byShare), holding it in
// its head when c does (strong), else as coversAsMuch says. It makes no
// answer fit that did not: a door that holds some of the question does
// not pass a fiche that holds none (fitCov), nor one closer to the place
// or fitting by its head, which the fit decision reads (localOrStrong).
// Asked who funds, a donor funding now passes a donor that ended or has
// not begun whatever its share (candidate.funderAsked).
func nextUnder(c, d *candidate, r request) bool {
	if d.unopened || d.unwelcome || !d.serves || c.takesAge && !d.takesAge || d.near < c.near || c.fitCov == 0 && d.fitCov > 0 {
		return false
	}
	return d.funderAsked && c.fiche.Kind == seeds.KindDonor ||
		byShare(c, r) && d.rankCov >= c.rankCov && (strong(d) || !strong(c)) || standingOf(d).coversAsMuch(standingOf(c))
}

// byShare reports whether a fiche of role moverNext passes to the doors
// that serve the need by its share of what is asked alone: one that ended
// or is not yet open gives nothing now, whatever its head or its town
// say (the Markala centre, which names Ségou, after the ANPE for a job
// there); a donor as donorsBelow moves one first: asked to learn,
// whatever its head holds (a donor trains no one itself); asked money,
// unless its head holds a thing asked besides the need (headBeyondNeed:
// the grant it gives, its programme).
func byShare(c *candidate, r request) bool {
	if c.fiche.Kind != seeds.KindDonor {
		return true
	}
	return r == requestLearning || r.money() && !headBeyondNeed(c)
}

// nextLeft reports whether, after the first, a fiche of role moverNext
// is still among the first doorDepth of those ordered (byRank) for a
// question ranking r: the doors that would pass it may lie deeper than
// the hits ranked.
func nextLeft(cs []candidate, byRank []int, r *ranking) bool {
	if !moversRun(r) {
		return false
	}
	for _, i := range byRank[min(1, len(byRank)):min(doorDepth, len(byRank))] {
		if moverNext.moves(&cs[i], r.req) {
			return true
		}
	}
	return false
}

// firstAfter returns the rank of the first candidate ranked after rank k
// that fits, passing only those passes keeps (nil: all), or -1 for none.
func firstAfter(byRank []int, k int, fits, passes func(j int) bool) int {
	for l := k + 1; l < len(byRank); l++ {
		j := byRank[l]
		if passes != nil && !passes(j) {
			return -1
		}
		if fits(j) {
			return l
		}
	}
	return -1
}

// moveBelow moves the candidate at rank k to rank l, after it, those
// between going up one.
func moveBelow(byRank []int, k, l int) {
	i := byRank[k]
	copy(byRank[k:l], byRank[k+1:l+1])
	byRank[l] = i
}

// moveAbove moves the candidate at rank l to rank k, before it, those
// between going down one.
func moveAbove(byRank []int, l, k int) {
	i := byRank[l]
	copy(byRank[k+1:l+1], byRank[k:l])
	byRank[k] = i
}

// donorsBelow moves each candidate of role moverDonor just below the first
// door ranked after it that fits as well (asWell), and, when money is
// asked, each fiche whose answer ended just below the first door ranked
// after it that serves the need, those moved keeping their order: a
// person who asks for neither donors nor programmes is sent to a door they
// can walk through before a donor's programme that fits no better; the
// donor keeps its place when no partner fits as well ("financement
// inclusif pour jeunes ruraux": IFAD's own words, in its summary). A
// project that ended answers no one now, whatever its text covers (a
// health-training project's "pharmacie" for a pharmacy's loan). When a
// person asks money, a donor goes below the first door that serves the
// need unless its own name or summary holds a thing asked ("subvention
// AGR", a programme's name) or, named, it covers more of what is asked
// than the door: the person is never sent to a donor office first when a
// partner they can walk into gives money (policy, docs/search.md). When a
// person asks to learn, a donor goes so whatever its head holds: a donor
// trains no one itself ("projets … des jeunes en agriculture" is no farm
// school at Gao).
func donorsBelow(cs []candidate, byRank []int, r request) {
	if !slices.ContainsFunc(byRank, func(i int) bool { return moverDonor.moves(&cs[i], r) }) {
		return
	}
	// Each candidate's standing is read when first compared; at holds, by
	// candidate, twice the rank it goes to (one more: below the door there).
	var stOnStack [max(rerankDepth, protectionDepth)]standing
	var atOnStack [len(stOnStack)]int
	st, at := stOnStack[:0], atOnStack[:0]
	if len(cs) > len(stOnStack) {
		st, at = make([]standing, 0, len(cs)), make([]int, 0, len(cs))
	}
	st, at = st[:len(cs)], at[:len(cs)]
	of := func(i int) standing {
		if !st[i].read {
			st[i] = standingOf(&cs[i])
		}
		return st[i]
	}
	servedAbove := false // a door that serves the need ranks above
	below := 0           // where the last donor went: the donors after it go no higher
	for k, i := range byRank {
		at[i] = 2 * k
		c := &cs[i]
		if !moverDonor.moves(c, r) {
			servedAbove = servedAbove || door(c.fiche) && !c.invests && c.serves
			continue
		}
		ended := c.lapsed
		donor := c.fiche.Kind == seeds.KindDonor
		// Ranked above every door that serves the need: for a person
		// asking to learn, a donor goes below the first that covers as
		// much, whatever its head holds. For a person asking money, a
		// donor named goes below the first such door that covers as much
		// of what is asked, whatever its head holds: the donor named and
		// the money only ("la GIZ peut me financer ?") go to a door that
		// lends; a programme of the donor asked by what only its text
		// holds ("les 2 500 USD du PNUD", "le concours de pitch du PNUD")
		// is what the person asks. Asked to start an activity (funds
		// take firms that run), a fund for firms named or whose head names
		// no thing asked besides the need and the money (not "taux zéro")
		// goes below the first such door after it, even below one that
		// serves the need ranked above it. Any other donor goes below the first that
		// covers as much, unless its head names a thing asked besides the
		// need (the grant it gives, "subvention AGR"; a programme; its
		// country, "un fonds danois").
		var handsOver, asMuch bool
		if (!servedAbove || c.invests && r == requestMoneyToStart) && (donor || c.invests) {
			switch {
			case r == requestLearning:
				asMuch = donor
			case !r.money():
			case c.invests:
				handsOver = r == requestMoneyToStart && (c.named || !headBeyondMoney(c))
			case c.named:
				asMuch = true
			default:
				asMuch = !headBeyondNeed(c)
			}
		}
		l := firstAfter(byRank, k, func(j int) bool {
			lends := cs[j].serves && !cs[j].invests
			return door(cs[j].fiche) && (ended && !cs[j].lapsed && cs[j].serves ||
				lends && (handsOver || asMuch && cs[j].rankCov >= c.rankCov) ||
				donor && of(j).asWell(of(i)))
		}, nil)
		if l >= 0 {
			at[i] = 2*l + 1
		}
		// The donors keep their order: one that ranked below another
		// moved goes below it too (FIDA, not at Kita, does not pass the
		// FAO, which is, moved below Caritas there).
		if donor {
			at[i] = max(at[i], below)
			below = at[i]
		}
	}
	slices.SortStableFunc(byRank, func(i, j int) int { return cmp.Compare(at[i], at[j]) })
}

// A request is what a person asks, as the moves below the first door tell it apart (mover).
type request uint8

const (
	requestOther        request = iota // none of those below
	requestLearning                    // to learn (the need is training)
	requestMoney                       // money (the need is financing), no programme asked
	requestMoneyToStart                // money to start an activity
	requestJob                         // a job (the need is employment)
)

// requestOf reads a question's request.
func requestOf(q understand.Query) request {
	money := q.Need == seeds.NeedFinance && !q.ProgrammeFiches()
	switch {
	case money && q.Starts:
		return requestMoneyToStart
	case money:
		return requestMoney
	case q.Need == seeds.NeedTraining:
		return requestLearning
	case q.Need == seeds.NeedJob:
		return requestJob
	}
	return requestOther
}

// money reports whether money is asked, to start an activity or not.
func (r request) money() bool { return r == requestMoney || r == requestMoneyToStart }

// namedNotTaking moves a fiche named and ranked first that does not take
// the person told (candidate.takesAge: "j'ai 45 ans, l'APEJ peut me
// financer ?", the APEJ's 15 to 40) just below the first fiche after it
// that receives the public: money asked of it asks who else will give it,
// and the named fiche stays next, its card telling its ages.
func namedNotTaking(cs []candidate, byRank []int) {
	if len(byRank) < 2 || !cs[byRank[0]].named || cs[byRank[0]].takesAge {
		return
	}
	for j := 1; j < len(byRank); j++ {
		if cs[byRank[j]].fiche.Open() {
			first := byRank[0]
			copy(byRank, byRank[1:j+1])
			byRank[j] = first
			return
		}
	}
}
