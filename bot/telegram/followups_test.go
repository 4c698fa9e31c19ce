package telegram_test

import (
	"regexp"
	"strings"
	"testing"
)

// These tests replay what a user test found (docs/evaluation.md,
// qa.jsonl): follow-ups that ask a part of the fiche just opened,
// questions about the fiches shown, a bare "ok", the last card.

// cardNames are the names of an answer's cards, in order ("<b>2. NAME</b>").
func cardNames(answer string) []string {
	var out []string
	for _, m := range regexp.MustCompile(`<b>\d+\. (.*?)</b>`).FindAllStringSubmatch(answer, -1) {
		out = append(out, m[1])
	}
	return out
}

// TestPartAskedOfTheFicheOpened: once a person opens one result ("le 2",
// "a filanan", the details button), the cost, the number, the papers or
// where asked next are that fiche's, in French and Bambara; "il y a
// d'autres ?" goes back to the list.
func TestPartAskedOfTheFicheOpened(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	for i, tt := range []struct {
		question, open string
		rank           int // the result opened, from 1
		parts          []string
	}{
		{"formation en soudure a kayes", "le 2", 2, []string{"c'est combien ?", "le numéro", "quels papiers ?", "c'est où ?"}},
		{"je veux apprendre la mecanique auto a bamako", "plus de détails sur le premier", 1, []string{"ça coûte combien", "donne moi le tel"}},
		{"formation couture bamako", "ℹ️", 1, []string{"c koi le prix", "il faut quels papiers"}},
		{"n b'a fɛ ka mobili dilan dege Bamakɔ", "a filanan", 2, []string{"a sɔngɔ ye joli ye", "a nimɔrɔ", "a bɛ min?"}},
	} {
		c := chatter{t, fake, int64(100 + i)}
		names := cardNames(c.say(tt.question))
		if len(names) < 3 {
			t.Fatalf("%q: %d cards", tt.question, len(names))
		}
		if tt.open == "ℹ️" {
			c.press(c.button("ℹ️"))
		} else {
			c.say(tt.open)
		}
		opened := names[tt.rank-1]
		for _, part := range tt.parts {
			a := c.say(part)
			holds(t, tt.open+" / "+part, a, opened)
			for j, other := range names {
				if j != tt.rank-1 && !strings.Contains(opened, other) {
					lacks(t, tt.open+" / "+part, a, other+"</b>")
				}
			}
		}
		if others := c.say("il y a d'autres ?"); !strings.Contains(others, "<b>4.") {
			t.Errorf("%q: il y a d'autres = %q, want the next page", tt.question, others)
		}
		if a := c.say("c'est combien ?"); len(cardNames(a)) < 2 {
			t.Errorf("%q: after the next page, the cost of the page shown:\n%s", tt.question, a)
		}
	}
	// A fiche opened from a shared link: its cost, not "which centre?".
	c := chatter{t, fake, 200}
	fake.text(c.chat, "/start fiche_cfp-senou-cfps")
	fake.waitFor("the fiche's details", func() bool {
		calls := fake.delivered(c.chat)
		return len(calls) > 0 && strings.Contains(calls[len(calls)-1].Params.Get("text"), "rapport de 12/2022")
	})
	a := c.say("c'est combien ?")
	holds(t, "deep link", a, "CFP Sénou", "25.000 FCFA")
	lacks(t, "deep link", a, "De quel centre")
}

// TestQuestionsAboutTheShownFiches: a question that brings no topic, need
// or place of its own ("et s'il n'a pas le DEF ?", "et pour les filles ?")
// is answered from the routes of entry, papers and fees of the fiches
// shown, not by a new search.
func TestQuestionsAboutTheShownFiches(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	for i, tt := range []struct {
		question, follow string
		want             []string
	}{
		{"je veux apprendre la mecanique auto a bamako", "et s'il n'a pas le DEF ?", []string{"Centre Père Michel (CPM)</b>", "le DEF n’est pas requis"}},
		{"je veux apprendre la mecanique auto a bamako", "et sans le DEF", []string{"le DEF n’est pas requis"}},
		{"je veux apprendre la mecanique auto a bamako", "et pour les filles ?", []string{"Inscription (filles) : 1.000 FCFA"}},
	} {
		c := chatter{t, fake, int64(100 + i)}
		c.say(tt.question)
		a := c.say(tt.follow)
		holds(t, tt.follow, a, tt.want...)
		lacks(t, tt.follow, a, "Voici", "aucune fiche")
	}
	// A new topic is a new question.
	c := chatter{t, fake, 200}
	c.say("je veux apprendre la mecanique auto a bamako")
	holds(t, "new topic", c.say("et la couture ?"), "Coupe – couture")
}

// TestNothingSaid: "ok", "dac", "oui" after an answer are not a search in
// the last place, and do not set the chat's region.
func TestNothingSaid(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	c := chatter{t, fake, 100}
	c.say("formation couture a kayes")
	for _, said := range []string{"ok", "dac", "oui", "hmm"} {
		a := c.say(said)
		lacks(t, said, a, "Région", "Je cherche d'abord", "+223", "Voici")
		holds(t, said, a, "Écrivez votre question")
	}
	c = chatter{t, fake, 101}
	c.say("n b'a fɛ ka kalali dege Kayi")
	holds(t, "ok in Bambara", c.say("ok"), "I ka ɲininkali sɛbɛn")
}

// TestLastIsTheLastShown: "le dernier" is the last card the person sees,
// not the last of the results kept for paging.
func TestLastIsTheLastShown(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	for i, q := range []string{"formation couture bamako", "ou apprendre la soudure a kayes"} {
		c := chatter{t, fake, int64(100 + i)}
		names := cardNames(c.say(q))
		if len(names) != 3 {
			t.Fatalf("%q: %d cards", q, len(names))
		}
		for _, last := range []string{"le dernier", "le dernier svp"} {
			if a := c.say(last); !strings.HasPrefix(a, "<b>"+names[2]+"</b>") {
				t.Errorf("%q / %q: want the details of %q, got:\n%s", q, last, names[2], a)
			}
		}
	}
}

// TestAnotherPlaceAfterAFicheNamed: "et à Mopti ?" after a fiche that does
// not work there asks for one like it there, in French, Bambara and N'Ko;
// a part asked of a fiche named shows that fiche alone; a place with a
// need of its own is asked as it is.
func TestAnotherPlaceAfterAFicheNamed(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	exchanges(t, fake, []exchange{
		{"Createam c'est quoi ?", "et à Mopti ?", []string{"<b>1. DONILAB</b>"}, []string{"Createam"}},
		{"CFP Sénou c'est où ?", "et à Kayes ?", []string{"Kayes"}, []string{"Sénou"}},
		{"CFP Missabougou ye mun ye?", "Kayi dun?", []string{"Kayes"}, []string{"Missabougou"}},
		{"CFP Missabougou ye mun ye?", "ߞߊߦߌ ߘߎ߲؟", []string{"Kayes"}, []string{"Missabougou"}},
		{"un incubateur à Mopti", "le centre de formation de Markala, c'est combien ?", []string{"<b>1. Centre de Formation Professionnelle de Markala", "10.000 FCFA"}, nil},
		{"", "le numéro de Donilab", []string{"+22366668813"}, []string{"<b>2."}},
		{"", "APEJ nimɔrɔ", []string{"+22366745089"}, []string{"<b>2."}},
		{"", "le contact de la SNV", []string{"tkoba@snv.org", "Bailleur : ne reçoit pas le public"}, []string{"<b>2.", "aucun service ouvert"}},
	})
}

// TestATradeNamedInAFollowUp: a follow-up that asks a part of a trade
// ("c'est combien pour la couture ?") answers for that trade, and the
// next part asked ("ça dure combien ?") is still that trade's, in French,
// Bambara and N'Ko.
func TestATradeNamedInAFollowUp(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	for i, tt := range []struct {
		first, trade, next string
		want               []string
	}{
		{"pour entrer a missabougou faut quels papiers ?", "c'est combien pour la couture ?", "ça dure combien ?", []string{"Coupe – couture : 7 mois"}},
		{"CFP Missabougou c'est où ?", "et la menuiserie, ça coûte combien ?", "la formation dure combien de temps", []string{"Menuiserie-bois : 13 mois"}},
		{"CFP Missabougou sɛbɛn jumɛnw bɛ ɲini?", "kalali sɔngɔ ye joli ye?", "a bɛ kalo joli kɛ?", []string{"Kalali: kalo 7"}},
		{"CFP Missabougou ߛߍߓߍ߲ ߖߎߡߍ߲ߥ ߓߍ ߢߌߣߌ؟", "ߞߊߟߊߟߌ ߛߐ߲ߜ߭ߐ ߦߋ ߖߏߟߌ ߦߋ؟", "ߊ ߓߍ ߞߊߟߏ ߖߏߟߌ ߞߍ؟", []string{"ߞߊߟߏ 7"}},
	} {
		c := chatter{t, fake, int64(100 + i)}
		c.say(tt.first)
		c.say(tt.trade)
		a := c.say(tt.next)
		holds(t, tt.next, a, tt.want...)
		lacks(t, tt.next, a, "Mécanique auto", "Voici")
	}
}

// TestSamePartOfAnotherTrade: "et pour la couture ?" after a part asked
// of a trade at a fiche named asks that part of the trade it names, in
// French and Bambara.
func TestSamePartOfAnotherTrade(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	exchanges(t, fake, []exchange{
		{"combien coute la formation en menuiserie a missabougou ?", "et pour la couture ?", []string{"Coût", "Coupe – couture : 7 mois"}, []string{"Formation menuiserie"}},
		{"quels papiers pour la soudure a Senou ?", "et pour la plomberie ?", []string{"Papiers à apporter"}, nil},
		{"CFP Missabougou, kalali sɔngɔ ye joli ye?", "ani mobili dilan?", []string{"Sɔngɔ", "Mobili dilan: kalo 13"}, []string{" les "}},
		{"combien coute la formation en menuiserie a missabougou ?", "et s'il n'a pas d'acte de naissance ?", []string{"acte de naissance"}, []string{"Coût"}},
		// A trade asked: its fees first, not transport a gloss brushes.
		{"", "CFP Missabougou mobili dilan sɔngɔ ye joli ye?", []string{"Sɔngɔ</b>\nBaarakalan"}, nil},
		{"BT en électromécanique à Bamako", "c'est combien ?", []string{"Formation BT : 155.000 FCFA"}, nil},
	})
}

// TestAFeeForSomeoneElse: "et pour une fille ?" after a fee asked at a
// fiche named is that fee for a girl, the plural or the singular said; a
// fee asked in words the papers share ("l'inscription c'est combien ?")
// shows the fee.
func TestAFeeForSomeoneElse(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	exchanges(t, fake, []exchange{
		{"", "Centre Père Michel, l'inscription c'est combien ?", []string{"2.500 FCFA", "1.000 FCFA"}, nil},
		{"Centre Père Michel, l'inscription c'est combien ?", "et pour une fille ?", []string{"Inscription (filles) : 1.000 FCFA"}, []string{"pas compris"}},
		{"c'est combien le foyer au CPM ?", "et l'inscription pour les filles ?", []string{"1.000 FCFA"}, nil},
		{"", "formation en soudure a missabougou quels papiers ?", []string{"acte de naissance"}, []string{"Formation maraîchage", "Formation menuiserie"}},
		// The words that ask the cost name no item; an item of another
		// trade is not this one's fee.
		{"formation couture a bamako", "y a des frais ?", []string{"Coût</b>\nFormation professionnelle"}, nil},
		{"formation couture a bamako", "les frais d'inscription ?", []string{"Formation professionnelle"}, []string{"Alphabétisation (inscription)"}},
		{"formation couture a bamako", "c ou", []string{"📍"}, []string{"pas compris"}},
		// A thing only the shown fiche's facts hold: those facts, of the
		// trade asked.
		{"à Markala la formation pour réparer les tracteurs dure combien ?", "et il y a un stage ?", []string{"3 mois de stage pratique"}, []string{"Voici", "transformation des céréales"}},
		// "a bɛ sara wa?" (is one paid?) asks the allowance; money paid
		// ("wari joli bɛ sara?") the price.
		{"n b'a fɛ ka kalali dege Bamakɔ", "a bɛ sara wa?", []string{"Wari min bɛ di kalandenw ma"}, []string{"faamu", "Sɔngɔ"}},
		{"n b'a fɛ ka kalali dege Bamakɔ", "wari joli bɛ sara?", []string{"Sɔngɔ"}, []string{"faamu"}},
	})
}

// TestAThingOfAFicheNamed: "c'est quoi ?" of a programme or route of a
// fiche named quotes what the report says of it when the summary does
// not; who may apply, asked in words of applying or benefiting, puts the
// route named first.
func TestAThingOfAFicheNamed(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	exchanges(t, fake, []exchange{
		{"", "le programme volontariat de l'APEJ c'est quoi ?", []string{"stages de 12 mois"}, []string{"<b>2."}},
		{"", "les bourses de l'APEJ pour le Maroc c'est quoi ?", []string{"niveau minimum baccalauréat"}, []string{"stages de 12 mois"}},
		{"", "Impact Hub c'est quoi ?", []string{"Impact Hub"}, []string{"Impact investing"}},
		{"le programme volontariat de l'APEJ c'est quoi ?", "qui peut postuler ?", []string{"Conditions d'entrée", "jeunes diplômés"}, []string{"ANPE"}},
		{"C'est quoi le montant donné par le programme Youth Connekt TEF du PNUD ?", "qui peut en bénéficier ?", []string{"Conditions d'entrée"}, nil},
		{"pret sans interet pour ma fabrication de savon et cosmetique", "c'est pour quel type d'entreprise ?", []string{"compléments alimentaires, cosmétique"}, nil},
		{"Zira Capital c'est quoi ?", "et le prêt à taux zéro, c'est pour quels secteurs ?", []string{"prêt-à-porter"}, nil},
		{"bourse pour faire un BTS en entrepreneuriat à Bamako", "combien de bourses ?", []string{"10 000 bourses"}, nil}, // no fee: the count the report gives
	})
	c := chatter{t, fake, 200}
	a := c.say("qui peut postuler au volontariat de l'APEJ ?")
	if v, all := strings.Index(a, "Volontariat"), strings.Index(a, "Jeunes maliens"); v < 0 || all < 0 || v > all {
		t.Errorf("the route named first:\n%s", a)
	}
}

// TestDangerCarriedToAnotherPlace: after danger told, a follow-up that
// names another place and nothing a fiche holds ("et si elle part chez sa
// mère à Kayes ?", "je l'emmène où ?") is the same protection question
// there, never training centres found by the place alone.
func TestDangerCarriedToAnotherPlace(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	centres := []string{"Atelier École", "CFAP", "IFPT", "IFPI"}
	exchanges(t, fake, []exchange{
		{"Bonsoir. Ma voisine est rentrée de Libye avec ses enfants et son mari la bat. On est à Mopti, qui peut l'aider ?", "et si elle part chez sa mère à Kayes ?", []string{"Croix Rouge Malienne"}, centres},
		{"un garçon de 11 ans est seul à la gare routière de Kayes, il ne connaît personne", "je l'emmène où à Kayes ?", []string{"ENDA Mali"}, centres},
		{"ma petite soeur de 14 ans dort dehors a bamako depuis une semaine", "il faut que je l'amène où à Kayes ?", []string{"ENDA Mali"}, centres},
		{"n denkɛ ye san 12 ye, a kelen bɛ Bamakɔ gari la, a tɛ mɔgɔ si dɔn", "n b'a ta ka taa min Kayi?", []string{"ENDA Mali"}, centres},
	})
}

// TestAnAgeTold: an age told alone after an answer ("et si elle avait 35
// ans ?", "il a 17 ans") asks the ages the fiches shown take, not "not
// understood".
func TestAnAgeTold(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	exchanges(t, fake, []exchange{
		{"formation couture a bamako", "et si elle avait 35 ans ?", []string{"Âge", "plus de 15 ans"}, []string{"pas compris"}},
		{"le numero de l'APEJ", "et si j'ai 42 ans ?", []string{"15 à 40 ans"}, []string{"pas compris"}},
		{"CFP Sénou c'est où ?", "mon frere a 15 ans", []string{"Avoir plus de 16 ans"}, []string{"pas compris"}},
		{"", "et si elle avait 35 ans ?", []string{"pas compris"}, []string{"Âge"}},
		{"n b'a fɛ ka kalali dege Bamakɔ", "ni a si ye san 35 ye dun?", []string{"Si", "san 15"}, []string{"faamu", " les "}},
		{"ߒ ߓߴߊ ߝߍ ߞߊ ߞߊߟߊߟߌ ߘߋߜ߭ߋ ߓߊߡߊߞߐ", "ߣߌ ߊ ߛߌ ߦߋ ߛߊ߲ 35 ߦߋ ߘߎ߲؟", []string{"ߛߌ", "15"}, []string{"ߝߊߡߎ"}},
	})
}

// TestBambaraCardsNameByShortName: a Bambara or N'Ko card names a fiche
// as Bambara speakers do, by its short name ("ANPE"), not by a long name
// that is a French sentence ("Agence nationale pour l'emploi"); a French
// card keeps the whole name.
func TestBambaraCardsNameByShortName(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	exchanges(t, fake, []exchange{
		{"", "ANPE nimɔrɔ", []string{"<b>1. ANPE</b>", "+22366735099"}, []string{" pour "}},
		{"", "ANPE ߞߊ ߣߌߡߐߙߐ", []string{"<b>1. ANPE</b>", "+22366735099"}, []string{" pour "}},
		{"", "n b'a fɛ ka baara sɔrɔ, APEJ bɛ min?", []string{"<b>1. APEJ</b>"}, []string{" pour "}},
		{"", "le numero de l'ANPE", []string{"Agence nationale pour l’emploi (ANPE)</b>"}, nil},
	})
}

// TestStillRunningAskedOfProgrammes: "lesquels sont encore en cours ?"
// and its like, after a counsellor's question about donors, say of each
// programme shown what the report says still runs; not a new search.
func TestStillRunningAskedOfProgrammes(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	donors := "Conseiller EOJ à Sikasso : quels bailleurs financent la formation professionnelle des jeunes ?"
	var es []exchange
	for _, follow := range []string{"lesquels sont encore en cours ?", "lequel tourne encore ?", "c'est encore en cours ?", "lesquels sont encore actifs ?", "ils existent toujours ?"} {
		es = append(es, exchange{donors, follow, []string{"En cours selon le rapport"}, []string{"Voici"}})
	}
	exchanges(t, fake, es)
}

// TestTopicKeptForAFicheNamed: a part asked of a fiche named with no
// thing of its own ("c'est combien par mois à Missabougou ?") after a
// question about a topic that fiche holds answers for that topic.
func TestTopicKeptForAFicheNamed(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	exchanges(t, fake, []exchange{
		{"je cherche des cours d'alphabétisation pour adultes à Bamako", "c'est combien par mois à Missabougou ?", []string{"Alphabétisation (chaque mois) : 2.500 FCFA par mois"}, nil},
		{"formation en couture a bamako", "combien ça coûte à Missabougou ?", []string{"Coupe – couture : 7 mois"}, []string{"Mécanique auto"}},
		{"n b'a fɛ ka kalali dege Bamakɔ", "Missabougou sɔngɔ ye joli ye?", []string{"Kalali: kalo 7"}, []string{" les "}},
		{"formation en couture a bamako", "la soudure à Missabougou c'est combien ?", []string{"Missabougou"}, []string{"Coupe – couture"}},
	})
}

// TestWebSiteAsked: "leur site internet ?" after a fiche is how to reach
// it, with its web site, in French and Bambara; not a search for
// "internet".
func TestWebSiteAsked(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	exchanges(t, fake, []exchange{
		{"le numero de l'ANPE", "leur site internet ?", []string{"anpe-mali.org"}, []string{"SAER"}},
		{"ANPE be mun ke?", "u ka site internet", []string{"anpe-mali.org"}, []string{" les "}},
		{"", "le site web de l'Union des ambassadeurs", []string{"uniondesambassadeurs.com"}, nil},
	})
}

// TestDetailsOfAFicheNamed: "plus de détails sur la GIZ", "GIZ
// kunnafoni" open that fiche's details, not a search; more details asked
// of a topic stay a question.
func TestDetailsOfAFicheNamed(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	exchanges(t, fake, []exchange{
		{"", "plus de détails sur la GIZ", []string{"<b>GIZ</b>", "PAPSE"}, []string{"<b>2."}},
		{"formation couture a bamako", "plus d'infos sur l'AME", []string{"<b>Association des Maliens Expulsés (AME)</b>"}, []string{"<b>2."}},
		{"", "GIZ kunnafoni", []string{"<b>GIZ</b>"}, []string{"<b>2."}},
		{"", "je veux plus d'infos sur la formation a kayes", []string{"<b>2."}, nil},
	})
}

// TestSamePartOfAnotherFicheNamed: "et pour Missabougou ?" right after a
// part was asked of another fiche asks that part of the one named; a
// fiche named with a thing of its own is a question of its own.
func TestSamePartOfAnotherFicheNamed(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	exchanges(t, fake, []exchange{
		{"quels papiers pour le CFP Sénou ?", "et pour Missabougou ?", []string{"Papiers à apporter", "acte de naissance"}, []string{"Sénou"}},
		{"c'est combien au CPM ?", "et à Sénou ?", []string{"25.000 FCFA"}, []string{"Père Michel"}},
		{"le numero de Donilab", "et celui de Createam ?", []string{"+22379137275"}, []string{"<b>2."}},
		{"CFP Sénou sɔngɔ ye joli ye?", "ani Missabougou?", []string{"Sɔngɔ", "200.000"}, []string{"Sénou"}},
		{"CFP Sénou sɔngɔ ye joli ye?", "Missabougou dun?", []string{"Sɔngɔ", "200.000"}, []string{"Sénou", "Voici"}}, // dun: Bambara
		{"quels papiers pour le CFP Sénou ?", "et la couture à Missabougou ?", []string{"Coupe – couture"}, []string{"Papiers à apporter"}},
	})
}

// TestOfficesCountedInBambara: where an actor is, asked in Bambara ("u ka
// yɔrɔ joli bɛ Bamakɔ?"), gives its places with how many offices the
// report counts in each, in numbers, no French.
func TestOfficesCountedInBambara(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	exchanges(t, fake, []exchange{
		{"Baobab ye mun ye?", "u ka yɔrɔ joli bɛ Bamakɔ?", []string{"Bamako (10)"}, []string{" les ", " à "}},
		{"", "BNDA bɛ min?", []string{"Bamako (14)", "Sikasso (10)"}, []string{"Représentations"}},
	})
}

// TestTownAlone: a town or quartier said alone is named as such and
// searched in its region; a region said alone is the region.
func TestTownAlone(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	for i, tt := range []struct{ say, want, not string }{
		{"je suis a sogoniko", "Vous êtes à Sogoniko (région de Bamako)", "Région : Sogoniko"},
		{"Ségou", "Région : Ségou", "Vous êtes à"},
	} {
		c := chatter{t, fake, int64(300 + i)}
		a := c.say(tt.say)
		holds(t, tt.say, a, tt.want)
		lacks(t, tt.say, a, tt.not)
	}
}

// TestWhatRunsNowOfTheLast: "et aujourd'hui qui peut agir ?" after a
// question about programmes whose project ended — or about one project:
// "quel projet" — asks the same question of what runs now: the open
// actors, the ended project no longer first.
func TestWhatRunsNowOfTheLast(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	exchanges(t, fake, []exchange{
		{"", "Un conseiller de Sikasso : enfants dans l'orpaillage, quel programme existe ?", []string{"OIT-IPEC"}, nil},
		{"Un conseiller de Sikasso : enfants dans l'orpaillage, quel programme existe ?", "et aujourd'hui qui peut agir ?", []string{"1. UNICEF"}, []string{"aucune fiche", "1. OIT-IPEC"}},
		{"", "les enfants des mines d'or à Kayes, quel projet les a aidés ?", []string{"OIT-IPEC"}, nil},
		{"les enfants des mines d'or à Kayes, quel projet les a aidés ?", "et maintenant qui peut les aider ?", []string{"1. UNICEF"}, []string{"Je n'ai pas compris", "1. OIT-IPEC"}},
	})
}
