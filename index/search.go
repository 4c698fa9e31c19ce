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
}

// maxTerms bounds bleve's term searchers for one question: fuzzy matching on
// a long message must not expand into thousands of terms.
const maxTerms = 1000

// Ask understands a question and ranks the fiches; size is how many results
// to return (the bot shows three at a time).
func (ix *Index) Ask(ctx context.Context, question string, size int) (Answer, error) {
	q := ix.Understand(question)
	a := Answer{Query: q}
	content := ix.contentQuery(q)
	if content == nil && q.Need == "" && q.Place == nil {
		a.NoMatch = true
		return a, nil
	}
	var must []query.Query
	if content != nil {
		must = append(must, content)
	}
	var should []query.Query
	if q.Need != "" {
		should = append(should, termQuery(fNeeds, q.Need, 1.5))
	}
	if q.Place != nil {
		should = append(should, termQuery(fRegions, q.Place.Region, 2), termQuery(fRegions, seeds.National, 0.8))
		cq := bleve.NewMatchQuery(q.Place.Name)
		cq.SetField(fCities)
		cq.SetBoost(1.5)
		should = append(should, cq)
	}
	var top query.Query
	if len(must) == 0 {
		top = bleve.NewDisjunctionQuery(should...)
	} else {
		bq := bleve.NewBooleanQuery()
		bq.AddMust(must...)
		bq.AddShould(should...)
		top = bq
	}
	req := bleve.NewSearchRequestOptions(top, max(size, 3), 0, false)
	req.IncludeLocations = true
	ctx = context.WithValue(ctx, search.MaxTermSearchersKey, maxTerms)
	res, err := ix.bleve.SearchInContext(ctx, req)
	if err != nil {
		return a, fmt.Errorf("index: search: %w", err)
	}
	for _, h := range res.Hits {
		f := ix.fiches[h.ID]
		a.Results = append(a.Results, Result{Fiche: f, Score: h.Score, Why: ix.why(q, f, h)})
	}
	a.NoMatch = len(a.Results) == 0 || ix.offTopic(q)
	if !a.NoMatch && q.Place != nil && !ix.servesAny(a.Results, q.Place) {
		a.NoMatch, a.Elsewhere = true, true
		a.Results = ix.nearest(a.Results, q.Place)
	}
	if len(a.Results) > size {
		a.Results = a.Results[:size]
	}
	return a, nil
}

func termQuery(field, term string, boost float64) query.Query {
	t := bleve.NewTermQuery(term)
	t.SetField(field)
	t.SetBoost(boost)
	return t
}

// contentQuery searches the question's words and the French glosses of its
// Bambara words over the content fields, each with its weight, plus the
// sound-key field (misspellings), fuzzily for long words.
func (ix *Index) contentQuery(q Query) query.Query {
	var clauses []query.Query
	add := func(text string, boost float64) {
		if strings.TrimSpace(text) == "" {
			return
		}
		for _, f := range contentFields {
			m := bleve.NewMatchQuery(text)
			m.SetField(f.name)
			m.SetBoost(f.boost * boost)
			clauses = append(clauses, m)
		}
		s := bleve.NewMatchQuery(text)
		s.SetField(fSound)
		s.SetBoost(0.6 * boost)
		clauses = append(clauses, s)
	}
	add(strings.Join(q.words, " "), 1)
	add(strings.Join(q.glosses, " "), 0.8)
	if len(clauses) == 0 {
		return nil
	}
	return bleve.NewDisjunctionQuery(clauses...)
}

// offTopic reports whether the question is about something no fiche
// mentions: more of its topics are missing from every fiche than present
// ("horlogerie, réparation de montres"; "n b'a fɛ ka gitari fɔ dege").
func (ix *Index) offTopic(q Query) bool {
	var missing, present int
	for _, t := range q.topics {
		found := false
		for _, v := range t.variants {
			if ix.inCorpus(v) {
				found = true
				break
			}
		}
		if found {
			present++
		} else {
			missing++
		}
	}
	return missing > present
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

func (ix *Index) servesAny(rs []Result, p *places.Place) bool {
	for _, r := range rs[:min(3, len(rs))] {
		if serves(r.Fiche, p) {
			return true
		}
	}
	return false
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
