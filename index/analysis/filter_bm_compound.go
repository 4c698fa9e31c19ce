package analysis

import (
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"

	"sira/lexicon"
)

// CompoundName is the name of the Bambara compound filter.
const CompoundName = "sira_bm_compound"

// minPart is the shortest part a compound is split into: shorter parts are
// mostly homographs and suffixes.
const minPart = 4

// CompoundFilter splits an unknown word written as one (baarakalan,
// jɛgɛmara) into two known words, keeping the whole word too: Bambara
// writes many compounds solid, and the lexicon cannot list them all.
type CompoundFilter struct {
	lex *lexicon.Lexicon
}

// Filter implements analysis.TokenFilter. It expects folded tokens.
func (f CompoundFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	out := make(analysis.TokenStream, 0, len(input))
	for _, t := range input {
		out = append(out, t)
		term := string(t.Term)
		if f.lex.Known(term) {
			continue
		}
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
		if !f.lex.Known(term[i:]) {
			continue
		}
		if f.lex.Known(term[:i]) {
			return []string{term[:i], term[i:]}
		}
		if len(term)-i >= minHead && f.thing(term[i:]) {
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

// thing reports whether a known word names a thing: not a place ("kallanyoro",
// a slip for kalanyɔrɔ, does not end in Nioro), a verb or a question word.
func (f CompoundFilter) thing(key string) bool {
	for _, e := range f.lex.Lookup(key) {
		switch e.Concept {
		case "lieu", "verbe", "question":
		default:
			return true
		}
	}
	return false
}

func init() {
	registry.RegisterTokenFilter(CompoundName, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return CompoundFilter{lex: lexicon.Default()}, nil
	})
}
