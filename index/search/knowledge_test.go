package search

import (
	"context"
	"testing"
)

// TestKnowledgeAsked: a question that asks for knowledge about a thing
// (understand: Query.Knowledge) finds nothing that fits, whatever trade,
// place or fiche's proper name its words match ("capitale" is Zira
// Capital's name); one that names fiches asks them, the words of asking no
// topic ("la différence entre l'APEJ et l'ANPE").
func TestKnowledgeAsked(t *testing.T) {
	ix := testIndex(t)
	tests := []struct {
		q     string
		fits  bool
		first string
	}{
		{"c koi la diferans entre la soudure TIG et la soudure MIG", false, ""},
		{"quelle est la capitale de la Mauritanie ?", false, ""},
		{"Sikasso compte combien d'habitants ?", false, ""},
		{"quelle est la différence entre l'APEJ et l'ANPE ?", true, "P14"},
		{"c koi la difference entre le CFP de Missabougou et l'ECICA", true, "P01"},
		{"où apprendre la soudure à l'arc à Bamako ?", true, ""},
	}
	for _, tt := range tests {
		a, err := ix.Ask(context.Background(), tt.q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if (a.Fit == Fits) != tt.fits || tt.first != "" && (len(a.Results) == 0 || a.Results[0].Fiche.Ref != tt.first) {
			t.Errorf("Ask(%q): %v %v, want fits %v, %s first", tt.q, a.Fit, refs(a), tt.fits, tt.first)
		}
	}
}
