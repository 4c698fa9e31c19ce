package telegram

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"sira/bot"
)

type inlineButton struct {
	Text         string `json:"text"`
	CallbackData string `json:"callback_data,omitempty"`
	URL          string `json:"url,omitempty"`
}

type keyButton struct {
	Text            string `json:"text"`
	RequestLocation bool   `json:"request_location,omitempty"`
}

func inlineMarkup(rows [][]bot.Button) map[string]any {
	kb := make([][]inlineButton, len(rows))
	for i, row := range rows {
		for _, b := range row {
			kb[i] = append(kb[i], inlineButton{Text: b.Label, CallbackData: b.Data, URL: b.URL})
		}
	}
	return map[string]any{"inline_keyboard": kb}
}

// menuMarkup is the menu as a persistent reply keyboard: it stays under
// the typing field, and its placeholder says what to type.
func menuMarkup(m *bot.Menu) map[string]any {
	kb := make([][]keyButton, len(m.Rows))
	for i, row := range m.Rows {
		for _, k := range row {
			kb[i] = append(kb[i], keyButton{Text: k.Label, RequestLocation: k.SendsLocation})
		}
	}
	markup := map[string]any{"keyboard": kb, "resize_keyboard": true, "is_persistent": true}
	if m.Placeholder != "" {
		markup["input_field_placeholder"] = cut(m.Placeholder, 64)
	}
	return markup
}

// cut shortens s to n characters.
func cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n])
}

// noPreview turns link previews off: details and slips hold websites whose
// previews cost data on cheap phones and push the text out of sight.
const noPreview = `{"is_disabled":true}`

// deliver sends the replies to an update, in order, paced. A reply
// Telegram refuses for good (a 4xx) is logged with the chat and the reason
// and the others still go; an error that outlasted every retry stops the
// delivery and is returned. A person found to have blocked the bot is told
// to the conversation as a Member update.
func (s *Service) deliver(ctx context.Context, h Handler, in incoming, replies []bot.Reply) error {
	u := in.update
	for _, r := range replies {
		if r.Text == "" && r.Copy == nil && r.Contact == nil {
			continue
		}
		chat := u.ChatID
		pressed, replyTo := 0, 0
		if u.Kind == bot.Callback {
			pressed = u.MessageID
		} else if u.Room.Group() {
			replyTo = u.MessageID
		}
		_, err := s.send(ctx, chat, r, pressed, replyTo)
		switch {
		case err == nil:
		case errors.Is(err, bot.ErrUnreachable):
			s.log.Info("chat unreachable, replies dropped", "chat", chat, "update", in.id, "reason", err)
			if chat > 0 && u.Kind != bot.Member {
				// A person who blocked the bot: the conversation closes their case.
				gone := bot.Update{Kind: bot.Member, ChatID: chat, Status: "kicked", Gone: true}
				if _, err := s.run(ctx, h, incoming{id: in.id, update: gone}); err != nil {
					s.log.Error("handle blocked chat", "chat", chat, "err", err)
				}
			}
			return nil
		case permanent(err):
			s.log.Error("reply refused by Telegram", "chat", chat, "update", in.id, "err", err)
		default:
			return fmt.Errorf("deliver to chat %d: %w", chat, err)
		}
	}
	return nil
}

// permanent reports whether an error is a refusal no retry can fix.
func permanent(err error) bool {
	c := code(err)
	return c >= 400 && c < 500 && c != 429
}

// Send delivers a reply to r.Chat now and returns its message id: the
// conversation's bot.Sender, for the counsellors' group and for a person
// whose case a counsellor answers.
func (s *Service) Send(ctx context.Context, r bot.Reply) (int, error) {
	if r.Chat == 0 {
		return 0, errors.New("telegram: send: no chat")
	}
	return s.send(ctx, r.Chat, r, 0, 0)
}

// Reach checks that the bot is a member of a chat that can write there.
func (s *Service) Reach(ctx context.Context, chat int64) error {
	raw, err := s.api.call(ctx, "getChatMember", tgbotapi.Params{"chat_id": strconv.FormatInt(chat, 10), "user_id": strconv.FormatInt(s.self.ID, 10)})
	if err != nil {
		return err
	}
	var m tgbotapi.ChatMember
	if err := json.Unmarshal(raw, &m); err != nil {
		return fmt.Errorf("telegram getChatMember: %w", err)
	}
	if m.Status == "left" || m.Status == "kicked" || m.Status == "restricted" && !m.CanSendMessages {
		return fmt.Errorf("telegram getChatMember: %w: the bot is %s", bot.ErrUnreachable, m.Status)
	}
	return nil
}

// send sends one reply to chat: a copy, a contact card, an edit of the
// message pressed (or of r.EditID), or a message, in reply to replyTo if
// not 0. It returns the id of the message sent or edited.
func (s *Service) send(ctx context.Context, chat int64, r bot.Reply, pressed, replyTo int) (int, error) {
	if err := s.api.pace.wait(ctx, chat, chat < 0); err != nil {
		return 0, err
	}
	edit := r.EditID
	if edit == 0 {
		edit = pressed
	}
	method, p := "sendMessage", tgbotapi.Params{"chat_id": strconv.FormatInt(chat, 10)}
	switch {
	case r.Copy != nil:
		method = "copyMessage"
		p["from_chat_id"] = strconv.FormatInt(r.Copy.From, 10)
		p.AddNonZero("message_id", r.Copy.Message)
		if r.Text != "" {
			p["caption"], p["parse_mode"] = r.Text, "HTML"
		}
	case r.Contact != nil:
		method = "sendContact"
		p["phone_number"], p["first_name"] = r.Contact.Phone, cut(r.Contact.Name, 64)
	case r.Edit && edit != 0:
		method = "editMessageText"
		p.AddNonZero("message_id", edit)
		p["text"], p["parse_mode"], p["link_preview_options"] = r.Text, "HTML", noPreview
	default:
		p["text"], p["parse_mode"], p["link_preview_options"] = r.Text, "HTML", noPreview
		if replyTo != 0 {
			p["reply_parameters"] = fmt.Sprintf(`{"message_id":%d,"allow_sending_without_reply":true}`, replyTo)
		}
	}
	switch {
	case len(r.Buttons) > 0:
		if err := p.AddInterface("reply_markup", inlineMarkup(r.Buttons)); err != nil {
			return 0, err
		}
	case r.Menu != nil && chat > 0 && method == "sendMessage":
		// A reply keyboard in a group would show for everyone.
		if err := p.AddInterface("reply_markup", menuMarkup(r.Menu)); err != nil {
			return 0, err
		}
	}
	raw, err := s.api.call(ctx, method, p)
	if method == "editMessageText" && err != nil {
		if desc := strings.ToLower(err.Error()); strings.Contains(desc, "not modified") {
			return edit, nil // pressed twice: already shows this
		} else if permanent(err) && !errors.Is(err, bot.ErrUnreachable) && r.EditID == 0 {
			// The answer pressed is too old, or deleted: the text goes as
			// a new message. (A case post that cannot change stays as is.)
			s.log.Info("edit refused, sent as a new message", "chat", chat, "err", err)
			r.Edit, r.EditID = false, 0
			return s.send(ctx, chat, r, 0, replyTo)
		}
	}
	if err != nil {
		return 0, err
	}
	var m struct {
		ID int `json:"message_id"`
	}
	_ = json.Unmarshal(raw, &m) // an edit may answer true, not a message
	if m.ID == 0 {
		m.ID = edit
	}
	return m.ID, nil
}
