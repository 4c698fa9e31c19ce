package search

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/mapping"
	indexapi "github.com/blevesearch/bleve_index_api"

	"sira/index/analysis"
	"sira/index/fold"
	"sira/index/lang"
	"sira/seeds"
)

// Field names in the index.
const (
	fHead     = "head"   // name, trades and summary: what the fiche is
	fText     = "text"   // the fiche's full text, with its offer and conditions
	fSound    = "sound"  // name, trades, summary and offer as sound keys, for misspelt words
	fServes   = "serves" // the regions a fiche works in: its own, or all for a national one
	fNeeds    = "needs"
	fFocus    = "focus" // the need the fiche's kind serves first
	fKind     = "kind"
	fAudience = "audience" // who can reach the fiche: the public, or partners (a programme)
	fPhrases  = "phrases"  // the compound nouns of phrases a fiche offers: in its name, trades, summary or offer
)

// scoringModel is how bleve scores a term: BM25 saturates a word repeated
// in a long fiche's text, where tf-idf lets it outweigh the name.
const scoringModel = indexapi.BM25Scoring

// contentFields are searched with the question's words, with their weight:
// a word in the name or the trades says more than one deep in the text.
var contentFields = []struct {
	name  string
	boost float64
}{
	{fHead, boostHead}, {fText, boostText},
}

func newMapping(r analysis.Resources) (*mapping.IndexMappingImpl, error) {
	// Nothing is stored, sorted on or located (the fiches are in memory,
	// and heldTerms says which words a fiche matched).
	text := func(analyzer string) *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = analyzer
		f.Store, f.DocValues, f.IncludeInAll, f.IncludeTermVectors = false, false, false, false
		return f
	}
	doc := bleve.NewDocumentStaticMapping()
	for _, f := range []string{fHead, fText} {
		doc.AddFieldMappingsAt(f, text(analysis.FrenchAnalyzer))
	}
	doc.AddFieldMappingsAt(fSound, text(analysis.PhoneticAnalyzer))
	for _, f := range []string{fServes, fNeeds, fFocus} {
		doc.AddFieldMappingsAt(f, text(analysis.KeyAnalyzer))
	}
	for _, f := range []string{fKind, fPhrases, fAudience} { // kept whole: "centre de formation", "auto ecole"
		doc.AddFieldMappingsAt(f, text(keyword.Name))
	}
	m := bleve.NewIndexMapping()
	if err := analysis.Define(m, r); err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	m.DefaultMapping = doc
	m.DefaultAnalyzer = analysis.FrenchAnalyzer
	m.ScoringModel = scoringModel
	return m, nil
}

// fields are what bleve indexes for one fiche.
func fields(f *seeds.Fiche, d *lang.Data) map[string]any {
	phrases, head := d.Phrases.In(join(f.Name, tradeText(f), f.Summary))
	offered, _ := d.Phrases.In(f.Offer)
	return map[string]any{
		fHead:     head,
		fText:     fullText(f),
		fPhrases:  append(append(phrases, offered...), offeredGoods(f, d.Goods)...),
		fSound:    offerText(f),
		fServes:   served(f),
		fNeeds:    f.Needs,
		fFocus:    f.Focus(),
		fKind:     f.Kind,
		fAudience: f.Audience,
	}
}

// offeredGoods are the goods (goods.tsv) a fiche says it gives, folded, in
// its name, trades, summary or offer, once each: a goods asked finds the
// fiche that gives them among the few that say so, whatever the length of
// its text (the APEJ's "matériel et équipements", deep in a long fiche).
func offeredGoods(f *seeds.Fiche, goods lang.Words) []string {
	var out []string
	for w := range lang.LetterWordsSeq(fold.String(offerText(f))) {
		if goods[w] && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// tradeText is a fiche's trades, as one text.
func tradeText(f *seeds.Fiche) string {
	trades := make([]string, len(f.Trades))
	for i, t := range f.Trades {
		trades[i] = t.Name
	}
	return join(trades...)
}

// offerText is what a fiche is and offers: its name, trades, summary and
// offer (the words a misspelt topic is looked for among).
func offerText(f *seeds.Fiche) string {
	return join(f.Name, tradeText(f), f.Summary, f.Offer)
}

// served lists the regions a fiche works in, so that one term, not a
// disjunction with "national" (which half the fiches match), filters a
// question by place.
func served(f *seeds.Fiche) []string {
	if !slices.Contains(f.Regions, seeds.National) {
		return f.Regions
	}
	var all []string
	for r := range seeds.Regions {
		if r != seeds.National {
			all = append(all, r)
		}
	}
	return all
}

// fullText is the fiche's source text with the fields written apart from it
// (hand-written fiches, edits): the imported fields are already inside the
// text, and analyzing them twice would only slow start-up.
func fullText(f *seeds.Fiche) string {
	parts := []string{f.Text}
	text := "" // f.Text on one line, made for the first field not written as it is in f.Text
	fields := append([]string{f.Offer, f.Public, f.Returnees, f.Costs.Text}, f.Conditions...)
	for _, field := range append(fields, f.Documents...) {
		if strings.Contains(f.Text, field) {
			continue // then on one line too (TestFullTextAsOneLine)
		}
		if text == "" {
			text = oneLine(f.Text) // fields and text break their lines differently
		}
		if !strings.Contains(text, oneLine(field)) {
			parts = append(parts, field)
		}
	}
	if len(parts) == 1 {
		return f.Text
	}
	return join(parts...)
}

// oneLine is s with its spaces and line breaks as single spaces, as
// strings.Join(strings.Fields(s), " ") writes it without a slice of every
// word (a fiche's text is thousands of them, read at every start-up): the
// runs between spaces are copied whole, ASCII read byte by byte.
func oneLine(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	start := -1 // where the run of non-space characters being read began
	for i := 0; i <= len(s); {
		c, size := ' ', 1 // the end of s ends the last run
		if i < len(s) {
			if c = rune(s[i]); c >= utf8.RuneSelf {
				c, size = utf8.DecodeRuneInString(s[i:])
			}
		}
		switch space := unicode.IsSpace(c); {
		case space && start >= 0:
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(s[start:i])
			start = -1
		case !space && start < 0:
			start = i
		}
		i += size
	}
	return b.String()
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
