package bot

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"sira/bot/store"
	"sira/index"
	"sira/seeds"
)

var (
	ix     *index.Index
	ixOnce sync.Once
)

func newBot(t testing.TB) (*Bot, *store.Bolt) {
	t.Helper()
	ixOnce.Do(func() {
		fiches, err := seeds.Load(seeds.Embedded())
		if err != nil {
			panic(err)
		}
		if ix, err = index.New(fiches); err != nil {
			panic(err)
		}
	})
	st, err := store.OpenTemp()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return New(ix, st, Options{Address: testAddress("SiraBot")}), st
}

// testAddress is a bot's address as Telegram spells it (the tests of bot
// cannot import its transport).
type testAddress string

func (a testAddress) Name() string { return string(a) }
func (a testAddress) Link(payload string) string {
	return "https://t.me/" + string(a) + "?start=" + payload
}

func handle(t *testing.T, b *Bot, u Update) []Reply {
	t.Helper()
	if u.ChatID == 0 {
		u.ChatID = 1
	}
	rs, err := b.Handle(context.Background(), u)
	if err != nil {
		t.Fatal(err)
	}
	return rs
}

func text(rs []Reply) string {
	var parts []string
	for _, r := range rs {
		parts = append(parts, r.Text)
	}
	return strings.Join(parts, "\n")
}

func TestHandleTable(t *testing.T) {
	b, _ := newBot(t)
	tests := []struct {
		name string
		u    Update
		want []string // substrings of the replies' text
	}{
		{"start", Update{Kind: Text, Text: "/start"}, []string{"Je suis Sira"}},
		{"start with need", Update{Kind: Text, Text: "/start need_emploi"}, []string{"Je suis Sira", "Voici"}},
		{"start with region", Update{Kind: Text, Text: "/start region_kayes"}, []string{"Région : Kayes"}},
		{"start with the whole country, in Bambara", Update{Kind: Text, Text: "/start region_national", LanguageHint: "bm"}, []string{"Mara: Mali bɛɛ."}},
		{"start with bad payload", Update{Kind: Text, Text: "/start fiche_nope"}, []string{"Je suis Sira"}},
		{"command with bot name", Update{Kind: Text, Text: "/aide@SiraBot"}, []string{"/former"}},
		{"unknown command", Update{Kind: Text, Text: "/xyz"}, []string{"/former"}},
		{"need command", Update{Kind: Text, Text: "/financer"}, []string{"Voici"}},
		{"Bambara alias", Update{Kind: Text, Text: "/mara"}, []string{"quelle région"}},
		{"English alias", Update{Kind: Text, Text: "/language"}, []string{"Choisissez votre langue"}},
		{"Bambara menu button", Update{Kind: Text, Text: "💼 Baara"}, []string{"Yɔrɔ"}},
		{"region menu button", Update{Kind: Text, Text: "📍 Ma région"}, []string{"quelle région"}},
		{"emoji only", Update{Kind: Text, Text: "👍👍"}, []string{"Écrivez votre question"}},
		{"emoji of distress", Update{Kind: Text, Text: "😭🙏"}, []string{"Un conseiller peut vous écouter"}},
		{"empty", Update{Kind: Text, Text: ""}, []string{"Écrivez votre question"}},
		{"binary", Update{Kind: Text, Text: "\x00\x01\x02"}, []string{"Écrivez votre question"}},
		{"photo", Update{Kind: Media}, []string{"que du texte"}},
		{"Bambara hint", Update{Kind: Text, Text: "/start", LanguageHint: "bm", ChatID: 77}, []string{"Sira ye"}},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.u.ChatID == 0 {
				tt.u.ChatID = int64(100 + i) // a chat of its own: state does not leak between cases
			}
			got := text(handle(t, b, tt.u))
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("replies %q lack %q", got, w)
				}
			}
		})
	}
}

func TestIgnored(t *testing.T) {
	b, _ := newBot(t)
	for _, u := range []Update{
		{Kind: Other},
		{Kind: Text, Text: "bonjour à tous", Room: Overheard},
	} {
		if rs := handle(t, b, u); len(rs) != 0 {
			t.Errorf("%+v answered %q", u, text(rs))
		}
	}
}

// TestCallbacksSaySomething: every button, known or not, gets a message
// or a notice (the transport answers the press itself).
func TestCallbacksSaySomething(t *testing.T) {
	b, _ := newBot(t)
	for _, data := range []string{"m", "d:P01", "d:ZZZ", "s:P02", "l:bm", "l:xx", "r:", "r:kayes", "r:mars", "n:emploi", "o:P03", "c", "", "::::"} {
		rs := handle(t, b, Update{ChatID: 9, Kind: Callback, CallbackID: "1", Data: data})
		said := false
		for _, r := range rs {
			said = said || r.Text != "" || r.Notice != ""
		}
		if !said {
			t.Errorf("%q: nothing said", data)
		}
	}
}

func TestLanguageFollowsQuestion(t *testing.T) {
	b, st := newBot(t)
	// A place alone, before any question, says where the person is.
	rs := handle(t, b, Update{ChatID: 2, Kind: Text, Text: "Ségou"})
	if !strings.Contains(text(rs), "Région : Ségou") {
		t.Errorf("place-only first message = %q, want the region set", text(rs))
	}
	rs = handle(t, b, Update{Kind: Text, Text: "n b'a fɛ ka kalali dege Kayi"})
	if got := text(rs); !strings.Contains(got, "Yɔrɔ") || strings.Contains(got, "Voici") || strings.Contains(got, "Le rapport") {
		t.Errorf("Bambara question answered in %q", text(rs))
	}
	// After a question, a place alone asks it there, in the chat's
	// language, and becomes the chat's region.
	rs = handle(t, b, Update{Kind: Text, Text: "Ségou"})
	if !strings.Contains(text(rs), "Segu la") || strings.Contains(text(rs), "Mara: Ségou") {
		t.Errorf("place after a question = %q, want it asked in Ségou, in Bambara", text(rs))
	}
	c, _ := st.Load(context.Background(), 1)
	if c.Lang != "bm" || c.Region != "segou" || c.Place != "Ségou" {
		t.Errorf("chat state = %+v", c)
	}
	// What is stored of the person: refs, not words.
	if strings.Contains(strings.Join(c.Results, ""), "Ségou") {
		t.Error("the question's words were stored")
	}
}

// data lists the data of a reply's buttons.
func data(r Reply) []string {
	var out []string
	for _, row := range r.Buttons {
		for _, b := range row {
			out = append(out, b.Data)
		}
	}
	return out
}

func hasData(r Reply, d string) bool { return slices.Contains(data(r), d) }

// TestButtonsBoundToTheirAnswer: paging and the region picker name their
// answer and edit the message in place; a button of an older answer says
// it expired instead of paging the newest.
func TestButtonsBoundToTheirAnswer(t *testing.T) {
	b, st := newBot(t)
	first := handle(t, b, Update{Kind: Text, Text: "formation"})[0]
	if !hasData(first, "m:1:1") || !hasData(first, "r:1") || hasData(first, "m:1:0") {
		t.Fatalf("first page buttons = %v", data(first))
	}
	page2 := handle(t, b, Update{Kind: Callback, Data: "m:1:1"})
	if len(page2) != 1 || !page2[0].Edit || !strings.Contains(page2[0].Text, "<b>4.") || !hasData(page2[0], "m:1:0") || !hasData(page2[0], "m:1:2") {
		t.Errorf("page 2 = %+v", page2)
	}
	page3 := handle(t, b, Update{Kind: Callback, Data: "m:1:2"})[0]
	if !strings.Contains(page3.Text, "<b>7.") || hasData(page3, "m:1:3") {
		t.Errorf("last page = %q %v", page3.Text, data(page3))
	}
	if rs := handle(t, b, Update{Kind: Callback, Data: "m:1:3"}); !strings.Contains(rs[0].Notice, "pas d'autre") {
		t.Errorf("past the last page = %+v", rs)
	}
	// A new answer: the first one's buttons are expired, not the newest's.
	handle(t, b, Update{Kind: Text, Text: "formation soudure"})
	for _, d := range []string{"m:1:1", "r:1", "m", "m:x:1"} {
		rs := handle(t, b, Update{Kind: Callback, Data: d})
		if !strings.Contains(text(rs), "plus disponible") || rs[0].Edit {
			t.Errorf("%s on an old answer = %+v", d, rs)
		}
	}
	// Another region: the picker replaces the answer, the choice asks the
	// question again there.
	picker := handle(t, b, Update{Kind: Callback, Data: "r:2"})[0]
	if !picker.Edit || !hasData(picker, "g:2:kayes") || !hasData(picker, "g:2:national") {
		t.Fatalf("picker = %+v", picker)
	}
	again := handle(t, b, Update{Kind: Callback, Data: "g:2:kayes"})
	if len(again) == 0 || !again[0].Edit || !strings.Contains(again[0].Text, "Kayes") || !strings.Contains(strings.ToLower(again[0].Text), "soudure") {
		t.Errorf("answer in Kayes = %+v", again)
	}
	c, _ := st.Load(context.Background(), 1)
	if c.Region != "kayes" || c.Answer != 3 || c.Question != "formation soudure" {
		t.Errorf("chat after another region = %+v", c)
	}
	// A region chosen on an old picker is taken, and says the list expired.
	rs := handle(t, b, Update{Kind: Callback, Data: "g:1:segou"})
	if !strings.Contains(text(rs), "Ségou") || !strings.Contains(text(rs), "plus disponible") {
		t.Errorf("old picker = %q", text(rs))
	}
	// A menu need listed again in another region.
	handle(t, b, Update{ChatID: 2, Kind: Text, Text: "/proteger"})
	rs = handle(t, b, Update{ChatID: 2, Kind: Callback, Data: "g:1:mopti"})
	if !rs[0].Edit || !strings.Contains(rs[0].Text, "Mopti") {
		t.Errorf("protection in Mopti = %q", rs[0].Text)
	}
	// Navigation expires after a day: its buttons say so.
	c, _ = st.Load(context.Background(), 2)
	c.NavAt = time.Now().Add(-48 * time.Hour)
	st.Save(context.Background(), 2, c)
	if rs := handle(t, b, Update{ChatID: 2, Kind: Callback, Data: "m:2:1"}); !strings.Contains(rs[0].Notice, "plus disponible") {
		t.Errorf("expired list = %+v", rs)
	}
}

func TestDetailsAskedPartFirstAndSplit(t *testing.T) {
	b, _ := newBot(t)
	handle(t, b, Update{Kind: Text, Text: "numero du CFP Missabougou"})
	rs := handle(t, b, Update{Kind: Callback, Data: "d:P01"})
	body := text(rs)
	if i, j := strings.Index(body, "Contacts"), strings.Index(body, "Coût"); i < 0 || j >= 0 && j < i {
		t.Errorf("contact not first in %q", body)
	}
	for _, r := range rs {
		if utf8.RuneCountInString(r.Text) > 4096 {
			t.Errorf("message of %d characters", utf8.RuneCountInString(r.Text))
		}
	}
}

func TestSplit(t *testing.T) {
	long := strings.Repeat("ligne de texte\n", 600) // 9 000 characters
	chunks := split([]string{"titre", long, "fin"}, maxMessage)
	if len(chunks) < 3 {
		t.Fatalf("%d chunks", len(chunks))
	}
	total := 0
	for _, c := range chunks {
		if n := utf8.RuneCountInString(c); n > maxMessage {
			t.Errorf("chunk of %d", n)
		}
		total += strings.Count(c, "ligne de texte")
	}
	if total != 600 || !strings.HasSuffix(chunks[len(chunks)-1], "fin") {
		t.Errorf("split lost text: %d lines", total)
	}
}

func TestReferralSlip(t *testing.T) {
	b, _ := newBot(t)
	rs := handle(t, b, Update{Kind: Callback, Data: "o:P01"})
	slip := text(rs)
	for _, want := range []string{"Fiche d'orientation", "CFP Missabougou", "Comment entrer", "acte de naissance", "Coût", "FCFA", "+22363157238"} {
		if !strings.Contains(slip, want) {
			t.Errorf("slip lacks %q:\n%s", want, slip)
		}
	}
	// In Bambara for a Bambara chat.
	handle(t, b, Update{ChatID: 3, Kind: Callback, Data: "l:bm"})
	if bm := text(handle(t, b, Update{ChatID: 3, Kind: Callback, Data: "o:P22"})); !strings.Contains(bm, "Ladili sɛbɛn") || !strings.Contains(bm, "a ɲininka yen") {
		t.Errorf("Bambara slip = %q", bm)
	}
}

func TestHandOffIsPrivate(t *testing.T) {
	b, _ := newBot(t)
	b.opt.Counsellors = -7
	rs := handle(t, b, Update{ChatID: -50, Room: Addressed, Kind: Text, Text: "/conseiller"})
	if len(rs) != 1 || rs[0].Chat != 0 || !strings.Contains(rs[0].Text, "en privé : @SiraBot") {
		t.Errorf("hand-off in a group = %+v", rs)
	}
}

func TestHandOffOff(t *testing.T) {
	b, _ := newBot(t) // no counsellors' group
	rs := handle(t, b, Update{Kind: Text, Text: "/conseiller"})
	if !strings.Contains(text(rs), "pas disponible") || rs[0].Buttons[0][0].Data != "d:"+counsellorRef {
		t.Errorf("hand-off without a group = %+v", rs)
	}
	// The answer to a no-match points to the EOJ fiche instead.
	rs = handle(t, b, Update{Kind: Text, Text: "cours de pilotage d'avion"})
	last := rs[len(rs)-1].Buttons
	if last[len(last)-1][0].Data != "d:"+counsellorRef {
		t.Errorf("no-match buttons = %+v", last)
	}
}

// TestChosenLanguageWinsOverNames: a message that is only names (a fiche, a
// place) gives no sign of a language: the chat's chosen one stays.
func TestChosenLanguageWinsOverNames(t *testing.T) {
	b, _ := newBot(t)
	handle(t, b, Update{ChatID: 9, Kind: Callback, Data: "l:bm"})
	for _, said := range []string{"CFP Missabougou", "AME Kayes", "ECICA"} {
		if got := text(handle(t, b, Update{ChatID: 9, Kind: Text, Text: said})); !strings.Contains(got, "minnu bɛ se ka i dɛmɛ") {
			t.Errorf("%q in a Bambara chat answered %q", said, got)
		}
	}
	// A question in French still switches to French.
	if got := text(handle(t, b, Update{ChatID: 9, Kind: Text, Text: "quel est le numero du CFP Missabougou"})); !strings.Contains(got, "Voici") {
		t.Errorf("a French question answered %q", got)
	}
}

// The case post names the person's language as the counsellors read it.
func TestCaseHeadLanguage(t *testing.T) {
	b, _ := newBot(t)
	for _, tt := range []struct{ lang, region, want string }{
		{"bm", "kayes", "(bamanankan, Kayes)"}, {"fr", "", "(français)"}, {"", "", "(français)"},
	} {
		if got := b.caseHead(store.Case{ID: 1, FirstName: "Awa", Lang: tt.lang, Region: tt.region}); !strings.Contains(got, tt.want) {
			t.Errorf("caseHead(%q) = %q, want %q", tt.lang, got, tt.want)
		}
	}
}

// A shared fiche's link and the name a group member writes to are the
// address the transport gave.
func TestAddress(t *testing.T) {
	b, _ := newBot(t)
	if got := text(handle(t, b, Update{ChatID: 5, Kind: Callback, CallbackID: "1", Data: "s:P01"})); !strings.Contains(got, "https://t.me/SiraBot?start=fiche_cfp-missabougou") {
		t.Errorf("share = %q", got)
	}
}

// TestOtherRegionOnlyWhenSomethingShown: an answer that shows fiches offers
// to ask in another region; one that found nothing anywhere does not.
func TestOtherRegionOnlyWhenSomethingShown(t *testing.T) {
	b, _ := newBot(t)
	for i, tt := range []struct {
		q      string
		region bool
	}{
		{"formation en soudure a kayes", true},
		{"j'ai perdu mon telephone a bamako, comment le retrouver ?", false},
	} {
		rs := handle(t, b, Update{ChatID: int64(950 + i), Kind: Text, Text: tt.q})
		region := slices.ContainsFunc(rs, func(r Reply) bool {
			return slices.ContainsFunc(r.Buttons, func(row []Button) bool {
				return slices.ContainsFunc(row, func(b Button) bool { return strings.HasPrefix(b.Data, "r:") })
			})
		})
		if region != tt.region {
			t.Errorf("%q: another region offered %v, want %v:\n%s", tt.q, region, tt.region, text(rs))
		}
	}
}
