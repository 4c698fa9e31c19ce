package locales

import (
	_ "embed"
	"fmt"
	"strings"

	"sira/fold"
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

// readTerms reads a terms file: comment lines (#), a header "fr bm
// source", then one row each. A French term twice, a row with an empty
// column, or Bambara in the old spelling (è, ò, ñ) is an error naming the
// line.
func readTerms(data string) (map[string]string, error) {
	m := map[string]string{}
	header := false
	for n, line := range strings.Split(data, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !header {
			if line != "fr\tbm\tsource" {
				return nil, fmt.Errorf("line %d: header %q, want \"fr\\tbm\\tsource\"", n+1, line)
			}
			header = true
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 || strings.TrimSpace(cols[0]) == "" || strings.TrimSpace(cols[1]) == "" || strings.TrimSpace(cols[2]) == "" {
			return nil, fmt.Errorf("line %d: want three non-empty columns fr, bm, source", n+1)
		}
		if strings.ContainsAny(cols[1], "èòñÈÒÑ") {
			return nil, fmt.Errorf("line %d: %q: write ɛ, ɔ, ɲ", n+1, cols[1])
		}
		key := fold.String(cols[0])
		if _, dup := m[key]; dup {
			return nil, fmt.Errorf("line %d: %q twice", n+1, cols[0])
		}
		m[key] = cols[1]
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
