package seeds

import (
	"cmp"
	_ "embed"
	"errors"
	"fmt"
	"iter"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"sira/index/tsv"
)

// amounts_fr.tsv holds the French words of scale and what each
// multiplies by; amountPattern is the mechanism.
//
//go:embed amounts_fr.tsv
var scalesTSV string

// readScales reads a scales file: a word twice, a word not in lower case,
// or a number that is not a whole number above 1 is an error naming the
// line; so is a file with no word.
func readScales(data string) (map[string]int, error) {
	rows, errs := tsv.Read(data, "word", "times")
	scales := map[string]int{}
	line := tsv.Seen{}
	for _, r := range rows {
		word, times := r.Cols[0], r.Cols[1]
		n, err := strconv.Atoi(times)
		twice := line.Twice(r, word, word)
		switch {
		case twice != nil:
			errs = append(errs, twice)
		case strings.ToLower(word) != word:
			errs = append(errs, fmt.Errorf("line %d: %q: write it in lower case", r.Line, word))
		case err != nil || n <= 1:
			errs = append(errs, fmt.Errorf("line %d: %q: want a whole number above 1", r.Line, times))
		default:
			scales[word] = n
		}
	}
	if len(scales) == 0 && len(errs) == 0 {
		errs = append(errs, errors.New("no word of scale"))
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("seeds: amounts_fr.tsv: %w", errors.Join(errs...))
	}
	return scales, nil
}

// scales maps a word of scale to what it multiplies by.
var scales = func() map[string]int {
	s, err := readScales(scalesTSV)
	if err != nil {
		panic(err) // embedded, checked by tests
	}
	return s
}()

// amountPattern finds a number as the report writes sums: digits grouped by
// thousands with dots or spaces ("10.000", "1 250"), plain digits, or a
// decimal before a word of scale ("1,5 million").
var amountPattern = func() *regexp.Regexp {
	words := slices.Collect(maps.Keys(scales))
	slices.SortFunc(words, func(a, b string) int { return cmp.Or(len(b)-len(a), strings.Compare(a, b)) })
	for i, w := range words {
		words[i] = regexp.QuoteMeta(w)
	}
	return regexp.MustCompile(`(\d{1,3}(?:[.\x{a0}\x{202f} ]\d{3})+|\d+)(?:[,.](\d+))?(?:\s*(` + strings.Join(words, "|") + `))?`)
}()

// Amounts lists the sums a text names, in order of appearance, each once:
// "10.000 FCFA" is 10000, "1,5 million" 1500000. Numbers under 100 (days,
// months, percentages) are left out.
func Amounts(s string) []int {
	var out []int
	for m := range amountsIn(s) {
		whole := strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return r
			}
			return -1
		}, m[1])
		n, err := strconv.Atoi(whole)
		if err != nil {
			continue
		}
		scale := max(1, scales[m[3]])
		if m[2] != "" && scale > 1 {
			frac, err := strconv.ParseFloat("0."+m[2], 64)
			if err != nil {
				continue
			}
			n = n*scale + int(frac*float64(scale)+0.5)
		} else {
			n *= scale
		}
		if n >= 100 && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// amountsIn yields amountPattern's matches in s, as FindAllStringSubmatch
// gives them, each sought from the next digit: a match begins with one, and
// the pattern reads nothing before it, so the regexp does not step through a
// fiche's long text between its numbers.
func amountsIn(s string) iter.Seq[[]string] {
	return func(yield func([]string) bool) {
		for i := 0; ; {
			d := strings.IndexAny(s[i:], "0123456789")
			if d < 0 {
				return
			}
			i += d
			m := amountPattern.FindStringSubmatch(s[i:])
			if !yield(m) {
				return
			}
			i += len(m[0])
		}
	}
}
