package search

import (
	"slices"
	"strings"

	"sira/index/fold"
	"sira/index/lang"
	"sira/index/places"
	"sira/index/understand"
	"sira/seeds"
)

// refused reports whether the question asks for something Sira knows it
// cannot answer (and names no fiche): a thing to buy, and nothing else
// asked, no money, no training (the fiches sell nothing; "une formation en
// couture et de l'argent pour acheter une machine" asks both); going abroad, and nothing asked but the
// work or study there (they help people who came back, none helps them
// leave), unless the message is about protection (a child who left for
// Algeria) or the work asked is where a partner places workers
// (Query.Placed: "ka taa baara kɛ Esipanyi"); something out of scope (out_of_scope.tsv); an activity no fiche
// offers, or a country asked about that no fiche names (sets: the terms
// searched); training asked in a country abroad that no fiche names with
// the other things asked (termSet.abroad: a grant to study in America); a
// job asked only in countries where no partner places workers
// (Query.Unplaced: Canada; one in Spain or the Gulf states is ANPE's legal
// labour migration). An activity is no evidence in a request for money to do
// something but buy (a business of it: "monter un studio de montage
// vidéo", financed as any; "cours de vidéo" and "un prêt pour acheter une
// guitare" stay refused).
func refused(q understand.Query, sets []termSet) bool {
	return (q.Buying && (q.Need == "" || q.Need == seeds.NeedProtection) || emigrating(sets, q.Need) && q.Need != seeds.NeedProtection && !q.Placed ||
		undone(q, sets)) && len(q.Named) == 0
}

// undone reports whether the question asks a thing no partner does, on
// the data's evidence: a thing no fiche offers (unoffered), training in a
// country abroad no fiche names, a job only in countries where no partner
// places workers.
func undone(q understand.Query, sets []termSet) bool {
	return q.Unplaced || slices.ContainsFunc(sets, func(ts termSet) bool { return ts.abroad && q.Need == seeds.NeedTraining }) || unoffered(q, sets)
}

// declined reports whether the question names a fiche and asks it a thing
// no partner does (undone): "la GIZ peut me payer un billet d'avion ?",
// "Caritas bɛ se ka pasipɔri dilan n ye wa?". A named fiche asked what it
// does is never refused; asked this, the answer is that nothing fits, with
// no fiche shown (the conversation says what the named one does). Its
// contact asked is the fiche itself asked ("numéro du CFP Missabougou pour
// le permis"): shown. Buying and going abroad are no evidence against a
// fiche named: the ANPE's legal labour migration is a way to go, a
// lender's loan a way to buy. A project that ended (not a donor, which
// still stands and does other things), named, is never declined: it does
// nothing now, its card says so, and what it did is what is asked of it
// ("le projet de formation des infirmiers INFSS").
func (ix *Index) declined(q understand.Query, sets []termSet) bool {
	return len(q.Named) > 0 && q.Asked != understand.AskContact && undone(q, sets) && !slices.ContainsFunc(q.Named, func(ref string) bool {
		f := ix.fiches[ref]
		return f.Status == seeds.StatusEnded && f.Kind != seeds.KindDonor
	})
}

// unoffered reports whether the question asks a thing no fiche offers,
// as data says: a concept out of scope, or an activity no fiche teaches
// or does (an activity is no evidence in a request for money to do
// something but buy; a country no fiche names is none in a message about
// protection, where it is where the danger was: "victime de trafic en
// Algérie … elle va très mal dans sa tête"; nor for a job where a partner
// places workers, Query.Placed: "travailler légalement en Europe"). Refused so, it gets no
// alternatives: a training centre of other trades is no answer to
// jewellery, nor an investor for firms to a wedding's loan.
func unoffered(q understand.Query, sets []termSet) bool {
	business, protection := q.Need == seeds.NeedFinance && !q.Buying, q.Need == seeds.NeedProtection
	return len(q.OutOfScope) > 0 || q.Aside || q.Knowledge != "" || slices.ContainsFunc(sets, func(ts termSet) bool {
		return ts.unanswerable && !(ts.activity && business) && !(ts.country && (protection || q.Placed))
	})
}

// emigrating reports whether the question asks to go abroad and nothing
// else the fiches know but the work or study there: a destination, or a
// country asked with no need read ("ma fille veut faire ses études en
// France": études names no need), and no other thing asked that a fiche
// holds than a need ("n b'a fɛ ka taa Ameriki ka baara kɛ yen"; "…
// Esipanyi kurun kɔnɔ", by boat: a word no fiche holds asks nothing they
// could answer). A country asked with a need is no journey: a job in
// France is ANPE's legal labour migration, money from a brother in France
// a diaspora's investment.
func emigrating(sets []termSet, need string) bool {
	going := false
	for _, ts := range sets {
		switch {
		case ts.role == understand.Destination || ts.country && ts.role == understand.Topic && !ts.adjective && need == "":
			going = true
		case ts.role.Asks() && ts.need == "" && ts.found():
			return false
		}
	}
	return going
}

// alternatives keeps, of the fiches shown when nothing fits (here, or
// anywhere), those that share the question's need (when it has one) or
// hold a thing it asks in their name, trades or summary: a business angel
// whose text says "passer" is no alternative to a driving licence, nor a
// recruiter whose text says "amis" one elsewhere. A question refused for
// a thing no fiche offers (unoffered) keeps none; one with a thing out of
// scope that names a fiche keeps only those that share its need: a
// training centre whose summary lists a birth certificate among its
// papers is no alternative to having one made. A donor is none unless
// donors or programmes are asked: nobody walks into its office. None may
// be left.
func alternatives(q understand.Query, rs []Result, unoffered bool) []Result {
	if unoffered {
		return nil
	}
	var out []Result
	for _, r := range rs {
		if r.Fiche.Kind == seeds.KindDonor && !q.ProgrammeFiches() {
			continue
		}
		if q.Need != "" && r.Fiche.HasNeed(q.Need) || r.Strong && len(q.OutOfScope) == 0 {
			out = append(out, r)
		}
	}
	return out
}

// fits is the "does anything fit" decision, for a question that asks
// something and is not refused on evidence (search: out_of_scope.tsv; an
// activity no fiche offers, activities.tsv; a country asked about that no
// fiche names; buying with no money asked; going abroad only — a named
// fiche asked what it does is never refused, declined). One of the first fitDepth results fits when it
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

// unheld reports whether the question asks a price of things no fiche
// holds, and nothing else (no need, kind, fiche named, programmes, people
// served, destination, danger): the fiches' costs are those of what they
// offer, and nothing they offer is asked ("combien coûte le sac de ciment
// à Bamako", "Bamakɔ ka taa Kayi, bisi sɔngɔ ye joli ye?": no fiche says
// cement or a bus). Without a place such a question finds no fiche; with
// one, every fiche of the town would cover all of nothing, the place being
// no thing asked. An unknown word without a price asked is no evidence (a
// misspelling: "tumutu, jon be se ka n dema").
func unheld(q understand.Query, sets []termSet) bool {
	if q.Asked != understand.AskCost || q.Distressed || q.Need != "" || q.Kind != "" || len(q.Named) > 0 || q.Programmes || slices.ContainsFunc(q.Terms, func(t understand.Term) bool { return t.Public }) {
		return false
	}
	asks := false
	for _, ts := range sets {
		switch {
		case ts.role == understand.Topic && !ts.found():
			asks = true
		case ts.role.Asks():
			return false
		}
	}
	return asks
}

// unread reports whether the reader found in the question nothing the
// fiches answer (understand.Evidence) and none of the first results holds
// a thing it asks in its head (Result.Strong: "c koi le FACEJ" is
// Swisscontact's summary), only in its long text ("c'est quand les
// élections ?", "quel engrais pour le maïs ?"): words a fiche's text holds
// somewhere are no evidence of a need.
func unread(q understand.Query, rs []Result) bool {
	return q.Evidence() == 0 && !slices.ContainsFunc(rs[:min(fitDepth, len(rs))], func(r Result) bool { return r.Strong })
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
// for an incubator in Gao. A kind of structure asked, or, held to the town
// (held), a school or a centre (Query.Premises) or a trade to learn
// (teachesHere), is at the place when the fiche names the town or serves
// all of Mali: one that lists the region and names other towns is
// elsewhere, one that names none is there when nothing holds it to the
// town (the BNDA's branches, counted by region, lend at Kita; Createam, at
// Kayes and Kita, is no incubator in Nioro; the
// Kayes workshop school no centre de formation there, nor a place to learn
// welding at Nioro; GIZ, whose text names sewing among a programme's
// results in the Koulikoro region, none to learn it at Nara). It appends
// them to out, up to its capacity (fits reads the first fitDepth).
func localOrStrong(out, rs []Result, kind string, held bool, teaches func(Result) bool) []Result {
	for _, r := range rs {
		if len(out) == cap(out) {
			break
		}
		if (r.Strong || r.near > 0) && (kind == "" || r.Fiche.Kind == kind) && (kind == "" && !held || r.near != 1 || !held && len(r.Fiche.Cities) == 0) && teaches(r) {
			out = append(out, r)
		}
	}
	return out
}

// inCapital reports whether a place is a part of its region's capital, not
// the capital itself: within townRadius of it (a quartier of Bamako, whose
// District is its region). A fiche of the region there is in the town: a
// school of Bamako teaches sewing at Dar Salam.
func (ix *Index) inCapital(p *places.Place) bool {
	c, ok := ix.gaz.Region(p.Region)
	return ok && p.ID != c.ID && places.Distance(p.Lat, p.Lon, c.Lat, c.Lon) <= townRadius
}

// teachesHere returns what a fiche serving the place asked must also do to
// fit: for a request to learn a trade (Term.Head) that a determiner or
// preposition brings ("formation en soudure"; "formation courte" names no
// trade) and some fiche names in its name, trades or summary, offer it in
// what it says it does: its name, trades, summary or offer. The trade is
// its words a determiner or preposition brings that a fiche so names
// ("mécanique" and "tracteur" of "mécanique de tracteur"; not "auto" of
// "mécanique auto": a fiche offering "auto-emploi" teaches no mechanics),
// else the first word a fiche so names ("touristique" of "guide
// touristique", the noun no fiche holds). A donor whose text names welding
// among a programme's results is no place to learn it ("soudure à Sikasso":
// nothing fits there, the welding schools are elsewhere). And for training
// asked at a place, a fiche that teaches its trades in some of its towns
// only (TradesIn) teaches at the place when one of them is in its region:
// ENDA works at Sikasso, Kayes, Gao and Koulikoro and teaches in Bamako
// ("sudelike kalanyɔrɔ" at Sikasso, "couture à Gao": nothing there, its
// Bamako centre is elsewhere). For any other question, nothing; nor for
// money or goods asked, whose trade is the business they serve
// ("apprentissage en menuiserie à Ségou, il me faut une raboteuse": the
// lenders there, no carpentry school). A training centre in the town
// itself, still running, teaches the trade when its text names it,
// wherever: IFPI at Kayes, whose trainees are "recrutés dans les mines
// d'or", for "bosser dans les mines … une formation à Kayes". trade says a
// trade is asked to learn, so named: a fiche must then be at the town
// itself (localOrStrong). When a programme is asked ("avec un programme qui
// l'accompagne"), or trades in general (asksTrades: "un métier, la
// mécanique ou la soudure"), a fiche still running that says it trains in
// trades in general (trainsInTrades: Swisscontact's "formation aux métiers,
// apprentissage") teaches any trade where it works: welding in an
// apprenticeship at Koulikoro; without one, "une formation de plombier à
// Koulikoro" is taught by none there. A trade so brought that no fiche
// names in its name, trades or summary and only donors' or ended
// projects' long texts hold (inText: fishing, in the World Bank's and
// LuxDev's), with no other thing asked that a fiche's head holds, is
// taught by none anywhere: a programme's results or a project's past
// courses are no place to learn it.
func (ix *Index) teachesHere(q understand.Query, sets []termSet) tradeAsked {
	there := func(r Result) bool { return ix.trainsAt(r.Fiche, q) }
	var terms, first []uint32      // the text terms of the trade asked; of its first word a fiche names
	var heads, firstHeads []uint32 // their head terms
	var texts []uint32             // the text terms of its words only fiches' long texts hold
	brought := false               // a determiner or preposition brings the trade's words
	for _, ts := range sets {
		if !ts.head {
			continue
		}
		brought = brought || ts.noun
		if len(ts.ids[slotHead]) == 0 {
			if ts.noun {
				texts = append(texts, ts.ids[slotText]...)
			}
			continue
		}
		if ts.noun {
			terms = append(terms, ts.ids[slotText]...)
			heads = append(heads, ts.ids[slotHead]...)
		}
		if first == nil {
			first, firstHeads = ts.ids[slotText], ts.ids[slotHead]
		}
	}
	if terms == nil {
		terms, heads = first, firstHeads
	}
	// Only donors' and ended projects' texts name the trade, and no other
	// thing asked names one a fiche's head holds ("transformer le lait":
	// the processing is taught, the milk is its matter); trades in
	// general ("reprendre son métier") name none.
	inText := terms == nil && len(texts) > 0 && !ix.doorHolds(texts) && !slices.ContainsFunc(sets, func(ts termSet) bool {
		return !ts.head && ts.role == understand.Topic && len(ts.ids[slotHead]) > 0 && !slices.ContainsFunc(ts.ids[slotText], func(id uint32) bool { return ix.tradesAll[id] })
	})
	if inText && brought && q.Need != seeds.NeedFinance {
		return tradeAsked{teaches: func(Result) bool { return false }, trade: true, inText: true}
	}
	if !brought || terms == nil || q.Need == seeds.NeedFinance {
		return tradeAsked{teaches: there}
	}
	if ix.stoppedOnly(heads) {
		// Only fiches that stopped say they teach it (the health-staff
		// project, ended in 2019): at the place asked, another teaches it
		// only as a training centre of the town itself already open (IFPI
		// at Kayes, whose text says its trainees work in the mines), not
		// by its offer ("santé" in the UNICEF's) nor as a centre not yet
		// open (Markala's staff counts an "infirmier"); a stopped one
		// teaches only where it worked.
		return tradeAsked{teaches: func(r Result) bool {
			return there(r) && (holdsAny(ix.held.docs[r.Fiche.Ref], heads) || r.near == 2 && door(r.Fiche) && r.Fiche.Status == seeds.StatusActive && r.Fiche.Focus() == seeds.NeedTraining)
		}, trade: true}
	}
	terms = ix.withoutGrammar(q, terms)
	general := q.Programmes || ix.asksTrades(sets)
	return tradeAsked{teaches: func(r Result) bool {
		return there(r) && (ix.offers(r.Fiche.Ref, terms) || r.near == 2 && door(r.Fiche) && r.Fiche.Focus() == seeds.NeedTraining ||
			general && r.Fiche.Status == seeds.StatusActive && ix.trainsInTrades(r.Fiche.Ref))
	}, trade: true}
}

// A tradeAsked is what teachesHere finds of a question at a place: what a
// fiche serving it must also do to fit (teaches); whether a trade is asked
// to learn (trade); and whether only donors' and ended projects' texts
// name it, so that none teaches it anywhere (inText).
type tradeAsked struct {
	teaches       func(Result) bool
	trade, inText bool
}

// stoppedOnly reports whether some fiche holds one of the head terms ids
// and every fiche that does has stopped (seeds.Fiche.Runs).
func (ix *Index) stoppedOnly(ids []uint32) bool {
	held := false
	for ref, f := range ix.fiches {
		if holdsAny(ix.held.docs[ref], ids) {
			if f.Runs() {
				return false
			}
			held = true
		}
	}
	return held
}

// doorHolds reports whether a fiche still running that is no donor (door)
// holds one of the text terms ids anywhere in its text.
func (ix *Index) doorHolds(ids []uint32) bool {
	for ref, f := range ix.fiches {
		if door(f) && holdsAny(ix.held.docs[ref], ids) {
			return true
		}
	}
	return false
}

// withoutGrammar returns the trade's text terms (teachesHere) without
// those of the grammatical words of its variants of several words
// (fr/function.tsv: "deux" of "deux roues", a gloss of "moto"), unless
// one is a variant alone: such a word is never a topic, and a fiche whose
// offer says "deux ans" teaches no motorbike repair.
func (ix *Index) withoutGrammar(q understand.Query, terms []uint32) []uint32 {
	var grammar, alone []uint32
	for _, t := range q.Terms {
		if !t.Head || t.Role == understand.Story {
			continue
		}
		for _, v := range t.Variants {
			words := strings.Fields(fold.String(v))
			for _, w := range words {
				if len(words) == 1 || ix.lang.Words.Is(w, lang.Function) {
					for _, term := range ix.frenchCache.terms(w) {
						if id, ok := ix.held.id(fText, term); ok && len(words) == 1 {
							alone = append(alone, id)
						} else if ok {
							grammar = append(grammar, id)
						}
					}
				}
			}
		}
	}
	if len(grammar) == 0 {
		return terms
	}
	return slices.DeleteFunc(slices.Clone(terms), func(id uint32) bool {
		return slices.Contains(grammar, id) && !slices.Contains(alone, id)
	})
}

// trainsAt reports whether a fiche gives its trainings at the place asked,
// for a training asked there: a fiche that teaches its trades in some of
// its towns only (TradesIn) does when one of them is in the place's region
// (ENDA works at Gao and teaches in Bamako). Any other question, or a
// fiche that says nothing of where it teaches, it does.
func (ix *Index) trainsAt(f *seeds.Fiche, q understand.Query) bool {
	return q.Need != seeds.NeedTraining || q.Place == nil || len(f.TradesIn) == 0 || ix.gaz.InRegion(f.TradesIn, q.Place.Region)
}

// lacks reports whether the question names fiches and asks them a thing
// they do not do, on the data's evidence, while others shown do it, and
// returns the answer then: the named fiches first, then those others
// (the conversation says the named do not do it, and shows the others).
// A named fiche, still running, no donor (whose programmes reach
// through partners) and no funder asked money or a start (Query.Money,
// Starts: the business is financed as any, "la BNDA peut financer mon
// atelier de réparation de motopompes ?"), lacks what is asked when no
// means asked of it (a noun of Context) is in its head (APEJ's kit: "un
// kit de soudure") and, of the things asked (no word of its name or
// another named's, no kind of structure, no trade of a business asked
// for money or a start, no people it would be for: people), it says it
// does none (gives: its name, trades, summary or offer; nor
// serves the need a word is about), and one it holds nowhere — not even
// in its text —, that is no common word (Common) nor what a thing asked
// is for (Purpose: "pour mon atelier de soudure", "pour les chômeurs"), is said by a fiche
// shown, neither named nor a donor, that serves the need asked: in its
// name, trades or summary, and for a trade to learn as a training centre
// or among its trades (listsTrade). "Jokkolabs fait-il de la couture ?":
// the incubator never says sewing, the CFP Missabougou's trades do;
// "Croix-Rouge bɛ juru di …": the Red Cross says no credit, Baobab does.
// A part of the fiche asked (its contact, its lodging) is asked of the
// fiche itself; a country asked it does not hold ("projet canadien qui
// appuie l'IFPI") or a training it holds told of ("après ma formation
// en froid à Sénou") says the question is about more than what it does.
// When unsure, it is no. lacking says the named lack a thing asked though
// no fiche shown does it (the doers may be elsewhere than the place asked);
// alone says one of those is a thing named (a noun: "des maisons", not a
// verb, "envoie") that some fiche holds: the named surely lack it, and
// nobody shown does it.
func (ix *Index) lacks(q understand.Query, rs []Result) (out []Result, lacking, alone bool) {
	if len(q.Named) == 0 || q.Asked != "" {
		return nil, false, false
	}
	var named, others []Result
	for _, r := range rs {
		switch {
		case r.cand == nil:
			return nil, false, false
		case slices.Contains(q.Named, r.Fiche.Ref):
			named = append(named, r)
		default:
			others = append(others, r)
		}
	}
	if len(named) != len(q.Named) {
		return nil, false, false
	}
	sets := named[0].cand.sets // the question's, the same for every candidate
	lacked := make([]bool, len(sets))
	var own []uint32 // the words naming any of them: one named is no thing the other lacks
	for _, n := range named {
		own = append(own, ix.nameIDs[n.cand.fiche.Ref]...)
	}
	for _, n := range named {
		c := n.cand
		if c.fiche.Status == seeds.StatusEnded || c.fiche.Kind == seeds.KindDonor || (q.Starts || q.Money) && c.fiche.HasNeed(seeds.NeedFinance) {
			return nil, false, false
		}
		for i, ts := range sets {
			switch {
			case ts.role == understand.Had && slices.ContainsFunc(ts.ids[:], c.holds):
				return nil, false, false // where the person trained: told of, not asked
			case ts.country && ts.role.Asks() && !slices.ContainsFunc(ts.ids[:], c.holds):
				return nil, false, false // whose or where it is asked of: another thing than what it does
			case ts.role == understand.Context && ts.noun && c.holdsSlot(i, slotHead):
				return nil, false, false // the means asked is its own ("un kit")
			case !ts.role.Asks() || ts.country || ts.structure || ts.head && (q.Starts || q.Money) || slices.ContainsFunc(ts.ids[slotHead], func(id uint32) bool { return slices.Contains(own, id) }) || ix.people(ts):
			case ts.need != "" && c.fiche.HasNeed(ts.need) || ix.gives(c, i):
				return nil, false, false // it says it does a thing asked
			case ts.role != understand.Purpose && !slices.ContainsFunc(ts.ids[:], c.holds) && !ix.Common(ts.label):
				lacked[i] = true // what a thing asked is for is never lacked
			}
		}
	}
	lacking = slices.Contains(lacked, true)
	for i, l := range lacked {
		alone = alone || l && sets[i].noun && sets[i].found()
	}
	for _, r := range others {
		if r.Fiche.Kind == seeds.KindDonor || q.Need != "" && !r.Fiche.HasNeed(q.Need) {
			continue // nobody walks into a donor's office (alternatives); the need asked is what is done
		}
		for i := range sets {
			if lacked[i] && r.cand.holdsSlot(i, slotHead) && (!sets[i].head || r.Fiche.Focus() == seeds.NeedTraining || ix.listsTrade(r.Fiche, sets[i])) {
				out = append(out, r)
				break
			}
		}
	}
	if len(out) == 0 {
		return nil, lacking, alone
	}
	return append(named, out...), true, alone
}

// people reports whether a term names people: persons, relatives,
// minors, pupils, the young, the public the fiches serve, people by their
// work (fr/workers.tsv). Asked of a fiche named, they are whom a thing is
// for, neither a thing it does nor one it lacks: the BNDA's "paysans" is
// no grant for their children's school.
func (ix *Index) people(ts termSet) bool {
	words := strings.Fields(fold.String(ts.label))
	return len(words) > 0 && !slices.ContainsFunc(words, func(w string) bool {
		return !ix.lang.Words.Is(w, lang.Person|lang.Relative|lang.Minor|lang.Pupil|lang.Young|lang.Public) && !ix.lang.Workers[w]
	})
}

// nameTerms reads, by ref, the head's term ids of each fiche's name and
// acronyms: the words that name it, which a question naming it holds.
// Read once at load: the French analysis of a long name was a sixth of
// the time of a question naming it.
func (ix *Index) nameTerms(fiches []seeds.Fiche) map[string][]uint32 {
	byRef := make(map[string][]uint32, len(fiches))
	for i := range fiches {
		f := &fiches[i]
		var ids []uint32
		for _, t := range ix.french.Analyze([]byte(strings.Join(append([]string{f.Name}, f.Acronyms...), " "))) {
			if id, ok := ix.held.id(fHead, string(t.Term)); ok {
				ids = append(ids, id)
			}
		}
		byRef[f.Ref] = ids
	}
	return byRef
}

// listsTrade reports whether one of a fiche's trades names a term of set
// ts: a trade to learn is taught where a fiche lists it, not where an
// agency's summary holds the word ("travail", read of jiribaara).
func (ix *Index) listsTrade(f *seeds.Fiche, ts termSet) bool {
	return slices.ContainsFunc(f.Trades, func(t seeds.Trade) bool {
		return slices.ContainsFunc(ix.frenchCache.terms(t.Name), func(term string) bool {
			id, ok := ix.held.id(fText, term)
			return ok && slices.Contains(ts.ids[slotText], id)
		})
	})
}
