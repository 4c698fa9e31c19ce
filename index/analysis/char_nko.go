package analysis

import (
	"bytes"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"

	"sira/index/bambara"
)

// NKoName is the name of the N'Ko transliteration char filter.
const NKoName = "sira_nko"

// NKoFilter writes N'Ko text in Latin letters, so that a question in N'Ko
// meets the same lexicon and gazetteer as one typed in Latin.
type NKoFilter struct{}

// Filter implements analysis.CharFilter.
func (NKoFilter) Filter(input []byte) []byte {
	if bytes.IndexByte(input, nkoLead) < 0 {
		return input // no N'Ko letter: nothing to write, no copy
	}
	return []byte(bambara.Transliterate(string(input)))
}

// nkoLead is the first byte of every N'Ko rune in UTF-8 (U+07C0–U+07FF,
// the block bambara.IsNKo reads), and of no other.
const nkoLead = 0xDF

func init() {
	err := registry.RegisterCharFilter(NKoName, func(map[string]interface{}, *registry.Cache) (analysis.CharFilter, error) {
		return NKoFilter{}, nil
	})
	if err != nil {
		panic(err)
	}
}
