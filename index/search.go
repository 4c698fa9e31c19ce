package index

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"sira/index/analysis"
	"sira/places"
	"sira/seeds"
)

// An Answer is the ranked fiches for a question.
type Answer struct {
	Query
	// NoMatch says that no fiche truly fits: Results are then the closest
	// fiches, to show as alternatives, not as answers.
	NoMatch bool
	// Elsewhere says that fiches fit the topic but none serves the place asked.
	Elsewhere bool
	Results   []Result
}

// A Result is one fiche in an answer.
type Result struct {
	Fiche *seeds.Fiche
	Score float64
	Why   []string // what matched: "métier : soudure", "lieu : Kayes"

	coverage float64 // share of the question's topics the fiche matched
}

// maxTerms bounds bleve's term searchers for one question: fuzzy matching on
// a long message must not expand into thousands of terms.
const maxTerms = 1000

// Sound keys shorter than minSoundKey are not searched (too many words
// share them); keys of minFuzzyKey or more are also searched within one
// edit ("chodronerie"), shorter ones at one edit match unrelated words
// ("montr" ≈ "kontr").
const (
	minSoundKey = 4
	minFuzzyKey = 6
)

// rerankDepth is how many hits are ranked again by topic coverage.
const rerankDepth = 10

// Ask understands a question and ranks the fiches; size is how many results
// to return (the bot shows three at a time, and pages through the rest).
func (ix *Index) Ask(ctx context.Context, question string, size int) (Answer, error) {
	q := ix.Understand(question)
	a := Answer{Query: q}
	content, topics := ix.contentQuery(q)
	if content == nil && q.Need == "" && q.Place == nil && q.Kind == "" {
		a.NoMatch = true
		return a, nil
	}
	var should []query.Query
	if q.Need != "" {
		should = append(should, termQuery(fNeeds, q.Need, 2.5), termQuery(fFocus, q.Need, 2.5))
	}
	if q.Kind != "" {
		should = append(should, termQuery(fKind, q.Kind, 1))
	}
	ctx = context.WithValue(ctx, search.MaxTermSearchersKey, maxTerms)
	size = max(size, 3)
	if q.Place != nil {
		// First the fiches that serve the place (of the kind asked, if
		// any); only when none fits, the others, as alternatives.
		named := bleve.NewMatchQuery(q.Place.Name) // the town named in the fiche's text
		named.SetField(fText)
		here := append(should[:len(should):len(should)], termQuery(fRegions, q.Place.Region, 2), termQuery(fCities, q.Place.ID, 1.5), named)
		filter := []query.Query{bleve.NewDisjunctionQuery(termQuery(fRegions, q.Place.Region, 1), termQuery(fRegions, seeds.National, 1))}
		if q.Kind != "" {
			filter = append(filter, termQuery(fKind, q.Kind, 1))
		}
		rs, err := ix.run(ctx, q, combine(content, here, filter), size, topics)
		if err != nil {
			return a, err
		}
		if fits(rs) {
			a.Results = rs
			return a, nil
		}
	}
	rs, err := ix.run(ctx, q, combine(content, should, nil), size, topics)
	if err != nil {
		return a, err
	}
	a.Results = rs
	a.NoMatch = !fits(rs)
	if q.Place != nil && len(rs) > 0 {
		a.NoMatch, a.Elsewhere = true, fits(rs)
		a.Results = ix.nearest(rs, q.Place)
	}
	return a, nil
}

// fits reports whether one of the first results covers at least half of
// the question's topics: a fiche about "bourse" does not answer "bourse
// pour un master en Allemagne", and no fiche answers "horlogerie,
// réparation de montres".
func fits(rs []Result) bool {
	for _, r := range rs[:min(3, len(rs))] {
		if r.coverage >= 0.5 {
			return true
		}
	}
	return false
}

// combine builds the query: the content must match (when there is any),
// the boosts should, and the filters must hold.
func combine(content query.Query, should []query.Query, filters []query.Query) query.Query {
	bq := bleve.NewBooleanQuery()
	if content != nil {
		bq.AddMust(content)
	} else if len(should) > 0 {
		bq.AddMust(bleve.NewDisjunctionQuery(should...))
	}
	bq.AddMust(filters...)
	bq.AddShould(should...)
	return bq
}

func (ix *Index) run(ctx context.Context, q Query, qq query.Query, size int, topics []termSet) ([]Result, error) {
	// Fetch more than asked: the fiche that covers the most of the question
	// may rank low on score alone when its text is long.
	req := bleve.NewSearchRequestOptions(qq, max(size, rerankDepth), 0, false)
	req.IncludeLocations = true
	res, err := ix.bleve.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("index: search: %w", err)
	}
	out := make([]Result, 0, len(res.Hits))
	for _, h := range res.Hits {
		f := ix.fiches[h.ID]
		out = append(out, Result{Fiche: f, Score: h.Score, Why: ix.why(q, f, h), coverage: coverage(h, topics)})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].coverage > out[j].coverage })
	return out[:min(size, len(out))], nil
}

func termQuery(field, term string, boost float64) query.Query {
	t := bleve.NewTermQuery(term)
	t.SetField(field)
	t.SetBoost(boost)
	return t
}

// A termSet is the analyzed terms of one topic unit: its French terms and
// its sound keys, to find in a hit's term locations.
type termSet struct {
	french, sound map[string]bool
}

// contentQuery searches each unit of the question across the content
// fields; units are joined so that a fiche matching more of them ranks
// higher (bleve's disjunction scales by the share of clauses matched).
// Long words are also searched by sound, within one edit, for misspellings.
// It returns the term sets of the topic units, to measure coverage.
func (ix *Index) contentQuery(q Query) (query.Query, []termSet) {
	var units []query.Query
	var topics []termSet
	for _, u := range q.units {
		var clauses []query.Query
		ts := termSet{french: map[string]bool{}, sound: map[string]bool{}}
		for _, v := range u.variants {
			for _, f := range contentFields {
				m := bleve.NewMatchQuery(v)
				m.SetField(f.name)
				m.SetBoost(f.boost * u.boost)
				clauses = append(clauses, m)
			}
			for _, t := range ix.french.Analyze([]byte(v)) {
				ts.french[string(t.Term)] = true
			}
			for _, t := range ix.sound.Analyze([]byte(v)) {
				key := string(t.Term)
				if len(key) < minSoundKey {
					continue
				}
				ts.sound[key] = true
				s := bleve.NewMatchQuery(key)
				s.SetField(fSound)
				s.Analyzer = analysis.KeyAnalyzer // already a key
				if len(key) >= minFuzzyKey {
					s.SetFuzziness(1)
				}
				s.SetBoost(0.6 * u.boost)
				clauses = append(clauses, s)
			}
		}
		units = append(units, bleve.NewDisjunctionQuery(clauses...))
		if u.topic {
			topics = append(topics, ts)
		}
	}
	if len(units) == 0 {
		return nil, nil
	}
	return bleve.NewDisjunctionQuery(units...), topics
}

// coverage is the share of topics a hit matched, by its term locations.
func coverage(h *search.DocumentMatch, topics []termSet) float64 {
	if len(topics) == 0 {
		return 1
	}
	matched := 0
	for _, ts := range topics {
		if hasAny(h.Locations, ts) {
			matched++
		}
	}
	return float64(matched) / float64(len(topics))
}

func hasAny(locs search.FieldTermLocationMap, ts termSet) bool {
	for field, terms := range locs {
		for t := range terms {
			if field == fSound && (ts.sound[t] || fuzzyHas(ts.sound, t)) || field != fSound && ts.french[t] {
				return true
			}
		}
	}
	return false
}

// fuzzyHas reports whether a sound key found by fuzzy matching is within
// one edit of one of the long keys searched.
func fuzzyHas(keys map[string]bool, t string) bool {
	for k := range keys {
		if len(k) >= minFuzzyKey && oneEdit(k, t) {
			return true
		}
	}
	return false
}

// oneEdit reports whether a and b differ by at most one insertion,
// deletion or substitution.
func oneEdit(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if i == len(a) {
		return true
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i:] == b[i+1:]
}

// serves reports whether a fiche works where a place is: its region, all of
// Mali, or a mention of the town in its cities or zones.
func serves(f *seeds.Fiche, p *places.Place) bool {
	if f.Serves(p.Region) {
		return true
	}
	for _, c := range f.Cities {
		if strings.EqualFold(c, p.Name) {
			return true
		}
	}
	return strings.Contains(f.Zones, p.Name)
}

// nearest orders the results that fit the topic by how far their closest
// town is from the place asked, so that alternatives start with what is
// nearest.
func (ix *Index) nearest(rs []Result, p *places.Place) []Result {
	dist := func(f *seeds.Fiche) float64 {
		best := math.Inf(1)
		for _, r := range f.Regions {
			if c, ok := ix.gaz.Region(r); ok {
				best = math.Min(best, places.Distance(p.Lat, p.Lon, c.Lat, c.Lon))
			}
		}
		for _, name := range f.Cities {
			if c, ok := ix.gaz.Lookup(name); ok {
				best = math.Min(best, places.Distance(p.Lat, p.Lon, c.Lat, c.Lon))
			}
		}
		return best
	}
	out := append([]Result(nil), rs...)
	sort.SliceStable(out, func(i, j int) bool { return dist(out[i].Fiche) < dist(out[j].Fiche) })
	return out
}

// fieldLabels name the fields in the why of a result.
var fieldLabels = map[string]string{
	fName: "nom", fAcronyms: "sigle", fTrades: "métier", fSummary: "résumé", fOffer: "offre",
	fDetails: "conditions", fText: "fiche", fSound: "orthographe proche", fCities: "ville",
}

// why says what made a fiche match: the need, the place, and the words
// found, by field, best field first.
func (ix *Index) why(q Query, f *seeds.Fiche, h *search.DocumentMatch) []string {
	var out []string
	if q.Need != "" && f.HasNeed(q.Need) {
		out = append(out, "besoin : "+q.Need)
	}
	if q.Place != nil && serves(f, q.Place) {
		out = append(out, "lieu : "+q.Place.Name)
	}
	seen := map[string]bool{}
	for _, fld := range []string{fName, fAcronyms, fTrades, fSummary, fOffer, fDetails, fText, fSound} {
		var terms []string
		for t := range h.Locations[fld] {
			if !seen[t] {
				seen[t] = true
				terms = append(terms, t)
			}
		}
		sort.Strings(terms)
		if len(terms) > 0 {
			out = append(out, fieldLabels[fld]+" : "+strings.Join(terms, ", "))
		}
	}
	return out
}
