package bot

import (
	"fmt"
	"slices"
	"strings"

	"sira/index"
	"sira/locales"
	"sira/seeds"
)

// A section is one titled part of a fiche's details.
type section struct {
	part  string // the index.Ask… it answers, or ""
	title string // message id
	lines []string
}

// details is the whole fiche, the part that was asked about first, split
// under Telegram's limit; the last message carries the buttons. A Bambara
// reader gets what the fiche says in Bambara, and a button for what exists
// only in the report's French (reportFrench). The fiche becomes the chat's
// opened one.
func (t *turn) details(f *seeds.Fiche) []Reply {
	t.chat.Opened = f.Ref // what a part asked next is asked of
	head := []string{t.heading(f, 0)}
	if l := t.label(f); l != "" {
		head = append(head, l)
	}
	if s := t.summary(f); s != "" {
		head = append(head, s)
	}
	parts := []string{strings.Join(head, "\n")}
	ours, report := t.sections(f)
	for _, s := range askedFirst(ours, t.chat.Asked) {
		if len(s.lines) > 0 {
			parts = append(parts, "<b>"+t.p.T(s.title, nil)+"</b>\n"+strings.Join(s.lines, "\n"))
		}
	}
	parts = append(parts, "<i>"+t.checkedLine(f)+"</i>")
	var replies []Reply
	for _, chunk := range split(parts, maxMessage) {
		replies = append(replies, Reply{Text: chunk})
	}
	actions := []Button{{Label: t.p.T("btn_slip", nil), Data: "o:" + f.Ref}, {Label: t.p.T("btn_share", nil), Data: "s:" + f.Ref}}
	if len(f.Phones()) > 0 && (f.Audience == seeds.AudiencePublic || t.lastFocus().donors) {
		// A programme's officer is no button for a person to tap: the
		// counsellor's button below is theirs.
		actions = append([]Button{{Label: t.p.T("btn_call", nil), Data: "p:" + f.Ref}}, actions...)
	}
	buttons := [][]Button{actions}
	if len(report) > 0 {
		buttons = append(buttons, []Button{{Label: t.p.T("btn_report_french", nil), Data: "q:" + f.Ref}})
	}
	replies[len(replies)-1].Buttons = append(buttons, []Button{t.counsellorButton()})
	return replies
}

// reportFrench is what the report says of a fiche that has no Bambara
// (conditions, the report's cost wording, the offer…), for a Bambara
// reader who asks for it: in French, under a Bambara title saying so, each
// part in a blockquote.
func (t *turn) reportFrench(f *seeds.Fiche) []Reply {
	_, report := t.sections(f)
	parts := []string{"<b>" + keep(esc(f.Name)) + "</b> — " + t.p.T("report_french", nil)}
	for _, s := range askedFirst(report, t.chat.Asked) {
		parts = append(parts, "<blockquote>"+keep("<b>"+french.T(s.title, nil)+"</b>\n"+esc(strings.Join(s.lines, "\n")))+"</blockquote>")
	}
	var replies []Reply
	for _, chunk := range split(parts, maxMessage) {
		replies = append(replies, Reply{Text: chunk})
	}
	return replies
}

// french prints the titles of the report's text.
var french = locales.For(locales.French)

// sections are a fiche's details in the chat's language (ours), and the
// report's French that has no Bambara (for a Bambara reader only).
func (t *turn) sections(f *seeds.Fiche) (ours, report []section) {
	var costs, trades []string
	docs, _ := t.documents(f)
	for _, it := range f.Costs.Items {
		costs = append(costs, "• "+t.costLine(f, it))
	}
	for _, tr := range f.Trades {
		if l := "• " + t.tradeLine(tr); l != "• " && !slices.Contains(trades, l) {
			trades = append(trades, l) // two French trades may share a Bambara name
		}
	}
	text := []section{
		{index.AskCost, "details_cost", lines(f.Costs.Text)},
		{index.AskConditions, "details_conditions", f.Conditions},
		{"", "details_offer", lines(f.Offer)},
		{"", "details_public", lines(f.Public)},
		{"", "details_returnees", lines(f.Returnees)},
		{"", "details_note", lines(f.Note)},
	}
	ours = []section{
		{index.AskContact, "details_contact", t.contactLines(f)},
		{index.AskCost, "details_cost", costs},
		{index.AskConditions, "card_papers", docs},
	}
	if t.bambara() {
		ours = append(ours, section{"", "details_trades", trades})
		if len(f.Documents) > 0 {
			text = append(text[:2], append([]section{{index.AskConditions, "card_papers", f.Documents}}, text[2:]...)...)
		}
		for _, s := range text {
			if len(s.lines) > 0 {
				report = append(report, s)
			}
		}
		return ours, report
	}
	if len(costs) == 0 {
		ours[1] = text[0] // no items: the report's words
	}
	ours = append(ours, text[1], section{"", "details_trades", trades})
	return append(ours, text[2:]...), nil
}

// askedFirst puts the sections that answer the part asked first.
func askedFirst(ss []section, asked string) []section {
	var first, rest []section
	for _, s := range ss {
		if asked != "" && s.part == asked {
			first = append(first, s)
		} else {
			rest = append(rest, s)
		}
	}
	return append(first, rest...)
}

// lines splits a text of the report into its non-empty lines.
func lines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// contactLines are the fiche's contacts, one line each, the one for the
// place of the last question first (byPlace): who (in French, the name
// and role; in Bambara, the name only, a role being French) and their
// numbers and addresses; then the web sites. A programme's start with the
// counsellor's route to it.
func (t *turn) contactLines(f *seeds.Fiche) []string {
	var out []string
	if f.Audience == seeds.AudienceProgramme {
		if l := t.programmeRoute(f); l != "" {
			out = append(out, l)
		}
	}
	for _, c := range byPlace(f, t.lastPlace()) {
		reach := append(append([]string(nil), c.Phones...), c.Emails...)
		who := c.Name
		if !t.bambara() {
			who = strings.Trim(c.Name+", "+c.Role, ", ")
		}
		line := keep(esc(strings.Join(reach, " · ")))
		if who != "" {
			line = keep(esc(who)) + " : " + line
		}
		out = append(out, line)
	}
	for _, w := range f.Websites {
		out = append(out, keep(esc(w)))
	}
	return out
}

// slip is the referral slip: what a young person needs to go there, whole
// (every route of entry with its papers, every cost, whom to call), to
// show at the door or hand over. In Bambara, what exists only in the
// report's French follows each title, marked as the report's.
func (t *turn) slip(f *seeds.Fiche) Reply {
	unknown := t.p.T("slip_unknown", nil)
	var b strings.Builder
	fmt.Fprintf(&b, "📝 <b>%s</b>\n<b>%s</b>", t.p.T("slip_title", nil), keep(esc(f.Name)))
	if l := t.label(f); l != "" {
		b.WriteString("\n" + l)
	}
	fmt.Fprintf(&b, "\n\n📍 <b>%s</b> : %s", t.p.T("slip_where", nil), where(t, f))
	item := func(emoji, title string, ours, report []string) {
		fmt.Fprintf(&b, "\n\n%s <b>%s</b>", emoji, t.p.T(title, nil))
		for _, l := range ours {
			b.WriteString("\n" + l)
		}
		if len(report) > 0 {
			b.WriteString("\n<i>" + t.p.T("report_french", nil) + " :</i>\n<blockquote>" + keep(esc(strings.Join(report, "\n"))) + "</blockquote>")
		}
		if len(ours) == 0 && len(report) == 0 {
			b.WriteString(" : " + unknown)
		}
	}
	var conds, costs, costText []string
	for _, c := range f.Conditions {
		conds = append(conds, "• "+strings.TrimSpace(c))
	}
	docs, untranslated := t.documents(f)
	for _, it := range f.Costs.Items {
		costs = append(costs, "• "+t.costLine(f, it))
	}
	if len(costs) == 0 {
		costText = lines(f.Costs.Text)
	}
	if t.bambara() {
		item("🚪", "slip_how", nil, conds)
		item("📄", "card_papers", docs, untranslated)
		item("💰", "slip_cost", costs, costText)
	} else {
		for i := range conds {
			conds[i] = esc(conds[i])
		}
		for _, l := range costText {
			costs = append(costs, esc(l))
		}
		item("🚪", "slip_how", conds, nil)
		item("📄", "card_papers", docs, nil)
		item("💰", "slip_cost", costs, nil)
	}
	item("📞", "slip_call", t.contactLines(f), nil)
	return Reply{Text: b.String()}
}
