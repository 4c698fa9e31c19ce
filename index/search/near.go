package search

import (
	"math"
	"sort"

	"sira/index/places"
	"sira/index/understand"
	"sira/seeds"
)

// Near answers a shared location in Mali: the town it is nearest to, and
// the fiches a person can go to (seeds.Fiche.Open) for need (any need if
// "") by distance, those with an office in a nearby town before those that
// serve all of Mali. Each result's Km says how far its nearest town is (0
// for a fiche that serves all of Mali from no town named). Whether the
// location is in Mali at all is places.Mali's to say.
func (ix *Index) Near(lat, lon float64, need string, size int) (places.Place, []Result) {
	near := ix.gaz.Nearest(lat, lon)
	town := near[0]
	type scored struct {
		f    *seeds.Fiche
		dist float64
	}
	var list []scored
	for _, ref := range ix.order {
		f := ix.fiches[ref]
		if need != "" && !f.HasNeed(need) || !f.Open() {
			continue
		}
		d := ix.distance(f, lat, lon)
		if math.IsInf(d, 1) {
			continue
		}
		list = append(list, scored{f, d})
	}
	sort.SliceStable(list, func(i, j int) bool { return list[i].dist < list[j].dist })
	var out []Result
	for _, s := range list[:min(size, len(list))] {
		r := Result{Fiche: s.f, Why: []Reason{{Match: MatchPlace, Words: []string{town.Name}}}}
		if s.dist != nationalDistance {
			r.Km = s.dist
		}
		out = append(out, r)
	}
	return town, out
}

// distance is how far a fiche's nearest town (or region capital) is from a
// point; a fiche serving all of Mali counts as a little farther than its
// own towns, so that local offices come first.
func (ix *Index) distance(f *seeds.Fiche, lat, lon float64) float64 {
	best := ix.gaz.DistanceToNearest(f.Cities, lat, lon)
	for _, r := range f.Regions {
		if r == seeds.National {
			best = math.Min(best, nationalDistance)
		} else if c, ok := ix.gaz.Region(r); ok {
			best = math.Min(best, places.Distance(lat, lon, c.Lat, c.Lon))
		}
	}
	return best
}

// distanceFor is how far a fiche is from the place a question asks: for
// a training asked of a fiche that teaches in some of its towns only
// (TradesIn), the nearest of those ("la soudure à Ségou": ENDA teaches in
// Bamako, though it has an office at Sikasso); else distance.
func (ix *Index) distanceFor(f *seeds.Fiche, q understand.Query) float64 {
	if q.Need == seeds.NeedTraining && len(f.TradesIn) > 0 {
		return ix.gaz.DistanceToNearest(f.TradesIn, q.Place.Lat, q.Place.Lon)
	}
	return ix.distance(f, q.Place.Lat, q.Place.Lon)
}

// nationalDistance ranks national fiches after local offices within about
// a day's travel.
const nationalDistance = 300.0

// nearest orders results by how far their nearest town is from the place
// asked, so that alternatives start with what is nearest; those that serve
// the need asked come first ("qui finance … un atelier à Mopti": lenders
// and incubators, not the Atelier École de Kayes whose name holds the
// word), then a door before an ended project or a donor (nobody is sent
// to one first: Bamako's schools before the Canadian project, ended, for
// mechanics at Bougouni), then those that match in their name, trades or
// summary before
// those that only mention the topic ("soudure à Kidal": the welding
// schools of Bamako before a national donor whose text names welding),
// then those that take the age told (TakesAge).
func (ix *Index) nearest(rs []Result, q understand.Query) []Result {
	out := append([]Result(nil), rs...)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if sa, sb := servesNeed(a.Fiche, q.Need), servesNeed(b.Fiche, q.Need); sa != sb {
			return sa
		}
		if da, db := door(a.Fiche), door(b.Fiche); da != db {
			return da
		}
		if a.Strong != b.Strong {
			return a.Strong
		}
		if ta, tb := ix.TakesAge(a.Fiche, q.Years), ix.TakesAge(b.Fiche, q.Years); ta != tb {
			return ta
		}
		return ix.distanceFor(a.Fiche, q) < ix.distanceFor(b.Fiche, q)
	})
	return out
}
