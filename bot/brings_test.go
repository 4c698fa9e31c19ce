package bot

import (
	"testing"

	"sira/index"
)

// TestBrings: what a message brings of its own, read from its query, and
// the sets the conversation's rules test.
func TestBrings(t *testing.T) {
	tests := []struct {
		name     string
		q        index.Query
		want     brings
		subject  bool // a subject of its own: no question about the fiches shown
		namesAll bool // names fiches and brings nothing but a place and words
	}{
		{"nothing", index.Query{}, 0, false, false},
		{"a part asked, a need", index.Query{Asked: index.AskCost, Need: "formation"}, bringsAsked | bringsNeed, false, false},
		{"a fiche named", index.Query{Named: []string{"P01"}}, bringsNamed, true, true},
		{"a fiche named, a part asked", index.Query{Named: []string{"P01"}, Asked: index.AskCost}, bringsNamed | bringsAsked, true, false},
		{"danger told where it asks", index.Query{Distressed: true, Distress: []string{"sold"}}, bringsDanger | bringsDistress, true, false},
		{"programmes", index.Query{Programmes: true}, bringsProgrammes, true, false},
		{"something out of scope", index.Query{OutOfScope: []string{"visa"}}, bringsOutOfScope, true, false},
		{"a kind", index.Query{Kind: "banque"}, bringsKind, true, false},
	}
	for _, tt := range tests {
		b := broughtBy(tt.q)
		if b != tt.want || b.any(subject) != tt.subject || (b.any(bringsNamed) && b.only(bringsNamed|bringsPlace|bringsTopic)) != tt.namesAll {
			t.Errorf("%s: brings %b (subject %v), want %b (subject %v, names all %v)", tt.name, b, b.any(subject), tt.want, tt.subject, tt.namesAll)
		}
	}
}
