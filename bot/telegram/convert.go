package telegram

import (
	"encoding/json"
	"strings"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"sira/bot"
)

// incoming is one update as received: the conversation's view of it, and
// what the transport needs to answer it.
type incoming struct {
	id     int
	update bot.Update
	press  *press // the answer owed to a button press, or nil
}

// newer holds the fields Bot API 5.5 does not know, read from the raw JSON.
type newer struct {
	Message *struct {
		ForwardOrigin json.RawMessage `json:"forward_origin"`
	} `json:"message"`
}

// convert reads a raw update. ok is false for JSON that is not an update.
func convert(raw json.RawMessage, self tgbotapi.User) (in incoming, ok bool) {
	var u tgbotapi.Update
	if err := json.Unmarshal(raw, &u); err != nil || u.UpdateID == 0 && !strings.Contains(string(raw), `"update_id"`) {
		return in, false
	}
	var extra newer
	_ = json.Unmarshal(raw, &extra) // the fields above decoded: this cannot fail on them
	in.id = u.UpdateID
	up := &in.update
	up.Kind = bot.Other
	switch {
	case u.CallbackQuery != nil:
		cq := u.CallbackQuery
		up.Kind, up.CallbackID, up.Data = bot.Callback, cq.ID, cq.Data
		if cq.From != nil {
			up.LanguageHint, up.FirstName, up.FromID = cq.From.LanguageCode, cq.From.FirstName, cq.From.ID
		}
		if cq.Message != nil && cq.Message.Chat != nil {
			up.ChatID, up.Room = cq.Message.Chat.ID, room(cq.Message.Chat, true) // buttons are the bot's own
			up.MessageID = cq.Message.MessageID
		}
	case u.MyChatMember != nil && u.MyChatMember.Chat.ID != 0:
		m := u.MyChatMember
		up.Kind, up.ChatID, up.Room = bot.Member, m.Chat.ID, room(&m.Chat, false)
		st := m.NewChatMember
		up.Status = st.Status
		up.Gone = st.Status == "left" || st.Status == "kicked" || st.Status == "restricted" && !st.CanSendMessages
	case u.Message != nil && u.Message.Chat != nil && u.Message.Chat.ID != 0:
		message(up, u.Message, self, extra)
	case u.EditedMessage != nil && u.EditedMessage.Chat != nil && u.EditedMessage.Chat.ID != 0:
		message(up, u.EditedMessage, self, newer{})
		up.Origin = bot.Edited // Telegram lets no one edit a forwarded message
	}
	// Channel posts, inline queries, a chat without an id…: not subscribed
	// or not Telegram's, and ignored if they come (Kind Other).
	return in, true
}

// message reads a message (new or edited) into up.
func message(up *bot.Update, m *tgbotapi.Message, self tgbotapi.User, extra newer) {
	up.ChatID, up.MessageID = m.Chat.ID, m.MessageID
	if m.From != nil {
		up.LanguageHint, up.FirstName, up.FromID = m.From.LanguageCode, m.From.FirstName, m.From.ID
	}
	mine := m.ReplyToMessage != nil && m.ReplyToMessage.From != nil && m.ReplyToMessage.From.ID == self.ID
	if mine {
		up.RepliedTo = m.ReplyToMessage.Text
		if up.RepliedTo == "" {
			up.RepliedTo = m.ReplyToMessage.Caption
		}
	}
	if m.ForwardDate != 0 || m.ForwardFrom != nil || m.ForwardFromChat != nil ||
		m.ForwardSenderName != "" || extra.Message != nil && len(extra.Message.ForwardOrigin) > 0 {
		up.Origin = bot.Forwarded
	}
	spoken := mine
	switch {
	case m.MigrateToChatID != 0:
		up.Kind, up.MovedTo = bot.Moved, m.MigrateToChatID
	case m.MigrateFromChatID != 0:
		up.Kind, up.ChatID, up.MovedTo = bot.Moved, m.MigrateFromChatID, m.Chat.ID
	case m.Text != "":
		up.Kind, up.Text = bot.Text, m.Text
		if mention := "@" + self.UserName; self.UserName != "" && strings.Contains(strings.ToLower(m.Text), strings.ToLower(mention)) {
			spoken = true
			up.Text = strings.TrimSpace(removeFold(m.Text, mention))
		}
		if forUs(m.Text, self.UserName) {
			spoken = true
		}
	case m.Location != nil:
		up.Kind, up.Lat, up.Lon = bot.Location, m.Location.Latitude, m.Location.Longitude
	default:
		if kind := mediaKind(m); kind != "" {
			up.Kind, up.Media, up.Text = bot.Media, kind, m.Caption
		}
	}
	up.Room = room(m.Chat, spoken)
}

// mediaKind names what a message carries other than text.
func mediaKind(m *tgbotapi.Message) string {
	switch {
	case m.Voice != nil:
		return bot.Voice
	case m.Audio != nil:
		return bot.Audio
	case m.Photo != nil:
		return bot.Photo
	case m.Video != nil:
		return bot.Video
	case m.VideoNote != nil:
		return bot.VideoNote
	case m.Document != nil:
		return bot.Document
	case m.Animation != nil:
		return bot.Animation
	case m.Sticker != nil:
		return bot.Sticker
	case m.Contact != nil:
		return bot.ContactCard
	}
	return ""
}

// forUs reports whether text is a command for this bot: "/aide", or
// "/aide@SiraBot" but not "/aide@OtherBot".
func forUs(text, username string) bool {
	if !strings.HasPrefix(text, "/") {
		return false
	}
	cmd, _, _ := strings.Cut(text, " ")
	_, to, addressed := strings.Cut(cmd, "@")
	return !addressed || strings.EqualFold(to, username)
}

// updateID reads the id of an update that is otherwise malformed, so that
// it can be confirmed and not sent again forever; 0 when there is none.
func updateID(raw json.RawMessage) int {
	var u struct {
		ID int `json:"update_id"`
	}
	if json.Unmarshal(raw, &u) != nil {
		return 0
	}
	return u.ID
}

// room is where a message in chat c comes from; spoken says it speaks to
// the bot, which in a private chat every message does.
func room(c *tgbotapi.Chat, spoken bool) bot.Room {
	switch {
	case c.Type != "group" && c.Type != "supergroup":
		return bot.Private
	case spoken:
		return bot.Addressed
	}
	return bot.Overheard
}

// removeFold removes every occurrence of sub from s, ignoring case.
func removeFold(s, sub string) string {
	ls, lsub := strings.ToLower(s), strings.ToLower(sub)
	var b strings.Builder
	for {
		i := strings.Index(ls, lsub)
		if i < 0 || len(ls) != len(s) {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		s, ls = s[i+len(sub):], ls[i+len(sub):]
	}
}
