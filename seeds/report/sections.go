// Package report reads the 2022 mapping of reintegration partners (text
// extracted from its PDF) into fiches. It is used once per edition of the
// report; afterwards the TOML files under seeds/fiches are the truth.
package report

import (
	"regexp"
	"strconv"
	"strings"
)

// A Section is the slice of the report that belongs to one fiche.
type Section struct {
	Ref   string   // P01…P37, A01…A11
	Title string   // the heading after "FICHE PARTENAIRE n :"
	Group string   // the chapter heading above it, e.g. "PARTENARIATS POSSIBLES AVEC DES ONG"
	Lines []string // the section's lines, trimmed, blank lines and page numbers removed
}

var (
	ficheHeading = regexp.MustCompile(`^FICHE (PARTENAIRE|ACTEUR) (\d+) : (.+)$`)
	// Chapter headings end a fiche: "3. PARTENARIATS …", "2.2. Partenariats …".
	chapterHeading = regexp.MustCompile(`^\d(\.\d)*\.\s+\S`)
	groupHeading   = regexp.MustCompile(`^(PARTENARIATS POSSIBLES|AUTRES ACTEURS)`)
	pageNumber     = regexp.MustCompile(`^\d{1,3}$`)
)

// Split cuts the report into its fiche sections, in report order.
func Split(text string) []Section {
	var (
		out   []Section
		cur   *Section
		group string
	)
	for _, raw := range strings.Split(text, "\n") {
		line := strings.TrimSpace(strings.ReplaceAll(raw, "\u00a0", " "))
		if m := ficheHeading.FindStringSubmatch(line); m != nil {
			n, _ := strconv.Atoi(m[2])
			prefix := "P"
			if m[1] == "ACTEUR" {
				prefix = "A"
			}
			out = append(out, Section{Ref: prefix + pad2(n), Title: strings.TrimSpace(m[3]), Group: group})
			cur = &out[len(out)-1]
			continue
		}
		if chapterHeading.MatchString(line) || groupHeading.MatchString(line) {
			group = line
			cur = nil
			continue
		}
		if cur == nil || line == "" || pageNumber.MatchString(line) {
			continue
		}
		cur.Lines = append(cur.Lines, line)
	}
	return out
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}
