package index

import (
	"context"
	"io/fs"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"
	"unicode/utf8"

	"sira/index/lang"
	"sira/seeds"
)

var (
	shared     *Index
	sharedOnce sync.Once
)

// testIndex is the index of the shipped fiches, built once for all tests.
func testIndex(t testing.TB) *Index {
	t.Helper()
	sharedOnce.Do(func() {
		var err error
		if shared, err = shippedIndex(); err != nil {
			panic(err)
		}
	})
	return shared
}

// shippedIndex loads the embedded fiches and indexes them.
func shippedIndex() (*Index, error) {
	fiches, err := seeds.Load(seeds.Embedded())
	if err != nil {
		return nil, err
	}
	return New(fiches)
}

func TestLanguage(t *testing.T) {
	ix := testIndex(t)
	tests := []struct{ q, want string }{
		{"ou je peux apprendre la soudure a kayes", French},
		{"formaton en electrisite", French},
		{"n b'a fɛ ka mobili dilan dege Bamakɔ", Bambara},
		{"n be se ka kalan min Kayi?", Bambara},
		{"jurudon bɛ sɔrɔ min", Bambara},
		{"Baobab nimoro", Bambara},                           // a Bambara word beside a name
		{"n b'a fe ka froid ni climatisation dege", Bambara}, // French trade words inside Bambara
		{"contact BNDA", French},
		{"baara sɔrɔ Mopti", Bambara},            // a phrase whose words the French stemmer finds in fiches
		{"mécanique moto kalan Bamakɔ", Bambara}, // French nouns, Bambara grammar
		{"I ni ce. Baobab nimoro", Bambara},      // a greeting ("ce" is also French)
		{"Croix Rouge nimɔrɔ", Bambara},
		{"CFP Senou sebenw", Bambara},            // a Bambara word known once stemmed
		{"formation kalali a kayes svp", French}, // a Bambara noun, French grammar
		{"ߓߊߊߙߊ ߢߌߣߌ", Bambara},                  // N'Ko
		{"Ségou", ""},                            // a place alone says nothing
		{"76 12 34 56", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := ix.Understand(tt.q).Lang; got != tt.want {
			t.Errorf("Understand(%q).Lang = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestPlaceNeedAsked(t *testing.T) {
	ix := testIndex(t)
	tests := []struct{ q, place, need, asked string }{
		{"formation en plomberie a Bamako", "bamako", seeds.NeedTraining, ""},
		{"je cherche un credit pour mon elevage", "", seeds.NeedFinance, ""},
		{"ma soeur victime de violence a Mopti", "mopti", seeds.NeedProtection, ""},
		{"offre de travail chauffeur", "", seeds.NeedJob, ""},
		{"numero de l'ANPE", "", "", AskContact},
		{"combien coute la formation au CFP Senou", "", seeds.NeedTraining, AskCost},
		{"quels papiers pour s'inscrire a l'IFPI", "", "", AskConditions},
		{"c'est quoi Jokkolabs", "", "", AskWhat},
		{"jurudon bɛ sɔrɔ min Sikaso", "sikasso", seeds.NeedFinance, ""},
		{"denmisɛn dɛmɛ Bamakɔ", "bamako", seeds.NeedProtection, ""},
		{"baara ɲini Segu", "segou", seeds.NeedJob, ""},
		{"kalan sɔngɔ ye joli ye Kucala", "koutiala", seeds.NeedTraining, AskCost},
		{"Missabougou kalanyɔrɔ ka telefɔni nimɔrɔ", "", seeds.NeedTraining, AskContact},
		{"formation a Kalaban Coro", "kalabancoro", seeds.NeedTraining, ""},
		{"contact Zira Capital", "", seeds.NeedFinance, AskContact}, // "cap" the diploma is not in "capital"
		{"il a un CAP", "", seeds.NeedTraining, ""},
		{"il a un CAP et veut une subvention", "", seeds.NeedFinance, ""},                              // what is wanted outweighs who asks
		{"il faut réparer mon téléphone", "", "", ""},                                                  // a thing the person has, not a request for a number
		{"formation couture a bamko", "bamako", seeds.NeedTraining, ""},                                // a place misspelt
		{"expulsé de mauritanie sans argent", "", seeds.NeedProtection, ""},                            // lacking money is no loan asked
		{"baara be soro Mopti wa, n ye kalanden ye", "mopti", seeds.NeedJob, ""},                       // "I am a student" says who asks, not what
		{"je veux ouvrir un salon de coiffure, il me faut un petit credit", "", seeds.NeedFinance, ""}, // "il me faut" wants what follows, adjective and all
		{"ߖߎߙߎߘߐ߲ ߓߍ ߛߐߙߐ ߡߌ߲ ߛߍߜߎ", "segou", seeds.NeedFinance, ""},                                   // N'Ko ߜ without its mark is g
	}
	for _, tt := range tests {
		q := ix.Understand(tt.q)
		place := ""
		if q.Place != nil {
			place = q.Place.ID
		}
		if place != tt.place || q.Need != tt.need || q.Asked != tt.asked {
			t.Errorf("Understand(%q) = place %q need %q asked %q, want %q %q %q", tt.q, place, q.Need, q.Asked, tt.place, tt.need, tt.asked)
		}
	}
}

func refs(a Answer) []string {
	var out []string
	for _, r := range a.Results {
		out = append(out, r.Fiche.Ref)
	}
	return out
}

// TestRanking checks questions written for this test (the dev set is
// measured apart, in TestEvalBars): the first result must be one of want.
func TestRanking(t *testing.T) {
	ix := testIndex(t)
	tests := []struct {
		q    string
		want []string
	}{
		{"ou je peux apprendre la soudure a kayes", []string{"P05", "P07"}},
		{"n b'a fɛ ka mobili dilan dege Bamakɔ", []string{"P01", "P04"}},
		{"formation en plomberie a Bamako", []string{"P01", "P02", "P03"}},
		{"aprendre la maconerie", []string{"P01", "P02", "P03", "P05"}},         // typo
		{"ou aprendre la chodronerie", []string{"P02"}},                         // typo the stemmer cannot fix
		{"ma soeur victime de violence a Mopti", []string{"P36", "P37", "P33"}}, // place filter
		{"numero de l'ANPE", []string{"P15"}},
		{"c'est quoi Jokkolabs", []string{"P13"}},
		{"n be se ka kalali dege Kayi wa", []string{"R03", "P34", "P35"}},
		{"ߒ ߓߍ ߛߋ ߞߊ ߞߊߟߊߟߌ ߞߊߟߊ߲ ߡߌ߲ ߞߊߦߌ", []string{"R03", "P34", "P35"}}, // the same in N'Ko
		{"baara ɲini Bamakɔ", []string{"P28", "P30", "P31", "P15"}},
		{"tungarankɛ seginnenw dɛmɛ", []string{"P35", "P19", "P33", "P32"}},
		{"jcherche du boulot a bko", []string{"P28", "P30", "P31", "P15"}},                                                   // SMS, informal
		{"devenir menuisier", []string{"P01", "P02", "P03", "P04"}},                                                          // worker → trade
		{"formation de coiffeur", []string{"P01", "P03"}},                                                                    //
		{"financemen pr mon projet d'elevage", []string{"P21", "P18", "P22", "P20"}},                                         // as when spelt right: P20 funds and trains in élevage
		{"numero de telephone du centre pere michel", []string{"P04"}},                                                       // named, though A06 mentions it too
		{"croix rouge gao", []string{"P32"}},                                                                                 // the need decides between equals
		{"ou trouver un psychologue pour mon frere revenu d algerie", []string{"P32", "P33", "P35", "P36"}},                  // shared stem
		{"ma soeur a ete victime de traite elle a besoin d'aide a bamako", []string{"P34", "R03"}},                           // d'aide is a request word
		{"aide pour ecrire mon cv", []string{"P31", "P30"}},                                                                  // a short word few fiches hold
		{"credit pour acheter des vaches", []string{"P21", "P18", "P22"}},                                                    // animals are raised
		{"ma soeur a fait un CAP en couture, elle cherche un crédit pour ouvrir son atelier", []string{"P22", "P21", "P14"}}, // what she did tells who asks
		{"mon frere sort de l'école avec un diplome de menuisier il cherche un emploi a Bamako", []string{"P30", "P28", "P14", "P31"}},
		{"denmisɛn dɔ tununna, jɔn bɛ se ka dɛmɛ?", []string{"P37", "P34", "P36"}},                                  // glosses that name a topic
		{"je suis rentre de Libye, je veux apprendre la soudure", []string{"P01", "P02", "P04", "P05", "P07"}},      // where from is no topic
		{"ma soeur a ete violee, ou trouver de l'aide a mopti", []string{"P36", "P32", "P33"}},                      // harm is violence
		{"un incubateur pour mon projet de couture", []string{"P10", "P11", "P12", "P13"}},                          // the kind asked is a topic
		{"fromation en electricte a kayes", []string{"P05", "P07"}},                                                 // a swap, a dropped letter
		{"formation mecaniqeu moto a bamako", []string{"P01", "P04"}},                                               // a slip the stemmer keeps: the fiches' word it spoils
		{"centre d'acceuil pour migrant expulsé", []string{"P35"}},                                                  // a swap the sound key misses
		{"n b'a fe ka kuranbaara dege Bamako", []string{"P01", "P02", "P03", "P04"}},                                // a compound's parts name its topic
		{"formation en conduite de tracteur", []string{"P07"}},                                                      // a phrase held as written
		{"npogotigi dɔ bɛ tɔɔrɔ la Mopti, jɔn bɛ se k'a dɛmɛ", []string{"P36", "P37", "P33"}},                       // suffering is about protection
		{"n denmuso b'a fɛ ka digibaga baara dege Bamakɔ", []string{"P01", "P03"}},                                  // the hairdresser's work is the trade
		{"baara sɔrɔ Mopti", []string{"P14", "P15", "P17"}},                                                         // a job: services before donors
		{"foyi tɛ n bolo, n seginna ka bɔ Alizeri, n bɛ se ka dɛmɛ sɔrɔ min", []string{"P35", "P32", "P33"}},        // "nothing in my hand": destitute
		{"tungaranke seginnen be se ka dunanjiginso soro min Bamako", []string{"P35"}},                              // a stranger's lodging is shelter
		{"reparation frigo et clim ou se former a kayes", []string{"P05"}},                                          // spoken French for froid, climatisation
		{"migrant refoule d'algerie arrive a gao sans rien", []string{"P34", "P32"}},                                // pushed back is expelled; arrived, nothing: no topics
		{"je sors de prison, je cherche du travail a bamako", []string{"P28", "P30", "P31", "P15"}},                 // who asks counts as written, not by sound ("prison")
		{"femme battue par son mari a segou ou aller", []string{"P36", "P33", "P32"}},                               // the husband tells who, not what
		{"jcherche ou apprendre a fabriquer des bougies", []string{"P34"}},                                          // making is how, candles are what
		{"cherche un parent disparu depuis son depart en libye", []string{"P32"}},                                   // a country after a journey word is the story
		{"baara be soro Mopti wa, n ye kalanden ye", []string{"P17", "P14", "P15"}},                                 //
		{"ne ye kalanbali ye, baarakalan bɛ Kayi wa?", []string{"P05", "P07"}},                                      // who asks ranks the fiches that know it
		{"accueil de nuit pour migrants a kayes", []string{"P35"}},                                                  // a night's stay is shelter
		{"mon voisin de 15 ans a ete victime de traite en cote d'ivoire, il est revenu a sikasso", []string{"P34"}}, // the neighbour tells who
		{"je cherche ma famille disparue en route vers l'europe", []string{"P32"}},                                  //
		{"un crédit pour agrandir ma boutique de couture", []string{"P21", "P14", "P22"}},                           // the loan is asked, the trade is what it is for; it fits without a bank that names the trade
		{"je veux aller travailler en Espagne", []string{"P15"}},                                                    // the ANPE's Spain programme: work there is asked
		{"il veut aller en Libye, comment lui trouver un travail ici", []string{"P28", "P30", "P15"}},               // a destination beside what is asked
		{"formation en soudure pour aller travailler en Europe apres", []string{"P01", "P02", "P05", "P07"}},        // where, and for what: the welding is asked
		{"acheter des poussins pour demarrer un elevage, qui peut financer", []string{"P21", "P20", "P18", "P10"}},
		{"un pret pour acheter un frigo pour mon commerce", []string{"P22", "P21", "P14", "P23"}},                  // to buy with money asked for
		{"il a fait la prison en Libye, maintenant il cherche du soutien psychologique", []string{"P32", "P36"}},   // the clause before "il cherche" is his story
		{"je suis couturiere a Kayes et je veux un financement pour acheter des machines", []string{"P12", "P21"}}, // "acheter" is how; machines are équipement
		{"aide pour enfant victime de travail force dans les mines a Kenieba", []string{"P34", "P37"}},             // forced labour: the protection actors serving Kayes, not the ended R04
		{"ma fille a 16 ans, elle cherche une formation en couture", []string{"P01", "P03", "R03"}},                // a number is no topic
	}
	for _, tt := range tests {
		a, err := ix.Ask(context.Background(), tt.q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if a.NoMatch || len(a.Results) == 0 || !slices.Contains(tt.want, a.Results[0].Fiche.Ref) {
			t.Errorf("Ask(%q) = %v no_match=%v, want first one of %v", tt.q, refs(a), a.NoMatch, tt.want)
		}
		for _, r := range a.Results {
			if len(r.Why) == 0 {
				t.Errorf("Ask(%q): %s has no why", tt.q, r.Fiche.Ref)
			}
		}
	}
}

// A topicCase says whether a word is among the topics read in a question.
type topicCase struct {
	q, topic string
	want     bool
}

func checkTopics(t *testing.T, ix *Index, tests []topicCase) {
	t.Helper()
	for _, tt := range tests {
		topics := ix.Understand(tt.q).Topics()
		if got := slices.ContainsFunc(topics, func(s string) bool { return strings.Contains(s, tt.topic) }); got != tt.want {
			t.Errorf("Understand(%q).Topics() = %v, want %q: %v", tt.q, topics, tt.topic, tt.want)
		}
	}
}

// TestRespell checks that Bambara written by ear finds its lexicon word,
// and that ambiguous or short words are left as typed.
func TestRespell(t *testing.T) {
	tests := []topicCase{
		{"n b'a fɛ ka baara sɔrɔ Farasi", "france", true}, // a dropped nasal
		{"n b'a fɛ ka baara sɔrɔ Faransi", "france", true},
		{"n b'a fɛ ka baara sɔrɔ Farati", "france", false}, // a lexicon word itself
		// French words of asking, misspelt, are no topics.
		{"je suis a segou, ou me formre ?", "formre", false}, // swapped
		{"migrant malade beson de soins", "beson", false},    // a letter dropped
		{"formation pour les jernes", "jernes", false},       // a letter changed, into a frame word
		{"je veux alprendre la soudure", "alprendre", false},
		{"je veux louer un appartement", "louer", true},                         // "loger" is another word
		{"ou reparer ma montre a kayes", "montre", true},                        // after a possessive, a noun, not "monter"
		{"qui finacne la formation a segou", "finacne", false},                  // a need word swapped
		{"quel est le nutero du centre agropastoral de kayes", "nutero", false}, // a letter changed, into a word that says what is asked
		{"quellse conditions pour entrer", "quellse", false},                    // two grammar words one edit away read alike
		{"reparation de telephones portables", "telephones", true},              // "telephone" and "telephoner" are no single reading
	}
	checkTopics(t, testIndex(t), tests)
}

func TestNounAt(t *testing.T) {
	tests := []struct {
		q    string
		i    int
		lang string
		want bool
	}{
		{"je veux un visa", 3, French, true},
		{"bourse d etudes en chine", 4, French, true},
		{"besoin de fabriquer du savon", 2, French, false}, // an infinitive after "de"
		{"qui peut le corriger", 3, French, false},         // "le" as a pronoun
		{"migrant malade a tombouctou", 1, French, false},  // no determiner
		{"cours de guitare", 2, French, true},
		{"visa", 0, French, false},
		{"n b a fe ka mobili bolili kalan", 6, Bambara, true}, // the object, before its verb
		{"n b a fe ka mobili bolili kalan", 5, Bambara, false},
	}
	for _, tt := range tests {
		if got := testIndex(t).v.nounAt(strings.Fields(tt.q), tt.i, tt.lang); got != tt.want {
			t.Errorf("nounAt(%q, %d) = %v, want %v", tt.q, tt.i, got, tt.want)
		}
	}
}

func TestPurpose(t *testing.T) {
	ix := testIndex(t)
	q := ix.Understand("je voudrais un pret pour agrandir mon atelier")
	for _, u := range q.units {
		if want := u.variants[0] != "pret"; u.purpose != want {
			t.Errorf("unit %q: purpose %v, want %v", u.variants[0], u.purpose, want)
		}
	}
}

func TestNeedOf(t *testing.T) {
	tests := map[string]string{
		"cap": seeds.NeedTraining, "caps": seeds.NeedTraining, "capital": seeds.NeedFinance, // "cap" is a whole word
		"soudure": seeds.NeedTraining, "credits": seeds.NeedFinance, "cv": seeds.NeedJob,
		"victimes": seeds.NeedProtection, "kit": seeds.NeedFinance, "kite": "", "maison": "",
	}
	for w, want := range tests {
		if got := testIndex(t).v.needOf(w); got != want {
			t.Errorf("needOf(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestSentenceEnds(t *testing.T) {
	tests := []struct {
		text string
		want [][2]int
	}{
		{"formation soudure", nil},
		{"Bonjour. Formation ?", [][2]int{{7, 8}, {19, 20}}},
		{"2.500 FCFA", nil}, // a number's dot
		{"il demande : soudure", [][2]int{{11, 12}}},
		{"quoi?!? rien", [][2]int{{4, 7}}}, // a run of marks is one end
		{"ligne\nautre", [][2]int{{5, 6}}},
	}
	for _, tt := range tests {
		if got := sentenceEnds(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("sentenceEnds(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestRequests(t *testing.T) {
	tests := []topicCase{
		{"Mon cousin est revenu l'année dernière, il reste à la maison. Il cherche une formation en soudure", "maison", false},
		{"Mon cousin est revenu l'année dernière, il reste à la maison. Il cherche une formation en soudure", "soudure", true},
		{"Un jeune menuisier me demande : subvention pour AGR", "menuisier", false}, // the colon introduces the request
		{"Formation en soudure. A Kayes.", "soudure", true},                         // a need word asks
		{"je cherche la maison des jeunes", "maison", true},                         // one sentence: all of it asks
		{"2.500 FCFA pour la soudure", "soudure", true},                             // a number's dot ends nothing
	}
	checkTopics(t, testIndex(t), tests)
}

// TestPeopleGlosses checks that a Bambara word for people names the topic
// when it is about people at large, and tells who asks when it is one's own.
func TestPeopleGlosses(t *testing.T) {
	tests := []topicCase{
		{"denmisɛnw bɛ baara kɛ sanu kɔlɔn na, jɔn bɛ se k'u dɛmɛ?", "enfant", true},
		{"n denkɛ b'a fɛ ka mobili dilan kalan Kayi", "fils", false}, // my son
		{"muso dɔ n'a denw, binkanni kɛra a kan", "enfant", false},   // her children
	}
	checkTopics(t, testIndex(t), tests)
}

func TestPastTense(t *testing.T) {
	tests := []struct {
		q    string
		i    int
		want bool
	}{
		{"il a quitte l ecole", 2, true},
		{"j ai perdu contact", 2, true},
		{"apprendre a nager", 2, false}, // à
		{"a kayes", 1, false},
		{"soudure", 0, false},
	}
	for _, tt := range tests {
		if got := testIndex(t).v.pastTense(strings.Fields(tt.q), tt.i); got != tt.want {
			t.Errorf("pastTense(%q, %d) = %v, want %v", tt.q, tt.i, got, tt.want)
		}
	}
}

func TestNoMatch(t *testing.T) {
	ix := testIndex(t)
	tests := []struct {
		q         string
		elsewhere bool
	}{
		{"cours de pilotage d'avion", false},
		{"je veux apprendre le japonais", false},
		{"n b'a fɛ ka piano dege", false},
		{"formation en horlogerie, réparation de montres", false},
		{"formation pilote avion", false},             // "projet pilote", deep in a text
		{"auto ecole pour permis de conduire", false}, // half the words, none in a name or trade
		{"bourse d'etudes en Chine", false},           // "bourse" is in a fiche, "Chine" in none
		{"je veux un visa pour le canada", false},     // Canada is where, not what
		{"comment avoir la nationalite francaise", false},
		{"*a*a*", false},
		{"", false},
		{"😀😀😀", false},
		{"incubateur a Gao", true},                         // incubators exist, none in Gao
		{"n b'a fɛ ka so san Bamakɔ", false},               // a place, and nothing asked of it
		{"réparer mon téléphone", false},                   // the phone is the thing, not a contact asked
		{"formation en soudure a Kidal", true},             // national fiches mention welding only deep in their text
		{"auto ecole a bamako", false},                     // a compound whose words mislead
		{"bourse d'etude au canada", false},                // Canada is where a fiche has an office, not a bourse
		{"cours de conduite pour avoir le permis", false},  // "conduite de tracteur" is no driving lesson
		{"n b'a fɛ ka mobili boli kalan", false},           // driving a car, in Bambara: a phrase glossed as one
		{"n b'a fɛ ka taa Faransi", false},                 // going abroad: no fiche helps people leave
		{"je veux aller en Italie", false},                 //
		{"n b'a fɛ ka taa Ameriki ka baara kɛ yen", false}, // to work there: going is what is asked
		{"je veux partir en France pour travailler", false},
		{"je veux acheter un frigo", false},            // the fiches sell nothing
		{"n b'a fɛ ka moto san", false},                //
		{"je veux devenir footballeur pro", false},     // "pro" says how, not what
		{"je cherche un mari pour ma fille", false},    // the relative sought is the thing asked
		{"n b'a fɛ ka muso furu", false},               // marrying: a Bambara gloss no fiche knows is the thing asked
		{"formation en astronomie a bamako", false},    // "gastronomie" is another word, not a slip
		{"comment avoir le permis de conduire", false}, //
	}
	for _, tt := range tests {
		a, err := ix.Ask(context.Background(), tt.q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if !a.NoMatch || a.Elsewhere != tt.elsewhere {
			t.Errorf("Ask(%q) = no_match %v elsewhere %v %v, want no_match, elsewhere %v", tt.q, a.NoMatch, a.Elsewhere, refs(a), tt.elsewhere)
		}
	}
	// A place alone still shows what is there.
	if a, _ := ix.Ask(context.Background(), "Ségou", 3); len(a.Results) == 0 || !a.Results[0].Fiche.Serves("segou") {
		t.Errorf("Ségou alone = %v", refs(a))
	}
	// Alternatives start with the fiches that name the trade in their trades.
	if a, _ := ix.Ask(context.Background(), "formation en soudure a Kidal", 3); len(a.Results) == 0 || !a.Results[0].strong {
		t.Errorf("alternatives for Kidal = %v, want a welding school first", refs(a))
	}
	// Alternatives for a place nobody serves start with the nearest.
	a, _ := ix.Ask(context.Background(), "incubateur a Gao", 3)
	if len(a.Results) == 0 || !a.Results[0].Fiche.Serves("mopti") {
		t.Errorf("alternatives for Gao = %v, want the Mopti incubator first", refs(a))
	}
}

func TestSameAnswerAfterRestart(t *testing.T) {
	fiches, err := seeds.Load(seeds.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	var first [][]string
	for run := range 3 {
		ix, err := New(fiches)
		if err != nil {
			t.Fatal(err)
		}
		for i, c := range readCases(t, "testdata/own.tsv") {
			a, err := ix.Ask(context.Background(), c.Question, 9)
			if err != nil {
				t.Fatal(err)
			}
			if run == 0 {
				first = append(first, refs(a))
			} else if got := refs(a); !slices.Equal(got, first[i]) {
				t.Errorf("Ask(%q) = %v, then %v after a restart", c.Question, first[i], got)
			}
		}
		ix.Close()
	}
}

func TestHostileInput(t *testing.T) {
	ix := testIndex(t)
	huge := strings.Repeat("formation soudure Kayes ", 5000) // 115 KB
	for _, q := range []string{
		huge,
		"\xff\xfe formation \xc3",
		"*a*a*", "/(a+)+$/", "a~2 +b -c ^d e:f", `"unbalanced`, "\x00\x01",
		strings.Repeat("é", 1000),
		strings.Repeat("ߒ", 2000),
	} {
		start := time.Now()
		a, err := ix.Ask(context.Background(), q, 3)
		if err != nil {
			t.Errorf("Ask(%.20q): %v", q, err)
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("Ask(%.20q) took %v", q, d)
		}
		if !utf8.ValidString(a.Text) || utf8.RuneCountInString(a.Text) > MaxQuestion {
			t.Errorf("Ask(%.20q): text not cut or not valid UTF-8", q)
		}
	}
	a, _ := ix.Ask(context.Background(), huge, 3)
	if a.NoMatch || len(a.Results) == 0 {
		t.Error("a 115 KB message is not answered from its beginning")
	}
}

func TestCut(t *testing.T) {
	s := strings.Repeat("é", MaxQuestion+10) // 2 bytes each
	got := Cut(s)
	if utf8.RuneCountInString(got) != MaxQuestion || !utf8.ValidString(got) {
		t.Errorf("Cut: %d characters, valid %v", utf8.RuneCountInString(got), utf8.ValidString(got))
	}
	if got := Cut("a\x00b\xffc"); got != "a b c" {
		t.Errorf("Cut = %q", got)
	}
}

// devCases reads the copy of the development questions.
func devCases(t testing.TB) []Case { return readCases(t, "testdata/dev.tsv") }

func readCases(t testing.TB, path string) []Case {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cases, err := ReadCases(f)
	if err != nil {
		t.Fatal(err)
	}
	return cases
}

// TestEvalBars guards the measured quality: on the development questions
// (a copy of shared/eval/dev.tsv) and on questions written for Sira after
// it (testdata/own.tsv), and on dev's questions varied (testdata/
// variants.tsv: a typo in one word, French without accents, Bambara in phone
// spelling or in N'Ko, either after a chatty first sentence), it fails if a
// change makes search worse than the bars, a little under what is measured
// now.
func TestEvalBars(t *testing.T) {
	tests := []struct {
		file                                string
		frHit1, frHit3, bmHit1, bmHit3, neg float64
	}{
		{"testdata/dev.tsv", 0.92, 0.98, 0.9, 0.96, 0.95},
		// own French hit@1 0.899: a distress answer puts the actors a
		// person can reach before programmes (UNICEF, P37, is one), where
		// own's protection questions want UNICEF first.
		{"testdata/own.tsv", 0.89, 0.93, 0.82, 0.9, 0.86},
		{"testdata/variants.tsv", 0.9, 0.94, 0.86, 0.9, 0},
	}
	ix := testIndex(t)
	for _, tt := range tests {
		rep, err := ix.Evaluate(context.Background(), readCases(t, tt.file))
		if err != nil {
			t.Fatal(err)
		}
		fr, bm := rep.ByLang[French], rep.ByLang[Bambara]
		if fr.Hit1 < tt.frHit1 || fr.Hit3 < tt.frHit3 || bm.Hit1 < tt.bmHit1 || bm.Hit3 < tt.bmHit3 || rep.All.NegOK < tt.neg || rep.All.LangOK < 0.97 {
			var b strings.Builder
			rep.Write(&b)
			t.Errorf("%s below the bars:\n%s\n%s", tt.file, b.String(), strings.Join(rep.Failing, "\n"))
		}
	}
}

func FuzzAsk(f *testing.F) {
	for _, s := range []string{"ou je peu apprendre la soudure a kayes", "n b'a fɛ", "ߒ ߓߍ", "*a*a*", "/(a+)+$/", "~+-^", "\xff"} {
		f.Add(s)
	}
	ix := testIndex(f)
	f.Fuzz(func(t *testing.T, q string) {
		a, err := ix.Ask(context.Background(), q, 3)
		if err != nil {
			t.Fatalf("Ask(%q): %v", q, err)
		}
		if a.NoMatch && a.Elsewhere && len(a.Results) == 0 {
			t.Fatalf("Ask(%q): elsewhere with no alternative", q)
		}
		if len(a.Results) > 3 {
			t.Fatalf("Ask(%q): %d results", q, len(a.Results))
		}
	})
}

func TestNamedFiches(t *testing.T) {
	ix := testIndex(t)
	tests := []struct {
		q    string
		want []string
	}{
		{"centre pere michel", []string{"P04"}},
		{"AECID et le CPM", []string{"A06", "P04"}},
		{"Zira Capital", []string{"P23"}},
		{"un CFP a Bamako", nil},           // shared acronym: names no fiche
		{"formation professionnelle", nil}, // words of many names
		{"personnel de sante", nil},        // a word common in the texts
		{"APEJ ka baara", []string{"P14"}}, // inside Bambara
		{"Boabab nimoro", []string{"P22"}}, // a name misspelt
		{"Mssabougou kalanyoro", []string{"P01"}},
	}
	for _, tt := range tests {
		if got := ix.Understand(tt.q).Named; !slices.Equal(got, tt.want) {
			t.Errorf("Understand(%q).Named = %v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestAskInRegion(t *testing.T) {
	ix := testIndex(t)
	a, err := ix.AskIn(context.Background(), "formation en soudure", "kayes", 3)
	if err != nil {
		t.Fatal(err)
	}
	if a.Place == nil || a.Place.Region != "kayes" || len(a.Results) == 0 || !a.Results[0].Fiche.Serves("kayes") {
		t.Errorf("AskIn kayes = %v", refs(a))
	}
	// A place in the question wins over the chosen region.
	a, _ = ix.AskIn(context.Background(), "formation en soudure a Bamako", "kayes", 3)
	if a.Place == nil || a.Place.ID != "bamako" {
		t.Errorf("place = %+v", a.Place)
	}
}

func TestFilled(t *testing.T) {
	ix := testIndex(t)
	// One fiche in Gao mentions welding; the others that train there follow it.
	a, err := ix.Ask(context.Background(), "formation en soudure pour les jeunes de gao", 3)
	if err != nil {
		t.Fatal(err)
	}
	if a.NoMatch || len(a.Results) != 3 || a.Results[0].coverage != 1 {
		t.Fatalf("Ask = %v, no match %v", refs(a), a.NoMatch)
	}
	for _, r := range a.Results[1:] {
		if !r.Fiche.HasNeed(seeds.NeedTraining) || !r.Fiche.Serves("gao") {
			t.Errorf("filled with %s, which does not train in Gao", r.Fiche.Ref)
		}
	}
}

func TestBrowse(t *testing.T) {
	ix := testIndex(t)
	a, err := ix.Browse(context.Background(), seeds.NeedProtection, "mopti", 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Results) < 3 {
		t.Fatalf("Browse = %v", refs(a))
	}
	for _, r := range a.Results {
		if !r.Fiche.HasNeed(seeds.NeedProtection) || !r.Fiche.Serves("mopti") {
			t.Errorf("Browse protection/mopti gave %s", r.Fiche.Ref)
		}
	}
}

func TestNear(t *testing.T) {
	ix := testIndex(t)
	town, rs := ix.Near(14.45, -11.43, seeds.NeedTraining, 3) // in Kayes
	if town.ID != "kayes" || len(rs) != 3 {
		t.Fatalf("Near = %s, %d results", town.ID, len(rs))
	}
	for _, r := range rs {
		if !slices.Contains(r.Fiche.Cities, "Kayes") {
			t.Errorf("Near Kayes gave %s (%v)", r.Fiche.Ref, r.Fiche.Cities)
		}
	}
}

func TestSynonym(t *testing.T) {
	tests := []struct {
		w, want string
		ok      bool
	}{
		{"soudeur", "soudure", true},
		{"soudeurs", "soudure", true},         // listed plural
		{"electriciens", "électricité", true}, // plural of a listed word
		{"commercantes", "commerce", true},    //
		{"clims", "climatisation", true},      //
		{"ordis", "informatique", true},
		{"bus", "", false},        // a stem shorter than four letters is left alone
		{"formations", "", false}, // not a word of spoken French
	}
	for _, tt := range tests {
		if got, ok := testIndex(t).v.synonym(tt.w); got != tt.want || ok != tt.ok {
			t.Errorf("synonym(%q) = %q, %v, want %q, %v", tt.w, got, ok, tt.want, tt.ok)
		}
	}
}

// TestLangMeetsQuestionReader loads the shipped language files with the
// real question reader, and rejects a word it splits.
func TestLangMeetsQuestionReader(t *testing.T) {
	if _, err := LoadLang(lang.Files); err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{}
	fs.WalkDir(lang.Files, ".", func(p string, e fs.DirEntry, err error) error {
		if err == nil && !e.IsDir() {
			b, _ := fs.ReadFile(lang.Files, p)
			if p == "fr/function.tsv" {
				b = append(b, "c'est\n"...) // read "c", "est": it could never match
			}
			fsys[p] = &fstest.MapFile{Data: b}
		}
		return err
	})
	if _, err := LoadLang(fsys); err == nil || !strings.Contains(err.Error(), `fr/function.tsv:`) || !strings.Contains(err.Error(), `"c est"`) {
		t.Errorf("err = %v, want fr/function.tsv and how the reader reads c'est", err)
	}
}
