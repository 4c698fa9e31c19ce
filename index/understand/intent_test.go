package understand

import (
	"slices"
	"strings"
	"testing"

	"sira/index/bambara"
	"sira/index/fold"
	"sira/index/lang"
	"sira/seeds"
)

// TestCounsellorAsked reads, without a bleve index, the messages that ask
// for a person or cry for help (intents.tsv): alone, or with only a place
// besides, they are a request for the counsellor, but a cry for help at a
// place with no person asked is a search of what serves the place (its
// words the frame); a person asked for
// beside a question is still asked for (Person). Talking a language, a
// trade that advises, help asked for a thing, a counsellor who introduces
// themselves: none of these.
func TestCounsellorAsked(t *testing.T) {
	rd := testReader(t, words{"couture": 3, "formation": 8, "anglais": 1, "informatique": 2, "agricole": 3, "champ": 2, "bailleurs": 2, "cfp": 3, "senou": 1})
	tests := []struct {
		q      string
		intent Intent
		person bool
	}{
		{"je veux parler a quelqu un", Counsellor, true},
		{"Bonjour, je voudrais parler à un conseiller s'il vous plaît", Counsellor, true},
		{"est ce que je peux parler a une vraie personne ?", Counsellor, true},
		{"est-ce qu'un conseiller peut m'appeler ?", Counsellor, true},
		{"je peux appeler quelqu'un ?", Counsellor, true},
		{"mettez-moi en contact avec un conseiller EOJ", Counsellor, true},
		{"je veux parler à quelqu'un, je suis à Kayes", Counsellor, true}, // a place besides
		{"aidez-moi", Counsellor, false},
		{"j'ai besoin d'aide", Counsellor, false},
		{"un conseiller svp", Counsellor, false},
		{"n b'a fɛ ka kuma mɔgɔ ye", Counsellor, true},
		{"n b'a fe ka kuma mogo fe", Counsellor, true},
		{"ladilikɛla dɔ bɛ yen wa?", Counsellor, true},
		{"mɔgɔ dɔ bɛ se ka n wele wa?", Counsellor, true},
		{"dɛmɛ!", Counsellor, false},
		{"aw ye n dɛmɛ", Counsellor, false},
		{bambara.ToNKo("n b'a fɛ ka kuma mɔgɔ ye"), Counsellor, true},
		// A cry for help at a place, no person asked: the place searched.
		{"je suis à Gao, aidez-moi", Search, false},
		{"n bɛ Kayi, aw ye n dɛmɛ", Search, false},
		// A question besides: searched, the person still asked for.
		{"je veux parler à un conseiller pour une formation en couture", Search, true},
		// None of these asks for a person.
		{"je veux parler anglais", Search, false},
		{"n b'a fɛ ka kuma faransikan na", Search, false},
		{"aidez-moi à trouver une formation en informatique", Search, false},
		{"je cherche un conseiller agricole pour mon champ", Search, false},
		{"Je suis conseiller EOJ à Ségou. Quels bailleurs financent la formation des jeunes ?", Search, false},
		{"n b'a fɛ ka kuma ni CFP Sénou ye", Search, false},
		{"bonjour", Greeting, false},
	}
	for _, tt := range tests {
		q := rd.Understand(tt.q)
		if q.Intent != tt.intent || q.Person != tt.person {
			t.Errorf("Understand(%q) = intent %q person %v, want %q %v", tt.q, q.Intent, q.Person, tt.intent, tt.person)
		}
	}
}

// TestNothingAsked: the words of asking alone frame nothing a fiche could
// fit (a Frame term not Public); the people the fiches serve are asked
// for (Public); yes, no and ok are no request (Ack).
func TestNothingAsked(t *testing.T) {
	rd := testReader(t, words{"migrant": 5, "retour": 5, "formation": 8})
	tests := []struct {
		q      string
		intent Intent
		public bool // the message's frame names a public
	}{
		{"je voudrais savoir", Search, false},
		{"mon ami m'a dit de vous écrire", Search, false},
		{"j'ai une question", Search, false},
		{"je voudrais des informations", Search, false}, // no training: "informations" is not "informatique"
		{"aide pour les migrants de retour", Search, true},
		{"tungarankɛ seginnenw dɛmɛ", Search, true},
		{"ok", Ack, false},
		{"oui", Ack, false},
		{"hmm", Ack, false},
		{"ɔwɔ", Ack, false},
	}
	for _, tt := range tests {
		q := rd.Understand(tt.q)
		public, names := false, false
		for _, tm := range q.Terms {
			public = public || tm.Role == Frame && tm.Public
			names = names || tm.Role.Asks() || tm.Role == Who
		}
		if q.Intent != tt.intent || public != tt.public || names || q.Need != "" {
			t.Errorf("Understand(%q) = intent %q public %v, names a thing %v, need %q; want %q %v, none, none", tt.q, q.Intent, public, names, q.Need, tt.intent, tt.public)
		}
	}
}

// TestNeedAsked: the need a want word asks, in SMS French too ("jveux",
// "jveu"), and the need a word of asking brings ("quelle formation", "ya
// une formation"), outweighs the need of the goal told beside it; a
// condition beside it is told, not the answer.
func TestNeedAsked(t *testing.T) {
	rd := plainReader(t)
	for _, tt := range []struct{ q, need string }{
		{"je n'ai pas dormi de la nuit, jveux un travail", seeds.NeedJob},
		{"je n'ai pas dormi de la nuit, jveu un travail", seeds.NeedJob},
		{"je veux travailler dans les mines a kayes quelle formation faut faire", seeds.NeedTraining},
		{"jveu travaillé dans les mines a kayes kel formation faut faire", seeds.NeedTraining},
		{"il veut travailler dans les hôtels. Ya une formation en hôtellerie là-bas ?", seeds.NeedTraining},
		{"qui finance la formation professionnelle a segou", seeds.NeedTraining},
	} {
		if q := rd.Understand(tt.q); q.Need != tt.need {
			t.Errorf("Understand(%q) = need %q, want %q", tt.q, q.Need, tt.need)
		}
	}
}

// TestSMSWordsNameNothing: SMS forms of a want ("je cherch") and of a
// relative ("mon frer") frame the request, no term of their own.
func TestSMSWordsNameNothing(t *testing.T) {
	rd := plainReader(t)
	q := rd.Understand("je cherch formation en informatik pr mon frer a bamako")
	for _, w := range []string{"cherch", "frer"} {
		if role, ok := roleOf(q, w); ok {
			t.Errorf("%q is a term (%v), want none", w, role)
		}
	}
}

// TestTraumaAndSuicide reads psychological suffering and wanting to die,
// told in any words, French (through the analyzer's stems) and Bambara
// (Bamadaba's words), without a bleve index: a protection question, but a
// condition beside a need wanted; wanting to die always one. A word read
// in a phrase of danger is the phrase's ("pas où dormir" is shelter).
func TestTraumaAndSuicide(t *testing.T) {
	rd := testReader(t, words{"couture": 3, "credit": 4, "atelier": 2, "travail": 6, "formation": 8})
	tests := []struct {
		q          string
		sign       string // a sign read; "" for none
		distressed bool
	}{
		{"je fais des cauchemars toutes les nuits depuis mon retour", "trauma", true},
		{"j'ai vu des gens mourir dans le désert, je n'arrive plus à dormir", "trauma", true},
		{"je ne dors plus depuis la Libye", "trauma", true},
		// SMS French: "ne" dropped, the negation after the verb; harm
		// done lived again; no wish left.
		{"je dors plus depuis la libye", "trauma", true},
		{"mon frere dort pas la nuit", "trauma", true},
		{"je pense tjr a ce qu ils m ont fait", "trauma", true},
		{"j ai envie de rien faire", "trauma", true},
		{"mes enfants mangent rien depuis hier", "hunger", true},
		{"il hurle la nuit depuis qu'il est rentré", "trauma", true},
		{"elle pleure tout le temps et elle a honte", "trauma", true},
		{"mes amis se sont noyés devant moi", "trauma", true},
		{"je suis déprimé et désespéré", "trauma", true},
		{"j'ai des mauvais rêves", "trauma", true},
		{"je n'arrive pas à oublier ce que j'ai vu", "trauma", true},
		{"n tɛ sunɔgɔ tugun", "trauma", true},
		{"sugo juguw bɛ n na", "trauma", true},
		{"n bɛ kasi su o su", "trauma", true},
		{"maloya bɛ n na ka segin so", "trauma", true},
		{bambara.ToNKo("n tɛ sunɔgɔ tugun"), "trauma", true},
		{"je veux mourir", "suicide", true},
		{"je ne veux plus vivre", "suicide", true},
		{"j'ai envie de me tuer", "suicide", true},
		{"je pense au suicide", "suicide", true},
		{"je n'arrive plus à vivre, je pense à en finir", "suicide", true},
		{"je pense a mourir depuis mon retour", "suicide", true},
		{"n b'a fɛ ka sa", "suicide", true},
		{"n b'a fɛ ka n yɛrɛ faga", "suicide", true},
		{"n t'a fɛ ka balo tugun", "suicide", true},
		// Wanting to die beside a need wanted: still a protection question.
		{"je veux mourir, je cherche un travail", "suicide", true},
		// A condition beside a need wanted: told, not the answer.
		{"mon père est mort, je veux un crédit pour son atelier de couture", "trauma", false},
		{"je n'ai pas dormi de la nuit, je cherche un travail", "trauma", false},
		// A training wanted through a word of taking it up ("faire une
		// formation") is wanted as "une formation" is.
		{"je suis revenu sans papiers. je veux faire une formation en couture. un centre m'acceptera sans papiers ?", "papers_lost", false},
		// Papers destroyed by another are kept from the person.
		{"les gardes ont déchiré nos papiers à la frontière, qui peut nous aider ?", "papers_kept", true},
		{"mon passeport est resté chez mon employeur à Djeddah, qui peut m'aider ?", "papers_kept", true},
		// A phrase of danger is its own sign; a threat is no suicide.
		{"je n'ai nulle part où dormir", "shelter", true},
		{"ils veulent me tuer", "threat", true},
		// No suffering told.
		{"comment dormir au foyer, c'est combien ?", "", false},
		{"je dors chez mon oncle, je cherche un travail", "", false},
		{"une formation en couture", "", false},
		{"sans oublier les papiers", "", false},
	}
	for _, tt := range tests {
		q := rd.Understand(tt.q)
		if (tt.sign == "") != (len(q.Distress) == 0) || tt.sign != "" && !slices.Contains(q.Distress, tt.sign) || q.Distressed != tt.distressed {
			t.Errorf("Understand(%q) = distress %v distressed %v, want %q %v", tt.q, q.Distress, q.Distressed, tt.sign, tt.distressed)
		}
	}
	if q := rd.Understand("je n'ai nulle part où dormir"); slices.Contains(q.Distress, "trauma") {
		t.Errorf("'nulle part où dormir' read as trauma too: %v", q.Distress)
	}
	if q := rd.Understand("ils veulent me tuer"); slices.Contains(q.Distress, SignSuicide) {
		t.Errorf("a threat read as suicide: %v", q.Distress)
	}
}

// TestAloneAskedOrTold: coming alone or without one's parents asked as a
// condition of entry is a part asked, no child alone; a person alone who
// tells it is one. Papers kept by another are urgent beside a credit asked;
// the writer's own papers kept are no danger.
func TestAloneAskedOrTold(t *testing.T) {
	rd := testReader(t, words{"couture": 3, "credit": 4, "commerce": 2, "gare": 2})
	tests := []struct {
		q      string
		asked  string
		danger string // a sign read; "" for none
	}{
		{"est-ce que je peux venir seul sans mes parents ?", AskConditions, ""},
		{"je peu venir seul sans mes parent ?", AskConditions, ""},
		{"elle peut venir seule sans ses parents ?", AskConditions, ""},
		{"il faut venir avec un parent pour s'inscrire ?", AskConditions, ""},
		{"le centre il faut fournir quoi ?", AskConditions, ""},
		{"j'ai 13 ans, je suis seul à la gare, mes parents sont au village", "", lang.SignMinor},
		{"je suis à la gare sans mes parents", "", lang.SignMinor},
		{"mon patron a gardé mon passeport, je cherche un crédit pour un commerce", "", lang.SignPapersKept},
		{"ma patronne garde ma carte, je voudrais un crédit", "", lang.SignPapersKept},
		{"j'ai gardé tous mes papiers, je veux un crédit", "", ""},
		{"je garde mon passeport, je veux un crédit", "", ""},
	}
	for _, tt := range tests {
		q := rd.Understand(tt.q)
		if q.Asked != tt.asked || (tt.danger == "") != (len(q.Distress) == 0) || tt.danger != "" && !slices.Contains(q.Distress, tt.danger) {
			t.Errorf("Understand(%q) = asked %q distress %v, want %q %q", tt.q, q.Asked, q.Distress, tt.asked, tt.danger)
		}
	}
}

// TestRelativeSold: a relative told sold by others is a danger (sold), as
// a person sold ("on m'a vendu") is; a thing sold before a relative is
// told in another clause is not.
func TestRelativeSold(t *testing.T) {
	rd := plainReader(t)
	for q, sold := range map[string]bool{
		"on a vendu ma petite soeur, elle est a Kayes maintenant":  true,
		"ils ont vendu mon fils":                                   true,
		"ils ont vendu ses enfants":                                true,
		"j'ai vendu mon champ, ma fille veut apprendre la couture": false,
		"nous avons vendu nos boeufs, mon fils veut un credit":     false,
	} {
		if got := slices.Contains(rd.Understand(q).Distress, "sold"); got != sold {
			t.Errorf("Understand(%q): sold %v, want %v", q, got, sold)
		}
	}
}

// TestArmedGroup: a person in an armed group, recruited or come out of
// one, is its own danger (distress.tsv, distress_concepts.tsv), whatever
// word says the group; the words of a group that are everyday words for a
// fighter or a soldier tell it only of a child; armed men told of an
// attack are a threat.
func TestArmedGroup(t *testing.T) {
	rd := plainReader(t)
	tests := []struct {
		q    string
		sign string // the sign read; "" for none
	}{
		{"mon fils de 14 ans a été recruté par un groupe armé vers Mopti", "armed_group"},
		{"un ado de 15 ans a été recruté par des hommes armés près de Tombouctou", "armed_group"},
		{"mon neveu de 16 ans était avec les rebelles vers Kidal", "armed_group"},
		{"une fille de 15 ans enlevée par des jihadistes", "armed_group"},
		{"les anciens enfants soldats, qui les aide ?", "armed_group"},
		{"n denkɛ si ye san 15 ye, a tun bɛ kɛlɛkɛlaw fɛ", "armed_group"},
		// Of an adult: a fighter, a soldier, is no danger told.
		{"mon frère est milicien à Gao, il cherche un travail", ""},
		{"n balimakɛ ye kɛlɛcɛ ye", ""},
		// Armed men who attack: a threat.
		{"des hommes armés ont attaqué notre convoi, on a tout perdu", "threat"},
		{"des bandits armés m'ont tout pris sur la route de Tombouctou", "threat"},
		{"des individus armés ont attaqué notre car vers Gao", "threat"},
	}
	for _, tt := range tests {
		q := rd.Understand(tt.q)
		if (tt.sign == "") != (len(q.Distress) == 0) || tt.sign != "" && !slices.Contains(q.Distress, tt.sign) ||
			tt.sign != "armed_group" && slices.Contains(q.Distress, "armed_group") {
			t.Errorf("Understand(%q) = distress %v, want %q", tt.q, q.Distress, tt.sign)
		}
	}
	// Told of a child or a young person, a protection question whatever
	// else is asked (the programme made for them trains too); told of a
	// grown person, a condition beside the training wanted.
	for _, tt := range []struct {
		q          string
		distressed bool
	}{
		{"J'ai 17 ans, j'étais dans un groupe armé, j'en suis sorti et je suis à Tombouctou. Je veux apprendre un métier.", true},
		{"Mon cousin de 16 ans était avec des rebelles vers Kidal. Il veut apprendre un métier.", true},
		{"J'ai 35 ans, j'étais dans un groupe armé il y a dix ans. Je veux apprendre la soudure.", false},
		// which programme asked for such a child is its protection; donors asked, a counsellor's question
		{"Ma nièce de 15 ans a vécu un an avec une milice près de Ménaka. Elle veut apprendre la couture. Quel programme ?", true},
		{"Quels bailleurs financent la réinsertion des enfants sortis des groupes armés ?", false},
	} {
		if q := rd.Understand(tt.q); q.Distressed != tt.distressed {
			t.Errorf("Understand(%q) = distressed %v (%v), want %v", tt.q, q.Distressed, q.Distress, tt.distressed)
		}
	}
}

// TestChildLabour: a child's work that harms it (a gold-mining site, a
// maid's work) is a danger told only of a child (distress_signs.tsv
// child); a grown person's is a job, asked or told.
func TestChildLabour(t *testing.T) {
	rd := plainReader(t)
	tests := []struct {
		q     string
		child bool // child_labour read
	}{
		{"ma fille de 14 ans travaille comme bonne chez des gens a Bamako, qui peut l'aider ?", true},
		{"mon fils de 12 ans travaille dans l'orpaillage a Kenieba", true},
		{"des enfants de 10 ans lavent la terre sur les placers d'or", true},
		{"un élève de 13 ans, son oncle veut l'envoyer travailler dans les mines d'or", true},
		{"une fille de 11 ans lave le gravier sur un site d'or a Sikasso", true},
		{"n denkɛ si ye san 12 ye, a bɛ sanu baara kɛ", true},
		{"ma fille de 15 ans est bonne à Bamako, elle veut rentrer au village", true},
		{"ma petite soeur de 12 ans, bonne chez une tante, ne va pas à l'école", true},
		{"n denmuso ye san 13 ye, a bɛ baara kɛ mɔgɔ ka so Bamakɔ, a tɛ lakɔli la", true},
		{"n si ye san 14, u ye n ci ka baara ke dugu were la", true},
		{"npogotigi do si ye san 14, a be so baara ke, u t'a sara", true},
		// A grown person's work: a job.
		{"je veux travailler dans les mines d'or a Kayes, quelle formation faut-il ?", false},
		{"je travaille comme bonne à Bamako, je cherche une formation en couture", false},
		{"je suis un ancien orpailleur, je veux un vrai métier", false},
		{"je cherche du travail sur un site d'or a Kenieba", false},
		{"n bɛ sanu feere Kayi, n mago bɛ juru la", false},
		{"n bɛ baara kɛ mɔgɔ ka so Bamakɔ, n b'a fɛ ka kalan kɛ", false},
		{"n si ye san 30, n be so baara ke bamako, n b'a fe ka kalan ke", false},
	}
	for _, tt := range tests {
		q := rd.Understand(tt.q)
		if slices.Contains(q.Distress, "child_labour") != tt.child {
			t.Errorf("Understand(%q) = distress %v, want child_labour %v", tt.q, q.Distress, tt.child)
		}
	}
}

func TestToldAge(t *testing.T) {
	rd := plainReader(t)
	for _, c := range []struct {
		question string
		years    int
	}{
		{"slt jai 14 ans je ve apprendre la soudure a bamako", 14},
		{"J'ai 45 ans, je cherche du travail à Kayes", 45},
		{"g 42 ans je cherche du travail a bamako", 42},
		{"Mon fils de 15 ans veut faire la menuiserie", 15},
		{"ma fille a 16 ans elle veut apprendre la couture", 16},
		{"un jeune âgé de 19 ans cherche une formation", 19},
		{"n si ye san 14 ye, n b'a fɛ ka soudure kalan Bamakɔ", 14},
		{"ne denkɛ ye san 15 ye, a b'a fɛ ka menuiserie kalan", 15},
		// times, not ages
		{"je suis rentré il y a 5 ans, je cherche du travail", 0},
		{"J'ai passé 3 ans en Libye, je cherche un crédit", 0},
		{"je vends depuis plus de 2 ans au marché", 0},
		{"n ye san 3 kɛ Libi, n bɛ baara ɲini", 0},
		{"j'ai 3 enfants et je cherche du travail", 0},
		{"formation de 3 mois en couture", 0},
		{"une formation de 3 ans en soudure", 0},
		{"Un jeune de 17 ans de Kayes veut apprendre la mécanique", 17},
		// Bambara numbers in words (bm/numbers.tsv), N'Ko too
		{"n denkɛ si ye san tan ni saba ye, marifatigiw y'a minɛ", 13},
		{"n si ye san mugan ni duuru ye, n b'a fɛ ka juru ta", 25},
		{"n si ye san bi saba ni naani ye, n bɛ baara ɲini", 34},
		{"ߊ ߛߌ ߦߋ ߛߊ߲ ߕߊ߲ ߣߌ ߛߊߓߊ ߦߋ", 13},
		{"n ye san saba kɛ Libi, n bɛ baara ɲini", 0}, // a time
		// the closing copula left out before a new clause
		{"n balima muso ye san 13, u b'a fe k'a furu", 13},
		{"n balimakɛ ye san 2 kɛ Libi, an t'a kunnafoni sɔrɔ", 0},
		{"n balimakɛ ye san 5 baara kɛ Libi", 0},
		// the year as the copula's subject; the year after a person named
		{"a san ye 24 ye, u y'a feere Libi", 24},
		{"n dɔgɔkɛ san ye tan ni duuru ye, a seginna a kelen", 15},
		// its closing copula left out before a new clause or the end
		{"n san ye 15, n be gari la Bamako n kelen", 15},
		{"npogotigi do san ye 14, a be baara ke mogo ka so", 14},
		{"n dogoke san ye 13, a tora Zegoua gari la", 13},
		{"a san ye 14", 14},
		{"n denke san ye 16, polisi y'a ka sebenw ta Kuremale", 16}, // a noun and the perfective's ye begin the clause
		{"kalan san ye 3, a songo ye joli?", 0},                     // no person's year
		{"n san ye 19 konkuri be ke tuma jumen", 0},                 // no new clause after
		{"n dɔgɔkɛ san 19, u y'a feere Libi", 19},
		{"ne dogomuso san 15 a segira libi a kelen", 15},
		{"n balimakɛ san 5 baara kɛ Alizeri", 0}, // worked 5 years
		{"a tora Libi san 4, a seginna", 0},      // stayed 4 years: no person before san
		// the year after a person (and "dɔ") before a verb
		{"n dogomuso san 14 seginna Alizeri a kelen", 14},
		{"Denmusonin dɔ san 13 bɔra Moritani a kelen", 13},
		{"N dɔgɔkɛ san 17 tun bɛ kɛlɛbolo dɔ la Gao", 17},
		{"n balimakɛ san 5 bɛ baara kɛ Alizeri", 0}, // worked 5 years: the verb of doing close after
		// "à" folded as "a": an age at a time, not the person's now
		{"A 17 ans j'ai pris la route du Niger. Aujourd'hui j'ai 24 ans", 24},
		{"J'ai quitté Kayes à 17 ans pour l'Algérie, je dors dehors à Gao", 0},
		{"je suis partie à 16 ans en Guinée", 0},
		{"mon fils aîné a 17 ans, il veut apprendre la soudure", 17},
		// one word, its adjective, between the person and the age
		{"Je suis un jeune Ivoirien de 19 ans, je dors dehors à Gao", 19},
		{"un garçon malien de 15 ans dort à la gare", 15},
		{"une formation pratique de 3 ans", 0},
		// a noun of a person (persons.tsv) right before: "un homme de 47 ans"
		{"Conseillère EOJ Sikasso : un homme de 47 ans, ancien migrant, veut un prêt", 47},
		{"une dame de 50 ans, vendeuse de tissus à Bamako, demande un petit crédit", 50},
		{"il a 12 ans et il est seul à Gao", 12},
	} {
		if got := rd.Understand(c.question).Years; got != c.years {
			t.Errorf("%q: years %d, want %d", c.question, got, c.years)
		}
	}
}

// TestDangerAcrossAge: a Bambara age told right after a person does not
// part the person from the danger told of them; a thing they sell is no
// danger.
func TestDangerAcrossAge(t *testing.T) {
	rd := plainReader(t)
	for _, c := range []struct {
		q    string
		sold bool
	}{
		{"n balimamuso san 25 feerela alizeri, a seginna bamako", true},
		{"n dɔgɔkɛ san 19 feerela Libi", true},
		{"n balimamuso feerela alizeri", true},
		{"n balimakɛ san 30 bɛ moto feere Kayi, a b'a fɛ ka juru ta", false},
	} {
		if got := slices.Contains(rd.Understand(c.q).Distress, "sold"); got != c.sold {
			t.Errorf("%q: sold %v, want %v", c.q, got, c.sold)
		}
	}
}

// TestBambaraLittleOnes: a Bambara noun of a child with the diminutive
// (bm/minors.tsv: denmusonin, denkenin) tells of a child; a grown woman
// does not.
func TestBambaraLittleOnes(t *testing.T) {
	rd := plainReader(t)
	for _, c := range []struct {
		q     string
		child bool
	}{
		{"denmusonin dɔ bɛ sunɔgɔ kɛnɛma Kayi", true},
		{"denkenin dɔ bɛ sigi gari la a kelen", true},
		{"muso dɔ bɛ sunɔgɔ kɛnɛma Kayi", false},
	} {
		if got := rd.Understand(c.q).Age == AgeChild; got != c.child {
			t.Errorf("%q: child %v, want %v", c.q, got, c.child)
		}
	}
}

// TestAgeAtATime: "à N ans" (folded "a", no subject before it) is the age
// at a time told, so no child; "a" after its subject is the age now.
func TestAgeAtATime(t *testing.T) {
	rd := plainReader(t)
	for _, c := range []struct {
		q     string
		child bool
	}{
		{"A 17 ans j'ai pris la route du Niger, aujourd'hui je dors à la gare de Kayes", false},
		{"J'ai quitté Kayes à 17 ans pour l'Algérie, on m'a vendu à un patron", false},
		{"mon petit frère a 15 ans, il est seul à Gao", true},
		{"elle a 14 ans et dort dehors", true},
		// years spent at something: a time (age_time.tsv)
		{"j'ai travaillé 2 ans sur les chantiers à Sebha, on m'a tout volé, même mon acte de naissance", false},
		{"mon frère est resté 3 ans en Libye, il dort dehors à Gao", false},
	} {
		if got := rd.Understand(c.q).Age == AgeChild; got != c.child {
			t.Errorf("%q: child %v, want %v", c.q, got, c.child)
		}
	}
}

// TestGrownAgeTold: an age of 18 or more told makes a grown person,
// whatever word for the young or for a child the message also says.
func TestGrownAgeTold(t *testing.T) {
	rd := plainReader(t)
	for q, want := range map[string]Age{
		"Mon fils de 19 ans est coincé à Agadez. Qui aide les jeunes à rentrer ?": AgeAdult,
		"je suis un jeune de 24 ans sans travail à Kayes":                         AgeAdult,
		"je suis un jeune sans travail à Kayes":                                   AgeYoung,
		// a word for a child with a grown person's age told of it (toldGrown)
		"un garçon de 19 ans qui faisait l'orpaillage veut apprendre la soudure": AgeAdult,
		"un garçon de 12 ans qui faisait l'orpaillage dort à la gare":            AgeChild,
	} {
		if got := rd.Understand(q).Age; got != want {
			t.Errorf("%q: age %d, want %d", q, got, want)
		}
	}
}

// TestRankFollowUp: a card asked for by rank — a word of rank, a bare
// number, or a number after an article (the number the card is shown
// with); a number with more words is no rank.
func TestRankFollowUp(t *testing.T) {
	rd := testReader(t, words{"formation": 8})
	tests := []struct {
		q    string
		rank int
	}{
		{"le premier", 1},
		{"a fɔlɔ", 1},
		{"2", 2},
		{"le 4", 4},
		{"la 5", 5},
		{"le 40", 0},
		{"4 formation", 0},
	}
	for _, tt := range tests {
		q := rd.Understand(tt.q)
		if got := q.Follow.Rank; got != tt.rank || tt.rank != 0 && q.Intent != FollowUp {
			t.Errorf("Understand(%q): rank %d, intent %q; want rank %d", tt.q, got, q.Intent, tt.rank)
		}
	}
}

// TestStillRunsOrAgreed: "ça marche ?" asks whether a fiche shown still
// runs (a follow-up, not the job market); "ok ça marche" agrees and "ça
// marche, merci" thanks; thanks outranks an "ok" beside it.
func TestStillRunsOrAgreed(t *testing.T) {
	rd := testReader(t, words{"marche": 3, "emploi": 4})
	tests := []struct {
		q      string
		intent Intent
		asked  string
	}{
		{"ça marche encore ?", FollowUp, AskStatus},
		{"ça marche ?", FollowUp, AskStatus},
		{"ça fonctionne toujours ?", FollowUp, AskStatus},
		{"ils marchent encore ?", FollowUp, AskStatus},
		{"ok ça marche", Ack, ""},
		{"ok ça marche, merci", Thanks, ""},
		{"merci ça marche", Thanks, ""},
		{"ok merci", Thanks, ""},
		{"ok", Ack, ""},
		{"merci, c'est noté", Thanks, ""},
		{"c noté merci bcp", Thanks, ""},
		{"ok c'est bien noté", Ack, ""},
	}
	for _, tt := range tests {
		q := rd.Understand(tt.q)
		if q.Intent != tt.intent || q.Asked != tt.asked {
			t.Errorf("Understand(%q) = intent %q asked %q, want %q %q", tt.q, q.Intent, q.Asked, tt.intent, tt.asked)
		}
	}
}

// TestForeign: a country's adjective (or its plural) after a form of
// être, a noun of a person or the asker's pronoun, a determiner between or
// not, or first in its sentence, tells a foreigner, and so does a country one came from by a word
// of coming that tells no return, in a message that tells none; after a
// thing, or a country named otherwise, it does not.
func TestForeign(t *testing.T) {
	rd := plainReader(t)
	for q, want := range map[string]bool{
		"je suis guinéen a bamako, mon employeur a gardé mon passeport":     true,
		"Une femme nigériane avec deux enfants est arrivée près de Sikasso": true,
		"des migrants burkinabè dorment à la gare de Mopti":                 true,
		"je suis rentré de Guinée, je dors dehors":                          false,
		"j'ai un diplôme français, je cherche un travail":                   false,
		"je suis malien, on m'a expulsé d'Algérie":                          false,
		"un garçon de 14 ans venu du Burkina dort au marché de Sikasso":     true,
		"des familles venues du Niger dorment à Gao":                        true,
		"je suis revenu de Libye, je dors à la gare":                        false,
		"expulsé d'Algérie, venu du Niger, je dors à la gare":               false,
		// A plural, a determiner between, the sentence's first word, the
		// asker's own pronoun; not a language learnt.
		"nous sommes des nigeriens refoules d algerie, on est a gao":     true,
		"guineenne avec 2 enfants, je suis a bamako, on dort dehors":     true,
		"moi ivoirien a gao, on m a tout vole":                           true,
		"les Ivoiriens de Bamako ont une association ?":                  true,
		"je veux apprendre le français à Bamako":                         false,
		"mon frère a acheté une voiture française, il cherche un crédit": false,
	} {
		if got := rd.Understand(q).Foreign; got != want {
			t.Errorf("%q: foreign %v, want %v", q, got, want)
		}
	}
}

// TestListenAsked: a person asked for beside a suffering whose help is
// someone to listen makes a protection answer, whatever else is asked; a
// suffering told without it, or another condition with it, does not.
func TestListenAsked(t *testing.T) {
	rd := plainReader(t)
	for q, want := range map[string]bool{
		"Mon cousin ne dort pas la nuit, il fait des cauchemars. On voudrait d'abord qu'il puisse parler à quelqu'un, et ensuite qu'il apprenne un métier.": true,
		"la nuit je fais des cauchemars, je veux parler à quelqu'un et plus tard apprendre l'électricité":                                                   true,
		"je fais des cauchemars depuis la Libye, je veux apprendre la soudure":                                                                              false,
		"je suis handicapé, je veux apprendre l'informatique, je voudrais parler à un conseiller":                                                           false,
	} {
		if got := rd.Understand(q).Distressed; got != want {
			t.Errorf("%q: distressed %v, want %v", q, got, want)
		}
	}
}

// TestListenToReturnee: someone to listen asked by one come back is
// their psychosocial support (trauma); asked by anyone else, or a person
// asked to talk, the counsellor.
func TestListenToReturnee(t *testing.T) {
	rd := plainReader(t)
	for q, want := range map[string]bool{
		"je suis rentré de Libye il y a un mois, j'ai besoin que quelqu'un m'écoute, je suis à Bamako": true,
		"n seginna ka bɔ Alijeri, n mago bɛ mɔgɔ la min bɛ n lamɛn, n bɛ Bamakɔ":                       true,
		"je suis un jeune de Kayes, j'ai besoin que quelqu'un m'écoute":                                false,
		"je suis revenu de Libye, je veux parler à quelqu'un":                                          false,
	} {
		u := rd.Understand(q)
		if got := u.Distressed && slices.Contains(u.Distress, lang.SignTrauma); got != want {
			t.Errorf("%q: listened to %v, want %v (%v)", q, got, want, u.Distress)
		}
	}
}

// TestRefugeeLacking: a refugee who says so, papers not had beside work
// lacked, is a protection question; a refugee who asks a fact, the fact.
func TestRefugeeLacking(t *testing.T) {
	rd := plainReader(t)
	for q, want := range map[string]bool{
		"je suis réfugié burkinabè à Sikasso, j'ai pas de papiers et pas de travail, qui peut m'aider": true,
		"je suis réfugié à Sikasso, je n'ai rien, qui peut m'aider":                                    true,
		"nous sommes des déplacés de Ménaka arrivés à Gao, on n'a ni papiers ni travail":               true,
		"je suis déplacé à Mopti, qui a gagné le match du Mali hier ?":                                 false,
		"je suis réfugié à Sikasso, c'est quoi le prix du sac de riz ce mois ?":                        false,
	} {
		if got := rd.Understand(q).Distressed; got != want {
			t.Errorf("%q: distressed %v, want %v", q, got, want)
		}
	}
}

// TestPublicTold: the words that tell the person is of the people the
// partners serve come back, in French or through a Bambara word's glosses;
// a question that tells none has none.
func TestPublicTold(t *testing.T) {
	rd := plainReader(t)
	for q, want := range map[string]string{
		"Je suis migrant de retour à Kayes, qui peut financer mon commerce ?": "retour",
		"je suis rentré de France, je veux un crédit":                         "rentre",
		"Kayi, jon be tunkaranke seginnenw deme u ka baara sigili la?":        "retour",
		"un prêt pour mon commerce à Kayes":                                   "",
	} {
		got := rd.Understand(q).Public
		if want == "" && len(got) > 0 || want != "" && !slices.Contains(got, want) {
			t.Errorf("%q: public %v, want %q", q, got, want)
		}
	}
}

// TestCourtesyWithWordsNoFicheHolds: thanks or a goodbye beside words no
// fiche holds ("je l'emmène": what the person will do) is answered in
// kind; beside a word a fiche holds, a need or something out of scope, it
// is a search.
func TestCourtesyWithWordsNoFicheHolds(t *testing.T) {
	rd := testReader(t, words{"couture": 3, "soudure": 2})
	tests := []struct {
		q      string
		intent Intent
	}{
		{"merci je l'emmène", Thanks},
		{"merci beaucoup, je l'emmène là-bas demain", Thanks},
		{"a ni ce", Thanks},
		{"a ni ce, n bɛ taa yen sini", Thanks},
		{"Ala ka n dɛmɛ", Thanks}, // a blessing, no cry for help
		{"i ni ce, Ala ka an deme", Greeting},
		{"n dɛmɛ", Counsellor}, // a cry for help
		{"merci, et la couture ?", Search},
		{"merci je cherche un crédit", Search},
		{"bonjour, je veux apprendre la soudure", Search},
		{"bonjour je veux un visa pour la France", Search},
	}
	for _, tt := range tests {
		if q := rd.Understand(tt.q); q.Intent != tt.intent {
			t.Errorf("Understand(%q) = intent %q, want %q", tt.q, q.Intent, tt.intent)
		}
	}
}

// TestPayOfAJob: a word of pay after a word of a job ("un travail
// rémunéré", "un emploi bien payé") tells what the job is and asks no
// part, nor does one within a danger told (wages withheld: "sans être
// payé"); asked of a training, an internship named or alone, it asks the
// allowance or the cost.
func TestPayOfAJob(t *testing.T) {
	rd := plainReader(t)
	tests := []struct{ q, asked string }{
		{"je cherche un travail rémunéré à Bamako", ""},
		{"un emploi bien payé à Kayes pour un maçon", ""},
		{"on est rémunéré pendant la formation ?", AskAllowance},
		{"les stages de l'APEJ sont rémunérés ?", AskAllowance},
		{"je cherche un emploi, c'est payé combien ?", AskCost},
		{"j'ai travaillé 8 mois dans une mine sans être payé, qui peut m'aider ?", ""},
		{"mon patron ne m'a pas payé pendant 6 mois et il m'a chassé, qui peut m'aider ?", ""},
		{"la formation c'est pas payant ?", AskCost},
		// money for the way there: given by them, the allowance; paid by
		// the learner, the cost
		{"ils paient le transport pendant le stage ?", AskAllowance},
		{"ils donnent de l'argent pour le transport ?", AskAllowance},
		{"le transport est remboursé ?", AskAllowance},
		{"il faut payer le transport ?", AskCost},
	}
	for _, tt := range tests {
		if got := rd.Understand(tt.q).Asked; got != tt.asked {
			t.Errorf("Understand(%q).Asked = %q, want %q", tt.q, got, tt.asked)
		}
	}
}

// TestPlacesAsked: how many places or pupils asks the capacity, not the
// cost "combien" alone asks.
func TestPlacesAsked(t *testing.T) {
	rd := plainReader(t)
	for q, want := range map[string]string{
		"combien de places ?":             AskCapacity,
		"ils prennent combien d'élèves ?": AskCapacity,
		"c'est combien ?":                 AskCost,
		// "pas chère" in the feminine of a course: the cost, no goat
		// ("chèvre") read for it.
		"une formation de metier pas chere a bamako": AskCost,
	} {
		if got := rd.Understand(q).Asked; got != want {
			t.Errorf("Understand(%q).Asked = %q, want %q", q, got, want)
		}
	}
}

// TestLoanTermsAsked: a guarantee or a rate asked of a lender shown asks
// its conditions or what it costs; a loan without guarantee or at zero
// rate is a thing searched, no part asked.
func TestLoanTermsAsked(t *testing.T) {
	rd := plainReader(t)
	for q, want := range map[string]string{
		"il faut une garantie ?":            AskConditions,
		"le taux c'est combien ?":           AskCost,
		"c'est quoi le taux d'intérêt ?":    AskCost,
		"pret sans garantie pour ma pme":    "",
		"pret a taux zero pour une pme":     "",
		"la banque me demande une garantie": "",
	} {
		if got := rd.Understand(q).Asked; got != want {
			t.Errorf("Understand(%q).Asked = %q, want %q", q, got, want)
		}
	}
}

// TestFactsAskedOfThePlacesShown: a person housed by the places shown
// ("peuvent" and an object pronoun), a price judged, whether "il" still
// runs, the language they speak, whether they open at night ask those
// parts; the asker's own roof told, or where among all, ask
// none. A phrase asked leaves none of its words to search.
func TestFactsAskedOfThePlacesShown(t *testing.T) {
	rd := plainReader(t)
	for q, want := range map[string]string{
		"ils peuvent la loger ?":                AskLodging,
		"ils peuvent l'accueillir ?":            AskLodging,
		"personne ne veut nous loger":           "",
		"on peut l'héberger où ce soir ?":       "",
		"c cher ?":                              AskCost,
		"c'est trop cher pour moi ?":            AskCost,
		"il fonctionne encore ?":                AskStatus,
		"le taux d'interet c'est combien ?":     AskCost,
		"c'est quoi le taux d'intérêt ?":        AskCost,
		"un prêt à taux zéro pour une boutique": "",
		// An office had at a town, asked of the places shown; Bambara
		// "ka biro", "hali sisan", girls taken as a habit.
		"ils ont une agence à Kayes ?":   AskWhere,
		"il y a un bureau à Mopti ?":     AskWhere,
		"u ka biro bɛ Sikaso wa?":        AskWhere,
		"n b'a fɛ ka taa yen":            AskWhere,
		"a bɛ yen hali sisan wa?":        AskStatus,
		"u bɛ npogotigiw mina wa?":       AskWomen,
		"npogotigiw bɛ mina wa?":         AskWomen,
		"sunɔgɔ yɔrɔ bɛ yen wa?":         AskLodging,
		"sunɔgɔyɔrɔ bɛ yen wa?":          AskLodging,
		"u ye n ka npogotigi mina kunun": "",
		// mɛn, to last, before "san joli": a length, not the ages.
		"kalan bɛ mɛn san joli?": AskDuration,
		"a bɛ mɛɛn san joli?":    AskDuration,
		"san joli?":              AskAge,
	} {
		q := rd.Understand(q)
		if q.Asked != want || want != "" && len(q.Things()) > 0 {
			t.Errorf("Understand(%q) = asked %q, things %v; want %q and no thing", q.Text, q.Asked, q.Things(), want)
		}
	}
}

// TestOfThem: a pronoun of the third person plural, "là-bas", Bambara u,
// olu, yen speak of the places shown; "il", "elle", Bambara "a" and a
// message with none do not.
func TestOfThem(t *testing.T) {
	rd := plainReader(t)
	for q, want := range map[string]bool{
		"ils font du soutien psychologique ?": true,
		"il y a un psychologue chez eux ?":    true,
		"leurs formations sont payantes ?":    true,
		"soutien psychologique a mopti":       false,
		"elle peut dormir sur place ?":        false,
		"il y a une cantine là-bas ?":         true,
		"il y a une cantine la bas ?":         true,
		"u bɛ Segu wa?":                       true,
		"dumuni bɛ yen wa?":                   true,
		"a bɛ min?":                           false,
		"le bas prix":                         false,
	} {
		if got := rd.Understand(q).OfThem; got != want {
			t.Errorf("Understand(%q).OfThem = %v, want %v", q, got, want)
		}
	}
}

// TestOfThemAsPairs: the words and phrases of the places shown, looked up
// by their first word (Phrases), are found where looking every word, and
// every two words in a row joined by a space, up in the list found them,
// over every question of the test sets.
func TestOfThemAsPairs(t *testing.T) {
	rd := plainReader(t)
	list := map[string]bool{}
	for _, ps := range rd.v.OfThem {
		for _, ws := range ps {
			list[strings.Join(ws, " ")] = true
		}
	}
	found := 0
	for _, q := range append(testQuestions(t), "il y a une cantine la bas ?", "le bas prix la") {
		r := &reading{rd: rd, words: slices.Collect(lang.LetterWordsSeq(fold.String(q)))}
		r.sets = rd.v.sets(r.words)
		want := slices.ContainsFunc(r.words, func(w string) bool { return list[w] })
		for i := 1; i < len(r.words) && !want; i++ {
			want = list[r.words[i-1]+" "+r.words[i]]
		}
		if got := r.ofThem(); got != want {
			t.Errorf("ofThem(%q) = %v, the pairs looked up %v", q, got, want)
		} else if want {
			found++
		}
	}
	if found == 0 {
		t.Error("no question speaks of the places shown: nothing was compared")
	}
}

// TestTwoPartsAsked: a second part asked in the same message is AlsoAsked;
// "what" is never it, nor the part already asked.
func TestTwoPartsAsked(t *testing.T) {
	rd := plainReader(t)
	tests := []struct{ q, asked, also string }{
		{"quels papiers et c'est combien ?", AskConditions, AskCost},
		{"le numéro et ils sont où ?", AskContact, AskWhere},
		{"c'est combien ?", AskCost, ""},
		{"c'est combien, le prix ?", AskCost, ""},
		{"les formations courtes durent combien ?", AskDuration, ""},
		// A price right after a step to get in asks its fee; apart, both.
		{"l'inscription c combien ?", AskCost, ""},
		{"l'inscription pour une fille c'est combien ?", AskCost, ""},
		{"il faut quoi pour l'inscription, et c'est combien ?", AskConditions, AskCost},
	}
	for _, tt := range tests {
		if q := rd.Understand(tt.q); q.Asked != tt.asked || q.AlsoAsked != tt.also {
			t.Errorf("Understand(%q) = asked %q also %q, want %q %q", tt.q, q.Asked, q.AlsoAsked, tt.asked, tt.also)
		}
	}
}

// TestEndangered: a danger told anywhere in a message stands (Endangered)
// even where the message asks something else and is no protection question
// (Distressed); a condition whose care is what is asked, out of scope, a
// sign of no urgency in the story of a thing out of scope asked, or a
// question about programmes, tells none that stands.
func TestEndangered(t *testing.T) {
	rd := plainReader(t)
	for _, tt := range []struct {
		q                      string
		endangered, distressed bool
	}{
		{"u ye ne gɛn ka bɔ Arabi. ne bɛ awiyɔn jigiyɔrɔ la, ne b'a fɛ ka kalan", true, false},
		{"j'ai été expulsé de Libye, je veux une formation de pilote d'avion", true, false},
		{"je dors dehors a Gao", true, true},
		// at the bus station (mobili jiginyɔrɔ, a place), not mechanics asked
		{"U ye n gɛn ka bɔ Alizeri. Ne bɛ Gawo mobili jigiyɔrɔ la", true, true},
		{"ma mère est malade, quel hôpital est le meilleur ?", false, false},
		{"je veux une formation en soudure a Bamako", false, false},
		// A thing out of scope asked beside a sign of no urgency, told by
		// no one the partners serve: the thing is asked.
		{"ma mere veut toucher la pension de retraite de mon pere decede, qui contacter", false, false},
		{"mon orange money est bloque, comment faire pour debloquer", false, false},
		{"je suis bloque a la frontiere, je n'ai rien", true, true},
		// A sign of no urgency told in a sentence that asks nothing,
		// beside a thing out of scope asked: the story, whoever tells it;
		// urgent, or told lacking the means, it stands.
		{"J'ai été expulsé de Libye en mars. Je dois aller voir ma mère à Gao, le billet d'avion coûte combien ?", false, false},
		{"On m'avait expulsé après 2 ans de travail. Maintenant je veux devenir policier, comment passer le concours ?", false, false},
		{"J'ai été expulsé de Libye, je dors dehors. Le billet pour Gao coûte combien ?", true, true},
		// the thing told with the sign, or the sign's own remedy (a complaint for unpaid work)
		{"Je suis chauffeur. J'ai ramassé un jeune abandonné par des passeurs, il est épuisé. Où l'amener à Kidal ?", true, true},
		{"Mon mari est revenu du Gabon. Un passeur l'a fait travailler sans le payer. Il veut porter plainte : qui peut l'aider ?", true, true},
		// The thing taken is the danger's own; a need asked keeps the sign.
		{"on m'a volé mon passeport en Libye et on m'a expulsé, je suis à Bamako, qui peut m'aider ?", true, true},
		{"J'ai perdu carte d'identité et passeport pendant l'expulsion, sans papiers je peux même pas m'inscrire en formation", true, true},
	} {
		q := rd.Understand(tt.q)
		if q.Endangered != tt.endangered || q.Distressed != tt.distressed {
			t.Errorf("Understand(%q) = endangered %v, distressed %v (%v), want %v, %v", tt.q, q.Endangered, q.Distressed, q.Distress, tt.endangered, tt.distressed)
		}
	}
}

// TestNoNews: news lacked, in either Bambara word for news (kunnafoni,
// kìbaru), of one's own people is a family lost; news had is none, and
// news of a thing lacked is none.
func TestNoNews(t *testing.T) {
	rd := plainReader(t)
	for _, tt := range []struct {
		q    string
		lost bool
	}{
		{"n balimakɛ taara Libi, an t'a kibaru sɔrɔ tugun", true},
		{"n denkɛ taara Alizeri, an ma a kibaro sɔrɔ kabini san kelen", true},
		{"n balimakɛ taara Libi, an t'a kunnafoni sɔrɔ", true},
		{"n ye n balimakɛ kibaru sɔrɔ, a bɛ Libi", false},
		{"n dɔgɔkɛ kunnafoni ma se n ma kabini san fila", true}, // news lacked after whose (kin_lacked)
		{"pɔti kunnafoni ma se n ma", false},                    // news of a bus: no one's own
	} {
		q := rd.Understand(tt.q)
		if got := slices.Contains(q.Distress, "family_lost"); got != tt.lost {
			t.Errorf("Understand(%q) = distress %v, want family_lost %v", tt.q, q.Distress, tt.lost)
		}
	}
}

// TestNotSeenSince: a relative not seen since a time or any more (yé,
// voir, in the past negative mà, contracted m'a too; in the present tɛ
// only with tugun or kabini, tɛ … ye being also "is not") is a family
// lost; "I saw nobody" and "he is not my brother" are not.
func TestNotSeenSince(t *testing.T) {
	rd := plainReader(t)
	for _, tt := range []struct {
		q    string
		lost bool
	}{
		{"n ma n dɔgɔkɛ ye kabini a taara Libi", true},
		{"n tɛ n balimakɛ ye tugun", true},
		{"n balimakɛ taara alizeri, n t'a ye kabini san 2", true},
		{"muso dɔ cɛ taara Libi, a m'a ye kabini san saba", true},
		{"n teri taara Eropu, an m'a kibaru mɛn kabini o waati", true},
		{"a tɛ n balimakɛ ye", false},
		{"n ma mɔgɔ ye min bɛ se ka n dɛmɛ", false},
		{"n ye n balimakɛ ye kunun", false},
		{"kunnafoni tɛ an bolo n kɔrɔkɛ ko la kabini a taara", true}, // no news told first, then whose
		{"kunnafoni tɛ n bolo kalanso ko la", false},
		{"n dɔgɔkɛ taara Alizeri, a kunnafoni tɛ an fɛ kabini san fila", true}, // his news not with us
		{"APEJ ka kalan bɛ yen, a kunnafoni tɛ n bolo", false},                 // a programme's information
	} {
		q := rd.Understand(tt.q)
		if got := slices.Contains(q.Distress, "family_lost"); got != tt.lost {
			t.Errorf("Understand(%q) = distress %v, want family_lost %v", tt.q, q.Distress, tt.lost)
		}
	}
}

// TestBambaraArmedMen: armed men told in Bambara — a man with a gun
// (marifatigi, written from Bamadaba's parts) or a French word borrowed
// with a Bambara suffix (loanConcept: "jihadistew", "rebelw") — are the
// danger the French word is: a threat, or an armed group told of a child.
func TestBambaraArmedMen(t *testing.T) {
	rd := plainReader(t)
	for _, tt := range []struct {
		q, sign string
	}{
		{"marifatigiw nana an ka dugu la, an bolila ka na Segu", "threat"},
		{"marifatigiw ye n denkɛ minɛ, a si ye san 13 ye", "armed_group"}, // a child taken: recruited (TestChildTaken)
		{"n denkɛ si ye san 15 ye, a tun bɛ jihadistew fɛ", "armed_group"},
		{"n dɔgɔkɛ si ye san 14 ye, rebelw y'a ta", "armed_group"},
		{"n balimakɛ ye jihadiste ye", ""},  // of a grown person: no danger told, as in French
		{"n b'a fɛ ka telefoniw feere", ""}, // a loan that is no concept
		{"n ka formasiyonw bɛ Bamakɔ", ""},  // nor a loan of the fiches
	} {
		q := rd.Understand(tt.q)
		if tt.sign == "" && len(q.Distress) > 0 || tt.sign != "" && !slices.Contains(q.Distress, tt.sign) {
			t.Errorf("Understand(%q) = distress %v, want %q", tt.q, q.Distress, tt.sign)
		}
	}
}

// TestBedBesideTraining: a bed asked (lodging) beside a training asked is
// the centre's foyer — the need the training, no danger —; asked alone or
// beside a job, it is a person with no roof; sleeping outside told is a
// danger whatever else is asked.
func TestBedBesideTraining(t *testing.T) {
	rd := plainReader(t)
	for _, tt := range []struct {
		q          string
		need       string
		distressed bool
	}{
		{"je cherche une formation en soudure a bamako avec un endroit pour dormir", seeds.NeedTraining, false},
		{"je veux apprendre la mecanique a bamako, ya un endroit pour dormir ?", seeds.NeedTraining, false},
		{"je viens d'arriver a bamako, ou dormir ce soir ?", seeds.NeedProtection, true},
		{"expulsé du Maroc, je cherche un endroit pour dormir et du travail à Bamako", seeds.NeedProtection, true},
		{"je dors dehors, je veux une formation en soudure", seeds.NeedProtection, true},
		// a bed asked by one who tells no roof soon is their danger
		{"Mon frère ne veut plus m'héberger à partir de demain. Après, je veux faire une formation en mécanique. Où dormir d'abord ?", seeds.NeedProtection, true},
		// a danger told before a sentence that asks "aussi" is asked too
		{"Mon oncle chez qui je logeais m'a dit de partir ce soir et je n'ai pas d'argent. Je voudrais aussi apprendre un métier. Je suis à Bamako.", seeds.NeedProtection, true},
		// and so is one told in the story when it is a roof lost
		// (story_signs.tsv shelter), the trade beside it (Beside)
		{"Mon oncle chez qui je logeais m'a dit de partir ce soir. Je voudrais apprendre un métier. Je suis à Bamako.", seeds.NeedProtection, true},
	} {
		q := rd.Understand(tt.q)
		if q.Need != tt.need || q.Distressed != tt.distressed {
			t.Errorf("Understand(%q) = need %q, distressed %v (%v), want %q, %v", tt.q, q.Need, q.Distressed, q.Distress, tt.need, tt.distressed)
		}
	}
}

// TestToldDangerWidely: dangers told in everyday words, Bambara and
// French — deceived with a promise, a passport in Bambara spelling taken,
// unable to come back, knowing no one where one is, left there or left
// alone — are read as their
// signs; the same words of another sense are not.
func TestToldDangerWidely(t *testing.T) {
	rd := plainReader(t)
	for _, tt := range []struct {
		q, sign string
	}{
		{"u ye n lafili ko baara bɛ Tunizi", "trafficking"},
		{"cɛ dɔ ye n balimamuso lafili ko baara bɛ Alizeri", "trafficking"},
		{"u ye n ka pasipɔri minɛ", "papers_kept"},
		// A spelling the lexicon lists beside its word serves the danger
		// as it serves the things out of scope (pasiporo, pasipɔri).
		{"n patoron ye n ka pasiporo ta, n bɛ Bamakɔ", "papers_kept"},
		{"elle n'a plus de papiers, elle dort dehors", "papers_lost"},
		{"on m'a tout pris même ma carte d'identité, je suis à Gao", "papers_kept"},
		{"on dort dans une école à Gao avec les enfants", "shelter"},
		{"on vit sous des bâches à Sévaré avec les enfants", "shelter"},
		{"Nous sommes déplacés de Douentza, on n'a plus de vivres", "displaced"},
		{"slt jsui refugie a mopti pa de papie aidez moi", "displaced"},
		{"slt jsui refugie a mopti pa de papie aidez moi", "papers_lost"},
		{"cette femme ne la laisse plus sortir ni nous appeler", "confined"},
		{"une femme qui lui promettait un travail de ménagère", "trafficking"},
		{"a te se ka bo a te se ka an wele", "confined"},
		{"n fa dɔgɔcɛ ko n ka bɔ a ka so, wari tɛ n bolo", "shelter"},
		{"on ma pri mon pasepor o maroc, jsui a bko san ryen", "papers_kept"},
		{"ne ka pasipori tununa maroc, n seginna bamako", "papers_lost"},
		// Left behind where one was (tora, stayed): kept there.
		{"N ka pasipɔri tora Libi, polisiw y'a mina.", "papers_kept"},
		{"n ka sɛbɛnw bɛɛ tora Maroku, n seginna ka bɔ yen", "papers_kept"},
		{"n bɔra Burkina kɛlɛ kosɔn, n bɛ Sikaso", "displaced"},
		{"n bɛ Sikaso, sɛbɛn tɛ n fɛ, baara tɛ n fɛ", "papers_lost"},
		{"n bɛ Agadɛzi, n tɛ se ka segin Mali", "stranded"},
		{"n seginna kolon, n tɛ mɔgɔ si dɔn Bamakɔ", "abandoned"},
		{"je ne connais personne à Bamako, je viens d'arriver de Libye", "abandoned"},
		{"a facɛ y'a to yen ka taa, a si ye san 9 ye", "abandoned"},
		{"n kelenyana Gawo kabini n seginna", "abandoned"},
		{"un garçon de 9 ans est à la gare routière, son père l'a laissé seul", "abandoned"},
		{"u y'a ka wari bɛɛ ta sira kan", "robbed"},
		{"Ne ye loto ta, n ye wari sɔrɔ. N ka wari bɛ ta min?", ""}, // where to keep it
		{"n bɛ miiri ko n ka sa", "suicide"},
		{"kurun binna ji la, n teriw sara", "trauma"},
		{"cɛ dɔ ye n ta ka n kɛ jɔn ye", "trafficking"},
		{"polisi ye n minɛ ka n ka wari bɛɛ ta", "robbed"},
		{"les passeurs nous ont abandonnés dans le desert", "abandoned"},
		{"le passeur est parti avec notre argent, on est à Gao", "robbed"},
		{"mon petit frère est à Gao, on lui demande de l'argent", "threat"}, // extortion, no money asked
		{"ma soeur est en Libye, ils lui demandent de l'argent pour la libérer", "threat"},
		{"la banque lui demande de l'argent comme garantie", ""},
		{"jsui bloke a gao sans argent", "stranded"},
		{"jai pa mangé depui 2 jour", "hunger"},
		{"ma femme et mes enfants sont restés en Libye, je n'ai plus de contact", "family_lost"},
		{"n muso ye kalo 6 kɛ Koweyiti, u t'a bila ka segin", "confined"},
		{"an bɛ Kidal, an tɛ se ka bɔ yen", "stranded"},
		{"pas d argent pour rentrer au pays, je suis a Agadez", "stranded"},
		{"n bɛ Gawo, wari tɛ n bolo ka taa so Kayi", "stranded"},
		{"je veux un crédit pour rentrer dans le commerce", ""},
		{"a to yen, n bɛ taa", ""},           // let it be
		{"n ye lafili kɛ n ka sɛbɛn na", ""}, // an error made
		{"n b'a fɛ ka pasipɔri sɔrɔ", ""},    // a passport asked: out of scope, no danger
		// told in everyday words
		{"mon neveu de 6 ans s est perdu au marché de Sikasso hier", "family_lost"},
		{"mon petit frère est perdu", "family_lost"},
		{"ma fille est perdue depuis hier", "family_lost"},
		{"on ne retrouve plus mon petit frère", "family_lost"},
		{"nous ne retrouvons plus notre fils", "family_lost"},
		{"je ne retrouve plus de travail, mon frère m'aide", ""},
		{"une fille de 8 ans est devant la mosquée, personne ne vient la chercher", "abandoned"},
		{"je n'ai rien, ni famille ni argent a Bamako", "abandoned"},
		{"je viens de rentrer du Niger, ou passer la nuit ?", "lodging"},
		{"il va dormir où ce soir ?", "lodging"},  // the verb before "où"
		{"je loge où à Kayes ?", "lodging"},       // the verb before "où"
		{"un logement ou un travail a Kayes", ""}, // "ou", or: no bed asked
		{"on m'a fait travailler dans les champs sans me payer", "unpaid"},
		{"une formation sans rien payer a Kayes", ""},
		{"ils m'ont renvoyé au Mali sans rien", "expelled"},
		{"l'OIM ne m'a pas pris en charge, qui peut m'aider ?", "unassisted"},
		{"je suis rentré seul de Libye par mes propres moyens", "unassisted"},
		{"un migrant non éligible à l'aide de l'OIM, qui l'aide ?", "unassisted"},
		{"l'OIM m'a ramené du Niger, qui peut m'aider ?", ""},
		{"j'ai payé ma formation par mes propres moyens", ""},
		{"des hommes avec des fusils ont emmené mon fils", "threat"},
		{"denmisɛnkɛ dɔ bɛ yan, a si ye san 10 ye, a somɔgɔ si tɛ yan", "abandoned"},
		{"Den kelenpe dɔ bɛ Gawo, a si ye san 12 ye", "minor_alone"},
		{"n teri sara kungokolon kɔnɔ", "trauma"},
		{"u ma n sara kalo saba", "unpaid"},
		{"musow bɛ feere Alizeri", "sold"},
		{"n bɛ sunɔgɔ min bi su?", "lodging"},
		{"den kelenpe tungarankɛ Mɔti", "minor_alone"},
		// bandits: robbers by name (French), the doers of a perfective (Bambara)
		{"des bandits nous ont tout pris entre Agadez et la frontière", "robbed"},
		{"bandi ye an bosi sira kan, n bɛ Gawo sisan", "robbed"},
		{"bandiw ye n bugɔ Nijɛri", "robbed"},
		{"u ye an ka wari ni an ka sɛbɛnw ta Gawo sira kan", "robbed"}, // money first, then the other thing
		{"binkannikɛlaw ye an bugɔ sira la", "violence"},               // we, as n and a
		{"bandi filimu bɛ n diya, a bɛ tele kan tuma jumɛn?", ""},      // films
		// everything taken from the person, SMS too; costs covered are no theft
		{"on ma tout pri en algerie, jsui a gao sans rien", "robbed"},
		{"l'etat a tout pris en charge pour la formation ?", ""},
		// a body's part lost is a disability, as handicapé is
		{"mon frère a perdu une jambe dans le désert, qui peut l'accompagner ?", "illness"},
		{"il a été amputé du bras en Libye", "illness"},
		{"u ye n ka pasipɔri ni n ka wari ta, n bɛ Kayi", "robbed"}, // two things taken
		// a danger denied (ne, ni) is none; a lack after ne is the danger
		{"personne ne m'a volé ni frappé, je veux apprendre la soudure", ""},
		{"on ne m'a ni volé ni frappé", ""},
		{"on ne m'a pas payé pendant 8 mois", "unpaid"},
		{"ils m'ont volé et frappé à Gao", "robbed"},
		// a thing sold to the person is named after the verb; a person sold is not
		{"un garagiste m'a vendu une voiture avec des faux papiers, je fais comment ?", ""},
		{"un homme nous a vendu des contrats de travail au Portugal", ""},
		{"mon oncle m'a vendu à un patron en Libye", "sold"},
		{"ils nous ont vendus aux trafiquants en Algérie", "sold"},
		// SMS French glues the pronoun to the auxiliary; a possessive names
		// the thing sold unless a relative follows it
		{"on la vendue a un homme a kayes ma fille de 14 ans", "sold"},
		{"le passeur ma vendu a des arabes", "sold"},
		{"ils lont vendu a un patron", "sold"},
		{"on l'a vendue sa fille, elle a 12 ans", "sold"},
		{"combien on la vendue ta moto djakarta a kayes ?", ""},
		{"il l'a vendu son champ pour payer le voyage", ""},
		// one gone is one's own people's (a relative, a child), not a seller's
		{"mon cousin a disparu en Libye depuis 2024", "family_lost"},
		{"je cherche ma famille disparue en route vers l'Europe", "family_lost"},
		{"le vendeur a disparu, je peux récupérer mon argent ?", ""},
		{"la présidente de la tontine a disparu avec l'argent", ""},
		// no money and home to go back to: stranded; not a business entered
		{"je n'ai plus d'argent et je veux rentrer chez moi", "stranded"},
		{"pas d argent pour continuer ni pour rentrer", "stranded"},
		{"je n'ai pas d'argent, je veux rentrer dans le commerce", ""},
		// a person alone where one is; an action done alone tells no danger
		{"je suis tout seul, comment faire", "minor_alone"},
		{"il est resté toute seule à la maison depuis hier", "minor_alone"},
		{"je me retrouve tout seul a bamako", "minor_alone"},
		{"comment réparer mon vélo tout seul", ""},
		{"je veux apprendre à coudre toute seule à la maison", ""},
	} {
		q := rd.Understand(tt.q)
		if tt.sign == "" && len(q.Distress) > 0 || tt.sign != "" && !slices.Contains(q.Distress, tt.sign) {
			t.Errorf("Understand(%q) = distress %v, want %q", tt.q, q.Distress, tt.sign)
		}
	}
}

// TestSmugglerTold: a smuggler told (journey.tsv: a migrant's journey) makes
// the danger beside it stand; a smuggler asked for stays out of scope.
func TestSmugglerTold(t *testing.T) {
	rd := plainReader(t)
	if q := rd.Understand("les passeurs nous ont abandonnés dans le desert"); !q.Endangered {
		t.Errorf("a smuggler told: endangered %v (%v, out of scope %v), want true", q.Endangered, q.Distress, q.OutOfScope)
	}
	if q := rd.Understand("je cherche un passeur pour aller en Europe"); q.Endangered || len(q.OutOfScope) == 0 {
		t.Errorf("a smuggler asked: endangered %v, out of scope %v; want false, irregular_travel", q.Endangered, q.OutOfScope)
	}
}

// TestProgrammeInDanger: a programme named inside the words of a danger
// told is the story, so the danger stands; a programme asked still asks.
func TestProgrammeInDanger(t *testing.T) {
	rd := plainReader(t)
	if q := rd.Understand("ce migrant n'est pas éligible au programme de retour de l'OIM, qui l'aide ?"); q.Programmes || !q.Endangered {
		t.Errorf("a programme told in a danger: programmes %v, endangered %v (%v), want false, true", q.Programmes, q.Endangered, q.Distress)
	}
	if q := rd.Understand("quel programme aide les migrants expulsés ?"); !q.Programmes {
		t.Errorf("a programme asked: programmes %v, want true", q.Programmes)
	}
}

// TestChildFound: a child no one's own (named with an indefinite) told to
// be somewhere since hours or days is a child alone (found), answered with
// child protection when nothing else is asked; the writer's own child, an
// age told alone, years, or a training asked are not.
func TestChildFound(t *testing.T) {
	rd := plainReader(t)
	for _, tt := range []struct {
		q          string
		found      bool
		distressed bool
	}{
		{"un garçon de 9 ans est à la gare routière depuis hier", true, true},
		{"une fillette de 7 ans est assise au marché depuis ce matin", true, true},
		{"un enfant de 12 ans dort devant la mosquée depuis trois jours", true, true},
		{"une fillette de 5 ans est devant notre boutique depuis midi", true, true},
		{"denmisɛn dɔ bɛ mobili jiginyɔrɔ la kabini tile fila", true, true},
		{"denmisɛnkɛ dɔ bɛ mobili jiginyɔrɔ la kabini kunu, a si ye san 9 ye", true, true},
		{"denmisen do be gare la kabini su, a si ye san 10 ye. jon ka kan ka wele?", true, true},
		{"mon frère a 15 ans", false, false},
		{"mon fils de 10 ans est à l'école depuis ce matin", false, false},
		{"je suis à la gare routière depuis hier avec mes deux enfants de 5 et 8 ans", false, false},
		{"un garçon de 15 ans déscolarisé depuis 2 ans veut apprendre la mécanique", false, false},
		{"n denkɛ si ye san 10 ye, a bɛ lakɔli la kabini sɔgɔma", false, false},
	} {
		q := rd.Understand(tt.q)
		if got := slices.Contains(q.Distress, "found"); got != tt.found || q.Distressed != tt.distressed {
			t.Errorf("Understand(%q) = distress %v, distressed %v; want found %v, distressed %v", tt.q, q.Distress, q.Distressed, tt.found, tt.distressed)
		}
	}
}

// TestChildTaken: armed men, or a threat, told of a child taken away
// (taken.tsv) or with them are an armed group (recruitment); armed men who
// burnt a village a family fled, or a grown person taken, stay a threat.
func TestChildTaken(t *testing.T) {
	rd := plainReader(t)
	for _, tt := range []struct {
		q, sign string
	}{
		{"des hommes avec des fusils ont emmené mon fils de 14 ans pour se battre avec eux", "armed_group"},
		{"Des hommes armés sont venus au village et ont pris les garçons de 15 ans", "armed_group"},
		{"marifatigiw ye n denkɛ minɛ ka taa n'a ye kungo kɔnɔ, a si ye san 14 ye", "armed_group"},
		{"marifatigiw nana an ka dugu la ka kamalenninw minɛ, Mɔpti", "armed_group"},
		{"n denkɛ tun bɛ marifatigiw fɛ kungo kɔnɔ, a si ye san 16 ye", "armed_group"},
		{"an ye musow ni denmisɛnw ye, marifatigiw y'an ka dugu jeni, an bolila ka na Bankasi", "threat"},
		{"des hommes armés ont emmené mon mari", "threat"},
		{"des bandits armés ont pris notre argent, mon fils de 8 ans pleure", "threat"}, // money taken
		{"marifatigiw ye an ka wari minɛ, n denkɛ si ye san 8 ye", "threat"},
	} {
		q := rd.Understand(tt.q)
		if !slices.Contains(q.Distress, tt.sign) || tt.sign == "threat" && slices.Contains(q.Distress, "armed_group") {
			t.Errorf("Understand(%q) = distress %v, want %q", tt.q, q.Distress, tt.sign)
		}
	}
}

// TestChildWorkIsNoJob: a verb of work that tells a child's harmful work
// ("des enfants qui travaillent dans les mines d'or") asks no job; a grown
// person's work there, or a job asked beside, keeps its need.
func TestChildWorkIsNoJob(t *testing.T) {
	rd := plainReader(t)
	for _, tt := range []struct {
		q   string
		job bool
	}{
		{"Je suis conseillère à Kayes, quel projet a aidé les enfants qui travaillent dans les mines d'or ?", false},
		{"une fillette de 12 ans travaille comme bonne chez des gens à Bamako", false},
		{"mon frère de 25 ans travaille dans une mine d'or, il cherche un autre travail", true},
	} {
		q := rd.Understand(tt.q)
		if got := q.Need == seeds.NeedJob; got != tt.job {
			t.Errorf("Understand(%q) = need %q, want a job %v", tt.q, q.Need, tt.job)
		}
	}
}

func TestCollective(t *testing.T) {
	rd := plainReader(t)
	for _, c := range []struct {
		question   string
		collective bool
	}{
		{"Nous sommes un groupement de femmes à Ségou, on veut du crédit", true},
		{"notre coopérative agricole veut une formation en gestion", true},
		{"Groupement de jeunes éleveurs à Mopti : on veut un financement", true},
		{"Conseillère EOJ : une association de femmes de Mopti veut se former", true},
		{"on est une petite association de couturières à Kayes, qui finance ?", true},
		{"An ye musow ka tɔn ye Segu, an b'a fɛ ka juru sɔrɔ", true},
		{"an ka jɛkulu bɛ Kayi, an mago bɛ wari la", true},
		{"an ka fɔri bɛ Sikaso, an b'a fɛ ka jagokun sɔrɔ", true},
		// a group sought, or named as a place, is no group asking
		{"on est une dizaine de migrants à Kidal, ya une association qui aide les migrants ici?", false},
		{"je cherche une coopérative qui achète le karité à Sikasso", false},
		{"je suis une femme commerçante, je veux un crédit", false},
		{"je travaille pour une association qui aide les enfants, je veux un crédit", false},
		{"n ye muso jagokela ye, n mago be juru la", false},
	} {
		if got := rd.Understand(c.question).Collective; got != c.collective {
			t.Errorf("Understand(%q).Collective = %v, want %v", c.question, got, c.collective)
		}
	}
}

// TestUnschooled: the school diploma or school told lacked, after a word of
// lack or of an exam failed, in its sentence (in Bambara, before tɛ too);
// reading or writing told lacked, or a word of one who cannot read, tells
// both Unschooled and Unlettered, and so does reading as the trade a
// request to learn names; in Bambara only its own words of lack count.
func TestUnschooled(t *testing.T) {
	rd := plainReader(t)
	for _, c := range []struct {
		question               string
		unschooled, unlettered bool
	}{
		{"mon fils a 16 ans, il a pas eu le DEF, il veut apprendre l'électricité", true, false},
		{"Un jeune de 17 ans sans DEF veut faire la soudure à Kayes", true, false},
		{"j'ai 16 ans, je n'ai pas de diplôme, je veux apprendre la menuiserie", true, false},
		{"elle a échoué au DEF deux fois, elle veut apprendre la couture", true, false},
		{"il n'a pas fini le fondamental, il veut apprendre la plomberie", true, false},
		{"ma fille n'est jamais allée à l'école, elle veut apprendre la teinture", true, false},
		{"sans niveau scolaire on peut apprendre la soudure ?", true, false},
		{"je ne sais ni lire ni écrire, je veux apprendre la couture", true, true},
		{"un jeune analphabète veut apprendre la cordonnerie", true, true},
		{"n denkɛ ma taa lakɔli la, a b'a fɛ ka mobili dilan dege", true, false},
		{"n tɛ se ka sɛbɛnni kɛ, n b'a fɛ ka nɛgɛ baara dege", true, true},
		// reading asked to learn
		{"je veux apprendre à lire et à écrire", true, true},
		{"apprendre à lire et écrire pour les grands a Kayes", true, true},
		// the diploma held, or lacked in another sentence; reading asked of no learning
		{"j'ai le DEF, je veux apprendre l'électricité", false, false},
		{"j'ai mon DEF. Je ne sais pas où apprendre la soudure", false, false},
		{"je veux apprendre la couture, je n'ai pas d'argent", false, false},
		{"quelle sourate lire avant un examen", false, false},
		// Bambara n is "I", no French ne
		{"n bɛ jɛgɛmara kalan fɛ", false, false},
		// in Bambara: ma or tɛ before it, tɛ right after it
		{"n ma DEF sɔrɔ, n b'a fɛ ka baara dege Kayi", true, false},
		{"dipilomu tɛ n bolo, n b'a fɛ ka kalali dege Bamakɔ", true, false},
		{"n ma lakɔli kɛ, n b'a fɛ ka mobili dilan dege", true, false},
		{"n ye DEF sɔrɔ, n b'a fɛ ka kuran baara dege", false, false},
		{"wari tɛ n bolo, n b'a fɛ ka kalali dege", false, false},
	} {
		q := rd.Understand(c.question)
		if q.Unschooled != c.unschooled || q.Unlettered != c.unlettered {
			t.Errorf("Understand(%q): Unschooled %v Unlettered %v, want %v %v", c.question, q.Unschooled, q.Unlettered, c.unschooled, c.unlettered)
		}
	}
}

// TestShort: a course wanted short (short.tsv) is told (Query.Short) and
// its words are no topics, but the words of the fiches' own phrases for
// short courses ("courte"); a duration asked or told otherwise is not.
func TestShort(t *testing.T) {
	rd := testReader(t, words{"court": 3, "courte": 3, "courtes": 3, "long": 2, "longtemps": 1, "couture": 3, "electricite": 5})
	for _, c := range []struct {
		question string
		short    bool
		topics   []string
	}{
		{"une formation de 3 ans c trop long pour moi, ya plus court en couture a bamako ?", true, []string{"couture"}},
		{"bjr ya formation en froid clim ki dure pa lgtmp a bko", true, nil},
		{"je veux une formation courte en électricité", true, []string{"courte", "electricite"}},
		{"le CAP dure combien de temps ?", false, nil},
		{"je veux apprendre la couture à Kayes", false, []string{"couture"}},
	} {
		q := rd.Understand(c.question)
		if q.Short != c.short {
			t.Errorf("Understand(%q).Short = %v, want %v", c.question, q.Short, c.short)
		}
		for _, w := range []string{"long", "longtemps", "lgtmp", "trop"} {
			if slices.Contains(q.Topics(), w) {
				t.Errorf("Understand(%q): topic %q, a duration wanted", c.question, w)
			}
		}
		for _, w := range c.topics {
			if !slices.Contains(q.Topics(), w) {
				t.Errorf("Understand(%q): topics %v, want %q among them", c.question, q.Topics(), w)
			}
		}
	}
}

// TestShortTrade: a short trade wanted ("un métier court, la soudure") is
// a short course (Query.Short) whose trade asked is the one named after
// the word of trades in general, past the words of the constraint and a
// place; "court" is no topic, as no fiche's phrase for short courses says it.
func TestShortTrade(t *testing.T) {
	rd := testReader(t, words{"court": 3, "metier": 5, "soudure": 4, "plomberie": 3})
	for _, question := range []string{
		"je veux apprendre un métier court, la soudure",
		"apprendre un metier court a segou, la soudure peut etre",
	} {
		q := rd.Understand(question)
		if !q.Short {
			t.Errorf("Understand(%q).Short = false, want true", question)
		}
		if slices.Contains(q.Topics(), "court") {
			t.Errorf("Understand(%q): topic court, a duration wanted", question)
		}
		heads := 0
		for _, term := range q.Terms {
			if term.Head && term.Variants[0] != "soudure" {
				t.Errorf("Understand(%q): head %q, want soudure", question, term.Variants[0])
			}
			if term.Head {
				heads++
			}
		}
		if heads == 0 {
			t.Errorf("Understand(%q): no trade asked, want soudure", question)
		}
	}
}

// TestDiplomaTold: a school diploma a Bambara message tells lacked before
// a word of wanting or learning is no thing asked (a Story term); lacked
// with nothing else wanted it stays asked, read through its gloss.
func TestDiplomaTold(t *testing.T) {
	rd := plainReader(t)
	for _, c := range []struct {
		question string
		role     Role
	}{
		{"n ma DEF soro, n b'a fe ka baara dege kayi", Story},
		{"dipilomu tɛ n bolo, n b'a fɛ ka kalali dege Bamakɔ", Story},
		{"dipilomu te n bolo nka n be baara nyini bamako", Story},
		{"dipilomu tɛ n bolo. n bɛ se k'a sɔrɔ min?", Topic},
	} {
		q := rd.Understand(c.question)
		i := slices.IndexFunc(q.Terms, func(term Term) bool {
			return slices.ContainsFunc(term.Variants, func(v string) bool { return v == "def" || v == "dipilomu" || v == "diplôme" })
		})
		if i < 0 || q.Terms[i].Role != c.role {
			t.Errorf("Understand(%q): the diploma's term is not %v (%v)", c.question, c.role, q.Terms)
		}
	}
}

// TestChildrenJoinedToGrown: children joined to a grown person by a word of
// alongside.tsv are that person's company, no child alone; children named
// alone, or beside a grown person not joined to them, are children.
func TestChildrenJoinedToGrown(t *testing.T) {
	rd := plainReader(t)
	for _, c := range []struct {
		question string
		child    bool
	}{
		{"des femmes et des enfants dorment dehors à Ansongo", false},
		{"musow ni denmisenw be sunogo kenema gao", false},
		{"les enfants et les femmes n'ont rien à manger à Gao", false},
		{"des enfants dorment dehors à Ansongo", true},
		{"un homme bat un enfant dans la rue à Gao", true},
	} {
		if q := rd.Understand(c.question); (q.Age == AgeChild) != c.child {
			t.Errorf("Understand(%q).Age = %v, want child %v", c.question, q.Age, c.child)
		}
	}
}

// TestPapersLackedNotAsked: papers told not had in a danger, in one's
// hand or with one, are the story, no part asked; asked, they are.
func TestPapersLackedNotAsked(t *testing.T) {
	rd := plainReader(t)
	for q, asked := range map[string]string{
		"n bɔra Burkina kɛlɛ kosɔn, n bɛ Sikaso, sɛbɛn tɛ n fɛ, baara tɛ n fɛ":   "",
		"n bɔra Burkina kɛlɛ kosɔn, n bɛ Sikaso, sɛbɛn tɛ n bolo, baara tɛ n fɛ": "",
		"sɛbɛn jumɛn bɛ n fɛ ka don CFP la?":                                     AskConditions,
	} {
		if got := rd.Understand(q).Asked; got != asked {
			t.Errorf("Understand(%q).Asked = %q, want %q", q, got, asked)
		}
	}
}

// TestGrown: a protection message tells of a grown person by an age of 18
// or more, a spouse or a noun of grown.tsv, and never when it tells of a
// child or of no one's age.
func TestGrown(t *testing.T) {
	rd := plainReader(t)
	for _, c := range []struct {
		question string
		grown    bool
	}{
		{"j ai 19 ans, on m a ramene du Niger sans rien, je dors dehors a Bamako", true},
		{"ma tante a ete trompee par un reseau, envoyee en arabie saoudite", true},
		{"je suis une femme rentrée d'Algérie, mon mari me frappe", true},
		{"n ye muso ye, n seginna ka bɔ Libi, n cɛ bɛ n gosi", true},
		{"n kɔrɔkɛ si ye san 30 ye, u y'a feere Libi", true},
		{"n cɛ sara, n b'a fɛ ka couture kalan Bamakɔ", true}, // my husband (bm/spouses.tsv after a pronoun)
		{"a cɛ tɛ baara sɔrɔ, a bɛ wari ɲini", true},
		// a child, or no one's age
		{"une femme avec sa fille de 12 ans sont bloquées à Gao", false},
		{"ma petite soeur a ete vendue, elle est a koulikoro", false},
		{"n dɔgɔkɛ taara Libi, kunnafoni si tɛ", false},
		{"Mon frère de 17 ans est bloqué à Agadez", false},
		{"cɛ dɔ ye n dɔgɔkɛ minɛ Kayi", false},           // a man, no one's husband
		{"mon frère a ce problème, il est à Gao", false}, // French "a ce": no Bambara husband
	} {
		if q := rd.Understand(c.question); q.Grown != c.grown {
			t.Errorf("Understand(%q).Grown = %v, want %v (age %v, years %d)", c.question, q.Grown, c.grown, q.Age, q.Years)
		}
	}
}

// TestAdult: a grown person is one Grown, or told an age of majority or
// more beside a child; no age nor grown word told is no adult.
func TestAdult(t *testing.T) {
	for _, c := range []struct {
		q    Query
		want bool
	}{
		{Query{Grown: true}, true},
		{Query{Years: MinorAge}, true},
		{Query{Years: 45, Age: AgeChild}, true},
		{Query{Years: MinorAge - 1, Age: AgeChild}, false},
		{Query{Age: AgeAdult}, false},
	} {
		if got := c.q.Adult(); got != c.want {
			t.Errorf("%+v.Adult() = %v, want %v", c.q, got, c.want)
		}
	}
}

// TestBesideDanger: a danger urgent where the message asks another need
// of its own keeps the answer a protection one and says that need
// (Beside), even when the danger's words point to protection more ("n be
// sunogo kenema"); BesideDanger is that need's question, without the
// danger's Bambara words. A danger alone, someone to listen asked, or a
// sign no urgency asks no other need beside it.
func TestBesideDanger(t *testing.T) {
	rd := plainReader(t)
	for _, tt := range []struct{ q, beside string }{
		{"mon oncle m'a chassé de la maison à Kayes, je n'ai pas d'argent. Je veux apprendre la soudure", seeds.NeedTraining},
		{"n be sunogo kenema bamako, n b'a fe ka baara soro", seeds.NeedJob},
		{"On m'a vendue à une famille à Bamako comme bonne. Je veux partir et trouver un vrai travail.", seeds.NeedJob},
		{"n facɛ ye n gɛn ka bɔ so kɔnɔ Kayi, n b'a fɛ ka sudelikɛ dege", seeds.NeedTraining},
		{"Je n'ai nulle part où dormir ce soir à Kayes. Je voudrais aussi un petit crédit pour vendre des condiments", seeds.NeedFinance},
		{"je dors dehors à Bamako, aidez moi", ""},
		{"n cɛ bɛ n gosi, n bɛ Segu, n ka kan ka mun kɛ?", ""},
		{"je suis rentré de Libye, je fais des cauchemars, je veux parler à quelqu'un et apprendre un métier", ""},
		{"je suis handicapé, je veux apprendre l'informatique à Bamako", ""},
	} {
		q := rd.Understand(tt.q)
		if q.Beside != tt.beside || tt.beside != "" && (!q.Distressed || q.Need != seeds.NeedProtection) {
			t.Errorf("Understand(%q) = beside %q, need %q, distressed %v; want beside %q", tt.q, q.Beside, q.Need, q.Distressed, tt.beside)
			continue
		}
		b := q.BesideDanger()
		if tt.beside == "" {
			if b.Need != q.Need || b.Distressed != q.Distressed {
				t.Errorf("%q: BesideDanger changed a question that asks nothing beside", tt.q)
			}
			continue
		}
		if b.Need != tt.beside || b.Distressed || slices.ContainsFunc(b.Terms, func(t Term) bool { return t.Need == seeds.NeedProtection }) {
			t.Errorf("%q: BesideDanger = need %q, distressed %v, terms %v", tt.q, b.Need, b.Distressed, b.Terms)
		}
	}
}

// TestKin: a message names a relative (relatives.tsv), whoever asks.
func TestKin(t *testing.T) {
	rd := plainReader(t)
	for q, kin := range map[string]bool{
		"et pour ma sœur ? elle a 16 ans":         true,
		"et mon cousin qui est encore en Libye ?": true,
		"et pour mon frère ? il a 15 ans":         true,
		"n dɔgɔkɛ dun? a ye san 12 ye":            true,
		"n ye muso ye, n cɛ bɛ n gosi":            false,
		"j'ai 19 ans, ma patronne ne me paie pas": false,
		"je veux apprendre la couture a bamako":   false,
	} {
		if got := rd.Understand(q).Kin; got != kin {
			t.Errorf("Understand(%q).Kin = %v, want %v", q, got, kin)
		}
	}
}

// TestAboutTheBot: a question about who or what answers is answered
// plainly, whatever greets it; asking for a person stays the counsellor,
// and a question about the bot beside a thing asked is a search.
func TestAboutTheBot(t *testing.T) {
	rd := testReader(t, words{"couture": 3})
	tests := []struct {
		q      string
		intent Intent
	}{
		{"tu es un robot ?", About},
		{"tu es un humain ou un robot ?", About},
		{"tu es une vraie personne ?", About},
		{"bonjour, vous êtes un robot ?", About},
		{"qui t'a créé ?", About},
		{"i tɔgɔ ye di?", About},
		{"i ye jɔn ye?", About},
		{"je veux parler à un humain", Counsellor},
		{"parler a une vraie personne", Counsellor},
		{"tu es un robot ? je cherche la couture", Search},
		{"bjr cv? tu es un homme ou une machine", About}, // "cv" after a greeting: ça va (sms.tsv)
		{"cc cv? t'es un vrai humain ou une IA ?", About},
		{"slt cv ? tu t appelles comment", About},
		{"c'est qui qui répond ici, une personne ou un ordinateur ?", About},
	}
	for _, tt := range tests {
		if q := rd.Understand(tt.q); q.Intent != tt.intent {
			t.Errorf("Understand(%q) = intent %q, want %q", tt.q, q.Intent, tt.intent)
		}
	}
}
