package telegram

import (
	"encoding/json"
	"testing"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"sira/bot"
)

var self = tgbotapi.User{ID: 999, UserName: "SiraTestBot"}

// convertSeeds are raw updates of every kind Sira subscribes to, and some
// it must survive.
var convertSeeds = []string{
	`{"update_id":1,"message":{"message_id":1,"date":1,"chat":{"id":5,"type":"private"},"from":{"id":5,"first_name":"Awa","language_code":"bm"},"text":"formation soudure a Kayes"}}`,
	`{"update_id":2,"message":{"message_id":2,"date":1,"chat":{"id":-100,"type":"supergroup"},"from":{"id":5,"first_name":"Awa"},"text":"@SiraTestBot /aide@SiraTestBot"}}`,
	`{"update_id":3,"callback_query":{"id":"q","from":{"id":5,"first_name":"Awa"},"data":"m:3:1","chat_instance":"x","message":{"message_id":9,"date":1,"chat":{"id":5,"type":"private"}}}}`,
	`{"update_id":4,"callback_query":{"id":"q","from":{"id":5,"first_name":"Awa"},"data":"x:1","chat_instance":"x"}}`,
	`{"update_id":5,"message":{"message_id":3,"date":1,"chat":{"id":5,"type":"private"},"voice":{"file_id":"v","file_unique_id":"v","duration":3},"caption":"écoute"}}`,
	`{"update_id":6,"message":{"message_id":4,"date":1,"chat":{"id":5,"type":"private"},"photo":[{"file_id":"p","file_unique_id":"p","width":1,"height":1}],"caption":"formation couture"}}`,
	`{"update_id":7,"message":{"message_id":5,"date":1,"chat":{"id":5,"type":"private"},"location":{"latitude":14.45,"longitude":-11.43}}}`,
	`{"update_id":8,"edited_message":{"message_id":1,"date":1,"chat":{"id":5,"type":"private"},"text":"formation soudure a Bamako"}}`,
	`{"update_id":9,"my_chat_member":{"chat":{"id":-100,"type":"supergroup"},"from":{"id":1,"first_name":"F"},"date":1,"old_chat_member":{"status":"administrator","user":{"id":999,"is_bot":true,"first_name":"Sira"}},"new_chat_member":{"status":"kicked","user":{"id":999,"is_bot":true,"first_name":"Sira"}}}}`,
	`{"update_id":10,"message":{"message_id":6,"date":1,"chat":{"id":-100,"type":"group"},"migrate_to_chat_id":-1001234}}`,
	`{"update_id":11,"message":{"message_id":7,"date":1,"chat":{"id":-1001234,"type":"supergroup"},"migrate_from_chat_id":-100}}`,
	`{"update_id":12,"message":{"message_id":8,"date":1,"chat":{"id":-100,"type":"supergroup"},"from":{"id":1,"first_name":"F"},"text":"on vous appelle","reply_to_message":{"message_id":1,"date":1,"chat":{"id":-100,"type":"supergroup"},"from":{"id":999,"is_bot":true,"first_name":"Sira"},"text":"Cas #1"}}}`,
	`{"update_id":13,"message":{"message_id":9,"date":1,"chat":{"id":5,"type":"private"},"forward_origin":{"type":"hidden_user","sender_user_name":"M","date":1},"text":"je cherche un travail"}}`,
	`{"update_id":14,"channel_post":{"message_id":1,"date":1,"chat":{"id":-5,"type":"channel"},"text":"x"}}`,
	`{"update_id":15,"message":"not an object"}`,
	`{"update_id":"x"}`,
	`42`,
	``,
	`{"update_id":16,"message":{"message_id":1,"date":1,"chat":null,"text":"x"}}`,
	`{"update_id":17,"message":{"message_id":1,"date":1,"chat":{"id":5,"type":"private"},"text":"\u0000\ud800"}}`,
}

// FuzzConvert reads any bytes as a Telegram update: it must never panic,
// and what it makes of them must be an update the conversation can take.
// `go test` runs the seeds; `go test -run '^$' -fuzz FuzzConvert
// -fuzztime 1m ./bot/telegram` searches further.
func FuzzConvert(f *testing.F) {
	for _, s := range convertSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		in, ok := convert(json.RawMessage(raw), self)
		if !ok {
			return
		}
		u := in.update
		if u.Kind < bot.Text || u.Kind > bot.Other {
			t.Fatalf("kind %d", u.Kind)
		}
		if u.Kind != bot.Other && u.Kind != bot.Callback && u.ChatID == 0 {
			t.Errorf("an update for no chat: %q", raw)
		}
		if u.Kind == bot.Moved && u.MovedTo == 0 {
			t.Errorf("moved nowhere: %q", raw)
		}
	})
}

// TestConvertKinds checks what each seed becomes.
func TestConvertKinds(t *testing.T) {
	want := []struct {
		kind  bot.Kind
		check func(bot.Update) bool
	}{
		{bot.Text, func(u bot.Update) bool { return u.ChatID == 5 && u.LanguageHint == "bm" && u.Room == bot.Private }},
		{bot.Text, func(u bot.Update) bool { return u.Room == bot.Addressed && u.Text == "/aide" }},
		{bot.Callback, func(u bot.Update) bool { return u.Data == "m:3:1" && u.MessageID == 9 && u.ChatID == 5 }},
		{bot.Callback, func(u bot.Update) bool { return u.ChatID == 0 }},
		{bot.Media, func(u bot.Update) bool { return u.Media == bot.Voice && u.Text == "écoute" && u.MessageID == 3 }},
		{bot.Media, func(u bot.Update) bool { return u.Media == bot.Photo && u.Text == "formation couture" }},
		{bot.Location, func(u bot.Update) bool { return u.Lat == 14.45 && u.MessageID == 5 }},
		{bot.Text, func(u bot.Update) bool { return u.Origin == bot.Edited && u.Text == "formation soudure a Bamako" }},
		{bot.Member, func(u bot.Update) bool { return u.Gone && u.Status == "kicked" && u.ChatID == -100 }},
		{bot.Moved, func(u bot.Update) bool { return u.ChatID == -100 && u.MovedTo == -1001234 }},
		{bot.Moved, func(u bot.Update) bool { return u.ChatID == -100 && u.MovedTo == -1001234 }},
		{bot.Text, func(u bot.Update) bool { return u.RepliedTo == "Cas #1" && u.Room == bot.Addressed }},
		{bot.Text, func(u bot.Update) bool { return u.Origin == bot.Forwarded }},
		{bot.Other, func(bot.Update) bool { return true }},
	}
	for i, w := range want {
		in, ok := convert(json.RawMessage(convertSeeds[i]), self)
		if !ok || in.update.Kind != w.kind || !w.check(in.update) {
			t.Errorf("seed %d: ok %v, %+v", i, ok, in.update)
		}
	}
	for _, s := range convertSeeds[len(want) : len(want)+4] {
		if in, ok := convert(json.RawMessage(s), self); ok && in.update.Kind != bot.Other {
			t.Errorf("%q read as %+v", s, in.update)
		}
	}
}
