package analysis

import (
	"strings"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
)

// PhoneticName is the name of the sound-key filter.
const PhoneticName = "sira_phonetic"

// soundRules spell alike what French phone users write alike: "chodronerie"
// and "chaudronnerie", "aprendre" and "apprendre", "Segu" and "Ségou".
var soundRules = strings.NewReplacer(
	"eau", "o", "au", "o", "ou", "u", "ph", "f", "qu", "k", "gn", "ny",
	"ck", "k", "ca", "ka", "co", "ko", "cu", "ku", "ce", "se", "ci", "si",
	"ai", "e", "ei", "e", "y", "i", "en", "an",
)

// Key returns the sound key of a folded word.
func Key(w string) string {
	w = soundRules.Replace(w)
	var b strings.Builder
	var prev rune
	for i, r := range w {
		// h is silent except in ch, sh.
		if r == 'h' && (i == 0 || (prev != 'c' && prev != 's')) {
			continue
		}
		if r != prev {
			b.WriteRune(r)
		}
		prev = r
	}
	k := strings.TrimRight(b.String(), "sxtd") // silent final letters
	if len(k) > 3 {
		k = strings.TrimSuffix(k, "e")
	}
	return k
}

// PhoneticFilter replaces each folded token by its sound key.
type PhoneticFilter struct{}

// Filter implements analysis.TokenFilter.
func (PhoneticFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	for _, t := range input {
		t.Term = []byte(Key(string(t.Term)))
	}
	return input
}

func init() {
	registry.RegisterTokenFilter(PhoneticName, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return PhoneticFilter{}, nil
	})
}
