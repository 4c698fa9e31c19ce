package bot

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"sira/bot/stats"
	"sira/bot/store"
	"sira/index"
	"sira/index/lexicon"
	"sira/index/places"
	"sira/locales"
	"sira/seeds"
)

// Store keeps a chat's language, region and last answer, the cases handed
// to counsellors, and counts for the unmet-needs report.
type Store interface {
	Load(ctx context.Context, chatID int64) (store.Chat, error)
	Save(ctx context.Context, chatID int64, c store.Chat) error
	OpenCase(ctx context.Context, c store.Case) (store.Case, error)
	OpenCaseOf(ctx context.Context, chat int64) (store.Case, bool, error)
	UpdateCase(ctx context.Context, id int, change func(*store.Case) error) (store.Case, error)
	DeleteCase(ctx context.Context, id int) error
	OpenCases(ctx context.Context) ([]store.Case, error)
	IdleCases(ctx context.Context, before time.Time) ([]store.Case, error)
	Moved(ctx context.Context, chat int64) (int64, error)
	SetMoved(ctx context.Context, from, to int64) error
	Count(ctx context.Context, key string, n int) error
	Totals(ctx context.Context, since time.Time) ([]store.Total, error)
}

// An Address is how a person reaches Sira by name, as its transport
// spells it: the name to write to, and a link that opens a chat with Sira
// started with payload ("fiche_<slug>": the /start deep links).
type Address interface {
	Name() string
	Link(payload string) string
}

// noAddress is the address of a Sira that has none: no name, no link.
type noAddress struct{}

func (noAddress) Name() string       { return "" }
func (noAddress) Link(string) string { return "" }

// Options configure a Bot.
type Options struct {
	// Address is how people reach Sira, for a fiche's share link and a
	// group member asked to write in private; nil is none.
	Address Address
	// Counsellors is the Telegram group of EOJ counsellors that takes
	// hand-offs, reached through Sender; 0 or no Sender turns hand-off
	// off (a user with no group, a misconfigured id).
	Counsellors int64
	Sender      Sender
	// NoCounsellors, when set, is the message (a locales id) a person
	// asking for a counsellor is told, by a user that has no counsellors'
	// group at all (the console). Unset, a hand-off that is off offers the
	// APEJ's fiche.
	NoCounsellors string
	Log           *slog.Logger
}

// Bot is the conversation.
type Bot struct {
	ix    *index.Index
	store Store
	opt   Options
	log   *slog.Logger
	now   func() time.Time
	vocab *stats.Vocabulary // what the counts may name
	desk  desk
}

// New returns a conversation over an index and a store.
func New(ix *index.Index, st Store, opt Options) *Bot {
	log := opt.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if opt.Address == nil {
		opt.Address = noAddress{}
	}
	b := &Bot{ix: ix, store: st, opt: opt, log: log, now: time.Now, vocab: stats.New(ix.Fiches(), lexicon.Default())}
	b.desk.configured, b.desk.id, b.desk.reachable = opt.Counsellors, opt.Counsellors, opt.Counsellors != 0 && opt.Sender != nil
	return b
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
	// lastQ is the chat's last question read again, when a turn needs it.
	lastQ *index.Query
}

// Handle answers an update. It never fails silently: an error inside is
// logged and the person gets a short apology; the error is returned so the
// transport can count it, but the replies are always worth sending.
func (b *Bot) Handle(ctx context.Context, u Update) ([]Reply, error) {
	u.Text, u.FirstName = visible(u.Text), visible(u.FirstName)
	switch group, _ := b.desk.get(); {
	case u.Kind == Other:
		return nil, nil
	case u.Kind == Moved:
		b.moved(ctx, u.ChatID, u.MovedTo)
		return nil, nil
	case b.handsOff() && u.ChatID == group:
		return b.counsellors(ctx, u)
	case u.Kind == Member:
		if u.Gone && !u.Room.Group() && b.handsOff() {
			b.blocked(ctx, u.ChatID) // a person who blocked the bot
		}
		return nil, nil
	case u.Room == Overheard:
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

// Apology is the reply to a person whose message could not be handled (a
// transport that caught a panic), in the language their client reports.
func Apology(hint string) Reply { return Reply{Text: locales.For(hint).T("error", nil)} }

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
		return t.media()
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

// command does what a person's command says (commands.tsv); an unknown
// one, or a counsellors' one, gets the help.
func (t *turn) command(cmd, arg string) ([]Reply, error) {
	does := commands.does[cmd]
	switch does {
	case doStart:
		return t.start(arg)
	case doLanguage:
		return []Reply{t.languageChoice()}, nil
	case doRegion:
		return []Reply{t.regionChoice()}, nil
	case doCounsellor:
		return t.handOff(0)
	case doLeave:
		return t.leave()
	}
	if slices.Contains(seeds.Needs, does) {
		return t.browse(does)
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
			return []Reply{welcome, {Text: t.p.T("region_set", map[string]any{"Region": t.regionLabel(value)})}}, nil
		}
	}
	return []Reply{welcome}, nil
}

// needLabel maps a need to its menu message id.
var needLabel = map[string]string{
	seeds.NeedTraining: "menu_formation", seeds.NeedFinance: "menu_financement",
	seeds.NeedJob: "menu_emploi", seeds.NeedProtection: "menu_protection",
}

// menu is the main reply keyboard in the chat's language: the needs, the
// region, and a key that shares where the person is.
func (t *turn) menu() *Menu {
	k := func(id string) Key { return Key{Label: t.p.T(id, nil)} }
	here := k("menu_location")
	here.SendsLocation = true
	return &Menu{Rows: [][]Key{
		{k("menu_formation"), k("menu_financement")},
		{k("menu_emploi"), k("menu_protection")},
		{k("menu_region"), here},
	}, Placeholder: t.p.T("menu_placeholder", nil)}
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
		{Label: locales.For(locales.French).T("language_name", nil), Data: "l:" + locales.French},
		{Label: locales.For(locales.Bambara).T("language_name", nil), Data: "l:" + locales.Bambara},
		{Label: keep(locales.For(locales.Bambara).T("language_name_nko", nil)), Data: "l:" + nko},
	}}}
}

func regionName(id string) string { return seeds.Regions[id] }

// regionLabel names a region a person chooses in their language: the
// whole country, and in N'Ko the region by its sourced Bambara name.
func (t *turn) regionLabel(id string) string {
	if id == seeds.National {
		return t.p.T("region_all", nil)
	}
	if p, ok := places.Default().Lookup(id); ok && t.chat.Script == nko && p.Bambara != "" {
		return p.Bambara // "Mɔti", written in N'Ko as it is said, not "Mopti" letter by letter
	}
	return regionName(id)
}

// regionChoice offers the regions; the buttons name the chat's current
// answer, which a choice asks again in that region.
func (t *turn) regionChoice() Reply {
	var rows [][]Button
	var row []Button
	for _, r := range seeds.RegionIDs {
		row = append(row, Button{Label: t.regionLabel(r), Data: fmt.Sprintf("g:%d:%s", t.chat.Answer, r)})
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
// Telegram's 64 bytes by using refs and ids, never text. Buttons that page
// or re-ask an answer name it ("m:<answer>:<page>"): one on an older
// answer says it has expired instead of acting on the newest.
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
			return []Reply{{Text: t.p.T("language_set", nil), Menu: t.menu()}}, nil
		}
	case "r":
		if _, ok := t.answerOf(value); ok {
			picker := t.regionChoice()
			picker.Edit = true
			return []Reply{picker}, nil
		}
		return t.expired()
	case "g":
		id, region, _ := strings.Cut(value, ":")
		if _, ok := seeds.Regions[region]; ok {
			return t.chooseRegion(id, region)
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
		id, page, _ := strings.Cut(value, ":")
		n, err := strconv.Atoi(page)
		if _, ok := t.answerOf(id); ok && err == nil {
			return t.more(n)
		}
		return t.expired()
	case "c":
		return t.handOff(0)
	case "v":
		if id, err := strconv.Atoi(value); err == nil && id > 0 {
			return t.handOff(id)
		}
	case "f":
		return t.leave()
	case "p":
		if f, ok := t.ix.Fiche(value); ok {
			return t.call(f), nil
		}
	case "o":
		if f, ok := t.ix.Fiche(value); ok {
			return []Reply{t.slip(f)}, nil
		}
	case "q":
		if f, ok := t.ix.Fiche(value); ok {
			return t.reportFrench(f), nil
		}
	}
	return []Reply{{Notice: t.p.T("unknown_button", nil)}}, nil
}

// answerOf reads an answer id from a button and says whether it names the
// chat's current answer, still pageable.
func (t *turn) answerOf(id string) (int, bool) {
	n, err := strconv.Atoi(id)
	return n, err == nil && n != 0 && n == t.chat.Answer && len(t.chat.Results) > 0
}

func (t *turn) expired() ([]Reply, error) {
	msg := t.p.T("expired", nil)
	return []Reply{{Notice: msg}, {Text: msg}}, nil
}

// chooseRegion makes region the chat's; a choice made on the current
// answer asks it again there, in place of the picker.
func (t *turn) chooseRegion(answer, region string) ([]Reply, error) {
	t.chat.Region = region
	set := t.p.T("region_set", map[string]any{"Region": t.regionLabel(region)})
	if _, ok := t.answerOf(answer); ok {
		if rs, asked, err := t.askAgain(region); asked || err != nil {
			if len(rs) > 0 {
				rs[0].Edit = true
			}
			return rs, err
		}
	} else if answer != "0" {
		set += "\n" + t.p.T("expired", nil)
	}
	return []Reply{{Edit: true, Text: set}}, nil
}

// askAgain answers the chat's last question, or need, in region; asked is
// false when the last answer was neither (a location's).
func (t *turn) askAgain(region string) (rs []Reply, asked bool, err error) {
	var a index.Answer
	question, need := t.chat.Question, t.chat.Need
	switch {
	case question != "":
		a, err = t.ix.AskAt(t.ctx, question, region, maxResults)
	case need != "":
		a, err = t.ix.Browse(t.ctx, need, region, maxResults)
	default:
		return nil, false, nil
	}
	if err != nil {
		return nil, true, fmt.Errorf("bot: ask again: %w", err)
	}
	a.Results = shownOrder(a)
	// Still the question asked, for a hand-off or another region; its
	// place is now the region chosen.
	t.chat.Question, t.chat.Need, t.chat.Place = question, need, ""
	return t.answer(a), true, nil
}

func (t *turn) browse(need string) ([]Reply, error) {
	a, err := t.ix.Browse(t.ctx, need, t.chat.Region, maxResults)
	if err != nil {
		return nil, fmt.Errorf("bot: browse: %w", err)
	}
	a.Results = shownOrder(a)
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
	intro := t.p.T("location_intro", map[string]any{"Place": t.placeName(town)})
	return []Reply{t.page(intro, rs, 0, focus{})}, nil
}

// more shows page n of the last answer: in place of the page shown when
// a button asks, as a new message when the person types "il y a
// d'autres ?".
func (t *turn) more(n int) ([]Reply, error) {
	if len(t.chat.Results) == 0 {
		return t.expired()
	}
	if n < 0 || n*pageSize >= len(t.chat.Results) {
		msg := t.p.T("no_more", nil)
		return []Reply{{Notice: msg}, {Text: msg}}, nil
	}
	t.chat.Page, t.chat.Opened = n, "" // the list again, no fiche opened
	fc := t.lastFocus()
	shown := t.shown()
	r := t.page(t.othersIntro(shown, n, fc), shown, n, fc)
	r.Edit = t.u.Kind == Callback
	return []Reply{r}, nil
}

// othersIntro says, above a page of results none of which teaches the
// trade a question to learn asked while earlier pages did, that those are the
// only places to go for it (a programme or ended project further on is
// none), and that these come near without answering: "il y a
// d'autres ?" must not pass a recruiter off as a welding school.
func (t *turn) othersIntro(results []index.Result, page int, fc focus) string {
	if fc.need != "" && fc.need != seeds.NeedTraining {
		return "" // "qui finance l'embouche ?": a school for it is no lender
	}
	var fits []string
	for i, r := range results {
		trades, _ := fc.matching(r.Fiche)
		switch {
		case len(trades) == 0:
		case i < page*pageSize:
			fits = append(fits, keep(esc(shortName(r.Fiche))))
		case i < (page+1)*pageSize || service(r.Fiche):
			return "" // this page, or a later one, has a place that teaches it
		}
	}
	if len(fits) == 0 {
		return ""
	}
	return t.p.T("others_none", map[string]any{"Names": strings.Join(fits, ", ")}) + "\n" + t.p.T("alternatives", nil)
}

// remember keeps the answer's refs for paging and follow-ups, under a new
// answer id: no words of the person (the question, kept apart, is the
// caller's to set).
func (t *turn) remember(rs []index.Result, asked string, noMatch bool) {
	t.chat.Results = t.chat.Results[:0]
	for _, r := range rs {
		t.chat.Results = append(t.chat.Results, r.Fiche.Ref)
	}
	t.chat.Answer++
	t.chat.Asked, t.chat.Page, t.chat.NoMatch, t.chat.NavAt = asked, 0, noMatch, t.now()
	t.chat.Opened = ""
}
