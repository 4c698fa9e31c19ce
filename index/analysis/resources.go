package analysis

import (
	"sort"

	"sira/index/lang"
	"sira/index/lexicon"
)

// ResourcesOf gathers the components' resources from the language data
// and the lexicon.
func ResourcesOf(d *lang.Data, lex *lexicon.Lexicon) Resources {
	r := Resources{Suffixes: d.Suffixes, Contractions: d.Contractions, Sounds: d.Sounds}
	for w := range lex.Words() {
		r.Words = append(r.Words, w)
		for _, e := range lex.Lookup(w) {
			if !d.NoHead[e.Concept] {
				r.Heads = append(r.Heads, w)
				break
			}
		}
	}
	sort.Strings(r.Words) // the mapping is the same from run to run
	sort.Strings(r.Heads)
	return r
}
