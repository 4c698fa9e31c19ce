package seeds

import (
	"strings"
	"testing"
	"testing/fstest"
)

const goodTrades = "# comment\nfr\tbm\tsource\nMécanique auto\tmobili dilan\tlexicon/sira.tsv:10 mobili dilan\n"

func TestTradesNamed(t *testing.T) {
	fiches, err := Load(fstest.MapFS{
		"p01.toml":   {Data: []byte(goodFiche)},
		"trades.tsv": {Data: []byte(goodTrades)},
	})
	if err != nil {
		t.Fatal(err)
	}
	tr := fiches[0].Trades
	if tr[0].Bambara != "mobili dilan" || tr[1].Bambara != "" {
		t.Errorf("trades = %+v, want mobili dilan for the first, no name for the second", tr)
	}
}

// Without the file, trades have no Bambara name and the fiches load.
func TestTradesFileOptional(t *testing.T) {
	fiches, err := Load(fstest.MapFS{"p01.toml": {Data: []byte(goodFiche)}})
	if err != nil {
		t.Fatal(err)
	}
	if b := fiches[0].Trades[0].Bambara; b != "" {
		t.Errorf("Bambara name %q without a trades file", b)
	}
}

func TestTradesErrors(t *testing.T) {
	row := func(cols ...string) string { return strings.Join(cols, "\t") + "\n" }
	const header = "fr\tbm\tsource\n"
	src := "index/lexicon/sira.tsv:10 mobili dilan"
	tests := []struct {
		name, file string
		want       []string
	}{
		{"no header", row("Mécanique auto", "mobili dilan", src), []string{"trades.tsv:1", "header"}},
		{"empty file", "# only a comment\n", []string{"trades.tsv", "no header"}},
		{"two columns", header + row("Mécanique auto", "mobili dilan"), []string{"trades.tsv:2", "3 columns"}},
		{"empty source", header + row("Mécanique auto", "mobili dilan", ""), []string{"trades.tsv:2", "column 3"}},
		{"spaces around", header + row("Mécanique auto ", "mobili dilan", src), []string{"trades.tsv:2", "column 1"}},
		{"duplicate", header + row("Mécanique auto", "mobili dilan", src) + row("Mécanique auto", "mobili", src),
			[]string{"trades.tsv:3", "duplicate", "line 2"}},
		{"unknown trade", header + row("Mécanique auto", "mobili dilan", src) + row("Mecanique auto", "mobili dilan", src),
			[]string{"trades.tsv:3", `no fiche has the trade "Mecanique auto"`}},
		{"tone marks", header + row("Mécanique auto", "móbili dílan", src), []string{"trades.tsv:2", "tone"}},
		{"capital", header + row("Mécanique auto", "Mobili dilan", src), []string{"trades.tsv:2", "lower-case"}},
		{"double space", header + row("Mécanique auto", "mobili  dilan", src), []string{"trades.tsv:2", "single spaces"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(fstest.MapFS{
				"p01.toml":   {Data: []byte(goodFiche)},
				"trades.tsv": {Data: []byte(tt.file)},
			})
			if err == nil {
				t.Fatal("Load succeeded, want an error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
		})
	}
}

// The shipped file names the trades of the example, and every row
// is used (Load refuses a row no fiche has).
func TestEmbeddedTrades(t *testing.T) {
	fiches, err := Load(Embedded())
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"Mécanique auto": "mobili dilan", "Coupe – couture": "kalali", "Électronique": ""}
	for _, tr := range fiches[0].Trades { // P01, CFP Missabougou
		if bm, ok := want[tr.Name]; ok {
			if tr.Bambara != bm {
				t.Errorf("P01 %s: Bambara %q, want %q", tr.Name, tr.Bambara, bm)
			}
			delete(want, tr.Name)
		}
	}
	if len(want) > 0 {
		t.Errorf("P01 lacks the trades %v", want)
	}
}
