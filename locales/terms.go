package locales

import (
	_ "embed"
	"fmt"
	"strings"

	"sira/index/fold"
	"sira/index/tsv"
)

// terms.tsv names in Bambara the French words a fiche uses for what is paid
// for and the papers to bring, so a Bambara answer can list them.
//
//go:embed terms.tsv
var termsTSV string

// terms maps a folded French term to its Bambara.
var terms = func() map[string]string {
	m, err := readTerms(termsTSV)
	if err != nil {
		panic(fmt.Sprintf("locales: terms.tsv: %v", err)) // embedded, checked by tests
	}
	return m
}()

// readTerms reads a terms file (tsv, columns fr, bm, source). A French
// term twice, or Bambara in the old spelling (è, ò, ñ), is an error naming
// the line; so is the first problem of the file's form.
func readTerms(data string) (map[string]string, error) {
	rows, errs := tsv.Read(data, "fr", "bm", "source")
	if len(errs) > 0 {
		return nil, errs[0]
	}
	m, seen := map[string]string{}, tsv.Seen{}
	for _, r := range rows {
		fr, bm := r.Cols[0], r.Cols[1]
		if strings.ContainsAny(bm, "èòñÈÒÑ") {
			return nil, fmt.Errorf("line %d: %q: write ɛ, ɔ, ɲ", r.Line, bm)
		}
		key := fold.String(fr)
		if err := seen.Twice(r, key, fr); err != nil {
			return nil, err
		}
		m[key] = bm
	}
	return m, nil
}

// Term returns a fiche's French term in the printer's language: itself in
// French; its Bambara from terms.tsv, and false when it has none.
func (p Printer) Term(fr string) (string, bool) {
	if p.Lang != Bambara {
		return fr, true
	}
	bm, ok := terms[fold.String(strings.TrimSpace(fr))]
	return bm, ok
}
