package locales

import (
	_ "embed"
	"fmt"

	"sira/index/tsv"
)

// scope_fr.tsv names, for a French reader, what the report does not cover
// of each thing out of scope (index/lang out_of_scope.tsv's concepts).
//
//go:embed scope_fr.tsv
var scopeTSV string

// scopeTopics maps a concept to its French topic.
var scopeTopics = func() map[string]string {
	m, err := readScope(scopeTSV)
	if err != nil {
		panic(fmt.Sprintf("locales: scope_fr.tsv: %v", err)) // embedded, checked by tests
	}
	return m
}()

// readScope reads a scope file (tsv, columns concept, topic); a concept
// twice is an error naming the line, and so is the first problem of the
// file's form.
func readScope(data string) (map[string]string, error) {
	rows, errs := tsv.Read(data, "concept", "topic")
	if len(errs) > 0 {
		return nil, errs[0]
	}
	m, seen := map[string]string{}, tsv.Seen{}
	for _, r := range rows {
		if err := seen.Twice(r, r.Cols[0], r.Cols[0]); err != nil {
			return nil, err
		}
		m[r.Cols[0]] = r.Cols[1]
	}
	return m, nil
}

// OutOfScope says, of a question that asks things no partner offers
// (concepts of out_of_scope.tsv), what the report does not cover — in
// French the first concept's topic — and what Sira tells instead; "" for
// none asked, or for a French concept with no topic.
func (p Printer) OutOfScope(concepts []string) string {
	if len(concepts) == 0 {
		return ""
	}
	topic, ok := scopeTopics[concepts[0]]
	if !ok && p.Lang != Bambara {
		return ""
	}
	return p.T("out_of_scope", map[string]any{"Topic": topic})
}
