package telegram

import (
	"context"
	"fmt"
	"strconv"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"sira/bot"
)

type inlineButton struct {
	Text         string `json:"text"`
	CallbackData string `json:"callback_data,omitempty"`
	URL          string `json:"url,omitempty"`
}

type keyButton struct {
	Text string `json:"text"`
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

func menuMarkup(rows [][]string) map[string]any {
	kb := make([][]keyButton, len(rows))
	for i, row := range rows {
		for _, label := range row {
			kb[i] = append(kb[i], keyButton{Text: label})
		}
	}
	return map[string]any{"keyboard": kb, "resize_keyboard": true}
}

// blockedHandler is told when a person has blocked the bot (Telegram
// answers 403), and may reply elsewhere (the counsellors' group).
type blockedHandler interface {
	Blocked(ctx context.Context, chat int64) []bot.Reply
}

// deliver sends the replies to an update, in order: the answer to a button
// press first, then the messages, paced.
func (s *Service) deliver(ctx context.Context, in incoming, replies []bot.Reply) error {
	u := in.update
	if u.Kind == bot.Callback {
		// Exactly one answer per press, first, or the button keeps spinning.
		p := tgbotapi.Params{"callback_query_id": u.CallbackID}
		for _, r := range replies {
			if r.Notice != "" {
				p["text"] = r.Notice
				break
			}
		}
		if _, err := s.api.call(ctx, "answerCallbackQuery", p); err != nil {
			s.log.Warn("answer callback", "chat", u.ChatID, "err", err)
		}
	}
	for _, r := range replies {
		if r.Text == "" {
			continue
		}
		if err := s.send(ctx, in, r); err != nil {
			return err
		}
	}
	return nil
}

// send sends one reply, to the update's chat or to the one it names.
func (s *Service) send(ctx context.Context, in incoming, r bot.Reply) error {
	u := in.update
	chat, here := u.ChatID, true
	if r.Chat != 0 && r.Chat != u.ChatID {
		chat, here = r.Chat, false
	}
	group := chat < 0 // Telegram's group and channel ids are negative
	if err := s.api.pace.wait(ctx, chat, group); err != nil {
		return err
	}
	method, p := "sendMessage", tgbotapi.Params{
		"chat_id":    strconv.FormatInt(chat, 10),
		"text":       r.Text,
		"parse_mode": "HTML",
	}
	switch {
	case here && r.Edit && in.messageID != 0:
		method = "editMessageText"
		p.AddNonZero("message_id", in.messageID)
	case here && u.Group && in.messageID != 0:
		p.AddNonZero("reply_to_message_id", in.messageID)
	}
	switch {
	case len(r.Buttons) > 0:
		if err := p.AddInterface("reply_markup", inlineMarkup(r.Buttons)); err != nil {
			return err
		}
	case r.Menu != nil && !group && method == "sendMessage":
		// A reply keyboard in a group would show for everyone.
		if err := p.AddInterface("reply_markup", menuMarkup(r.Menu)); err != nil {
			return err
		}
	}
	_, err := s.api.call(ctx, method, p)
	if err == nil {
		return nil
	}
	if isBlocked(err) {
		s.log.Info("user blocked the bot", "chat", chat)
		if bh, ok := s.handler.(blockedHandler); ok {
			for _, note := range bh.Blocked(ctx, chat) {
				if note.Chat != chat {
					if err := s.send(ctx, in, note); err != nil {
						return err
					}
				}
			}
		}
		return nil
	}
	return fmt.Errorf("deliver to chat %d: %w", chat, err)
}
