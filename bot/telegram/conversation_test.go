package telegram_test

import (
	"strings"
	"testing"
	"time"
)

// TestGreetingsThanksGoodbyes: answered in kind, with the menu, never with
// fiches or "nothing fits"; Bambara ones in Bambara, also in a chat that
// chose Bambara and says "merci".
func TestGreetingsThanksGoodbyes(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	fr := map[string]string{
		"bonjour": "Dites-moi ce que vous cherchez", "Salut": "Dites-moi ce que vous cherchez", "bsr": "Dites-moi ce que vous cherchez",
		"merci beaucoup": "Avec plaisir", "d'accord merci": "Avec plaisir", "merci, que Dieu vous bénisse": "Avec plaisir",
		"au revoir": "Au revoir", "bonne nuit": "Au revoir",
	}
	bm := map[string]string{
		"i ni ce": "I mago bɛ mun na", "aw ni sogoma": "I mago bɛ mun na", "aw ni baara": "I mago bɛ mun na",
		"barika": "I ni cɛ fana", "i ni ce kosɛbɛ": "I ni cɛ fana", "k'an bɛn": "K'an bɛn",
	}
	chat := int64(100)
	for said, reply := range fr {
		chat++
		a := chatter{t, fake, chat}.say(said)
		holds(t, said, a, reply)
		lacks(t, said, a, "+223", "aucune fiche")
	}
	for said, reply := range bm {
		chat++
		a := chatter{t, fake, chat}.say(said)
		holds(t, said, a, reply)
		lacks(t, said, a, "+223", "n ma yɔrɔ sɔrɔ", "Bonjour")
	}
	if kb := fake.sent("sendMessage", chat)[0].Params.Get("reply_markup"); !strings.Contains(kb, `"keyboard"`) {
		t.Errorf("no menu with a greeting: %s", kb)
	}
	// A chat that chose Bambara says "merci": Bambara still.
	c := chatter{t, fake, 300}
	c.say("/langue")
	c.press("l:bm")
	holds(t, "merci", c.say("merci"), "I ni cɛ fana")
}

// TestFollowUps: words act on the last answer, in French and Bambara.
func TestFollowUps(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	c := chatter{t, fake, 100}
	first := c.say("je veux apprendre la construction metallique au CFP de Senou")
	holds(t, "question", first, "CFP Sénou")
	for _, q := range []string{"c'est combien ?", "ça coûte combien", "c koi le prix"} {
		a := c.say(q)
		holds(t, q, a, "Formation construction métallique : 55.000 FCFA", "Inscription : 25.000 FCFA")
		lacks(t, q, a, "Voici", "aucune fiche", "CFP Missabougou") // the centre named, not a new search
	}
	for _, q := range []string{"le numéro", "donne moi le tel"} {
		holds(t, q, c.say(q), "📞 +22366896887")
	}
	holds(t, "quels papiers", c.say("quels papiers ?"), "acte de naissance", "certificat de résidence")
	// A follow-up's own words pick the fees that name them.
	holds(t, "et l'inscription", c.say("et l'inscription ?"), "Inscription : 25.000 FCFA")

	c = chatter{t, fake, 200}
	c.say("formation en soudure a kayes")
	second := c.say("le 2")
	if strings.Contains(second, "Voici") || !strings.Contains(second, "Kayes") {
		t.Errorf("le 2 = %q, want the second result's details", second)
	}
	holds(t, "le premier", c.say("plus de détails sur le premier"), "Contacts")
	if others := c.say("il y a d'autres ?"); !strings.Contains(others, "<b>4.") {
		t.Errorf("il y a d'autres = %q, want the next page", others)
	}

	c = chatter{t, fake, 300}
	c.say("n b'a fɛ ka mobili dilan dege Bamakɔ")
	for _, q := range []string{"a sɔngɔ ye joli ye", "a songo ye joli ye?"} {
		a := c.say(q)
		holds(t, q, a, "Sɔngɔ", "FCFA")
		lacks(t, q, a, "Coût", "aucune fiche")
	}
	holds(t, "a nimɔrɔ", c.say("a nimɔrɔ"), "📞 +223")
	if others := c.say("a tɔw"); !strings.Contains(others, "<b>4.") {
		t.Errorf("a tɔw = %q, want the next page", others)
	}
	// A question about the centre just named answers from its facts; one it
	// does not hold is a new search.
	c = chatter{t, fake, 500}
	c.say("conditions pour entrer au Centre Père Michel en CAP")
	a := c.say("et si je n'ai pas le DEF ?")
	holds(t, "DEF", a, "Centre Père Michel (CPM)</b>", "le DEF n’est pas requis")
	lacks(t, "DEF", a, "Voici", "IFPI")
	c = chatter{t, fake, 501}
	c.say("CFP Senou")
	holds(t, "menuiserie", c.say("et la menuiserie ?"), "CFP Sénou (CFPS)</b>", "Menuiserie bois")
	holds(t, "new question", c.say("je veux un financement pour mon commerce"), "Voici")
	// A follow-up with nothing before it asks what it is about.
	holds(t, "alone", chatter{t, fake, 400}.say("c'est combien ?"), "De quel centre")
}

// TestCarryOver: a message that changes only the place keeps the topic; one
// that names a new topic keeps the place; a fiche named wins over the
// chat's region.
func TestCarryOver(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	c := chatter{t, fake, 100}
	c.say("je veux apprendre la mecanique auto a bamako")
	for _, q := range []string{"et a Kayes ?", "et à kayes"} {
		a := c.say(q)
		holds(t, q, a, "IFPI", "à Kayes")
		lacks(t, q, a, "Missabougou</b>")
	}
	c = chatter{t, fake, 200}
	c.say("n b'a fɛ ka mobili dilan dege Bamakɔ")
	holds(t, "Kayi dun?", c.say("Kayi dun?"), "IFPI", "Kayi la")
	c = chatter{t, fake, 300}
	c.say("je cherche une formation a kayes")
	holds(t, "et en electricite", c.say("et en electricite ?"), "Kayes")
	c = chatter{t, fake, 400}
	c.say("Ségou")
	a := c.say("je veux aller au CFP Missabougou")
	holds(t, "named", a, "CFP Missabougou")
	lacks(t, "named", a, "rien trouvé")
}

// TestDistressAnswers: danger told in any words, French or Bambara, gets
// the number to call now on top, protection actors that receive people, and
// the counsellor offer; never "nothing fits", never a donor or an ended
// project.
func TestDistressAnswers(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	stories := map[string][]string{
		"on m'a vendu en libye et forcé à travailler sans salaire. je suis rentré a kayes mais j'ai peur": {"fr"},
		"j ai 15 ans je dors dehors a bamako personne ne m aide":                                          {"fr"},
		"j'ai été expulsé d'algérie, je n'ai rien, pas d'argent pas à manger, je suis à bamako":           {"fr"},
		"mon mari me frappe tous les jours je veux partir de la maison a segou":                           {"fr"},
		"des gens me menacent, j'ai peur, je suis a bamako":                                               {"fr"},
		"ma fille de 13 ans a fugue on ne la trouve pas":                                                  {"fr"},
		"mon fils a fugué de la maison depuis samedi, il a 12 ans":                                        {"fr"},
		"u ye n feere libi, n seginna kayi, n siranen bɛ":                                                 {"bm"},
		"u ye n gɛn ka bɔ Alizeri, foyi tɛ n bolo, n bɛ Bamakɔ":                                           {"bm"},
		"cɛ dɔ bɛ n gosi tile o tile, n bɛ Bamakɔ":                                                        {"bm"},
		"u ye n datugu kalo 3 Libi":                                                                       {"bm"},
		"on a emmene mon frere travailler dans une mine":                                                  {"fr"},
	}
	chat := int64(100)
	for story, lang := range stories {
		chat++
		c := chatter{t, fake, chat}
		a := c.say(story)
		if lang[0] == "fr" {
			holds(t, story, a, "📞 <b>Appelez maintenant : ", "Ces adresses protègent")
			lacks(t, story, a, "aucune fiche")
		} else {
			holds(t, story, a, "📞 <b>I ka ", "wele sisan")
			lacks(t, story, a, "n ma yɔrɔ sɔrɔ", "Appelez")
		}
		if !strings.HasPrefix(a, "📞") {
			t.Errorf("%q: the number is not on top:\n%s", story, a)
		}
		lacks(t, story, a, "Banque Mondiale", "GIZ", "AFD", "⛔", "🏛")
		if kb := fake.delivered(chat)[0].Params.Get("reply_markup"); !strings.Contains(kb, `"callback_data":"c"`) {
			t.Errorf("%q: no counsellor button: %s", story, kb)
		}
	}
	for _, emoji := range []string{"😭🙏", "😢😢"} {
		chat++
		a := chatter{t, fake, chat}.say(emoji)
		holds(t, emoji, a, "Un conseiller peut vous écouter")
		if kb := fake.delivered(chat)[0].Params.Get("reply_markup"); !strings.Contains(kb, `"callback_data":"c"`) {
			t.Errorf("%q: no counsellor button: %s", emoji, kb)
		}
	}
}

// TestLongMessageAnswered: the request after a long story is answered.
func TestLongMessageAnswered(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	story := strings.Repeat("Je suis parti du Mali il y a cinq ans pour aller en Algérie puis en Libye, j'ai travaillé dans les chantiers, "+
		"parfois sans être payé, et maintenant je suis revenu avec l'aide de l'OIM et je vis chez mon oncle. ", 4)
	for i, ask := range []string{"Est-ce que je peux apprendre la soudure à Kayes ?", "Où apprendre la mécanique auto à Kayes ?"} {
		q := story + ask
		if len(q) < 800 {
			t.Fatalf("story of %d bytes", len(q))
		}
		a := chatter{t, fake, int64(100 + i)}.say(q)
		holds(t, ask, a, "Kayes")
		lacks(t, ask, a, "aucune fiche")
		if !strings.Contains(a, "IFPI") && !strings.Contains(a, "Atelier École") {
			t.Errorf("%q: no Kayes centre:\n%s", ask, a)
		}
	}
}

// TestForwardedAnswerFollowsTheRules: a counsellor forwards a young
// person's message: the answer to forward back has the same cards, labels
// and danger answer.
func TestForwardedAnswerFollowsTheRules(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	forward := func(chat int64, text string) string {
		c := chatter{t, fake, chat}
		return c.next(func() {
			fake.push(map[string]any{"message": map[string]any{
				"message_id": fake.nextMessage(), "date": time.Now().Unix(), "from": user("fr"),
				"chat": map[string]any{"id": chat, "type": "private"}, "text": text,
				"forward_date": time.Now().Unix(), "forward_sender_name": "Moussa",
			}})
		})
	}
	a := forward(100, "on m'a frappé et chassé de la maison, je dors dehors a bamako")
	holds(t, "forwarded distress", a, "Réponse de Sira, à transmettre", "Appelez maintenant", "Un conseiller")
	lacks(t, "forwarded distress", a, "aucune fiche", "Banque Mondiale")
	a = forward(200, "combien coute la construction metallique au CFP de Senou")
	holds(t, "forwarded cost", a, "Formation construction métallique : 55.000 FCFA")
	a = forward(300, "c'est quoi la GIZ")
	holds(t, "forwarded donor", a, "Bailleur : ne reçoit pas le public")
	for i, q := range []string{"quels bailleurs financent l'insertion des migrants de retour a Kayes", "quels bailleurs financent la formation des jeunes a segou ?"} {
		a = forward(int64(400+i), q)
		holds(t, q, a, "programmes ou bailleurs sur ce sujet", "🏛")
		lacks(t, q, a, "adresses qui peuvent vous aider")
	}
}
