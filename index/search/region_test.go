package search

import (
	"context"
	"slices"
	"testing"
)

// TestWhoWorksThere: a question of who works at a town for a public ranks
// first those present there for what is asked: a training given elsewhere
// (ENDA teaches in Bamako) does not serve it at Gao; a door that receives
// people in a town of the region out of reach (GRDR at Kayes) comes after
// the national agencies for Nioro; with no danger told, the actor at the
// town before the region's child actors (Yanfolila); a donor at the town
// is not passed by one that is not (Kita).
func TestWhoWorksThere(t *testing.T) {
	ix := testIndex(t)
	tests := []struct {
		q          string
		first, not []string // the first result is one of first, none of not
	}{
		{"A Gao, qui s'occupe de la formation professionnelle des jeunes vulnérables ?", nil, []string{"P34"}},
		{"formation soudure a Gao pour les jeunes", nil, []string{"P34"}},
		{"je vis a Nioro du Sahel, qui peut m aider a trouver un emploi ?", []string{"P15", "P14"}, nil},
		{"Yanfolila, jon be denmisenw deme?", []string{"P33"}, nil},
		{"A Kita qui fait des champs-écoles ou de la formation agricole pour les jeunes ?", []string{"P33", "A10"}, nil},
	}
	for _, tt := range tests {
		a, err := ix.Ask(context.Background(), tt.q, 3)
		if err != nil {
			t.Fatal(err)
		}
		got := refs(a)
		if len(got) == 0 || tt.first != nil && !slices.Contains(tt.first, got[0]) || slices.Contains(tt.not, got[0]) {
			t.Errorf("Ask(%q) = %v, want first one of %v, none of %v", tt.q, got, tt.first, tt.not)
		}
	}
}
