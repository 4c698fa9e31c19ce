package bot

import (
	"maps"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"sira/index"
	"sira/index/ages"
	"sira/index/fold"
	"sira/index/places"
	"sira/seeds"
	"sira/seeds/report"
)

// This file writes a fiche's facts in the chat's language: who can go
// there, what it costs, the papers, the trades and how long they last, and
// what the report does not say. Cards, details and slips are made of them.

// label says who cannot simply walk in: a donor, a project that ended, a
// centre not yet open. "" for an open service.
func (t *turn) label(f *seeds.Fiche) string {
	switch {
	case f.Status == seeds.StatusEnded && f.Kind == seeds.KindDonor:
		return "⛔ " + t.p.T("label_ended_programme", map[string]any{"Year": f.Ended})
	case f.Status == seeds.StatusEnded:
		return "⛔ " + t.p.T("label_ended", map[string]any{"Year": f.Ended})
	case f.Status == seeds.StatusPlanned && f.Audience == seeds.AudienceProgramme:
		// A programme announced, not a door to knock at: who reaches it,
		// and that it had not started (what the report said, in French).
		return "🏛 " + t.p.T("label_planned_programme", nil) + t.noteLine(f)
	case f.Status == seeds.StatusPlanned:
		return "⏳ " + t.p.T("label_planned", nil) + t.noteLine(f)
	case f.Audience == seeds.AudienceProgramme && f.Kind == seeds.KindDonor:
		return "🏛 " + t.p.T("label_programme", nil)
	case f.Audience == seeds.AudienceProgramme:
		return "🏛 " + t.p.T("label_partners", nil)
	}
	return ""
}

// aidEnded says, on a card answering a need whose aid the report describes
// only within a project that ended (Fiche.AidEnded), that it was a
// project's and to call before going, with the report's note in French.
// "" for any other need.
func (t *turn) aidEnded(f *seeds.Fiche, need string) string {
	if !f.AidEndedFor(need) {
		return ""
	}
	return "⏳ " + t.p.T("label_aid_ended", nil) + t.noteLine(f)
}

// noteLine is the fiche's note on a line of its own, in the report's
// French words: "" for a Bambara reader (who has it behind the report's
// button) or a fiche with none.
func (t *turn) noteLine(f *seeds.Fiche) string {
	if f.Note == "" || t.bambara() {
		return ""
	}
	return "\n<i>" + esc(f.Note) + "</i>"
}

// summary is the fiche's summary in the chat's language, escaped, the
// fiche's names in it kept as they are (in N'Ko too).
func (t *turn) summary(f *seeds.Fiche) string {
	s := f.Summary
	if t.bambara() {
		s = f.SummaryBm // empty until written: no French in a Bambara card
	}
	return keepNames(esc(s), f)
}

// priceSaid are the sentences of a fiche's Bambara summary that tell what
// its courses cost or who pays them (price_bm.tsv: "DEF kalandenw bɛ kalan
// fu").
func priceSaid(f *seeds.Fiche) []string {
	var out []string
	for _, s := range summarySentences(f.SummaryBm) {
		if slices.ContainsFunc(strings.FieldsFunc(fold.String(s), notLetter), func(w string) bool { return priceWordsBm[w] }) {
			out = append(out, strings.TrimSpace(s))
		}
	}
	return out
}

// summarySentences are a summary's sentences, each with the ". " that
// ends it: the one cut of a summary, for the card and its parts.
func summarySentences(s string) []string { return strings.SplitAfter(s, ". ") }

// keepNames marks the fiche's names in an escaped text to stay as they are
// in any script: its name (and the part before a parenthesis) and its
// acronyms, the longest first where they overlap, in any case ("Donilab"
// for DONILAB); and a name said in part, two capitalised words of it or
// more in a row ("Croix Rouge" of Croix Rouge Malienne, "Banque Mondiale"
// of Groupe Banque Mondiale).
func keepNames(s string, f *seeds.Fiche) string {
	names := append([]string{f.Name}, f.Acronyms...)
	if before, _, ok := strings.Cut(f.Name, " ("); ok {
		names = append(names, before)
	}
	for i := range names {
		names[i] = esc(names[i])
	}
	sort.Slice(names, func(i, j int) bool { return len(names[i]) > len(names[j]) })
	words := nameWords(f.Name)
	var b strings.Builder
	for i := 0; i < len(s); {
		n := 0
		for _, name := range names {
			if len(name) > 1 && len(s)-i >= len(name) && strings.EqualFold(s[i:i+len(name)], name) && wordEdge(s, i, i+len(name)) {
				n = len(name)
				break
			}
		}
		if n == 0 {
			n = namePart(s[i:], words)
		}
		if n == 0 || !wordEdge(s, i, i+n) {
			b.WriteByte(s[i])
			i++
			continue
		}
		b.WriteString(keep(s[i : i+n]))
		i += n
	}
	return b.String()
}

// nameWords are the capitalised words of a name.
func nameWords(name string) map[string]bool {
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(name, notLetter) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			words[w] = true
		}
	}
	return words
}

// namePart is the length of the run of words (capitalised words of a
// name) that begins s, when it holds two words or more (0 otherwise).
func namePart(s string, words map[string]bool) int {
	end, count := 0, 0
	for rest := s; ; {
		w := rest
		if i := strings.IndexFunc(rest, notLetter); i >= 0 {
			w = rest[:i]
		}
		if !words[w] {
			break
		}
		count++
		end = len(s) - len(rest) + len(w)
		if !strings.HasPrefix(rest[len(w):], " ") {
			break
		}
		rest = rest[len(w)+1:]
	}
	if count < 2 {
		return 0
	}
	return end
}

// wordEdge reports whether s[start:end] is not inside a longer word.
func wordEdge(s string, start, end int) bool {
	before, _ := utf8.DecodeLastRuneInString(s[:start])
	after, _ := utf8.DecodeRuneInString(s[end:])
	return (start == 0 || !unicode.IsLetter(before)) && (end == len(s) || !unicode.IsLetter(after))
}

// amount writes min–max FCFA with dots between thousands, as the report
// and Malian price lists write them ("200.000 FCFA").
func amount(item seeds.CostItem) string {
	s := thousands(item.Min)
	if item.Max > item.Min {
		s += " – " + thousands(item.Max)
	}
	return s + " FCFA"
}

func thousands(n int) string {
	s := strconv.Itoa(n)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// costLine is one cost item: what, how much, how often (nothing when the
// report does not say).
func (t *turn) costLine(f *seeds.Fiche, item seeds.CostItem) string {
	per := ""
	if item.Per != "" {
		per = t.p.T("per_"+strings.ReplaceAll(item.Per, " ", "_"), nil)
	}
	return strings.TrimSpace(t.p.T("cost_item", map[string]any{
		"What": esc(t.costWhat(f, item.What)), "Amount": amount(item), "Per": per,
	}))
}

// costWhat is what a cost item pays for, in the chat's language: the
// fiche's word in French; in Bambara the term's translation, or the
// Bambara name of the trade it names, or "another fee" — never the plain
// word for the price, which a 200 FCFA stamp would pass for.
func (t *turn) costWhat(f *seeds.Fiche, what string) string {
	if !t.bambara() {
		return upperFirst(what)
	}
	if bm, ok := t.p.Term(what); ok {
		return upperFirst(bm)
	}
	for _, tr := range f.Trades {
		if tr.Bambara != "" && strings.Contains(strings.ToLower(what), strings.ToLower(tr.Name)) {
			return upperFirst(tr.Bambara)
		}
	}
	return t.p.T("cost_other", nil)
}

// costLines are the cost items that apply to what was asked, or all of
// them; the report's words when the fiche has no items (French only: in
// Bambara they wait for the details), after a line saying they give no
// sum when they hold none and do not say so themselves (Impact Hub's
// "services gratuits" while funds last is no price).
func (t *turn) costLines(f *seeds.Fiche, trades, asked []int) []string {
	items := applying(f, trades, asked)
	var lines []string
	for _, it := range items {
		lines = append(lines, t.costLine(f, it))
	}
	if len(lines) == 0 && strings.TrimSpace(f.Costs.Text) != "" && !t.bambara() {
		if !reportAmount.MatchString(f.Costs.Text) && !reportUnpriced.MatchString(f.Costs.Text) {
			lines = append(lines, t.p.T("cost_no_sum", nil))
		}
		for _, l := range reportLines(f.Costs.Text, 240) {
			lines = append(lines, esc(l))
		}
	}
	return lines
}

// sameThing reports whether two cost items are fees of one thing, which
// their words before a parenthesis name ("alphabétisation (inscription)",
// "alphabétisation (chaque mois)").
func sameThing(a, b string) bool {
	ha, _, okA := strings.Cut(a, " (")
	hb, _, okB := strings.Cut(b, " (")
	return okA && okB && fold.String(ha) == fold.String(hb)
}

// applying are the cost items a person pays for the trades asked: the
// items asked first (the fee of that trade, the item named, and the other
// fees of its thing: the literacy's monthly fee with its enrolment), then the
// items that name no trade
// of the fiche (registration, transport…) — but for the range across
// trades when the trade's own fee is known (an item asked that names a
// trade: transport asked says nothing of the trade's fee). When a trade is
// asked and no item names it, the items that name no trade. When nothing
// is asked, all: those every learner pays first, then those of one trade
// or track (a card shows the first few, and a literacy fee must not pass
// for the training's).
func applying(f *seeds.Fiche, trades, asked []int) []seeds.CostItem {
	if len(trades) == 0 && len(asked) == 0 {
		var general, specific []seeds.CostItem
		for _, it := range f.Costs.Items {
			if namesTrade(f, it.What) {
				specific = append(specific, it)
			} else {
				general = append(general, it)
			}
		}
		return append(general, specific...)
	}
	ownFee := slices.ContainsFunc(asked, func(i int) bool {
		return i >= 0 && i < len(f.Costs.Items) && namesTrade(f, f.Costs.Items[i].What)
	})
	var out []seeds.CostItem
	for _, i := range asked { // what was asked first, once each, with the other fees of its thing
		if i < 0 || i >= len(f.Costs.Items) {
			continue
		}
		asked := f.Costs.Items[i]
		for _, it := range append([]seeds.CostItem{asked}, f.Costs.Items...) {
			if (it == asked || sameThing(it.What, asked.What)) && !slices.Contains(out, it) {
				out = append(out, it)
			}
		}
	}
	for i, it := range f.Costs.Items {
		switch {
		case slices.Contains(asked, i) || slices.Contains(out, it):
		case namesTrade(f, it.What):
		case ownFee && it.Max > it.Min:
			// a range across trades ("selon la filière"): the trade's own fee says it
		default:
			out = append(out, it)
		}
	}
	return out
}

// namesTrade reports whether what a cost item pays for names one of the
// fiche's trades: a word of five letters or more in both (folded).
func namesTrade(f *seeds.Fiche, what string) bool {
	return len(tradesNamed(f, what)) > 0
}

// namesOneOf reports whether what a cost item pays for names one of the
// fiche's trades at the indexes given, by a word of its name or of its
// track ("formation BT" for "Électromécanique : BT, 4 ans").
func namesOneOf(f *seeds.Fiche, what string, trades []int) bool {
	words := factWords(what)
	for _, i := range trades {
		if i < 0 || i >= len(f.Trades) {
			continue
		}
		for w := range factWords(f.Trades[i].Name + " " + f.Trades[i].Duration) {
			if words[w] {
				return true
			}
		}
	}
	return false
}

// tradesNamed are the indexes of the fiche's trades that what a cost item
// pays for names.
func tradesNamed(f *seeds.Fiche, what string) []int {
	words := longWords(what)
	var out []int
	for i, tr := range f.Trades {
		for w := range longWords(tr.Name) {
			if words[w] {
				out = append(out, i)
				break
			}
		}
	}
	return out
}

func longWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(fold.String(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) >= 5 {
			out[wordKey(w)] = true
		}
	}
	return out
}

// wordKey is how two folded words are compared: a plural's final s and
// then a final e dropped, so "fille" names "inscription (filles)",
// "bourses" the bursary and "verse" the grant "versée".
func wordKey(w string) string {
	if len(w) > 5 {
		w = strings.TrimSuffix(w, "s")
	}
	if len(w) > 5 {
		w = strings.TrimSuffix(w, "e")
	}
	return w
}

// tracksNamed are the indexes of the fiche's trades whose length names an
// acronym said: a diploma or track the trade's name does not hold ("le BT
// dure combien ?": "Mécatronique : BT, 4 ans").
func tracksNamed(f *seeds.Fiche, acronyms map[string]bool) []int {
	var out []int
	for i, tr := range f.Trades {
		for w := range acronymsIn(tr.Duration) {
			if acronyms[w] {
				out = append(out, i)
				break
			}
		}
	}
	return out
}

// unpricedTrade is the name, in the chat's language, of the first trade
// asked whose own price no cost item gives, on a fiche that prices other
// things (Sénou's registration, and "55.000 – 350.000 FCFA selon la
// filière" when plumbing is asked): the card says that price is not in the
// report, and whom to ask. When a trade asked is priced, none is said
// unpriced: of two courses of a trade (CPM's welding CAP, priced, and its
// course without the DEF, not), the card gives the price it has, and "not
// in the report" beside it would read as that trade's. "" when none.
func (t *turn) unpricedTrade(f *seeds.Fiche, trades []int) string {
	if len(f.Costs.Items) == 0 {
		return ""
	}
	name := ""
	for _, i := range trades {
		if i < 0 || i >= len(f.Trades) {
			continue
		}
		if slices.ContainsFunc(f.Costs.Items, func(it seeds.CostItem) bool { return namesOneOf(f, it.What, []int{i}) }) {
			return ""
		}
		if name == "" {
			name = t.tradeName(f.Trades[i])
		}
	}
	return name
}

// pick returns the elements at the indexes asked, or all of them when none
// are asked (or none is valid).
func pick[T any](all []T, asked []int) []T {
	var out []T
	for _, i := range asked {
		if i >= 0 && i < len(all) {
			out = append(out, all[i])
		}
	}
	if len(out) == 0 {
		return all
	}
	return out
}

// tradeLine is a trade and its duration: "Mécanique auto : 13 mois", or in
// Bambara "mobili dilan: kalo 13". A trade with no Bambara name is left
// out of a Bambara card.
func (t *turn) tradeLine(tr seeds.Trade) string {
	name := t.tradeName(tr)
	if name == "" {
		return ""
	}
	d := t.duration(tr.Duration)
	if d == "" {
		return esc(upperFirst(name))
	}
	return t.p.T("trade_duration", map[string]any{"Trade": esc(upperFirst(name)), "Duration": esc(d)})
}

// tradeName is a trade's name in the chat's language, or "" in Bambara
// when the fiche gives it none.
func (t *turn) tradeName(tr seeds.Trade) string {
	if t.bambara() {
		return tr.Bambara
	}
	return tr.Name
}

// hasLength reports whether a trade's duration field holds a length.
func hasLength(tr seeds.Trade) bool { return unitPattern.MatchString(tr.Duration) }

// durationPattern finds a number of months, years, weeks or days in the
// fiches' words ("13 mois", "CAP, 3 ans", "préincubation (4 mois)").
var durationPattern = reportPattern(`(\d+)\s*({unit}|{year})\b`)

// unitPattern says a trade's duration field holds a duration ("un an
// environ"), not only a remark ("filière certifiante sans DEF").
var unitPattern = reportPattern(`\b({unit}|{year})\b`)

// duration writes a trade's duration in the chat's language: as the fiche
// has it in French; in Bambara with each number of months, years, weeks or
// days in Bambara and names kept ("CAP, san 3"), and not at all when other
// French words remain (the details keep the report's words).
func (t *turn) duration(d string) string {
	d = strings.TrimSpace(d)
	if !t.bambara() || d == "" {
		return d
	}
	for _, w := range strings.FieldsFunc(durationPattern.ReplaceAllString(d, ""), notLetter) {
		if strings.ToUpper(w) != w {
			return ""
		}
	}
	if !durationPattern.MatchString(d) {
		return ""
	}
	return durationPattern.ReplaceAllStringFunc(d, func(m string) string {
		sub := durationPattern.FindStringSubmatch(m)
		return t.p.T("duration_"+unitOf(sub[2]), map[string]any{"N": sub[1]})
	})
}

// durationLines say how long the trades asked last (all the trades, when
// none is asked), and the cost items that name a duration ("préincubation
// (4 mois)"): what a "how long?" card shows.
func (t *turn) durationLines(f *seeds.Fiche, trades []int) []string {
	var lines, unsaid []string
	for _, tr := range pick(f.Trades, trades) {
		if l := t.tradeLine(tr); l != "" && hasLength(tr) && t.duration(tr.Duration) != "" && !slices.Contains(lines, l) {
			lines = append(lines, l)
		} else if l != "" && len(trades) > 0 && !hasLength(tr) {
			unsaid = append(unsaid, t.p.T("trade_no_duration", map[string]any{"Trade": l}))
		}
	}
	if len(lines) > 0 {
		// Of two trades asked, the one whose length the report does not
		// give says so ("Réparation des engins à deux roues" beside
		// "Mécanique auto : 13 mois").
		lines = append(lines, unsaid...)
	}
	for _, it := range f.Costs.Items {
		d := durationPattern.FindString(it.What)
		switch {
		case d == "":
		case !t.bambara():
			lines = append(lines, esc(upperFirst(it.What)))
		case t.costWhat(f, it.What) != t.p.T("cost_other", nil):
			lines = append(lines, t.p.T("trade_duration", map[string]any{"Trade": esc(t.costWhat(f, it.What)), "Duration": t.duration(d)}))
		default:
			lines = append(lines, t.duration(d))
		}
	}
	return lines
}

// reportDuration finds a length of time in the report's French: a number,
// in digits or in words ("six mois"), of hours, days, weeks or months, or of years after a word of length
// ("pendant 3 ans") — years alone are ages or a firm's age. reportAmount
// finds a sum of money; bigAmount a budget ("20 millions EUR", "1.000.000
// EUR"), no sum a person pays or gets.
var (
	reportDuration = reportPattern(`((?:\d+|\b(?:{number}))(?:\s*(?:{join})\s*\d+)*)\s*({unit})\b|(?:{length}) (\d+|(?:{number}))\s*({year:many})\b`)
	reportAmount   = reportPattern(`\d[\d .]*\s*(?:{currency})\b`)
	bigAmount      = reportPattern(`(?i)\d\s*(?:{scale})\b|\d{1,3}(?:[ .]\d{3}){2,}`)
	// reportAllowance finds a word that tells what a learner receives
	// ("per diem", "allocations"); allowanceSum a sum and what it is
	// paid for ("2 000 FCFA/ jour", "5 000 FCFA par mois").
	reportAllowance = reportPattern(`(?i)\b(?:{allowance})\b`)
	// reportBackers finds words that tell who funds or runs a programme
	// ("financé par", "mis en œuvre par").
	reportBackers = reportPattern(`(?i)\b(?:{backer})\b`)
	// reportTongue finds the language a course is taught in ("en
	// bambara", "en langue nationale").
	reportTongue = reportPattern(`(?i)\b(?:{tongue})\b`)
	// reportLocated finds where a place stands ("bâti dans la zone
	// aéroportuaire", "située à 22 km de Bamako").
	reportLocated = reportPattern(`(?i)(?:{located})[ ,]`)
	// reportUnpriced finds the words that say cost words give no sum
	// ("aucun tarif", "sans montant").
	reportUnpriced = reportPattern(`(?i)\b(?:{unpriced})\b`)
	// reportStart finds the words that tell when courses start or people
	// are taken in ("Les recrutements s’effectuent au début de chaque
	// année scolaire", "une cohorte par trimestre").
	reportStart = reportPattern(`(?i)\b(?:{start})\b`)
	// reportLodging finds where learners or people helped sleep ("peut
	// également héberger plus de 100 jeunes", "foyer d’accueil").
	reportLodging = reportPattern(`(?i)\b(?:{lodging})\b`)
	// reportAward finds the diploma or attestation given at the end
	// ("Certification Une attestation est remise", "diplômes nationaux").
	reportAward = reportPattern(`(?i)\b(?:{award})\b`)
	// reportHours finds the days and hours a place is open ("horaires",
	// "du lundi au"): the report gives none today, so the card says so.
	reportHours = reportPattern(`(?i)\b(?:{hours})\b`)
	// reportCare finds the medical care a place gives ("Assistance
	// médicale et psychologique", "Assistance sanitaire").
	reportCare = reportPattern(`(?i)\b(?:{care})\b`)
	// reportWomen finds what the report says of women and girls taken
	// ("parmi lesquels 925 filles", "25 garçons et 25 filles").
	reportWomen  = reportPattern(`(?i)\b(?:{women})\b`)
	allowanceSum = reportPattern(`(\d[\d .]*\d|\d)\s*({currency})(?:\s*(?:{per})\s*({unit}))?\b`)
)

// saidFields are the fields of a fiche that hold the report's own words on
// what it offers and to whom, beyond its conditions, in the order the cards
// read them.
func saidFields(f *seeds.Fiche) []string {
	return []string{f.Offer, f.Public, f.Returnees, f.Capacity, f.Note}
}

// reportSays are the clauses of the report on a fiche that hold what was
// asked when the fiche has no field for it ("Cycle adapté de 3 à 6 mois",
// "subvention de 200 000 à 250 000 FCFA"): from its routes of entry, its
// offer, who it serves, what it does for returnees, its capacity and the
// note, and when withText and those say nothing the short clauses of the
// rest of its section; those that hold a word said first, each once, at
// most max, each cut after a sentence.
func reportSays(f *seeds.Fiche, holds func(string) bool, said map[string]bool, withText bool, max int) []string {
	var found []string
	add := func(text string) {
		for _, l := range lines(text) {
			for _, c := range clauses(l) {
				c = listItem(c)
				if c == "" || !holds(c) || slices.ContainsFunc(found, func(o string) bool { return strings.Contains(o, c) || strings.Contains(c, o) }) {
					continue
				}
				found = append(found, c)
			}
		}
	}
	for _, text := range append(slices.Clone(f.Conditions), saidFields(f)...) {
		add(text)
	}
	if withText && len(found) == 0 {
		// The rest of the section, when the fields say nothing: its short
		// clauses ("Cycle adapté de 3 à 6 mois"), not its run-on headers.
		add(f.Text)
		found = slices.DeleteFunc(found, func(c string) bool { return utf8.RuneCountInString(c) > maxReportLine })
	}
	saysWord := func(c string) int {
		for w := range longWords(c) {
			if said[w] {
				return 0
			}
		}
		return 1
	}
	slices.SortStableFunc(found, func(a, b string) int { return saysWord(a) - saysWord(b) })
	found = found[:min(max, len(found))]
	for i, c := range found {
		found[i] = wholeSentences(c, maxReportLine)
	}
	return found
}

// clauses splits a line of the report at its semicolons and at the end
// of each sentence (a full stop before a capital), so that a clause quoted
// holds what it was quoted for.
func clauses(l string) []string {
	var out []string
	start := 0
	for i, r := range l {
		switch {
		case r == ';':
			out, start = append(out, l[start:i]), i+1
		case r == '.' && strings.HasPrefix(l[i:], ". "):
			if next, _ := utf8.DecodeRuneInString(strings.TrimLeft(l[i+1:], " ")); unicode.IsUpper(next) {
				out, start = append(out, l[start:i+1]), i+1
			}
		}
	}
	return append(out, l[start:])
}

// maxReportLine bounds a clause of the report quoted on a card, in
// characters.
const maxReportLine = 200

// reportDurations say how long what a fiche offers lasts, in the report's
// words, when no trade or cost item says it (of a school, not a clause
// that tells who funds it): in French the clauses; in
// Bambara the lengths of the first clause in Bambara ("kalo 3 fo 6",
// "lɛrɛ 72") — a length alone does not say what it is the length of, so
// the others wait in the details.
func (t *turn) reportDurations(f *seeds.Fiche, said map[string]bool) []string {
	lasts := reportDuration.MatchString
	if f.Audience != seeds.AudienceProgramme {
		// A school's clause that tells who funds or partners it ("un
		// accord de partenariat … pour une durée de trois ans") gives
		// the agreement's length, not a course's.
		lasts = func(c string) bool { return reportDuration.MatchString(c) && !reportBackers.MatchString(c) }
	}
	found := reportSays(f, lasts, said, true, maxCardDurations)
	if !t.bambara() {
		for i, c := range found {
			found[i] = esc(upperFirst(c))
		}
		return found
	}
	var out []string
	if len(found) > 0 {
		out = t.lengthsIn(found[0])
	}
	if len(found) > 1 {
		out = append(out, t.p.T("more_in_details", map[string]any{"N": len(found) - 1}))
	}
	return out
}

// itemDurations are the report's clauses that tell a length and name one
// of the cost items asked (by index in f.Costs.Items) in a long word of
// its own ("Alphabétisation (2 à 6 mois)" for the literacy fees), but not
// a trade's own line ("Animation en alphabétisation : 5 mois", the
// teachers' course); in Bambara the lengths of the first ("kalo 2 fo 6"),
// the report's sentences being French; none when no clause names them.
func (t *turn) itemDurations(f *seeds.Fiche, items []int) []string {
	said := map[string]bool{}
	for _, it := range pick(f.Costs.Items, items) {
		for w := range longWords(it.What) {
			said[w] = true
		}
	}
	holds := func(c string) bool {
		if !reportDuration.MatchString(c) || slices.ContainsFunc(f.Trades, func(tr seeds.Trade) bool {
			return strings.HasPrefix(fold.String(listItem(c)), fold.String(tr.Name))
		}) {
			return false // a trade's own line ("Animation en alphabétisation : 5 mois"): another thing
		}
		for w := range longWords(c) {
			if said[w] {
				return true
			}
		}
		return false
	}
	found := reportSays(f, holds, said, true, maxCardDurations)
	if t.bambara() {
		if len(found) == 0 {
			return nil
		}
		return t.lengthsIn(found[0])
	}
	for i, c := range found {
		found[i] = esc(upperFirst(c))
	}
	return found
}

// topicDurations are the report's clauses on a fiche that tell a length
// of a thing said: a clause that names it, in any inflection ("héberger"
// names "hébergement": their French stems meet), or one under a line
// titled with it — the report gives a programme a line
// "Incubation/accélération : …" and its length lines later ("Cet
// accompagnement se déroule sur 3 ans maximum"), shown under that title.
// French only; none when no clause tells one.
func (t *turn) topicDurations(f *seeds.Fiche, said map[string]bool) []string {
	if t.bambara() || len(said) == 0 {
		return nil
	}
	stems := map[string]bool{}
	for w := range said {
		stems[index.FrenchStem(w)] = true
	}
	holds := func(s string) bool {
		for w := range longWords(s) {
			if said[w] || stems[index.FrenchStem(w)] {
				return true
			}
		}
		return false
	}
	var found []string
	for _, text := range saidFields(f) {
		topic := ""
		for _, l := range lines(text) {
			if title, _, ok := strings.Cut(l, " : "); ok && utf8.RuneCountInString(title) <= maxTitle {
				topic = title
			}
			for _, c := range clauses(l) {
				c = wholeSentences(listItem(c), maxReportLine)
				switch {
				case c == "" || !reportDuration.MatchString(c) || len(found) == maxCardDurations:
				case holds(c):
					found = append(found, esc(upperFirst(c)))
				case holds(topic):
					found = append(found, esc(topic+" : "+c))
				}
			}
		}
	}
	return found
}

// maxTitle bounds the words before " : " that title a line of the report.
const maxTitle = 40

// lengthsIn are the lengths a clause of the report's French gives ("72
// heures"), each in the reader's words ("lɛrɛ 72"), once.
func (t *turn) lengthsIn(c string) []string {
	var out []string
	for _, m := range reportDuration.FindAllStringSubmatch(c, -1) {
		n, unit := m[1], m[2]
		if n == "" {
			n, unit = m[3], m[4]
		}
		l := t.p.T("duration_"+unitOf(unit), map[string]any{"N": t.numbers(n)})
		if !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	return out
}

// peopleCount finds a count of people in the report's French, with the
// bound before it: "plus de 100 jeunes", "2.299 apprenants", "925 filles".
var peopleCount = reportPattern(`(?i)(?:\b({bound}) )?\b(\d{1,3}(?:[ .]\d{3})*)\s+({people})\b`)

// countsIn are the counts of people a clause gives, in the chat's words
// ("ka tɛmɛ mɔgɔ 100 kan" for "plus de 100 jeunes", "npogotigi 925" for
// "925 filles"): what a Bambara card can say of a clause it leaves in
// French.
func (t *turn) countsIn(c string) []string {
	var out []string
	for _, m := range peopleCount.FindAllStringSubmatch(c, -1) {
		l := t.p.T("count_"+meaning("people", strings.ToLower(m[3])), map[string]any{"N": m[2]})
		if b := meaning("bound", strings.ToLower(m[1])); b != "" {
			l = t.p.T("count_"+b, map[string]any{"Count": l})
		}
		if !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	return out
}

// clauseFigures are the report's clauses that re finds; on a Bambara
// card, the figures read has them give, in Bambara ("lɛrɛ 72", "ka tɛmɛ
// mɔgɔ 100 kan"), then where the details hold them: lodging
// ("Accueil, hébergement … (72 heures …)", "héberger plus de 100
// jeunes") gives its lengths and counts of people, women and girls
// ("parmi lesquels 925 filles") their counts.
func (t *turn) clauseFigures(f *seeds.Fiche, re *regexp.Regexp, read ...func(string) []string) []string {
	found := clausesHolding(f, re)
	if !t.bambara() || len(found) == 0 {
		return t.reportClauseLines(f, re)
	}
	var out []string
	for _, c := range found {
		for _, r := range read {
			for _, l := range r(c) {
				if !slices.Contains(out, l) {
					out = append(out, l)
				}
			}
		}
	}
	return append(out, t.p.T("report_in_details", nil))
}

// numbers writes a list or range of numbers of the report ("3 à 6", "3, 6
// ou 9", "six") in digits, with the chat's words between them.
func (t *turn) numbers(s string) string {
	if n := meaning("number", s); n != "" {
		return n
	}
	for _, w := range wordsOf("join", "to", "or", "and") {
		s = strings.ReplaceAll(s, " "+w+" ", " "+t.p.T("numbers_"+meaning("join", w), nil)+" ")
	}
	return s
}

// reportAmounts are the sums the report gives for what a fiche offers
// when it has no cost item ("subvention de 200 000 à 250 000 FCFA",
// "financements de 2 500 USD"), not a programme's budget, in the report's
// French.
func (t *turn) reportAmounts(f *seeds.Fiche, said map[string]bool) []string {
	found := reportSays(f, func(c string) bool { return reportAmount.MatchString(c) && !bigAmount.MatchString(c) }, said, false, maxCardCosts)
	for i, c := range found {
		found[i] = esc(upperFirst(c))
	}
	return found
}

// clausesHolding are the clauses of the report on a fiche (its fields,
// then its section) that hold a match of re, each once (the report
// repeats some): a long one from
// its last colon before the match, or else from a few words before it,
// and cut after a sentence.
func clausesHolding(f *seeds.Fiche, re *regexp.Regexp) []string {
	// A clause the report repeats, whole or cut, says the same from its
	// match on: the words from there are its key.
	said := func(c string, at int) string {
		r := []rune(c[at:])
		return string(r[:min(len(r), 60)])
	}
	var found, keys []string
	for _, text := range append(append(slices.Clone(f.Conditions), saidFields(f)...), f.Text) {
		for _, l := range lines(text) {
			for _, c := range clauses(l) {
				loc := re.FindStringIndex(c)
				if loc == nil {
					continue
				}
				if utf8.RuneCountInString(c) > maxReportLine {
					c = "…" + c[clauseStart(c[:loc[0]]):]
				}
				c = wholeSentences(listItem(c), maxReportLine)
				if m := re.FindStringIndex(c); m != nil && !slices.Contains(keys, said(c, m[0])) {
					found, keys = append(found, c), append(keys, said(c, m[0]))
				}
			}
		}
	}
	return found
}

// clauseStart is where a quote of a long clause begins, given what comes
// before the words it is quoted for: after its last colon, when that is
// near them, or else a few words before them.
func clauseStart(before string) int {
	const near = 60 // bytes before the words quoted
	if i := strings.LastIndex(before, ": "); i >= 0 && len(before)-i <= 2*near {
		return i + 2
	}
	if len(before) <= near {
		return 0
	}
	if i := strings.Index(before[len(before)-near:], " "); i >= 0 {
		return len(before) - near + i + 1
	}
	return len(before) - near
}

// reportClauseLines are the clauses that hold a match of re, in the
// report's French; on a Bambara card, where the details hold them.
func (t *turn) reportClauseLines(f *seeds.Fiche, re *regexp.Regexp) []string {
	found := clausesHolding(f, re)
	if len(found) > 0 && t.bambara() {
		return []string{t.p.T("report_in_details", nil)}
	}
	for i, c := range found {
		found[i] = esc(upperFirst(c))
	}
	return found
}

// tongueLines say the language of a fiche's courses: the report's clauses
// that tell it ("Les formations courtes sont dispensées en Bambara"); on a
// Bambara card, the languages they name in Bambara ("bamanankan"), then
// where the details hold the clauses — a reader who asks in which
// language the courses are is told it, not only that French holds it.
func (t *turn) tongueLines(f *seeds.Fiche) []string {
	lines := t.reportClauseLines(f, reportTongue)
	if len(lines) == 0 || !t.bambara() {
		return lines
	}
	var named []string
	for _, c := range clausesHolding(f, reportTongue) {
		for _, w := range reportTongue.FindAllString(c, -1) {
			for _, rw := range reportWords {
				if rw.kind == "tongue" && rw.means != "-" && strings.EqualFold(rw.word, w) && !slices.Contains(named, rw.means) {
					named = append(named, rw.means)
				}
			}
		}
	}
	if len(named) == 0 {
		return lines
	}
	for i, m := range named {
		named[i] = t.p.T("tongue_"+m, nil)
	}
	return append([]string{t.p.T("tongues_named", map[string]any{"Tongues": strings.Join(named, ", ")})}, lines...)
}

// backersLines say who funds or runs what a fiche offers: the report's
// clauses that tell it ("mis en œuvre par l'UNICEF"), or else the funders
// its section lists under their heading ("Financements actuels /
// principaux Coopération suisse, UNICEF…"), up to the next heading.
func (t *turn) backersLines(f *seeds.Fiche) []string {
	if lines := t.reportClauseLines(f, reportBackers); len(lines) > 0 {
		return lines
	}
	for _, h := range wordsOf("funding") {
		i := strings.Index(f.Text, h)
		if i < 0 {
			continue
		}
		rest := f.Text[i+len(h):]
		first, after, _ := strings.Cut(rest, "\n")
		listed := strings.TrimSpace(first)
		if listed == "" {
			// The funders on the lines below, one a line.
			var items []string
			for _, l := range lines(after) {
				if item := listItem(l); item != l {
					items = append(items, strings.TrimRight(item, " ;."))
					continue
				}
				break
			}
			listed = strings.Join(items, " ; ")
		}
		if listed = strings.TrimSpace(listed[:report.NextLabel(listed)]); listed == "" {
			continue
		}
		if t.bambara() {
			return []string{t.p.T("report_in_details", nil)}
		}
		return []string{esc(wholeSentences(listed, maxReportLine))}
	}
	return nil
}

// allowanceLines say what a learner receives while trained, from the
// clauses of the report that tell it ("Les migrants de retour reçoivent un
// per diem … (2 000 FCFA/ jour)", "Les apprenants ne reçoivent pas de per
// diem."): in French the clauses; in Bambara the sums and what each is
// paid for ("2 000 FCFA tile o tile"), the rest in the details — the
// report's French.
func (t *turn) allowanceLines(f *seeds.Fiche) []string {
	if !t.bambara() {
		return t.reportClauseLines(f, reportAllowance)
	}
	found := clausesHolding(f, reportAllowance)
	var out []string
	for _, c := range found {
		for _, m := range allowanceSum.FindAllStringSubmatch(c, -1) {
			l := m[1] + " " + m[2]
			if u := unitOf(m[3]); u != "" {
				l += " " + t.p.T("per_"+u, nil)
			}
			if !slices.Contains(out, l) {
				out = append(out, l)
			}
		}
	}
	if len(found) > 0 {
		out = append(out, t.p.T("report_in_details", nil))
	}
	return out
}

// saidClauses are the clauses of the report on a fiche (its routes of
// entry, offer, who it serves, note; when those hold none, the short
// clauses of its section: "Ces stages sont d'une durée de six mois
// renouvelables trois fois.") that hold a word said which neither
// its name nor its summary holds, and at most two of its clauses do — a
// thing of the fiche named ("volontariat", "CUMA"), not a word of every
// line; at most two clauses, French only (in Bambara the details hold the
// report's words).
func (t *turn) saidClauses(f *seeds.Fiche, said map[string]bool) []string {
	if t.bambara() || len(said) == 0 {
		return nil
	}
	known := factWords(f.Name + " " + f.Summary + " " + strings.Join(f.Acronyms, " "))
	rare := map[string]bool{}
	for w := range said {
		if known[w] {
			continue
		}
		if n := len(reportSays(f, func(c string) bool { return factWords(c)[w] }, nil, true, 3)); n > 0 && n <= 2 {
			rare[w] = true
		}
	}
	if len(rare) == 0 {
		return nil
	}
	found := reportSays(f, func(c string) bool {
		for w := range factWords(c) {
			if rare[w] {
				return true
			}
		}
		return false
	}, rare, true, 2)
	for i, c := range found {
		found[i] = esc(upperFirst(c))
	}
	return found
}

// countsSaid answer "combien de bourses ?" of a fiche when no fee is
// known: the report's clauses that hold the thing said and a number
// ("Financement de 10 000 bourses…"), under the report's title; French
// only.
func (t *turn) countsSaid(f *seeds.Fiche, fc focus) []string {
	found := slices.DeleteFunc(t.saidClauses(f, fc.said), func(c string) bool { return !countsSaid(c, fc.said) })
	if len(found) == 0 {
		return nil
	}
	return append([]string{"📌 <b>" + t.p.T("report_french", nil) + "</b>"}, found...)
}

// countToken reads a clause as words, numbers ("10 000", "2.500") and
// opening brackets, in order.
var countToken = regexp.MustCompile(`\p{L}+|\d+(?:[ .\x{a0}\x{202f}]\d{3})*|\(`)

// countsSaid tells whether a clause counts a thing said: a number before
// its word, at most one word between ("10 000 bourses", "50 jeunes
// filles"), or in a bracket after it ("au Maroc (50 par an"). A number
// after the word measures it ("groupes de 5 à 8 personnes" is a group's
// size) and a number beside other words counts something else ("âgés de
// 15 à 40 ans"): neither is a count of what was asked.
func countsSaid(clause string, said map[string]bool) bool {
	toks := countToken.FindAllString(fold.String(clause), -1)
	number := func(i int) bool { return i >= 0 && i < len(toks) && toks[i][0] >= '0' && toks[i][0] <= '9' }
	for i, w := range toks {
		if !said[wordKey(w)] {
			continue
		}
		if number(i-1) || (number(i-2) && !number(i-1) && toks[i-1] != "(") || (i+1 < len(toks) && toks[i+1] == "(" && number(i+2)) {
			return true
		}
	}
	return false
}

// capacityLines say how many places a fiche has: the report's clauses
// that count what the question is about, its words or the last
// question's ("combien de places ?" after bursaries in Morocco: "Bourses
// de formation professionnelle au Maroc (50 par an, 25 garçons et 25
// filles)"), else what the report says of its capacity; in Bambara, that
// the report says it in French.
func (t *turn) capacityLines(f *seeds.Fiche, fc focus) []string {
	capacity := strings.TrimSpace(f.Capacity)
	if t.bambara() {
		if capacity == "" {
			return nil
		}
		return []string{t.p.T("report_in_details", nil)}
	}
	said := maps.Clone(fc.said)
	if said == nil {
		said = map[string]bool{}
	}
	maps.Copy(said, t.saidWords(t.chat.Question, f))
	lines := slices.DeleteFunc(t.saidClauses(f, said), func(c string) bool { return !countsSaid(c, said) })
	if len(lines) == 0 && capacity != "" {
		lines = []string{esc(capacity)}
	}
	return lines
}

// statusLines say whether a fiche still runs: a project that ended or a
// centre not yet open says it in its label; an open one that it was open
// at the report's date; and what the report says of its programmes' years
// (the note, in French).
func (t *turn) statusLines(f *seeds.Fiche) []string {
	var lines []string
	if f.Status == seeds.StatusActive {
		lines = append(lines, "✅ "+t.p.T("status_active", map[string]any{"Date": reportDate(f)}))
	}
	if f.Note != "" && f.Status != seeds.StatusPlanned && !t.bambara() {
		lines = append(lines, "<i>"+esc(f.Note)+"</i>")
	}
	return lines
}

// agePattern finds where the report's French tells an age a fiche takes:
// the word for age ("sans limite d'âge"), a range of years ("15 à 40 ans",
// "18-30 ans"), a bound ("plus de 16 ans", "dès 16 ans") — not a number of
// years alone, which may be a duration ("3 ans d'existence"), nor "âgés"
// alone ("les diplômés les plus âgés").
var agePattern = reportPattern(`(?i)(?:{age})\b|\d+\s*(?:{join:to,and})\s*\d+\s*(?:{year:many})\b|(?:{bound}) \d+\s*(?:{year:many})\b`)

// toldAge finds an age a person tells ("et si elle avait 35 ans ?"): a
// number of years.
var toldAge = reportPattern(`(?i)\b\d{1,2}\s*(?:{year:many})\b`)

// peopleAges finds an age in the report's text beyond the fields that
// say who is taken: the word for age or a range of years ("les jeunes (18
// à 40 ans)"), not a bound, which the text also puts on experience ("plus
// de 10 ans d'expérience").
var peopleAges = reportPattern(`(?i)(?:{age})\b|\d+\s*(?:{join:to,and})\s*\d+\s*(?:{year:many})\b`)

// ageRange finds a range of ages in the report's French, and the acronym
// of the programme it is for when one follows: "18 à 30 ans (FACEJ)";
// ageFrom a lower bound: "plus de 16 ans", "dès 15 ans"; ageUntil an
// upper one: "moins de 18 ans".
var (
	ageRange = reportPattern(`(\d+)\s*(?:{join:to,and})\s*(\d+)\s*(?:{year:many})\b(?:\s*\(([A-Z][A-Z0-9]+)\))?`)
	ageFrom  = reportPattern(`(?:{bound:from}) (\d+)\s*(?:{year:many})\b`)
	ageUntil = reportPattern(`(?:{bound:until}) (\d+)\s*(?:{year:many})\b`)
)

// ageLines say which ages a fiche takes: the clauses of its routes of
// entry that tell an age, else those of who it serves, else the sentences
// of its summary. In French the report's words; in Bambara the ranges of
// years ("san 15 fo 40"), or that the report says it in French. None when
// the report tells no age.
func (t *turn) ageLines(f *seeds.Fiche) []string {
	var said []string
	add := func(clauses []string) {
		for _, c := range clauses {
			if c = listItem(c); agePattern.MatchString(c) && !slices.Contains(said, c) {
				said = append(said, c)
			}
		}
	}
	for _, c := range f.Conditions {
		add(strings.Split(c, ";"))
	}
	if len(said) == 0 {
		add(lines(f.Public))
	}
	if len(said) == 0 {
		add(summarySentences(f.Summary))
	}
	if len(said) == 0 {
		// The rest of the report: its clauses, whose ages may be a
		// project's (an ended one's), so in Bambara the details say them.
		found := reportSays(f, peopleAges.MatchString, nil, true, maxCardCosts)
		if len(found) > 0 && t.bambara() {
			return []string{t.p.T("age_in_details", nil)}
		}
		said = found
	}
	if !t.bambara() {
		var out []string
		for _, c := range said {
			out = append(out, "• "+esc(strings.TrimRight(c, " ;.")))
		}
		return out
	}
	var out []string
	once := func(l string) {
		if !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	for _, c := range said {
		for _, m := range ageRange.FindAllStringSubmatch(c, -1) {
			l := t.p.T("age_range", map[string]any{"Min": m[1], "Max": m[2]})
			if m[3] != "" {
				l += " (" + keep(m[3]) + ")"
			}
			once(l)
		}
		for _, m := range ageFrom.FindAllStringSubmatch(c, -1) {
			once(t.p.T("age_from", map[string]any{"N": m[1]}))
		}
		for _, m := range ageUntil.FindAllStringSubmatch(c, -1) {
			once(t.p.T("age_until", map[string]any{"N": m[1]}))
		}
	}
	if len(out) == 0 && len(said) > 0 {
		return []string{t.p.T("age_in_details", nil)}
	}
	return out
}

// documents are the papers to bring, as bullets in the chat's language,
// and in Bambara those with no translation, in the report's French.
func (t *turn) documents(f *seeds.Fiche) (ours, report []string) {
	for _, d := range f.Documents {
		if bm, ok := t.p.Term(d); ok {
			ours = append(ours, "• "+esc(bm))
		} else {
			report = append(report, "• "+d)
		}
	}
	return ours, report
}

// conditionLines are the routes of entry, in full, in French; in Bambara
// the card says they are in the details, in the report's French.
// The routes that hold a word said come first; for a person told to lack
// the school diploma (unschooled), the routes that take them before those
// that require it ("le DEF n'est pas requis" before "diplômés du DEF":
// routeOrder).
func (t *turn) conditionLines(f *seeds.Fiche, said map[string]bool, unschooled bool) []string {
	if len(f.Conditions) == 0 {
		return nil
	}
	if t.bambara() {
		return []string{t.p.T("conditions_in_details", nil)}
	}
	words := make([]map[string]bool, len(f.Conditions))
	for i, c := range f.Conditions {
		words[i] = longWords(c)
	}
	first := holding(words, said) // the route named ("volontariat") first
	order := make([]int, len(f.Conditions))
	for i := range order {
		order[i] = i
	}
	rank := func(i int) int {
		r := 2 * routeOrder(f.Conditions[i], unschooled)
		if !slices.Contains(first, i) {
			r++
		}
		return r
	}
	slices.SortStableFunc(order, func(i, j int) int { return rank(i) - rank(j) })
	var lines []string
	for _, i := range order {
		lines = append(lines, "• "+esc(strings.TrimSpace(f.Conditions[i])))
	}
	return lines
}

// routeOrder orders a route of entry (one of a fiche's conditions) for a
// person told to lack the school diploma (unschooled): 1 for a route that
// requires it (ages.RequiresSchool), after those that take them, 0 for
// the others and for anyone else.
func routeOrder(route string, unschooled bool) int {
	if unschooled && ages.RequiresSchool(route) {
		return 1
	}
	return 0
}

// silence says plainly that the report does not say what was asked, and
// whom to ask: "Le rapport ne dit pas quels papiers ; appelez le +223…";
// "" for a way in (entering) to a project that ended, which nobody asks
// about: its label says that it takes nobody any more.
func (t *turn) silence(f *seeds.Fiche, what string) string {
	if f.Status == seeds.StatusEnded && slices.Contains(entering, what) {
		return ""
	}
	return t.silent(f, t.p.T("silent_"+what, nil))
}

// entering are the parts (silent_ messages) that tell how to get in: what
// it costs, the papers and conditions, when it starts, a bed, the hours,
// what it pays, how many it takes.
var entering = []string{"cost", "sums", "papers", "conditions", "start", "lodging", "hours", "allowance", "capacity"}

// silent is a sentence saying what the report does not say, with whom to
// ask: a number, else an email, else the counsellor.
func (t *turn) silent(f *seeds.Fiche, said string) string {
	if f.Audience == seeds.AudienceProgramme {
		// Not a programme officer's mobile: the counsellor's route to it.
		return t.p.T("silent_counsellor", map[string]any{"Silent": said})
	}
	if ph, _, ok := t.callFirst(f, t.lastPlace()); ok {
		return t.p.T("silent_call", map[string]any{"Silent": said, "Reach": ph})
	}
	if em := f.Emails(); len(em) > 0 {
		return t.p.T("silent_write", map[string]any{"Silent": said, "Reach": keep(esc(em[0]))})
	}
	return t.p.T("silent_counsellor", map[string]any{"Silent": said})
}

// checkedLine says when the facts were taken (the report's date), never
// that Sira checked them since.
func (t *turn) checkedLine(f *seeds.Fiche) string {
	return t.p.T("details_checked", map[string]any{"Date": reportDate(f)})
}

// reportDate is when a fiche's facts were taken, as people write it:
// "12/2022", or the year alone.
func reportDate(f *seeds.Fiche) string {
	if y, m, ok := strings.Cut(f.Checked, "-"); ok {
		return m + "/" + y
	}
	return f.Checked
}

// wholeSentences is the beginning of s, up to max characters, cut after a
// sentence, never after a colon; a text with no such end is cut at a word
// with "…".
func wholeSentences(s string, max int) string {
	s = strings.Join(strings.Fields(strings.TrimLeft(strings.TrimSpace(s), "-•· ")), " ")
	r := []rune(s)
	if len(r) <= max {
		return s
	}
	cut := string(r[:max])
	if i := strings.LastIndexAny(cut, ".;!?"); i > max/3 {
		return strings.TrimSpace(cut[:i+1])
	}
	if i := strings.LastIndex(cut, " "); i > 0 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " :,;") + "…"
}

// reportLines are the first lines of a text of the report, up to max
// characters in all, each without its bullet; a first line longer than
// max is cut after a sentence (wholeSentences). The report's lists stay
// lists: a bullet never ends up inside a line.
func reportLines(s string, max int) []string {
	var out []string
	n := 0
	for _, l := range lines(s) {
		if l = listItem(l); l == "" {
			continue
		}
		if len(out) == 0 {
			l = wholeSentences(l, max)
		} else if n+utf8.RuneCountInString(l) > max {
			break
		}
		out = append(out, l)
		n += utf8.RuneCountInString(l)
	}
	return out
}

// listItem is a line of the report without its bullet, its spaces
// collapsed.
func listItem(l string) string {
	l = strings.TrimLeft(l, "-•· ")
	return strings.Join(strings.Fields(strings.TrimPrefix(l, "o ")), " ") // "o" marks the report's sub-items
}

func upperFirst(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

// lowerFirst lowers a name's first letter for the middle of a sentence
// ("en plomberie sanitaire"), but an acronym's ("NTIC").
func lowerFirst(s string) string {
	r := []rune(s)
	if len(r) < 2 || unicode.IsUpper(r[1]) {
		return s
	}
	return strings.ToLower(string(r[0])) + string(r[1:])
}

// maxOffices bounds what a card quotes of the report on where a fiche
// works, in characters: the details have it all.
const maxOffices = 260

// officeLines are what the report says of where a fiche works and of its
// offices (its zones), the lines that name the place asked first ("6
// Représentations à Ségou" for Ségou); in Bambara, the places they name,
// the one asked first, under the word for where: the report's sentences
// are French.
func (t *turn) officeLines(f *seeds.Fiche, place *places.Place) []string {
	zones := lines(f.Zones)
	if place != nil {
		elsewhere := func(l string) int {
			if namesPlace(l, place) {
				return 0
			}
			return 1
		}
		slices.SortStableFunc(zones, func(a, b string) int { return elsewhere(a) - elsewhere(b) })
	}
	if !t.bambara() {
		return reportOffices(zones, place)
	}
	var names, head []string // head: the towns the card's first line names
	if !f.Serves(seeds.National) {
		head = f.Cities
		for _, r := range f.Regions {
			head = append(head, regionName(r))
		}
	}
	counts := map[string]string{}
	var all []string // every place the offices name
	for _, l := range zones {
		for name, n := range officeCounts(l) {
			counts[name] = n
		}
		for _, p := range placesIn(l) {
			if !slices.Contains(all, p.Name) {
				all = append(all, p.Name)
			}
			if !slices.Contains(names, p.Name) && (!slices.Contains(head, p.Name) || counts[p.Name] != "") {
				names = append(names, p.Name)
			}
		}
	}
	if l := localClause(f, place); l != "" {
		// "u bɛ min Kidal?" of the Croix-Rouge, "u be min kayi?" of ENDA:
		// what it has there, the report's French, said to be so
		// ("guichet unique à Kayes (accueil, hébergement…)": the door to
		// find there is named only there).
		return append(t.whereNames(names, counts), "📌 <b>"+t.p.T("report_french", nil)+"</b>", keep(esc(l)))
	}
	if len(names) == 0 && len(all) < len(slices.Compact(slices.Sorted(slices.Values(head)))) {
		// Every place the report names is on the card's first line, but
		// not every place of that line has an office ("Siège à Bamako ;
		// guichet unique à Kayes ; un coordinateur à Koulikoro" of ENDA,
		// which works in five regions): those that have.
		names = all
	}
	if len(names) == 0 {
		return nil
	}
	named := place != nil && slices.Contains(names, place.Name)
	out := t.whereNames(names, counts)
	if place != nil && !named && !slices.Contains(head, place.Name) {
		// "u ka biro bɛ Sikaso wa?" of Baobab, whose offices the report
		// names elsewhere and counts without naming the towns ("10 à
		// Bamako et 8 en régions"): the report's French, said to be so,
		// rather than the towns it names alone.
		out = append(out, "📌 <b>"+t.p.T("report_french", nil)+"</b>")
		for _, l := range reportOffices(zones, place) {
			out = append(out, keep(l)) // French, kept in Latin letters in an N'Ko answer
		}
	}
	return out
}

// whereNames is the Bambara where line of the places a fiche's offices
// name, with how many offices the report counts in each, in numbers (no
// French); none for no place.
func (t *turn) whereNames(names []string, counts map[string]string) []string {
	if len(names) == 0 {
		return nil
	}
	shown := make([]string, len(names))
	for i, name := range names {
		shown[i] = name
		if n := counts[name]; n != "" {
			shown[i] += " (" + n + ")"
		}
	}
	return []string{"<b>" + t.p.T("card_where", nil) + "</b>: " + keep(esc(strings.Join(shown, ", ")))}
}

// reportOffices are the report's lines on where a fiche works, those that
// name the place asked all, the others while they fit (maxOffices).
func reportOffices(zones []string, place *places.Place) []string {
	var out []string
	n := 0
	for _, l := range zones {
		if l = wholeSentences(listItem(l), maxOffices); l == "" {
			continue
		}
		if n > 0 && n+utf8.RuneCountInString(l) > maxOffices && (place == nil || !namesPlace(l, place)) {
			break
		}
		out = append(out, esc(l))
		n += utf8.RuneCountInString(l)
	}
	return out
}

// officeCounts finds, in a line of the report on where a fiche works, how
// many offices it has in each place it names: a number shortly before the
// word that puts them there ("10 à Bamako", "3 Représentations à Kayes").
func officeCounts(l string) map[string]string {
	words := strings.FieldsFunc(fold.String(l), notLetter)
	at := map[string]bool{}
	for _, w := range wordsOf("at") {
		at[fold.String(w)] = true
	}
	out := map[string]string{}
	for _, m := range places.Default().Find(words) {
		if m.Start < 2 || !at[words[m.Start-1]] {
			continue
		}
		for j := m.Start - 2; j >= max(0, m.Start-4); j-- {
			if _, err := strconv.Atoi(words[j]); err == nil {
				out[m.Place.Name] = words[j]
				break
			}
		}
	}
	return out
}

// localLine is what the report says a fiche has at the place asked, when
// its offices name it with what is there: the clause that names it ("📍
// guichet unique à Kayes (accueil, hébergement…)"), or, in a list, the
// list's head and its item ("📍 5 points sûrs humanitaires : Kidal
// (Association Djeré Ben)"). A service's only: a donor has no door there.
// French only: the report's words.
func (t *turn) localLine(f *seeds.Fiche, place *places.Place) string {
	if t.bambara() {
		return ""
	}
	if l := localClause(f, place); l != "" {
		return "📍 " + esc(l)
	}
	return ""
}

// localClause is the report's clause, or list head and item, that names
// what a service has at a place (localLine), in its French; "" for none.
func localClause(f *seeds.Fiche, place *places.Place) string {
	if place == nil || !service(f) {
		return ""
	}
	mark := place.Name + " ("
	for _, l := range lines(f.Zones) {
		for _, clause := range strings.Split(l, ";") {
			i := strings.Index(clause, mark)
			if i < 0 || !wordEdge(clause, i, i+len(place.Name)) {
				continue
			}
			clause = listItem(clause)
			head, list, ok := strings.Cut(clause, " : ")
			if !ok || !strings.Contains(list, mark) {
				return wholeSentences(clause, maxReportLine)
			}
			for _, item := range topLevel(list) {
				if strings.Contains(item, mark) {
					return head + " : " + item
				}
			}
		}
	}
	return ""
}

// topLevel splits a list of the report ("Gao (A), Kidal (B) et Bamako
// (C)") at its commas and its last "et", not inside parentheses.
func topLevel(list string) []string {
	var items []string
	depth, start := 0, 0
	for i, r := range list {
		switch {
		case r == '(':
			depth++
		case r == ')':
			depth--
		case depth == 0 && r == ',':
			items, start = append(items, list[start:i]), i+1
		case depth == 0:
			if n := lastJoin(list[i:]); n > 0 {
				items, start = append(items, list[start:i]), i+n
			}
		}
	}
	items = append(items, list[start:])
	for i := range items {
		items[i] = strings.TrimRight(strings.TrimSpace(items[i]), ".")
	}
	return items
}

// placesIn are the places of the gazetteer a text names, in order.
func placesIn(s string) []places.Place {
	var out []places.Place
	for _, m := range places.Default().Find(strings.FieldsFunc(fold.String(s), notLetter)) {
		out = append(out, m.Place)
	}
	return out
}

// namesPlace reports whether a text names the place, or a town of its
// region when the place is a region's capital.
func namesPlace(s string, place *places.Place) bool {
	for _, p := range placesIn(s) {
		if p.ID == place.ID || place.ID == place.Region && p.Region == place.Region {
			return true
		}
	}
	return false
}

// heading is a fiche's title line: its name, numbered (n > 0) on a list,
// and where it works.
func (t *turn) heading(f *seeds.Fiche, n int) string {
	title := keep(esc(t.title(f)))
	if n > 0 {
		title = strconv.Itoa(n) + ". " + title
	}
	return "<b>" + title + "</b> — " + where(t, f)
}

// where is where a fiche works, escaped: all of Mali (in the chat's
// language) for a fiche that serves all of it, whatever towns its offices
// are in; else its towns, then the regions it serves that none of them is
// in (named for the reader: townNames). A person in Mopti must see Mopti
// on a card for an actor that works there.
func where(t *turn, f *seeds.Fiche) string {
	if f.Serves(seeds.National) {
		return t.p.T("region_all", nil)
	}
	names := slices.Clone(f.Cities)
	covered := map[string]bool{}
	for _, c := range f.Cities {
		if p, ok := places.Default().Lookup(c); ok {
			covered[p.Region] = true
		}
	}
	for _, r := range f.Regions {
		if !covered[r] {
			names = append(names, regionName(r))
		}
	}
	return t.townNames(names)
}
