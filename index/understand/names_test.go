package understand

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"sira/seeds"
)

// TestAcronymsDefined checks the walk back from each acronym against the one
// pattern it replaces, over every fiche's text and the edges of a line.
func TestAcronymsDefined(t *testing.T) {
	pattern := regexp.MustCompile(`([^()\n]{1,200})\(([A-Z][A-Za-z-]{1,11})\)`)
	fiches, err := seeds.Load(seeds.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"le fonds National pour l’Emploi des Jeunes (FNEJ) finance",
		"(ANPE) au début, puis (APEJ)(FNEJ) collés",
		"ligne un\nConseil Régional de Kayes (CRK) et (x) (Ab)",
		strings.Repeat("é", maxNameBefore+10) + " (LONG)", // a name longer than the walk back
	}
	for _, f := range fiches {
		texts = append(texts, f.Text)
	}
	found := 0
	for _, text := range texts {
		var want [][2]string
		for _, m := range pattern.FindAllStringSubmatch(text, -1) {
			want = append(want, [2]string{m[1], m[2]})
		}
		got := acronymsDefined(text)
		if !slices.Equal(got, want) {
			t.Errorf("acronymsDefined(%.60q…) = %q, the pattern finds %q", text, got, want)
		}
		found += len(got)
	}
	if found < 20 {
		t.Errorf("only %d acronyms defined in the texts: the test reads too little", found)
	}
}
