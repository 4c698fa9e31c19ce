package telegram_test

import (
	"encoding/json"
	"strings"
	"testing"

	"sira/index/bambara"
)

// apejPhone is the number of the EOJ network (the APEJ's fiche).
const apejPhone = "+22366745089"

// TestPersonAskedFor: a person who asks to talk to someone, or cries for
// help, in any words, French, Bambara or N'Ko, is offered a counsellor at
// once — the hand-off button when hand-off is on, the EOJ number and
// fiche otherwise — in their language, and no fiche matched by the words
// of asking; pressing the button opens the case.
func TestPersonAskedFor(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	asks := map[string]string{
		"je veux parler a quelqu un":                              "vous répondre ici",
		"Bonjour, je voudrais parler à un conseiller svp":         "vous répondre ici",
		"est-ce que je peux parler à une vraie personne ?":        "vous répondre ici",
		"je peux appeler quelqu'un ?":                             "vous répondre ici",
		"aidez-moi":                                               "vous répondre ici",
		"j'ai besoin d'aide":                                      "vous répondre ici",
		"n b'a fɛ ka kuma mɔgɔ ye":                                "ka i jaabi yan",
		"ladilikɛla dɔ bɛ yen wa?":                                "ka i jaabi yan",
		"dɛmɛ!":                                                   "ka i jaabi yan",
		"mɔgɔ dɔ bɛ se ka n wele wa?":                             "ka i jaabi yan",
		bambara.ToNKo("n b'a fɛ ka kuma mɔgɔ ye"):                 bambara.ToNKo("ka i jaabi yan"),
		"je veux parler à quelqu'un, je suis à Kayes":             "vous répondre ici",
		"vous etes un robot ? je veux parler a un humain":         "vous répondre ici", // nothing else found
		"n b'a fe ka ladilikela sɔrɔ, n bɛ Segu":                  "ka i jaabi yan",
		"svp j ai vraiment besoin d aide, je sais pas quoi faire": "vous répondre ici",
		"je n'ai pas compris":                                     "vous répondre ici", // not understanding: a person to explain
		"j'ai rien compris":                                       "vous répondre ici",
		"n ma a faamu":                                            "ka i jaabi yan",
		"n t'a faamu":                                             "ka i jaabi yan",
	}
	chat := int64(500)
	for say, want := range asks {
		chat++
		a := chatter{t, fake, chat}.say(say)
		holds(t, say, a, want, apejPhone)
		lacks(t, say, a, "Voici", "Yɔrɔ ", "aucune fiche", "n ma yɔrɔ sɔrɔ", "Centre Père Michel")
		if kb := fake.delivered(chat)[0].Params.Get("reply_markup"); !strings.Contains(kb, `"callback_data":"c"`) {
			t.Errorf("%q: no hand-off button: %s", say, kb)
		}
	}
	// The button opens the case, with what the person wrote.
	fake.press(chat, "c")
	post := fake.waitSent(counsellorsChat, 1)[0]
	if text := post.Params.Get("text"); !strings.Contains(text, "Cas #1") {
		t.Errorf("case post = %q", text)
	}

	// Beside a question: the counsellor first, then the answer.
	chat++
	a := chatter{t, fake, chat}.say("je veux parler à un conseiller pour une formation en couture à Bamako")
	if i, j := strings.Index(a, "vous répondre ici"), strings.Index(a, "Missabougou"); i < 0 || j < i {
		t.Errorf("counsellor not first, or no answer:\n%s", a)
	}

	// None of these asks for a person.
	for _, say := range []string{"je veux parler anglais", "mon ami veut une formation en soudure à Kayes", "n b'a fɛ ka kuma ni CFP Sénou ye"} {
		chat++
		lacks(t, say, chatter{t, fake, chat}.say(say), "vous répondre ici", "ka i jaabi yan")
	}
}

// TestPersonAskedForNoHandOff: without hand-off, the person asking for
// someone gets the EOJ number and the button to its fiche, in French and
// Bambara.
func TestPersonAskedForNoHandOff(t *testing.T) {
	fake := newFakeAPI(t)
	startWith(t, fake, t.TempDir(), options{group: -1})
	for i, say := range []string{"je veux parler a quelqu un", "n b'a fɛ ka kuma mɔgɔ ye"} {
		chat := int64(600 + i)
		a := chatter{t, fake, chat}.say(say)
		holds(t, say, a, apejPhone)
		lacks(t, say, a, "vous répondre ici", "ka i jaabi yan", "Voici")
		if kb := fake.delivered(chat)[0].Params.Get("reply_markup"); !strings.Contains(kb, `"callback_data":"d:P14"`) {
			t.Errorf("%q: no EOJ fiche button: %s", say, kb)
		}
	}
}

// TestNothingToSearch: a message that names nothing to search is told it
// was not understood, in its language, with the needs to choose from and
// the counsellor; no fiche matched by its words. "ok" is no request.
func TestNothingToSearch(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	said := map[string]string{
		"je voudrais savoir":             "pas compris",
		"mon ami m'a dit de vous écrire": "pas compris",
		"je cherche quelque chose":       "pas compris",
		"j'ai une question":              "pas compris",
		"il y a quoi ici ?":              "pas compris",
		"je ne sais pas quoi faire":      "pas compris",
		"n b'a fɛ":                       "faamu",
		"n bɛ fɛn dɔ ɲini":               "faamu",
		"mun bɛ yen?":                    "faamu",
		bambara.ToNKo("a fɔ n ye"):       bambara.ToNKo("faamu"),
	}
	chat := int64(700)
	for say, want := range said {
		chat++
		a := chatter{t, fake, chat}.say(say)
		holds(t, say, a, want)
		lacks(t, say, a, "Voici", "Yɔrɔ ", "+223")
		kb := fake.delivered(chat)[0].Params.Get("reply_markup")
		for _, b := range []string{`"callback_data":"n:formation"`, `"callback_data":"n:protection"`, `"callback_data":"c"`} {
			if !strings.Contains(kb, b) {
				t.Errorf("%q: no %s: %s", say, b, kb)
			}
		}
	}
	chat++
	holds(t, "ok", chatter{t, fake, chat}.say("ok"), "Écrivez votre question")
}

// TestTraumaAnswers: psychological suffering told in any words, French,
// Bambara or N'Ko, gets a protection answer: the number to call on top,
// actors that offer psychosocial support serving the place, the
// counsellor button. Wanting to die gets the number, then the counsellor,
// above the actors, and the counsellor's button first.
func TestTraumaAnswers(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	psychosocial := []string{"COOPI", "Caritas", "Croix Rouge", "AME", "ENDA"}
	stories := map[string]string{
		"je fais des cauchemars toutes les nuits depuis mon retour de Libye":                  "📞 <b>Appelez maintenant",
		"j'ai vu des gens mourir dans le désert, je n'arrive plus à dormir, je suis à Mopti":  "📞 <b>Appelez maintenant",
		"la nuit je crie dans mon sommeil, ma femme a peur de moi, on habite à Ségou":         "📞 <b>Appelez maintenant",
		"mon frère est revenu d'Algérie, il pleure tout le temps, il a honte, on est à Kayes": "📞 <b>Appelez maintenant",
		"n tɛ sunɔgɔ tugun kabini n seginna ka bɔ Libi":                                       "📞 <b>I ka ",
		"n bɛ kasi su o su, maloya bɛ n na":                                                   "📞 <b>I ka ",
		bambara.ToNKo("n tɛ sunɔgɔ tugun, sugo juguw bɛ n na"):                                "📞 <b>",
	}
	chat := int64(800)
	for story, top := range stories {
		chat++
		a := chatter{t, fake, chat}.say(story)
		if !strings.HasPrefix(a, top) {
			t.Errorf("%q: the number is not on top:\n%s", story, a)
		}
		found := false
		for _, name := range psychosocial {
			found = found || strings.Contains(a, name)
		}
		if !found {
			t.Errorf("%q: no psychosocial actor:\n%s", story, a)
		}
		lacks(t, story, a, "aucune fiche", "n ma yɔrɔ sɔrɔ", "Atelier", "BR Consulting")
		if kb := fake.delivered(chat)[0].Params.Get("reply_markup"); !strings.Contains(kb, `"callback_data":"c"`) {
			t.Errorf("%q: no counsellor button: %s", story, kb)
		}
	}
	for _, say := range []string{"je veux mourir", "je ne veux plus vivre", "j'ai envie de me tuer, je suis à Bamako", "n b'a fɛ ka n yɛrɛ faga", "n b'a fɛ ka sa"} {
		chat++
		a := chatter{t, fake, chat}.say(say)
		counsellor := strings.Index(a, "🧑 ")
		if !strings.HasPrefix(a, "📞 <b>") || counsellor < 0 || counsellor > strings.Index(a, "1. ") {
			t.Errorf("%q: not the number, then the counsellor, above the actors:\n%s", say, a)
		}
		var kb struct {
			Inline [][]struct {
				Data string `json:"callback_data"`
			} `json:"inline_keyboard"`
		}
		json.Unmarshal([]byte(fake.delivered(chat)[0].Params.Get("reply_markup")), &kb)
		if len(kb.Inline) == 0 || kb.Inline[0][0].Data != "c" {
			t.Errorf("%q: the counsellor's button is not first: %+v", say, kb.Inline)
		}
	}
	// Suffering told beside a need wanted: the need, with the counsellor.
	chat++
	a := chatter{t, fake, chat}.say("mon père est mort l'an dernier, je veux reprendre son atelier de couture, il me faut un crédit")
	lacks(t, "a father dead, a loan", a, "Appelez maintenant")
	holds(t, "a father dead, a loan", a, "Voici")
}
