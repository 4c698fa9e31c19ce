package analysis

import (
	"fmt"

	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/lang/fr"
	"github.com/blevesearch/bleve/v2/analysis/tokenmap"
	"github.com/blevesearch/bleve/v2/mapping"
)

// Analyzer names.
const (
	FrenchAnalyzer   = "sira_fr"
	BambaraAnalyzer  = "sira_bm"
	PhoneticAnalyzer = "sira_phonetic"
	KeyAnalyzer      = "sira_key"
	// QuestionFrenchAnalyzer reads a French question: French articles split
	// off, folded, and nothing of Bambara's (no contractions, stems or
	// compounds: "cela" stays cela, "n'a" is n, a).
	QuestionFrenchAnalyzer = "sira_question_fr"
)

// Resources are the language data the components read: the lists of the
// language files and the Bambara lexicon's words.
type Resources struct {
	Suffixes     []string          // Bambara inflections, longest first
	Contractions map[string]string // letter → the word it contracts
	Sounds       [][2]string       // French sound rules, in order
	Words        []string          // the lexicon's one-word keys
	Heads        []string          // those that may head a compound: things, not places or verbs
}

// Names of the configured components and token maps Define adds.
const (
	wordsMap         = "sira_bm_words"
	headsMap         = "sira_bm_heads"
	stemFilter       = "sira_bm_stem_lexicon"
	compoundFilter   = "sira_bm_compound_lexicon"
	contractionChars = "sira_bm_contraction_lang"
	phoneticFilter   = "sira_phonetic_lang"
	frenchWords      = "sira_fr_words"    // stemmed and folded once a word (PerWordFilter)
	soundWords       = "sira_sound_words" // folded and keyed by sound once a word
)

// Define adds Sira's analyzers to an index mapping, each component given
// its resources through the mapping's config, as bleve's own components
// get their stop lists. All split words as bleve's unicode tokenizer
// does (WordsTokenizer). Stemming runs before folding because the French
// stemmer reads accents; folding after it makes "electricite" and
// "électricité" meet. The Bambara chain reads questions, which mix in
// French: French articles (d'aide, l'ANPE) are split off their words after
// the Bambara contractions (b'a, n'a) have been expanded.
func Define(m *mapping.IndexMappingImpl, r Resources) error {
	steps := []struct {
		define func(string, map[string]interface{}) error
		name   string
		config map[string]interface{}
	}{
		{m.AddCustomTokenMap, wordsMap, map[string]interface{}{"type": tokenmap.Name, "tokens": anySlice(r.Words)}},
		{m.AddCustomTokenMap, headsMap, map[string]interface{}{"type": tokenmap.Name, "tokens": anySlice(r.Heads)}},
		{m.AddCustomTokenFilter, stemFilter, map[string]interface{}{"type": StemName, "suffixes": anySlice(r.Suffixes), "words": wordsMap}},
		{m.AddCustomTokenFilter, compoundFilter, map[string]interface{}{"type": CompoundName, "words": wordsMap, "heads": headsMap}},
		{m.AddCustomCharFilter, contractionChars, map[string]interface{}{"type": ContractionName, "contractions": anyMap(r.Contractions)}},
		{m.AddCustomTokenFilter, phoneticFilter, map[string]interface{}{"type": PhoneticName, "rules": anyPairs(r.Sounds)}},
		{m.AddCustomTokenFilter, frenchWords, map[string]interface{}{"type": PerWordName, "filters": anySlice([]string{fr.LightStemmerName, FoldName})}},
		{m.AddCustomTokenFilter, soundWords, map[string]interface{}{"type": PerWordName, "filters": anySlice([]string{FoldName, phoneticFilter})}},
		{m.AddCustomAnalyzer, FrenchAnalyzer, analyzer(nil, LowerName, fr.ElisionName, fr.StopName, frenchWords)},
		{m.AddCustomAnalyzer, BambaraAnalyzer, analyzer([]string{NKoName, contractionChars},
			LowerName, ArticleName, FoldName, stemFilter, compoundFilter)},
		{m.AddCustomAnalyzer, PhoneticAnalyzer, analyzer(nil, LowerName, fr.ElisionName, fr.StopName, soundWords)},
		{m.AddCustomAnalyzer, KeyAnalyzer, analyzer(nil, LowerName, FoldName)},
		{m.AddCustomAnalyzer, QuestionFrenchAnalyzer, analyzer(nil, LowerName, ArticleName, FoldName)},
	}
	for _, s := range steps {
		if err := s.define(s.name, s.config); err != nil {
			return fmt.Errorf("analysis: %s: %w", s.name, err)
		}
	}
	return nil
}

func analyzer(chars []string, tokens ...string) map[string]interface{} {
	return map[string]interface{}{
		"type": custom.Name, "tokenizer": WordsName,
		"char_filters": anySlice(chars), "token_filters": anySlice(tokens),
	}
}

func anySlice(ss []string) []interface{} {
	out := make([]interface{}, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

func anyMap(m map[string]string) map[string]interface{} {
	out := make(map[string]interface{}, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

func anyPairs(ps [][2]string) []interface{} {
	out := make([]interface{}, len(ps))
	for i, p := range ps {
		out[i] = []interface{}{p[0], p[1]}
	}
	return out
}

// strings reads a list of strings from a component's config.
func stringsOf(config map[string]interface{}, key string) ([]string, error) {
	raw, ok := config[key].([]interface{})
	if !ok {
		return nil, fmt.Errorf("config %q: want a list of strings", key)
	}
	out := make([]string, len(raw))
	for i, v := range raw {
		s, ok := v.(string)
		if !ok {
			return nil, fmt.Errorf("config %q: item %d is not a string", key, i)
		}
		out[i] = s
	}
	return out, nil
}
