package report

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"sira/index/fold"
	"sira/index/places"
	"sira/seeds"
)

// Edition is the month the report's facts were collected.
const Edition = "2022-12"

// Import parses the report's text into one fiche per section. The fiches are
// a first draft: they pass validation, and a person then reads and corrects
// them (see README.md).
func Import(text string) []seeds.Fiche {
	var out []seeds.Fiche
	for _, sec := range Split(text) {
		out = append(out, build(sec))
	}
	return out
}

func build(sec Section) seeds.Fiche {
	byKey := map[string][]string{}
	var focal, contact []string
	inContacts := false
	for _, f := range fields(sec.Lines) {
		switch {
		case f.key == keyContacts:
			inContacts = true
		case inContacts && f.key == keyFocal:
			focal = append(focal, dropURLs(f.lines)...)
		case inContacts && (f.key == keyContact || f.key == keyOther):
			contact = append(contact, dropURLs(f.lines)...)
		case !inContacts:
			byKey[f.key] = append(byKey[f.key], dropURLs(f.lines)...)
		}
	}
	name := sec.Title
	if n := byKey[""]; len(n) > 0 {
		name = strings.Join(n, " ")
	}
	f := seeds.Fiche{
		Ref:        sec.Ref,
		Name:       name,
		Acronyms:   acronyms(name),
		Zones:      paragraph(byKey[keyZones]),
		Offer:      paragraph(firstNonEmpty(byKey[keySupport], byKey[keyGoals], byKey[keyProjects])),
		Trades:     trades(append(byKey[keyTrades], byKey[keyShort]...)),
		Conditions: nonEmpty(paragraph(byKey[keyConditions])),
		Public:     paragraph(byKey[keyPublic]),
		Returnees:  paragraph(byKey[keyReturnees]),
		Capacity:   paragraph(byKey[keyCapacity]),
		Contacts:   contacts(focal, contact),
		Websites:   websites(sec.Lines),
		Text:       cleanText(sec),
		Checked:    Edition,
	}
	f.Costs = seeds.Costs{Text: paragraph(byKey[keyCost])}
	f.Regions, f.Cities = where(byKey[keyRegion], byKey[keyCity], f.Zones)
	f.Kind = kind(sec, paragraph(byKey[keyType]))
	f.Status, f.Audience = seeds.StatusActive, seeds.AudiencePublic
	if sec.Ref[0] == 'A' {
		f.Audience = seeds.AudienceProgramme // actors: donors and their programmes
	}
	f.Needs = needs(f.Kind, paragraph(byKey[keyType])+" "+f.Offer, len(f.Trades) > 0)
	f.Slug = Slug(f)
	f.Summary = summary(f, paragraph(byKey[keyType]))
	return f
}

func firstNonEmpty(lists ...[]string) []string {
	for _, l := range lists {
		if len(l) > 0 {
			return l
		}
	}
	return nil
}

// paragraph joins wrapped lines back into sentences, keeping list items
// ("- …", "• …") on lines of their own.
func paragraph(lines []string) string {
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			if startsBullet(l) || strings.HasPrefix(l, "o ") || endsSentence(lines[i-1]) && !startsLower(l) {
				b.WriteByte('\n')
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(l)
	}
	return strings.TrimSpace(b.String())
}

func endsSentence(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, ";") || strings.HasSuffix(s, ":")
}

func dropURLs(lines []string) []string {
	var out []string
	for _, l := range lines {
		if !isURLLine(l) {
			out = append(out, l)
		}
	}
	return out
}

func isURLLine(l string) bool {
	return strings.HasPrefix(l, "mailto:") || urlPattern.FindString(l) == l
}

// cleanText is the section's full text for full-text search: the fiche's
// lines with link-only lines removed and wrapped lines joined.
func cleanText(sec Section) string {
	return paragraph(dropURLs(sec.Lines))
}

func websites(lines []string) []string {
	var out []string
	for _, l := range lines {
		for _, u := range urlPattern.FindAllString(l, -1) {
			u = strings.TrimRight(u, ").,;")
			// Links to single documents are sources, not a place to contact.
			if strings.Count(strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://"), "/") <= 2 && !strings.Contains(u, "?") {
				out = appendNew(out, u)
			}
		}
	}
	return out
}

var parenAcronym = regexp.MustCompile(`\(([A-Z][A-Za-z0-9-]{1,12})\)`)

// acronyms finds the short names a fiche is known by: "(CFPS)", or a title
// that is itself an acronym ("BAOBAB" is a name, "BNDA" is not).
func acronyms(s string) []string {
	var out []string
	for _, m := range parenAcronym.FindAllStringSubmatch(s, -1) {
		out = appendNew(out, m[1])
	}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '/' || r == '(' || r == ')' }) {
		if len(w) >= 2 && len(w) <= 6 && isUpperWord(w) && !slices.Contains([]string{"DE", "DU", "ET", "LA", "LE", "DES", "POUR", "AND"}, w) {
			out = appendNew(out, w)
		}
	}
	return out
}

func isUpperWord(w string) bool {
	for _, r := range w {
		if !unicode.IsUpper(r) && r != '-' {
			return false
		}
	}
	return true
}

var tradeLine = regexp.MustCompile(`^[-•]?\s*([^:]+?)\s*(?::\s*(.+?))?\s*[;.]?$`)

// trades reads "- Mécanique auto : 13 mois" lines.
func trades(lines []string) []seeds.Trade {
	var out []seeds.Trade
	for _, l := range lines {
		if !startsBullet(l) {
			continue
		}
		m := tradeLine.FindStringSubmatch(l)
		if m == nil || len(m[1]) > 80 {
			continue
		}
		out = append(out, seeds.Trade{Name: strings.TrimSpace(m[1]), Duration: strings.TrimSpace(m[2])})
	}
	return out
}

// where maps the Région and Ville fields (or an actor's zones) onto the
// fixed region list and the town names the gazetteer knows.
func where(region, city []string, zones string) (regions, cities []string) {
	text := strings.Join(region, " ") + " / " + strings.Join(city, " ")
	folded := fold.String(text + " " + zones)
	if strings.Contains(folded, "national") || strings.Contains(folded, "toutes les regions") {
		regions = append(regions, seeds.National)
	}
	g := places.Default()
	for _, m := range g.Find(words(fold.String(text))) {
		regions = appendNew(regions, m.Region)
		cities = appendNew(cities, m.Name)
	}
	for _, m := range g.Find(words(fold.String(zones))) {
		regions = appendNew(regions, m.Region)
	}
	if len(regions) == 0 {
		regions = []string{seeds.National}
	}
	return regions, cities
}

func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// kind reads the structure's kind from the chapter it is filed under and its
// "Type de structure".
func kind(sec Section, typ string) string {
	if strings.HasPrefix(sec.Ref, "A") {
		return seeds.KindDonor
	}
	g, t := fold.String(sec.Group), fold.String(typ)
	switch {
	case strings.Contains(g, "enseignement"):
		return "centre de formation"
	case strings.Contains(g, "incubateur"):
		return "incubateur"
	case strings.Contains(g, "institutions publiques"):
		return "agence publique"
	case strings.Contains(g, "salariat"):
		return "placement"
	case strings.Contains(g, "3. partenariats"):
		return "protection"
	case strings.Contains(t, "banque"):
		return "banque"
	case strings.Contains(t, "microfinance"):
		return "microfinance"
	case strings.Contains(t, "fonds") || strings.Contains(t, "investiss") || strings.Contains(t, "business angel"):
		return "fonds d'investissement"
	}
	return "ONG"
}

var needWords = map[string][]string{
	seeds.NeedTraining:   {"formation", "apprentissage", "alphabetisation"},
	seeds.NeedFinance:    {"financement", "credit", "subvention", "pret", "investiss", "incubat", "entrepreneur"},
	seeds.NeedJob:        {"emploi", "placement", "recrutement", "insertion professionnelle"},
	seeds.NeedProtection: {"protection", "psychosocial", "traite", "victime"},
}

// needs drafts a fiche's needs from its kind's focus, the words of its
// offer, and training when it lists trades it teaches.
func needs(kind, offer string, teaches bool) []string {
	var out []string
	if n := (&seeds.Fiche{Kind: kind}).Focus(); n != "" {
		out = append(out, n)
	}
	if teaches { // a fiche that lists trades serves training (Fiche.Validate)
		out = appendNew(out, seeds.NeedTraining)
	}
	o := fold.String(offer)
	for _, n := range seeds.Needs {
		for _, w := range needWords[n] {
			if strings.Contains(o, w) {
				out = appendNew(out, n)
				break
			}
		}
	}
	if len(out) == 0 {
		out = []string{seeds.NeedFinance}
	}
	slices.SortFunc(out, func(a, b string) int { return slices.Index(seeds.Needs, a) - slices.Index(seeds.Needs, b) })
	return out
}

var slugStopWords = []string{"de", "du", "des", "la", "le", "les", "l", "d", "et", "pour", "and", "of", "the"}

// Slug is the fiche's ASCII id for deep links: its acronym or first words.
func Slug(f seeds.Fiche) string {
	base := f.Name
	if len(f.Acronyms) > 0 && len(strings.Fields(f.Name)) > 3 {
		base = f.Acronyms[0]
	}
	var ws []string
	for _, w := range words(fold.String(base)) {
		if !slices.Contains(slugStopWords, w) {
			ws = append(ws, w)
		}
	}
	if len(ws) > 4 {
		ws = ws[:4]
	}
	return strings.Join(ws, "-")
}

// summary drafts the ≤200-character line shown on a card.
func summary(f seeds.Fiche, typ string) string {
	where := "partout au Mali"
	if len(f.Cities) > 0 {
		where = "à " + strings.Join(f.Cities, ", ")
	}
	head := strings.ToUpper(f.Kind[:1]) + f.Kind[1:] + " " + where + "."
	var body string
	if len(f.Trades) > 0 {
		names := make([]string, 0, len(f.Trades))
		for _, t := range f.Trades {
			names = append(names, strings.ToLower(t.Name))
		}
		body = "Métiers : " + strings.Join(names, ", ")
	} else {
		body = firstSentence(firstNonBlank(f.Offer, typ))
	}
	return clip(head+" "+body, seeds.MaxSummary)
}

func firstNonBlank(s ...string) string {
	for _, x := range s {
		if strings.TrimSpace(x) != "" {
			return x
		}
	}
	return ""
}

func firstSentence(s string) string {
	s = strings.TrimLeft(strings.TrimSpace(s), "•- ")
	if i := strings.IndexAny(s, "\n;"); i > 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}

// clip cuts s at a word boundary so that it fits in max characters with "…".
func clip(s string, max int) string {
	r := []rune(strings.TrimSpace(s))
	if len(r) <= max {
		return string(r)
	}
	cut := string(r[:max-1])
	if i := strings.LastIndexAny(cut, " ,"); i > max/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}

// nonEmpty is s as a list of one, or no list when s is empty.
func nonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}
