package bot

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"sira/bot/store"
	"sira/index"
	"sira/locales"
	"sira/seeds"
)

// desk is the counsellors' group as the conversation knows it: its id,
// which changes when Telegram makes the group a supergroup, and whether
// the bot can write there. It is shared by the chats handled side by side.
type desk struct {
	mu         sync.Mutex
	configured int64 // SIRA_COUNSELLOR_CHAT
	id         int64
	reachable  bool
}

func (d *desk) get() (id int64, reachable bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.id, d.reachable
}

// set records whether the group can be reached, and says whether that
// changed.
func (d *desk) set(reachable bool) (changed bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	changed, d.reachable = d.reachable != reachable, reachable
	return changed
}

// move follows the group to its new id, unless it had already moved.
func (d *desk) move(from, to int64) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.id != from {
		return false
	}
	d.id = to
	return true
}

// handsOff says whether hand-off is configured (a group and a way to send).
func (b *Bot) handsOff() bool { return b.desk.configured != 0 && b.opt.Sender != nil }

// handOffOn says whether a case can be opened now: configured, and the
// group reachable.
func (b *Bot) handOffOn() bool {
	_, reachable := b.desk.get()
	return b.handsOff() && reachable
}

// CheckGroup finds the counsellors' group (following a move recorded
// before) and checks that the bot can still write there: at start-up and
// periodically, as a group can remove the bot at any time. It returns the
// group's id, 0 when hand-off is off.
func (b *Bot) CheckGroup(ctx context.Context) (int64, error) {
	if !b.handsOff() {
		return 0, nil
	}
	id, _ := b.desk.get()
	if to, err := b.store.Moved(ctx, b.desk.configured); err == nil && to != id {
		b.desk.move(id, to)
		id = to
	}
	err := b.opt.Sender.Reach(ctx, id)
	switch {
	case err == nil:
		if b.desk.set(true) {
			b.log.Info("counsellors' group reachable: hand-off on", "chat", id)
		}
	case errors.Is(err, ErrUnreachable):
		b.lost(ctx, err)
	default:
		return id, fmt.Errorf("bot: check the counsellors' group: %w", err) // the network, not the group
	}
	return id, nil
}

// lost turns hand-off off when the group cannot be reached, and tells the
// people waiting in a case whom to call instead.
func (b *Bot) lost(ctx context.Context, why error) {
	if !b.desk.set(false) {
		return
	}
	id, _ := b.desk.get()
	b.log.Error("the bot cannot write to the counsellors' group (removed from it?): hand-off off until it can", "chat", id, "err", why)
	cases, err := b.store.OpenCases(ctx)
	if err != nil {
		b.log.Error("open cases", "err", err)
	}
	for _, c := range cases {
		if c.PostID == 0 {
			continue // not in the group yet: its person is told by the hand-off
		}
		p := locales.For(c.Lang)
		if _, err := b.opt.Sender.Send(ctx, Reply{Chat: c.Chat, Text: b.inChatScript(ctx, c.Chat, b.unreachableText(p))}); err != nil {
			b.log.Warn("tell a person the counsellors are unreachable", "chat", c.Chat, "err", err)
		}
	}
}

// moved follows the group to its new id and keeps it for the next start.
func (b *Bot) moved(ctx context.Context, from, to int64) {
	if !b.desk.move(from, to) {
		return
	}
	b.log.Warn("the counsellors' group became a supergroup: following it", "from", from, "to", to)
	if err := b.store.SetMoved(ctx, b.desk.configured, to); err != nil {
		b.log.Error("save the group's new id", "err", err)
	}
}

// post sends r to the counsellors' group, following the group if it
// moved; a group that cannot be reached turns hand-off off.
func (b *Bot) post(ctx context.Context, r Reply) (int, error) {
	r.Text = inScript(r.Text, latin) // the group reads French: only the keep marks go
	for {
		id, _ := b.desk.get()
		r.Chat = id
		msg, err := b.opt.Sender.Send(ctx, r)
		var m *MovedError
		if errors.As(err, &m) && m.To != id {
			b.moved(ctx, id, m.To)
			continue
		}
		if errors.Is(err, ErrUnreachable) {
			b.lost(ctx, err)
		}
		return msg, err
	}
}

// postText sends text to the group whole, in as many messages as it
// takes, each starting with head.
func (b *Bot) postText(ctx context.Context, head, text string) error {
	for _, r := range pieces(head, text) {
		if _, err := b.post(ctx, r); err != nil {
			return err
		}
	}
	return nil
}

// pieces are the messages that carry text whole, each under Telegram's
// limit and starting with head; the text stays as written in any script.
func pieces(head, text string) []Reply {
	var rs []Reply
	for _, part := range chunks(text, maxMessage-len16(head)) {
		rs = append(rs, Reply{Text: head + keep(esc(part))})
	}
	return rs
}

// inChatScript writes a message for a person, sent outside their own
// turn, in their chat's script (N'Ko for a chat that reads it); kept
// spans (numbers, a counsellor's words) stay as they are.
func (b *Bot) inChatScript(ctx context.Context, chat int64, s string) string {
	script := latin
	if c, err := b.store.Load(ctx, chat); err == nil && c.Lang == locales.Bambara {
		script = c.Script
	}
	return inScript(s, script)
}

// tell sends a reply to a person's chat now (a counsellor's words, a case
// closed), in their script; a person who blocked the bot has their case
// closed.
func (b *Bot) tell(ctx context.Context, c store.Case, r Reply) error {
	r.Chat, r.Text = c.Chat, b.inChatScript(ctx, c.Chat, r.Text)
	_, err := b.opt.Sender.Send(ctx, r)
	if errors.Is(err, ErrUnreachable) {
		b.blocked(ctx, c.Chat)
	}
	return err
}

// unreachableText tells a person the counsellors cannot be reached, and
// whom to call.
func (b *Bot) unreachableText(p locales.Printer) string {
	return p.T("handoff_unreachable", map[string]any{"Phone": b.apejPhone()})
}

// unreachable is the answer when the group cannot take a message.
func (t *turn) unreachable() []Reply {
	return []Reply{{Text: t.unreachableText(t.p), Buttons: [][]Button{{{Label: t.p.T("btn_counsellor", nil), Data: "d:" + counsellorRef}}}}}
}

// handOff opens a case for the person and posts it to the counsellors;
// the person is told "c'est transmis" only once the post is in the group.
// voice, when not 0, is the person's voice note to copy into the case.
func (t *turn) handOff(voice int) ([]Reply, error) {
	switch {
	case t.opt.NoCounsellors != "":
		return []Reply{{Text: t.p.T(t.opt.NoCounsellors, nil)}}, nil
	case t.u.Room.Group():
		// A case is one person's: the counsellor's answers must not reach a group.
		return []Reply{{Text: t.p.T("handoff_private", map[string]any{"Bot": t.opt.Address.Name()})}}, nil
	case !t.handsOff():
		return []Reply{{Text: t.p.T("handoff_off", nil), Buttons: [][]Button{{{Label: t.p.T("btn_counsellor", nil), Data: "d:" + counsellorRef}}}}}, nil
	}
	if _, reachable := t.desk.get(); !reachable {
		return t.unreachable(), nil
	}
	c, open, err := t.store.OpenCaseOf(t.ctx, t.u.ChatID)
	if err != nil {
		return nil, fmt.Errorf("bot: hand-off: %w", err)
	}
	if open {
		if voice != 0 {
			return t.intoCase(c)
		}
		return []Reply{{Text: t.p.T("handoff_already", nil), Buttons: t.leaveButton(c)}}, nil
	}
	name := t.u.FirstName
	if name == "" {
		name = "?"
	}
	c = store.Case{Chat: t.u.ChatID, FirstName: name, Lang: t.p.Lang, Region: t.chat.Region, Opened: t.now(),
		Shown: t.chat.Results[:min(pageSize, len(t.chat.Results))]}
	c.Question = t.chat.Question
	if c, err = t.store.OpenCase(t.ctx, c); err != nil {
		return nil, fmt.Errorf("bot: hand-off: %w", err)
	}
	if err := t.postCase(c, voice); err != nil {
		t.log.Error("hand-off: the case did not reach the counsellors", "case", c.ID, "err", err)
		if err := t.store.DeleteCase(t.ctx, c.ID); err != nil {
			t.log.Error("remove a case not posted", "case", c.ID, "err", err)
		}
		return t.unreachable(), nil
	}
	t.count("cases/opened")
	return []Reply{{Text: t.p.T("handoff_opened", nil), Buttons: t.leaveButton(c)}}, nil
}

// postCase posts a new case: the post with its buttons (the question in
// as many messages as it takes), then the voice note that opened it.
func (t *turn) postCase(c store.Case, voice int) error {
	post, rest := t.casePost(c)
	id, err := t.post(t.ctx, post)
	if err != nil {
		return err
	}
	if _, err := t.store.UpdateCase(t.ctx, c.ID, func(c *store.Case) error { c.PostID = id; return nil }); err != nil {
		t.log.Error("keep the case post's id", "case", c.ID, "err", err)
	}
	if rest != "" {
		if err := t.postText(t.ctx, group.T("case_more", map[string]any{"ID": c.ID})+" ", rest); err != nil {
			return err
		}
	}
	if voice != 0 {
		_, err = t.post(t.ctx, Reply{Copy: &Copy{From: t.u.ChatID, Message: voice}, Text: t.followHead(c)})
	}
	return err
}

// caseHead is the first line of a case post: number, first name, language
// and region.
func (b *Bot) caseHead(c store.Case) string {
	lang := strings.ToLower(locales.For(c.Lang).T("language_name", nil))
	if c.Region != "" {
		lang += ", " + seeds.Regions[c.Region]
	}
	return group.T("case_head", map[string]any{"ID": c.ID, "Name": esc(c.FirstName), "Lang": lang})
}

// caseFoot is the rest of a case post: what Sira showed, how to answer,
// and who took it or closed it.
func (b *Bot) caseFoot(c store.Case) string {
	var names []string
	for _, ref := range c.Shown {
		if f, ok := b.ix.Fiche(ref); ok {
			names = append(names, f.Name)
		}
	}
	shown := "—"
	if len(names) > 0 {
		shown = strings.Join(names, " ; ")
	}
	foot := group.T("case_foot", map[string]any{"Shown": esc(shown)})
	switch {
	case !c.Open():
		foot += "\n" + group.T("case_is_closed", nil)
	case c.TakenBy != "":
		foot += "\n" + group.T("case_taken", map[string]any{"ID": c.ID, "By": esc(c.TakenBy)})
	}
	return foot
}

// casePost is the case post as it reads now (opened, taken, closed): the
// question as it was first posted, and the rest of it when it takes more
// than one message (posted after it when the case opens).
func (b *Bot) casePost(c store.Case) (post Reply, rest string) {
	question := c.Question
	if question == "" {
		question = "—"
	}
	head := b.caseHead(c) + "\n" + group.T("case_question", nil) + " "
	foot := b.caseFoot(c)
	parts := chunks(question, maxMessage-len16(head)-len16(foot))
	return Reply{Text: head + esc(parts[0]) + "\n" + foot, Buttons: caseButtons(c)}, strings.Join(parts[1:], "")
}

// group is the printer of the counsellors' group: they work in French.
var group = locales.For(locales.French)

// caseButtons are a post's buttons: take and close while open, none after.
func caseButtons(c store.Case) [][]Button {
	id := strconv.Itoa(c.ID)
	switch {
	case !c.Open():
		return nil
	case c.TakenBy != "":
		return [][]Button{{{Label: group.T("btn_close", nil), Data: "x:" + id}}}
	}
	return [][]Button{{{Label: group.T("btn_take", nil), Data: "k:" + id}, {Label: group.T("btn_close", nil), Data: "x:" + id}}}
}

func (t *turn) leaveButton(c store.Case) [][]Button {
	return [][]Button{{{Label: t.p.T("btn_leave", nil), Data: "f:" + strconv.Itoa(c.ID)}}}
}

// followHead starts a person's message in the group.
func (b *Bot) followHead(c store.Case) string {
	return group.T("case_followup", map[string]any{"ID": c.ID, "Name": esc(c.FirstName)}) + " "
}

// caseMessage sends a person's message to their open case instead of
// searching: text whole, voice notes, photos, documents and locations as
// copies. Commands and buttons still work.
func (t *turn) caseMessage() ([]Reply, bool, error) {
	if !t.handsOff() || t.u.Kind == Callback || strings.HasPrefix(strings.TrimSpace(t.u.Text), "/") && t.u.Kind == Text {
		return nil, false, nil
	}
	c, open, err := t.store.OpenCaseOf(t.ctx, t.u.ChatID)
	if err != nil || !open {
		return nil, false, err
	}
	rs, err := t.intoCase(c)
	return rs, true, err
}

// intoCase passes the update's message to the counsellors of case c.
func (t *turn) intoCase(c store.Case) ([]Reply, error) {
	if _, reachable := t.desk.get(); !reachable {
		return t.unreachable(), nil
	}
	head := t.followHead(c)
	if t.u.Origin == Edited {
		head = group.T("case_edited", map[string]any{"ID": c.ID, "Name": esc(c.FirstName)}) + " "
	}
	var err error
	switch t.u.Kind {
	case Text:
		err = t.postText(t.ctx, head, t.u.Text)
	default: // media and locations
		err = t.copyTo(head, t.u.Text, func(r Reply) error { _, err := t.post(t.ctx, r); return err })
	}
	if err != nil {
		t.log.Error("a person's message did not reach the counsellors", "case", c.ID, "err", err)
		return t.unreachable(), nil
	}
	_, err = t.store.UpdateCase(t.ctx, c.ID, func(c *store.Case) error {
		c.Active = t.now()
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("bot: case message: %w", err)
	}
	return []Reply{{Text: t.p.T("handoff_sent", nil)}}, nil
}

// copyTo copies the update's media message with head (and its caption)
// as caption; a kind of message that takes no caption, or a caption too
// long for one, goes as a text before the copy. The caption is kept as
// written, whatever the script of the chat it goes to.
func (t *turn) copyTo(head, caption string, send func(Reply) error) error {
	cp := &Copy{From: t.u.ChatID, Message: t.u.MessageID}
	full := head + keep(esc(caption))
	if captioned[t.u.Media] && len16(full) <= maxCaption {
		return send(Reply{Copy: cp, Text: full})
	}
	for _, r := range pieces(head, caption) {
		if err := send(r); err != nil {
			return err
		}
	}
	r := Reply{Copy: cp}
	if captioned[t.u.Media] {
		r.Text = head // the caption went above: not twice
	}
	return send(r)
}

// captioned are the kinds of media that carry a caption.
var captioned = map[string]bool{Voice: true, Audio: true, Photo: true, Video: true, Document: true, Animation: true}

// media answers a voice note, a photo or a file outside a case: a photo's
// caption is read as a question; a voice note is offered to a counsellor.
func (t *turn) media() ([]Reply, error) {
	if t.u.Media == Photo && hasLetter(t.u.Text) {
		return t.question(t.u.Text)
	}
	if t.u.Media == Voice || t.u.Media == Audio || t.u.Media == VideoNote {
		if !t.handOffOn() || t.u.Room.Group() {
			return []Reply{{Text: t.p.T("voice_no_handoff", map[string]any{"Phone": t.apejPhone()}), Menu: t.menu()}}, nil
		}
		return []Reply{{Text: t.p.T("voice_offer", nil), Buttons: [][]Button{{{Label: t.p.T("btn_voice", nil), Data: "v:" + strconv.Itoa(t.u.MessageID)}}}}}, nil
	}
	return []Reply{{Text: t.p.T("unsupported_media", nil), Menu: t.menu()}}, nil
}

func (b *Bot) apejPhone() string {
	if b.ix == nil {
		return "—" // a Bot that only writes (tests of rendering)
	}
	if f, ok := b.ix.Fiche(counsellorRef); ok && len(f.Phones()) > 0 {
		return keep(f.Phones()[0])
	}
	return "—"
}

// leave closes the person's case at their request ("/fin", the button).
func (t *turn) leave() ([]Reply, error) {
	c, open, err := t.store.OpenCaseOf(t.ctx, t.u.ChatID)
	if err != nil {
		return nil, fmt.Errorf("bot: leave: %w", err)
	}
	if !t.handsOff() || !open {
		return []Reply{{Text: t.p.T("handoff_none", nil), Menu: t.menu()}}, nil
	}
	if _, err := t.Bot.closeCase(t.ctx, c.ID, group.T("case_left", map[string]any{"ID": c.ID}), ""); err != nil && !errors.Is(err, errClosed) {
		return nil, err
	}
	return []Reply{{Text: t.p.T("handoff_left", nil), Menu: t.menu()}}, nil
}

// Why a case change was refused.
var (
	errClosed = errors.New("case closed")
	errTaken  = errors.New("case taken by another counsellor")
)

// closeCase closes a case and says so in the group (note, and the post
// without its buttons); tell, when not "", is the message that tells the
// person, in their language. A case already closed is errClosed.
func (b *Bot) closeCase(ctx context.Context, id int, note, tell string) (store.Case, error) {
	c, err := b.store.UpdateCase(ctx, id, func(c *store.Case) error {
		if !c.Open() {
			return errClosed
		}
		c.Closed = b.now()
		return nil
	})
	if errors.Is(err, store.ErrNoCase) {
		err = errClosed
	}
	if err != nil {
		return c, err
	}
	b.count(ctx, "cases/closed")
	if _, reachable := b.desk.get(); reachable {
		if c.PostID != 0 {
			post, _ := b.casePost(c)
			post.Edit, post.EditID = true, c.PostID
			if _, err := b.post(ctx, post); err != nil {
				b.log.Warn("edit a closed case's post", "case", id, "err", err)
			}
		}
		if note != "" {
			if _, err := b.post(ctx, Reply{Text: note}); err != nil {
				b.log.Warn("note a closed case", "case", id, "err", err)
			}
		}
	}
	if tell != "" {
		p := locales.For(c.Lang)
		if err := b.tell(ctx, c, Reply{Text: p.T(tell, map[string]any{"Days": int(store.CaseIdle / (24 * time.Hour))})}); err != nil {
			b.log.Warn("tell a person their case closed", "case", id, "err", err)
		}
	}
	return c, nil
}

// CloseIdle closes the cases with no message from either side for
// store.CaseIdle, telling both; it returns how many.
func (b *Bot) CloseIdle(ctx context.Context) (int, error) {
	if !b.handsOff() {
		return 0, nil
	}
	cases, err := b.store.IdleCases(ctx, b.now().Add(-store.CaseIdle))
	if err != nil {
		return 0, err
	}
	days := int(store.CaseIdle / (24 * time.Hour))
	n := 0
	for _, c := range cases {
		note := group.T("case_idle", map[string]any{"ID": c.ID, "Days": days})
		if _, err := b.closeCase(ctx, c.ID, note, "handoff_idle"); err == nil {
			n++
		} else if !errors.Is(err, errClosed) {
			return n, err
		}
	}
	return n, nil
}

// blocked closes the open case of a person who blocked the bot, with a
// note to the counsellors.
func (b *Bot) blocked(ctx context.Context, chat int64) {
	c, open, err := b.store.OpenCaseOf(ctx, chat)
	if err != nil || !open {
		return
	}
	if _, err := b.closeCase(ctx, c.ID, group.T("case_blocked", map[string]any{"ID": c.ID}), ""); err != nil && !errors.Is(err, errClosed) {
		b.log.Error("close a blocked person's case", "case", c.ID, "err", err)
	}
}

var caseNumber = regexp.MustCompile(`#(\d+)`)

// counsellors handles the counsellors' group: replies to a case post go
// to the person; take, close and /stats; the bot's own membership.
func (b *Bot) counsellors(ctx context.Context, u Update) ([]Reply, error) {
	switch u.Kind {
	case Member:
		if u.Gone {
			b.lost(ctx, fmt.Errorf("%w: the bot is %s", ErrUnreachable, u.Status))
		} else if b.desk.set(true) {
			b.log.Info("the bot is back in the counsellors' group: hand-off on", "chat", u.ChatID, "status", u.Status)
		}
		return nil, nil
	case Callback:
		action, value, _ := strings.Cut(u.Data, ":")
		id, _ := strconv.Atoi(value)
		switch action {
		case "k":
			return b.take(ctx, id, u)
		case "x":
			c, err := b.closeCase(ctx, id, group.T("case_closed", map[string]any{"ID": id, "By": esc(u.FirstName)}), "handoff_closed")
			switch {
			case errors.Is(err, errClosed):
				return []Reply{{Notice: group.T("case_already_closed", map[string]any{"ID": id})}}, nil
			case err != nil:
				return nil, err
			}
			r := Reply{Notice: group.T("case_closed", map[string]any{"ID": id, "By": u.FirstName})}
			if c.PostID == 0 { // its post's id was not kept: the post pressed
				post, _ := b.casePost(c)
				r.Edit, r.Text = true, post.Text
			}
			return []Reply{r}, nil
		}
		return []Reply{{Notice: group.T("unknown_button", nil)}}, nil
	case Text, Media, Location:
	default:
		return nil, nil
	}
	text := strings.TrimSpace(u.Text)
	if cmd, _, ok := command(text); ok && commands.does[cmd] == doStats && u.Kind == Text {
		return []Reply{{Text: b.statsText(ctx)}}, nil
	}
	m := caseNumber.FindStringSubmatch(u.RepliedTo)
	if m == nil {
		return nil, nil // the counsellors' own conversation
	}
	id, _ := strconv.Atoi(m[1])
	if cmd, _, ok := command(text); ok && commands.does[cmd] == doClose && u.Kind == Text {
		_, err := b.closeCase(ctx, id, group.T("case_closed", map[string]any{"ID": id, "By": esc(u.FirstName)}), "handoff_closed")
		if errors.Is(err, errClosed) {
			return []Reply{{Text: group.T("case_already_closed", map[string]any{"ID": id})}}, nil
		}
		return nil, err
	}
	return b.answerCase(ctx, id, u)
}

// answerCase passes a counsellor's reply to the person, whole: a text in
// as many messages as it takes, a voice note or a photo as a copy.
func (b *Bot) answerCase(ctx context.Context, id int, u Update) ([]Reply, error) {
	var took, answered bool
	c, err := b.store.UpdateCase(ctx, id, func(c *store.Case) (err error) {
		if took, err = claim(c, u); err != nil {
			return err
		}
		if c.Answered.IsZero() {
			c.Answered, answered = b.now(), true
		}
		c.Active = b.now()
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
	head := p.T("counsellor_says", nil) + " "
	if u.Origin == Edited {
		head = p.T("counsellor_edited", nil) + " "
	}
	t := &turn{Bot: b, ctx: ctx, u: u, p: p}
	send := func(r Reply) error { return b.tell(ctx, c, r) }
	if u.Kind == Text {
		for _, r := range pieces(head, u.Text) {
			if err = send(r); err != nil {
				break
			}
		}
	} else {
		err = t.copyTo(head, u.Text, send)
	}
	switch {
	case errors.Is(err, ErrUnreachable):
		return nil, nil // closed, with a note in the group
	case err != nil:
		return []Reply{{Text: group.T("case_not_delivered", map[string]any{"ID": id})}}, err
	}
	return nil, nil
}

// claim makes the counsellor of u the taker of an open case, unless
// another took it; took says whether it was taken now.
func claim(c *store.Case, u Update) (took bool, err error) {
	switch {
	case !c.Open():
		return false, errClosed
	case c.TakerID == 0:
		c.TakenBy, c.TakerID = u.FirstName, u.FromID
		return true, nil
	case c.TakerID != u.FromID:
		return false, errTaken
	}
	return false, nil
}

// take is the "take" button: the counsellor claims the case, and the post
// says who took it.
func (b *Bot) take(ctx context.Context, id int, u Update) ([]Reply, error) {
	var took bool
	c, err := b.store.UpdateCase(ctx, id, func(c *store.Case) (err error) {
		took, err = claim(c, u)
		return err
	})
	switch {
	case errors.Is(err, errTaken):
		return []Reply{{Notice: group.T("case_taken_other", map[string]any{"ID": id, "By": c.TakenBy})}}, nil
	case errors.Is(err, errClosed), errors.Is(err, store.ErrNoCase):
		return []Reply{{Notice: group.T("case_already_closed", map[string]any{"ID": id})}}, nil
	case err != nil:
		return nil, err
	}
	if took {
		b.count(ctx, "cases/taken")
	}
	post, _ := b.casePost(c)
	post.Edit, post.Notice = true, group.T("case_taken", map[string]any{"ID": id, "By": u.FirstName})
	return []Reply{post}, nil
}

// record counts an answer for the unmet-needs report: need and region,
// the fiches shown, and for a no-match its themes (stats.Vocabulary: never
// a word as typed). No chat id, no message.
func (t *turn) record(a index.Answer) {
	need, region := orDash(a.Need), orDash(t.chat.Region)
	if a.Place != nil {
		region = a.Place.Region
	}
	t.count("questions/" + need + "/" + region)
	if a.Fit != index.Fits {
		for _, th := range t.vocab.Themes(a.OutOfScope, a.Topics()) {
			t.count("no_match_theme/" + th)
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
