package analysis

import (
	"fmt"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/fr"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"
)

// Analyzer names.
const (
	FrenchAnalyzer   = "sira_fr"
	BambaraAnalyzer  = "sira_bm"
	PhoneticAnalyzer = "sira_phonetic"
	KeyAnalyzer      = "sira_key"
)

// chains lists each analyzer's char filters and token filters, in order; all
// use bleve's unicode tokenizer. Stemming runs before folding because the
// French stemmer reads accents; folding after it makes "electricite" and
// "électricité" meet. The Bambara chain reads questions, which mix in
// French: French articles (d'aide, l'ANPE) are split off their words after
// the Bambara contractions (b'a, n'a) have been expanded.
var chains = map[string]struct{ chars, tokens []string }{
	FrenchAnalyzer: {nil, []string{lowercase.Name, fr.ElisionName, fr.StopName, fr.LightStemmerName, FoldName}},
	BambaraAnalyzer: {[]string{NKoName, ContractionName},
		[]string{lowercase.Name, ArticleName, FoldName, StemName, CompoundName}},
	PhoneticAnalyzer: {nil, []string{lowercase.Name, fr.ElisionName, fr.StopName, FoldName, PhoneticName}},
	KeyAnalyzer:      {nil, []string{lowercase.Name, FoldName}},
}

func init() {
	for name, chain := range chains {
		registry.RegisterAnalyzer(name, func(_ map[string]interface{}, cache *registry.Cache) (analysis.Analyzer, error) {
			tok, err := cache.TokenizerNamed(unicode.Name)
			if err != nil {
				return nil, err
			}
			a := &analysis.DefaultAnalyzer{Tokenizer: tok}
			for _, c := range chain.chars {
				cf, err := cache.CharFilterNamed(c)
				if err != nil {
					return nil, fmt.Errorf("%s: %w", name, err)
				}
				a.CharFilters = append(a.CharFilters, cf)
			}
			for _, t := range chain.tokens {
				tf, err := cache.TokenFilterNamed(t)
				if err != nil {
					return nil, fmt.Errorf("%s: %w", name, err)
				}
				a.TokenFilters = append(a.TokenFilters, tf)
			}
			return a, nil
		})
	}
}
