package bot

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"sira/index"
	"sira/locales"
	"sira/seeds"
	"sira/store"
)

// handOff opens a case for the person and posts it to the counsellors.
func (t *turn) handOff() ([]Reply, error) {
	switch {
	case t.opt.Console:
		return []Reply{{Text: t.p.T("handoff_console", nil)}}, nil
	case t.u.Group:
		// A case is one person's: the counsellor's answers must not reach a group.
		return []Reply{{Text: t.p.T("handoff_private", map[string]any{"Bot": t.opt.Username})}}, nil
	case t.opt.Counsellors == 0:
		return []Reply{{Text: t.p.T("handoff_off", nil), Buttons: [][]Button{{{Label: t.p.T("btn_counsellor", nil), Data: "d:" + counsellorRef}}}}}, nil
	}
	if _, open, err := t.store.OpenCaseOf(t.ctx, t.u.ChatID); err != nil || open {
		return []Reply{{Text: t.p.T("handoff_already", nil)}}, err
	}
	name := t.u.FirstName
	if name == "" {
		name = "?"
	}
	c := store.Case{Chat: t.u.ChatID, FirstName: name, Lang: t.p.Lang, Region: t.chat.Region, Opened: t.now()}
	if t.chat.Question != "" {
		c.Lines = append(c.Lines, store.CaseLine{From: "person", Text: t.chat.Question, At: t.now()})
	}
	c, err := t.store.OpenCase(t.ctx, c)
	if err != nil {
		return nil, fmt.Errorf("bot: hand-off: %w", err)
	}
	t.count("cases/opened")
	return []Reply{
		{Chat: t.opt.Counsellors, Text: t.casePost(c, t.shownNames()), Buttons: caseButtons(c)},
		{Text: t.p.T("handoff_opened", nil)},
	}, nil
}

// shownNames names the fiches Sira showed last, for the counsellor.
func (t *turn) shownNames() string {
	var names []string
	for _, ref := range t.chat.Results[:min(pageSize, len(t.chat.Results))] {
		if f, ok := t.ix.Fiche(ref); ok {
			names = append(names, f.Name)
		}
	}
	if len(names) == 0 {
		return "—"
	}
	return strings.Join(names, " ; ")
}

// group is the printer of the counsellors' group: they work in French.
var group = locales.For(locales.French)

func (b *Bot) casePost(c store.Case, shown string) string {
	lang := "français"
	if c.Lang == locales.Bambara {
		lang = "bamanankan"
	}
	where := ""
	if c.Region != "" {
		where = ", " + seeds.Regions[c.Region]
	}
	question := "—"
	if len(c.Lines) > 0 {
		question = c.Lines[0].Text
	}
	text := group.T("case_post", map[string]any{
		"ID": c.ID, "Name": esc(c.FirstName), "Lang": lang + where, "Question": esc(question), "Shown": esc(shown),
	})
	if c.TakenBy != "" {
		text += "\n" + group.T("case_taken", map[string]any{"ID": c.ID, "By": esc(c.TakenBy)})
	}
	return text
}

func caseButtons(c store.Case) [][]Button {
	id := strconv.Itoa(c.ID)
	if c.TakenBy != "" {
		return [][]Button{{{Label: group.T("btn_close", nil), Data: "x:" + id}}}
	}
	return [][]Button{{{Label: group.T("btn_take", nil), Data: "k:" + id}, {Label: group.T("btn_close", nil), Data: "x:" + id}}}
}

// caseMessage sends a person's message to their open case instead of
// searching; commands still work.
func (t *turn) caseMessage() ([]Reply, bool, error) {
	if t.opt.Counsellors == 0 || t.u.Kind != Text || strings.HasPrefix(strings.TrimSpace(t.u.Text), "/") {
		return nil, false, nil
	}
	c, open, err := t.store.OpenCaseOf(t.ctx, t.u.ChatID)
	if err != nil || !open {
		return nil, false, err
	}
	text := firstSentence(t.u.Text, 1000)
	c, err = t.store.UpdateCase(t.ctx, c.ID, func(c *store.Case) error {
		if !c.Open() {
			return errClosed
		}
		c.Lines = append(c.Lines, store.CaseLine{From: "person", Text: text, At: t.now()})
		return nil
	})
	if errors.Is(err, errClosed) {
		return nil, false, nil // closed meanwhile: a question for Sira again
	}
	if err != nil {
		return nil, true, err
	}
	return []Reply{
		{Chat: t.opt.Counsellors, Text: group.T("case_followup", map[string]any{"ID": c.ID, "Name": esc(c.FirstName), "Text": esc(text)})},
		{Text: t.p.T("handoff_sent", nil)},
	}, true, nil
}

// Why a case change was refused.
var (
	errClosed = errors.New("case closed")
	errTaken  = errors.New("case taken by another counsellor")
)

var caseNumber = regexp.MustCompile(`#(\d+)`)

// counsellors handles the counsellors' group: replies to a case post go
// to the person; take, close and /stats.
func (b *Bot) counsellors(ctx context.Context, u Update) ([]Reply, error) {
	if u.Kind == Callback {
		action, value, _ := strings.Cut(u.Data, ":")
		id, _ := strconv.Atoi(value)
		switch action {
		case "k":
			return b.take(ctx, id, u)
		case "x":
			rs, err := b.closeCase(ctx, id, u.FirstName)
			return append([]Reply{{Notice: group.T("case_closed", map[string]any{"ID": id, "By": u.FirstName})}}, rs...), err
		}
		return []Reply{{Notice: group.T("unknown_button", nil)}}, nil
	}
	if u.Kind != Text {
		return nil, nil
	}
	text := strings.TrimSpace(u.Text)
	if cmd, _, ok := command(text); ok && cmd == "stats" {
		return []Reply{{Text: b.statsText(ctx)}}, nil
	}
	m := caseNumber.FindStringSubmatch(u.RepliedTo)
	if m == nil {
		return nil, nil // the counsellors' own conversation
	}
	id, _ := strconv.Atoi(m[1])
	if cmd, _, ok := command(text); ok && cmd == "fermer" {
		return b.closeCase(ctx, id, u.FirstName)
	}
	var took, answered bool
	c, err := b.store.UpdateCase(ctx, id, func(c *store.Case) error {
		if !c.Open() {
			return errClosed
		}
		if c.TakerID != 0 && c.TakerID != u.FromID {
			return errTaken
		}
		if c.TakerID == 0 {
			c.TakenBy, c.TakerID, took = u.FirstName, u.FromID, true
		}
		if c.Answered.IsZero() {
			c.Answered, answered = b.now(), true
		}
		c.Lines = append(c.Lines, store.CaseLine{From: "counsellor:" + u.FirstName, Text: text, At: b.now()})
		return nil
	})
	switch {
	case errors.Is(err, errTaken):
		return []Reply{{Text: group.T("case_taken_other", map[string]any{"ID": c.ID, "By": esc(c.TakenBy)})}}, nil
	case errors.Is(err, errClosed), errors.Is(err, store.ErrNoCase):
		return []Reply{{Text: group.T("case_unknown", nil)}}, nil
	case err != nil:
		return nil, err
	}
	if took {
		b.count(ctx, "cases/taken")
	}
	if answered {
		b.count(ctx, "cases/answered")
		b.countN(ctx, "cases/answer_minutes", int(c.Answered.Sub(c.Opened)/time.Minute))
	}
	p := locales.For(c.Lang)
	return []Reply{{Chat: c.Chat, Text: p.T("counsellor_says", map[string]any{"Text": esc(text)})}}, nil
}

func (b *Bot) take(ctx context.Context, id int, u Update) ([]Reply, error) {
	c, err := b.store.UpdateCase(ctx, id, func(c *store.Case) error {
		if !c.Open() {
			return errClosed
		}
		if c.TakerID != 0 && c.TakerID != u.FromID {
			return errTaken
		}
		c.TakenBy, c.TakerID = u.FirstName, u.FromID
		return nil
	})
	switch {
	case errors.Is(err, errTaken):
		return []Reply{{Notice: group.T("case_taken_other", map[string]any{"ID": id, "By": c.TakenBy})}}, nil
	case errors.Is(err, errClosed), errors.Is(err, store.ErrNoCase):
		return []Reply{{Notice: group.T("case_unknown", nil)}}, nil
	case err != nil:
		return nil, err
	}
	b.count(ctx, "cases/taken")
	return []Reply{
		{Notice: group.T("case_taken", map[string]any{"ID": id, "By": u.FirstName})},
		{Edit: true, Text: b.casePost(c, "…"), Buttons: caseButtons(c)},
	}, nil
}

// closeCase closes a case and tells the person, in their language.
func (b *Bot) closeCase(ctx context.Context, id int, by string) ([]Reply, error) {
	c, err := b.store.UpdateCase(ctx, id, func(c *store.Case) error {
		if !c.Open() {
			return errClosed
		}
		c.Closed = b.now()
		return nil
	})
	switch {
	case errors.Is(err, errClosed), errors.Is(err, store.ErrNoCase):
		return []Reply{{Text: group.T("case_unknown", nil)}}, nil
	case err != nil:
		return nil, err
	}
	b.count(ctx, "cases/closed")
	return []Reply{
		{Text: group.T("case_closed", map[string]any{"ID": id, "By": esc(by)})},
		{Chat: c.Chat, Text: locales.For(c.Lang).T("handoff_closed", nil)},
	}, nil
}

// Blocked is told by the transport that a person blocked the bot: their
// open case is closed, with a note to the counsellors.
func (b *Bot) Blocked(ctx context.Context, chat int64) []Reply {
	if b.opt.Counsellors == 0 {
		return nil
	}
	c, open, err := b.store.OpenCaseOf(ctx, chat)
	if err != nil || !open {
		return nil
	}
	_, err = b.store.UpdateCase(ctx, c.ID, func(c *store.Case) error {
		if !c.Open() {
			return errClosed
		}
		c.Closed = b.now()
		c.Lines = append(c.Lines, store.CaseLine{From: "sira", Text: "blocked", At: b.now()})
		return nil
	})
	if err != nil {
		if !errors.Is(err, errClosed) {
			b.log.Error("close blocked case", "err", err)
		}
		return nil
	}
	b.count(ctx, "cases/closed")
	return []Reply{{Chat: b.opt.Counsellors, Text: group.T("case_blocked", map[string]any{"ID": c.ID})}}
}

// record counts an answer for the unmet-needs report: need and region,
// the fiches shown, and for a no-match the themes of its topics, each
// once (stats.Vocabulary: never a word as typed). No chat id, no message.
func (t *turn) record(a index.Answer) {
	need, region := orDash(a.Need), orDash(t.chat.Region)
	if a.Place != nil {
		region = a.Place.Region
	}
	t.count("questions/" + need + "/" + region)
	if a.NoMatch {
		themes := map[string]bool{}
		for _, w := range a.Topics() {
			if th := t.vocab.Theme(w); !themes[th] {
				themes[th] = true
				t.count("no_match_theme/" + th)
			}
		}
		return
	}
	for _, r := range a.Results[:min(pageSize, len(a.Results))] {
		t.count("fiche_shown/" + r.Fiche.Ref)
	}
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func (t *turn) count(key string) { t.Bot.count(t.ctx, key) }

func (b *Bot) count(ctx context.Context, key string) { b.countN(ctx, key, 1) }

func (b *Bot) countN(ctx context.Context, key string, n int) {
	if err := b.store.Count(ctx, key, n); err != nil {
		b.log.Error("count", "key", key, "err", err)
	}
}

// statsText is /stats: the last 30 days, for the counsellors.
func (b *Bot) statsText(ctx context.Context) string {
	totals, err := b.store.Totals(ctx, b.now().Add(-30*24*time.Hour))
	if err != nil {
		return group.T("error", nil)
	}
	sections := map[string][]store.Total{}
	for _, t := range totals {
		section, _, _ := strings.Cut(t.Key, "/")
		sections[section] = append(sections[section], t)
	}
	var out strings.Builder
	out.WriteString("<b>" + group.T("stats_title", nil) + "</b>")
	for _, s := range []string{"questions", "no_match_theme", "fiche_shown", "source", "cases"} {
		ts := sections[s]
		if len(ts) == 0 {
			continue
		}
		sortByCount(ts)
		fmt.Fprintf(&out, "\n\n<b>%s</b>", group.T("stats_"+s, nil))
		for _, t := range ts[:min(10, len(ts))] {
			_, key, _ := strings.Cut(t.Key, "/")
			fmt.Fprintf(&out, "\n%s : %d", esc(key), t.Count)
		}
	}
	return out.String()
}

func sortByCount(ts []store.Total) {
	sort.SliceStable(ts, func(i, j int) bool { return ts[i].Count > ts[j].Count })
}
