package search

import (
	"context"
	"testing"

	"sira/seeds"
)

// TestHires: a job seeker applies to an agency, an NGO or a recruiter that
// runs, not to a donor, a school, a lender or an ended project.
func TestHires(t *testing.T) {
	tests := []struct {
		kind, status string
		want         bool
	}{
		{"agence publique", seeds.StatusActive, true},
		{"placement", seeds.StatusActive, true},
		{"ONG", seeds.StatusActive, true},
		{seeds.KindDonor, seeds.StatusActive, false},
		{"centre de formation", seeds.StatusActive, false},
		{"banque", seeds.StatusActive, false},
		{"incubateur", seeds.StatusActive, false},
		{"projet", seeds.StatusEnded, false},
	}
	for _, tt := range tests {
		if got := hires(&seeds.Fiche{Kind: tt.kind, Status: tt.status}); got != tt.want {
			t.Errorf("hires(%s, %s) = %v, want %v", tt.kind, tt.status, got, tt.want)
		}
	}
}

// TestJobAtAnAgency: a job asked where a school serves the place as well
// as the employment agencies gets an agency first.
func TestJobAtAnAgency(t *testing.T) {
	ix := testIndex(t)
	for _, q := range []string{
		"ne ye tunkaranke seginnen ye, baara nyini Segou",
		"n bɛ se ka baara sɔrɔ min Segu ? n ye kalanden kɔrɔ ye",
	} {
		a, err := ix.Ask(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Results) == 0 || !hires(a.Results[0].Fiche) {
			t.Errorf("Ask(%q) = %v, want an agency first", q, refs(a))
		}
	}
}
