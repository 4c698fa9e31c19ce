package locales

import (
	_ "embed"
	"fmt"

	"sira/index/tsv"
)

// scope_fr.tsv names, for a French reader, what the report does not cover
// of each thing out of scope (index/lang out_of_scope.tsv's concepts);
// scope_bm.tsv names it for a Bambara reader, for the concepts attested
// Bambara names, each word's lexicon row cited.
//
//go:embed scope_fr.tsv
var scopeTSV string

//go:embed scope_bm.tsv
var scopeBmTSV string

// scopeTopics maps a language to its topic of each concept.
var scopeTopics = map[string]map[string]string{
	French:  mustScope("scope_fr.tsv", scopeTSV),
	Bambara: mustScope("scope_bm.tsv", scopeBmTSV, "source"),
}

// mustScope reads an embedded scope file, checked by tests.
func mustScope(name, data string, more ...string) map[string]string {
	m, err := readScope(data, more...)
	if err != nil {
		panic(fmt.Sprintf("locales: %s: %v", name, err))
	}
	return m
}

// readScope reads a scope file (tsv, columns concept, topic, then the
// more columns named, a topic's sources); a concept twice is an error
// naming the line, and so is the first problem of the file's form.
func readScope(data string, more ...string) (map[string]string, error) {
	rows, errs := tsv.Read(data, append([]string{"concept", "topic"}, more...)...)
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
// (concepts of out_of_scope.tsv), what the report does not cover — the
// first concept's topic in the reader's language — and what Sira tells
// instead; "" for none asked, or for a French concept with no topic (a
// Bambara one with none says only what Sira tells).
func (p Printer) OutOfScope(concepts []string) string {
	if len(concepts) == 0 {
		return ""
	}
	topic, ok := scopeTopics[p.Lang][concepts[0]]
	if !ok && p.Lang != Bambara {
		return ""
	}
	return p.T("out_of_scope", map[string]any{"Topic": topic})
}
