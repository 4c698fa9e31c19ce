package bot

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

// report_fr.tsv holds the French words the cards read the report's text
// with: units of time, the words that join numbers, currencies, the words
// of age. The patterns below are the mechanism; the words are data.
//
//go:embed report_fr.tsv
var reportTSV string

// A reportWord is one row of report_fr.tsv.
type reportWord struct{ word, kind, means string }

// reportMeans are the kinds of words, and what each may mean ("-":
// nothing more); a number means its value in digits.
var reportMeans = map[string][]string{
	"unit": {"heure", "jour", "semaine", "mois"}, "year": {"one", "many"}, "length": {"-"}, "number": nil,
	"join": {"to", "or", "and", "list"}, "currency": {"-"}, "scale": {"-"}, "age": {"-"}, "bound": {"from", "until"}, "at": {"-"}, "allowance": {"-"}, "backer": {"-"}, "funding": {"-"}, "tongue": {"bambara", "french", "-"}, "located": {"-"}, "per": {"-"}, "unpriced": {"-"}, "start": {"-"}, "lodging": {"-"}, "award": {"-"}, "women": {"-"}, "hours": {"-"}, "care": {"-"}, "people": {"person", "woman", "girl", "boy"},
}

// readReportWords reads report_fr.tsv: an unknown kind or meaning, or a
// word twice in one kind, is an error naming the line.
func readReportWords(data string) ([]reportWord, error) {
	rows, errs := tsv.Read(data, "word", "kind", "means")
	seen := tsv.Seen{}
	var words []reportWord
	for _, r := range rows {
		w := reportWord{r.Cols[0], r.Cols[1], r.Cols[2]}
		means, ok := reportMeans[w.kind]
		twice := seen.Twice(r, w.kind+"\t"+w.word, w.word)
		switch {
		case !ok:
			errs = append(errs, fmt.Errorf("line %d: unknown kind %q", r.Line, w.kind))
		case w.kind == "number" && !fold.Digits(w.means):
			errs = append(errs, fmt.Errorf("line %d: a number means its value in digits, not %q", r.Line, w.means))
		case w.kind != "number" && !slices.Contains(means, w.means):
			errs = append(errs, fmt.Errorf("line %d: a %s means one of %s, not %q", r.Line, w.kind, strings.Join(means, ", "), w.means))
		case twice != nil:
			errs = append(errs, twice)
		}
		words = append(words, w)
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("bot: report_fr.tsv: %w", errors.Join(errs...))
	}
	return words, nil
}

//go:embed price_bm.tsv
var priceBmTSV string

// readPriceWords reads price_bm.tsv: a word twice, or not folded, is an
// error naming the line.
func readPriceWords(data string) (map[string]bool, error) {
	rows, errs := tsv.Read(data, "word", "source")
	seen := tsv.Seen{}
	words := map[string]bool{}
	for _, r := range rows {
		w := r.Cols[0]
		if err := seen.Twice(r, w, w); err != nil {
			errs = append(errs, err)
		}
		if fold.String(w) != w {
			errs = append(errs, fmt.Errorf("line %d: %q is not folded (%q)", r.Line, w, fold.String(w)))
		}
		words[w] = true
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("bot: price_bm.tsv: %w", errors.Join(errs...))
	}
	return words, nil
}

// priceWordsBm are the words of price_bm.tsv.
var priceWordsBm = func() map[string]bool {
	w, err := readPriceWords(priceBmTSV)
	if err != nil {
		panic(err) // embedded, checked by tests
	}
	return w
}()

var reportWords = func() []reportWord {
	w, err := readReportWords(reportTSV)
	if err != nil {
		panic(err) // embedded, checked by tests
	}
	return w
}()

// wordsOf are the words of a kind, those that mean one of means when any
// are given.
func wordsOf(kind string, means ...string) []string {
	var out []string
	for _, w := range reportWords {
		if w.kind == kind && (len(means) == 0 || slices.Contains(means, w.means)) {
			out = append(out, w.word)
		}
	}
	return out
}

// meaning is what a word of a kind means ("" for none): "mois" → "mois",
// "ans" → "an", "ou" → "or".
func meaning(kind, word string) string {
	for _, w := range reportWords {
		if w.kind == kind && w.word == word {
			return w.means
		}
	}
	return ""
}

// unitOf is the unit a word of time names: "mois", or "an" for "ans".
func unitOf(word string) string {
	if meaning("year", word) != "" {
		return "an"
	}
	return meaning("unit", word)
}

// lastJoin is the length of the word that joins a list's last item ("
// et ") that s begins with, spaces included; 0 when it begins with none.
func lastJoin(s string) int {
	for _, w := range wordsOf("join", "and") {
		if strings.HasPrefix(s, " "+w+" ") {
			return len(w) + 2
		}
	}
	return 0
}

// placeholder is a kind of words in a pattern: {unit}, or {join:to,and}
// for those of a kind that mean one of these.
var placeholder = regexp.MustCompile(`\{([a-z]+)(?::([a-z,]+))?\}`)

// reportPattern compiles a pattern of the report's French, each
// placeholder standing for its words as alternatives, the longest first.
func reportPattern(pattern string) *regexp.Regexp {
	return regexp.MustCompile(placeholder.ReplaceAllStringFunc(pattern, func(p string) string {
		m := placeholder.FindStringSubmatch(p)
		var means []string
		if m[2] != "" {
			means = strings.Split(m[2], ",")
		}
		words := wordsOf(m[1], means...)
		slices.SortStableFunc(words, func(a, b string) int { return len(b) - len(a) })
		for i, w := range words {
			words[i] = regexp.QuoteMeta(w)
		}
		return strings.Join(words, "|")
	}))
}
