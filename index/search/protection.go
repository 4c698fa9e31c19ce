package search

import (
	"context"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2/search/query"

	"sira/index/understand"
	"sira/places"
	"sira/seeds"
)

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
	// child protection last; then those a person reaches more surely where
	// they are (reach).
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
		if c := forChildren(x) - forChildren(y); c != 0 {
			return c
		}
		return reach(y.Fiche, a.Place) - reach(x.Fiche, a.Place)
	})
	for _, r := range rs {
		if len(a.Results) < size && group(r) < 4 {
			a.Results = append(a.Results, r)
		}
	}
	return a, nil
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
	if inCities(f, p) || strings.Contains(f.Zones, p.Name) {
		n++
	}
	return n
}
