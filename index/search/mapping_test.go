package search

import (
	"strings"
	"testing"

	"sira/seeds"
)

// TestOneLineAsFields: oneLine writes a text as its fields joined by one
// space, for every field of the fiches and odd texts.
func TestOneLineAsFields(t *testing.T) {
	texts := []string{"", " ", "\n\n", "a", " a ", "a  b\tc\n", "\u00a0x\u2003y\u0085", "é\nè", "• un\n• deux ", "\xffa \xfe"}
	fiches, err := seeds.Load(seeds.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fiches {
		texts = append(texts, f.Text, f.Offer, f.Public, f.Returnees, f.Costs.Text)
		texts = append(append(texts, f.Conditions...), f.Documents...)
	}
	for _, s := range texts {
		if got, want := oneLine(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("oneLine(%.40q) = %.60q, want %.60q", s, got, want)
		}
	}
}
