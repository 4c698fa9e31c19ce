package understand

import (
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"

	"sira/index/analysis"
	"sira/index/lang"
	"sira/lexicon"
)

// TestPlacementNamed: a reader is made only when every country of
// placement.tsv is one places/abroad.tsv names, else it would never be read.
func TestPlacementNamed(t *testing.T) {
	d, err := ShippedLang()
	if err != nil {
		t.Fatal(err)
	}
	m := bleve.NewIndexMapping()
	if err := analysis.Define(m, analysis.ResourcesOf(d, lexicon.Default())); err != nil {
		t.Fatal(err)
	}
	a := Analyzers{Bambara: m.AnalyzerNamed(analysis.BambaraAnalyzer), French: m.AnalyzerNamed(analysis.QuestionFrenchAnalyzer)}
	for _, tt := range []struct {
		country string
		ok      bool
	}{
		{"espagne", true},
		{"emirats arabes unis", true},
		{"emirats", false}, // an alias, not the name
		{"oman", false},
	} {
		edited := *d
		edited.Placement = lang.Words{tt.country: true}
		_, err := New(NewLanguage(&edited, lexicon.Default()), a, words{}, nil)
		if (err == nil) != tt.ok || err != nil && !strings.Contains(err.Error(), tt.country) {
			t.Errorf("placement %q: err %v, want ok %v", tt.country, err, tt.ok)
		}
	}
}
