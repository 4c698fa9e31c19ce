package seeds

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// amountPattern finds a number as the report writes sums: digits grouped by
// thousands with dots or spaces ("10.000", "1 250"), plain digits, or a
// decimal before "million(s)" or "milliard(s)" ("1,5 million").
var amountPattern = regexp.MustCompile(`(\d{1,3}(?:[.\x{a0}\x{202f} ]\d{3})+|\d+)(?:[,.](\d+))?(?:\s*(millions?|milliards?))?`)

// Amounts lists the sums a text names, in order of appearance, each once:
// "10.000 FCFA" is 10000, "1,5 million" 1500000. Numbers under 100 (days,
// months, percentages) are left out.
func Amounts(s string) []int {
	var out []int
	for _, m := range amountPattern.FindAllStringSubmatch(s, -1) {
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
		scale := 1
		switch {
		case strings.HasPrefix(m[3], "million"):
			scale = 1_000_000
		case strings.HasPrefix(m[3], "milliard"):
			scale = 1_000_000_000
		}
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
