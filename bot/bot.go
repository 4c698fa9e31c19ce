package bot

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"time"
	"unicode"

	"sira/index"
	"sira/lexicon"
	"sira/locales"
	"sira/places"
	"sira/seeds"
	"sira/stats"
	"sira/store"
)

// Store keeps a chat's language, region and last answer, the cases handed
// to counsellors, and counts for the unmet-needs report.
type Store interface {
	Load(ctx context.Context, chatID int64) (store.Chat, error)
	Save(ctx context.Context, chatID int64, c store.Chat) error
	OpenCase(ctx context.Context, c store.Case) (store.Case, error)
	OpenCaseOf(ctx context.Context, chat int64) (store.Case, bool, error)
	UpdateCase(ctx context.Context, id int, change func(*store.Case) error) (store.Case, error)
	Count(ctx context.Context, key string, n int) error
	Totals(ctx context.Context, since time.Time) ([]store.Total, error)
}

// Options configure a Bot.
type Options struct {
	// Username is the bot's Telegram username (without @), for share links.
	Username string
	// Counsellors is the Telegram group of EOJ counsellors that takes
	// hand-offs; 0 turns hand-off off (the console, a misconfigured id).
	Counsellors int64
	// Console says the conversation runs in a terminal: hand-off then
	// says it needs Telegram.
	Console bool
	Log     *slog.Logger
}

// Bot is the conversation.
type Bot struct {
	ix    *index.Index
	store Store
	opt   Options
	log   *slog.Logger
	now   func() time.Time
	vocab *stats.Vocabulary // what the counts may name
}

// New returns a conversation over an index and a store.
func New(ix *index.Index, st Store, opt Options) *Bot {
	log := opt.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Bot{ix: ix, store: st, opt: opt, log: log, now: time.Now, vocab: stats.New(ix.Fiches(), lexicon.Default())}
}

// pageSize is how many fiches one answer shows.
const pageSize = 3

// maxResults is how many results are kept for paging.
const maxResults = 9

// turn is one update being handled: the chat's state and its printer.
type turn struct {
	*Bot
	ctx  context.Context
	u    Update
	chat store.Chat
	p    locales.Printer
}

// Handle answers an update. It never fails silently: an error inside is
// logged and the person gets a short apology; the error is returned so the
// transport can count it, but the replies are always worth sending.
func (b *Bot) Handle(ctx context.Context, u Update) ([]Reply, error) {
	if u.Kind == Other {
		return nil, nil
	}
	u.Text, u.FirstName = visible(u.Text), visible(u.FirstName)
	if b.opt.Counsellors != 0 && u.ChatID == b.opt.Counsellors {
		return b.counsellors(ctx, u)
	}
	if u.Group && !u.Addressed {
		return nil, nil
	}
	chat, err := b.store.Load(ctx, u.ChatID)
	if err != nil {
		b.log.Error("load chat", "err", err)
	}
	t := &turn{Bot: b, ctx: ctx, u: u, chat: chat}
	t.setLang(chat.Lang)
	if t.chat.Lang == "" && u.LanguageHint == locales.Bambara {
		t.setLang(locales.Bambara)
	}
	replies, err := t.dispatch()
	if err != nil {
		b.log.Error("handle update", "err", err)
		replies = append(replies, Reply{Text: t.p.T("error", nil)})
	}
	replies = t.finish(replies)
	if err := b.store.Save(ctx, u.ChatID, t.chat); err != nil {
		b.log.Error("save chat", "err", err)
	}
	return replies, err
}

func (t *turn) setLang(lang string) {
	if lang == "" {
		lang = locales.French
	}
	t.p = locales.For(lang)
}

func (t *turn) dispatch() ([]Reply, error) {
	if rs, handled, err := t.caseMessage(); handled || err != nil {
		return rs, err
	}
	switch t.u.Kind {
	case Callback:
		return t.callback(t.u.Data)
	case Location:
		return t.near()
	case Media:
		return []Reply{{Text: t.p.T("unsupported_media", nil), Menu: t.menu()}}, nil
	}
	text := strings.TrimSpace(t.u.Text)
	if cmd, arg, ok := command(text); ok {
		return t.command(cmd, arg)
	}
	if need, lang, ok := t.menuNeed(text); ok {
		t.chat.Lang = lang // the keyboard's language is the person's
		t.setLang(lang)
		return t.browse(need)
	}
	if t.isMenuRegion(text) {
		return []Reply{t.regionChoice()}, nil
	}
	if !hasLetter(text) {
		return t.wordless(text), nil
	}
	return t.question(text)
}

// command splits "/start fiche_cfp" into "start" and "fiche_cfp"; a
// command addressed to a bot in a group ("/aide@SiraBot") loses its suffix.
func command(text string) (cmd, arg string, ok bool) {
	if !strings.HasPrefix(text, "/") {
		return "", "", false
	}
	cmd, arg, _ = strings.Cut(text[1:], " ")
	cmd, _, _ = strings.Cut(cmd, "@")
	return strings.ToLower(cmd), strings.TrimSpace(arg), true
}

func hasLetter(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// needCommands are the commands that browse a need.
var needCommands = map[string]string{
	"former": seeds.NeedTraining, "financer": seeds.NeedFinance,
	"emploi": seeds.NeedJob, "proteger": seeds.NeedProtection,
}

// Commands lists the bot's commands in menu order, for setMyCommands; the
// description of each is the locale message "cmd_<name>".
var Commands = []string{"start", "aide", "langue", "former", "financer", "emploi", "proteger", "region", "conseiller"}

func (t *turn) command(cmd, arg string) ([]Reply, error) {
	switch cmd {
	case "start":
		return t.start(arg)
	case "aide", "help":
		return []Reply{{Text: t.p.T("help", nil), Menu: t.menu()}}, nil
	case "langue", "language", "kan":
		return []Reply{t.languageChoice()}, nil
	case "region", "mara":
		return []Reply{t.regionChoice()}, nil
	case "conseiller", "ladilikela":
		return t.handOff()
	}
	if need, ok := needCommands[cmd]; ok {
		return t.browse(need)
	}
	return []Reply{{Text: t.p.T("help", nil), Menu: t.menu()}}, nil
}

// start greets, and follows a deep-link payload: fiche_<slug>,
// need_<need>, region_<region> (posters and shared links).
func (t *turn) start(payload string) ([]Reply, error) {
	welcome := Reply{Text: t.p.T("welcome", nil), Menu: t.menu()}
	kind, value, _ := strings.Cut(payload, "_")
	switch kind {
	case "src":
		// A partner's poster: counted by source, nothing else.
		t.count("source/" + t.vocab.Source(value))
	case "fiche":
		if f, ok := t.ix.Fiche(value); ok {
			return append([]Reply{welcome}, t.details(f)...), nil
		}
	case "need":
		if _, ok := needLabel[value]; ok {
			rs, err := t.browse(value)
			return append([]Reply{welcome}, rs...), err
		}
	case "region":
		if _, ok := seeds.Regions[value]; ok {
			t.chat.Region = value
			return []Reply{welcome, {Text: t.p.T("region_set", map[string]any{"Region": regionName(value)})}}, nil
		}
	}
	return []Reply{welcome}, nil
}

// needLabel maps a need to its menu message id.
var needLabel = map[string]string{
	seeds.NeedTraining: "menu_formation", seeds.NeedFinance: "menu_financement",
	seeds.NeedJob: "menu_emploi", seeds.NeedProtection: "menu_protection",
}

// menu is the main reply keyboard in the chat's language.
func (t *turn) menu() [][]string {
	l := func(id string) string { return t.p.T(id, nil) }
	return [][]string{
		{l("menu_formation"), l("menu_financement")},
		{l("menu_emploi"), l("menu_protection")},
		{l("menu_region")},
	}
}

// menuNeed recognises a menu button's text, in either language (a chat may
// still show the other language's keyboard), and says which.
func (t *turn) menuNeed(text string) (need, lang string, ok bool) {
	for _, lang := range locales.Languages {
		p := locales.For(lang)
		for need, id := range needLabel {
			if text == p.T(id, nil) {
				return need, lang, true
			}
		}
	}
	return "", "", false
}

func (t *turn) isMenuRegion(text string) bool {
	for _, lang := range locales.Languages {
		if text == locales.For(lang).T("menu_region", nil) {
			return true
		}
	}
	return false
}

func (t *turn) languageChoice() Reply {
	return Reply{Text: t.p.T("choose_language", nil), Buttons: [][]Button{{
		{Label: "Français", Data: "l:" + locales.French},
		{Label: "Bamanankan", Data: "l:" + locales.Bambara},
		{Label: keep("ߓߡߊߣߊ߲ߞߊ߲"), Data: "l:" + nko},
	}}}
}

// regionOrder is the order of the region buttons.
var regionOrder = []string{"bamako", "kayes", "koulikoro", "sikasso", "segou", "mopti", "tombouctou", "gao", "kidal", "menaka", "taoudeni", seeds.National}

func regionName(id string) string { return seeds.Regions[id] }

func (t *turn) regionChoice() Reply {
	var rows [][]Button
	var row []Button
	for _, r := range regionOrder {
		label := regionName(r)
		if r == seeds.National {
			label = t.p.T("region_all", nil)
		}
		row = append(row, Button{Label: label, Data: "r:" + r})
		if len(row) == 3 {
			rows, row = append(rows, row), nil
		}
	}
	if len(row) > 0 {
		rows = append(rows, row)
	}
	return Reply{Text: t.p.T("choose_region", nil), Buttons: rows}
}

// callback handles a button: data is "<action>:<value>", kept under
// Telegram's 64 bytes by using refs and ids, never text.
func (t *turn) callback(data string) ([]Reply, error) {
	action, value, _ := strings.Cut(data, ":")
	switch action {
	case "l":
		if value == locales.French || value == locales.Bambara || value == nko {
			t.chat.Lang, t.chat.Script = value, latin
			if value == nko {
				t.chat.Lang, t.chat.Script = locales.Bambara, nko
			}
			t.setLang(t.chat.Lang)
			return []Reply{{Notice: t.p.T("language_set", nil)}, {Text: t.p.T("language_set", nil), Menu: t.menu()}}, nil
		}
	case "r":
		if value == "" {
			return []Reply{t.regionChoice()}, nil
		}
		if _, ok := seeds.Regions[value]; ok {
			t.chat.Region = value
			msg := t.p.T("region_set", map[string]any{"Region": regionName(value)})
			if value == seeds.National {
				msg = t.p.T("region_set", map[string]any{"Region": t.p.T("region_all", nil)})
			}
			return []Reply{{Notice: msg}, {Text: msg, Menu: t.menu()}}, nil
		}
	case "d":
		if f, ok := t.ix.Fiche(value); ok {
			return t.details(f), nil
		}
	case "s":
		if f, ok := t.ix.Fiche(value); ok {
			return []Reply{t.share(f)}, nil
		}
	case "n":
		if _, ok := needLabel[value]; ok {
			return t.browse(value)
		}
	case "m":
		return t.more()
	case "c":
		return t.handOff()
	case "o":
		if f, ok := t.ix.Fiche(value); ok {
			return []Reply{t.slip(f)}, nil
		}
	}
	return []Reply{{Notice: t.p.T("unknown_button", nil)}}, nil
}

func (t *turn) browse(need string) ([]Reply, error) {
	a, err := t.ix.Browse(t.ctx, need, t.chat.Region, maxResults)
	if err != nil {
		return nil, fmt.Errorf("bot: browse: %w", err)
	}
	t.chat.Question, t.chat.Need, t.chat.Place = "", need, "" // a need, no question of the person's
	return t.answer(a), nil
}

// near answers a shared location: outside Mali, it says so and offers the
// regions; in Mali, the nearest places a person can go, with how far.
func (t *turn) near() ([]Reply, error) {
	if !places.Mali().Contains(t.u.Lat, t.u.Lon) {
		r := t.regionChoice()
		r.Text = t.p.T("location_abroad", nil) + "\n" + r.Text
		return []Reply{r}, nil
	}
	town, rs := t.ix.Near(t.u.Lat, t.u.Lon, "", maxResults)
	t.remember(rs, "", false)
	t.chat.Question, t.chat.Need, t.chat.Place = "", "", town.Name
	t.chat.Region = town.Region
	intro := t.p.T("location_intro", map[string]any{"Place": keep(esc(town.Name))})
	return []Reply{t.page(intro, rs, 0, focus{})}, nil
}

// more shows the next page of the last answer.
func (t *turn) more() ([]Reply, error) {
	if len(t.chat.Results) == 0 {
		return []Reply{{Notice: t.p.T("expired", nil)}, {Text: t.p.T("expired", nil)}}, nil
	}
	next := t.chat.Page + 1
	if next*pageSize >= len(t.chat.Results) {
		return []Reply{{Notice: t.p.T("no_more", nil)}}, nil
	}
	var rs []index.Result
	for _, ref := range t.chat.Results {
		if f, ok := t.ix.Fiche(ref); ok {
			rs = append(rs, index.Result{Fiche: f})
		}
	}
	t.chat.Page = next
	return []Reply{t.page("", rs, next, t.lastFocus())}, nil
}

// remember keeps the answer's refs for paging and follow-ups: no words of
// the person (the question, kept apart, is the caller's to set).
func (t *turn) remember(rs []index.Result, asked string, noMatch bool) {
	t.chat.Results = t.chat.Results[:0]
	for _, r := range rs {
		t.chat.Results = append(t.chat.Results, r.Fiche.Ref)
	}
	t.chat.Asked, t.chat.Page, t.chat.NoMatch, t.chat.NavAt = asked, 0, noMatch, t.now()
}
