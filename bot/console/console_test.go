package console

import (
	"context"
	"regexp"
	"strings"
	"sync"
	"testing"

	"sira/bot"
	"sira/bot/store"
	"sira/index"
	"sira/seeds"
)

var (
	sharedIndex *index.Index
	indexOnce   sync.Once
)

// testIndex is the shipped fiches' index, built once for the package's tests.
func testIndex(t *testing.T) *index.Index {
	indexOnce.Do(func() {
		fiches, err := seeds.Load(seeds.Embedded())
		if err != nil {
			t.Fatal(err)
		}
		if sharedIndex, err = index.New(fiches); err != nil {
			t.Fatal(err)
		}
	})
	if sharedIndex == nil {
		t.Fatal("no index")
	}
	return sharedIndex
}

func TestPlain(t *testing.T) {
	if got := plain("<b>1. CFP</b> — <i>Bamako</i> &amp; Kati &lt;ok&gt;"); got != "1. CFP — Bamako & Kati <ok>" {
		t.Errorf("plain = %q", got)
	}
}

// TestChoices checks that a number presses the button shown with it, and
// that anything else is a message.
func TestChoices(t *testing.T) {
	st, err := store.OpenTemp()
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var out strings.Builder
	in := "/langue\n2\n99\n/lieu 14.45 -11.43\n/lieu nowhere\n"
	if err := Run(context.Background(), bot.New(testIndex(t), st, bot.Options{NoCounsellors: NoCounsellors}), strings.NewReader(in), &out); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{
		"[1] Français", "[2] Bamanankan", // /langue shows its buttons
		"N bɛna i jaabi bamanankan na", // 2 pressed Bamanankan
		"(Kayi)",                       // a location, by its Bambara name
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	// "99" and "/lieu nowhere" are messages, not choices: a message that
	// names nothing (not understood) and a command.
	if !strings.Contains(got, "N ma a faamu") || !strings.Contains(got, "/former") {
		t.Errorf("unmatched input not read as a message:\n%s", got)
	}
}

// TestButtonsStayAfterAReplyWithNone: after a reply with nothing to press
// (a referral slip), the prompt is shown and the buttons shown before are
// still pressed by their numbers, as on Telegram.
func TestButtonsStayAfterAReplyWithNone(t *testing.T) {
	st, err := store.OpenTemp()
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var out strings.Builder
	// The details of the first result, its slip (button 2), then button 1
	// of the details again: the call.
	in := "formation couture bamako\n1\n2\n1\n"
	if err := Run(context.Background(), bot.New(testIndex(t), st, bot.Options{NoCounsellors: NoCounsellors}), strings.NewReader(in), &out); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	slip := strings.Index(got, "\n📝 Fiche d'orientation\n")
	if slip < 0 {
		t.Fatalf("no slip:\n%s", got)
	}
	after := got[slip:]
	if !regexp.MustCompile(`\n> \n📞 [^\n]+ : \+223\d+\n`).MatchString(after) {
		t.Errorf("after the slip, no prompt, or the earlier call button was not pressed:\n%s", after)
	}
}

// TestNoCounsellors: asking for a counsellor in the console says hand-off
// goes through Telegram, not that it is off for now.
func TestNoCounsellors(t *testing.T) {
	st, err := store.OpenTemp()
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var out strings.Builder
	if err := Run(context.Background(), bot.New(testIndex(t), st, bot.Options{NoCounsellors: NoCounsellors}), strings.NewReader("/conseiller\n"), &out); err != nil {
		t.Fatal(err)
	}
	if got := out.String(); !strings.Contains(got, "passe par Telegram") || strings.Contains(got, "pas disponible pour le moment") {
		t.Errorf("the console's hand-off:\n%s", got)
	}
}
