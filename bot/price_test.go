package bot

import (
	"testing"

	"sira/index/fold"
	"sira/index/lexicon/cite"
	"sira/index/tsv"
)

// TestPriceWordsCited: each word of price_bm.tsv cites the Bamadaba entry
// it is written from, whose headword folds to it; the line itself is read
// when $BAMADABA names a copy of bamadaba.txt.
func TestPriceWordsCited(t *testing.T) {
	files := cite.FromEnv("..")
	rows, errs := tsv.Read(priceBmTSV, "word", "source")
	if len(errs) > 0 || len(rows) == 0 {
		t.Fatalf("price_bm.tsv: %d rows, %v", len(rows), errs)
	}
	for _, r := range rows {
		cs, err := cite.Parse(r.Cols[1])
		if err != nil {
			t.Errorf("price_bm.tsv:%d: %v", r.Line, err)
			continue
		}
		for _, c := range cs {
			if err := files.Check(c); err != nil {
				t.Errorf("price_bm.tsv:%d: %v", r.Line, err)
			}
			if c.File == cite.Dictionary && fold.String(c.Form) != r.Cols[0] {
				t.Errorf("price_bm.tsv:%d: %q cites %q", r.Line, r.Cols[0], c.Form)
			}
		}
	}
}
