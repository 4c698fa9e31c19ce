package bot

import (
	"fmt"
	"html"
	"strings"
	"unicode/utf8"

	"sira/index"
	"sira/seeds"
)

// counsellorRef is the fiche of the APEJ, which runs the Espaces
// Orientation Jeunesse: where Sira sends people to a counsellor.
const counsellorRef = "P14"

// maxMessage is Telegram's limit on a message's text, with room for markup.
const maxMessage = 4000

func esc(s string) string { return html.EscapeString(s) }

// answer shows the first page of an answer, saying plainly when nothing
// fits and what the alternatives are.
func (t *turn) answer(a index.Answer) []Reply {
	t.remember(a.Results, a.Asked, a.NoMatch)
	var intro string
	switch {
	case a.NoMatch && a.Elsewhere && a.Place != nil:
		intro = t.p.T("no_match_elsewhere", map[string]any{"Place": esc(a.Place.Name)})
	case a.NoMatch && len(a.Results) > 0:
		intro = t.p.T("no_match", nil) + "\n" + t.p.T("alternatives", nil)
	case a.NoMatch:
		intro = t.p.T("no_match", nil)
	default:
		intro = t.p.N("results_intro", min(pageSize, len(a.Results)), nil)
	}
	r := t.page(intro, a.Results, 0)
	if a.NoMatch || a.Need == seeds.NeedProtection {
		r.Text += "\n\n" + t.p.T(t.counsellorOffer(), nil)
		r.Buttons = append(r.Buttons, []Button{t.counsellorButton()})
	}
	if len(a.Results) == 0 {
		r.Menu = t.menu()
	}
	return []Reply{r}
}

// page renders results[page*3 : page*3+3] as cards with their buttons.
func (t *turn) page(intro string, results []index.Result, page int) Reply {
	start := page * pageSize
	end := min(start+pageSize, len(results))
	var b strings.Builder
	if intro != "" {
		b.WriteString(intro)
	}
	var buttons [][]Button
	for i := start; i < end; i++ {
		f := results[i].Fiche
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(t.card(i+1, f))
		buttons = append(buttons, []Button{{Label: t.p.T("btn_details", map[string]any{"Name": shortName(f)}), Data: "d:" + f.Ref}})
	}
	var nav []Button
	if end < len(results) {
		nav = append(nav, Button{Label: t.p.T("btn_more", nil), Data: "m"})
	}
	nav = append(nav, Button{Label: t.p.T("btn_other_region", nil), Data: "r:"})
	return Reply{Text: b.String(), Buttons: append(buttons, nav)}
}

// card is one fiche in a list: name and town, what it offers, cost when
// known, phone numbers (Telegram makes +223… numbers tappable).
func (t *turn) card(n int, f *seeds.Fiche) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<b>%d. %s</b> — %s\n%s", n, esc(f.Name), esc(where(t, f)), esc(f.Summary))
	if c := firstSentence(f.Costs.Text, 120); c != "" {
		fmt.Fprintf(&b, "\n%s : %s", t.p.T("card_cost", nil), esc(c))
	}
	if ph := f.Phones(); len(ph) > 0 {
		fmt.Fprintf(&b, "\n%s : %s", t.p.T("card_phone", nil), strings.Join(ph[:min(2, len(ph))], ", "))
	} else if em := f.Emails(); len(em) > 0 {
		fmt.Fprintf(&b, "\n✉️ %s", esc(em[0]))
	}
	return b.String()
}

func where(t *turn, f *seeds.Fiche) string {
	if len(f.Cities) > 0 {
		return strings.Join(f.Cities, ", ")
	}
	if f.Serves(seeds.National) {
		return t.p.T("region_all", nil)
	}
	names := make([]string, len(f.Regions))
	for i, r := range f.Regions {
		names[i] = regionName(r)
	}
	return strings.Join(names, ", ")
}

// shortName is a fiche's name short enough for a button.
func shortName(f *seeds.Fiche) string {
	if utf8.RuneCountInString(f.Name) <= 28 {
		return f.Name
	}
	if len(f.Acronyms) > 0 {
		return f.Acronyms[0]
	}
	r := []rune(f.Name)
	return string(r[:27]) + "…"
}

// firstSentence is the first line or sentence of s, cut to max characters.
func firstSentence(s string, max int) string {
	s = strings.TrimLeft(strings.TrimSpace(s), "-•· ")
	if i := strings.IndexAny(s, "\n;"); i >= 0 {
		s = s[:i]
	}
	if r := []rune(s); len(r) > max {
		s = string(r[:max-1]) + "…"
	}
	return strings.TrimSpace(s)
}

// details is the whole fiche, the part that was asked about first, split
// under Telegram's limit; the last message carries the buttons.
func (t *turn) details(f *seeds.Fiche) []Reply {
	type section struct{ id, body string }
	contact := contactText(f)
	costs := f.Costs.Text
	all := []section{
		{"details_contact", contact},
		{"details_cost", costs},
		{"details_conditions", strings.Join(f.Conditions, "\n")},
		{"details_offer", f.Offer},
		{"details_trades", tradesText(f)},
		{"details_public", f.Public},
		{"details_returnees", f.Returnees},
	}
	first := map[string]string{index.AskContact: "details_contact", index.AskCost: "details_cost", index.AskConditions: "details_conditions"}[t.chat.Asked]
	var ordered []section
	for _, s := range all {
		if s.id == first {
			ordered = append([]section{s}, ordered...)
		} else {
			ordered = append(ordered, s)
		}
	}
	parts := []string{fmt.Sprintf("<b>%s</b> — %s\n%s", esc(f.Name), esc(where(t, f)), esc(f.Summary))}
	for _, s := range ordered {
		if strings.TrimSpace(s.body) == "" {
			continue
		}
		body := esc(s.body)
		if s.id == "details_contact" {
			body = s.body // already escaped, with links
		}
		parts = append(parts, fmt.Sprintf("<b>%s</b>\n%s", t.p.T(s.id, nil), body))
	}
	parts = append(parts, "<i>"+t.p.T("details_checked", map[string]any{"Date": f.Checked})+"</i>")
	var replies []Reply
	for _, chunk := range split(parts, maxMessage) {
		replies = append(replies, Reply{Text: chunk})
	}
	replies[len(replies)-1].Buttons = [][]Button{
		{{Label: t.p.T("btn_slip", nil), Data: "o:" + f.Ref}, {Label: t.p.T("btn_share", nil), Data: "s:" + f.Ref}},
		{t.counsellorButton()},
	}
	return replies
}

func contactText(f *seeds.Fiche) string {
	var lines []string
	for _, c := range f.Contacts {
		who := strings.Trim(c.Name+", "+c.Role, ", ")
		reach := append(append([]string(nil), c.Phones...), c.Emails...)
		line := strings.Join(reach, " · ")
		if who != "" {
			line = esc(who) + " : " + esc(line)
		} else {
			line = esc(line)
		}
		lines = append(lines, line)
	}
	for _, w := range f.Websites {
		lines = append(lines, esc(w))
	}
	return strings.Join(lines, "\n")
}

func tradesText(f *seeds.Fiche) string {
	var lines []string
	for _, tr := range f.Trades {
		if tr.Duration != "" {
			lines = append(lines, "• "+tr.Name+" ("+tr.Duration+")")
		} else {
			lines = append(lines, "• "+tr.Name)
		}
	}
	return strings.Join(lines, "\n")
}

// split joins parts with blank lines into messages of at most max
// characters, cutting a part that is longer by lines, then by characters.
func split(parts []string, max int) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	add := func(s string) {
		n := utf8.RuneCountInString(cur.String())
		sep := 0
		if n > 0 {
			sep = 2
		}
		if n+sep+utf8.RuneCountInString(s) > max {
			flush()
			sep = 0
		}
		if sep > 0 {
			cur.WriteString("\n\n")
		}
		cur.WriteString(s)
	}
	for _, p := range parts {
		for utf8.RuneCountInString(p) > max {
			r := []rune(p)
			cut := max
			if i := strings.LastIndex(string(r[:max]), "\n"); i > 0 {
				cut = utf8.RuneCountInString(string(r[:max])[:i])
			}
			flush()
			out = append(out, string(r[:cut]))
			p = strings.TrimLeft(string(r[cut:]), "\n")
		}
		add(p)
	}
	flush()
	return out
}

// share gives the link that opens this fiche in Sira.
func (t *turn) share(f *seeds.Fiche) Reply {
	link := fmt.Sprintf("https://t.me/%s?start=fiche_%s", t.opt.Username, f.Slug)
	return Reply{Text: t.p.T("share_text", nil) + "\n" + esc(f.Name) + "\n" + link}
}

// forwardable is the answer to a forwarded question, written to be
// forwarded back as it is: the question, the fiches with their numbers, no
// buttons.
func (t *turn) forwardable(question string, a index.Answer) Reply {
	t.remember(a.Results, a.Asked, a.NoMatch)
	var b strings.Builder
	b.WriteString("<b>" + t.p.T("forwarded_intro", nil) + "</b>\n")
	b.WriteString(t.p.T("forwarded_question", map[string]any{"Question": esc(firstSentence(question, 200))}))
	if a.NoMatch {
		b.WriteString("\n\n" + t.p.T("no_match", nil))
		if len(a.Results) > 0 {
			b.WriteString(" " + t.p.T("alternatives", nil))
		}
	}
	for i, r := range a.Results[:min(pageSize, len(a.Results))] {
		b.WriteString("\n\n" + t.card(i+1, r.Fiche))
		if em := r.Fiche.Emails(); len(em) > 0 && len(r.Fiche.Phones()) > 0 {
			b.WriteString("\n✉️ " + esc(em[0]))
		}
	}
	if a.NoMatch || a.Need == seeds.NeedProtection {
		b.WriteString("\n\n" + t.p.T("counsellor_offer", nil))
	}
	return Reply{Text: b.String()}
}

// counsellorButton offers a person: the hand-off when a counsellors' group
// is set, the EOJ network's fiche otherwise.
func (t *turn) counsellorButton() Button {
	if t.opt.Counsellors != 0 {
		return Button{Label: t.p.T("btn_handoff", nil), Data: "c"}
	}
	return Button{Label: t.p.T("btn_counsellor", nil), Data: "d:" + counsellorRef}
}

func (t *turn) counsellorOffer() string {
	if t.opt.Counsellors != 0 {
		return "handoff_offer"
	}
	return "counsellor_offer"
}
