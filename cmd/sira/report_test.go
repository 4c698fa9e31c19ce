package main

import (
	"context"
	"strings"
	"testing"

	"sira/bot"
	"sira/bot/store"
)

// TestStatisticsHoldNoTypedWords types names, phone numbers and places into
// questions that find nothing, and a name into a poster's source: neither
// /stats nor `sira report` may hold any of them, only themes Sira knows.
func TestStatisticsHoldNoTypedWords(t *testing.T) {
	dir := t.TempDir()
	b, st := storeBot(t, dir)
	ctx := context.Background()
	typed := []string{
		"je m'appelle Oumou Sangaré Kouyaté, je cherche un cours de pilotage",
		"mon numero 76 12 34 56 appelez moi",
		"je cherche du travail chez Moussa Traoré à Dioura",
		"n tɔgɔ ye Fatoumata Diakité, n b'a fɛ ka pilotage kalan Kolondiéba",
		"contactez Bakary au +223 66 77 88 99 pour la bijouterie",
		"je suis Mariam Coulibaly de Dioura, je veux passer mon permis de conduire",
		"/start src_OumouSangare",
	}
	for i, q := range typed {
		if _, err := b.Handle(ctx, bot.Update{ChatID: int64(100 + i), Kind: bot.Text, Text: q, FirstName: "Oumou"}); err != nil {
			t.Fatal(err)
		}
	}
	rs, err := b.Handle(ctx, bot.Update{ChatID: -1, Room: bot.Overheard, Kind: bot.Text, Text: "/stats"})
	if err != nil || len(rs) != 1 {
		t.Fatalf("/stats: %v, %v", rs, err)
	}
	st.Close()
	out, errs, code := sira(t, "", "report", "--data", dir)
	if code != 0 {
		t.Fatalf("report: exit %d: %s", code, errs)
	}
	for name, text := range map[string]string{"/stats": rs[0].Text, "sira report": out} {
		lower := strings.ToLower(text)
		for _, w := range []string{"oumou", "sangar", "kouyat", "moussa", "traor", "fatoumata", "diakit", "bakary",
			"dioura", "kolondi", "76", "12 34", "66", "pilotage", "bijouterie", "numero", "mariam", "coulibaly", "permis"} {
			if strings.Contains(lower, w) {
				t.Errorf("%s holds %q:\n%s", name, w, text)
			}
		}
		if !strings.Contains(text, "other") {
			t.Errorf("%s counts no theme as other:\n%s", name, text)
		}
	}
	if !strings.Contains(out, "no_match_theme,driving_licence,1") {
		t.Errorf("report lacks the out-of-scope request as its concept:\n%s", out)
	}
	if !strings.Contains(out, "source,other,1") {
		t.Errorf("report lacks the unknown source as other:\n%s", out)
	}
}

// storeBot is a conversation over the shipped fiches and a store in dir,
// with a counsellors' group that receives everything.
func storeBot(t *testing.T, dir string) (*bot.Bot, *store.Bolt) {
	t.Helper()
	st, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ix, err := openIndex(sources{new(string), new(string)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return bot.New(ix, st, bot.Options{Counsellors: -1, Sender: delivered{}}), st
}
