// Package index is Sira's search: it indexes the fiches with bleve, reads a
// question (French or Bambara, any spelling or script), and ranks the fiches
// that answer it — or says honestly that none does.
package index

import (
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
	indexapi "github.com/blevesearch/bleve_index_api"

	"sira/index/analysis"
	"sira/seeds"
)

// Field names in the index.
const (
	fName     = "name"
	fAcronyms = "acronyms"
	fTrades   = "trades"
	fSummary  = "summary"
	fOffer    = "offer"
	fDetails  = "details" // conditions, public, returnees, costs
	fText     = "text"
	fSound    = "sound" // name, trades and text as sound keys, for misspelt words
	fCities   = "cities"
	fRegions  = "regions"
	fNeeds    = "needs"
	fFocus    = "focus" // the need the fiche's kind serves first
	fKind     = "kind"
)

// contentFields are searched with the question's words, with their weight:
// a word in the name or the trades says more than one deep in the text.
var contentFields = []struct {
	name  string
	boost float64
}{
	{fName, 3}, {fAcronyms, 5}, {fTrades, 2.5}, {fSummary, 2}, {fOffer, 1.5}, {fDetails, 1}, {fText, 1},
}

func newMapping() *mapping.IndexMappingImpl {
	text := func(analyzer string) *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = analyzer
		f.Store = false
		f.IncludeTermVectors = true // term locations say why a fiche matched
		f.IncludeInAll = false
		return f
	}
	doc := bleve.NewDocumentStaticMapping()
	for _, f := range []string{fName, fTrades, fSummary, fOffer, fDetails, fText} {
		doc.AddFieldMappingsAt(f, text(analysis.FrenchAnalyzer))
	}
	doc.AddFieldMappingsAt(fSound, text(analysis.PhoneticAnalyzer))
	for _, f := range []string{fAcronyms, fCities, fRegions, fNeeds, fFocus} {
		doc.AddFieldMappingsAt(f, text(analysis.KeyAnalyzer))
	}
	kind := bleve.NewKeywordFieldMapping()
	kind.Store, kind.IncludeInAll = false, false
	doc.AddFieldMappingsAt(fKind, kind)
	m := bleve.NewIndexMapping()
	m.DefaultMapping = doc
	m.DefaultAnalyzer = analysis.FrenchAnalyzer
	m.ScoringModel = indexapi.BM25Scoring
	return m
}

// document is what bleve indexes for one fiche.
func document(f *seeds.Fiche) map[string]any {
	trades := make([]string, len(f.Trades))
	for i, t := range f.Trades {
		trades[i] = t.Name
	}
	tradeText := join(trades...)
	return map[string]any{
		fName:     f.Name,
		fAcronyms: f.Acronyms,
		fTrades:   tradeText,
		fSummary:  f.Summary,
		fOffer:    f.Offer,
		fDetails:  join(f.Conditions, f.Public, f.Returnees, f.Costs.Text),
		fText:     f.Text,
		fSound:    join(f.Name, tradeText, f.Summary, f.Text),
		fCities:   f.Cities,
		fRegions:  f.Regions,
		fNeeds:    f.Needs,
		fFocus:    f.Focus(),
		fKind:     f.Kind,
	}
}

func join(parts ...string) string {
	n := 0
	for _, p := range parts {
		n += len(p) + 1
	}
	b := make([]byte, 0, n)
	for _, p := range parts {
		if p == "" {
			continue
		}
		if len(b) > 0 {
			b = append(b, '\n')
		}
		b = append(b, p...)
	}
	return string(b)
}
