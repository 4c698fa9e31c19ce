package telegram_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"sira/index/bambara"
)

// chatter talks to Sira through the fake Bot API as one person: each turn
// sends a message (or presses a button, or shares a location) and returns
// the text of the next message Sira sends (or edits) in that chat.
type chatter struct {
	t    *testing.T
	fake *fakeAPI
	chat int64
}

func (c chatter) next(push func()) string {
	c.t.Helper()
	n := len(c.fake.delivered(c.chat))
	push()
	c.fake.waitFor("an answer", func() bool { return len(c.fake.delivered(c.chat)) > n })
	return c.fake.delivered(c.chat)[n].Params.Get("text")
}

// button is the callback data of the last message's button whose label
// starts with label.
func (c chatter) button(label string) string {
	c.t.Helper()
	calls := c.fake.delivered(c.chat)
	var kb struct {
		Inline [][]struct {
			Text string `json:"text"`
			Data string `json:"callback_data"`
		} `json:"inline_keyboard"`
	}
	json.Unmarshal([]byte(calls[len(calls)-1].Params.Get("reply_markup")), &kb)
	for _, row := range kb.Inline {
		for _, b := range row {
			if strings.HasPrefix(b.Text, label) {
				return b.Data
			}
		}
	}
	c.t.Fatalf("no button %q in %s", label, calls[len(calls)-1].Params.Get("reply_markup"))
	return ""
}

func (c chatter) say(text string) string {
	c.t.Helper()
	return c.next(func() { c.fake.text(c.chat, text) })
}

func (c chatter) press(data string) string {
	c.t.Helper()
	return c.next(func() { c.fake.press(c.chat, data) })
}

func (c chatter) at(lat, lon float64) string {
	c.t.Helper()
	return c.next(func() {
		c.fake.push(map[string]any{"message": map[string]any{
			"message_id": c.fake.nextMessage(), "date": time.Now().Unix(), "from": user("fr"),
			"chat":     map[string]any{"id": c.chat, "type": "private"},
			"location": map[string]any{"latitude": lat, "longitude": lon},
		}})
	})
}

// cases runs each question in a chat of its own and checks the first
// message of the answer.
func cases(t *testing.T, fake *fakeAPI, first int64, questions []string, check func(t *testing.T, q, answer string)) {
	t.Helper()
	for i, q := range questions {
		c := chatter{t, fake, first + int64(i)}
		check(t, q, c.say(q))
	}
}

func holds(t *testing.T, q, answer string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(answer, w) {
			t.Errorf("%q: answer lacks %q:\n%s", q, w, answer)
		}
	}
}

func lacks(t *testing.T, q, answer string, avoid ...string) {
	t.Helper()
	for _, w := range avoid {
		if strings.Contains(answer, w) {
			t.Errorf("%q: answer holds %q:\n%s", q, w, answer)
		}
	}
}

// TestCardsAnswerTheAskedPart: a question about the number, the cost or the
// papers gets that part first on the card, in French and in Bambara.
func TestCardsAnswerTheAskedPart(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	cases(t, fake, 100, []string{
		"donne moi le numero de l'AME",
		"c koi le tel de l association des maliens expulses",
		"AME a nimɔrɔ di n ma",
	}, func(t *testing.T, q, a string) {
		holds(t, q, a, "AME", "</b> — Bamako, Kayes\n📞 +22371003000")
	})
	cases(t, fake, 200, []string{
		"combien coute le CFP de Senou",
		"c'est combien l'inscription au CFP Senou ?",
		"CFP Senou sɔngɔ ye joli ye",
	}, func(t *testing.T, q, a string) {
		holds(t, q, a, "25.000 FCFA")
		lacks(t, q, a, "Le coût des formations varie") // items, not the report's sentence
	})
	cases(t, fake, 300, []string{
		"quels papiers pour s'inscrire au CFP de Senou",
		"il faut quels documents pour le CFP Senou ?",
	}, func(t *testing.T, q, a string) {
		holds(t, q, a, "Papiers à apporter", "acte de naissance", "certificat de résidence", "quatre photos")
	})
	cases(t, fake, 400, []string{
		"CFP Senou sɛbɛn jumɛnw bɛ ɲini",
		"CFP Senou sebenw",
	}, func(t *testing.T, q, a string) {
		holds(t, q, a, "Sɛbɛnw", "wolosɛbɛn", "foto naani")
		lacks(t, q, a, "acte de naissance", "Papiers")
	})
}

// TestCardsLabelWhoCannotWalkIn: donors and ended projects say so, in both
// languages; details date the facts from the report, never from 2026.
func TestCardsLabelWhoCannotWalkIn(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	cases(t, fake, 100, []string{"c'est quoi la GIZ", "la cooperation allemande GIZ finance quoi ?"}, func(t *testing.T, q, a string) {
		holds(t, q, a, "GIZ", "Bailleur : ne reçoit pas le public ; passe par ses partenaires.")
	})
	cases(t, fake, 200, []string{"GIZ ye mun ye", "GIZ bɛ mun kɛ"}, func(t *testing.T, q, a string) {
		holds(t, q, a, "GIZ", "Wari dɛmɛbaa don")
	})
	cases(t, fake, 300, []string{"le projet avenir brillant", "Avenir Brillant c'est quoi ?"}, func(t *testing.T, q, a string) {
		holds(t, q, a, "Projet terminé en 2023")
	})
	c := chatter{t, fake, 400}
	c.say("CFP Missabougou")
	details := c.press("d:P01")
	holds(t, "details", details, "Ces informations viennent du rapport de 12/2022")
	lacks(t, "details", details, "2026")
}

// TestLocationAbroadAndDistances: a location outside Mali says so and
// offers the regions; in Mali, the nearest places say how far.
func TestLocationAbroadAndDistances(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	for i, at := range [][2]float64{{48.8566, 2.3522}, {32.89, 13.19}, {14.69, -17.44}} { // Paris, Tripoli, Dakar
		c := chatter{t, fake, int64(100 + i)}
		a := c.at(at[0], at[1])
		holds(t, "abroad", a, "n'est pas au Mali", "Dans quelle région")
		lacks(t, "abroad", a, "Taoudéni)", "km")
		if kb := fake.sent("sendMessage", c.chat)[0].Params.Get("reply_markup"); !strings.Contains(kb, `"callback_data":"g:0:kayes"`) {
			t.Errorf("no region buttons: %s", kb)
		}
	}
	c := chatter{t, fake, 200}
	a := c.at(14.45, -11.43) // Kayes
	holds(t, "Kayes", a, "(Kayes)", "à environ 2 km")
	lacks(t, "Kayes", a, "Bailleur", "terminé")
}

// TestNKoQuestionsGetNKo: a question in N'Ko is answered in N'Ko, names and
// numbers kept; the chat then stays in N'Ko.
func TestNKoQuestionsGetNKo(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	cases(t, fake, 100, []string{
		"ߒ ߓߍ ߛߋ ߞߊ ߞߊߟߊߟߌ ߞߊߟߊ߲ ߡߌ߲ ߞߊߦߌ",
		"ߓߊߊߙߊ ߢߌߣߌ ߓߊߡߊߞߐ",
		"ߒ ߓߊ߯ ߝߍ߬ ߞߊ ߡߏߓߌߟߌ ߘߌߟߊ߲ ߘߋ߲ߞߊ߬ߟߊ߲ ߓߊߡߊߞߐ",
	}, func(t *testing.T, q, a string) {
		if !bambara.IsNKo(a) {
			t.Errorf("%q: answered without N'Ko:\n%s", q, a)
		}
		lacks(t, q, a, "Yɔrɔ", "Voici", "minnu bɛ se")
	})
	c := chatter{t, fake, 200}
	c.say("ߓߊߊߙߊ ߢߌߣߌ ߓߊߡߊߞߐ")
	if more := c.press(c.button("➕")); !bambara.IsNKo(more) || !strings.Contains(more, "<b>4.") {
		t.Errorf("next page not in N'Ko:\n%s", more)
	}
}
