package places

import (
	_ "embed"
	"fmt"
	"strings"

	"sira/fold"
)

// A Country is a country abroad: where people come back from, or ask to go.
type Country struct {
	ID   string
	Name string
}

// Countries finds countries abroad by any of their spellings.
type Countries struct {
	list       []Country
	names      spellings
	adjectives map[string]bool // folded: "francaise", "canadien"
}

//go:embed abroad.tsv
var abroadTSV string

var abroad = mustParseCountries(abroadTSV)

// Abroad returns the countries shipped with Sira.
func Abroad() *Countries { return abroad }

func mustParseCountries(tsv string) *Countries {
	c, err := ParseCountries(tsv)
	if err != nil {
		panic(err) // the embedded file is checked by tests
	}
	return c
}

// ParseCountries reads a list in the format of abroad.tsv.
func ParseCountries(tsv string) (*Countries, error) {
	c := &Countries{names: newSpellings(), adjectives: map[string]bool{}}
	for n, line := range strings.Split(tsv, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 4 {
			return nil, fmt.Errorf("countries line %d: want 4 columns, got %d", n+1, len(cols))
		}
		c.list = append(c.list, Country{ID: cols[0], Name: cols[1]})
		for _, spelling := range append([]string{cols[0], cols[1]}, strings.Split(cols[2], "|")...) {
			if err := c.names.add(spelling, len(c.list)-1); err != nil {
				return nil, fmt.Errorf("countries line %d: %w", n+1, err)
			}
		}
		for _, a := range strings.Split(cols[3], "|") {
			if a != "" {
				c.adjectives[fold.String(a)] = true
			}
		}
	}
	return c, nil
}

// Adjective reports whether a folded word is a country's adjective
// ("française", "danoise"): in a fiche's name it says whose agency it is,
// and in a question it names no fiche.
func (c *Countries) Adjective(key string) bool { return c.adjectives[key] }

// A CountryMention is a country found in a list of words.
type CountryMention struct {
	Country
	Start, End int // words[Start:End]
}

// Find returns the countries named in words (already folded), in order.
func (c *Countries) Find(words []string) []CountryMention {
	var out []CountryMention
	for _, s := range c.names.find(words) {
		out = append(out, CountryMention{Country: c.list[s.idx], Start: s.start, End: s.end})
	}
	return out
}
