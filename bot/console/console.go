// Package console runs Sira's conversation in a terminal: the same
// bot.Handle as Telegram, with buttons shown as numbered choices. It needs
// no token and no network.
package console

import (
	"bufio"
	"context"
	"fmt"
	"html"
	"io"
	"regexp"
	"strconv"
	"strings"

	"sira/bot"
)

// chatID is the one chat of a console session.
const chatID = 1

// NoCounsellors is what the console tells a person asking for a
// counsellor (bot.Options.NoCounsellors): hand-off goes through Telegram.
const NoCounsellors = "handoff_console"

// choice is a numbered button or menu entry on screen.
type choice struct {
	label    string
	data     string // inline button data; empty for a menu entry
	isButton bool
}

var tags = regexp.MustCompile(`</?[a-z][^>]*>`)

// plain turns Telegram HTML into terminal text.
func plain(s string) string {
	return html.UnescapeString(tags.ReplaceAllString(s, ""))
}

// Run greets (as /start), then reads one message per line until in ends or
// ctx is done. A number (or a label) picks a choice; "/lieu LAT LON"
// shares a location.
func Run(ctx context.Context, b *bot.Bot, in io.Reader, out io.Writer) error {
	s := &session{bot: b, out: out, chat: chatID}
	if err := s.send(ctx, bot.Update{ChatID: s.chat, Kind: bot.Text, Text: "/start"}); err != nil {
		return err
	}
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		if ctx.Err() != nil {
			return nil
		}
		if err := s.send(ctx, s.update(sc.Text())); err != nil {
			return err
		}
	}
	return sc.Err()
}

type session struct {
	bot     *bot.Bot
	out     io.Writer
	chat    int64
	choices []choice
}

// update reads a typed line: a choice's number or label, a location, or a
// message.
func (s *session) update(line string) bot.Update {
	u := bot.Update{ChatID: s.chat, Kind: bot.Text, Text: line}
	trimmed := strings.TrimSpace(line)
	for i, c := range s.choices {
		if n, err := strconv.Atoi(trimmed); err == nil && n == i+1 || trimmed == c.label {
			if c.isButton {
				return bot.Update{ChatID: s.chat, Kind: bot.Callback, CallbackID: strconv.Itoa(i + 1), Data: c.data}
			}
			u.Text = c.label
		}
	}
	if rest, ok := strings.CutPrefix(trimmed, "/lieu "); ok {
		f := strings.Fields(rest)
		if len(f) == 2 {
			lat, err1 := strconv.ParseFloat(f[0], 64)
			lon, err2 := strconv.ParseFloat(f[1], 64)
			if err1 == nil && err2 == nil {
				return bot.Update{ChatID: s.chat, Kind: bot.Location, Lat: lat, Lon: lon}
			}
		}
	}
	return u
}

func (s *session) send(ctx context.Context, u bot.Update) error {
	replies, _ := s.bot.Handle(ctx, u) // errors are already in the replies
	var menu *bot.Menu
	var buttons [][]bot.Button
	for _, r := range replies {
		if r.Notice != "" {
			fmt.Fprintf(s.out, "(%s)\n", r.Notice)
		}
		if r.Text != "" {
			fmt.Fprintf(s.out, "\n%s\n", plain(r.Text))
		}
		if r.Contact != nil {
			fmt.Fprintf(s.out, "\n📞 %s : %s\n", r.Contact.Name, r.Contact.Phone)
		}
		if r.Menu != nil {
			menu = r.Menu
		}
		if len(r.Buttons) > 0 {
			buttons = r.Buttons
		}
	}
	if len(replies) == 0 {
		return nil
	}
	if menu == nil && len(buttons) == 0 {
		// Nothing new to press (a referral slip, a notice): the buttons
		// shown before stay pressable, as they do on Telegram.
		_, err := fmt.Fprint(s.out, "> ")
		return err
	}
	s.choices = s.choices[:0]
	for _, row := range buttons {
		for _, b := range row {
			s.choices = append(s.choices, choice{label: b.Label, data: b.Data, isButton: true})
		}
	}
	if menu != nil {
		for _, row := range menu.Rows {
			for _, k := range row {
				if !k.SendsLocation { // a terminal has no location: /lieu LAT LON
					s.choices = append(s.choices, choice{label: k.Label})
				}
			}
		}
	}
	var b strings.Builder
	for i, c := range s.choices {
		fmt.Fprintf(&b, "  [%d] %s\n", i+1, c.label)
	}
	_, err := fmt.Fprint(s.out, b.String(), "> ")
	return err
}
