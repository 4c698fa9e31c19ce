package seeds

import (
	"strings"
	"testing"

	"sira/index/fold"
	"sira/index/lexicon/cite"
)

// citeFiles checks the citations of the trade names and the attested rows:
// Bamadaba's lines only when $BAMADABA names a copy of bamadaba.txt (it is
// not part of the repository).
var citeFiles = cite.FromEnv("..")

// TestTradeSources checks the trade names file's sources: each cites real
// rows, and each word of a Bambara name is in a form it cites. Run with
// BAMADABA=path/to/bamadaba.txt to check the Bamadaba lines too.
func TestTradeSources(t *testing.T) {
	rows, errs := readTrades(Embedded())
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	for _, r := range rows {
		cites, err := cite.Parse(r.source)
		if err != nil {
			t.Errorf("%s:%d: %v", tradesFile, r.line, err)
			continue
		}
		for _, c := range cites {
			if err := citeFiles.Check(c); err != nil {
				t.Errorf("%s:%d: %v", tradesFile, r.line, err)
			}
		}
	word:
		for _, w := range strings.Fields(r.bm) {
			for _, c := range cites {
				if strings.Contains(fold.String(c.Form), fold.String(w)) {
					continue word
				}
			}
			t.Errorf("%s:%d: no source cites %q", tradesFile, r.line, w)
		}
	}
}
