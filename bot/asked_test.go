package bot

import (
	"strings"
	"testing"
)

// TestPartOfTheFichesShownOrANewQuestion: after an answer, a message that
// asks a part of its fiches — in the place in force, in the words of the
// same need, with purpose words only, of topics the shown fiches' facts
// hold, of the fiche named, in words that name no thing, a short message
// that asks one only in the chat's language — is answered from those
// fiches (no new list); one that brings another place with no part,
// another need, or a thing of its own (a noun, an activity, a word a fiche
// holds in its name, trades or summary) is a new question.
func TestPartOfTheFichesShownOrANewQuestion(t *testing.T) {
	tests := []struct {
		name, first, then string
		followUp          bool
	}{
		{"where, in the place of the answer", "credit agricole pour acheter des boeufs de labour a Segou", "ils ont des bureaux à Ségou ?", true},
		{"where, after an answer for no place", "la GIZ, quels programmes pour les jeunes ?", "c'est où à Kayes ?", true},
		{"where, in another place: asked there", "credit agricole pour acheter des boeufs de labour a Segou", "et à Kayes, c'est où ?", false},
		{"another place, no part: asked there", "formation en soudure a kayes", "et à Bamako ?", false},
		{"the need's own word", "je veux apprendre la mecanique auto a bamako", "la formation coûte combien ?", true},
		{"the need's own word, Bambara", "n b'a fɛ ka mobili dilan dege Bamakɔ", "kalan sɔngɔ ye joli ye?", true},
		{"another need", "je veux apprendre la mecanique auto a bamako", "et pour un prêt, il faut quels papiers ?", false},
		{"purpose words only", "Je suis conseiller EOJ à Ségou. Quels bailleurs financent l'emploi des jeunes ruraux dans la région ?", "lequel est encore actif pour plusieurs années ?", true},
		{"an item the shown fiche holds", "je veux apprendre la mecanique auto a Bamako et dormir sur place", "le foyer c'est combien ?", true},
		{"a topic no shown fiche holds", "je veux apprendre la mecanique auto a bamako", "et la couture c'est combien ?", false},
		{"the fiche named", "Centre Père Michel électricité", "la formation dure combien d'années ?", true},
		{"a verb that names no thing", "je cherche un prêt à taux zéro pour ma PME de cosmétiques à Bamako", "il faut remplir quelles conditions ?", true},
		{"verbs that name no thing", "formation en plomberie à Bamako", "je dois ramener quels documents ?", true},
		{"a verb, how long", "je viens d'être expulsé d'Algérie, je suis à Bamako et je n'ai nulle part où dormir", "on peut rester combien de temps chez eux ?", true},
		{"a noun no fiche holds is a new question", "je veux apprendre la mecanique auto a bamako", "combien coûte la poterie ?", false},
		{"an activity no fiche teaches is a new question", "je veux apprendre la mecanique auto a bamako", "et pour apprendre à nager, c'est combien ?", false},
		{"a word a fiche holds in its summary is a new question", "formation en plomberie à Bamako", "et la couture, il faut quels papiers ?", false},
		{"a thing only the fiches on the page fit by their summary", "Je suis revenu à Kayes avant-hier sans rien, expulsé d'Algérie. Je dors à la gare routière. Qui peut m'aider ?", "ils peuvent me loger combien de temps ?", true},
		{"after a fiche named, a thing others fit and its facts do not hold", "le PNUD finance combien par jeune ?", "contact de la Banque mondiale", false},
		{"after a fiche named, an item its facts hold, Bambara", "Pere Michel kalanso, a songo ye joli ye?", "sigiyoro (foyer) songo do?", true},
		{"the days it opens", "formation couture missabougou", "ils sont ouverts le samedi ?", true},
		{"the hours, SMS", "je cherche un centre pour apprendre l'electricite a Kayes", "c koi les horaires", true},
		{"where, SMS after a danger", "mon cousin expulse d algerie est a bamako sans argent il dort dehors", "ou ca se trouve ?", true},
		{"where, how to go there", "mon cousin expulse d algerie est a bamako sans argent il dort dehors", "comment y aller", true},
		{"when one may go: the hours", "mon cousin expulse d algerie est a bamako sans argent il dort dehors", "ils ouvrent quand ?", true},
		// A short message read in the chat's language when only there it
		// asks a part: "a nimero" (French "numéro" in a Bambara chat), "lage
		// min ?" (SMS l'âge minimum, not Bambara "min", where).
		{"the number, a French word in a Bambara chat", "n b'a fɛ ka nɛgɛ baara dege Kayi", "a nimero", true},
		{"the age, SMS French read as Bambara", "bjr jveu aprendre la chaudronnerie a bamako", "lage min ?", true},
		{"a French gloss in brackets of a Bambara part asked", "baobab nimoro di", "a tono ye joli ye? (taux)", true},
		{"the guarantee a lender asks", "credit pour l'elevage de moutons a Kayes", "ils demandent quoi comme garantie ?", true},
		{"their office, in the place of the answer", "credit pour l'elevage de moutons a Kayes", "et c'est où leur bureau à Kayes ?", true},
		{"a person housed by the places shown", "il y a un enfant de 9 ans tout seul devant ma boutique a kayes", "ils peuvent l'accueillir ?", true},
		{"a price judged, SMS", "centre pere michel bamako", "c cher ?", true},
		{"whether a project still runs, il fonctionne", "le projet avenir brillant a kayes", "il fonctionne encore ?", true},
		{"a loan's rate, with its article", "je veux un pret pour ouvrir une boutique a bamako", "c'est quoi le taux d'interet ?", true},
		// A thing asked of the places shown by a pronoun: what they say
		// of it; a thing none of them holds is searched.
		{"a thing they offer, asked by a pronoun", "qui aide les migrants vulnerables a mopti ?", "ils font du soutien psychologique ?", true},
		{"a thing they offer, chez eux", "je suis rentre de libye, je fais des cauchemars toutes les nuits, je suis a bamako", "il y a un psychologue chez eux ?", true},
		{"the people they take, asked by a pronoun", "formation soudure a kayes", "ils prennent les migrants de retour ?", true},
		{"women, the facet changed", "formation soudure a kayes", "et pour une fille ?", true},
		{"women, the facet changed, Bambara", "n bɛ baara ɲini Bamakɔ", "musow dun?", true},
		{"women, the facet changed, with aussi", "je cherche du travail de chauffeur a bamako", "pour les femmes aussi ?", true},
		{"a thing no place shown holds, asked by a pronoun", "formation en plomberie à Bamako", "ils font de la pisciculture ?", false},
		{"a thing the places shown hold, asked with no pronoun", "qui aide les migrants vulnerables a mopti ?", "soutien psychologique a bamako", false},
		{"a thing no fiche holds, asked of them: the report's silence", "atelier ecole de kayes", "il y a une cantine là-bas ?", true},
		{"Bambara: girls taken, asked of the places shown", "ENDA Bamakɔ", "u bɛ npogotigiw mina wa?", true},
		{"Bambara: whether a project still runs, hali sisan", "Avenir Brillant porozɛ Kayi", "o porozɛ bɛ yen hali sisan wa?", true},
		// A town asked of the places shown, by a pronoun alone or with
		// an office: whether they are there.
		{"a town asked of the places shown by a pronoun", "DONILAB", "ils sont à Ségou ?", true},
		{"Bambara: a town asked of the places shown", "DONILAB", "u bɛ Segu wa?", true},
		{"an office had at a town", "BNDA credit agricole", "ils ont une agence à Kayes ?", true},
		{"Bambara: their office at a town", "Baobab juru", "u ka biro bɛ Sikaso wa?", true},
		// A bed asked after an answer, the verb before "où": whether the
		// places shown lodge people; with a place or a roof lacked, a
		// question of its own.
		{"where one sleeps during the training", "formation en soudure a kayes", "et il va dormir où pendant la formation ?", true},
		{"where one sleeps tonight, after protection actors", "un enfant de 14 ans est seul a la gare de kayes", "il peut dormir où ce soir ?", true},
		{"Bambara: where one sleeps", "n b'a fɛ ka nɛgɛ baara dege Kayi", "a bɛ sunɔgɔ min?", true},
		{"where one sleeps, at another town", "formation en soudure a kayes", "il va dormir où à Bamako ?", false},
		{"no roof, after a training", "formation en soudure a kayes", "je dors dehors depuis 3 jours", false},
		{"money for the way there", "formation mecanique a bamako", "ils donnent de l'argent pour le transport ?", true},
		{"the hours, with a time of day", "formation en comptabilite a kayes", "ils ouvrent a quelle heure le matin ?", true},
		// A counsellor's referral of the person to the places shown: their contact.
		{"a counsellor's referral", "Une fille de 17 ans rentrée d'Algérie veut apprendre la couture à Bamako", "comment je la réfère ?", true},
		{"a counsellor's referral, SMS", "un jeune de 20 ans veut apprendre la soudure a kayes", "comment je le refere ? leur contact", true},
	}
	b, _ := newBot(t)
	for i, tt := range tests {
		chat := int64(700 + i)
		handle(t, b, Update{ChatID: chat, Kind: Text, Text: tt.first})
		got := text(handle(t, b, Update{ChatID: chat, Kind: Text, Text: tt.then}))
		// A new question opens with its intro; an answer about the fiches
		// shown goes straight to them.
		asked := !strings.Contains(got, "Voici") && !strings.Contains(got, "Yɔrɔ 3") && !strings.Contains(got, "Ces adresses") && !strings.Contains(got, "aucune fiche")
		if asked != tt.followUp {
			t.Errorf("%s: %q then %q: follow-up %v, want %v:\n%s", tt.name, tt.first, tt.then, asked, tt.followUp, got)
		}
	}
}

// TestLanguageOfTheFollowUp: a follow-up in a Bambara chat is answered in
// French when French by its grammar ("c'est gratuit ?"), in Bambara when
// made of French nouns a Bambara speaker writes too ("a nimero").
func TestLanguageOfTheFollowUp(t *testing.T) {
	tests := []struct {
		then, want string
	}{
		{"c est gratuit ?", "Le rapport"},
		{"c'est pour les filles aussi ?", "Femmes et filles"},
		{"a nimero", "Nɛgɛ baara"},
	}
	b, _ := newBot(t)
	for i, tt := range tests {
		chat := int64(780 + i)
		handle(t, b, Update{ChatID: chat, Kind: Text, Text: "n b'a fɛ ka nɛgɛ baara dege Bamakɔ"})
		if got := text(handle(t, b, Update{ChatID: chat, Kind: Text, Text: tt.then})); !strings.Contains(got, tt.want) {
			t.Errorf("%q in a Bambara chat lacks %q:\n%s", tt.then, tt.want, got)
		}
	}
}

// TestWhomToCall: "whom can I call?" after an answer, in Bambara, is the
// number and the person of the places shown.
func TestWhomToCall(t *testing.T) {
	b, _ := newBot(t)
	for i, then := range []string{"mɔgɔ jumɛn bɛ se ka wele?", "n bɛ jɔn wele?"} {
		chat := int64(790 + i)
		handle(t, b, Update{ChatID: chat, Kind: Text, Text: "APEJ bɛ juru di wa?"})
		if got := text(handle(t, b, Update{ChatID: chat, Kind: Text, Text: then})); !strings.Contains(got, "📞 +22366745089 — Cheick Oumar Sow") {
			t.Errorf("%q: no number and name:\n%s", then, got)
		}
	}
}

// TestPartOfAThingOnlyTheShownHold: a part asked of a noun that only the
// fiches shown hold strongly is asked of them ("le stage dure combien ?"
// after the ANPE: its internships' length), not answered with their
// routes of entry.
func TestPartOfAThingOnlyTheShownHold(t *testing.T) {
	b, _ := newBot(t)
	handle(t, b, Update{ChatID: 795, Kind: Text, Text: "je cherche un stage en entreprise a bamako, l anpe fait ca ?"})
	if got := text(handle(t, b, Update{ChatID: 795, Kind: Text, Text: "le stage dure combien ?"})); !strings.Contains(got, "six mois renouvelables") {
		t.Errorf("the ANPE's internships' length lacks:\n%s", got)
	}
}

// TestAnotherPlaceOrNeed: after a fiche named, another place where it does
// not work asks for one like it there (its kind, else its need); where it
// works, it stays. A place with a need of the message's own is a question
// of its own, and so is a need told after a fiche named; the same need in
// another place keeps the last topic. A part
// asked of a fiche named shows that fiche alone. Countries alone after a
// journey asked ask it of them.
func TestAnotherPlaceOrNeed(t *testing.T) {
	tests := []struct {
		name, first, then string
		first1, avoid     string // the first card's name holds first1; the answer lacks avoid
	}{
		{"an incubator named, then a place it does not serve", "Createam c'est quoi ?", "et à Mopti ?", "DONILAB", "Createam"},
		{"Bambara: a Bamako centre, then Kayes", "CFP Missabougou ye mun ye?", "Kayi dun?", "Kayes", "Missabougou"},
		{"a microfinance alone of its kind: its need there", "Baobab c'est quoi ?", "et à Gao ?", "BNDA", "BAOBAB"},
		{"a fiche named that works in the place stays", "Donilab", "et à Sikasso ?", "DONILAB", ""},
		{"a need of its own in a place of its own", "un incubateur à Mopti", "le centre de formation de Markala, c'est combien ?", "Markala", "<b>1. DONILAB"},
		{"the same need in another place keeps the topic", "formation en soudure à Bamako", "et une formation à Kayes ?", "Kayes", ""},
		{"a need of its own after a fiche named: not that fiche there", "le projet canadien de formation professionnelle recrute encore ?", "alors où me former à Kayes ?", "Kayes", "Projet canadien"},
		{"a part of a fiche named: that fiche alone", "", "le numéro de Donilab", "DONILAB", "<b>2."},
		{"Bambara: a part of a fiche named: that fiche alone", "", "Pere Michel kalanso sɔngɔ ye joli ye?", "Père Michel", "<b>2."},

		// Another country after a journey asked: the same question there
		// (cards), not a refusal of a journey alone.
		{"another country after legal work abroad", "je veux aller travailler en France legalement", "et en espagne ?", "ANPE", "Je n'ai"},
		{"Bambara: another country after legal work abroad", "n b'a fɛ ka taa baara kɛ Faransi sariya sira fɛ", "Esipanyi dun?", "ANPE", ""},
		{"Bambara: the Arab countries", "n b'a fɛ ka taa baara kɛ Esipanyi sariya sira fɛ", "Arabu jamanaw fana?", "ANPE", ""},
	}
	b, _ := newBot(t)
	for i, tt := range tests {
		chat := int64(800 + i)
		if tt.first != "" {
			handle(t, b, Update{ChatID: chat, Kind: Text, Text: tt.first})
		}
		got := text(handle(t, b, Update{ChatID: chat, Kind: Text, Text: tt.then}))
		_, card, _ := strings.Cut(got, "<b>1. ")
		card, _, _ = strings.Cut(card, "\n")
		if !strings.Contains(card, tt.first1) || tt.avoid != "" && strings.Contains(got, tt.avoid) {
			t.Errorf("%s: %q then %q: first card %q, want %q, without %q:\n%s", tt.name, tt.first, tt.then, card, tt.first1, tt.avoid, got)
		}
	}
}

// TestSaidOfThePlacesShown: what a follow-up on the places shown says — the
// report's silence on a thing no fiche holds, with whom to ask; in Bambara,
// the report's French on offices it counts without naming the town asked.
func TestSaidOfThePlacesShown(t *testing.T) {
	tests := []struct {
		name, first, then string
		want              []string
	}{
		{"a thing none holds", "atelier ecole de kayes", "il y a une cantine la bas ?", []string{"ne dit pas s'ils le proposent", "+22379185160"}},
		{"Bambara: a thing none holds", "CFAP Kayi", "dumunikɛyɔrɔ bɛ yen wa?", []string{"O ma fɔ yan", "+22375379171"}},
		{"Bambara: offices counted, the town not named", "Baobab juru", "u ka biro bɛ Sikaso wa?", []string{"Sɛbɛn ka kuma, tubabukan na", "8 en régions"}},
		{"Bambara: a town the card names", "DONILAB", "u bɛ Segu wa?", []string{"Segu"}},
		// In N'Ko, the report's French stays in Latin letters, never
		// spelt out in N'Ko.
		{"N'Ko: offices counted, in Latin letters", "Baobab juru", "ߎ ߞߊ ߓߌߙߏ ߓߍ ߛߌߞߊߛߏ ߥߊ؟", []string{"8 en régions"}},
		// "baara kɛ", to work: the clauses of the places shown that tell
		// of work (ENDA's "a également travaillé …"); "baara dege", to
		// learn a trade, is a training asked, not work.
		{"N'Ko: a clause of the places shown, in Latin letters", "ߘߋ߲ߡߌߛߍ߲ ߘߐ ߓߍ ߞߊߦߌ ߊ ߞߋߟߋ߲߸ ߊ ߓߐߙߊ ߜ߭ߌߣߋ߸ ߊ ߞߊ ߘߐߜ߭ߐ ߞߏߛߍߓߍ. ߖߐ߲ ߓߍ ߛߋ ߞߴߊ ߘߍߡߍ؟", "ߊ ߓߍ ߛߋ ߞߊ ߓߊ߯ߙߊ ߞߍ ߦߋ߲ ߥߊ؟", []string{"migrants de retour"}},
	}
	b, _ := newBot(t)
	for i, tt := range tests {
		chat := int64(1700 + i)
		handle(t, b, Update{ChatID: chat, Kind: Text, Text: tt.first})
		got := text(handle(t, b, Update{ChatID: chat, Kind: Text, Text: tt.then}))
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: %q then %q: no %q in\n%s", tt.name, tt.first, tt.then, w, got)
			}
		}
	}
}

// TestWhatThePlacesShownAre: "c'est quoi ces structures, elles font quoi
// ?" after places shown is answered by what they do, not by the report's
// clauses that hold the words of asking ("Type de structure").
func TestWhatThePlacesShownAre(t *testing.T) {
	b, _ := newBot(t)
	for i, tt := range []struct{ first, then, want string }{
		{"AME Bamako", "c est quoi cette structure, elle fait quoi ?", "AME"},
		{"Baobab juru Bamako", "c'est quoi ces structures exactement ?", "BAOBAB"},
	} {
		chat := int64(1750 + i)
		handle(t, b, Update{ChatID: chat, Kind: Text, Text: tt.first})
		got := text(handle(t, b, Update{ChatID: chat, Kind: Text, Text: tt.then}))
		if !strings.Contains(got, tt.want) || strings.Contains(got, "Type de structure") {
			t.Errorf("%q then %q: want %q and no report clause on its type:\n%s", tt.first, tt.then, tt.want, got)
		}
	}
}
