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
		for i := len(term) - minPart; i >= minPart; i-- {
			head, tail := term[:i], term[i:]
			if f.lex.Known(head) && f.lex.Known(tail) {
				for _, part := range []string{head, tail} {
					out = append(out, &analysis.Token{
						Term: []byte(part), Start: t.Start, End: t.End,
						Position: t.Position, Type: t.Type,
					})
				}
				break
			}
		}
	}
	return out
}

func init() {
	registry.RegisterTokenFilter(CompoundName, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return CompoundFilter{lex: lexicon.Default()}, nil
	})
}
