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

// protection answers a message that tells of danger: the protection actors
// a person can reach (Fiche.Open: active, receiving the public) serving the
// place first, those that match more of the message before the others,
// then those serving all of Mali, then active programmes reached through
// partners, then, for a danger told, the actors whose protection ended with
// a project (Fiche.AidEnded) unless their head holds what else the message
// asks; never "nothing fits", never an ended project, never an actor that
// receives children only (childActors) for a grown person (Query.Grown),
// nor one that receives Malians come back only (whoServed) for a
// foreigner who tells no return (Query.Foreign),
// nor before two actors for grown people for a person in danger who tells
// no age nor youth; a
// programme for children stays, after them, for the group it names. A fiche named in
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
	rs, err := ix.runFilled(ctx, a.Query, content, should, filterTerm(fNeeds, seeds.NeedProtection, 1), max(size, protectionDepth), nil, sets)
	if err != nil {
		return a, err
	}
	// A return told (Query.Public, return.tsv: "expulsé", "rentré"; or the
	// danger of being expelled: "u ye n gɛn ka bɔ Alizeri").
	returned := slices.Contains(a.Distress, lang.SignExpelled) || slices.ContainsFunc(a.Public, func(w string) bool { return ix.lang.Words.Is(w, lang.Return) })
	group := func(r Result) int {
		f := r.Fiche
		here := a.Place == nil || serves(f, a.Place)
		switch {
		case slices.Contains(a.Named, f.Ref):
			return 0
		case a.Grown && f.Open() && ix.children[f.Ref] == childProtection:
			return 5 // receives children only, and the message tells of a grown person: not shown
		case a.Foreign && !returned && ix.returnees[f.Ref]:
			return 5 // receives Malians come back, and the message tells of a foreigner who tells no return: not shown
		case f.Open() && !headFit(r) && f.AidEndedFor(seeds.NeedProtection):
			return 4 // its protection ended with a project, and its head holds nothing of the message: a person in danger is sent where help runs now
		case f.Open() && here:
			return 1
		case f.Open():
			return 2
		case f.Status == seeds.StatusActive:
			return 3 // a programme reached through partners
		}
		return 5 // ended: not shown
	}
	// Within a group, for a child those whose name, trades or summary say
	// child protection first (unless every danger told is helped alike at
	// any age: a lost child is traced as a grown person is, anyAge), then those that serve children among others
	// (childActors); for an adult (no child nor young person told of),
	// child protection last; then those a person reaches more surely where
	// they are (reach); then those whose protection runs before those whose
	// protection ended with a project. The actors for Malians come back
	// come after all others for a foreigner or a child told no return.
	childFirst := a.Age == understand.AgeChild && !ix.anyAge(a.Distress)
	forChildren := func(r Result) int {
		switch c := ix.children[r.Fiche.Ref]; {
		case childFirst:
			return childProtection - c
		case a.Age == understand.AgeAdult && c == childProtection:
			return 1
		}
		return 0
	}
	// An actor whose protection the report describes only within an ended
	// project (Fiche.AidEnded) comes after those reached as surely whose
	// protection runs.
	aidEnded := func(r Result) int {
		if r.Fiche.AidEndedFor(seeds.NeedProtection) {
			return 1
		}
		return 0
	}
	// The actors whose public is Malians come back (AME) serve those who
	// tell a return (returned). For a person the message tells of otherwise (a foreigner; an age, a grown
	// person or a relative told: a domestic worker of 19 come from Ségou
	// to Bamako; a child; the displaced fled from Douentza to Sévaré) they
	// come after every other actor of their group. A message that tells of
	// no one ("hébergement d'urgence à Kayes") keeps them where they fit.
	someone := a.Years > 0 || a.Grown || a.Kin || a.Age == understand.AgeChild || slices.Contains(a.Distress, lang.SignDisplaced)
	noReturn := a.Foreign || someone && !returned
	forReturned := func(r Result) int {
		if noReturn && ix.returnees[r.Fiche.Ref] {
			return 1
		}
		return 0
	}
	// A message that tells no danger and names a place ("Yanfolila, jɔn bɛ
	// denmisɛnw dɛmɛ?") asks who works there: those at the town come
	// before the child actors of the region; a danger told keeps the
	// child actors first wherever they are in the region.
	placeFirst := !a.Distressed && a.Place != nil
	// A danger whose help is a service only some actors give (a relative
	// lost: tracing, distress_signs.tsv service) puts first, within a
	// group, those whose name, trades or summary hold the danger's fiche
	// words: an actor nearer that does not trace sends the person on.
	service := ix.service(a.Distress)
	gives := func(r Result) int {
		if service && r.cand != nil && headSets(r.cand, func(ts termSet) bool { return ts.role == understand.Sign }) > 0 {
			return 0
		}
		return 1
	}
	slices.SortStableFunc(rs, func(x, y Result) int {
		if g := group(x) - group(y); g != 0 {
			return g
		}
		if o := forReturned(x) - forReturned(y); o != 0 {
			return o
		}
		if s := gives(x) - gives(y); s != 0 {
			return s
		}
		r := reach(y.Fiche, a.Place) - reach(x.Fiche, a.Place)
		if placeFirst && r != 0 {
			return r
		}
		if c := forChildren(x) - forChildren(y); c != 0 {
			return c
		}
		if r != 0 {
			return r
		}
		return aidEnded(x) - aidEnded(y)
	})
	// A programme that serves the group the message names, in its words or
	// through the danger it tells ("rebelles": groupes armés,
	// distress_signs.tsv), is shown second, after the first actor a person can reach;
	// first for a child or a young person when no actor a person can reach
	// names that group (a child out of an armed group: UNICEF's programme
	// is made for them; the conversation still gives an open actor's number
	// to call first).
	// The message's pairs are read only when a programme that names a
	// group is among the fiches, and only those some programme names are
	// kept.
	programme := func(r Result) bool { return group(r) == 3 && len(ix.groups[r.Fiche.Ref]) > 0 }
	var told pairs
	if slices.ContainsFunc(rs, programme) {
		told = ix.pairsOf(ix.named, append([]string{a.Query.Text}, ix.signGroups(a.Distress)...)...)
	}
	if len(told) > 0 {
		if i := slices.IndexFunc(rs, func(r Result) bool { return group(r) == 3 && ix.groups[r.Fiche.Ref].any(told) }); i > 0 {
			served := ix.groups[rs[i].Fiche.Ref].common(told) // the group told, as the programme names it
			to := 1
			if a.Age != understand.AgeAdult && !slices.ContainsFunc(rs, func(r Result) bool { return group(r) < 3 && ix.groups[r.Fiche.Ref].any(served) }) {
				to = 0
			}
			if i > to {
				r := rs[i]
				rs = slices.Insert(slices.Delete(rs, i, i+1), to, r)
			}
		}
	}
	if (a.Distressed || a.Foreign) && a.Age == understand.AgeAdult && !a.Grown && a.Years == 0 {
		// A person in danger, or from abroad, who tells no age nor youth:
		// two actors for grown people a person can reach first, those for
		// children only after them.
		rs = grownFirst(rs, 2, func(r Result) bool { return group(r) <= 2 && ix.children[r.Fiche.Ref] != childProtection })
	}
	for _, r := range rs {
		if len(a.Results) < size && group(r) < 5 {
			a.Results = append(a.Results, r)
		}
	}
	return a, nil
}

// anyAge reports whether a message tells of dangers and every one is
// helped alike whatever the person's age (distress_signs.tsv anyage: a
// relative lost, traced by the actor that restores family links).
func (ix *Index) anyAge(signs []string) bool {
	return len(signs) > 0 && !slices.ContainsFunc(signs, func(s string) bool { return !ix.lang.AnyAge[s] })
}

// service reports whether a message tells of a danger whose help only the
// actors naming it give (distress_signs.tsv service: a relative lost).
func (ix *Index) service(signs []string) bool {
	return slices.ContainsFunc(signs, func(s string) bool { return ix.lang.Service[s] })
}

// pairs are two words said one after the other, as the French analyzer
// reads them ("group arme").
type pairs map[string]bool

// any reports whether p holds one of the pairs of q.
func (p pairs) any(q pairs) bool {
	for k := range q {
		if p[k] {
			return true
		}
	}
	return false
}

// common returns the pairs of p that q holds too.
func (p pairs) common(q pairs) pairs {
	out := pairs{}
	for k := range q {
		if p[k] {
			out[k] = true
		}
	}
	return out
}

// pairsOf returns the pairs of consecutive words of texts that name a
// group of people: pairs of which one word at least is no word for a
// child or a young person (minors.tsv, young.tsv): "groupes armés",
// "non accompagnés", not "jeunes filles", which says who, not which group.
// No pair spans two texts. Given among, it keeps only the pairs among
// holds: a message's other pairs are looked up, not made.
func (ix *Index) pairsOf(among pairs, texts ...string) pairs {
	var out pairs
	var room [64]byte
	for _, text := range texts {
		toks := ix.french.Analyze([]byte(text))
		for i := 1; i < len(toks); i++ {
			a, b := toks[i-1].Term, toks[i].Term
			if toks[i].Position != toks[i-1].Position+1 || ix.person[string(a)] && ix.person[string(b)] {
				continue
			}
			pair := append(append(append(room[:0], a...), ' '), b...)
			if among != nil && !among[string(pair)] {
				continue
			}
			if out == nil {
				out = pairs{}
			}
			out[string(pair)] = true
		}
	}
	return out
}

// signGroups returns the groups of people the dangers told make one of
// (distress_signs.tsv group: armed_group, "groupes armés").
func (ix *Index) signGroups(signs []string) []string {
	var out []string
	for _, s := range signs {
		if g := ix.lang.SignGroups[s]; g != "" {
			out = append(out, g)
		}
	}
	return out
}

// groupsServed returns, for the active protection actors and programmes,
// the groups their public or conditions name, as pairs: UNICEF's "associés
// aux forces et groupes armés", COOPI's "mineurs non accompagnés". The
// programme made for the group a message names comes second or first
// (protection).
func (ix *Index) groupsServed(fiches []seeds.Fiche) map[string]pairs {
	out := map[string]pairs{}
	for i := range fiches {
		f := &fiches[i]
		if f.HasNeed(seeds.NeedProtection) && f.Status == seeds.StatusActive {
			if p := ix.pairsOf(nil, join(append([]string{f.Public}, f.Conditions...)...)); len(p) > 0 {
				out[f.Ref] = p
			}
		}
	}
	return out
}

// reach says how surely a person finds a protection actor where they are
// (more is surer): serving the place's region (or all of Mali) with an
// office in the town (its cities or zones: "point sûr" in Kayes) 3, serving
// the region 2, an office there and the region not served (a seat: COOPI's
// in Bamako, which serves Kayes, Ségou and Mopti) 1. With no place, an actor
// serving all of Mali reaches the person wherever they are: 1, else 0.
func reach(f *seeds.Fiche, p *places.Place) int {
	if p == nil {
		return 0
	}
	n := 0
	if f.Serves(p.Region) {
		n = 2
	}
	if inTown(f, p) {
		n++
	}
	return n
}

// headFit reports whether a fiche's name, trades or summary hold a word of
// the message, whatever its role but a danger's own words (what a danger
// told asks beside protection: "recommencer une petite activité",
// Caritas's "activités pour gagner sa vie"; not the "vulnérables" a sign
// brings, which its ended aid names).
func headFit(r Result) bool {
	return r.cand != nil && headSets(r.cand, func(ts termSet) bool { return !ts.country && ts.role != understand.Sign }) > 0
}

// grownFirst moves the first n results grown says are for grown people
// before the results ahead of them, the others keeping their order.
func grownFirst(rs []Result, n int, grown func(Result) bool) []Result {
	var first, rest []Result
	for i, r := range rs {
		if len(first) == n {
			return append(append(first, rest...), rs[i:]...)
		}
		if grown(r) {
			first = append(first, r)
		} else {
			rest = append(rest, r)
		}
	}
	return append(first, rest...)
}
