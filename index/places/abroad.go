package places

import (
	_ "embed"
	"fmt"
	"strings"

	"sira/index/fold"
)

// A Country is a country abroad: where people come back from, or ask to go.
type Country struct {
	ID   string
	Name string
	// Language is the country's first adjective, the word French names its
	// people's tongue with ("chinois", "russe"); "" when it has none.
	Language string
	// Adjectives are its adjectives, folded ("danois", "danoise").
	Adjectives []string
}

// Countries finds countries abroad by any of their spellings.
type Countries struct {
	list       []Country
	names      spellings
	adjectives map[string]bool // folded: "francaise", "canadien"
	towns      map[string]bool // folded: "agadez", "in guezzam"
}

//go:embed abroad.tsv
var abroadTSV string

var abroad = must(ParseCountries(abroadTSV))

// Abroad returns the countries shipped with Sira.
func Abroad() *Countries { return abroad }

// ParseCountries reads a list in the format of abroad.tsv. A town is
// added once the misspellings are indexed: it is never read misspelt.
func ParseCountries(tsv string) (*Countries, error) {
	rs, err := rows(tsv, 5)
	if err != nil {
		return nil, fmt.Errorf("countries %w", err)
	}
	c := &Countries{names: newSpellings(), adjectives: map[string]bool{}, towns: map[string]bool{}}
	for _, r := range rs {
		language, _, _ := strings.Cut(r.cols[3], "|")
		country := Country{ID: r.cols[0], Name: r.cols[1], Language: language}
		for _, a := range strings.Split(r.cols[3], "|") {
			if a != "" {
				country.Adjectives = append(country.Adjectives, fold.String(a))
				c.adjectives[fold.String(a)] = true
			}
		}
		c.list = append(c.list, country)
		if err := c.names.addAll(len(c.list)-1, r.cols[0], r.cols[1], r.cols[2]); err != nil {
			return nil, fmt.Errorf("countries line %d: %w", r.line, err)
		}
	}
	c.names.indexMisspellings()
	for i, r := range rs {
		for _, t := range strings.Split(r.cols[4], "|") {
			if t == "" {
				continue
			}
			if err := c.names.add(t, i); err != nil {
				return nil, fmt.Errorf("countries line %d: %w", r.line, err)
			}
			c.towns[fold.String(t)] = true
		}
	}
	return c, nil
}

// Misspelt returns the country a folded word names with one slip
// ("farnce"), as Gazetteer.Misspelt.
func (c *Countries) Misspelt(word string) (Country, bool) {
	i, ok := c.names.misspelt(word)
	return at(c.list, i, ok)
}

// All returns the countries, in the list's order.
func (c *Countries) All() []Country { return c.list }

// Adjective reports whether a folded word is a country's adjective
// ("française", "danoise"): in a fiche's name it says whose agency it is,
// and in a question it names no fiche.
func (c *Countries) Adjective(key string) bool { return c.adjectives[key] }

// A CountryMention is a country found in a list of words.
type CountryMention struct {
	Country
	Start, End int // words[Start:End]
	// Town says the country was named by one of its towns ("Agadez").
	Town bool
}

// Find returns the countries named in words (already folded), in order.
func (c *Countries) Find(words []string) []CountryMention {
	var out []CountryMention
	for _, s := range c.names.find(words) {
		town := c.towns[strings.Join(words[s.start:s.end], " ")]
		out = append(out, CountryMention{Country: c.list[s.idx], Start: s.start, End: s.end, Town: town})
	}
	return out
}
