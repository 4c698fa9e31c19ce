package bot

import (
	"cmp"
	"fmt"
	"html"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"sira/index"
	"sira/index/fold"
	"sira/index/places"
	"sira/seeds"
)

// counsellorRef is the fiche of the APEJ, which runs the Espaces
// Orientation Jeunesse: where Sira sends people to a counsellor.
const counsellorRef = "P14"

func esc(s string) string { return html.EscapeString(s) }

// answer shows the first page of an answer, saying plainly when nothing
// fits and what the alternatives are. A person in danger gets the number
// to call now on top and the counsellor offer, never "nothing fits".
func (t *turn) answer(a index.Answer) []Reply {
	if a.Lacks {
		// The named fiches' one line is the intro (lacked); the cards are
		// those that do what was asked.
		a.Results = slices.DeleteFunc(slices.Clone(a.Results), func(r index.Result) bool { return slices.Contains(a.Named, r.Fiche.Ref) })
	}
	a, fc := t.cardsOf(a)
	intro := t.intro(a)
	switch {
	case intro != "":
	case a.Place != nil:
		intro = t.p.N("results_intro_place", min(pageSize, len(a.Results)), map[string]any{"Place": t.placeName(*a.Place)})
	default:
		intro = t.p.N("results_intro", min(pageSize, len(a.Results)), nil)
	}
	r := t.page(intro, a.Results, 0, fc)
	switch {
	case counsellorFirst(a):
		// A person asked for, or wanting to die: the counsellor first (in
		// danger, under the number to call: urgent), then the answer.
		if !t.inDanger(a) {
			r.Text = t.counsellorText() + "\n\n" + r.Text
		}
		r.Buttons = append([][]Button{{t.counsellorButton()}}, r.Buttons...)
	case offersCounsellor(a):
		r.Text += "\n\n" + t.p.T(t.counsellorOffer(), nil)
		r.Buttons = append(r.Buttons, []Button{t.counsellorButton()})
	}
	if len(a.Results) == 0 {
		r.Menu = t.menu()
	}
	return []Reply{r}
}

// intro is what an answer says before its cards, when it is more than
// "here are N addresses": the number to call in danger, that no door is
// open, that nothing fits, that these are programmes. The same for an
// answer and for one written to be forwarded.
func (t *turn) intro(a index.Answer) string {
	switch {
	case t.inDanger(a):
		return t.urgent(a)
	case noDoor(a):
		return t.p.T("no_open_service", nil)
	case a.Untaught && a.Place != nil:
		// A thing to learn no fiche teaches anywhere: said so, and the
		// agencies that orient toward a training there (Answer.Untaught).
		return t.p.T("taught_nowhere", map[string]any{"Place": t.placeName(*a.Place)})
	case a.Untaught:
		return t.p.T("taught_nowhere_mali", nil)
	case t.notTaughtHere(a):
		return t.p.T("trade_not_here", map[string]any{"Place": t.placeName(*a.Place)})
	case a.Fit == index.FitsElsewhere && a.Place != nil:
		return t.p.T("no_match_elsewhere", map[string]any{"Place": t.placeName(*a.Place)})
	case a.Lacks:
		return t.declined(a) + "\n\n" + t.p.N("named_others_do", len(a.Results), nil)
	case a.Fit != index.Fits && len(a.Results) > 0:
		return t.p.T("no_match", nil) + "\n" + t.p.T("alternatives", nil)
	case a.Fit != index.Fits && len(a.Named) > 0:
		return t.declined(a)
	case a.Fit != index.Fits:
		// "un visa pour l'Italie": what the report does not cover, and
		// what Sira tells instead.
		if scope := t.p.OutOfScope(a.OutOfScope); scope != "" {
			return t.p.T("no_match", nil) + "\n" + scope
		}
		if a.Knowledge != "" {
			// "que penses-tu du gouvernement ?", "comment planter les
			// oignons": knowledge no partner gives, and what Sira tells.
			return t.p.T("no_match", nil) + "\n" + t.p.T("knowledge_asked", nil)
		}
		return t.p.T("no_match", nil)
	case a.Programmes && a.Results[0].Fiche.Audience == seeds.AudienceProgramme:
		// A counsellor's question about donors: not addresses to go to —
		// but for the services on the page that receive people (GRDR
		// beside the Swiss cooperation), of which it says so only of
		// the programmes.
		n := min(pageSize, len(a.Results))
		if slices.ContainsFunc(a.Results[:n], func(r index.Result) bool { return r.Fiche.Audience != seeds.AudienceProgramme }) {
			return t.p.N("results_intro_some_programmes", n, nil)
		}
		return t.p.N("results_intro_programmes", n, nil)
	}
	return ""
}

// declined says, of an answer where nothing fits a question that names
// fiches (the search shows none: they were asked a thing no partner does,
// "la GIZ peut me payer un billet d'avion ?"; or the others shown do it,
// Answer.Lacks: "Jokkolabs fait-il de la couture ?"), that each does not
// do it, and what it does, in one line: its summary in the reader's
// language.
func (t *turn) declined(a index.Answer) string {
	var parts []string
	for _, ref := range a.Named {
		if f, ok := t.ix.Fiche(ref); ok {
			parts = append(parts, t.p.T("named_not_done", map[string]any{"Name": "<b>" + keep(esc(t.title(f))) + "</b>"})+"\n"+t.summary(f))
		}
	}
	if len(parts) == 0 {
		return t.p.T("no_match", nil)
	}
	return strings.Join(parts, "\n\n")
}

// notTaughtHere reports whether a question asks, in a place, a trade that
// fiches shown list and that no open service shown teaches there ("la
// couture à Kayes": ENDA teaches it in Bamako only, the project that did
// has ended), or asks to learn it where none fits (donor29: only a
// donor's text holds it there, FitsElsewhere): the answer says so before
// what is nearest. A service
// teaches there when it lists the trade or fits by its name or summary,
// and teaches in the place's region (teachesIn); an answer of the
// agencies that orient toward a training (Answer.Agencies) says none does.
func (t *turn) notTaughtHere(a index.Answer) bool {
	if a.Place == nil || a.Fit != index.Fits && (a.Fit != index.FitsElsewhere || a.Need != seeds.NeedTraining) || a.Programmes || a.Distressed || len(a.Named) > 0 {
		return false
	}
	if a.Agencies && a.Need == seeds.NeedTraining {
		// The search found no door within reach that teaches it: the
		// agencies of the place answer (Answer.Agencies).
		return true
	}
	listed := false
	for _, r := range a.Results {
		trades, _ := t.ix.Matching(r.Fiche, a)
		if (len(trades) > 0 || r.Strong) && r.Fiche.Open() && teachesIn(r.Fiche, a.Place) {
			return false
		}
		listed = listed || len(trades) > 0
	}
	// A trade asked to learn that no result lists and fiches elsewhere
	// teach ("la couture à Ségou": Missabougou, ENDA in Bamako) is no
	// more taught here.
	return listed || a.Need == seeds.NeedTraining && slices.ContainsFunc(t.ix.Fiches(), func(f *seeds.Fiche) bool {
		trades, _ := t.ix.Matching(f, a)
		return len(trades) > 0
	})
}

// nearTeachers gives, for a trade that no open service shown teaches at
// the place asked (notTaughtHere), the open services that teach it
// elsewhere first: the near answers to "où apprendre la couture à
// Kayes ?" are where one learns sewing (Bamako's centres), not the
// place's other actors (a shelter, a donor), after a centre there not yet
// open that lists it. Those that take the age told
// come first, then the nearest by the towns where they teach; the
// answer's other open services follow (no donor nor ended project: none
// is a place to walk in to learn; no fiche whose public the message does
// not tell, publicNotTold: the AME for sewing at Kayes; under a refusal,
// none that holds no thing asked by name, trades or summary,
// Result.Strong: no school of other trades for shoemaking at Koutiala,
// which ENDA alone teaches, in Bamako). A fiche for
// minors only is not shown to a grown person (forAsker). When the search
// answered with the agencies that serve the place (Answer.Agencies:
// "quelles structures à Sikasso ?"), they come first, the doors elsewhere
// after them. It reports whether it did so; it leaves
// the answer as it is when no open service teaches the trade.
func (t *turn) nearTeachers(a index.Answer) (index.Answer, bool) {
	if !t.notTaughtHere(a) {
		return a, false
	}
	var rs, here []index.Result
	for _, f := range t.ix.Fiches() {
		if trades, _ := t.ix.Matching(f, a); len(trades) > 0 && f.Open() {
			rs = append(rs, t.ix.Unfound(f))
		}
	}
	if len(rs) == 0 {
		return a, false
	}
	for _, r := range a.Results {
		// A centre of the place's public not yet open that lists it
		// (Markala's tractors at Ségou) is first: its card says to call.
		if trades, _ := t.ix.Matching(r.Fiche, a); len(trades) > 0 && r.Fiche.Status == seeds.StatusPlanned && r.Fiche.Audience == seeds.AudiencePublic && teachesIn(r.Fiche, a.Place) {
			here = append(here, r)
		}
	}
	slices.SortStableFunc(rs, func(x, y index.Result) int {
		if tx, ty := t.ix.TakesAge(x.Fiche, a.Years), t.ix.TakesAge(y.Fiche, a.Years); tx != ty {
			return boolOrder(tx)
		}
		return cmp.Compare(taughtFrom(x.Fiche, a.Place), taughtFrom(y.Fiche, a.Place))
	})
	for i, r := range rs {
		// a result the search found keeps what it read of it
		if j := slices.IndexFunc(a.Results, sameFiche(r)); j >= 0 {
			rs[i] = a.Results[j]
		}
	}
	rs = append(here, rs...)
	if a.Agencies {
		// The agencies that serve the place answer there (a person to
		// orient): first, the doors elsewhere after them.
		var agencies []index.Result
		for _, r := range a.Results {
			if r.Fiche.Open() {
				agencies = append(agencies, r)
			}
		}
		rs = append(agencies, slices.DeleteFunc(rs, func(r index.Result) bool { return slices.ContainsFunc(agencies, sameFiche(r)) })...)
	}
	for _, r := range a.Results {
		if r.Fiche.Open() && (r.Strong || a.Fit == index.Fits) && !publicNotTold(a, r) && !slices.ContainsFunc(rs, sameFiche(r)) {
			rs = append(rs, r)
		}
	}
	a.Results = forAsker(a, rs)
	return a, true
}

// taughtElsewhere reports whether an answer to learn something at a
// place fits only elsewhere (FitsElsewhere: "la menuiserie à Kayes"):
// a card of a trade asked says where it is taught.
func taughtElsewhere(a index.Answer) bool {
	return a.Fit == index.FitsElsewhere && a.Place != nil && a.Need == seeds.NeedTraining
}

// boolOrder orders true before false.
func boolOrder(b bool) int {
	if b {
		return -1
	}
	return 1
}

// taughtFrom is how far from the place the nearest town is where a fiche
// teaches its trades (Fiche.TaughtIn), in km; a fiche that names no town
// known is farthest.
func taughtFrom(f *seeds.Fiche, p *places.Place) float64 {
	return places.Default().DistanceToNearest(f.TaughtIn(), p.Lat, p.Lon)
}

// teachesIn reports whether a fiche teaches its trades in the place's
// region: in a town of it where its trades are taught (TradesIn), or,
// when it names none, wherever it works.
func teachesIn(f *seeds.Fiche, p *places.Place) bool {
	if len(f.TradesIn) == 0 {
		return f.Serves(p.Region)
	}
	return places.Default().InRegion(f.TradesIn, p.Region)
}

// focusOf is what the question asked of the fiches it was answered with:
// the part, and the trades and cost items it names.
func (t *turn) focusOf(a index.Answer) focus {
	fc := focus{part: a.Asked, also: a.AlsoAsked, place: a.Place, about: a.Named, donors: a.Donors || t.counsellor(), years: a.Years, unschooled: a.Unschooled, need: a.Need, match: func(f *seeds.Fiche) ([]int, []int) { return t.ix.Matching(f, a) }}
	if part := itemsPart(a.Asked, a.AlsoAsked); part != "" {
		// "le foyer c'est combien ?", "l'inscription c'est combien ?",
		// "quel âge ? et l'alphabétisation c'est combien ?": the items
		// named — not by a word that names the need ("formation").
		fc.said, fc.acronyms = t.saidFor(a.Text, part), acronymsIn(a.Text)
		for w := range fc.said {
			if t.ix.Understand(w).Need != "" {
				delete(fc.said, w)
			}
		}
	}
	if a.Asked == index.AskDuration {
		// "l'hébergement dure combien de temps ?": the thing whose length
		// is asked, a word of a need too (topicDurations).
		fc.said = t.saidFor(a.Text, a.Asked)
	}
	if a.Distressed && a.Years > 0 && a.Asked == index.AskAge && a.AlsoAsked == "" {
		// "n denkɛ tununa, a si ye san 10": in a danger told, the age is
		// the story, not the ages asked: a card says the ages only of an
		// actor that leaves that age out, as a French danger's does, not
		// that the report is silent on every other.
		fc.part = ""
	}
	return fc
}

// itemsPart is the part of a question, first or also asked, whose
// answer names items of a fiche (fees, papers, what it is): cost before
// the others, whose words ask it ("combien") name no item; "" if neither
// part is one.
func itemsPart(asked, also string) string {
	for _, p := range []string{index.AskCost, index.AskConditions, index.AskWhat} {
		if asked == p || also == p {
			return p
		}
	}
	return ""
}

// saidFor are the long words of a message asking a part that may name
// an item of it: in a cost question, not the words that ask the cost
// ("y a des frais ?" names no item, though "frais d'infirmerie" is one);
// in a question of what a place is, not the words that name nothing alone
// ("c'est quoi ces structures, elles font quoi ?": the places shown, not
// the report's clauses on a "Type de structure").
func (t *turn) saidFor(text, part string) map[string]bool {
	said := factWords(text)
	switch part {
	case index.AskCost:
		for w := range said {
			if t.ix.Understand(w).Asked == index.AskCost {
				delete(said, w)
			}
		}
	case index.AskWhat:
		for _, w := range strings.FieldsFunc(fold.String(text), notLetter) {
			if k := wordKey(w); said[k] && len(t.ix.Understand(w).Topics()) == 0 {
				delete(said, k)
			}
		}
	}
	return said
}

// inDanger says the message tells of danger or urgency where it asks: the
// answer is a protection answer.
func (t *turn) inDanger(a index.Answer) bool { return a.Distressed }

// offersCounsellor says when an answer ends with the counsellor offer:
// nothing fits, a protection question, danger told anywhere in the
// message (a story's too), or no door to knock at.
func offersCounsellor(a index.Answer) bool {
	return a.Fit != index.Fits || a.Need == seeds.NeedProtection || len(a.Distress) > 0 || noDoor(a)
}

// shownOrder is the order a person sees an answer's fiches in: the fiches
// the question names first; then the services a person can call or walk
// into (a centre not yet open at the report's date among them, labelled)
// in the search's order, each programme or donor reached through partners
// below the services that fit the question as well as it does
// (fitsAsWell: as large a share of the things asked, by name, trades or
// summary rather than a word of the text) and where the search put it
// otherwise. A question about
// programmes or donors (a counsellor's) gets the programmes first, a
// service above those that fit only by a word of their text where it fits
// by its name, trades or summary (or, donors not asked, that hold less of
// the question), and the projects that ended last; any other question shows an ended
// project only when it names it or nothing else is there, and a fiche
// whose answer is not given now only when no open service fits as well
// (passed). Alternatives
// when nothing fits put every service first. When no service is among the
// results, the search's order stands, under an intro that says no door is
// open (noDoor). A distress answer keeps the search's order, which puts the
// open protection actors first, but for the actors that serve the place
// told, which go before those that do not (servingFirst). Measured in
// docs/evaluation.md.
func shownOrder(a index.Answer) []index.Result {
	if !a.Distressed && !a.Programmes && !slices.ContainsFunc(a.Results, func(r index.Result) bool { return service(r.Fiche) }) {
		return a.Results
	}
	var named, first, second, ended []index.Result
	var ranked []int // for each of second, how many of first the search put above it
	for _, r := range forAsker(a, servingFirst(a, otherFocusLast(a))) {
		switch f := r.Fiche; {
		case slices.Contains(a.Named, f.Ref) || endedAsked(a, r):
			named = append(named, r)
		case (f.Status == seeds.StatusEnded || passed(a, r)) && !a.Past: // asked of the past, an ended project is an answer
			ended = append(ended, r)
		case !a.Programmes && (afterPage(a, r) || publicNotTold(a, r)):
			second, ranked = append(second, r), append(ranked, len(first))
		case a.Distressed || service(f) != a.Programmes:
			first = append(first, r)
		default:
			second, ranked = append(second, r), append(ranked, len(first))
		}
	}
	at := func(j int) int { // where second[j] goes among first
		if a.Fit != index.Fits {
			return len(first)
		}
		pos := ranked[j]
		switch r := second[j]; {
		case r.Fiche.Status == seeds.StatusPlanned && afterPage(a, r):
			pos = max(pos, pageEnd(first))
		case afterPage(a, r) || publicNotTold(a, r) && slices.ContainsFunc(first, func(o index.Result) bool { return fitsAsWell(o, r) }):
			pos = max(pos, min(len(first), pageSize))
		}
		for i, r := range first {
			// Programmes asked about are the thing asked: a service goes
			// below each but one that fits weakly where it fits strongly,
			// or, when no donor is asked for, holds less of the question
			// ("quels dispositifs HIMO ?": the APEJ, which runs them).
			if a.Programmes && (r.Strong || !second[j].Strong) && (a.Donors || r.Covers >= second[j].Covers) || !a.Programmes && fitsAsWell(r, second[j]) {
				pos = max(pos, i+1) // below the last that fits as well
			}
		}
		return pos
	}
	if !a.Programmes && len(first)+len(second) > 0 {
		ended = nil // shown only when named, asked about, or all there is
	}
	out := named
	for i := 0; i <= len(first); i++ {
		for _, door := range []bool{true, false} { // at one place, a service before a programme
			for j := range second {
				if at(j) == i && service(second[j].Fiche) == door {
					out = append(out, second[j])
				}
			}
		}
		if i < len(first) {
			out = append(out, first[i])
		}
	}
	return append(out, ended...)
}

// afterPage reports whether a result goes below the first page of
// services. A donor: no donor is a door, unless the person asks about it
// (its programme, a counsellor who orients through the partners) or,
// neither in danger nor asking to learn, it fits by its name, trades or
// summary (Result.Strong: "contact de la Banque mondiale"). A centre not
// yet open at the report's date, asked for a need other than learning and
// not in danger (a job at Ségou: the Markala centre), goes below the first
// page of the services that fit (pageEnd): what it will give is its
// courses.
// The search still ranks them where their text fits (an evaluation may
// label them); the person reads doors first.
func afterPage(a index.Answer, r index.Result) bool {
	f := r.Fiche
	if f.Status == seeds.StatusPlanned && service(f) {
		return a.Need != "" && a.Need != seeds.NeedTraining && !a.Distressed
	}
	return f.Kind == seeds.KindDonor && !a.Programmes && a.Writer != index.WriterCounsellor && !slices.Contains(a.ByProgramme, f.Ref) && (a.Distressed || !r.Strong || a.Need == seeds.NeedTraining)
}

// endedAsked reports whether an ended project is the programme a question
// about programmes asks for though it does not name it ("programme contre
// le travail des enfants dans l'orpaillage à Kéniéba", "quel dispositif
// …" when only FACEJ's words fit): it fits by its name, trades or summary,
// and holds more of the things asked than any fiche still open. It is
// shown first, labelled ended, like a project named; a person's question
// about anything else, or one that asks what runs now ("et aujourd'hui qui
// peut agir ?"), is never sent to it.
func endedAsked(a index.Answer, r index.Result) bool {
	if !a.Programmes || a.Now || r.Fiche.Status != seeds.StatusEnded || !r.Strong || r.Covers <= 0 || a.Fit != index.Fits {
		return false
	}
	return !slices.ContainsFunc(a.Results, func(o index.Result) bool { return o.Fiche.Status != seeds.StatusEnded && o.Covers >= r.Covers })
}

// pageEnd is where a centre not yet open goes among the services first:
// after the first page of those that fit the question (by their head, or
// a share of what it asks), so that it comes before a service that fits
// nothing asked.
func pageEnd(first []index.Result) int {
	n, end := 0, 0
	for i, r := range first {
		if n < pageSize && (r.Strong || r.Covers > 0) {
			n, end = n+1, i+1
		}
	}
	return end
}

// publicNotTold reports whether a result is a fiche whose public is
// bounded to a group the message does not tell, in an answer that fits,
// not in danger: for minors only (Result.Minors: ENDA's 3-year courses) to a
// message asking to learn that tells no child nor young person, nor an
// age under index.MinorAge; for Malians come back only
// (Result.Returnees: the AME) to a message asking for anything but
// protection that tells no return. It goes below the first page of
// services when one fits as well (sewing at Bamako), and stays above
// those that fit less (shoemaking, which only ENDA teaches).
func publicNotTold(a index.Answer, r index.Result) bool {
	if a.Fit != index.Fits || a.Distressed {
		return false
	}
	if r.Returnees {
		return len(a.Public) == 0 && a.Need != "" && a.Need != seeds.NeedProtection
	}
	return r.Minors && a.Need == seeds.NeedTraining && a.Age == index.AgeAdult && (a.Years == 0 || a.Years >= index.MinorAge)
}

// forAsker is the results without a fiche for minors only
// (Result.Minors: ENDA's courses and shelter) when the message tells a
// grown person (an age of majority or more, a spouse): it is no door for
// them, even where nothing else fits. The fiches the question names stay.
func forAsker(a index.Answer, results []index.Result) []index.Result {
	if !a.Adult() {
		return results
	}
	return slices.DeleteFunc(slices.Clone(results), func(r index.Result) bool {
		return r.Minors && !slices.Contains(a.Named, r.Fiche.Ref)
	})
}

// servingFirst is a distress answer's results without the actors that do
// not serve the place told, when one does: an actor serves it when it
// works in its region or in the whole country (COOPI's seat at Bamako is
// no region it serves). A woman beaten at Sikasso is shown the Croix-Rouge,
// not COOPI (Kayes, Ségou, Mopti) nor the AME (Bamako, Kayes), which the
// "other region" button still finds. A programme reached through partners
// serves a grown person nowhere (UNICEF for a woman beaten at Ségou), nor
// does an actor for minors only (Result.Minors: ENDA), nor one whose
// protection ended with a project (Caritas's PROMISA), nor a donor. The
// fiches the question names stay. Any other answer's, or one with no
// place, as they are.
func servingFirst(a index.Answer, results []index.Result) []index.Result {
	if !a.Distressed || a.Place == nil || a.Programmes {
		return results
	}
	serves := func(r index.Result) bool {
		f := r.Fiche
		return f.Serves(a.Place.Region) && f.Kind != seeds.KindDonor && (service(f) || a.Age != index.AgeAdult) && !f.AidEndedFor(seeds.NeedProtection) && !(a.Adult() && r.Minors)
	}
	if !slices.ContainsFunc(results, serves) {
		return results
	}
	return slices.DeleteFunc(results, func(r index.Result) bool { return !serves(r) && !slices.Contains(a.Named, r.Fiche.Ref) })
}

// otherFocusLast is the search's results with each structure whose kind
// serves another need first (a protection actor on a training question),
// met only by a word of its text, moved below the later results that hold
// as large a share of the things asked: AME's text names the mechanics
// courses of an ended project, which make no mechanics school. A distress
// answer, or one to a question of no need, keeps the search's order.
func otherFocusLast(a index.Answer) []index.Result {
	out := slices.Clone(a.Results)
	if a.Distressed || a.Need == "" {
		return out
	}
	aside := func(r index.Result) bool {
		focus := r.Fiche.Focus()
		return !r.Strong && focus != "" && focus != a.Need
	}
	for i := len(out) - 1; i >= 0; i-- {
		r := out[i]
		if !aside(r) {
			continue
		}
		to := i
		for k := i + 1; k < len(out); k++ {
			if !aside(out[k]) && out[k].Covers >= r.Covers {
				to = k
			}
		}
		copy(out[i:to], out[i+1:to+1])
		out[to] = r
	}
	return out
}

// passed reports whether r, a fiche whose answer is not given now
// (Result.Lapsed: a centre not yet open, an aid that ended with its
// project), has in the answer an open service (Fiche.Open) whose answer is
// given that fits as well (fitsAsWell): it is not offered as a place to go
// (the Markala centre for a course at Ségou, AVSF for livestock training
// at Gao); with none, it is what the question asks, shown with its status
// ("des kits d'installation pour l'élevage": AVSF's ended project).
func passed(a index.Answer, r index.Result) bool {
	return r.Lapsed && slices.ContainsFunc(a.Results, func(o index.Result) bool { return o.Fiche.Open() && !o.Lapsed && fitsAsWell(o, r) })
}

// fitsAsWell reports whether result r fits the question at least as well
// as other: it holds as large a share of the things asked, and fits by its
// name, trades or summary when the other does.
func fitsAsWell(r, other index.Result) bool {
	return r.Covers > other.Covers || r.Covers == other.Covers && (r.Strong || !other.Strong)
}

// service says a person can call or walk into a fiche: public, and not
// ended (a centre not yet open at the report's date may be open now).
func service(f *seeds.Fiche) bool {
	return f.Audience == seeds.AudiencePublic && f.Status != seeds.StatusEnded
}

// noDoor says an answer to a question that is not about programmes shows
// no service a person can call or walk into on its first page: only
// programmes, ended projects or centres not yet open — and not only the
// fiches the question names, whose labels say what they are.
func noDoor(a index.Answer) bool {
	if a.Programmes || a.Fit != index.Fits || len(a.Results) == 0 {
		return false
	}
	page := a.Results[:min(pageSize, len(a.Results))]
	if !slices.ContainsFunc(page, func(r index.Result) bool { return !slices.Contains(a.Named, r.Fiche.Ref) }) {
		return false // the fiches asked about by name: their labels say it
	}
	return !slices.ContainsFunc(page, func(r index.Result) bool { return r.Fiche.Open() })
}

// urgent is the top of a protection answer: the one number to call now
// (callNow), the counsellor when a person is asked for or wants to die
// (counsellorFirst; not in an answer to be forwarded, whose reader has no
// button), then the actors.
func (t *turn) urgent(a index.Answer) string {
	var top []string
	if l := t.callNow(a); l != "" {
		top = append(top, l)
	}
	if counsellorFirst(a) && t.u.Origin != Forwarded {
		top = append(top, t.counsellorText())
	}
	if a.Lacks {
		// A partner named that does not do it ("Zira Capital s'occupe des
		// enfants seuls ?"): said so, and what it does, before those that do.
		top = append(top, t.declined(a))
	}
	return strings.Join(append(top, t.p.T("protection_intro", nil)), "\n\n")
}

// counsellorFirst says an answer offers the counsellor before anything
// but the number to call: the person asked for someone ("je veux parler à
// quelqu'un"), or wants to die.
func counsellorFirst(a index.Answer) bool {
	return a.Person || slices.Contains(a.Distress, index.SignSuicide)
}

// page renders results[page*3 : page*3+3] as cards with their buttons, and
// the buttons to page and to ask in another region when it shows any.
func (t *turn) page(intro string, results []index.Result, page int, fc focus) Reply {
	start := page * pageSize
	end := min(start+pageSize, len(results))
	var b strings.Builder
	if intro != "" {
		b.WriteString(intro)
	}
	var buttons [][]Button
	for i := start; i < end; i++ {
		f := results[i].Fiche
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(t.card(i+1, results[i], fc))
		buttons = append(buttons, []Button{{Label: t.p.T("btn_details", map[string]any{"Name": keep(shortName(f))}), Data: "d:" + f.Ref}})
	}
	var nav []Button
	if page > 0 {
		nav = append(nav, Button{Label: t.p.T("btn_previous", nil), Data: fmt.Sprintf("m:%d:%d", t.chat.Answer, page-1)})
	}
	if end < len(results) {
		nav = append(nav, Button{Label: t.p.T("btn_more", nil), Data: fmt.Sprintf("m:%d:%d", t.chat.Answer, page+1)})
	}
	if len(results) > 0 {
		// Nothing found anywhere ("j'ai perdu mon téléphone"): no other
		// region would find more.
		nav = append(nav, Button{Label: t.p.T("btn_other_region", nil), Data: fmt.Sprintf("r:%d", t.chat.Answer)})
	}
	if len(nav) > 0 {
		buttons = append(buttons, nav)
	}
	return Reply{Text: b.String(), Buttons: buttons}
}

// A focus is what the question asked of the fiches: the part to show
// first (index.AskCost…), and for each fiche the trades and cost items it
// named (indexes into Trades and Costs.Items; none: show them all).
type focus struct {
	part string
	// also is a second part the question asks ("quels papiers et c'est
	// combien ?"), shown after the first; or "".
	also  string
	match func(*seeds.Fiche) (trades, costs []int)
	// said are the long words (folded) of a follow-up ("et
	// l'inscription ?"): the cost items that name one are shown too;
	// acronyms are the question's acronyms ("CUMA") among them.
	said, acronyms map[string]bool
	// place is where the question is asked about: what the report says
	// of a fiche's offices there comes first.
	place *places.Place
	// about are the fiches the question is about (named, or shown before
	// a follow-up): "c'est quoi ?" of a thing of theirs quotes the report.
	about []string
	// donors says a counsellor reads (the chat's role) or donors were
	// asked about: a programme's card gives its contact, labelled, not
	// the counsellor's route.
	donors bool
	// years is the age the question told (0: none): a fiche whose
	// conditions leave it out says the ages it takes.
	years int
	// unschooled says the question told the person lacks the school
	// diploma: the routes of entry that take them come first.
	unschooled bool
	// elsewhere says no open service teaches the trade asked at the
	// place (nearTeachers): a card of one that teaches it says where,
	// not what it has at the place.
	elsewhere bool
	// need is the need of the question the results answer ("" when
	// none is known): a trade's places are the only ones to go to only
	// for a question to learn it.
	need string
}

// asks reports whether the question asks the part, first or besides.
func (fc focus) asks(part string) bool { return fc.part == part || fc.also == part }

func (fc focus) matching(f *seeds.Fiche) (trades, costs []int) {
	if fc.match == nil {
		return nil, nil
	}
	return fc.match(f)
}

// maxCardTrades, maxCardCosts and maxCardDurations bound what a card lists:
// a card is read on a cheap phone; the details list them all.
const (
	maxCardTrades    = 3
	maxCardCosts     = 4
	maxCardDurations = 4
)

// card is one fiche in a list: name and town, who cannot walk in, the part
// asked first (or, when the report is silent on it, that it is silent and
// whom to ask), the summary, the trades asked with their durations, and
// the phone numbers (Telegram makes +223… numbers tappable).
func (t *turn) card(n int, r index.Result, fc focus) string {
	f := r.Fiche
	lines := []string{t.heading(f, n)}
	if l := t.label(f); l != "" {
		lines = append(lines, l)
	}
	if l := t.aidEnded(f, fc.need); l != "" {
		lines = append(lines, l)
	}
	if r.Km > 0 {
		lines = append(lines, "📍 "+t.p.T("distance", map[string]any{"Km": km(r.Km)}))
	}
	trades, costs := fc.matching(f)
	switch {
	case fc.elsewhere && len(trades) > 0 || fc.need == seeds.NeedTraining && fc.place != nil && len(f.TradesIn) > 0 && !teachesIn(f, fc.place):
		// where it teaches, unless its heading says just that: also, for
		// a training asked, a fiche at the place that teaches only
		// elsewhere (ENDA's one-stop shop at Kayes; its courses at Bamako)
		if towns := t.townNames(f.TaughtIn()); towns != where(t, f) {
			lines = append(lines, "📍 "+t.p.T("taught_in", map[string]any{"Towns": towns}))
		}
	case fc.part != index.AskWhere:
		if l := t.localLine(f, fc.place); l != "" {
			lines = append(lines, l)
		}
	}
	said := itemsSaid(f, fc.said)
	if len(trades) > 0 {
		// A trade asked: its fees, not an item a word of the question
		// only brushes ("mobili dilan" glossed as transport).
		costs = slices.DeleteFunc(costs, func(i int) bool { return !namesOneOf(f, f.Costs.Items[i].What, trades) })
		// and the fee of its track, which its length names ("formation
		// BT" for "Électromécanique : BT, 4 ans").
		for i, it := range f.Costs.Items {
			if !slices.Contains(costs, i) && namesOneOf(f, it.What, trades) {
				costs = append(costs, i)
			}
		}
		// "les frais d'inscription ?" about sewing: not the literacy
		// course's registration, an item of another trade.
		said = slices.DeleteFunc(said, func(i int) bool {
			return namesTrade(f, f.Costs.Items[i].What) && !namesOneOf(f, f.Costs.Items[i].What, trades)
		})
	}
	none := t.teachesNone(r, trades, costs, fc)
	if none {
		// A trade asked that it does not teach: what every learner pays
		// and the range across its trades, not another trade's own fee
		// read as the one asked (CFP Sénou's welding price for sewing).
		costs = nil
		for i, it := range f.Costs.Items {
			if !namesTrade(f, it.What) {
				costs = append(costs, i)
			}
		}
	}
	if fc.asks(index.AskCost) {
		// "le foyer c'est combien ?": the item named, with what applies.
		costs = append(said, costs...)
	}
	if fc.asks(index.AskLodging) && fc.asks(index.AskCost) {
		// "on peut y dormir ? c'est combien par mois ?": the price of the
		// bed first (CPM's "foyer d'accueil (hébergement)"), not the
		// fees the card has no room left for it after.
		costs = append(itemsOf(f, reportLodging), costs...)
	}
	lines = append(lines, t.askedPart(f, fc, trades, costs)...)
	if fc.also != "" && fc.also != fc.part {
		other := fc
		other.part, other.also = fc.also, ""
		lines = append(lines, t.askedPart(f, other, trades, costs)...)
	}
	if fc.years > 0 && fc.part != index.AskAge && fc.also != index.AskAge && !t.ix.TakesAge(f, fc.years) {
		// "j'ai 45 ans, l'APEJ peut me financer ?": the ages it takes,
		// which leave out the age told.
		lines = append(lines, t.askedPart(f, focus{part: index.AskAge}, nil, nil)...)
	}
	if fc.part == "" || fc.part == index.AskConditions {
		// "et l'inscription ?": a step to get in, and a fee.
		for _, i := range said {
			lines = append(lines, "💰 "+t.costLine(f, f.Costs.Items[i]))
		}
	}
	if s := unsaid(t.summary(f), lines); s != "" {
		lines = append(lines, s)
	}
	if none {
		lines = append(lines, "🛠 "+t.p.T("trade_not_listed", nil))
	}
	if len(trades) > 0 && fc.part != index.AskDuration && fc.also != index.AskDuration {
		var shown []string
		for _, tr := range pick(f.Trades, trades) {
			if l := t.tradeLine(tr); l != "" && !slices.Contains(shown, l) && len(shown) < maxCardTrades {
				shown = append(shown, l) // two French trades may share a Bambara name
				lines = append(lines, "🛠 "+l)
			}
		}
	}
	if fc.part != index.AskContact && fc.also != index.AskContact {
		if l := t.numberLine(f, fc); l != "" {
			lines = append(lines, t.nationalLine(f, t.placeOf(fc)), l)
		}
	}
	return strings.Join(slices.DeleteFunc(lines, func(l string) bool { return l == "" }), "\n")
}

// teachesNone reports whether a card is of a fiche that teaches trades, on
// an answer to learn a trade some fiche teaches, and lists none of those
// asked nor prices a thing asked (the literacy fees asked at Missabougou)
// nor fits by its name or summary (trades: those it lists): CPM,
// with no sewing, below the sewing schools at Bamako; CFP Sénou named and
// asked its sewing, which its name fits, not its trades. Its card says the
// report names no such course there; its summary says what it teaches.
// trades and costs are the card's matches (focus.matching).
func (t *turn) teachesNone(r index.Result, trades, costs []int, fc focus) bool {
	if fc.need != seeds.NeedTraining || len(trades) > 0 || len(costs) > 0 || r.Strong && r.HeadBeyondName() || len(r.Fiche.Trades) == 0 {
		return false
	}
	return slices.ContainsFunc(t.ix.Fiches(), func(f *seeds.Fiche) bool {
		listed, _ := fc.matching(f)
		return len(listed) > 0
	})
}

// itemsOf are the indexes of the cost items whose words re finds (the
// hostel's fee: reportLodging).
func itemsOf(f *seeds.Fiche, re *regexp.Regexp) []int {
	var out []int
	for i, it := range f.Costs.Items {
		if re.MatchString(it.What) {
			out = append(out, i)
		}
	}
	return out
}

// itemsSaid are the indexes of the cost items that name a word said
// ("foyer", "inscription"), but for a word half the items or more name
// ("formation"): it picks none.
func itemsSaid(f *seeds.Fiche, said map[string]bool) []int {
	if len(said) == 0 {
		return nil
	}
	words := make([]map[string]bool, len(f.Costs.Items))
	for i, it := range f.Costs.Items {
		words[i] = longWords(it.What)
	}
	return holding(words, said)
}

// holding are the indexes of the texts (by their words) that hold a word
// said, but for a word half the texts or more hold: too common to pick
// any — unless one text alone holds it (of two conditions, the one that
// names the DEF).
func holding(words []map[string]bool, said map[string]bool) []int {
	in := map[string]int{}
	for _, ws := range words {
		for w := range ws {
			if said[w] {
				in[w]++
			}
		}
	}
	var out []int
	for i, ws := range words {
		for w := range ws {
			if said[w] && (2*in[w] < len(words) || in[w] == 1) {
				out = append(out, i)
				break
			}
		}
	}
	return out
}

// unsaid is a summary without the sentences the card's lines already
// quote (a Bambara price line that is its sentence on who pays).
func unsaid(summary string, lines []string) string {
	said := strings.Join(lines, "\n")
	var out []string
	for _, s := range summarySentences(summary) {
		if !strings.Contains(said, strings.TrimSpace(s)) {
			out = append(out, s)
		}
	}
	return strings.TrimSpace(strings.Join(out, ""))
}

// askedPart is what the question asked of a fiche, or the plain statement
// that the report does not say it.
func (t *turn) askedPart(f *seeds.Fiche, fc focus, trades, costs []int) []string {
	var lines []string
	switch fc.part {
	case index.AskCost:
		lines = t.costLines(f, trades, costs)
		inDetails := []string{"💰 " + t.p.T("cost_in_details", nil)}
		if len(lines) == 0 && strings.TrimSpace(f.Costs.Text) != "" {
			if said := priceSaid(f); t.bambara() && len(said) > 0 {
				// The Bambara summary tells who pays ("DEF kalandenw bɛ
				// kalan fu"): said, not sent to the French details; after
				// saying plainly that the report gives no sum, when it
				// gives none (the French card's "aucun montant"): free for
				// some is no price for the one who asks.
				said := keepNames(esc(strings.Join(said, " ")), f)
				if reportAmount.MatchString(f.Costs.Text) {
					return []string{"💰 " + said}
				}
				return []string{"💰 " + t.p.T("cost_no_sum", nil), said}
			}
			// The report says it in French only: a Bambara card says where.
			return inDetails
		}
		if len(lines) == 0 {
			// No fee: the sums the report gives for what it offers (a
			// grant, a loan, a kit), in its words — French words, that a
			// Bambara card sends to the details.
			if lines = t.reportAmounts(f, fc.said); len(lines) > 0 && t.bambara() {
				// Sums given, not a price: said so ("wari hakɛ").
				return []string{"💰 " + t.p.T("amounts_in_details", nil)}
			}
			if len(lines) > 0 {
				// Sums given (a grant, a loan), not a price to pay: titled
				// so that no one reads them as what the place costs.
				return t.titled("💰", "card_amounts", lines, maxCardCosts)
			}
		}
		if len(lines) == 0 {
			// Money asked of a fiche that gives it ("c'est quoi le taux
			// d'intérêt ?", "u bɛ wari joli di?"): what it gives, not
			// what it costs, is what the report does not say.
			silent := "cost"
			if t.chat.Need == seeds.NeedFinance && slices.Contains(f.Needs, seeds.NeedFinance) {
				silent = "sums"
			}
			return append([]string{t.silence(f, silent)}, t.countsSaid(f, fc)...)
		}
		lines = t.titled("💰", "card_cost", lines, maxCardCosts)
		if name := t.unpricedTrade(f, trades); name != "" {
			// The name mid-sentence in French, first in Bambara.
			said := upperFirst(t.p.T("silent_trade_cost", map[string]any{"Trade": esc(lowerFirst(name))}))
			lines = append(lines, t.silent(f, said))
		}
		return lines
	case index.AskConditions:
		// Papers first: what to bring; then who may enter, every route.
		docs, untranslated := t.documents(f)
		if len(untranslated) > 0 {
			docs = append(docs, "• "+t.p.T("more_in_details", map[string]any{"N": len(untranslated)}))
		}
		conds := t.conditionLines(f, fc.said, fc.unschooled)
		if len(docs) == 0 && len(conds) == 0 {
			return []string{t.silence(f, "conditions")}
		}
		if len(docs) > 0 {
			lines = append(append(lines, "📄 <b>"+t.p.T("card_papers", nil)+"</b>"), docs...)
		} else {
			lines = append(lines, t.silence(f, "papers"))
		}
		if len(conds) > 0 {
			lines = append(append(lines, "🚪 <b>"+t.p.T("card_conditions", nil)+"</b>"), conds...)
		}
		return lines
	case index.AskWhere:
		// The card's first line says the towns; then what the report says
		// of where it works and of its offices, the place asked first (in
		// Bambara, the places it names), and that it gives no address.
		lines = t.officeLines(f, fc.place)
		if !t.bambara() {
			lines = append(lines, t.reportClauseLines(f, reportLocated)...) // "bâti dans la zone aéroportuaire"
		}
		lines = append(lines, t.silence(f, "address"))
		lines[0] = "📍 " + lines[0]
		return lines
	case index.AskDuration:
		if len(trades) == 0 {
			// "et l'incubation, ça dure combien ?": a thing the
			// follow-up names that is no trade, its length in the report.
			lines = t.topicDurations(f, fc.said)
		}
		if len(lines) == 0 && len(trades) == 0 && len(costs) > 0 && !slices.ContainsFunc(pick(f.Costs.Items, costs), func(it seeds.CostItem) bool { return durationPattern.MatchString(it.What) }) {
			// "ça dure combien ?" of a fee's thing that is no trade and
			// says no length (the literacy fees): the report's lengths of
			// that thing.
			lines = t.itemDurations(f, costs)
		}
		if len(lines) == 0 {
			lines = t.durationLines(f, trades)
		}
		if len(lines) == 0 && len(trades) > 0 && !slices.ContainsFunc(pick(f.Trades, trades), hasLength) && slices.ContainsFunc(f.Trades, hasLength) {
			// The report gives its trades' lengths and none for the trade
			// asked ("Réparation des engins à deux roues"): another
			// trade's length, or the literacy classes', is no answer.
			return []string{t.silence(f, "duration")}
		}
		if len(lines) == 0 {
			lines = t.reportDurations(f, fc.said)
		}
		if len(trades) == 0 && f.Audience == seeds.AudienceProgramme && f.Note != "" && !t.bambara() {
			// "le projet de la SNV dure combien de temps ?": a
			// programme lasts the years its projects run, which its
			// note gives ("Pro-ARIDES (2021-2031 …)"), first.
			lines = append([]string{esc(f.Note)}, lines...)
		}
		if len(lines) == 0 && t.bambara() && slices.ContainsFunc(pick(f.Trades, trades), hasLength) {
			// A length in French words ("quelques semaines à quelques
			// mois"): the report says it, in French.
			return []string{"⏳ " + t.p.T("duration_in_details", nil)}
		}
		return t.partOrSilence(f, "⏳", "duration", lines, maxCardDurations)
	case index.AskStatus:
		return t.statusLines(f)
	case index.AskAge:
		return t.partOrSilence(f, "👤", "age", t.ageLines(f), maxCardCosts)
	case index.AskAllowance:
		return t.partOrSilence(f, "💵", "allowance", t.allowanceLines(f), maxCardCosts)
	case index.AskLanguage:
		return t.partOrSilence(f, "🗣", "language", t.tongueLines(f), maxCardCosts)
	case index.AskBackers:
		return t.partOrSilence(f, "🤝", "backers", t.backersLines(f), maxCardCosts)
	case index.AskStart:
		return t.partOrSilence(f, "🗓", "start", t.reportClauseLines(f, reportStart), maxCardCosts)
	case index.AskLodging:
		return t.partOrSilence(f, "🛏", "lodging", t.clauseFigures(f, reportLodging, t.lengthsIn, t.countsIn), maxCardCosts)
	case index.AskAward:
		return t.partOrSilence(f, "🎓", "award", t.reportClauseLines(f, reportAward), maxCardCosts)
	case index.AskWomen:
		return t.partOrSilence(f, "👩", "women", append(t.womenFees(f), t.clauseFigures(f, reportWomen, t.countsIn)...), maxCardCosts)
	case index.AskHours:
		return t.partOrSilence(f, "🕘", "hours", t.reportClauseLines(f, reportHours), maxCardCosts)
	case index.AskCare:
		return t.partOrSilence(f, "🩺", "care", t.reportClauseLines(f, reportCare), maxCardCosts)
	case index.AskCapacity:
		return t.partOrSilence(f, "👥", "capacity", t.capacityLines(f, fc), maxCardCosts)
	case index.AskWhat:
		// "le programme volontariat de l'APEJ c'est quoi ?": what the
		// report says of the thing named, when the summary does not; of
		// a fiche the question is not about, only an acronym's ("c'est
		// quoi exactement la CUMA ?": AVSF's clause that spells it out).
		said := fc.said
		if !slices.Contains(fc.about, f.Ref) {
			said = fc.acronyms
		}
		if lines = t.saidClauses(f, said); len(lines) > 0 {
			return append([]string{"📌 <b>" + t.p.T("report_french", nil) + "</b>"}, lines...)
		}
		return nil
	case index.AskContact:
		if lines := t.reachLines(f, fc); len(lines) > 0 {
			if l := t.nationalLine(f, t.placeOf(fc)); l != "" {
				return append([]string{l}, lines...)
			}
			return lines
		}
		return []string{t.silence(f, "phone")}
	}
	return nil
}

// womenFees are the fees a fiche prices for women or girls ("Inscription
// (filles) : 1.000 FCFA"; a word whose people, report_fr.tsv, means woman or
// girl): whether a place takes girls, asked after its fees or not ("et pour
// une fille ?"), is answered with what a girl pays.
func (t *turn) womenFees(f *seeds.Fiche) []string {
	var lines []string
	for _, it := range f.Costs.Items {
		if slices.ContainsFunc(strings.FieldsFunc(strings.ToLower(it.What), notLetter), func(w string) bool {
			m := meaning("people", w)
			return m == "woman" || m == "girl"
		}) {
			lines = append(lines, t.costLine(f, it))
		}
	}
	return lines
}

// partOrSilence is a part's lines under its title (message "card_" +
// part), or, when the report gives none, the line saying so (message
// "silent_" + part, with how to reach the fiche).
func (t *turn) partOrSilence(f *seeds.Fiche, emoji, part string, lines []string, max int) []string {
	if len(lines) == 0 {
		return []string{t.silence(f, part)}
	}
	return t.titled(emoji, "card_"+part, lines, max)
}

// titled puts a part's title over its lines, at most max of them, the
// last saying how many more the details hold.
func (t *turn) titled(emoji, title string, lines []string, max int) []string {
	if len(lines) > max {
		lines = append(lines[:max-1], t.p.T("more_in_details", map[string]any{"N": len(lines) - max + 1}))
	}
	return append([]string{emoji + " <b>" + t.p.T(title, nil) + "</b>"}, lines...)
}

// title is how a card names a fiche: its name; in Bambara its short
// name, as Bambara speakers say it ("ANPE", "APEJ"), for the long names
// are French sentences ("Agence nationale pour l'emploi") — unless only
// a cut name is that short.
func (t *turn) title(f *seeds.Fiche) string {
	if short := shortName(f); t.bambara() && !strings.HasSuffix(short, "…") {
		return short
	}
	return f.Name
}

// shortName is a fiche's name short enough for a button.
// A name with a parenthesis is shortened to what comes before it
// ("Avenir Brillant (Plan International, …)"), unless that is the long
// name of an acronym in the parenthesis, which is shorter.
func shortName(f *seeds.Fiche) string {
	if utf8.RuneCountInString(f.Name) <= 28 {
		return f.Name
	}
	if before, inside, ok := strings.Cut(f.Name, " ("); ok && utf8.RuneCountInString(before) <= 28 &&
		!(len(f.Acronyms) > 0 && strings.HasPrefix(inside, f.Acronyms[0])) {
		return before
	}
	if len(f.Acronyms) > 0 {
		return f.Acronyms[0]
	}
	r := []rune(f.Name)
	return string(r[:27]) + "…"
}

// firstSentence is the first line or sentence of s, cut to max characters.
func firstSentence(s string, max int) string {
	s = strings.TrimLeft(strings.TrimSpace(s), "-•· ")
	if i := strings.IndexAny(s, "\n;"); i >= 0 {
		s = s[:i]
	}
	if r := []rune(s); len(r) > max {
		s = string(r[:max-1]) + "…"
	}
	return strings.TrimSpace(s)
}

// share gives the link that opens this fiche in Sira.
func (t *turn) share(f *seeds.Fiche) Reply {
	link := t.opt.Address.Link("fiche_" + f.Slug)
	return Reply{Text: t.p.T("share_text", nil) + "\n" + esc(f.Name) + "\n" + link}
}

// cardsOf is the answer as its cards show it (a trade not taught at the
// place: those that teach it elsewhere, nearTeachers), remembered for the
// turns after, and what it was asked of them (focusOf).
func (t *turn) cardsOf(a index.Answer) (index.Answer, focus) {
	a, elsewhere := t.nearTeachers(a)
	t.remember(a.Results, a.Asked, a.Fit != index.Fits)
	fc := t.focusOf(a)
	fc.elsewhere = elsewhere || taughtElsewhere(a)
	return a, fc
}

// forwardable is the answer to a forwarded question, written to be
// forwarded back as it is: the question, the fiches with their numbers, no
// buttons; the same cards as any answer.
func (t *turn) forwardable(question string, a index.Answer) Reply {
	a, fc := t.cardsOf(a)
	var b strings.Builder
	b.WriteString("<b>" + t.p.T("forwarded_intro", nil) + "</b>\n")
	b.WriteString(t.p.T("forwarded_question", map[string]any{"Question": keep(esc(firstSentence(question, 200)))}))
	if intro := t.intro(a); intro != "" {
		b.WriteString("\n\n" + intro)
	}
	for i, r := range a.Results[:min(pageSize, len(a.Results))] {
		b.WriteString("\n\n" + t.card(i+1, r, fc))
		if em := emailLine(r.Fiche); em != "" && len(r.Fiche.Phones()) > 0 && fc.part != index.AskContact && r.Fiche.Audience == seeds.AudiencePublic {
			b.WriteString("\n" + em)
		}
	}
	if offersCounsellor(a) {
		b.WriteString("\n\n" + t.p.T("counsellor_offer", nil))
	}
	return Reply{Text: b.String()}
}

// counsellorButton offers a person: the hand-off when a counsellors' group
// is set, the EOJ network's fiche otherwise.
func (t *turn) counsellorButton() Button {
	if t.handOffOn() {
		return Button{Label: t.p.T("btn_handoff", nil), Data: "c"}
	}
	return Button{Label: t.p.T("btn_counsellor", nil), Data: "d:" + counsellorRef}
}

// counsellorAsked answers a person who asks for a person ("je veux
// parler à quelqu'un", "n b'a fɛ ka kuma mɔgɔ ye") or cries for help
// ("aidez-moi", "dɛmɛ!"): the counsellor at once, in their language — the
// hand-off button when hand-off is on, else the EOJ network's number and
// its fiche — and the menu. Right after an answer to a danger told ("je
// veux juste parler à quelqu'un" after "je veux plus vivre"), the number to
// call now of that answer comes first (dangerCall).
func (t *turn) counsellorAsked() Reply {
	text := t.counsellorText()
	if l := t.dangerCall(); l != "" {
		text = l + "\n\n" + text
	}
	return Reply{Text: text, Buttons: [][]Button{{t.counsellorButton()}}, Menu: t.menu()}
}

// dangerCall is the last answer's line of whom to call now: callNow when
// it answered a danger told, callBefore when it put that line before
// another ask ("je dors à la gare … je veux apprendre la soudure"); else "".
func (t *turn) dangerCall() string {
	if len(t.chat.Results) == 0 || t.chat.Question == "" {
		return ""
	}
	q := t.last()
	if !q.Distressed && !slices.ContainsFunc(q.Distress, t.ix.Urgent) {
		return ""
	}
	a, err := t.search(q)
	if err != nil {
		return ""
	}
	if q.Distressed {
		return t.callNow(a)
	}
	l, _ := t.callBefore(q, a)
	return l
}

// counsellorText says whom to reach and how: the hand-off, or the EOJ
// network's number; the number to call either way.
func (t *turn) counsellorText() string {
	id := "counsellor_asked"
	if t.handOffOn() {
		id = "counsellor_asked_handoff"
	}
	return t.p.T(id, map[string]any{"Phone": t.apejPhone()})
}

func (t *turn) counsellorOffer() string {
	if t.handOffOn() {
		return "handoff_offer"
	}
	return "counsellor_offer"
}

// km rounds a distance for a person: "1" under 1.5 km, whole kilometres
// under 100, tens beyond.
func km(d float64) string {
	switch {
	case d < 1.5:
		return "1"
	case d < 100:
		return strconv.Itoa(int(d + 0.5))
	}
	return strconv.Itoa(int(d/10+0.5) * 10)
}
