package analysis

import (
	"bytes"
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

// Filter implements analysis.TokenFilter. It expects folded tokens. A
// stream with no compound split, as most are, is returned as it is.
func (f CompoundFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	var out analysis.TokenStream // made at the first compound split
	for i, t := range input {
		if out != nil {
			out = append(out, t)
		}
		if _, ok := f.words[string(t.Term)]; ok {
			continue // looked up without a copy of the term
		}
		first, second := f.parts(t.Term)
		if first == nil {
			continue
		}
		if out == nil {
			out = append(make(analysis.TokenStream, 0, len(input)+2), input[:i+1]...)
		}
		for _, part := range [2][]byte{first, second} {
			if part != nil {
				out = append(out, &analysis.Token{
					Term: bytes.Clone(part), Start: t.Start, End: t.End,
					Position: t.Position, Type: t.Type,
				})
			}
		}
	}
	if out == nil {
		return input
	}
	return out
}

// parts returns the two known words an unknown one joins, or else (first
// alone) its longest ending of minHead letters or more that names a thing:
// Bambara puts the head of a compound last (finikalali, "cloth sewing", is
// a kind of kalali), so a modifier the lexicon lacks still leaves the thing
// named. They are parts of term; both are nil when it joins none.
func (f CompoundFilter) parts(term []byte) (first, second []byte) {
	var head []byte
	for i := len(term) - minPart; i >= minPart; i-- {
		if _, ok := f.words[string(term[i:])]; !ok {
			continue
		}
		if _, ok := f.words[string(term[:i])]; ok {
			return term[:i], term[i:]
		}
		if _, ok := f.heads[string(term[i:])]; ok && len(term)-i >= minHead {
			head = term[i:]
		}
	}
	return head, nil
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
