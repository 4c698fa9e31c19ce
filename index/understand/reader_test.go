package understand

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"

	"sira/index/analysis"
	"sira/index/fold"
	"sira/index/lang"
	"sira/index/lexicon"
	"sira/seeds"
)

// words is a Vocabulary of a few fiches: how many of ten hold each word.
type words map[string]int

func (w words) Holds(s string) bool  { return w[fold.String(s)] > 0 }
func (w words) Common(s string) bool { return w[fold.String(s)] > 5 }
func (w words) Rare(s string) bool   { return w[fold.String(s)] <= maxNameDF }
func (w words) Related(string) []string {
	return nil
}

// maxNameDF is the test vocabulary's rare: as many fiches as the index's.
const maxNameDF = 3

// testReader reads questions without a bleve index: the shipped language
// files and lexicon, and a Vocabulary of a few words.
func testReader(t *testing.T, corpus Vocabulary) *Reader {
	t.Helper()
	return fichesReader(t, corpus, nil)
}

// fichesReader is testReader with fiches to learn the names and words of.
func fichesReader(t *testing.T, corpus Vocabulary, fiches []*seeds.Fiche) *Reader {
	t.Helper()
	d, a := shippedAnalyzers(t)
	rd, err := New(NewLanguage(d, lexicon.Default()), a, corpus, fiches)
	if err != nil {
		t.Fatal(err)
	}
	return rd
}

// shippedAnalyzers are the shipped language data and the question
// analyzers made from it.
func shippedAnalyzers(t *testing.T) (*lang.Data, Analyzers) {
	t.Helper()
	d, err := ShippedLang()
	if err != nil {
		t.Fatal(err)
	}
	m := bleve.NewIndexMapping()
	if err := analysis.Define(m, analysis.ResourcesOf(d, lexicon.Default())); err != nil {
		t.Fatal(err)
	}
	return d, Analyzers{Bambara: m.AnalyzerNamed(analysis.BambaraAnalyzer), French: m.AnalyzerNamed(analysis.QuestionFrenchAnalyzer)}
}

// plainReader is a reader whose fiches hold no word: for the language's
// mechanisms alone.
func plainReader(t *testing.T) *Reader { return testReader(t, words{}) }

// shippedFiches are the shipped fiches, for fichesReader.
func shippedFiches(t *testing.T) []*seeds.Fiche {
	t.Helper()
	fiches, err := seeds.Load(seeds.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	var fs []*seeds.Fiche
	for i := range fiches {
		fs = append(fs, &fiches[i])
	}
	return fs
}

// roles groups a query's terms by role: the first variant of each.
func roles(q Query) map[Role][]string {
	out := map[Role][]string{}
	for _, t := range q.Terms {
		out[t.Role] = append(out[t.Role], t.Variants[0])
	}
	return out
}

// roleOf is the role of the last term of q whose first variant is word,
// and whether there is one.
func roleOf(q Query, word string) (Role, bool) {
	got, found := Role(0), false
	for _, tm := range q.Terms {
		if tm.Variants[0] == word {
			got, found = tm.Role, true
		}
	}
	return got, found
}

// TestRoles reads sentences into roles, with no bleve index: what is
// asked, what for, where to, who asks, the story, and the need, the place
// and the part of a fiche asked. Each term has one role; the roles not
// listed in a case are not checked.
func TestRoles(t *testing.T) {
	rd := testReader(t, words{"soudure": 2, "couture": 3, "credit": 4, "atelier": 2, "libye": 1, "formation": 8, "elevage": 2,
		"france": 1, "maroc": 1, "cap": 2, "subvention": 3, "boutique": 2, "mecanique": 3, "maison": 2,
		"financement": 7, "offre": 7, "endie": 1, "compresseur": 1})
	tests := []struct {
		q     string
		need  string
		place string
		asked string
		roles map[Role][]string
	}{
		{"ou apprendre la soudure a Kayes", seeds.NeedTraining, "kayes", "",
			map[Role][]string{Topic: {"soudure"}, Who: nil, Story: nil}},
		// The unit a town is named with frames where is asked: no topic.
		{"ou apprendre la soudure dans le cercle de Kita", seeds.NeedTraining, "kita", "",
			map[Role][]string{Topic: {"soudure"}, Context: nil}},
		{"je suis rentré de Libye, je veux apprendre la couture", seeds.NeedTraining, "", "",
			map[Role][]string{Topic: {"couture"}, Who: {"Libye"}}},
		// The region or zone of the town named is where is asked, by the
		// town: no word searched, not even as the frame.
		{"Je vis à San. Il y a des formations dans la région ?", seeds.NeedTraining, "san", "",
			map[Role][]string{Topic: nil, Context: nil, Frame: {"formations"}}},
		{"a Koutiala, koi comme financement dans notre zone ?", seeds.NeedFinance, "koutiala", "",
			map[Role][]string{Topic: nil, Context: {"financement"}, Frame: nil}},
		// A town abroad is its country, read once beside the country's name.
		{"je suis rentré de Sebha, je veux apprendre la couture", seeds.NeedTraining, "", "",
			map[Role][]string{Topic: {"couture"}, Who: {"Libye"}}},
		{"je suis rentré de Sebha en Libye, je veux apprendre la couture", seeds.NeedTraining, "", "",
			map[Role][]string{Topic: {"couture"}, Who: {"Libye"}}},
		{"un crédit pour agrandir mon atelier de couture", seeds.NeedFinance, "", "",
			map[Role][]string{Topic: {"credit"}, Purpose: {"atelier", "couture"}}},
		{"combien coûte la formation en soudure", seeds.NeedTraining, "", AskCost,
			map[Role][]string{Topic: {"soudure"}}},
		{"n b'a fɛ ka kalali dege Segu", seeds.NeedTraining, "segou", "",
			map[Role][]string{Topic: {"couture"}}},
		{"Ma femme vend du pain ou des beignets. Elle cherche un crédit", seeds.NeedFinance, "", "",
			map[Role][]string{Topic: {"credit"}}},
		// A story, then the request: the story's words are read, not asked.
		{"Mon cousin est revenu l'année dernière, il reste à la maison. Il travaille un peu. Il cherche une formation en mécanique", seeds.NeedTraining, "", "",
			map[Role][]string{Topic: {"mecanique"}, Story: {"reste", "maison", "peu"}}},
		// Who asks: what they have done, before the clause that asks.
		{"mon neveu sort du CFP avec un CAP, il veut une subvention", seeds.NeedFinance, "", "",
			map[Role][]string{Topic: {"subvention"}, Who: {"cfp"}, Had: {"cap"}}},
		// A qualification told as had or done, and the trade it names,
		// tell who asks (Had): the request is what follows the want. Not
		// told so, it is asked.
		{"g un BT electricite, ya un fonds pr lancer ma boite", seeds.NeedFinance, "", "",
			map[Role][]string{Had: {"electricite"}, Topic: {"fonds"}}},
		{"une jeune, CAP de couture en poche, veut une subvention", seeds.NeedFinance, "", "",
			map[Role][]string{Topic: {"subvention"}, Had: {"cap", "couture", "poche"}}},
		{"jai fini ma formation en soudure, je veux un credit", seeds.NeedFinance, "", "",
			map[Role][]string{Topic: {"credit"}, Had: {"fini", "soudure"}}},
		{"une subvention apres ma formation en couture", seeds.NeedFinance, "", "",
			map[Role][]string{Topic: {"subvention"}, Had: {"couture"}}},
		{"je veux un CAP en soudure", seeds.NeedTraining, "", "",
			map[Role][]string{Who: nil}},
		// Taking charge said of the partners asked frames the question:
		// what they take charge of is asked.
		{"A Gao, qui s'occupe de la formation en soudure ?", seeds.NeedTraining, "gao", "",
			map[Role][]string{Topic: {"soudure"}}},
		// A subject opened by a first-person possessive, before the want,
		// is the person's own group: who asks.
		{"notre cooperative de femmes veut apprendre la couture", seeds.NeedTraining, "", "",
			map[Role][]string{Topic: {"couture"}, Who: {"cooperative", "femmes"}}},
		{"mon atelier de soudure, je veux un credit", seeds.NeedFinance, "", "",
			map[Role][]string{Topic: {"credit"}}},
		// A need's verb conjugated asks the need, no topic a fiche must
		// hold ("quels programmes financent…": a donor's text saying
		// "financent" is no better answer).
		{"quels programmes financent l'elevage a Kayes", seeds.NeedFinance, "kayes", "",
			map[Role][]string{Topic: {"elevage"}}},
		{"qui pretent aux eleveurs ?", seeds.NeedFinance, "", "",
			map[Role][]string{Topic: {"eleveurs"}}},
		// The words of an amount lacked name no thing asked.
		{"il me manque 2 millions pour mon atelier de soudure", seeds.NeedFinance, "", "",
			map[Role][]string{Topic: nil, Purpose: {"atelier", "soudure"}}},
		// A day, "prochaine" and preparing someone name no thing asked.
		{"je commence la soudure lundi prochain, qui peut me preparer ?", seeds.NeedTraining, "", "",
			map[Role][]string{Topic: {"soudure"}}},
		// A holder named by the diploma tells it had by itself.
		{"je suis a Kayes, licencié en soudure, je cherche un credit", seeds.NeedFinance, "kayes", "",
			map[Role][]string{Topic: {"credit"}, Had: {"licencie", "soudure"}}},
		{"vous avez une formation en soudure ?", seeds.NeedTraining, "", "",
			map[Role][]string{Topic: {"soudure"}, Who: nil}},
		// Bambara "X don" (I am X) opening a sentence tells who asks; "n tɛ
		// mɔgɔ don" (I know no one) does not.
		{"Sɛnɛkɛla don, n bɛ juru ɲini", seeds.NeedFinance, "", "",
			map[Role][]string{Who: {"agriculteur"}}},
		{"n tɛ mɔgɔ don yan", "", "", "",
			map[Role][]string{Who: nil}},
		// Where to: going abroad is a destination, not a topic.
		{"je veux partir en France pour travailler", seeds.NeedJob, "", "",
			map[Role][]string{Destination: {"France"}, Topic: nil}},
		{"n b'a fɛ ka taa Faransi", "", "", "",
			map[Role][]string{Destination: {"France"}}},
		// A country asked about is a topic.
		{"une bourse d'études au Maroc", "", "", "",
			map[Role][]string{Topic: {"Maroc", "bourse"}}},
		// The words of asking alone frame the question.
		{"aide pour les migrants", "", "", "",
			map[Role][]string{Frame: {"aide migrants"}, Topic: nil}},
		// A past act is context, not what is asked; before the clause
		// that asks, it tells who asks.
		{"je cherche un travail, j'ai quitté l'école", seeds.NeedJob, "", "",
			map[Role][]string{Topic: {"travail"}, Context: {"quitte"}}},
		{"il a quitté l'école, il cherche un travail", seeds.NeedJob, "", "",
			map[Role][]string{Topic: {"travail"}, Who: {"quitte"}}},
		// Bambara: a verb after its object says how, the object what.
		{"n b'a fɛ ka safune dilan dege", seeds.NeedTraining, "", "",
			map[Role][]string{Topic: {"savon"}, Context: {"réparation"}}},
		// A word of wanting is no topic ("nyini", look for).
		{"n be baara nyini Kayi", seeds.NeedJob, "kayes", "",
			map[Role][]string{Topic: {"travail"}}}, // the phrase baara ɲini, as "je cherche du travail"
		// A service asked that serves any trade, too common to be a
		// topic, is what is asked (search: covered by the fiches serving
		// its need); the thing it is for is the purpose.
		{"je voudrais un financement pour acheter un compresseur", seeds.NeedFinance, "", "",
			map[Role][]string{Topic: {"financement"}, Purpose: {"compresseur"}}},
		{"je cherche une formation a Kayes", seeds.NeedTraining, "kayes", "",
			map[Role][]string{Topic: nil}}, // a training is for a trade: no topic alone
		// An elided word glued to the next ("demploi") is read as two;
		// not inside a word that merely ends like a rare one ("mendie").
		{"je cherche une offre demploi a Bamako", seeds.NeedJob, "bamako", "",
			map[Role][]string{Topic: {"emploi"}}},
		// A skills assessment is the job firms' service (RMO, BR
		// Consulting), as a CV is: the trade to choose is what it is for.
		{"bilan de competences pr savoir quel metier choisir", seeds.NeedJob, "", "",
			map[Role][]string{Topic: {"bilan", "competences"}}},
		{"elle mendie au marche", seeds.NeedProtection, "", "",
			map[Role][]string{Topic: {"mendie", "marche"}}},
		// Money taken, told in the past passive (mìnɛ, -na):
		// a theft, not money asked.
		{"n ka wari bɛɛ minɛna sira kan, n bɛ Gawo", seeds.NeedProtection, "gao", "",
			map[Role][]string{}},
		// A parent asks for a child in the subjunctive: the verb of
		// learning or going frames the request, the trade is asked.
		{"je voudrais qu'il apprenne la couture", seeds.NeedTraining, "", "",
			map[Role][]string{Topic: {"couture"}}},
		{"ma mère ne veut plus que je parte, je cherche une formation en soudure", seeds.NeedTraining, "", "",
			map[Role][]string{Topic: {"soudure"}}},
		// A "stage" is a work placement: a job is asked.
		{"ou faire un stage pro apres mon bts", seeds.NeedJob, "", "",
			map[Role][]string{}},
		// A father, a mother are people of the story, as a nephew is.
		{"mon père est mort, je veux reprendre son atelier de couture, il me faut un crédit", seeds.NeedFinance, "", "",
			map[Role][]string{Who: {"mort"}}}, // "père" says no one who asks
		// Time and "près" name no thing asked.
		{"depuis trois semaines je cherche une formation en soudure pres de Kayes, en meme temps", seeds.NeedTraining, "kayes", "",
			map[Role][]string{Topic: {"soudure"}}},
		// Words of time ("aujourd'hui", "en ce moment", "ces dernières
		// années") and "presque" name no thing asked.
		{"aujourd'hui en ce moment je cherche presque partout une formation en soudure", seeds.NeedTraining, "", "",
			map[Role][]string{Topic: {"soudure"}}},
		{"quels projets ont financé la formation en soudure ces dernières années", seeds.NeedTraining, "", "",
			map[Role][]string{Topic: {"soudure"}}},
		// Where the person lives names no thing asked.
		{"j'habite a Kayes, je fais un peu de couture", seeds.NeedTraining, "kayes", "",
			map[Role][]string{Topic: {"couture"}}},
		// A want negated tells the story: it asks nothing.
		{"Mon fils a quitté l'école. Il ne veut pas retourner à l'école. Il cherche une formation en soudure", seeds.NeedTraining, "", "",
			map[Role][]string{Topic: {"soudure"}}},
		// A noun of asking for a way names no thing ("des pistes ?").
		{"je cherche un credit, quelles options ou des pistes ?", seeds.NeedFinance, "", "",
			map[Role][]string{Topic: {"credit"}}},
		// Nor does a noun of a body that helps ("quels acteurs ?", as
		// "quels organismes ?").
		{"je cherche un credit, quels acteurs ?", seeds.NeedFinance, "", "",
			map[Role][]string{Topic: {"credit"}}},
		// Words of feeling and judging name nothing (feelings.tsv): "c'est
		// urgent", "une formation rapide", "fatigué de galérer", "il est
		// perdu"; a liking names what is wanted ("il aime la mécanique").
		{"svp c urgent, je veux une formation rapide en soudure", seeds.NeedTraining, "", "",
			map[Role][]string{Topic: {"soudure"}}},
		{"jsui fatigue de galerer, je regrette tout, je cherche un credit", seeds.NeedFinance, "", "",
			map[Role][]string{Topic: {"credit"}, Who: nil}},
		{"Mon frère est revenu, il est perdu. Il aime la mécanique. Où se former ?", seeds.NeedTraining, "", "",
			map[Role][]string{Topic: {"mecanique"}, Story: nil}},
		{"Ma sœur est à la maison. Elle est passionnée par la couture. Où se former ?", seeds.NeedTraining, "", "", // an adjective of liking
			map[Role][]string{Topic: {"couture"}}},
		{"je voudrais une formation simple en couture, pas trop loin", seeds.NeedTraining, "", "",
			map[Role][]string{Topic: {"couture"}}},
		// "il faudrait" wants; a past want frames; "aucune" is grammar.
		{"il voulait partir, il lui faudrait un credit, aucune banque ne prete", seeds.NeedFinance, "", "",
			map[Role][]string{Topic: {"credit", "banque", "prete"}}},
		// What the person wants before a clause that wants is asked too;
		// what another wants before it tells the story.
		{"je veux qu'il apprenne la couture, il aime la mécanique", seeds.NeedTraining, "", "",
			map[Role][]string{Topic: {"couture", "mecanique"}, Who: nil}},
		{"un client veut une boutique mais il faut un credit", seeds.NeedFinance, "", "",
			map[Role][]string{Topic: {"credit"}, Who: {"client", "boutique"}}},
		// A relative's trade tells who asks when the relative is asked
		// for, the story when the asker wants for themself.
		{"mon frere est mecanicien, je veux qu'il apprenne la couture", seeds.NeedTraining, "", "",
			map[Role][]string{Topic: {"couture"}, Who: {"mecanicien"}, Story: nil}},
		{"mon frere est mecanicien, moi je veux apprendre la couture", seeds.NeedTraining, "", "",
			map[Role][]string{Topic: {"couture"}, Who: nil, Story: {"mecanicien"}}},
		{"n fa ye jagokɛla ye Segu, n b'a fɛ ka baara ɲini Segu", seeds.NeedJob, "segou", "",
			map[Role][]string{Who: nil, Story: {"jagokela"}}},
		{"n fa ye jagokɛla ye Segu, a b'a fɛ ka baara ɲini Segu", seeds.NeedJob, "segou", "",
			map[Role][]string{Story: nil}},
		// A relative the message is about wants as the person does.
		{"mon frere veut une boutique, il faut un credit", seeds.NeedFinance, "", "",
			map[Role][]string{Topic: {"boutique", "credit"}, Who: nil}},
		// A sentence that opens with a noun of learning asks, without a
		// verb, before the clause that wants; a participle of learning
		// tells what was learnt.
		{"formation apiculture, je veux produire du miel", seeds.NeedTraining, "", "",
			map[Role][]string{Topic: {"apiculture", "miel"}, Who: nil}},
		{"cours de couture, je veux coudre des habits", seeds.NeedTraining, "", "",
			map[Role][]string{Topic: {"couture", "coudre"}, Who: nil}},
		{"bonjour, formation couture, je veux coudre des habits", seeds.NeedTraining, "", "",
			map[Role][]string{Topic: {"couture", "coudre"}, Who: nil}},
		{"formé en mécanique moto, je veux du matériel pour ouvrir mon garage", seeds.NeedFinance, "", "", // material to start: goods, financing
			map[Role][]string{Who: {"mecanique", "moto"}}},
		// A known trade is read as written, not as a word one letter away
		// ("aviculteur", a synonym).
		{"formation apiculteur", seeds.NeedTraining, "", "",
			map[Role][]string{Topic: {"apiculteur"}}},
		// Bambara: "n ye X ye" (I am X) tells who asks.
		{"baara be soro Mopti wa, n ye kalanden ye", seeds.NeedJob, "mopti", "",
			map[Role][]string{Who: {"élève"}}},
	}
	for _, tt := range tests {
		q := rd.Understand(tt.q)
		place := ""
		if q.Place != nil {
			place = q.Place.ID
		}
		if q.Need != tt.need || place != tt.place || q.Asked != tt.asked {
			t.Errorf("%q: need %q place %q asked %q, want %q %q %q", tt.q, q.Need, place, q.Asked, tt.need, tt.place, tt.asked)
		}
		got := roles(q)
		for role, want := range tt.roles {
			if !slices.Equal(got[role], want) {
				t.Errorf("%q: %s %q, want %q (all: %v)", tt.q, role, got[role], want, got)
			}
		}
	}
}

// TestHead finds the trade a request to learn names: after a French word
// of learning, past grammar, words of asking, words that name nothing alone
// and an adjective before "en", with its complements and the trades joined
// to it; before a Bambara one, past a verb read with its object. A work
// placement, a quantity, the story name none.
func TestHead(t *testing.T) {
	rd := testReader(t, words{"soudure": 2, "couture": 3, "hotellerie": 1, "mecanique": 3, "tracteur": 2, "courte": 2, "formation": 8,
		"techniques": 7, "coiffure": 2, "informatique": 3, "numerique": 2, "panneaux": 1, "solaires": 1, "diplome": 3, "fonds": 2, "demarrage": 2})
	tests := []struct {
		q    string
		want []string
	}{
		{"ou apprendre la soudure a Kayes", []string{"soudure"}},
		{"il existe une formation courte en hôtellerie ?", []string{"hotellerie"}},
		{"il veut se former en mécanique de tracteur", []string{"mecanique", "tracteur"}},
		{"cours de guitare", []string{"guitare"}},
		{"formation courte couture ou coiffure", []string{"courte", "couture", "coiffure"}},         // joined: either is asked
		{"je veux apprendre l'informatique et le numérique", []string{"informatique", "numerique"}}, // joined, an article after "et"
		{"kuran ni panneaux solaires kalan", []string{"électricité", "panneaux", "solaires"}},
		{"on voudrait apprendre des techniques pour mieux vendre", nil}, // a word that names nothing alone
		{"n b'a fɛ ka bagan mara kalan", []string{"élevage"}},
		{"n b'a fɛ ka kunsigidilan dege", []string{"coiffure"}}, // a phrase written as one word
		{"jiribaara kalan bɛ kɛ min", []string{"menuiserie bois"}},
		{"n b'a fɛ ka safune dilan dege", []string{"savon", "réparation"}}, // past the verb read with its object, the verb too
		{"telefoni dilan kalan", []string{"électronique"}},                 // a phone repaired: the lexicon's phrase
		{"televizon ni radio dilanni kalan", []string{"réparation", "televizon", "radio"}},
		{"n b'a fɛ ka baara dege", nil},                                      // to learn a trade, none named
		{"je veux une formation de 2 mois", nil},                             // a quantity
		{"quels centres de formation acceptent quelqu'un sans diplome", nil}, // what the person is without
		{"trouver un poste ou un stage", nil},                                // a placement, not a lesson
		{"je cherche un credit pour ma couture", nil},                        // no word of learning
		{"il a appris la couture. Il cherche un credit", nil},                // the story's
		{"une formation et un fonds de demarrage", nil},                      // another thing asked, joined
		{"des cours ou une formation en couture", []string{"couture"}},       // the second's trade
	}
	for _, tt := range tests {
		var got []string
		for _, tm := range rd.Understand(tt.q).Terms {
			if tm.Head {
				got = append(got, tm.Variants[0])
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: head %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestTakenUp: in a request to learn, a trade asked with a word of taking
// it up ("faire", "me lancer dans", "bosser dans", take_up.tsv) after a
// word of wanting or asking is the trade asked, as after a word of
// learning, and the verb names nothing; where money or a job is asked, or
// the verb is told, no trade is asked to learn.
func TestTakenUp(t *testing.T) {
	rd := testReader(t, words{"soudure": 2, "mecanique": 3, "moto": 2, "elevage": 3, "froid": 2, "formation": 8, "credit": 4, "bosser": 1, "boutique": 2})
	tests := []struct {
		q       string
		head    []string
		context string // the verb, no thing asked
	}{
		{"je veux faire la mecanique moto a Mopti, ya une formation ?", []string{"mecanique", "moto"}, ""},
		{"je veux me lancer dans l'elevage a kayes, ou on forme ?", []string{"elevage"}, ""},
		{"je veux bosser dans le froid, c'est ou la formation ?", []string{"froid"}, "bosser"},
		{"comment faire la soudure a Kayes, quelle formation ?", []string{"soudure"}, ""},
		{"je veux faire un credit pour ma boutique", nil, ""},                 // money asked
		{"il faisait la soudure en Libye, il cherche une formation", nil, ""}, // told, not wanted
	}
	for _, tt := range tests {
		q := rd.Understand(tt.q)
		var got []string
		for _, tm := range q.Terms {
			if tm.Head {
				got = append(got, tm.Variants[0])
			}
		}
		if !slices.Equal(got, tt.head) {
			t.Errorf("%q: head %q, want %q", tt.q, got, tt.head)
		}
		if tt.context != "" {
			if role, ok := roleOf(q, tt.context); !ok || role != Context {
				t.Errorf("%q: %q is %v, want context", tt.q, tt.context, role)
			}
		}
	}
}

// TestPastTold: a clause whose verb tells the person's past in the
// imperfect after a subject pronoun (past_told.tsv) tells who asks, up to
// the next subject, wish or question; the request after it is asked.
func TestPastTold(t *testing.T) {
	rd := testReader(t, words{"cacao": 1, "plantations": 1, "mecanique": 3, "soudure": 2, "chantiers": 2, "electricite": 3, "moutons": 2, "formation": 8})
	tests := []struct {
		q    string
		want map[string]Role
	}{
		{"En Côte d'Ivoire je travaillais dans les plantations de cacao. Revenu à Bamako, je veux me former en mécanique auto.",
			map[string]Role{"cacao": Who, "plantations": Who, "mecanique": Topic}},
		{"la bas je faisais la soudure sur les chantiers, maintenant je veux apprendre l'electricite",
			map[string]Role{"soudure": Who, "chantiers": Who, "electricite": Topic}},
		{"il gardait les moutons, il veut apprendre la mecanique", map[string]Role{"moutons": Who, "mecanique": Topic}},
		{"je voulais savoir s'il y a une formation en soudure", map[string]Role{"soudure": Topic}}, // a wish, no past told
	}
	for _, tt := range tests {
		q := rd.Understand(tt.q)
		for w, want := range tt.want {
			if got, ok := roleOf(q, w); !ok || got != want {
				t.Errorf("%q: %q is %v (found %v), want %v", tt.q, w, got, ok, want)
			}
		}
	}
}

// TestToldAsSubject: a subject named with no pronoun right before a verb of
// seeking (a notice: "plombier cherche boulot") tells who asks; the thing
// sought stays asked. Not a verb of wishing ("veut"), nor a subject that
// holds a possessive ("mon loyer, le propriétaire…"), nor a need's noun.
func TestToldAsSubject(t *testing.T) {
	rd := testReader(t, words{"plombier": 2, "boulot": 4, "gestion": 5, "cabinet": 3, "cv": 2, "loyer": 1, "proprietaire": 1, "soudure": 2, "femmes": 6, "credit": 5, "formation": 8})
	tests := []struct {
		q    string
		want map[string]Role
	}{
		{"plombier cherche boulot a bamako urgent svp", map[string]Role{"plombier": Who, "boulot": Topic}},
		{"Un jeune de 24 ans diplômé en gestion demande un cabinet pour son CV", map[string]Role{"gestion": Who, "cabinet": Topic}},
		{"je suis plombier, je cherche du boulot", map[string]Role{"plombier": Who, "boulot": Topic}},   // as before
		{"un groupement de femmes veut un credit", map[string]Role{"femmes": Context, "credit": Topic}}, // a wish: read as before
		{"formation soudure cherche", map[string]Role{"soudure": Topic}},                                // a need's noun, nothing after
	}
	for _, tt := range tests {
		q := rd.Understand(tt.q)
		for w, want := range tt.want {
			if got, ok := roleOf(q, w); !ok || got != want {
				t.Errorf("%q: %q is %v (found %v), want %v", tt.q, w, got, ok, want)
			}
		}
	}
}

// TestToldAlready: a clause that opens on a subject pronoun and whose verb
// "déjà" follows tells what the person already does, and asks no need of
// its own (working already asks no job); the request beside it still asks.
// Not after a word of wanting ("je veux déjà…").
func TestToldAlready(t *testing.T) {
	rd := testReader(t, words{"froid": 3, "frigoriste": 1, "soudure": 2, "formation": 8})
	tests := []struct {
		q    string
		want map[string]Role
		need string
	}{
		{"ou faire le froid a bamako, je travaille deja un peu avec un frigoriste", map[string]Role{"froid": Topic, "frigoriste": Who}, ""},
		{"je veux deja une formation en soudure", map[string]Role{"soudure": Topic}, seeds.NeedTraining},
	}
	for _, tt := range tests {
		q := rd.Understand(tt.q)
		for w, want := range tt.want {
			if got, ok := roleOf(q, w); !ok || got != want {
				t.Errorf("%q: %q is %v (found %v), want %v", tt.q, w, got, ok, want)
			}
		}
		if q.Need != tt.need {
			t.Errorf("%q: need %q, want %q", tt.q, q.Need, tt.need)
		}
	}
}

// TestToldKnown: a clause that opens on a subject pronoun right before a
// verb of knowing how (fr/know_how.tsv) tells what the person can already
// do: its trade is who asks, the money asked beside it the request. Negated
// ("je ne sais pas", "je sais pas") or opening a clause ("je sais que…"),
// it tells nothing: the trade is asked.
func TestToldKnown(t *testing.T) {
	rd := testReader(t, words{"couture": 4, "coudre": 1, "soudure": 2, "menuiserie": 3, "formation": 8})
	tests := []struct {
		q    string
		want map[string]Role
	}{
		{"je sais coudre, il me faut de l'argent pour ouvrir mon atelier a bamako", map[string]Role{"coudre": Who}},
		{"il sait faire la menuiserie, il lui manque un credit", map[string]Role{"menuiserie": Who}},
		{"je maitrise la soudure, qui peut me financer ?", map[string]Role{"soudure": Who}},
		{"je ne sais pas coudre, il me faut de l'argent pour un atelier", map[string]Role{"coudre": Topic}},
		{"je sais pas coudre, ou apprendre la couture ?", map[string]Role{"coudre": Topic}},
		{"je sais que la soudure se fait au CFP, il faut quel dossier ?", map[string]Role{"soudure": Topic}},
	}
	for _, tt := range tests {
		q := rd.Understand(tt.q)
		for w, want := range tt.want {
			if got, ok := roleOf(q, w); !ok || got != want {
				t.Errorf("%q: %q is %v (found %v), want %v", tt.q, w, got, ok, want)
			}
		}
	}
}

// TestHeadNamedBare: a trade's word right after the word of learning, with
// no article ("formation soudure", SMS French), names the trade as one
// with an article does (Term.Noun), as does a person of a trade
// (workers.tsv: "formation pecheur"); a word that is no trade ("courte")
// does not.
func TestHeadNamedBare(t *testing.T) {
	rd := testReader(t, words{"soudure": 2, "couture": 3, "courte": 2, "formation": 8, "pecheur": 1})
	for q, want := range map[string]bool{
		"formation soudure a sikasso":    true,
		"formation pecheur a tombouctou": true,
		"une formation en soudure":       true,
		"ecole couture":                  true,
		"formation courte":               false,
		"formation courte pour soudure":  false, // "courte" is the head; soudure is what for
	} {
		got := false
		for _, tm := range rd.Understand(q).Terms {
			if tm.Head && tm.Noun {
				got = true
			}
		}
		if got != want {
			t.Errorf("%q: a trade named %v, want %v", q, got, want)
		}
	}
}

// TestAnalyzedWordsKept: respelling reads words into a layer of its own;
// the words analyzed are not changed.
func TestAnalyzedWordsKept(t *testing.T) {
	rd := plainReader(t)
	words := []string{"n", "b", "a", "fe", "ka", "baara", "soro", "farasi"}
	kept, cls := slices.Clone(words), rd.v.classes(words)
	keptCls := slices.Clone(cls)
	read, readCls := rd.respell(words, cls, make([]claim, len(words)), nil)
	if !slices.Equal(words, kept) || !slices.Equal(cls, keptCls) || read[7] != "faransi" {
		t.Errorf("respell: analyzed %q (was %q), read %q", words, kept, read)
	}
	if !slices.Equal(readCls, rd.v.classes(read)) {
		t.Errorf("respell: classes %b, want those of %q", readCls, read)
	}
	if read, _ := rd.respell(kept, cls, []claim{7: claimPlace}, nil); read[7] != "farasi" {
		t.Errorf("respell read a claimed word: %q", read)
	}
}

// TestRespellKeepsPhraseWords: a word of a lexicon phrase found as written
// is not read as the lexicon word one letter away ("saniya baara",
// cleaning work, is not sariya, the law); a word alone is, when one
// lexicon word only is one letter away.
func TestRespellKeepsPhraseWords(t *testing.T) {
	rd := plainReader(t)
	tests := []struct {
		q    string
		i    int
		want string
	}{
		{"n be baara nyini saniya baara", 4, "saniya"},
		{"so kono baara walima saniya baara", 4, "saniya"},
		{"n be sariyo nyini", 2, "sariya"},
		{"n be saniya nyini", 2, "saniya"}, // sariya and samiya both one letter away: neither
		{"n b'a fe ka taa farasi", 6, "faransi"},
	}
	for _, tt := range tests {
		tx, matches := rd.analyzeQuestion(tt.q, false, "")
		read, _ := rd.respell(tx.words, tx.cls, make([]claim, len(tx.words)), matches)
		if tt.i >= len(read) || read[tt.i] != tt.want {
			t.Errorf("%q: read %q, want word %d %q", tt.q, read, tt.i, tt.want)
		}
	}
}

// TestRespellFrenchKeepsAskingPhrases: a word of a phrase of asking
// (asked.tsv) found as written is not read as a question word one letter
// away ("moins chère" asks the cost; "chère" is no "chèvre"); a word alone
// one letter from one still is ("fromation").
func TestRespellFrenchKeepsAskingPhrases(t *testing.T) {
	rd := plainReader(t)
	tests := []struct {
		q    string
		i    int
		want string
	}{
		{"la formation la moins chere a bamako", 4, "chere"},
		{"c est chere la formation", 2, "chere"},
		{"je cherche une fromation", 3, "formation"},
	}
	for _, tt := range tests {
		tx, _ := rd.analyzeQuestion(tt.q, false, "")
		read, _ := rd.respellFrench(tx.words, tx.cls, make([]claim, len(tx.words)))
		if tt.i >= len(read) || read[tt.i] != tt.want {
			t.Errorf("%q: read %q, want word %d %q", tt.q, read, tt.i, tt.want)
		}
	}
}

// TestPlaceCameFrom: a town named as where someone came from ("il vient
// de Ségou") or cannot go ("je ne peux pas aller à Kayes") is not the
// question's place, where they are from ("je suis de Kayes") only with no
// other town; a town after "de" alone is ("un jeune de Kayes").
func TestPlaceCameFrom(t *testing.T) {
	rd := plainReader(t)
	tests := []struct{ q, place string }{
		{"un enfant dort seul a la gare, il dit qu'il vient de segou", ""},
		{"je suis parti de bko en mars, les militaires nous ont ramene a gao", "gao"},
		{"je suis venu de Kayes et je cherche une formation a Mopti", "mopti"},
		{"un jeune de Kayes cherche une formation", "kayes"},
		// Where the person is from is the place only when no other
		// town is named.
		{"je suis de Kayes, je veux ouvrir un atelier", "kayes"},
		{"je suis de Segou, on m'a expulse, je suis arrive a Kidal hier", "kidal"},
		{"je viens a Segou pour une formation", "segou"},
		// Born there, or back from there, is come from too.
		{"je suis originaire de Nioro, je vis chez ma tante a Bamako, je veux apprendre la coiffure", "bamako"},
		{"je suis revenu de Mopti et je cherche une formation a Segou", "segou"},
		// Fled from there, too: where the displaced are is the place.
		{"déplacés de Ménaka, nous sommes à Gao sans abri", "gao"},
		// Where the person cannot go is no place asked either; going
		// there is.
		{"je veux apprendre l'electricite, je ne peux pas aller a Kayes, je suis a Nioro", "nioro"},
		{"je veux une formation en soudure mais je peux pas partir a Bamako", ""},
		{"n b'a fɛ ka kuran baara dege, n tɛ se ka taa Kayi, n bɛ Nioro", "nioro"},
		{"je veux aller a Kayes pour une formation", "kayes"},
		// A town right after a verb of leaving is where the person left.
		{"J'ai quitté Kati pour aller en Algérie. Je suis revenu à Bamako et je dors à la gare routière", "bamako"},
		{"j'ai quitte Kayes il y a 3 ans, je cherche une formation", ""},
		// Left, then back there: where the person is.
		{"j'ai quitté Tombouctou pour Bamako, puis je suis allé en Mauritanie. Je suis revenu à Tombouctou il y a trois mois", "tombouctou"},
		{"n bɛ taa Mɔti ni n denmisɛnw ye, mobili bɛ bɔ waati jumɛn?", "mopti"}, // "n" is I, no ne
		{"n b'a fɛ ka kuran baara dege, n t'a fɛ ka taa Kayi, n bɛ Nioro", "nioro"},
		{"je veux apprendre la couture, je n'ai pas d'argent pour aller a Bamako, je suis a Kita", "kita"},
		{"ma soeur veut s'installer a Kayes et ouvrir un salon", "kayes"}, // "ma" is my, no Bambara negation
		{"ma mere veut aller a Segou pour une formation", "segou"},
	}
	for _, tt := range tests {
		q := rd.Understand(tt.q)
		place := ""
		if q.Place != nil {
			place = q.Place.ID
		}
		if place != tt.place {
			t.Errorf("%q: place %q, want %q", tt.q, place, tt.place)
		}
	}
}

// TestPlaceOfRequest: a town a story sentence of others or of the past
// names gives way to the town the sentence that asks names after "à"; the
// town of a story sentence of the first person, of a heading, or the only
// one named stays the place, as does one a request names after "de" or a
// word of going.
func TestPlaceOfRequest(t *testing.T) {
	rd := plainReader(t)
	tests := []struct{ q, place string }{
		{"Mon fils a conduit des camions entre Gao et Tamanrasset pendant trois ans. Il est rentré. Maintenant il veut apprendre la mécanique à Bamako, c'est où ?", "bamako"},
		{"J'ai passé quatre ans en Côte d'Ivoire. Mon père vend du bétail au marché de Kita. Je veux apprendre le maraichage à Kayes, quel centre ?", "kayes"},
		{"Mon père vend du bétail au marché de Kita. Il est vieux. Je veux apprendre le maraichage, quel centre ?", "kita"},
		{"Je suis bloqué à Tombouctou. On m'a tout volé. Je veux rentrer à Ségou, qui aide les migrants ici ?", "tombouctou"},
		{"J'habite un village près de Yorosso. Ma famille a un champ. Je veux apprendre le maraîchage pour vendre à Koutiala. Qui forme ?", "yorosso"},
		{"Un conseiller de Gao : un jeune déplacé de Ménaka veut apprendre la soudure. Qu'est-ce qui existe ?", "gao"},
		// words pointing back to a town (fr/there.tsv) ask at the last one named before them
		{"Je suis conseillère à Sikasso. Une jeune revenue d'Algérie veut la couture. Sa tante l'héberge à Bamako. Quel centre là-bas ?", "bamako"},
		{"je suis a mopti, mon frere est a kayes, il veut l electricite, quel centre la bas", "kayes"},
		{"Il vit à Kayes chez son oncle. Moi je suis à Gao. Un centre dans cette ville pour la soudure ?", "gao"},
		{"Mon frère a travaillé à Kayes, là-bas c'était dur. Il veut apprendre la soudure à Ségou, quel centre ?", "segou"},                                      // a story sentence's là-bas
		{"Ma sœur vit à Bamako depuis janvier. Moi je suis à Ségou. Elle veut apprendre la couture, quel centre peut l'accueillir dans cette ville ?", "bamako"}, // asked for her, not where the writer is
		// the writer's work (fr/roles.tsv) is not where the person is
		{"Je suis animateur à Mopti. Un jeune veut faire la soudure à Bamako chez son oncle. Quel centre ?", "bamako"},
		{"Je suis conseiller à Kayes. Un jeune revenu de Libye veut apprendre la mécanique ici. Quel centre ?", "kayes"},
		{"Je suis conseiller à Ségou. Un jeune veut apprendre la couture ici, qui forme ?", "segou"},
		// the town the last sentence that asks names, reached from its word of wanting or asking
		{"Je suis conseiller à l'Espace Orientation Jeunesse de Kayes. Je reçois une jeune fille, ancienne aide-ménagère à Bamako, qui veut apprendre la comptabilité. Où l'orienter à Kayes ?", "kayes"},
		{"je suis agent anpe a segou, une fille qui vit a mopti veut apprendre la coiffure a bamako, ya quel centre", "bamako"},
		{"Je travaille à Mopti. Mon neveu vit à Sikasso. Il veut apprendre la mécanique à Bamako. Quel centre ?", "bamako"},
		{"je vis a segou, je travaille a bamako comme gardien. je veux apprendre la soudure a kayes, c'est ou", "kayes"},
		{"Quel centre à Kayes pour l'électricité ? Je suis animatrice à Ségou et le jeune vit à Bamako.", "kayes"},
		{"je suis a segou et je cherche du travail, mon frere est a bamako", "segou"},
		{"Je travaille à Kayes. Un jeune veut apprendre la soudure, quel centre ?", "kayes"},
		{"Mon frère vit à Kayes. Il cherche du travail à Bamako, qui recrute ?", "bamako"},
		{"Un garçon de 11 ans est descendu seul du car à Sévaré, il cherche son oncle qui serait à Gao.", "sevare"},
		{"Un mineur de 16 ans est bloqué à Ségou et voudrait rentrer chez lui à Kayes. Qui peut l'aider ?", "segou"},
	}
	for _, tt := range tests {
		q := rd.Understand(tt.q)
		place := ""
		if q.Place != nil {
			place = q.Place.ID
		}
		if place != tt.place {
			t.Errorf("%q: place %q, want %q", tt.q, place, tt.place)
		}
	}
}

// TestForWhom: a Bambara word that only hints at protection (children,
// young people) in a sentence asking training or money is whom the request
// is for, read as a word of asking, not a topic ("jɔn bɛ denmisɛnw dɛmɛ ka
// u ka jago daminɛ?") or for whom help is, or who get it, in a sentence
// asking no protection ("dɛmɛ jumɛn bɛ sɔrɔ denmisɛnw kama?"); a
// particular child, children a relative clause
// describes, a message of danger or a sentence asking nothing else keep
// it a topic.
func TestForWhom(t *testing.T) {
	rd := plainReader(t)
	tests := []struct {
		q     string
		topic bool // the child is a topic
	}{
		{"Mɔti, jɔn bɛ denmisɛnw dɛmɛ ka u ka jago daminɛ?", false},
		{"Gawo, jon be denmisenw deme ka baara dege?", false},
		{"denmisenw be wari deme soro min ka jago daminɛ Moti?", false},
		{"Mɔti, baarakalan bɛ denmisɛnw ye wa?", false},
		{"yanfolila, jon be denmisenw dɛmɛ", true},
		{"Segu la, dɛmɛ jumɛn bɛ sɔrɔ denmisɛnw kama?", false}, // whom the help is for
		{"Kayi la, denmisɛnw bɛ dɛmɛ jumɛn sɔrɔ?", false},      // who get it
		{"jɔn bɛ denmisɛnw lakana Segu?", true},                // protection asked
		{"denmisɛn dɔ bɛ kalan ɲini Kayi", true},
		{"denmisɛnw minnu tɛ lakɔli la, kalan bɛ sɔrɔ min", true},
		{"denmisɛnw bɛ baara kɛ sanu kɔlɔn na, jɔn bɛ se k'u dɛmɛ?", true},
		{"denmisɛn dɔ tununna, jɔn bɛ se ka dɛmɛ?", true},
	}
	for _, tt := range tests {
		q := rd.Understand(tt.q)
		got := slices.ContainsFunc(q.Terms, func(x Term) bool { return x.Role.Asks() && slices.Contains(x.Variants, "enfant") })
		if got != tt.topic {
			t.Errorf("%q: child a topic %v, want %v (terms %v)", tt.q, got, tt.topic, roles(q))
		}
	}
}

// TestAskedInPhrase: a word that asks a part of a fiche alone ("sɛbɛn",
// papers) is read in a longer lexicon phrase that holds it ("baarakɛda
// sɛbɛn", to register a business), and asks nothing there.
func TestAskedInPhrase(t *testing.T) {
	rd := plainReader(t)
	tests := []struct{ q, asked string }{
		{"n b'a fɛ ka n ka baarakɛda sɛbɛn Bamakɔ", ""},
		{"n b'a fe k'a seben sariya la", ""},
		{"API sɛbɛn jumɛnw bɛ ɲini?", AskConditions},
		// "ma" is French "my" only in French: in Bambara it is "to".
		{"u bɛ wari di kalandenw ma don o don wa?", AskAllowance},
		{"on est payés pendant la formation ?", AskAllowance},
		// The one who runs it, whom to ask for: the contact; how often a
		// price is paid: the cost.
		{"je dois demander qui là-bas ?", AskContact},
		{"le nom du directeur ?", AskContact},
		{"c'est qui le directeur de Donilab ?", AskContact},
		{"alors à qui demander ?", AskContact},
		{"à qui je m'adresse ?", AskContact},
		{"c par mois ?", AskCost},
		// sàra after a pronoun, with no object, is being paid; money paid
		// is the price.
		{"a bɛ sara wa?", AskAllowance},
		{"an be sara wa?", AskAllowance},
		{"wari bɛ sara wa?", AskCost},
		{"wari joli be sara?", AskCost},
		// An organisation said to work still: its status; a person's
		// work is not read so.
		{"ils travaillent toujours ?", AskStatus},
		{"leur travail continue encore ?", AskStatus},
		{"je cherche un travail a kayes", ""},
		// Whether there are places: the capacity; places of an
		// internship sought are searched.
		{"ils ont des places pour les filles ?", AskCapacity},
		{"il reste des places ?", AskCapacity},
		{"je cherche des places de stage a bamako", ""},
		// "c'est en …": the language of what was shown; a course sought
		// in a language is searched.
		{"c'est en français ?", AskLanguage},
		{"c en bambara ?", AskLanguage},
		{"une formation en bambara a kayes", ""},
		{"c'est combien pour ma formation ?", AskCost},
		// The language of the courses asked; a course in Bambara sought.
		{"les cours sont en quelle langue ?", AskLanguage},
		{"IFPI kalan bɛ kɛ kan jumɛn na?", AskLanguage},
		{"y a une formation en bambara a kayes ?", ""},
		{"kalan min bɛ kɛ bamanankan na Bamako", ""},
		// Who funds what was shown; funders sought.
		{"qui le finance ?", AskBackers},
		{"qui finance les jeunes éleveurs à Ségou ?", ""},
	}
	for _, tt := range tests {
		if q := rd.Understand(tt.q); q.Asked != tt.asked {
			t.Errorf("%q: asked %q, want %q", tt.q, q.Asked, tt.asked)
		}
	}
}

// TestDiplomaAsked: the school diploma or reading asked of a fiche named, told
// required or lacked, asks its conditions; told of the person with no
// fiche named, or named without a word of requiring, it asks nothing.
func TestDiplomaAsked(t *testing.T) {
	rd := fichesReader(t, words{}, shippedFiches(t))
	tests := []struct{ q, asked string }{
		{"Centre Père Michel : il faut le DEF ?", AskConditions},
		{"faut-il le DEF pour entrer à l'IFPI ?", AskConditions},
		{"on peut entrer au CPM sans le DEF ?", AskConditions},
		{"IFPT Kayi, DEF bɛ ɲini wa?", AskConditions},
		{"il faut savoir lire pour aller a l'AEK ?", AskConditions}, // reading, as the diploma
		{"mon fils n'a pas le DEF, ou apprendre la soudure a Bamako ?", ""},
		{"le CPM forme les jeunes qui ont le DEF ?", ""},
	}
	for _, tt := range tests {
		if q := rd.Understand(tt.q); q.Asked != tt.asked {
			t.Errorf("%q: asked %q, want %q", tt.q, q.Asked, tt.asked)
		}
	}
}

// TestFullNameNoSignOfLanguage: a fiche's French name written in full in
// a Bambara question is no sign of French; the question's own words
// decide, and a French question naming it stays French.
func TestFullNameNoSignOfLanguage(t *testing.T) {
	fiches := []*seeds.Fiche{
		{Ref: "P26", Name: "Union des ambassadeurs (UDA)", Acronyms: []string{"UDA"}},
		{Ref: "P03", Name: "École Centrale pour l’Industrie, le Commerce et l’Administration (ECICA)", Acronyms: []string{"ECICA"}},
	}
	corpus := words{"union": 2, "ambassadeurs": 1, "ecole": 5, "centrale": 1, "industrie": 2, "commerce": 6, "administration": 3, "aide": 6, "numero": 8}
	rd := fichesReader(t, corpus, fiches)
	for _, tt := range []struct{ q, lang string }{
		{"Union des ambassadeurs be san joli ta?", Bambara},
		{"École Centrale pour l'Industrie, le Commerce et l'Administration ka nimɔrɔ ye joli ye?", Bambara},
		{"l'Union des ambassadeurs aide qui ?", French},
		{"je veux le numéro de l'École Centrale pour l'Industrie, le Commerce et l'Administration", French},
	} {
		if got := rd.Understand(tt.q).Lang; got != tt.lang {
			t.Errorf("Understand(%q).Lang = %q, want %q", tt.q, got, tt.lang)
		}
	}
}

// TestPastActTellsWho: a Bambara "n ye X kɛ" (the past of a verb with its
// object, no second ye) tells what the person has done, up to the subject
// of the next clause, as "n ye X ye" tells who they are; a clause that
// wants or learns is asked.
func TestPastActTellsWho(t *testing.T) {
	rd := plainReader(t)
	tests := []struct {
		q          string
		who, topic string // a first variant read as who, one read as a topic ("" for none)
	}{
		{"n ye so jɔ baara kɛ Alizeri san 3, n bɛ baara ɲini Kayi", "maçonnerie", ""},
		{"n ye so jɔ baara kɛ Alizeri san 3, n bɛ baara ɲini Kayi", "Algérie", ""},
		{"n ye def sɔrɔ, baara bɛ sɔrɔ sikaso wa?", "", "emploi"},
		{"n ye muso ye, n b'a fɛ ka jago kɛ", "femme", "commerce"},
		{"n ye kalali dege fɛ", "", "couture"},
	}
	for _, tt := range tests {
		got := roles(rd.Understand(tt.q))
		if tt.who != "" && !slices.Contains(got[Who], tt.who) {
			t.Errorf("%q: who %q, want %q among them", tt.q, got[Who], tt.who)
		}
		if tt.topic != "" && !slices.Contains(got[Topic], tt.topic) {
			t.Errorf("%q: topics %q, want %q among them", tt.q, got[Topic], tt.topic)
		}
	}
}

// TestWordSaidAgainRead: a word said twice in a short message is read at
// both places, so a phrase holding its first use is read ("saniya baara
// walima tobili baara": cleaning or cooking work).
func TestWordSaidAgainRead(t *testing.T) {
	rd := plainReader(t)
	q := "n be saniya baara walima tobili baara nyini Bamako"
	if got := roles(rd.Understand(q)); !slices.Contains(got[Topic], "nettoyage") || !slices.Contains(got[Topic], "cuisine") {
		t.Errorf("%q: topics %q, want nettoyage and cuisine", q, got[Topic])
	}
}

// TestMoneyLacked: a Bambara word of money told lacking (tɛ after it:
// "wari caman tɛ n bolo") points to no need, as a French need word after
// "sans"; asked, it does. A negation told after a later word is that
// word's.
func TestMoneyLacked(t *testing.T) {
	rd := plainReader(t)
	tests := []struct{ q, need string }{
		{"n b'a fe ka kalali dege Bamako, wari caman te n bolo", seeds.NeedTraining},
		{"wari tɛ n bolo, juru bɛ sɔrɔ min?", seeds.NeedFinance},
		{"n b'a fe ka wari sɔrɔ ka jago kɛ", seeds.NeedFinance},
		// the negation is the capital's, told between: the trade is wanted
		{"muso ton be kayi, u b'a fe ka jago damine nka jagokun te u bolo", seeds.NeedFinance},
	}
	wantNeeds(t, rd, tests)
}

// wantNeeds checks the need each question is read with.
func wantNeeds(t *testing.T, rd *Reader, tests []struct{ q, need string }) {
	t.Helper()
	for _, tt := range tests {
		if q := rd.Understand(tt.q); q.Need != tt.need {
			t.Errorf("%q: need %q, want %q", tt.q, q.Need, tt.need)
		}
	}
}

// TestObjectLearnt: a thing a Bambara word of learning right after it
// learns or teaches, alone or joined by "ni", points to training, not to
// the need its concept points to (health care: protection); told alone,
// it keeps its own.
func TestObjectLearnt(t *testing.T) {
	rd := plainReader(t)
	tests := []struct{ q, need string }{
		{"poroze min tun bɛ dɔgɔtɔrɔw ni furakɛlaw kalan, a bɛ yen hali bi?", seeds.NeedTraining},
		{"n b'a fɛ ka furakɛlaw ni dɔgɔtɔrɔw dege", seeds.NeedTraining},
		{"n bana, dɔgɔtɔrɔ bɛ min?", seeds.NeedProtection},
	}
	wantNeeds(t, rd, tests)
}

// TestBambaraToldNotAsked: a thing out of scope that a Bambara sentence
// tells the person does, can do or has is not asked ("n bɛ se ka mobili
// boli", I can drive; "dugukolo b'an bolo", we have land); asked for, it
// is.
func TestBambaraToldNotAsked(t *testing.T) {
	rd := plainReader(t)
	tests := []struct {
		q     string
		asked bool // something out of scope is asked
	}{
		{"baara be soro min bamako, n be se ka mobili boli", false},
		{"ne bɛ mobili boli, baara bɛ sɔrɔ min?", false},
		{"dugukolo b'an bolo sikaso, n b'a fe ka sene ke nka wari te. deme be soro min?", false},
		{"n b'a fɛ ka mobili boli kalan sɔrɔ, a bɛ kɛ min?", true},
		{"n b'a fɛ ka dugukolo san Bamakɔ, juru bɛ sɔrɔ min?", true},
	}
	for _, tt := range tests {
		if q := rd.Understand(tt.q); (len(q.OutOfScope) > 0) != tt.asked {
			t.Errorf("%q: out of scope %q, want asked %v", tt.q, q.OutOfScope, tt.asked)
		}
	}
}

// TestLoanWords: a Bambara word that neither the lexicon nor the fiches
// know is read as the fiches' French word it writes as heard ("kredi":
// crédit, "mekaniki": mécanique, "elektirisite": électricité), its vowels
// as Bambara writes them (bm/loan_sounds.tsv: "pɛntiri", peinture, as N'Ko
// writes it too), when it sounds the same or, with four consonants or
// more, one letter apart; a Bambara word of the same consonants that
// sounds otherwise is kept ("kabini", since, is not "cabinet").
func TestLoanWords(t *testing.T) {
	fiches := []*seeds.Fiche{{Ref: "P01", Name: "Centre", Summary: "Crédit et crédits pour le commerce ; cabinet conseil ; formation en mécanique et électricité, peinture, ordinateur ; conduite de tracteur."}}
	rd := fichesReader(t, words{}, fiches)
	tests := []struct{ w, want string }{
		{"kredi", "credit"},
		{"mekaniki", "mecanique"},
		{"elektirisite", "electricite"},
		{"formasiyon", "formation"},
		{"pentiri", "peinture"},
		{"ordinateri", "ordinateur"},
		{"kabini", ""},
		// vowels between the consonants French joins
		{"tarakiteri", "tracteur"},
		{"oridinateri", "ordinateur"},
		{"tarikiteri", "tracteur"},
	}
	for _, tt := range tests {
		if got := rd.loanOf(tt.w); got != tt.want {
			t.Errorf("%q read as %q, want %q", tt.w, got, tt.want)
		}
	}
	if got := roles(rd.Understand("n b'a fɛ ka kredi sɔrɔ ka jago kɛ")); !slices.Contains(got[Topic], "credit") {
		t.Errorf("kredi: topics %q, want credit", got[Topic])
	}
	if got := roles(rd.Understand("ߒ ߓߴߊ ߝߍ ߞߊ ߔߍ߲ߕߌߙߌ ߘߋߜ߭ߋ ߓߊߡߊߞߐ")); !slices.Contains(got[Topic], "peinture") {
		t.Errorf("pɛntiri in N'Ko: topics %q, want peinture", got[Topic])
	}
}

// TestBambaraBeingThere: a country right after a pronoun and bɛ is where
// the person is ("n bɛ Faransi sisan"): who asks, not what is asked; after
// a word of going it is where they want to go.
func TestBambaraBeingThere(t *testing.T) {
	rd := plainReader(t)
	tests := []struct {
		q    string
		role Role
	}{
		{"n bɛ Faransi sisan, n b'a fɛ ka segin ka baara daminɛ Mali la", Who},
		{"n b'a fɛ ka taa Faransi", Destination},
	}
	for _, tt := range tests {
		got := roles(rd.Understand(tt.q))
		if !slices.Contains(got[tt.role], "France") {
			t.Errorf("%q: roles %v, want France as %v", tt.q, got, tt.role)
		}
	}
}

// TestJourneyTold: a country wanted (after a word of going) is a
// destination, unless a word of wanting after it begins a request whose
// sentence names the place asked in Mali after it: then the journey is
// told, and what is asked happens here. A town before the journey is
// where the person is.
func TestJourneyTold(t *testing.T) {
	rd := testReader(t, words{"bourse": 5}) // the fiches hold grants: "Quelle bourse demander ?" asks nothing aside
	tests := []struct {
		q       string
		country string
		role    Role
	}{
		{"il veut partir en Algerie comme ses amis. Je veux qu il apprenne un metier ici a Bamako", "Algérie", Story},
		{"mon neveu veut aller au Maroc. Je prefere qu il fasse une formation en electricite a Kayes", "Maroc", Story},
		{"n denkɛ b'a fɛ ka taa Alizeri. N b'a fɛ a ka mobili dilan dege Bamakɔ", "Algérie", Story},
		{"n dɔgɔcɛ b'a fɛ ka taa Libi, nka n b'a fɛ a ka kuran baara kalan Kayi", "Libye", Story},
		{"je veux aller etudier en Chine, y a t il des bourses ?", "Chine", Destination},
		{"il veut partir au Canada pour une formation. Quelle bourse demander ?", "Canada", Destination},
		{"je suis a Bamako et je veux partir en Turquie faire une formation de soudeur", "Turquie", Destination},
		{"je veux partir en France, ou a Bamako ?", "France", Destination}, // no want before the town
	}
	for _, tt := range tests {
		got := roles(rd.Understand(tt.q))
		if !slices.Contains(got[tt.role], tt.country) {
			t.Errorf("%q: roles %v, want %s as %v", tt.q, got, tt.country, tt.role)
		}
	}
}

// TestBambaraFrameWithWho: a Bambara request read only through words of
// asking (here "n bɛ baara ɲini", recherche d'emploi, its "travail" common) is searched by them even
// when other words tell who asks ("ne ye baari ye"), as French "je cherche
// du travail" is by its topic; a French frame beside who asks is not.
func TestBambaraFrameWithWho(t *testing.T) {
	// travail is common here: "baara ɲini" reads as its words of asking only.
	rd := testReader(t, words{"recherche": 8, "emploi": 9, "placement": 7, "travail": 9, "macon": 2, "maconnerie": 2, "kabini": 1, "fila": 1, "tugun": 1, "kosebe": 1})
	tests := []struct {
		q     string
		frame bool
	}{
		{"n bɛ baara ɲini Kayi, ne ye baari ye", true},
		{"n bɛ baara ɲini Kayi", true},
		{"n bɛ baara ɲini Kayi, ne ye baari ye, n b'a fɛ ka maçonnerie kɛ", false},
		// Grammatical words (bm/stop.tsv: kabini since, fila two, tugun
		// again, kosɛbɛ very) ask nothing: the frame stays.
		{"n bɛ baara ɲini Kayi kabini san fila", true},
		{"n tɛ se ka sɔrɔ tugun, n bɛ baara ɲini kosɛbɛ Kayi", true},
	}
	for _, tt := range tests {
		got := roles(rd.Understand(tt.q))
		if (len(got[Frame]) > 0) != tt.frame {
			t.Errorf("%q: roles %v, want a frame %v", tt.q, got, tt.frame)
		}
	}
}

// TestMoneyAsked: a question names money itself (Query.Money) by a word of
// need_words.tsv that points to financing (a verb in any form a question
// asks with: "financent", "financerait") or a product of products.tsv, in
// French or through a Bambara gloss; a business to start alone, or money
// told of who asks, does not.
func TestMoneyAsked(t *testing.T) {
	rd := plainReader(t)
	tests := []struct {
		q     string
		money bool
	}{
		{"qui peut financer mon projet d'elevage de poulets a sikasso", true},
		{"financement pour un projet de pisciculture", true},
		{"je veux un pret pour agrandir ma boutique", true},
		{"subvention pour jeunes entrepreneurs a Sikasso", true},
		{"wari tɛ n bolo, juru bɛ sɔrɔ min?", true},
		{"an ye musow ye Bamakɔ, an bɛ jago kɛ sugu la, an mago bɛ jagokun na", true}, // a trade's capital
		{"quelles structures financent les jeunes qui ouvrent un atelier a Mopti", true},
		{"est-ce que l'etat financerait mon poulailler ?", true},
		{"je cherche une aide financière pour mon commerce de tissus", true}, // the adjective of a help asked
		{"groupement de femmes, on cherche un appui financier pour les semences", true},
		{"mon projet a besoin d'un soutien financier", true},
		{"des aides financières pour les femmes commerçantes ?", true},
		{"je cherche un microcredit", true}, // a product the stem of microfinance does not begin
		{"je cherche un emprunt pour mon commerce", true},
		{"un groupement de femmes demande où emprunter de l'argent", true}, // the verbs of a loan
		{"qui prete aux eleveurs a Nioro ?", true},
		// A noun of money itself (fr/money.tsv) asked is money asked; told
		// lacked, it asks none; a lender's kind asked for people by their
		// work (workers.tsv) asks their money, the kind alone none.
		{"je sais coudre, il me faut de l'argent pour ouvrir mon atelier a bamako", true},
		{"jai 48 ans je veux de l'argent pour mon elevage de poulets a kati", true},
		{"il me faut un capital de depart pour ma boutique", true},
		{"je veux apprendre la couture, je n'ai pas d'argent", false},
		{"je veux apprendre la couture mais pas assez d'argent", false},
		{"y a t il une microfinance a tombouctou pour les jeunes commerçants ?", true},
		{"y a t il une microfinance a tombouctou ?", false},
		// An amount lacked or sought (fr/amounts.tsv) is money asked;
		// an amount told otherwise, or a lack of no amount, is not.
		{"il me manque 300 000 pour la machine", true},
		{"il me faut encore 150 000 francs pour ma boutique", true},
		{"il me manque un million pour mon salon de coiffure", true},
		{"ou trouver 2 millions pour mon poulailler ?", true},
		{"il me manque le DEF pour la formation", false},
		{"ils demandent encore 50 000 de frais, c'est normal ?", false},
		{"je veux créer mon entreprise a Bamako, qui peut m'accompagner ?", false},
		{"je veux apprendre la couture a Kayes", false},
	}
	for _, tt := range tests {
		if q := rd.Understand(tt.q); q.Money != tt.money {
			t.Errorf("%q: money %v, want %v", tt.q, q.Money, tt.money)
		}
	}
}

// TestBusinessStarted: a business and a verb of starting or founding
// ("jago daminɛ", "jago sigili", "baarakɛda sigi", "baara daminɛ"), as the fiches' Bambara
// summaries say "créer son entreprise", is one thing asked, the creation
// of a business: not a trade (commerce, which a bank's text holds) and a
// beginning apart. A trade named alone stays the trade.
func TestBusinessStarted(t *testing.T) {
	rd := plainReader(t)
	tests := []struct {
		q    string
		want []string // the first variant of each topic
	}{
		{"Mɔti, jɔn bɛ denmisɛnw dɛmɛ ka u ka jago daminɛ?", []string{"création d'entreprise"}},
		{"denmisenw be wari deme soro min ka jago damine Moti?", []string{"financement", "création d'entreprise"}},
		{"Mɔti la, yɔrɔ bɛ yen wa min bɛ denmisɛnw kalan jago sigili la?", []string{"création d'entreprise"}},
		{"n b'a fɛ ka n ka baarakɛda sigi Kayi", []string{"création d'entreprise"}},
		{"n ka baarakɛda daminɛ wari bɛ sɔrɔ min", []string{"création d'entreprise", "financement"}},
		{"n b'a fe ka segin ka baara daminɛ Mali la", []string{"création d'entreprise"}},
		{"n bɛ jago kɛ Segu, n b'a fɛ ka juru sɔrɔ", []string{"commerce", "crédit"}},
		{"sikaso, denmisɛnw bɛ jago kalan sɔrɔ min?", []string{"commerce"}},
	}
	for _, tt := range tests {
		q := rd.Understand(tt.q)
		if got := roles(q)[Topic]; !slices.Equal(got, tt.want) {
			t.Errorf("%q: topics %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestStartsAsked: a question asks to start an activity when a word of
// start.tsv is in a sentence that asks, or a Bambara word's gloss names
// it (daminɛ: création, démarrage); not in the story, nor when the person
// tells of an activity they run.
func TestStartsAsked(t *testing.T) {
	rd := plainReader(t)
	tests := []struct {
		q      string
		starts bool
	}{
		{"Un jeune de Kayes demande un financement pour lancer un poulailler", true},
		{"jai fini ma formation en soudure, je veux un kit pour ouvrir mon propre atelier", true},
		{"qui aide à la création d'entreprise a Segou ?", true},
		{"denmisenw be wari deme soro min ka jago daminɛ Moti?", true},
		{"n ka baarakɛda daminɛ wari bɛ sɔrɔ min", true},
		{"J'ai lancé ma boutique il y a trois ans. Je cherche un crédit pour agrandir.", false},
		{"je veux un credit pour agrandir mon atelier de couture", false},
		{"n ka baarakeda be san 4 bo, n be wari caman fe ka a bonya", false},
	}
	for _, tt := range tests {
		if q := rd.Understand(tt.q); q.Starts != tt.starts {
			t.Errorf("%q: starts %v, want %v", tt.q, q.Starts, tt.starts)
		}
	}
}

// TestVerbsAskNothing: a Bambara verb of the lexicon (concept verbe: mɛn,
// to hear; dɛmɛ, to help) names no topic: "n tɛ faransikan mɛn", I do not
// understand French, asks for no fiche whose text holds "men".
func TestVerbsAskNothing(t *testing.T) {
	rd := testReader(t, words{"men": 1, "deme": 1})
	for _, tt := range []struct{ q, verb string }{
		{"kalan bɛ kɛ bamanankan na wa? n tɛ faransikan mɛn", "men"},
		{"jɔn bɛ se ka n dɛmɛ Kayi?", "deme"},
	} {
		q := rd.Understand(tt.q)
		if slices.ContainsFunc(q.Terms, func(x Term) bool { return x.Role.Asks() && slices.Contains(x.Variants, tt.verb) }) {
			t.Errorf("%q: %q read as asked (terms %v)", tt.q, tt.verb, roles(q))
		}
	}
}

// TestPremisesAsked: a school or a centre named in a sentence that asks
// (premises.tsv) is premises asked, unless the sentence tells the story
// (a fiche named, "le Centre Père Michel", is read by the search's
// reader, which knows the fiches: TestRefusalOnEvidence).
func TestPremisesAsked(t *testing.T) {
	rd := plainReader(t)
	tests := []struct {
		q        string
		premises bool
	}{
		{"ya un centre de formation professionnelle a nioro du sahel ?", true},
		{"école de mécanique auto à Nara, ça existe ?", true},
		{"Sikaso, sudelike kalanyoro be yen wa?", true},
		{"je veux apprendre la mecanique a Nara", false},
		{"J'ai quitté l'école en 6e. Mon père est mort. Je cherche un travail à Kayes.", false},
		// The object of a past act in a sentence that asks tells the story.
		{"il a abandonne l'ecole en 7e annee, il veut apprendre un metier, qui peut l'aider ?", false},
		{"mon fils a quitté l'école, y a un centre de formation à Kati ?", true},
	}
	for _, tt := range tests {
		if q := rd.Understand(tt.q); q.Premises != tt.premises {
			t.Errorf("%q: premises %v, want %v", tt.q, q.Premises, tt.premises)
		}
	}
}

// TestRefusingKind: a kind of structure told to turn the person away or to
// ask what they lack (refusing.tsv in the two words after it) is read as
// Query.Refusing and is no kind asked; a kind asked stays asked.
func TestRefusingKind(t *testing.T) {
	rd := plainReader(t)
	tests := []struct{ q, refusing, kind string }{
		{"Mon entreprise de menuiserie a 3 ans, les banques refusent mon dossier, je cherche un prêt pour une machine", "banque", ""},
		{"je veux acheter deux machines mais la banque me demande une garantie que je n'ai pas", "banque", ""},
		{"il voudrait ouvrir un garage mais aucune banque ne lui prête", "banque", ""},
		{"les microfinances demandent une caution, y a un autre moyen ?", "microfinance", ""},
		{"quelle banque prête aux agriculteurs a Koutiala ?", "", "banque"},
		{"la banque m'a refusé un prêt pour mon atelier", "banque", ""},
		{"on cherche des investisseurs mais on ne sait pas comment faire", "", "fonds d'investissement"}, // another clause
		{"je cherche un incubateur, les banques refusent mon dossier", "banque", "incubateur"},
	}
	for _, tt := range tests {
		if q := rd.Understand(tt.q); q.Refusing != tt.refusing || q.Kind != tt.kind {
			t.Errorf("%q: refusing %q kind %q, want %q %q", tt.q, q.Refusing, q.Kind, tt.refusing, tt.kind)
		}
	}
}

// TestBambaraKindAsked: a Bambara word of bm/kinds.tsv, read through its
// glosses, names the kind of structure asked as a French word does, but
// where something is done ("banki dɔ la", in a bank); a loan asked with
// no kind named asks none.
func TestBambaraKindAsked(t *testing.T) {
	rd := plainReader(t)
	for _, tt := range []struct{ q, kind string }{
		{"Jurudonkɛsu jumɛn bɛ juru fitinin di musow ma Bamakɔ?", "microfinance"},
		{"jurudonkesu jumen be juru di jagokelaw ma", "microfinance"},
		{"banki jumɛn bɛ juru di sɛnɛkɛlaw ma Segu?", "banque"},
		{"n b'a fɛ ka juru sɔrɔ ka jago daminɛ", ""},
		{"ne ye kalandenba ye, n b'a fe ka stage soro banki do la", ""},
	} {
		if q := rd.Understand(tt.q); q.Kind != tt.kind {
			t.Errorf("%q: kind %q, want %q", tt.q, q.Kind, tt.kind)
		}
	}
}

// TestBoughtAsksNoNeed: a Bambara thing bought ("ka kalalikɛmansin san")
// alone points to no need; a money word beside it asks money, and so does
// help asked to buy goods to work with (a machine); the trade asked to
// learn asks training.
func TestBoughtAsksNoNeed(t *testing.T) {
	rd := plainReader(t)
	tests := []struct{ q, need string }{
		{"n b'a fɛ ka kalalikɛmansin san", ""},
		{"n b'a fe ka masin san", ""},
		{"n b'a fɛ ka kalalikɛmansin san, juru bɛ sɔrɔ min?", seeds.NeedFinance},
		{"n b'a fɛ ka kalalikɛmansin dilan dege", seeds.NeedTraining},
		{"n b'a fɛ ka kalalikɛmansin san, dɛmɛ bɛ sɔrɔ min?", seeds.NeedFinance},
		{"ne ye menuiserie kalan ban Segu, ne b'a fe ka masin san, deme be soro min?", seeds.NeedFinance},
	}
	wantNeeds(t, rd, tests)
}

// TestToolsAskMoney: tools and machines needed to work (minɛn,
// baarakɛminɛn, kalalikɛmansin: concept entreprise, as the French
// need_stems.tsv reads machine, outil) ask money, after a training told
// too, in Latin letters or N'Ko.
func TestToolsAskMoney(t *testing.T) {
	rd := plainReader(t)
	for _, q := range []string{
		"n ye nɛgɛ baara dege, n mago bɛ baarakɛminɛnw na. jɔn bɛ se ka n dɛmɛ?",
		"n ye mobili dilan kalan ban kayi, n mago be baarakeminenw na. deme be soro min?",
		"ߒ ߦߋ ߞߊߟߊߟߌ ߞߊߟߊ߲ ߓߊ߲, ߒ ߡߊߜ߭ߏ ߓߍ ߞߊߟߊߟߌߞߍߡߊ߲ߛߌ߲ ߣߊ. ߘߍߡߍ ߓߍ ߛߐߙߐ ߡߌ߲?",
		"n mago bɛ kalalikɛmansin na",
	} {
		if u := rd.Understand(q); u.Need != seeds.NeedFinance {
			t.Errorf("%q: need %q, want %q (terms %v)", q, u.Need, seeds.NeedFinance, roles(u))
		}
	}
}

// TestBambaraToolsForTrade: a trade told learnt and finished ("n ye
// kalali kalan ban", "n ye kalan ban kalali la") is had, as "j'ai fini la couture": it gathers no
// school; a word right before goods says what they serve ("kalali masin",
// a sewing machine: Purpose, no training asked); goods lacked are asked
// when the message asks help.
func TestBambaraToolsForTrade(t *testing.T) {
	rd := plainReader(t)
	tests := []struct {
		q, word string
		role    Role
		need    string
	}{
		{"n ye kalali kalan ban, n mago bɛ kalalikɛmansin na. dɛmɛ bɛ sɔrɔ min?", "couture", Had, seeds.NeedFinance},
		{"ne ye mobili dilan kalan, n mago be masin na", "mécanique auto", Had, seeds.NeedFinance},
		{"n mago bɛ kalali masin na", "couture", Purpose, seeds.NeedFinance},
		{"Ne ye kalali kalan ban, nka kalali masin tɛ ne bolo. Dɛmɛ bɛ sɔrɔ min?", "couture", Purpose, seeds.NeedFinance},
		{"n ye kalali kalan ban, n bɛ baara ɲini", "couture", Had, seeds.NeedJob},
		{"n ye kalan ban kalali la, n b'a fɛ ka masin san, dɛmɛ bɛ sɔrɔ min?", "couture", Had, seeds.NeedFinance},
	}
	for _, tt := range tests {
		u := rd.Understand(tt.q)
		if r, ok := roleOf(u, tt.word); !ok || r != tt.role || u.Need != tt.need {
			t.Errorf("%q: %s %v (found %v), need %q; want %v, %q (terms %v)", tt.q, tt.word, r, ok, u.Need, tt.role, tt.need, roles(u))
		}
	}
}

// TestLearntIsWhoAsks: in "n ye X kalan" (pronoun, past ye, a verb of
// learning) X was learnt: it tells who asks, and the need is what the
// rest asks; "n ye kalan ban" (I finished school) asks no training. A
// learning decided ("n ye a latigɛ ka X dege") is asked.
func TestLearntIsWhoAsks(t *testing.T) {
	rd := plainReader(t)
	tests := []struct{ q, need string }{
		{"n ye sudelikɛ kalan, n bɛ baara ɲini", seeds.NeedJob},
		{"Sikaso, n ye kalan ban, n be stage nyini", seeds.NeedJob},
		{"n ye a latigɛ ka sudelikɛ dege Kayi", seeds.NeedTraining},
		{"n b'a fɛ ka sudelikɛ kalan", seeds.NeedTraining},
	}
	for _, tt := range tests {
		if q := rd.Understand(tt.q); q.Need != tt.need {
			t.Errorf("%q: need %q, want %q (terms %v)", tt.q, q.Need, tt.need, roles(q))
		}
	}
}

// TestBusinessRegistered: a business to register ("baarakɛda sɛbɛn") is
// asked in the words of the fiche that does it, API's "guichet unique",
// not only "formaliser", which the incubators' long texts hold too.
func TestBusinessRegistered(t *testing.T) {
	rd := plainReader(t)
	for _, q := range []string{
		"n b'a fɛ ka n ka baarakɛda sɛbɛn gɔfɛrɛnaman fɛ, Bamakɔ",
		"n b'a fe ka n ka baarakeda seben sariya la, n be taa min?",
		"n ka jago b'a sen kan bamako, n b'a fe k'a seben sariya la", // sɛbɛn sariya la: registered by law
	} {
		u := rd.Understand(q)
		if !slices.ContainsFunc(u.Terms, func(x Term) bool { return x.Role.Asks() && slices.Contains(x.Variants, "guichet unique") }) {
			t.Errorf("%q: terms %v, want guichet unique asked", q, roles(u))
		}
	}
}

// TestMachineIsNoTown: màsin (mànsin, machine: Bamadaba 91938) is a word
// of the lexicon, so it is not read as a town one letter away (Masina,
// Macina): "n b'a fɛ ka masin san" names no place.
func TestMachineIsNoTown(t *testing.T) {
	rd := plainReader(t)
	for _, q := range []string{
		"n ye kalan ban kalali la, n b'a fɛ ka masin san, dɛmɛ bɛ sɔrɔ min?",
		"masin bɛ sɔrɔ min?",
	} {
		if u := rd.Understand(q); u.Place != nil {
			t.Errorf("%q: place %s, want none", q, u.Place.Name)
		}
	}
}

// TestLanguageAsked: a people's adjective that a word of learning brings,
// or right after the trade's word ("langue chinoise"), is a language
// asked: the trade (Head) and an activity; a people's adjective elsewhere
// is not ("une entreprise chinoise", "en français" after the trade).
func TestLanguageAsked(t *testing.T) {
	rd := plainReader(t)
	tests := []struct {
		q, word  string
		language bool
	}{
		{"cours de langue chinoise", "chinoise", true},
		{"je veux apprendre le portugais", "portugais", true},
		{"cours d'anglais a bamako", "anglais", true},
		{"je veux travailler dans une entreprise chinoise", "chinoise", false},
		{"formation en informatique en français", "francais", false},
	}
	for _, tt := range tests {
		q := rd.Understand(tt.q)
		got := slices.ContainsFunc(q.Terms, func(x Term) bool {
			return x.Head && x.Activity && slices.Contains(x.Variants, tt.word)
		})
		if got != tt.language {
			t.Errorf("%q: %q a language asked %v, want %v (terms %v)", tt.q, tt.word, got, tt.language, roles(q))
		}
	}
}

// TestPumpIsTaught: pɔ́npe (pompe, Bamadaba 118458), however its last vowel
// is written, and motopɔnpu (95157) name the trade a request to learn asks
// ("ji pompi dilan dege": repairing water pumps), not a word no one knows.
func TestPumpIsTaught(t *testing.T) {
	rd := plainReader(t)
	for _, tt := range []struct{ q, want string }{
		{"Kayi, n b'a fe ka ji pompi dilan dege", "pompe"},
		{"n b'a fɛ ka pɔnpe dilan dege", "pompe"},
		{"motopompu dilan kalan be Segu wa?", "motopompe"},
	} {
		q := rd.Understand(tt.q)
		if !slices.ContainsFunc(q.Terms, func(x Term) bool { return x.Head && slices.Contains(x.Variants, tt.want) }) {
			t.Errorf("%q: terms %v, want %q asked to learn", tt.q, roles(q), tt.want)
		}
	}
}

// TestWritesWhereAsLowered checks writesWhere against lowering a copy, on
// every case of "où" and its neighbours and on every line of the question
// sets.
func TestWritesWhereAsLowered(t *testing.T) {
	texts := []string{"", "o", "ù", "où", "Où", "OÙ", "oÙ", "ou", "òu", "Ou ù", "là où", "OU", "o\xffù", "\xc3o\xc3\xb9", "İoù", "ὸù", "o\xc3", "\xc3\xb9o\xc3\x99", "éoù", "oé ù", "Ãoù"}
	files, err := filepath.Glob("../testdata/*.tsv")
	if err != nil || len(files) == 0 {
		t.Fatalf("question sets: %v", err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(b), "\n")...)
	}
	for _, s := range texts {
		if got, want := writesWhere(s), strings.Contains(strings.ToLower(s), "où"); got != want {
			t.Errorf("writesWhere(%q) = %v, lowered says %v", s, got, want)
		}
	}
}

// TestNoElisionAfterArticle: a word no one knows glued to an elided one is
// read as the two ("demploi": d, emploi), but
// after an article, a possessive or a demonstrative comes a noun, never an
// elided word (fr/determiners.tsv noun_next): "du tissu" is no "du t'issu".
func TestNoElisionAfterArticle(t *testing.T) {
	rd := testReader(t, words{"issu": 6, "emploi": 6, "informatique": 6, "errain": 6})
	for _, tt := range []struct {
		q     string
		read  string // the word read
		split bool   // whether it is read split from an elided word
	}{
		{"on cherche un financement pour acheter du tissu", "issu", false},
		{"elle veut vendre son tissu a Kayes", "issu", false},
		{"un terrain pour cultiver", "errain", false},
		{"je cherche une offre demploi a Bamako", "emploi", true},
		{"elle a un diplome dinformatique", "informatique", true},
	} {
		q := rd.Understand(tt.q)
		read := slices.ContainsFunc(q.Terms, func(term Term) bool { return slices.Contains(term.Variants, tt.read) })
		if read != tt.split {
			t.Errorf("%q: %q read apart %v, want %v (%+v)", tt.q, tt.read, read, tt.split, q.Terms)
		}
	}
}

// TestUnderstandIn: a short message read in the language given, whatever
// its few words tell: "a nimero" (numéro written as heard) in Bambara asks
// the number, "lage min ?" in French the age; read in the language their
// words tell (or none), neither.
func TestUnderstandIn(t *testing.T) {
	rd := plainReader(t)
	for _, tt := range []struct{ q, in, asked string }{
		{"a nimero", Bambara, AskContact},
		{"lage min ?", French, AskAge},
	} {
		if q := rd.Understand(tt.q); q.Lang == tt.in || q.Asked == tt.asked {
			t.Errorf("Understand(%q) = %q, asked %q; want another language, not %q", tt.q, q.Lang, q.Asked, tt.asked)
		}
		if q := rd.UnderstandIn(tt.q, tt.in); q.Lang != tt.in || q.Asked != tt.asked {
			t.Errorf("UnderstandIn(%q, %s) = %s, asked %q; want %s, %q", tt.q, tt.in, q.Lang, q.Asked, tt.in, tt.asked)
		}
	}
}

// TestCompoundPartsNeed: an unknown Bambara compound whose parts the
// lexicon knows points to the need its parts do, as the word written
// apart would ("baarakalanyɔrɔ": baarakalan, vocational training, and
// yɔrɔ); a father asking the papers of such a school asks training, not
// protection for his son.
func TestCompoundPartsNeed(t *testing.T) {
	rd := plainReader(t)
	tests := []struct{ q, need string }{
		{"N denkɛ b'a fɛ ka don Markala baarakalanyɔrɔ la, a ka kan ka sɛbɛn jumɛnw di?", seeds.NeedTraining},
		{"baarakalanyɔrɔ bɛ Segu wa?", seeds.NeedTraining},
		{"N denkɛ, Markala yɔrɔ la, sɛbɛn jumɛnw?", seeds.NeedProtection}, // no compound: the son's hint alone
	}
	for _, tt := range tests {
		if q := rd.Understand(tt.q); q.Need != tt.need {
			t.Errorf("%q: need %q, want %q (terms %v)", tt.q, q.Need, tt.need, roles(q))
		}
	}
}

// TestBambaraHasTellsWho: the word before bɛ, a pronoun and bolo is what
// the person has, who asks ("permi b'n bolo", I have a licence), as French
// "j'ai le permis"; a thing lacked (tɛ) is often what is asked
// ("dipulɔmu tɛ n bolo. n bɛ se k'a sɔrɔ min?"); a phrase of its own
// ("foyi tɛ n bolo", I have nothing) is read as that phrase.
func TestBambaraHasTellsWho(t *testing.T) {
	rd := testReader(t, words{"permis": 3, "travail": 9, "diplome": 4})
	for _, c := range []struct {
		q, word string
		role    Role
	}{
		{"n be baara nyini bamako, n ye mobilibolila ye, permi b'n bolo", "permi", Who},
		{"n bɛ baara ɲini, CAP b'n bolo", "cap", Who},
		{"n ye baari ye, nka dipulɔmu tɛ n bolo. n bɛ se k'a sɔrɔ min?", "diplôme", Topic},
		{"n bɛ baara ɲini, permi bɛ sɔrɔ min?", "permi", Topic},
	} {
		q := rd.Understand(c.q)
		if r, ok := roleOf(q, c.word); !ok || r != c.role {
			t.Errorf("Understand(%q): %q read as %v (found %v), want %v (terms %v)", c.q, c.word, r, ok, c.role, roles(q))
		}
	}
	if q := rd.Understand("foyi tɛ n bolo, n seginna ka bɔ Alizeri, n bɛ se ka dɛmɛ sɔrɔ min"); !slices.ContainsFunc(q.Terms, func(tm Term) bool { return tm.Role == Topic && tm.Need == seeds.NeedProtection }) {
		t.Errorf("foyi tɛ n bolo: the phrase (démuni) not asked (terms %v)", roles(q))
	}
}

// TestBambaraSellingTellsWho: what a person sells after bɛ ("n bɛ fini
// feere", "n bɛ tobili kɛ ka feere") is their trade, who asks, as French
// "je vends des pagnes"; a thing one wants or asks how to sell is asked.
func TestBambaraSellingTellsWho(t *testing.T) {
	rd := testReader(t, words{"fini": 3, "cuisine": 2})
	for _, c := range []struct {
		q, word string
		role    Role
	}{
		{"n bɛ fini feere Segu, n mago bɛ juru la ka n ka jago bonya", "fini", Who},
		{"n be tobili ke ka feere, n mago be wari la", "cuisine", Who}, // tobili, by its gloss
		{"n b'a fɛ ka fini feere, juru bɛ sɔrɔ min?", "fini", Topic},
		{"n bɛ se ka fini feere min?", "fini", Topic},
	} {
		q := rd.Understand(c.q)
		if r, ok := roleOf(q, c.word); !ok || r != c.role {
			t.Errorf("Understand(%q): %q read as %v (found %v), want %v (terms %v)", c.q, c.word, r, ok, c.role, roles(q))
		}
	}
}

// TestChildWhoWants: the writer's own child with a word of wanting right
// after is who wants, not a child to protect ("n denkɛ b'a fɛ ka don CFP
// Senu la": the centre and its papers are asked); a particular child ("denmisɛn
// dɔ") and a child told of with no want of theirs stay a hint of protection.
func TestChildWhoWants(t *testing.T) {
	rd := plainReader(t)
	tests := []struct{ q, need string }{
		{"N denkɛ b'a fɛ ka don CFP Senu la, sɛbɛn jumɛnw bɛ ɲini?", ""},
		{"n denkɛ b'a fɛ ka nɛgɛ baara dege", seeds.NeedTraining},
		{"denmisɛn dɔ b'a fɛ ka dɛmɛ sɔrɔ Kayi", seeds.NeedProtection},
		{"N denkɛ, Markala yɔrɔ la, sɛbɛn jumɛnw?", seeds.NeedProtection},
	}
	for _, tt := range tests {
		if q := rd.Understand(tt.q); q.Need != tt.need {
			t.Errorf("%q: need %q, want %q (terms %v)", tt.q, q.Need, tt.need, roles(q))
		}
	}
}

// TestProgrammeNamed: a programme's name spelt out in a fiche's text before
// its acronym, opened by a word of programme_names.tsv, names that fiche;
// another name so written, or the name's words apart, names none.
func TestProgrammeNamed(t *testing.T) {
	fiches := []*seeds.Fiche{
		{Ref: "P14", Name: "Agence pour la Promotion de l’Emploi des Jeunes (APEJ)", Acronyms: []string{"APEJ"},
			Text: "L’APEJ garantit l’accès aux crédits via le fonds National pour l’Emploi des Jeunes (FNEJ).\nLe Conseil Régional de Kayes (CRK) est partenaire."},
		{Ref: "P05", Name: "Institut de Formation Professionnelle Industrielle (IFPI) de Kayes", Acronyms: []string{"IFPI"}},
	}
	corpus := words{"fonds": 4, "national": 4, "emploi": 9, "jeunes": 12, "conseil": 3, "regional": 2, "kayes": 8}
	rd := fichesReader(t, corpus, fiches)
	for _, tt := range []struct {
		q     string
		named []string
	}{
		{"le fonds national pour l'emploi des jeunes finance les projets ?", []string{"P14"}},
		{"le conseil régional de Kayes aide les jeunes ?", nil},
		{"un fonds pour l'emploi des jeunes à Kayes ?", nil},
	} {
		if got := rd.Understand(tt.q).Named; !slices.Equal(got, tt.named) {
			t.Errorf("Understand(%q).Named = %v, want %v", tt.q, got, tt.named)
		}
	}
}

// TestNamesInParens: a name of several words names its fiche written whole,
// however common its words; a name in parentheses in a fiche's text, every
// word capitalised and two of them neither a place nor a country's
// adjective, names that fiche, unless it follows another fiche's acronym;
// the words apart name none.
func TestNamesInParens(t *testing.T) {
	fiches := []*seeds.Fiche{
		{Ref: "P16", Name: "Agence pour la Promotion des Investissements (API)", Acronyms: []string{"API"},
			Text: "Partenariats existants\n• UN Women (Women Business Center)\nUn partenaire (ONG Italienne) et (RMO Mali)."},
		{Ref: "P11", Name: "Impact Hub"},
		{Ref: "P27", Name: "WAEIF", Acronyms: []string{"WAEIF"}, Text: "Collaborations : TEF-PNUD (Youth Connekt)."},
		{Ref: "A09", Name: "Programme des Nations Unies pour le Développement (PNUD)", Acronyms: []string{"PNUD"}},
	}
	corpus := words{"impact": 9, "hub": 5, "women": 4, "business": 6, "center": 4, "ong": 20, "youth": 3, "connekt": 3}
	rd := fichesReader(t, corpus, fiches)
	for _, tt := range []struct {
		q     string
		named []string
	}{
		{"le Women Business Center c'est pour qui ?", []string{"P16"}},
		{"women business center formation pour les femmes", []string{"P16"}},
		{"une ONG italienne forme en couture ?", nil},
		{"impact hub aide les femmes entrepreneures ?", []string{"P11"}},
		{"un business center pour mon impact ?", nil},
		{"Youth Connekt, ils donnent combien ?", nil}, // the PNUD's programme, told of in WAEIF's text
	} {
		if got := rd.Understand(tt.q).Named; !slices.Equal(got, tt.named) {
			t.Errorf("Understand(%q).Named = %v, want %v", tt.q, got, tt.named)
		}
	}
}

// TestNamedByPronoun: a fiche named in the story and asked of in a later
// sentence by a pronoun (of_them.tsv) that names no fiche is the fiche the
// question names; two fiches told of, or none asked of by a pronoun, name
// none so.
func TestNamedByPronoun(t *testing.T) {
	fiches := []*seeds.Fiche{
		{Ref: "P07", Name: "Atelier École de Kayes (AEK)", Acronyms: []string{"AEK"}},
		{Ref: "P05", Name: "Institut de Formation Professionnelle Industrielle (IFPI) de Kayes", Acronyms: []string{"IFPI"}},
	}
	rd := fichesReader(t, words{"atelier": 3, "ecole": 5, "kayes": 8}, fiches)
	for _, tt := range []struct {
		q     string
		named []string
	}{
		{"Mon cousin m'a parlé de l'AEK à Kayes. Est-ce qu'ils forment en plomberie ?", []string{"P07"}},
		{"On m'a parlé de l'AEK et de l'IFPI. Est-ce qu'ils forment en plomberie ?", nil},
		{"Mon cousin m'a parlé de l'AEK à Kayes. Où apprendre la plomberie ?", nil},
	} {
		if got := rd.Understand(tt.q).Named; !slices.Equal(got, tt.named) {
			t.Errorf("Understand(%q).Named = %v, want %v", tt.q, got, tt.named)
		}
	}
}

// TestNamedByFacet: a last sentence that asks a part of a fiche (its
// conditions, cost) and names nothing else asks it of the one fiche the
// story names; a need asked, a thing out of scope, or two fiches told name
// none so.
func TestNamedByFacet(t *testing.T) {
	fiches := []*seeds.Fiche{
		{Ref: "P03", Name: "École Centrale pour l'Industrie, le Commerce et l'Administration (ECICA)", Acronyms: []string{"ECICA"}},
		{Ref: "P05", Name: "Institut de Formation Professionnelle Industrielle (IFPI) de Kayes", Acronyms: []string{"IFPI"}},
		{Ref: "P04", Name: "Centre Père Michel (CPM)", Acronyms: []string{"CPM"}},
	}
	rd := fichesReader(t, words{"ecole": 5, "kayes": 8, "soudure": 3, "foyer": 2}, fiches)
	for _, tt := range []struct {
		q     string
		named []string
	}{
		{"Je suis migrant de retour, l'OIM m'a mis sur une liste pour l'ECICA. Il faut un diplôme pour entrer ?", []string{"P03"}},
		{"Je vais à l'ECICA. C'est combien ?", []string{"P03"}},
		{"Mon frère est à l'ECICA. Ça dure combien de temps ?", []string{"P03"}},
		{"n cɛ ye CPM fɔ n ye. foyer sɔngɔ ye joli ye?", []string{"P04"}}, // told in who asks' past clause
		{"n teri ye ECICA fɔ n ye. A sɔngɔ ye joli ye?", []string{"P03"}},
		{"On m'a parlé de l'ECICA et de l'IFPI. Il faut un diplôme pour entrer ?", nil},
		{"Mon frère est à l'ECICA. Où apprendre la soudure à Kayes ?", nil},
		{"Mon fils est à l'ECICA. Le kilo de riz coûte combien au marché ?", nil},
	} {
		if got := rd.Understand(tt.q).Named; !slices.Equal(got, tt.named) {
			t.Errorf("Understand(%q).Named = %v, want %v", tt.q, got, tt.named)
		}
	}
}

// TestToldEnded: a fiche the message tells ended, then asks something
// else, is not named, its words not asked; asked whether it ended, or
// told ended with nothing asked after, it is named.
func TestToldEnded(t *testing.T) {
	fiches := []*seeds.Fiche{
		{Ref: "R03", Name: "Avenir Brillant (Plan International, Enda Mali, BNCE)", Acronyms: []string{"BNCE"}},
	}
	rd := fichesReader(t, words{"avenir": 3, "brillant": 2, "kayes": 8, "electricite": 6}, fiches)
	for _, tt := range []struct {
		q     string
		named []string
		topic string // a topic read, or ""
	}{
		{"avenir brillant est fini, je vais ou pour apprendre l'electricite a kayes ?", nil, ""},
		{"Avenir Brillant est fini ?", []string{"R03"}, "brillant"},
		{"Avenir Brillant c'est fini ?", []string{"R03"}, "brillant"},
		{"avenir brillant banna, n bɛ taa min sisan ka kuran dege Kayi?", nil, ""},
		{"Avenir Brillant prend encore des jeunes a Kayes ?", []string{"R03"}, "brillant"},
	} {
		q := rd.Understand(tt.q)
		if !slices.Equal(q.Named, tt.named) {
			t.Errorf("Understand(%q).Named = %v, want %v", tt.q, q.Named, tt.named)
		}
		got := roles(q)
		if tt.topic != "" && !slices.Contains(got[Topic], tt.topic) {
			t.Errorf("%q: topics %q, want %q among them", tt.q, got[Topic], tt.topic)
		}
		if tt.named == nil && slices.Contains(got[Topic], "brillant") {
			t.Errorf("%q: the name told ended read as a topic: %q", tt.q, got[Topic])
		}
	}
}

// TestQuotedProgramme: a programme a fiche's text names in quotes after a
// word of programme_names.tsv names that fiche, one word read exactly; a
// name in quotes after another word, or already another fiche's name,
// names none so.
func TestQuotedProgramme(t *testing.T) {
	fiches := []*seeds.Fiche{
		{Ref: "P25", Name: "FADEV", Acronyms: []string{"FADEV"},
			Text: "Projet « Yirimali » (diaspora et petites entreprises).\nLe rapport dit « sera ouvert bientôt »."},
		{Ref: "P35", Name: "AME", Text: "Partenaire du projet « Avenir brillant »."},
		{Ref: "R03", Name: "Avenir Brillant"},
	}
	corpus := words{"yirimali": 1, "avenir": 3, "brillant": 3, "ouvert": 6}
	rd := fichesReader(t, corpus, fiches)
	for _, tt := range []struct {
		q     string
		named []string
	}{
		{"slt c koi le projet yirimali", []string{"P25"}},
		{"yirimali", []string{"P25"}},
		{"yirimal c quoi", nil},                                        // read exactly
		{"le projet avenir brillant existe encore ?", []string{"R03"}}, // its own name, not AME's programme
		{"c'est ouvert bientot ?", nil},
	} {
		if got := rd.Understand(tt.q).Named; !slices.Equal(got, tt.named) {
			t.Errorf("Understand(%q).Named = %v, want %v", tt.q, got, tt.named)
		}
	}
}

// TestToldExcluded: a fiche left out by a phrase before its name (French)
// or tɛ right after it (Bambara) is excluded, not named, not a topic; a
// negation that asks about it, or tɛ before a place, excludes nothing.
func TestToldExcluded(t *testing.T) {
	fiches := []*seeds.Fiche{
		{Ref: "P05", Name: "Institut de Formation Professionnelle Industrielle (IFPI) de Kayes", Acronyms: []string{"IFPI"}},
		{Ref: "P14", Name: "Agence pour la Promotion de l'Emploi des Jeunes (APEJ)", Acronyms: []string{"APEJ"}},
	}
	rd := fichesReader(t, words{"kayes": 8, "formation": 6, "informatique": 5, "bamako": 8}, fiches)
	for _, tt := range []struct {
		q               string
		named, excluded []string
	}{
		{"autre que l'IFPI ?", nil, []string{"P05"}},
		{"sauf l'APEJ, il y a qui ?", nil, []string{"P14"}},
		{"à part l'APEJ qui finance à Bamako ?", nil, []string{"P14"}},
		{"une formation en informatique à Bamako, mais pas à l'IFPI", nil, []string{"P05"}},
		{"IFPI tɛ, dɔ wɛrɛ bɛ yen wa?", nil, []string{"P05"}},
		{"IFPI tɛ Kayi wa?", []string{"P05"}, nil},
		{"je ne connais pas l'APEJ, c'est quoi ?", []string{"P14"}, nil},
		{"l'APEJ c'est pour quel âge ?", []string{"P14"}, nil},
	} {
		q := rd.Understand(tt.q)
		if !slices.Equal(q.Named, tt.named) || !slices.Equal(q.Excluded, tt.excluded) {
			t.Errorf("Understand(%q): Named %v Excluded %v, want %v %v", tt.q, q.Named, q.Excluded, tt.named, tt.excluded)
		}
	}
}

// TestMonthsAreTime: a month (fr/frame.tsv) tells when, never a topic
// searched ("revenue d'Algérie en mars", "depuis janvier", "le 12 avril").
func TestMonthsAreTime(t *testing.T) {
	rd := plainReader(t)
	for _, tt := range []struct{ q, month string }{
		{"revenue d'Algérie en mars, je veux apprendre la couture à Bamako", "mars"},
		{"depuis janvier je cherche une formation en soudure", "janvier"},
		{"rentré le 12 avril, où apprendre la mécanique à Kayes ?", "avril"},
		{"en aout je veux commencer l'electricite a bamako", "aout"},
	} {
		q := rd.Understand(tt.q)
		if slices.ContainsFunc(q.Terms, func(x Term) bool { return slices.Contains(x.Variants, tt.month) }) {
			t.Errorf("%q: %q is a term (terms %v)", tt.q, tt.month, roles(q))
		}
	}
}

// TestToldFormer: the trade after "ancien", "ancienne" (fr/former.tsv) is
// what the person was, who they are, not a topic asked.
func TestToldFormer(t *testing.T) {
	rd := plainReader(t)
	for _, tt := range []struct {
		q, word string
		want    Role
	}{
		{"Une jeune de Ségou, ancienne coiffeuse à Sikasso, veut apprendre l'informatique. Où à Bamako ?", "coiffeuse", Who},
		{"Un jeune, ancien manoeuvre à Bamako, veut monter son entreprise à Mopti", "manoeuvre", Who},
		{"je veux apprendre la coiffure a bamako", "coiffure", Topic},
	} {
		if got, ok := roleOf(rd.Understand(tt.q), tt.word); !ok || got != tt.want {
			t.Errorf("Understand(%q): %q is %v (%v), want %v", tt.q, tt.word, got, ok, tt.want)
		}
	}
}
