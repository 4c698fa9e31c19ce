package ages

import (
	_ "embed"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"sira/index/fold"
	"sira/index/tsv"
)

// ages_fr.tsv holds the French words the conditions are read with; the
// patterns of ages.go are the mechanism.
//
//go:embed ages_fr.tsv
var ageWordsTSV string

// ageKinds are the kinds of words of ages_fr.tsv; each must have one.
var ageKinds = []string{
	"years", "range_from", "range_to", "range_dash", "min_before", "min_after", "over_before", "under_before",
	"max_before", "max_after", "pair_min", "pair_and", "pair_max",
	"required", "duration_before", "duration_after", "negation", "no_limit",
	"school", "school_waived", "returnees",
}

// readAgeWords reads an ages file into the words of each kind: an unknown
// kind, a word twice in a kind, a word not written folded (it would never
// match), or a kind with no word is an error naming the line.
func readAgeWords(data string) (map[string][]string, error) {
	rows, errs := tsv.Read(data, "word", "kind")
	words := map[string][]string{}
	line := tsv.Seen{}
	for _, r := range rows {
		word, kind := r.Cols[0], r.Cols[1]
		twice := line.Twice(r, kind+"\t"+word, word)
		switch {
		case !slices.Contains(ageKinds, kind):
			errs = append(errs, fmt.Errorf("line %d: unknown kind %q", r.Line, kind))
		case twice != nil:
			errs = append(errs, twice)
		case fold.String(word) != word:
			errs = append(errs, fmt.Errorf("line %d: %q: write it folded, %q", r.Line, word, fold.String(word)))
		default:
			words[kind] = append(words[kind], word)
		}
	}
	for _, kind := range ageKinds {
		if len(words[kind]) == 0 {
			errs = append(errs, fmt.Errorf("no word of kind %q", kind))
		}
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("ages: ages_fr.tsv: %w", errors.Join(errs...))
	}
	return words, nil
}

var ageWords = func() map[string][]string {
	w, err := readAgeWords(ageWordsTSV)
	if err != nil {
		panic(err) // embedded, checked by tests
	}
	return w
}()

// agePlaceholder is a kind of words in a pattern: {years}.
var agePlaceholder = regexp.MustCompile(`\{([a-z_]+)\}`)

// ageRegexp compiles a pattern of the conditions' French, each placeholder
// standing for its words as alternatives, the longest first (at one place,
// "minimum de" rather than "minimum").
func ageRegexp(pattern string) *regexp.Regexp {
	return regexp.MustCompile(agePlaceholder.ReplaceAllStringFunc(pattern, func(p string) string {
		return "(?:" + strings.Join(quoted(ageWords[p[1:len(p)-1]], false), "|") + ")"
	}))
}

// ageWordRegexp compiles the words of a kind as whole words: a word
// begins and ends at a word boundary where it begins or ends with a letter.
func ageWordRegexp(kind, before, after string) *regexp.Regexp {
	return regexp.MustCompile(before + "(?:" + strings.Join(quoted(ageWords[kind], true), "|") + ")" + after)
}

// quoted are words as regexp alternatives, the longest first, their
// spaces any spaces; whole, they are bounded where they begin or end with
// a letter or digit.
func quoted(words []string, whole bool) []string {
	words = slices.Clone(words)
	slices.SortStableFunc(words, func(a, b string) int { return len(b) - len(a) })
	for i, w := range words {
		q := strings.Join(strings.Fields(regexp.QuoteMeta(w)), `\s+`)
		if whole && wordByte(w[0]) {
			q = `\b` + q
		}
		if whole && wordByte(w[len(w)-1]) {
			q += `\b`
		}
		words[i] = q
	}
	return words
}

func wordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}
