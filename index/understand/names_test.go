package understand

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"sira/index/fold"
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

func TestProgrammesNoted(t *testing.T) {
	for _, tt := range []struct {
		note string
		want []string
	}{
		{"PAFEEM court jusqu'en 2026 ; EPEC (2020-2024) est terminé.", []string{"PAFEEM", "EPEC"}},
		{"Terminés : FIER (2013-2022), MERIT (fin 2024).", []string{"FIER", "MERIT"}},
		{"avec l'ONG Jovenes y Desarollo, dont le Centre Père Michel, avec un volet migrants", nil},
		{"Le rapport (2022-12) dit que le CFP de Markala « sera ouvert dans quelques mois »", nil},
	} {
		if got := programmesNoted(tt.note); !slices.Equal(got, tt.want) {
			t.Errorf("programmesNoted(%q) = %q, want %q", tt.note, got, tt.want)
		}
	}
}

// TestQuotedProgrammes checks the walk from each « against the one pattern
// it replaces, over every fiche's text and edge cases.
func TestQuotedProgrammes(t *testing.T) {
	pattern := regexp.MustCompile(`(\p{L}+)[\s\x{A0}\x{202F}]*«[\s\x{A0}\x{202F}]*([^»,\n]{3,60}?)[\s\x{A0}\x{202F}]*[»,]`)
	fiches, err := seeds.Load(seeds.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	rd := testReader(t, nil)
	texts := []string{
		"le Projet « Yirimali, la tontine » et le programme «emploi vert»",
		"Projet : « Sans mot » ; projet « abc » ; projet « coupé\npar une ligne »",
		"projet «" + strings.Repeat("a", 61) + "» puis projet « Dernier »",
		"« sans mot avant » programme",
	}
	for _, f := range fiches {
		texts = append(texts, f.Text)
	}
	found := 0
	for _, text := range texts {
		var want []string
		for _, m := range pattern.FindAllStringSubmatch(text, -1) {
			if !rd.v.ProgrammeName[fold.String(m[1])] {
				continue
			}
			if ws := rd.v.nameWords(m[2]); len(ws) == 1 {
				want = append(want, ws[0])
			} else {
				want = append(want, rd.nameForms(m[2])...)
			}
		}
		got := rd.quotedProgrammes(text)
		found += len(got)
		if !slices.Equal(got, want) {
			t.Errorf("quotedProgrammes(%.60q) = %q; want %q", text, got, want)
		}
	}
	if found == 0 {
		t.Fatal("no programme found in quotes: the check checks nothing")
	}
}
