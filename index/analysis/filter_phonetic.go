package analysis

import (
	"fmt"
	"strings"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
)

// PhoneticName is the name of the sound-key filter type. Its config:
// "rules", pairs of letters and the sound they are written as, in order.
const PhoneticName = "sira_phonetic"

// PhoneticFilter replaces each folded token by its sound key: what French
// phone users write alike is keyed alike ("chodronerie" and "chaudronnerie",
// "aprendre" and "apprendre", "Segu" and "Ségou").
type PhoneticFilter struct{ rules *strings.Replacer }

// NewPhoneticFilter returns the filter for sound rules, in order.
func NewPhoneticFilter(rules [][2]string) PhoneticFilter {
	var pairs []string
	for _, r := range rules {
		pairs = append(pairs, r[0], r[1])
	}
	return PhoneticFilter{strings.NewReplacer(pairs...)}
}

// Key returns the sound key of a folded word.
func (f PhoneticFilter) Key(w string) string {
	w = f.rules.Replace(w)
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

// Filter implements analysis.TokenFilter.
func (f PhoneticFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	for _, t := range input {
		t.Term = []byte(f.Key(string(t.Term)))
	}
	return input
}

func init() {
	err := registry.RegisterTokenFilter(PhoneticName, func(config map[string]interface{}, _ *registry.Cache) (analysis.TokenFilter, error) {
		raw, ok := config["rules"].([]interface{})
		if !ok {
			return nil, fmt.Errorf("%s: config \"rules\": want a list of [letters, sound] pairs", PhoneticName)
		}
		rules := make([][2]string, len(raw))
		for i, r := range raw {
			pair, ok := r.([]interface{})
			if !ok || len(pair) != 2 {
				return nil, fmt.Errorf("%s: rule %d: want [letters, sound]", PhoneticName, i)
			}
			a, okA := pair[0].(string)
			b, okB := pair[1].(string)
			if !okA || !okB {
				return nil, fmt.Errorf("%s: rule %d: want two strings", PhoneticName, i)
			}
			rules[i] = [2]string{a, b}
		}
		return NewPhoneticFilter(rules), nil
	})
	if err != nil {
		panic(err)
	}
}
