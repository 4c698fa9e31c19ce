// Package places is Sira's gazetteer: Mali's regions and the towns people
// name, in French, Bambara and phone spellings, with their region and
// coordinates. It answers "which place does this text name" and "what is
// near this point".
package places

import (
	_ "embed"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// A Place is a town or a region's capital.
type Place struct {
	ID     string
	Name   string
	Region string
	Lat    float64
	Lon    float64
	// Bambara is the name a Bambara answer shows, from a sourced lexicon
	// row; empty when none names the place.
	Bambara string
}

//go:embed gazetteer.tsv
var gazetteerTSV string

//go:embed guarded.tsv
var guardedTSV string

// Gazetteer finds places by any of their spellings.
type Gazetteer struct {
	places []Place
	names  spellings
	// guarded are the spellings of the towns whose names are also common
	// words (guarded.tsv): Find leaves them to FindGuarded.
	guarded spellings
}

var std = must(ParseGuarded(gazetteerTSV, guardedTSV))

// Default returns the gazetteer shipped with Sira.
func Default() *Gazetteer { return std }

// Parse reads a gazetteer in the format of gazetteer.tsv.
func Parse(tsv string) (*Gazetteer, error) { return ParseGuarded(tsv, "") }

// ParseGuarded reads a gazetteer and its towns whose names are also common
// words (guarded, in the same format: guarded.tsv). A spelling names one
// place in both.
func ParseGuarded(tsv, guarded string) (*Gazetteer, error) {
	g := &Gazetteer{names: newSpellings(), guarded: newSpellings()}
	for _, f := range []struct {
		tsv   string
		names *spellings
	}{{tsv, &g.names}, {guarded, &g.guarded}} {
		rs, err := rows(f.tsv, 7)
		if err != nil {
			return nil, fmt.Errorf("gazetteer %w", err)
		}
		for _, r := range rs {
			cols := r.cols
			lat, err1 := strconv.ParseFloat(cols[3], 64)
			lon, err2 := strconv.ParseFloat(cols[4], 64)
			if err1 != nil || err2 != nil {
				return nil, fmt.Errorf("gazetteer line %d: bad coordinates", r.line)
			}
			g.places = append(g.places, Place{ID: cols[0], Name: cols[1], Region: cols[2], Lat: lat, Lon: lon, Bambara: cols[6]})
			// The Bambara name an answer shows is read back as the place.
			for _, spelling := range append([]string{cols[0], cols[1]}, strings.Split(cols[5]+"|"+cols[6], "|")...) {
				if f.names == &g.guarded && spelling != "" && g.names.taken(spelling) {
					return nil, fmt.Errorf("gazetteer: guarded line %d: %q names a place of the gazetteer", r.line, spelling)
				}
			}
			if err := f.names.addAll(len(g.places)-1, cols[0], cols[1], cols[5]+"|"+cols[6]); err != nil {
				return nil, fmt.Errorf("gazetteer line %d: %w", r.line, err)
			}
		}
	}
	g.names.indexMisspellings()
	return g, nil
}

// Misspelt returns the place a folded word names with a letter dropped,
// doubled or swapped ("bamko", "kayse"), or changed in a long word, if only
// one is that close. The caller decides whether the word is misspelt:
// "kalan" is a word.
func (g *Gazetteer) Misspelt(word string) (Place, bool) {
	i, ok := g.names.misspelt(word)
	return at(g.places, i, ok)
}

// Places lists every place, in file order.
func (g *Gazetteer) Places() []Place { return g.places }

// Lookup finds a place by one of its spellings (any case, accents or not).
func (g *Gazetteer) Lookup(spelling string) (Place, bool) {
	i, ok := g.names.lookup(spelling)
	if !ok {
		i, ok = g.guarded.lookup(spelling)
	}
	return at(g.places, i, ok)
}

// Known reports whether a folded word is one of the spellings.
func (g *Gazetteer) Known(key string) bool {
	_, ok := g.names.byKey[key]
	return ok
}

// A Mention is a place found in a list of words, with the words it spans.
type Mention struct {
	Place
	Start, End int // words[Start:End]
}

// Find returns the places named in words (already folded), longest
// spelling first, without overlaps, in order of appearance.
func (g *Gazetteer) Find(words []string) []Mention {
	var out []Mention
	for _, s := range g.names.find(words) {
		out = append(out, Mention{Place: g.places[s.idx], Start: s.start, End: s.end})
	}
	return out
}

// FindGuarded returns the towns whose names are also common words
// (guarded.tsv) named in words (already folded), in order of appearance:
// the caller decides from the words around whether the town is meant.
func (g *Gazetteer) FindGuarded(words []string) []Mention {
	var out []Mention
	for _, s := range g.guarded.find(words) {
		out = append(out, Mention{Place: g.places[s.idx], Start: s.start, End: s.end})
	}
	return out
}

// Region returns the place that stands for a region (its capital).
func (g *Gazetteer) Region(id string) (Place, bool) {
	for _, p := range g.places {
		if p.ID == id && p.Region == id {
			return p, true
		}
	}
	return Place{}, false
}

// DistanceToNearest is the distance in km from (lat, lon) to the nearest
// of the towns named (by any spelling) that the gazetteer knows; +Inf
// when it knows none of them.
func (g *Gazetteer) DistanceToNearest(towns []string, lat, lon float64) float64 {
	d := math.Inf(1)
	for _, town := range towns {
		if at, ok := g.Lookup(town); ok {
			d = min(d, Distance(lat, lon, at.Lat, at.Lon))
		}
	}
	return d
}

// InRegion reports whether one of the towns named (by any spelling) that
// the gazetteer knows lies in the region.
func (g *Gazetteer) InRegion(towns []string, region string) bool {
	return slices.ContainsFunc(towns, func(town string) bool {
		at, ok := g.Lookup(town)
		return ok && at.Region == region
	})
}

// Nearest returns the places sorted by distance from (lat, lon).
func (g *Gazetteer) Nearest(lat, lon float64) []Place {
	out := append([]Place(nil), g.places...)
	sort.SliceStable(out, func(i, j int) bool {
		return Distance(lat, lon, out[i].Lat, out[i].Lon) < Distance(lat, lon, out[j].Lat, out[j].Lon)
	})
	return out
}

// Distance is the great-circle distance in kilometres.
func Distance(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dlat, dlon := (lat2-lat1)*rad, (lon2-lon1)*rad
	a := math.Sin(dlat/2)*math.Sin(dlat/2) +
		math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * r * math.Asin(math.Sqrt(a))
}
