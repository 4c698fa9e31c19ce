package bot

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"testing"

	"sira/index"
	"sira/seeds"
)

// reportText is every text of a fiche the report's words reach a card
// from: its section, its summary and the fields taken from it.
func reportText(f *seeds.Fiche) string {
	parts := append([]string{f.Text, f.Summary, f.Offer, f.Public, f.Returnees, f.Capacity, f.Note, f.Costs.Text}, f.Conditions...)
	return strings.Join(parts, "\n")
}

// fieldClauses are the clauses of the fields a fiche takes from the
// report's section (not the section itself, which names the partner's own
// funding: "à hauteur de 300.000 EUR").
func fieldClauses(f *seeds.Fiche) []string {
	var out []string
	for _, l := range lines(strings.Join(append([]string{f.Offer, f.Public, f.Returnees, f.Capacity, f.Note}, f.Conditions...), "\n")) {
		out = append(out, clauses(l)...)
	}
	return out
}

// sumPaidOrGot is a clause that names a sum (seeds.Amounts) with its
// currency, not a budget.
func sumPaidOrGot(c string) bool {
	return reportAmount.MatchString(c) && !bigAmount.MatchString(c) && len(seeds.Amounts(c)) > 0
}

// silenceAsked is a part a person asks of a fiche named, the question in
// each language ({name} the fiche's name), the silence messages that part
// may show, and whether the fiche holds a fact for each silence.
var silenceAsked = []struct {
	part   string
	shows  string // the emoji of the part's lines on a card
	fr, bm string // "": the part is not asked in that language
	holds  map[string]func(f *seeds.Fiche) bool
}{
	{index.AskCost, "💰", "{name} c'est combien ?", "{name} sɔngɔ ye joli ye?", map[string]func(*seeds.Fiche) bool{
		"silent_cost": func(f *seeds.Fiche) bool {
			return len(f.Costs.Items) > 0 || strings.TrimSpace(f.Costs.Text) != "" || slices.ContainsFunc(fieldClauses(f), sumPaidOrGot)
		},
	}},
	{index.AskConditions, "📄🚪", "{name} il faut quels papiers ?", "{name} sɛbɛn jumɛnw bɛ ɲini?", map[string]func(*seeds.Fiche) bool{
		"silent_conditions": func(f *seeds.Fiche) bool { return len(f.Documents) > 0 || len(f.Conditions) > 0 },
		"silent_papers":     func(f *seeds.Fiche) bool { return len(f.Documents) > 0 },
	}},
	{index.AskContact, "📞✉️🧑", "{name} quel est le numéro ?", "{name} nimɔrɔ ye joli ye?", map[string]func(*seeds.Fiche) bool{
		"silent_phone": func(f *seeds.Fiche) bool { return len(f.Phones()) > 0 || len(f.Emails()) > 0 },
	}},
	{index.AskWhere, "📍", "{name} c'est où ?", "{name} bɛ min?", nil},
	{index.AskAge, "👤", "{name} quel âge ?", "{name} si ye san joli ka se?", map[string]func(*seeds.Fiche) bool{
		"silent_age": func(f *seeds.Fiche) bool {
			return agePattern.MatchString(strings.Join(append([]string{f.Public, f.Summary}, f.Conditions...), "\n")) || peopleAges.MatchString(reportText(f))
		},
	}},
	{index.AskDuration, "⏳", "{name} ça dure combien de temps ?", "{name} kuntaala ye joli ye?", map[string]func(*seeds.Fiche) bool{
		"silent_duration": func(f *seeds.Fiche) bool {
			return slices.ContainsFunc(f.Trades, func(tr seeds.Trade) bool { return tr.Duration != "" }) || reportDuration.MatchString(reportText(f))
		},
	}},
	{index.AskAllowance, "💵", "{name} on est payés pendant la formation ?", "{name} kalandenw bɛ wari sɔrɔ tile o tile wa?", map[string]func(*seeds.Fiche) bool{
		"silent_allowance": func(f *seeds.Fiche) bool { return reportAllowance.MatchString(reportText(f)) },
	}},
	{index.AskBackers, "🤝", "{name} qui le finance ?", "", map[string]func(*seeds.Fiche) bool{
		"silent_backers": func(f *seeds.Fiche) bool {
			return reportBackers.MatchString(reportText(f)) || slices.ContainsFunc(wordsOf("funding"), func(h string) bool { return strings.Contains(f.Text, h) })
		},
	}},
	{index.AskLanguage, "🗣", "{name} les cours sont en quelle langue ?", "{name} kalan bɛ kɛ kan jumɛn na?", map[string]func(*seeds.Fiche) bool{
		"silent_language": func(f *seeds.Fiche) bool { return reportTongue.MatchString(reportText(f)) },
	}},
	{index.AskStatus, "", "{name} ça marche encore ?", "{name} bɛ baara la hali bi?", nil},
}

// TestNoSilenceThatLies asks every part of every fiche by its name, in
// French and Bambara, through the conversation's handler: a card that says
// the report does not say a part is one whose fiche holds nothing for it.
func TestNoSilenceThatLies(t *testing.T) {
	b, _ := newBot(t)
	fiches, err := seeds.Load(seeds.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	nextCard := regexp.MustCompile(`\n<b>\d+\. `)
	chat := int64(90000)
	unreached, unanswered, asked := 0, 0, 0
	for i := range fiches {
		f := &fiches[i]
		for _, lang := range []string{"fr", "bm"} {
			rt := renderTurn(lang, "latin", "")
			title := regexp.MustCompile(`<b>\d+\. ` + regexp.QuoteMeta(esc(rt.title(f))) + `</b>`)
			for _, a := range silenceAsked {
				q := a.fr
				if lang == "bm" {
					q = a.bm
				}
				if q == "" {
					continue // not asked in this language
				}
				asked++
				name := shortName(f)
				if strings.HasSuffix(name, "…") {
					name = f.Name
				}
				q = strings.ReplaceAll(q, "{name}", name)
				chat++
				got := text(handle(t, b, Update{ChatID: chat, Kind: Text, Text: q, LanguageHint: lang}))
				loc := title.FindStringIndex(got)
				if loc == nil {
					unreached++
					t.Logf("%s %s %s: %q: no card of the fiche", f.Ref, lang, a.part, q)
					continue
				}
				card := got[loc[0]:]
				if next := nextCard.FindStringIndex(card[3:]); next != nil {
					card = card[:next[0]+3]
				}
				if a.shows != "" && !strings.ContainsAny(card, a.shows) && !slices.ContainsFunc(slices.Collect(maps.Keys(a.holds)), func(key string) bool { return strings.Contains(card, rt.p.T(key, nil)) }) {
					unanswered++
					t.Logf("%s %s %s: %q: the part is not on the card:\n%s", f.Ref, lang, a.part, q, card)
				}
				for key, holds := range a.holds {
					silent := rt.p.T(key, nil)
					if strings.Contains(card, silent) && holds(f) {
						t.Errorf("%s %s %s: %q: says %q, the fiche holds it:\n%s", f.Ref, lang, a.part, q, silent, card)
					}
				}
			}
		}
	}
	// A question that finds no card of its fiche, or a card that shows
	// nothing of the part, checks nothing: a few (a name the search reads
	// as a need, a Bambara question read as French) are logged, more fail.
	if unreached > asked/20 {
		t.Errorf("%d questions of %d reached no card of their fiche", unreached, asked)
	}
	if unanswered > asked/20 {
		t.Errorf("%d cards of %d show neither the part asked nor its silence", unanswered, asked)
	}
}
