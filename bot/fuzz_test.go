package bot

import (
	"context"
	"testing"
	"unicode/utf8"
)

// FuzzHandle feeds the conversation any update: it must never panic or
// fail, must answer every message and press of a private chat, and must send valid
// UTF-8 (Telegram refuses anything else). `go test` runs the seeds below;
// `go test -run '^$' -fuzz FuzzHandle -fuzztime 1m -fuzzminimizetime 20x ./bot`
// searches further.
func FuzzHandle(f *testing.F) {
	b, _ := newBot(f)
	b.opt.Counsellors = counsellorsChat
	for _, s := range []struct {
		kind      uint8
		chat      int64
		flags     uint8
		text      string
		data      string
		lat, lon  float64
		repliedTo string
	}{
		{0, 1, 0, "ou je peux apprendre la soudure a kayes", "", 0, 0, ""},
		{0, 2, 0, "n b'a fɛ ka mobili dilan dege Bamakɔ", "", 0, 0, ""},
		{0, 3, 0, "ߒ ߓߊ߯ ߝߍ߬ ߞߊ߬ ߞߊ߬ߙߊ߲߬", "", 0, 0, ""},
		{0, 4, 0, "\xff\xfe\x00", "", 0, 0, ""},
		{0, 5, 0, "/conseiller", "", 0, 0, ""},
		{0, 5, 0, "je suis toujours là", "", 0, 0, ""},
		{0, counsellorsChat, 0, "on vous appelle demain", "", 0, 0, "Cas #1"},
		{0, counsellorsChat, 0, "/stats", "", 0, 0, ""},
		{1, counsellorsChat, 0, "", "k:1", 0, 0, ""},
		{1, counsellorsChat, 0, "", "x:99999999999999999999", 0, 0, ""},
		{1, 6, 0, "", "d:", 0, 0, ""},
		{1, 6, 0, "", "m:", 0, 0, ""},
		{1, 6, 0, "", "r:nowhere", 0, 0, ""},
		{1, 6, 0, "", "\x00:\xff", 0, 0, ""},
		{2, 7, 0, "", "", 12.64, -8.0, ""},
		{2, 7, 0, "", "", 1e308, -1e308, ""},
		{3, 8, 0, "", "", 0, 0, ""},
		{0, -50, 1, "@SiraBot formation", "", 0, 0, ""},
		{0, -50, 3, "/start fiche_" + string(make([]byte, 300)), "", 0, 0, ""},
		{0, 9, 4, "formation couture Ségou", "", 0, 0, ""},
		{0, 10, 0, "/start src_\u202eevil", "", 0, 0, ""},
	} {
		f.Add(s.kind, s.chat, s.flags, s.text, s.data, s.lat, s.lon, s.repliedTo)
	}
	f.Fuzz(func(t *testing.T, kind uint8, chat int64, flags uint8, text, data string, lat, lon float64, repliedTo string) {
		u := Update{
			ChatID: chat, Kind: Kind(kind % uint8(Other+1)), Text: text, Data: data, Lat: lat, Lon: lon,
			Room:      fuzzRoom(flags),
			FirstName: "Awa", FromID: int64(flags), RepliedTo: repliedTo, CallbackID: "1",
		}
		if flags&4 != 0 {
			u.Origin = Forwarded
		}
		rs, err := b.Handle(context.Background(), u)
		if err != nil {
			t.Fatalf("Handle(%+v): %v", u, err)
		}
		// Membership changes and a group's move are the transport's news,
		// not a person's message: they need no reply.
		spoken := u.Kind != Other && u.Kind != Member && u.Kind != Moved
		if len(rs) == 0 && !u.Room.Group() && spoken && chat != counsellorsChat {
			t.Errorf("Handle(%+v): no reply", u)
		}
		for _, r := range rs {
			if !utf8.ValidString(r.Text) || !utf8.ValidString(r.Notice) {
				t.Errorf("Handle(%+v): invalid UTF-8 in %q", u, r.Text+r.Notice)
			}
		}
	})
}

// fuzzRoom reads the room from flags: bit 1 a group, bit 2 addressed in it.
func fuzzRoom(flags uint8) Room {
	switch {
	case flags&1 == 0:
		return Private
	case flags&2 != 0:
		return Addressed
	}
	return Overheard
}

// counsellorsChat is the counsellors' group of the fuzzed conversation.
const counsellorsChat = -100
