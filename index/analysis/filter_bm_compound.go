package analysis

import (
	"fmt"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
)

// CompoundName is the name of the Bambara compound filter type. Its config
// names two token maps: "words", the known words, and "heads", those that
// may head a compound (things: not places, verbs or question words).
const CompoundName = "sira_bm_compound"

// minPart is the shortest part a compound is split into: shorter parts are
// mostly homographs and suffixes.
const minPart = 4

// CompoundFilter splits an unknown word written as one (baarakalan,
// jɛgɛmara) into two known words, keeping the whole word too: Bambara
// writes many compounds solid, and the lexicon cannot list them all.
type CompoundFilter struct {
	words, heads analysis.TokenMap
}

func (f CompoundFilter) known(w string) bool { _, ok := f.words[w]; return ok }

// Filter implements analysis.TokenFilter. It expects folded tokens.
func (f CompoundFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	out := make(analysis.TokenStream, 0, len(input))
	for _, t := range input {
		out = append(out, t)
		if _, ok := f.words[string(t.Term)]; ok {
			continue // looked up without a copy of the term
		}
		term := string(t.Term)
		for _, part := range f.parts(term) {
			out = append(out, &analysis.Token{
				Term: []byte(part), Start: t.Start, End: t.End,
				Position: t.Position, Type: t.Type,
			})
		}
	}
	return out
}

// parts returns the two known words an unknown one joins, or else its
// longest ending of minHead letters or more that names a thing: Bambara
// puts the head of a compound last (finikalali, "cloth sewing", is a kind
// of kalali), so a modifier the lexicon lacks still leaves the thing
// named.
func (f CompoundFilter) parts(term string) []string {
	var head string
	for i := len(term) - minPart; i >= minPart; i-- {
		if !f.known(term[i:]) {
			continue
		}
		if f.known(term[:i]) {
			return []string{term[:i], term[i:]}
		}
		if _, ok := f.heads[term[i:]]; ok && len(term)-i >= minHead {
			head = term[i:]
		}
	}
	if head != "" {
		return []string{head}
	}
	return nil
}

// minHead is the shortest known ending taken for a compound's head alone.
const minHead = 5

func init() {
	err := registry.RegisterTokenFilter(CompoundName, func(config map[string]interface{}, cache *registry.Cache) (analysis.TokenFilter, error) {
		words, err := tokenMap(config, "words", cache)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", CompoundName, err)
		}
		heads, err := tokenMap(config, "heads", cache)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", CompoundName, err)
		}
		return CompoundFilter{words: words, heads: heads}, nil
	})
	if err != nil {
		panic(err)
	}
}
