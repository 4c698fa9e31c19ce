package hsds

import (
	_ "embed"
	"errors"
	"fmt"
	"slices"
	"strings"

	"sira/index/tsv"
	"sira/seeds"
)

// texts_fr.tsv holds the French sentences the export writes; hsds.go says
// where each goes.
//
//go:embed texts_fr.tsv
var textsTSV string

// textKeys are the keys the export asks texts_fr.tsv for.
var textKeys = append([]string{
	"summary_bm", "summary_bm_about", "ended", "planned", "need_about", "public_about",
	"programme_about", "location_about", "range", "per_",
}, perKeys()...)

// perKeys are the keys of the periods a cost item may be paid for.
func perKeys() []string {
	var keys []string
	for _, p := range seeds.Periods {
		keys = append(keys, "per_"+p)
	}
	return keys
}

// readTexts reads a texts file: an unknown key, a key twice, or a key
// missing is an error naming the line (or the key).
func readTexts(data string) (map[string]string, error) {
	rows, errs := tsv.Read(data, "key", "text")
	texts := map[string]string{}
	line := tsv.Seen{}
	for _, r := range rows {
		key, text := r.Cols[0], r.Cols[1]
		twice := line.Twice(r, key, key)
		switch {
		case !slices.Contains(textKeys, key):
			errs = append(errs, fmt.Errorf("line %d: unknown key %q", r.Line, key))
		case twice != nil:
			errs = append(errs, twice)
		default:
			texts[key] = text
		}
	}
	for _, key := range textKeys {
		if _, ok := texts[key]; !ok && line[key] == 0 {
			errs = append(errs, fmt.Errorf("no text for %q", key))
		}
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("hsds: texts_fr.tsv: %w", errors.Join(errs...))
	}
	return texts, nil
}

var texts = func() map[string]string {
	t, err := readTexts(textsTSV)
	if err != nil {
		panic(err) // embedded, checked by tests
	}
	return t
}()

// text is the sentence of key, each {name} replaced by the value that
// follows name in pairs.
func text(key string, pairs ...string) string {
	olds := make([]string, len(pairs))
	for i, p := range pairs {
		if i%2 == 0 {
			p = "{" + p + "}"
		}
		olds[i] = p
	}
	return strings.NewReplacer(olds...).Replace(texts[key])
}
