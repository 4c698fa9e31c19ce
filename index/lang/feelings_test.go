package lang

import (
	"strings"
	"testing"
	"unicode"

	"sira/index/fold"
	"sira/seeds"
)

// TestFeelingsNameNoFiche checks that no word of feelings.tsv is in a
// shipped fiche's head (name, summary, trades): a word a fiche is about
// names a thing asked, and must not be read as a frame.
func TestFeelingsNameNoFiche(t *testing.T) {
	rows, err := readFile(Files, "fr/feelings.tsv", []string{"word", "group"})
	if err != nil {
		t.Fatal(err)
	}
	fiches, err := seeds.Load(seeds.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	head := map[string]string{} // folded word → a fiche whose head holds it
	for _, f := range fiches {
		text := f.Name + " " + f.Summary
		for _, tr := range f.Trades {
			text += " " + tr.Name
		}
		for _, w := range strings.FieldsFunc(fold.String(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
			head[w] = f.Ref
		}
	}
	for _, r := range rows {
		if ref, ok := head[r.cols[0]]; ok {
			t.Errorf("%s: %q is in the head of fiche %s", r.where(), r.cols[0], ref)
		}
	}
}
