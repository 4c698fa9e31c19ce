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

// TestFullTextAsOneLine: fullText, which compares a field on one line only
// when it is not written as it is in the text, gives the text of comparing
// every field on one line, for every fiche and fields written across lines,
// inside a word or only of spaces.
func TestFullTextAsOneLine(t *testing.T) {
	onEveryLine := func(f *seeds.Fiche) string {
		parts := []string{f.Text}
		text := oneLine(f.Text)
		fields := append([]string{f.Offer, f.Public, f.Returnees, f.Costs.Text}, f.Conditions...)
		for _, field := range append(fields, f.Documents...) {
			if !strings.Contains(text, oneLine(field)) {
				parts = append(parts, field)
			}
		}
		return join(parts...)
	}
	fiches, err := seeds.Load(seeds.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	fiches = append(fiches,
		seeds.Fiche{Text: "Formation en\n  soudure à Kayes.", Offer: "soudure à\nKayes", Public: "en soudure", Conditions: []string{"ormation en", "  ", "Bamako"}},
		seeds.Fiche{Text: " \n ", Offer: "a b", Documents: []string{"", " "}},
		seeds.Fiche{Offer: "seule l'offre"})
	for i := range fiches {
		if got, want := fullText(&fiches[i]), onEveryLine(&fiches[i]); got != want {
			t.Errorf("fullText(%s) = %.60q, want %.60q", fiches[i].Ref, got, want)
		}
	}
}
