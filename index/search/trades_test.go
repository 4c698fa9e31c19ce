package search

import (
	"testing"

	"sira/index/lang"
	"sira/index/tsv"
)

// TestTradesTaughtNowhere checks fr/trades.tsv against the fiches: a trade
// asked to learn that no fiche holds is refused, so a word some fiche
// holds anywhere in its text would make the list wrong the day the
// search looked beyond the name, trades and summary. Each word says where
// it comes from.
func TestTradesTaughtNowhere(t *testing.T) {
	ix := testIndex(t)
	b, err := lang.Files.ReadFile("fr/trades.tsv")
	if err != nil {
		t.Fatal(err)
	}
	rows, errs := tsv.Read(string(b), "word", "source")
	if len(errs) > 0 || len(rows) == 0 {
		t.Fatalf("fr/trades.tsv: %d rows, %v", len(rows), errs)
	}
	for _, r := range rows {
		if ix.Holds(r.Cols[0]) {
			t.Errorf("fr/trades.tsv:%d: a fiche holds %q (%s): some partner teaches or names it", r.Line, r.Cols[0], r.Cols[1])
		}
	}
}
