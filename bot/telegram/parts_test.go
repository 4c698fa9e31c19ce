package telegram_test

import (
	"strings"
	"testing"
)

// These tests ask a part of the fiches just shown, as people do after an
// answer: how to reach them, where they are, what an item costs.

// An exchange is a message (none: a new chat), then the question about
// its answer and what that answer must and must not hold.
type exchange struct {
	first, then string
	want, avoid []string
}

// exchanges plays each exchange in a chat of its own.
func exchanges(t *testing.T, fake *fakeAPI, es []exchange) {
	t.Helper()
	for i, e := range es {
		c := chatter{t, fake, int64(100 + i)}
		if e.first != "" {
			c.say(e.first)
		}
		a := c.say(e.then)
		holds(t, e.then, a, e.want...)
		lacks(t, e.then, a, e.avoid...)
	}
}

// TestContactShowsTheEmail: a question about how to reach a fiche gives
// its numbers and its e-mail, in French and in Bambara, whether the
// fiche was named in that question or just before.
func TestContactShowsTheEmail(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	exchanges(t, fake, []exchange{
		{"le CIRTIC a Bamako, ils forment en comptabilite ?", "leur adresse mail", []string{"ceo@cirtic.com", "+22375371817"}, nil},
		{"le numero de Donilab", "et leur mail ?", []string{"info@donilab.net"}, nil},
		{"Jokkolabs c'est quoi ?", "comment les contacter ?", []string{"+22376463333", "ssy@jokkolabs.co"}, nil},
		{"Zira Capital ye mun ye?", "a nimɔrɔ", []string{"+22375413080", "mkeita@ziracapital.com"}, nil},
		{"", "Zira Capital nimɔrɔ", []string{"+22375413080", "mkeita@ziracapital.com"}, nil},
		{"", "le contact de la SNV", []string{"+22391080561", "tkoba@snv.org"}, nil},
	})
}

// TestWhereSaysTheOffices: "where?" of the fiches shown, or of one named,
// says what the report says of their offices, those in the place asked or
// in force first, without a new search; in Bambara, the places named.
// Another place asks the last question there.
func TestWhereSaysTheOffices(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	exchanges(t, fake, []exchange{
		{"credit pour mon elevage de moutons a Sikasso", "ils ont des agences a Sikasso ?",
			[]string{"📍 10 Représentations à Sikasso"}, []string{"Voici"}},
		{"credit agricole pour acheter des boeufs de labour a Segou", "ils ont des bureaux à Ségou ?",
			[]string{"📍 6 Représentations à Ségou"}, []string{"Voici"}},
		{"on m a tout vole, je suis a Gao sans rien, je dors dans la rue", "c'est où exactement à Gao ?",
			[]string{"Gao (Association des Migrants)"}, []string{"Voici", "Ces adresses"}},
		{"on m a tout vole, je suis a Gao sans rien, je dors dans la rue", "c'est ou exactement ?",
			[]string{"Gao (Association des Migrants)"}, nil},
		{"", "COOPI c'est où ?", []string{"bases régionales à Mopti et Ségou", "Djenné"}, nil},
		{"", "Caritas Suisse, dans quelles régions ?", []string{"Kita, Kolokani et Yanfolila"}, nil},
		{"", "Croix Rouge bɛ min?", []string{"Yɔrɔ</b>: ", "Gao", "Kidal"}, []string{"Siège", "Le rapport"}},
		{"n b'a fɛ ka juru sɔrɔ ka sɛnɛ kɛ Sikaso", "u bɛ min?", []string{"Yɔrɔ</b>: Sikasso"}, []string{"Représentations"}},
		{"credit pour mon elevage de moutons a Sikasso", "et à Kayes, ils sont où ?",
			[]string{"à Kayes :", "📍 3 Représentations à Kayes"}, []string{"à Sikasso :"}},
	})
}

// TestCostOfTheItemNamed: "le foyer c'est combien ?" gives the fee of the
// item named first, from the fiche shown that has one (not a new search
// for shelters), in French and Bambara.
func TestCostOfTheItemNamed(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	exchanges(t, fake, []exchange{
		{"je veux apprendre la mecanique auto a Bamako et dormir sur place", "le foyer c'est combien ?",
			[]string{"Foyer d’accueil (hébergement) : 60.000 FCFA par mois"}, []string{"Mali Angel", "Voici"}},
		{"formation en electricite a Bamako", "et l'hébergement au foyer, combien ?",
			[]string{"60.000 FCFA par mois"}, []string{"Voici", "Croix Rouge"}},
		{"CFP Missabougou", "le transport et les repas ça coûte combien ?", []string{"Transport et repas : 130.000 FCFA par mois"}, nil},
		{"", "Missabougou, l'alphabétisation c'est combien ?",
			[]string{"Coût</b>\nAlphabétisation (inscription) : 10.000 FCFA", "2.500 FCFA par mois"}, nil},
		{"", "combien pour l'inscription au CFP Sénou ?", []string{"Coût</b>\nInscription : 25.000 FCFA"}, nil},
		{"", "Centre Pere Michel, foyer sɔngɔ ye joli ye?", []string{"Sɔngɔ</b>\nSigiyɔrɔ: 60.000 FCFA kalo o kalo"}, []string{"Foyer"}},
	})
}

// TestHowLong: "ça dure combien de temps ?", "a bɛ kalo joli kɛ?" after a
// centre or a trade gives how long it lasts, in the reader's language and
// script; a fiche that does not say, says so with the number to call.
func TestHowLong(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	exchanges(t, fake, []exchange{
		{"je veux apprendre la mécanique auto à Missabougou", "ça dure combien de temps ?", []string{"Durée</b>\nMécanique auto : 13 mois"}, []string{"Coût"}},
		{"Centre Père Michel électricité", "la formation dure combien d'années ?", []string{"Durée</b>", "3 ans"}, []string{"FCFA"}},
		{"ENDA Mali forme en menuiserie ?", "combien de temps dure la formation ?", []string{"Menuiserie : 3 ans"}, nil},
		{"préincubation chez Createam", "c'est combien de temps ?", []string{"Préincubation (4 mois)"}, nil},
		{"combien coute la préincubation chez Createam ?", "et ça dure combien de mois ?", []string{"Préincubation (4 mois)"}, nil},
		{"Missabougou kalanso, kalali kalan", "a bɛ kalo joli kɛ?", []string{"Kuntaala</b>\nKalali: kalo 7"}, []string{"mois"}},
		{"Baobab ye mun ye?", "a kuntaala ye joli ye?", []string{"A kuntaala ma fɔ yan: i ka +22383222542 wele."}, nil},
		{"ߡߌߛߊߓߎߜ߭ߎ ߞߊߟߊ߲ߛߏ ߞߊߟߊߟߌ", "ߊ ߓߍ ߞߊߟߏ ߖߏߟߌ ߞߍ", []string{"ߞߎ߲ߕߊ߮ߟߊ", "ߞߊߟߏ 7"}, []string{"mois", "kalo"}},
	})
}

// TestTimeWordsInAStory: a story's "c'est dur", "longtemps", "hali bi"
// ask no duration or status of the fiches.
func TestTimeWordsInAStory(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	cases(t, fake, 100, []string{
		"la vie est dure ici à Kayes, je cherche une formation en soudure",
		"j'ai attendu longtemps en Algérie, maintenant je veux apprendre la couture à Bamako",
		"hali bi n tɛ baara sɔrɔ Bamako, n b'a fɛ ka kalali dege",
	}, func(t *testing.T, q, a string) {
		lacks(t, q, a, "Durée", "Kuntaala", "combien de temps", "En activité", "A tun bɛ baara la")
		if len(cardNames(a)) == 0 {
			t.Errorf("%q: no cards:\n%s", q, a)
		}
	})
}

// TestStillRunning: "c'est encore actif ?", "il est déjà ouvert ?", "a
// banna wa?" says whether it runs: open at the report's date, with the
// programmes' years; ended with its year; not yet open.
func TestStillRunning(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	exchanges(t, fake, []exchange{
		{"la SNV finance quoi ?", "c'est encore actif ?", []string{"En activité au moment du rapport (12/2022)", "Pro-ARIDES (2021-2031"}, []string{"<b>4."}},
		{"la SNV finance quoi ?", "ça continue jusqu'à quand ?", []string{"2031"}, nil},
		{"Je suis conseiller EOJ à Ségou. Quels bailleurs financent l'emploi des jeunes ruraux dans la région ?", "lequel est encore actif pour plusieurs années ?",
			[]string{"En activité au moment du rapport", "2031"}, []string{"Voici"}},
		{"le centre de formation de Markala", "il est déjà ouvert ?", []string{"Markala</b> — Markala\n⏳ Pas encore ouvert au moment du rapport"}, nil},
		{"projet canadien d'appui à la formation professionnelle", "c'est toujours en cours ?", []string{"terminé en 2021"}, []string{"En activité"}},
		{"CFP Missabougou", "c'est toujours ouvert ?", []string{"En activité au moment du rapport (12/2022)"}, nil},
		{"CFP Missabougou", "c'est encore ouvert ?", []string{"En activité au moment du rapport (12/2022)"}, []string{"<b>4."}},
		{"Avenir Brillant ye mun ye?", "a banna wa?", []string{"banna 2023"}, []string{"terminé"}},
		{"CFP Missabougou ye mun ye?", "a bɛ baara la hali bi wa?", []string{"A tun bɛ baara la 12/2022"}, []string{"En activité"}},
	})
}

// TestOthersWhenNoOtherTeachesIt: "il y a d'autres ?", "a tɔw" or the
// button, after a trade only the first page teaches: the next page says
// those are the only ones, then shows the rest as near, not as answers.
func TestOthersWhenNoOtherTeachesIt(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	for i, tt := range []struct {
		first, then string
		want        []string
	}{
		{"je veux apprendre la chaudronnerie", "il y a d'autres ?", []string{"Pour ce métier, les seules adresses où aller sont CFP Sénou (CFPS).", "<b>4."}},
		{"Je cherche où apprendre le froid et la climatisation à Bamako", "y en a d'autres ?", []string{"les seules adresses où aller sont", "ECICA", "sans répondre exactement", "<b>4."}},
		{"n b'a fɛ ka froid dege Bamakɔ", "a tɔw", []string{"Nin baara in kama, n bɛ", "dɔrɔn dɔn.", "<b>4."}},
		{"je veux apprendre la chaudronnerie", "➕", []string{"les seules adresses où aller sont CFP Sénou (CFPS)", "<b>4."}},
	} {
		c := chatter{t, fake, int64(100 + i)}
		c.say(tt.first)
		var a string
		if tt.then == "➕" {
			a = c.press(c.button("➕"))
		} else {
			a = c.say(tt.then)
		}
		holds(t, tt.then, a, tt.want...)
	}
	// A page that still teaches it says nothing of the kind.
	c := chatter{t, fake, 200}
	c.say("formation en électricité")
	lacks(t, "électricité, page 2", c.say("il y a d'autres ?"), "les seules adresses")
	// Couture, no age told: the open schools are on the first page; the
	// second begins with ENDA, whose courses are for minors, which still
	// teaches it.
	c = chatter{t, fake, 201}
	c.say("formation en couture a Bamako")
	a := c.say("il y a d'autres ?")
	holds(t, "couture, page 2", a, "<b>4. ENDA Mali</b>")
	lacks(t, "couture, page 2", a, "les seules adresses")
}

// TestPartInTheWordsOfTheNeed: "la formation dure combien ?", "la
// formation coûte combien ?" after a training answer ask the fiche opened
// (or the page shown), in French and Bambara; a part asked for another
// need ("et pour un prêt, quels papiers ?") is a new question.
func TestPartInTheWordsOfTheNeed(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	for i, tt := range []struct {
		open, then  string
		want, avoid []string
	}{
		{"le 2", "la formation dure combien ?", []string{"Missabougou</b>", "Mécanique auto : 13 mois"}, []string{"<b>2.", "Voici"}},
		{"le 2", "la formation coûte combien ?", []string{"Missabougou</b>", "200.000 – 345.000 FCFA"}, []string{"<b>2.", "Voici"}},
		{"a filanan", "kalan sɔngɔ ye joli ye?", []string{"Missabougou</b>", "200.000 – 345.000 FCFA"}, []string{"<b>2.", "Yɔrɔ 3"}},
		{"le 2", "a bɛ baara la hali bi wa?", []string{"Missabougou</b>", "A tun bɛ baara la 12/2022"}, []string{"<b>2."}},
		{"le 2", "et pour un prêt, il faut quels papiers ?", []string{"<b>1.", "<b>2."}, []string{"Mécanique auto : 13 mois"}},
	} {
		c := chatter{t, fake, int64(100 + i)}
		names := cardNames(c.say("je veux apprendre la mecanique auto a bamako"))
		if len(names) < 2 || !strings.Contains(names[1], "Missabougou") {
			t.Fatalf("the second card is %v, want CFP Missabougou", names)
		}
		c.say(tt.open)
		a := c.say(tt.then)
		holds(t, tt.then, a, tt.want...)
		lacks(t, tt.then, a, tt.avoid...)
	}
}

// TestPartOfARankThenAnother: "le numéro du premier", then "c'est gratuit
// ?", "a sɔngɔ ye joli ye?": the second part is asked of that fiche too.
func TestPartOfARankThenAnother(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	for i, tt := range []struct{ question, rank, part string }{
		{"je cherche une formation en coiffure a bamako", "le numéro du premier", "c'est gratuit ?"},
		{"je veux apprendre la mecanique auto a bamako", "le numéro du deuxième", "il faut quels papiers ?"},
		{"n b'a fɛ ka mobili dilan dege Bamakɔ", "a fɔlɔ nimɔrɔ", "a sɔngɔ ye joli ye?"},
	} {
		c := chatter{t, fake, int64(100 + i)}
		c.say(tt.question)
		if n := len(cardNames(c.say(tt.rank))); n != 1 {
			t.Errorf("%q: %d cards, want 1", tt.rank, n)
		}
		if n := len(cardNames(c.say(tt.part))); n != 1 {
			t.Errorf("%q after %q: %d cards, want that fiche's only", tt.part, tt.rank, n)
		}
	}
}

// TestPartInWordsThatNameNothing: a part asked in verbs or words no fiche
// holds ("il faut remplir quelles conditions ?", "je dois ramener quels
// documents ?") is asked of the fiches shown; a place said with such words
// and no need ("il faut se rendre où à Kayes ?") asks the last question
// there. A noun or an activity is a question of its own.
func TestPartInWordsThatNameNothing(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	exchanges(t, fake, []exchange{
		{"je cherche un prêt à taux zéro pour ma PME de cosmétiques à Bamako", "il faut remplir quelles conditions ?",
			[]string{"3 ans d’existence", "100 millions"}, []string{"Voici"}},
		{"formation en plomberie à Bamako", "je dois ramener quels documents ?",
			[]string{"acte de naissance"}, []string{"Voici"}},
		{"je viens d'être expulsé d'Algérie, je suis à Bamako et je n'ai nulle part où dormir", "on peut rester combien de temps chez eux ?",
			[]string{"Association des Maliens Expulsés"}, []string{"Voici", "Jokkolabs"}},
		{"n bɔra Libi, n tɛ so sɔrɔ ka sunɔgɔ Bamakɔ", "u bɛ mɔgɔ mara tile joli?",
			[]string{"AME"}, []string{"Yɔrɔ 3"}},
		{"un garçon de 11 ans est seul à la gare routière de Kayes, il ne connaît personne", "il faut se rendre où à Kayes ?",
			[]string{"ENDA Mali"}, []string{"Atelier École", "IFPT"}},
		{"Je suis revenu à Kayes avant-hier sans rien, expulsé d'Algérie. Je dors à la gare routière. Qui peut m'aider ?", "ils peuvent me loger combien de temps ?",
			[]string{"72 heures"}, []string{"Voici"}},
		{"je veux apprendre la mecanique auto a bamako", "combien coûte la poterie ?",
			[]string{"aucune fiche"}, []string{"Missabougou"}},
	})
}

// TestAgeAsked: the ages a fiche takes, asked in many words, French,
// Bambara and N'Ko, of a fiche named or of those shown: the clauses that
// tell an age, not every condition; in Bambara the ranges of years.
func TestAgeAsked(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	exchanges(t, fake, []exchange{
		{"", "APEJ c'est pour quel âge ?", []string{"👤", "15 à 40 ans", "moins de 24 ans"}, []string{"GERME", "Volontariat"}},
		{"le centre de formation de Markala", "à partir de quel âge ?", []string{"âgés de 15 à 35 ans"}, []string{"Dépôt de dossier"}},
		{"je veux apprendre la soudure à Sénou", "il faut avoir quel âge ?", []string{"Avoir plus de 16 ans"}, []string{"quatre photos"}},
		{"Createam c'est quoi ?", "il y a une limite d'âge ?", []string{"sans limite d’âge"}, nil},
		{"APEJ ye mun ye?", "san joli bɛ se ka don a la?", []string{"👤", "san 15 fo 40"}, []string{"Jeunes maliens", " ans"}},
		{"Swisscontact nimɔrɔ", "san joli ka se ka don a la?", []string{"san 18 fo 30 (FACEJ)"}, []string{" ans"}},
		{"APEJ ye mun ye?", "san joli bɛ ɲini?", []string{"👤", "san 15 fo 40"}, []string{" ans"}},
		{"APEJ ߦߋ ߡߎ߲ ߦߋ؟", "ߛߊ߲ ߖߏߟߌ ߓߍ ߛߋ ߞߊ ߘߏ߲ ߊ ߟߊ؟", []string{"15", "40", "ߛߊ߲"}, []string{"san"}},
	})
}

// TestPartInOtherWords: parts asked in more of people's words, French and
// Bambara — branches counted, presence in a region, for whom, how much,
// how long — answer that part, not a new search.
func TestPartInOtherWords(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	exchanges(t, fake, []exchange{
		{"Baobab microfinance", "ils ont combien d'agences ?", []string{"18 agences dont 10 à Bamako"}, []string{"Voici", "Coût"}},
		{"credit pour mon elevage de moutons a Sikasso", "la BNDA est présente à Sikasso ?", []string{"10 Représentations à Sikasso"}, nil},
		{"centre de formation de Markala", "c'est pour qui ?", []string{"Conditions d'entrée", "15 à 35 ans"}, []string{"Voici"}},
		{"un stage d'un an pour les jeunes, ça existe ?", "c'est ouvert à qui ?", []string{"jeunes diplômés"}, []string{"En activité"}},
		{"formation hôtellerie à Kayes", "les formations courtes durent combien ?", []string{"Durée"}, []string{"Coût"}},
		{"CFP Sénou ye mun ye?", "jɔn bɛ se ka don a la?", []string{"Sariyaw"}, nil},
		{"n bɔra Libi, n tɛ so sɔrɔ ka sunɔgɔ Bamakɔ", "mɔgɔ bɛ to yen waati joli?", []string{"untaala"}, []string{"Yɔrɔ 3"}},
	})
}

// TestReportSaysIt: how long or how much, asked of a fiche that has no
// trade or cost item for it, is what the report's clauses say (a cycle's
// months, a shelter's hours, a grant, a financing), not "the report does
// not say"; in Bambara the lengths in Bambara; never a programme's budget.
func TestReportSaysIt(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	exchanges(t, fake, []exchange{
		{"formation hôtellerie à Kayes", "ça dure combien ?", []string{"IFPT) de Kayes</b> — Kayes\n⏳ <b>Durée</b>\nCycle adapté de 3 à 6 mois"}, nil},
		{"IFPI Kayes", "les cycles courts c'est combien de mois ?", []string{"Cycles courts adaptés de 3, 6 ou 9 mois"}, nil},
		{"l'AME accueille les expulsés ?", "combien de jours on peut rester ?", []string{"72 heures"}, nil},
		{"WAEIF c'est quoi ?", "on reste combien de temps à la ferme ?", []string{"3 mois"}, nil},
		{"contact de la Banque mondiale", "c'est quel montant par bénéficiaire ?", []string{"200 000 à 250 000 FCFA"}, nil},
		{"", "le PNUD finance combien par jeune ?", []string{"2 500 USD"}, nil},
		{"Agrivision Sahel", "c'est combien ?", nil, []string{"EUR", "USD"}},
		{"IFPI Kayi", "kalan surunw bɛ kɛ kalo joli?", []string{"Kuntaala</b>\nkalo 3, 6 walima 9"}, []string{"mois"}},
		{"AME ye mun ye?", "mɔgɔ bɛ to yen waati joli?", []string{"lɛrɛ 72"}, []string{"heures"}},
	})
}
