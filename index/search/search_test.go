package search

import (
	"context"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"sira/index/eval"
	"sira/index/places"
	"sira/index/spell"
	"sira/index/understand"
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

func refs(a Answer) []string {
	var out []string
	for _, r := range a.Results {
		out = append(out, r.Fiche.Ref)
	}
	return out
}

// TestHadGathersNothing: what the person has done (Had: a training
// finished, a qualification held, its trade) ranks what the question
// asks, it gathers no fiche of its own — the schools that teach the trade
// done are no candidates for the money or the kit asked after it — unless
// nothing else is asked: its units are apart from those asked.
func TestHadGathersNothing(t *testing.T) {
	ix := testIndex(t)
	for _, tt := range []struct {
		q          string
		asked, had int
	}{
		{"jai fini ma formation en soudure, je veux un credit", 1, 2},
		{"j'ai fini ma formation en soudure", 2, 0}, // nothing else asked
	} {
		u := ix.Understand(tt.q)
		asked, had, _ := ix.searchUnits(u.Terms, u.Lang)
		if len(asked) != tt.asked || len(had) != tt.had {
			t.Errorf("searchUnits(%q): %d units asked, %d had, want %d and %d", tt.q, len(asked), len(had), tt.asked, tt.had)
		}
	}
}

// TestRanking checks questions written for this test (the dev set is
// measured apart, in TestEvalBars): the first result must be one of want.
func TestRanking(t *testing.T) {
	ix := testIndex(t)
	tests := []struct {
		q    string
		want []string
	}{
		{"CFP Sénou : quels documents pour s'inscrire ?", []string{"P02"}}, // a heading names the fiche asked about
		{"CFP Senu la, foto joli bɛ ɲini ka don?", []string{"P02"}},        // a photo the named centre requires: its papers
		{"ou je peux apprendre la soudure a kayes", []string{"P05", "P07"}},
		{"où apprendre la comptabilité à Ségou ou à Kayes ?", []string{"P06"}}, // none in the first town asked, one in the other
		{"n b'a fɛ ka mobili dilan dege Bamakɔ", []string{"P01", "P04"}},
		{"formation en plomberie a Bamako", []string{"P01", "P02", "P03"}},
		{"aprendre la maconerie", []string{"P01", "P02", "P03", "P05"}},         // typo
		{"ou aprendre la chodronerie", []string{"P02"}},                         // typo the stemmer cannot fix
		{"ma soeur victime de violence a Mopti", []string{"P36", "P37", "P33"}}, // place filter
		{"numero de l'ANPE", []string{"P15"}},
		{"c'est quoi Jokkolabs", []string{"P13"}},
		{"karitasi bɛ min?", []string{"P33"}},   // a name written as heard, in Bambara
		{"pere misɛli nimɔrɔ", []string{"P04"}}, // ch as Bambara writes it: Michel
		{"jokolabusi nimɔrɔ", []string{"P13"}},
		{"apeji nimɔrɔ", []string{"P14"}},                             // an acronym read as a word, written as heard
		{"ߌߝߔߌ ߞߊߦߌ߸ ߞߊߟߊ߲ ߓߍ ߞߍ ߓߊߡߊߣߊ߲ߞߊ߲ ߣߊ ߥߊ؟", []string{"P05"}}, // the same in N'Ko: ifipi, IFPI
		{"n be se ka kalali dege Kayi wa", []string{"R03", "P34", "P35"}},
		{"ߒ ߓߍ ߛߋ ߞߊ ߞߊߟߊߟߌ ߞߊߟߊ߲ ߡߌ߲ ߞߊߦߌ", []string{"R03", "P34", "P35"}}, // the same in N'Ko
		{"baara ɲini Bamakɔ", []string{"P28", "P30", "P31", "P15"}},
		{"tungarankɛ seginnenw dɛmɛ", []string{"P35", "P19", "P33", "P32"}},
		{"jcherche du boulot a bko", []string{"P28", "P30", "P31", "P15"}},                                                   // SMS, informal
		{"plombier cherche boulot a bamako urgent svp", []string{"P28", "P30", "P31", "P15"}},                                // a notice: the worker sought is who asks
		{"devenir menuisier", []string{"P01", "P02", "P03", "P04"}},                                                          // worker → trade
		{"formation de coiffeur", []string{"P01", "P03"}},                                                                    //
		{"financemen pr mon projet d'elevage", []string{"P21", "P18", "P22", "P20"}},                                         // as when spelt right: P20 funds and trains in élevage
		{"numero de telephone du centre pere michel", []string{"P04"}},                                                       // named, though A06 mentions it too
		{"croix rouge gao", []string{"P32"}},                                                                                 // the need decides between equals
		{"ou trouver un psychologue pour mon frere revenu d algerie", []string{"P32", "P33", "P35", "P36"}},                  // shared stem
		{"ma petite soeur de 15 ans a ete victime de traite elle a besoin d'aide a bamako", []string{"P34", "R03"}},          // d'aide is a request word
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
		{"n b'a fe ka kuranbaara dege Bamako", []string{"P01", "P02", "P03", "P04"}},                                // a phrase written as one word (kuran baara)
		{"n b'a fe ka negebaara dege Bamako", []string{"P01", "P02", "P03", "P04", "P34"}},                          // a compound's parts name its topic
		{"formation en conduite de tracteur", []string{"P07"}},                                                      // a phrase held as written
		{"ou apprendre a reparer les tracteurs a Bamako", []string{"P04"}},                                          // a tractor is farm machinery (machinisme agricole)
		{"je veux devenir mecanicien de tracteurs", []string{"P04", "P09"}},                                         // not the driving of one
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
		{"un pret pour acheter un frigo pour mon commerce", []string{"P22", "P21", "P14", "P23"}},                         // to buy with money asked for
		{"il a fait la prison en Libye, maintenant il cherche du soutien psychologique", []string{"P32", "P36"}},          // the clause before "il cherche" is his story
		{"je suis couturiere a Kayes et je veux un financement pour acheter des machines", []string{"P12", "P21", "P14"}}, // "acheter" is how; machines are équipement (APEJ finances kits and equipment)
		{"aide pour enfant victime de travail force dans les mines a Kenieba", []string{"P34", "P37"}},                    // forced labour: the protection actors serving Kayes, not the ended R04
		{"ma fille a 16 ans, elle cherche une formation en couture", []string{"P01", "P03", "R03"}},                       // a number is no topic
		{"n b'a fɛ ka fini kala dege Bamakɔ", []string{"P01", "P03", "P34"}},                                              // sewing cloth is couture, not the French "fini"
		{"n patɔrɔn ye n ka pasipɔri ta, n seginna Bamakɔ", []string{"P35", "P32", "P36"}},                                // papers taken by another, told in Bambara
	}
	for _, tt := range tests {
		a, err := ix.Ask(context.Background(), tt.q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if a.Fit != Fits || len(a.Results) == 0 || !slices.Contains(tt.want, a.Results[0].Fiche.Ref) {
			t.Errorf("Ask(%q) = %v %v, want first one of %v", tt.q, refs(a), a.Fit, tt.want)
		}
		for _, r := range a.Results {
			if len(r.Why) == 0 {
				t.Errorf("Ask(%q): %s has no why", tt.q, r.Fiche.Ref)
			}
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
		{"un incubateur a Nioro du Sahel", true},           // Kayes region's incubator is at Kayes and Kita
		{"n b'a fɛ ka so san Bamakɔ", false},               // a place, and nothing asked of it
		{"réparer mon téléphone", false},                   // the phone is the thing, not a contact asked
		{"formation en soudure a Kidal", true},             // national fiches mention welding only deep in their text
		{"formation en plomberie a Tombouctou", true},      // a trade taught, and no one there says they teach it
		{"je veux apprendre la couture a Mopti", true},     // only a donor's text holds it there: no door (donor29)
		{"n b'a fɛ ka sudelikɛ kalan Kidal", true},         // the trade just before the verb of learning
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
		if a.Fit == Fits || (a.Fit == FitsElsewhere) != tt.elsewhere {
			t.Errorf("Ask(%q) = %v %v, want no fit, elsewhere %v", tt.q, a.Fit, refs(a), tt.elsewhere)
		}
	}
	// A place alone still shows what is there.
	if a, _ := ix.Ask(context.Background(), "Ségou", 3); len(a.Results) == 0 || !a.Results[0].Fiche.Serves("segou") {
		t.Errorf("Ségou alone = %v", refs(a))
	}
	// Alternatives start with the fiches that name the trade in their trades.
	if a, _ := ix.Ask(context.Background(), "formation en soudure a Kidal", 3); len(a.Results) == 0 || !a.Results[0].Strong {
		t.Errorf("alternatives for Kidal = %v, want a welding school first", refs(a))
	}
	// Words of asking alone, with no place, ask for nothing: no fiche is
	// shown for the texts that hold them. The people the fiches serve
	// are asked for.
	for _, q := range []string{"je veux parler", "je voudrais savoir", "mon ami m'a dit de vous écrire", "j'ai une question",
		"je cherche quelque chose", "je voudrais des informations", "c'est pour mon frère", "n bɛ fɛn dɔ ɲini"} {
		if a, _ := ix.Ask(context.Background(), q, 3); a.Fit == Fits || len(a.Results) > 0 {
			t.Errorf("Ask(%q) = %v %v, want nothing", q, a.Fit, refs(a))
		}
	}
	for _, q := range []string{"aide pour les migrants de retour", "tungarankɛ seginnenw dɛmɛ", "a Gao, qui aide ?"} {
		if a, _ := ix.Ask(context.Background(), q, 3); a.Fit != Fits || len(a.Results) == 0 {
			t.Errorf("Ask(%q) = %v %v, want the fiches that serve them", q, a.Fit, refs(a))
		}
	}
	// Alternatives share the need asked, or hold a thing asked in their
	// name, trades or summary; a visa has none.
	if a, _ := ix.Ask(context.Background(), "je cherche un visa pour la France", 3); len(a.Results) > 0 {
		t.Errorf("alternatives for a visa = %v, want none", refs(a))
	}
	// A thing no fiche offers, as data says (an activity no fiche teaches,
	// a concept out of scope), has no alternatives: other trades' schools
	// are no answer to jewellery, nor lenders to a wedding. A refusal of
	// another kind keeps them: work where no partner places workers is
	// refused, the ANPE's legal labour migration shown under the refusal;
	// work where it does ("ka taa baara kɛ Esipanyi") is the ANPE's.
	for _, q := range []string{"je veux apprendre la bijouterie a kayes", "je veux un pret pour mon mariage", "balon ntolatan kalanyoro be Bamako min?"} {
		if a, _ := ix.Ask(context.Background(), q, 3); a.Fit == Fits || len(a.Results) > 0 {
			t.Errorf("Ask(%q) = %v %v, want no fit and no alternatives", q, a.Fit, refs(a))
		}
	}
	if a, _ := ix.Ask(context.Background(), "n b'a fe ka taa baara ke Kanada, jon be se ka n deme?", 3); a.Fit == Fits || len(a.Results) == 0 {
		t.Errorf("work in Canada = %v %v, want no fit and the ANPE among the alternatives", a.Fit, refs(a))
	}
	if a, _ := ix.Ask(context.Background(), "n b'a fe ka taa baara ke Esipanyi sira nyuman fe, jon be se ka n deme?", 3); a.Fit != Fits || len(a.Results) == 0 || a.Results[0].Fiche.Ref != "P15" {
		t.Errorf("work in Spain = %v %v, want the ANPE first", a.Fit, refs(a))
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
		for i, c := range readCases(t, "../testdata/own.tsv") {
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
		if !utf8.ValidString(a.Text) || utf8.RuneCountInString(a.Text) > understand.MaxQuestion {
			t.Errorf("Ask(%.20q): text not cut or not valid UTF-8", q)
		}
	}
	a, _ := ix.Ask(context.Background(), huge, 3)
	if a.Fit != Fits || len(a.Results) == 0 {
		t.Error("a 115 KB message is not answered from its beginning")
	}
}

// devCases reads the copy of the development questions.
func devCases(t testing.TB) []eval.Case { return readCases(t, "../testdata/dev.tsv") }

func readCases(t testing.TB, path string) []eval.Case {
	t.Helper()
	cases, err := eval.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return cases
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
		if a.Fit == FitsElsewhere && len(a.Results) == 0 {
			t.Fatalf("Ask(%q): elsewhere with no alternative", q)
		}
		if len(a.Results) > 3 {
			t.Fatalf("Ask(%q): %d results", q, len(a.Results))
		}
	})
}

func TestAskInRegion(t *testing.T) {
	ix := testIndex(t)
	a, err := ix.askIn(context.Background(), "formation en soudure", "kayes", 3)
	if err != nil {
		t.Fatal(err)
	}
	if a.Place == nil || a.Place.Region != "kayes" || len(a.Results) == 0 || !a.Results[0].Fiche.Serves("kayes") {
		t.Errorf("askIn kayes = %v", refs(a))
	}
	// A place in the question wins over the chosen region.
	a, _ = ix.askIn(context.Background(), "formation en soudure a Bamako", "kayes", 3)
	if a.Place == nil || a.Place.ID != "bamako" {
		t.Errorf("place = %+v", a.Place)
	}
}

func TestFilled(t *testing.T) {
	ix := testIndex(t)
	// One fiche in Kayes teaches hotel trades; the others that train there
	// follow it.
	a, err := ix.Ask(context.Background(), "formation en hôtellerie pour les jeunes de kayes", 3)
	if err != nil {
		t.Fatal(err)
	}
	if a.Fit != Fits || len(a.Results) != 3 || a.Results[0].coverage != 1 {
		t.Fatalf("Ask = %v, %v", refs(a), a.Fit)
	}
	for _, r := range a.Results[1:] {
		if !r.Fiche.HasNeed(seeds.NeedTraining) || !r.Fiche.Serves("kayes") {
			t.Errorf("filled with %s, which does not train in Kayes", r.Fiche.Ref)
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

// TestDistressAnswer: a message of danger gets the protection actors a
// person can reach, those serving the place first; never "nothing fits".
func TestDistressAnswer(t *testing.T) {
	ix := testIndex(t)
	for _, q := range []string{
		"je dors dehors a Gao, je n'ai rien a manger",
		"on m a vendu et je travaille sans salaire a Kayes",
		"n bɛ sunɔgɔ kɛnɛma Gao",
		"j'ai perdu tous mes papiers",
		"😭",
		"soins medicaux gratuits pour migrants", // protection asked, no danger told: the same actors
	} {
		a, err := ix.Ask(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if a.Fit != Fits || len(a.Results) < 3 {
			t.Errorf("Ask(%q): %v, %d results", q, a.Fit, len(a.Results))
			continue
		}
		for i, r := range a.Results {
			if !r.Fiche.HasNeed(seeds.NeedProtection) || !r.Fiche.Open() {
				t.Errorf("Ask(%q): %s is no open protection actor", q, r.Fiche.Ref)
			}
			if a.Place != nil && i == 0 && !serves(r.Fiche, a.Place) {
				t.Errorf("Ask(%q): first %s does not serve %s", q, r.Fiche.Ref, a.Place.Name)
			}
		}
	}
}

// TestChildFirst: for a child in danger, the actors whose name or summary
// say child protection come first among those a person can reach.
func TestChildFirst(t *testing.T) {
	ix := testIndex(t)
	for _, q := range []string{
		"une fille de 14 ans maltraitee a sikasso, qui peut l'aider",
		"ma soeur de 15 ans travaille comme bonne chez des gens a Bamako, ils la frappent et ne la paient pas",
	} {
		a, err := ix.Ask(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Results) == 0 || !strings.Contains(a.Results[0].Fiche.Summary, "enfant") {
			t.Errorf("Ask(%q) = %v, want child protection first", q, refs(a))
		}
	}
}

// TestAidEndedAfter: an actor whose protection ended with a project
// (Fiche.AidEnded: Caritas's PROMISA) comes after those whose protection
// runs, even where it alone has an office: its office no longer gives it.
func TestAidEndedAfter(t *testing.T) {
	ix := testIndex(t)
	for q, first := range map[string]bool{
		"on nous a expulsés du Niger hier, on est 12 à la gare routière de Bamako, pas d'argent pas à manger": false,
		"n gɛnna ka bɔ Alizeri, dumuni tɛ n bolo Bamakɔ":                                                      false,
		"soutien psychosocial pour les migrants de retour a kita":                                             false,
	} {
		a, err := ix.Ask(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if got := refs(a); len(got) == 0 || (got[0] == "P33") != first {
			t.Errorf("Ask(%q) = %v, want Caritas first %v", q, got, first)
		}
	}
}

// TestGroupToldRanked: money asked at a place by a person who tells the
// group they belong to ranks the fiches whose summary and public name that
// group there, whatever their score (the GRDR, for a returnee's poultry at
// Kayes), and so does help to start an activity with no need named; asked
// at a place where none works, none is added.
func TestGroupToldRanked(t *testing.T) {
	ix := testIndex(t)
	for q, want := range map[string]bool{
		"Je suis revenu d'Espagne, je suis à Kayes et je veux ouvrir une boutique. Qui aide les migrants de retour à créer leur activité ici ?":    true,
		"de retour de Libye, j'ai un projet de poulailler de 200 poules, qui finance les projets des migrants de retour dans la région de Kayes ?": true,
		"de retour de Libye, j'ai un projet de poulailler de 200 poules, qui finance les projets des migrants de retour dans la région de Mopti ?": false,
	} {
		a, err := ix.Ask(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if got := refs(a); slices.Contains(got, "P19") != want {
			t.Errorf("Ask(%q) = %v, want the GRDR among them %v", q, got, want)
		}
	}
}

// TestDangerAidEndedLast: for a danger told, an actor whose protection
// ended with a project (Caritas's PROMISA) comes after the actors and
// programmes whose help runs, wherever it has an office, unless its name,
// trades or summary hold what else the message asks (a livelihood).
func TestDangerAidEndedLast(t *testing.T) {
	ix := testIndex(t)
	for q, shown := range map[string]bool{
		"un enfant seul a Mopti, qui appeler ?":  false,
		"n tigi bɛ n gosi baara la, n bɛ Bamakɔ": false,
		"des hommes armés ont brûlé notre village, je suis à Mopti, qui peut m'aider à recommencer une petite activité ?": true,
		// the danger's own words ("vulnérables" of a sign) are no livelihood asked
		"on a fui le burkina on est a segou avec les enfants plus rien a manger on dort chez des gens": false,
	} {
		a, err := ix.Ask(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if got := refs(a); slices.Contains(got, "P33") != shown {
			t.Errorf("Ask(%q) = %v, want Caritas among them %v", q, got, shown)
		}
	}
}

// TestFamilyNoChildAlone: women and children together in danger are
// families: an actor for grown people first, not the children's actor
// (ENDA); a minor taken for work and held gets it first.
func TestFamilyNoChildAlone(t *testing.T) {
	ix := testIndex(t)
	for q, first := range map[string]string{
		"des femmes et des enfants expulsés d'Algérie dorment dehors à Gao":                                                    "P32",
		"musow ni denmisenw be sunogo kenema gao u bora alizeri dumuni te u bolo":                                              "P32",
		"Ma nièce de 15 ans a été emmenée à Bamako par une femme qui lui promettait un travail, elle ne la laisse plus sortir": "P34",
	} {
		a, err := ix.Ask(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if got := refs(a); len(got) == 0 || got[0] != first {
			t.Errorf("Ask(%q) = %v, want %s first", q, got, first)
		}
	}
}

// TestDisplacedNoReturnees: the displaced who tell no return get the
// actors for them before the association of Malians come back (AME);
// a return told keeps it.
func TestDisplacedNoReturnees(t *testing.T) {
	ix := testIndex(t)
	for q, shown := range map[string]bool{
		"Nous sommes déplacés de Douentza, à Sévaré sous des bâches avec les enfants, on n'a plus de vivres.": false,
		"nous sommes des déplacés, rentrés de Libye, on dort dehors à Bamako":                                 true,
	} {
		a, err := ix.Ask(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if got := refs(a); slices.Contains(got, "P35") != shown {
			t.Errorf("Ask(%q) = %v, want the AME among them %v", q, got, shown)
		}
	}
}

// TestReturneesOnlyForReturn: the association of Malians come back (AME)
// comes first only for one who tells a return (a word of return.tsv, or
// being expelled); a person told otherwise (an internal migrant, a man
// come from Kita) gets the actors for them first; a message that tells of
// no one keeps AME where it fits.
func TestReturneesOnlyForReturn(t *testing.T) {
	checkFirst(t, "P35", []firstCase{
		{"J'ai 19 ans, je viens de Ségou et je travaille comme bonne à Bamako. Ma patronne ne me paie pas depuis 4 mois, elle a gardé ma carte d'identité et elle m'enferme la nuit.", false},
		{"Je suis un homme de 30 ans venu de Kita pour travailler à Kayes. Mon patron a confisqué mon passeport et ne me paie plus depuis trois mois.", false},
		{"J'ai été expulsé d'Algérie, je suis arrivé à Bamako hier sans argent ni endroit où dormir.", true},
		{"u ye n gɛn ka bɔ Alizeri, n sera Bamakɔ kunun, wari tɛ n bolo", true},
		{"besoin d'un hebergement d'urgence a kayes", true},
	})
}

// TestNamedStatusFirst: whether a fiche named still runs is asked of it,
// a donor whose programmes ended too: it comes first, its card saying so.
func TestNamedStatusFirst(t *testing.T) {
	ix := testIndex(t)
	for _, q := range []string{"la subvention du PNUD pour les jeunes, ça marche encore ?", "PNUD ka wari dɛmɛ bɛ yen halibi wa?"} {
		a, err := ix.Ask(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if got := refs(a); len(got) == 0 || got[0] != "A09" {
			t.Errorf("Ask(%q) = %v, want the PNUD first", q, got)
		}
	}
}

// TestMigrantsHelped: "who helps migrants at X" in Bambara asks for the
// actors that serve migrants there, as the French does: tungarankɛ glosses
// "migrant", the people served, not a topic "migration".
func TestMigrantsHelped(t *testing.T) {
	ix := testIndex(t)
	for _, q := range []string{"jɔn bɛ tungarankɛw dɛmɛ Mɔti?", "ߡߐߕߌ ߖߐ߲ ߓߍ ߕߎ߲ߜ߭ߊߙߊ߲ߞߍߥ ߘߍߡߍ", "qui aide les migrants à Mopti ?"} {
		a, err := ix.Ask(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if got := refs(a); len(got) == 0 || got[0] != "P36" && got[0] != "P32" {
			t.Errorf("Ask(%q) = %v, want COOPI or the Croix-Rouge first", q, got)
		}
	}
}

// TestChildActors: how much each protection fiche says it serves
// children, from its name, trades and summary, else who it serves.
func TestChildActors(t *testing.T) {
	ix := testIndex(t)
	for ref, want := range map[string]int{
		"P34": childProtection, // ENDA: "protection des enfants" in its summary
		"P37": childProtection, // UNICEF
		"P36": servesChildren,  // COOPI: "mineurs non accompagnés" among whom it serves
		"P32": forAll,          // Croix-Rouge
		"P35": forAll,          // AME
		"P02": forAll,          // no protection fiche
	} {
		if got := ix.children[ref]; got != want {
			t.Errorf("children[%s] = %d, want %d", ref, got, want)
		}
	}
}

// TestChildServedFirst: for a child in a place no child-protection actor
// serves, those that serve children among others come first; for an
// adult, they keep their place.
func TestChildServedFirst(t *testing.T) {
	ix := testIndex(t)
	for q, want := range map[string]string{
		"denmisɛnnin dɔ bɛ sugu kɔnɔ Mɔti, a bɛ kasi, a ba tununna":    "P36", // Mopti: COOPI serves minors there
		"une fille de 16 ans maltraitée à Ségou, où la conduire ?":     "P36",
		"Kayi sugu kɔnɔ, denmisɛnnin dɔ bɛ kasi, a tɛ a ba ni a fa ye": "P34", // Kayes: ENDA's one-stop shop
	} {
		a, err := ix.Ask(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if got := refs(a); len(got) == 0 || got[0] != want {
			t.Errorf("Ask(%q) = %v, want %s first", q, got, want)
		}
	}
}

func TestMatching(t *testing.T) {
	ix := testIndex(t)
	f := &seeds.Fiche{
		Trades: []seeds.Trade{{Name: "Alphabétisation"}, {Name: "Mécanique auto", Duration: "13 mois"}, {Name: "Couture"}, {Name: "Micro-réseaux et sécurité électricité"}},
		Costs: seeds.Costs{Items: []seeds.CostItem{
			{What: "alphabétisation", Min: 5000, Per: "mois"},
			{What: "formation en mécanique auto", Min: 25000, Per: "mois"},
			{What: "inscription", Min: 2000, Per: "une fois"},
		}},
	}
	tests := []struct {
		q             string
		trades, items []int
	}{
		{"c'est combien la mécanique auto au centre", []int{1}, []int{1}},
		{"je veux apprendre la mecanique", []int{1}, []int{1}},
		{"n b'a fɛ ka mobili dilan dege", []int{1}, []int{1}},
		{"formation en couture", []int{2}, nil},
		{"le numéro", nil, nil},
		// A type of structure asked (structures.tsv) names the place.
		{"un réseau pour aider les migrants de retour à Kayes ?", nil, nil},
		{"formation en micro-réseaux", []int{3}, nil},
	}
	for _, tt := range tests {
		a, err := ix.Ask(context.Background(), tt.q, 3)
		if err != nil {
			t.Fatal(err)
		}
		trades, items := ix.Matching(f, a)
		if !slices.Equal(trades, tt.trades) || !slices.Equal(items, tt.items) {
			t.Errorf("Matching(%q) = %v %v, want %v %v", tt.q, trades, items, tt.trades, tt.items)
		}
	}
	// A trade whose name names another thing of a sort asked
	// (trade_kinds.tsv) is not the one asked; welding is the metal
	// construction course (item_words.tsv).
	f = &seeds.Fiche{Trades: []seeds.Trade{{Name: "Mécanique auto"}, {Name: "Réparation des engins à deux roues"}, {Name: "Menuiserie-bois"}, {Name: "Menuiserie aluminium"}, {Name: "Construction métallique"}}}
	for q, want := range map[string][]int{
		"combien coute la mecanique moto":   {1},
		"je veux apprendre la mecanique":    {0},
		"la mécanique auto c'est combien ?": {0},
		"formation menuiserie bois":         {2},
		"formation menuiserie aluminium":    {3},
		"formation en menuiserie":           {2, 3},
		"formation soudure":                 {4},
	} {
		a, err := ix.Ask(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if trades, _ := ix.Matching(f, a); !slices.Equal(trades, want) {
			t.Errorf("Matching(%q) trades = %v, want %v", q, trades, want)
		}
	}
	// A word a cost item begins with meets a trade only at the head of its
	// name: the literacy classes' fees, not the teachers' course.
	f = &seeds.Fiche{
		Trades: []seeds.Trade{{Name: "Animation en alphabétisation", Duration: "5 mois"}, {Name: "Couture"}},
		Costs:  seeds.Costs{Items: []seeds.CostItem{{What: "alphabétisation (chaque mois)", Min: 2500, Per: "mois"}}},
	}
	for q, want := range map[string][]int{"cours d'alphabétisation, ça dure combien ?": nil, "formation en animation": {0}} {
		a, err := ix.Ask(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if trades, _ := ix.Matching(f, a); !slices.Equal(trades, want) {
			t.Errorf("Matching(%q) trades = %v, want %v", q, trades, want)
		}
	}
}

// TestLongMessage: a message of Telegram's full length, a story then the
// request, is read whole and answered.
func TestLongMessage(t *testing.T) {
	ix := testIndex(t)
	q := longMessage()
	if n := len([]rune(q)); n > understand.MaxQuestion || n < 3500 {
		t.Fatalf("the message has %d characters", n)
	}
	a, err := ix.Ask(context.Background(), q, 3)
	if err != nil {
		t.Fatal(err)
	}
	if a.Fit != Fits || len(a.Results) == 0 || a.Place == nil || a.Place.ID != "kayes" || a.Need != seeds.NeedTraining {
		t.Errorf("the request after a long story: %v, place %v, need %q, %v", a.Fit, a.Place, a.Need, refs(a))
	}
}

// TestPurposeNotLacked: what money asked or a start is for ("lancer mon
// atelier de couture") is no thing a partner named must do: the question
// is answered, not declined.
func TestPurposeNotLacked(t *testing.T) {
	ix := testIndex(t)
	q := "Zira capital aide ceux qui commencent ? je veux lancer mon atelier de couture"
	a, err := ix.Ask(context.Background(), q, 3)
	if err != nil {
		t.Fatal(err)
	}
	if a.Fit != Fits || len(a.Results) == 0 {
		t.Errorf("Ask(%q) = %v %v, want fiches that fit", q, a.Fit, refs(a))
	}
}

// TestNamedDoesIt: a fiche named and asked what it does for a business —
// money or a start of a funder, a means its head names (APEJ's kit),
// help for what a thing is for — is answered first, not flagged as
// lacking the business's trade.
func TestNamedDoesIt(t *testing.T) {
	ix := testIndex(t)
	for _, q := range []string{
		"l'APEJ peut me donner un kit pour mon atelier de soudure ?", // what the kit is for
		"l'APEJ peut me donner un kit pour mon atelier de soudure à Bamako ?",
		"l'APEJ peut financer mon atelier de soudure ?",     // money asked of a funder
		"l'APEJ peut m'aider pour mon atelier de soudure ?", // what help is for
		"l'APEJ peut me donner un kit de soudure ?",         // a means its head names
		"la BNDA peut financer mon atelier de réparation de motopompes ?",
	} {
		a, err := ix.Ask(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if a.Fit != Fits || a.Lacks || len(a.Results) == 0 || !slices.Contains(a.Named, a.Results[0].Fiche.Ref) {
			t.Errorf("Ask(%q) = %v lacks %v %v, want the fiche named first", q, a.Fit, a.Lacks, refs(a))
		}
	}
}

// TestDeclined: a fiche named and asked a thing no partner does (out of
// scope, an activity no fiche offers, studies abroad, a job where no
// partner places workers) gets "nothing fits" and no fiche; asked what it
// does, or its contact, it is shown first.
func TestDeclined(t *testing.T) {
	ix := testIndex(t)
	tests := []struct {
		q        string
		declined bool
	}{
		{"la GIZ peut me payer un billet d avion pour repartir en Europe ?", true},    // a ticket
		{"Caritas Suisse peut me faire un visa pour la Suisse ?", true},               // travel papers
		{"BR consulting peut me trouver un visa de travail pour le canada", true},     // and Canada, where no partner places workers
		{"la BNDA peut me preter pour le mariage de mon fils ?", true},                // a ceremony
		{"Caritas bɛ se ka pasipɔri dilan n ye wa?", true},                            // in Bambara
		{"APEJ bɛ mobili boli sɛbɛn di mɔgɔw ma wa?", true},                           // a driving licence, a Bambara phrase
		{"Jokkolabs donne des cours de piano ?", true},                                // an activity no fiche offers
		{"la BNDA peut me preter pour acheter une motopompe pour mon champ ?", false}, // what it does
		{"l'ANPE peut m'aider à trouver un travail légal en Espagne ?", false},        // its legal labour migration
		{"numero du CFP Missabougou pour le permis", false},                           // its contact asked
		{"comment s'inscrire a l'anpe par internet", false},                           // how to reach it, no course online
		{"L'UNICEF peut vacciner mon bébé ?", true},                                   // a vaccine given
		{"ENDA Mali s occupe des personnes agees abandonnees?", true},                 // old people's care
		{"Mali Angel peut payer mes frais de scolarité à la fac ?", true},             // university
		{"je cherche le projet de formation des infirmiers INFSS", false},             // a project that ended, named: its card says so
		{"le PNUD peut m aider a rentrer dans l armee ou la police ?", true},          // a donor whose programme ended still is declined
		// A thing named that the fiche never says and no fiche shown does.
		{"l'APEJ construit des maisons pour les jeunes mariés ?", true},
		{"La BNDA donne des bourses d'études aux enfants des paysans ?", true},     // the farmers it lends to are whom, not what
		{"UNICEF paie les frais de scolarité des enfants de migrants ?", true},     // fees it would pay, not its price
		{"l'ANPE envoie des travailleurs maliens dans les pays du Golfe ?", false}, // a verb it does not say: unsure
		{"la BNDA prête aux paysans pour acheter des charrues ?", false},           // what it does, for whom it does it
		{"RMO place les chauffeurs dans les entreprises ?", false},                 // in its summary
		{"quel diplome on a a la fin au cfp missabougou", false},                   // the award asked
		{"l'ANPE gère le travail saisonnier légal en Europe ?", false},             // Europe holds Spain and France, where it places workers
		{"l'ANPE peut me trouver un travail au Canada ?", true},                    // no partner places workers there
	}
	for _, tt := range tests {
		a, err := ix.Ask(context.Background(), tt.q, 3)
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case len(a.Named) == 0:
			t.Errorf("Ask(%q) names no fiche", tt.q)
		case tt.declined && (a.Fit != NoFit || len(a.Results) > 0):
			t.Errorf("Ask(%q) = %v %v, want no fit and no fiche", tt.q, a.Fit, refs(a))
		case !tt.declined && (a.Fit != Fits || len(a.Results) == 0 || !slices.Contains(a.Named, a.Results[0].Fiche.Ref)):
			t.Errorf("Ask(%q) = %v %v, want the fiche named first", tt.q, a.Fit, refs(a))
		}
	}
}

// TestLacks: a fiche named and asked a thing its fiche never says, which
// other fiches say (at the place asked, else anywhere), gets no fit, the named fiche first and then those
// that do it (Answer.Lacks); asked what it does — in its trades, summary or
// offer — or told of, or a donor asked, it is answered as asked.
func TestLacks(t *testing.T) {
	ix := testIndex(t)
	tests := []struct {
		q     string
		lacks bool
		doer  string // a fiche that does it, shown after the named
	}{
		{"Jokkolabs fait il de la couture ?", true, "P01"},                                        // sewing, in the CFP's trades
		{"l'IFPT de Kayes forme en soudure ?", true, "P05"},                                       // a tertiary school, welding
		{"Jokkolabs bɛ kalali kalan kɛ wa?", true, "P01"},                                         // sewing in Bambara
		{"BR Consulting donne des credits pour commerce ?", true, "P22"},                          // credit of a recruiter
		{"l'ANPE a un foyer pour dormir ?", true, "P04"},                                          // the CPM's hostel
		{"le CFP Missabougou donne des prets pour ouvrir un atelier", true, ""},                   // a loan of a school
		{"l'AEK de Kayes forme en coiffure ?", true, "P01"},                                       // taught in Bamako only
		{"Mon cousin m'a parlé de l'AEK à Kayes. Est-ce qu'ils forment en plomberie ?", true, ""}, // named before, asked by a pronoun
		{"Impact Hub forme en plomberie ?", true, "P02"},                                          // the name written whole
		{"Zira Capital s'occupe des enfants seuls ?", true, "P34"},                                // a danger told: the protection actors do it
		{"l'AME peut m'heberger ? je suis expulse d'Algerie", false, ""},                          // a danger told, asked of the actor that does it
		{"Jokkolabs forme en programmation ?", false, ""},                                         // in its summary
		{"Le Centre Père Michel a un foyer pour les élèves ?", false, ""},                         // its hostel
		{"l'AEK forme en panneaux solaires ?", false, ""},                                         // among its trades
		{"ECICA forme en saponification ?", false, ""},                                            // in its summary
		{"n b'a fɛ ka jiribaara dege Missabougou", false, ""},                                     // a trade misread "travail": no agency teaches it
		{"la GIZ peut me preter ? je vends des beignets", false, ""},                              // a donor: through partners
		{"Après ma formation en froid-clim à Sénou, il me faut des outils", false, ""},            // where one trained, told of
	}
	for _, tt := range tests {
		a, err := ix.Ask(context.Background(), tt.q, 3)
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case len(a.Named) == 0:
			t.Errorf("Ask(%q) names no fiche", tt.q)
		case tt.lacks && (len(a.Results) < 2 || !slices.Contains(a.Named, a.Results[0].Fiche.Ref)):
			t.Errorf("Ask(%q) = %v %v, want the fiche named first, then others", tt.q, a.Fit, refs(a))
		case a.Lacks != tt.lacks || tt.lacks != (a.Fit == NoFit):
			t.Errorf("Ask(%q) = %v lacks %v, want lacks %v", tt.q, a.Fit, a.Lacks, tt.lacks)
		case tt.doer != "" && !slices.ContainsFunc(a.Results, func(r Result) bool { return r.Fiche.Ref == tt.doer }):
			t.Errorf("Ask(%q) = %v, want %s among those that do it", tt.q, refs(a), tt.doer)
		}
	}
}

// TestRefusalOnEvidence: "nothing fits" when the question asks for a thing
// known to be out of scope, or an activity no partner teaches; never for an
// unknown word alone, never for a fiche named.
func TestRefusalOnEvidence(t *testing.T) {
	ix := testIndex(t)
	tests := []struct {
		q       string
		noMatch bool
	}{
		{"comment avoir le permis de conduire a bamako", true},
		{"je cherche un visa pour la France", true},
		{"un pret pour le mariage de ma fille", true},
		{"aide pour payer le loyer", true},
		{"je veux entrer dans l'armee", true},
		{"cours de guitare a Segou", true},
		{"ma carte bancaire ne marche plus au guichet automatique, qui appeler", true},
		{"comment renouveler mon abonnement internet a Gao", true},
		{"mon wifi ne marche plus, qui appeler a Sikasso", true},
		{"je veux faire le hadj l'annee prochaine, combien ca coute", true},
		{"je cherche un plombier pour reparer la fuite chez moi a Kati", true},
		{"formation en poterie a Mopti", true},
		{"n b'a fe ka juru ta ka seliba saga san", true},
		{"ou faire reparer ma moto a bamako", true},            // a service done to one's own things
		{"poste de professeur de maths a Kayes", true},         // a teacher's post
		{"billet de bus pour Kayes", true},                     //
		{"formation soudure a tombouctou", true},               // a trade no one teaches there, named with no article
		{"formation mecanique a mopti", true},                  //
		{"formation chauffeur poids lourd a bamako", true},     // learning to drive
		{"formation de guide touristique a Gao", true},         // its trade word a fiche names, taught in Kayes
		{"ecole de mecanique auto a Kidal", true},              // "auto" of "auto-emploi" teaches no mechanics
		{"ecole de mecanique auto a Nara, ca existe ?", true},  // a school there: an ended project of the region is none
		{"ya un centre de formation a Nioro du Sahel ?", true}, // the Kayes schools are elsewhere; "Sahel" names no Nioro
		{"ya un centre de formation a Kidal ?", true},          // a donor naming Kidal runs no centre there
		{"Kidali, kalanyɔrɔ bɛ yen wa?", true},                 //
		{"je veux apprendre la mecanique auto a Kayes", false},
		{"je suis a Djelibougou, le Centre Pere Michel prend ceux qui n'ont pas le DEF ?", false}, // a fiche named
		{"formation en mecanique de tracteur a Segou", false},                                     // the tractor's trade: Markala
		{"un credit pour acheter une moto personnelle", true},                                     // goods for oneself
		{"pret pour acheter un congelateur pour la maison", true},
		{"credit pour acheter un congelateur pour mon restaurant", false},                 // for an activity
		{"je cherche un credit pour un smartphone, je paie chaque mois", true},            // a consumer loan: no activity told
		{"credit pour acheter un frigo pour vendre de la glace", false},                   // selling told
		{"mon pere est decede, il me faut un credit pour les funerailles", true},          // the death tells why: the loan is the ceremony's
		{"traitement gratuit du diabete pour ma mere a Segou", true},                      // care asked beside the illness told
		{"migrant malade a Tombouctou besoin de soins", false},                            // a person the partners serve: protection
		{"comment inscrire ma fille en 10e annee dans un lycee public a Koulikoro", true}, // a school of general education
		{"y a-t-il une caisse qui prete pour les mariages ?", true},
		{"ou acheter un frigo et une tele a payer par mois a Sikasso ?", true},                                             // instalments
		{"n b'a fɛ ka kalan kɛ iniwɛrisite la", true},                                                                      // a university, through its gloss
		{"n b'a fɛ ka kɛ polisi ye", true},                                                                                 // becoming a policeman
		{"comment avoir une carte consulaire", true},                                                                       //
		{"comment refaire ma carte d'identite a Kayes", true},                                                              // civil papers made again
		{"je veux travailler dans la fonction publique", true},                                                             // a civil service post
		{"cours de balafon a Segou", true},                                                                                 //
		{"n b'a fɛ ka juru ta suko kama", true},                                                                            // a funeral (sùko)
		{"n b'a fɛ ka juru ta ka so jɔ Segu", true},                                                                        // a loan to build one's house
		{"n b'a fɛ ka so jɔ dege Segu", false},                                                                             // masonry learnt
		{"sosara dɛmɛ bɛ sɔrɔ min?", true},                                                                                 // rent
		{"so san juru bɛ sɔrɔ Segu wa?", true},                                                                             // a house bought
		{"bala fɔ kalan bɛ Segu wa?", true},                                                                                // the balafon
		{"n b'a fɛ ka filimu dilan dege", true},                                                                            // film-making
		{"bourse pour etudier en Russie", true},                                                                            // a country no fiche names
		{"un pret pour payer la dot", true},                                                                                // a wedding's dowry
		{"cours de djembe a Kayes", true},                                                                                  //
		{"jeli kalan bɛ Segu wa?", true},                                                                                   // the griot's art
		{"mon client ne veut pas me rembourser, je veux porter plainte", true},                                             // a debt owed, a complaint: a court's
		{"n ka moto tinyena, garage nyuman bɛ min Segu?", true},                                                            // a repair done to one's own things
		{"n b'a fɛ ka kiiri kɛ juru ko la Bamakɔ", true},                                                                   // a lawsuit (kíiri)
		{"je suis une femme battue par mon mari, je veux porter plainte", false},                                           // a danger told: protection
		{"j'ai envoyé 90 000 pour un téléphone sur Facebook, c'est une arnaque, comment retrouver ce voleur ?", true},      // a fraud: the police's
		{"un passeur m'a arnaqué en Algérie, je suis rentré à Gao sans rien, qui peut m'aider ?", false},                   // a migrant robbed: the partners'
		{"la douane de Kayes demande 180 000 pour le dédouanement de ma moto, qui peut m'aider ?", true},                   // customs duties
		{"j'ai cogné sa voiture, il menace d'aller à la police, que faire ?", true},                                        // a legal step, no threat
		{"un camion m'a renversé, comment me faire indemniser par l'assurance ?", true},                                    // an accident's damages
		{"un garagiste m'a vendu une voiture avec des faux papiers. il refuse de me rendre mon argent, que faire ?", true}, // a debt owed
		{"ma moto a été volée devant la mosquée, où faire la déclaration de vol ?", true},                                  // a theft declared
		{"Ma sœur veut devenir sage-femme, il y a une école à Mopti ?", false},                                             // a health worker's school: the project that ended is shown (dev Q025)
		{"je cherche une bonne maternite pour accoucher a sikasso", true},                                                  // care beside a condition told
		{"mon grand-pere a 80 ans et vit seul, il existe une maison de retraite a Bamako ?", true},                         // old people's care
		{"mɔgɔkɔrɔbaw dɛmɛ bɛ kɛ min Segu?", true},                                                                         // in Bambara
		{"inscription a la fac de droit de bamako c est quand", true},                                                      // university
		{"Je suis infirmier de formation, rentré de Libye, je cherche un emploi à Bamako.", false},                         // who asks, a job asked
		{"ma soeur a ete victime de trafic en Algerie, elle va tres mal dans sa tete. ki peut l aider?", false},            // a country in a message about protection is where
		// An activity told of who asks is no evidence; asked, it is.
		{"je suis photographe, je cherche un emploi", false},
		{"j'étais musicien en Libye, maintenant je cherche une formation en soudure", false},
		{"n ye jeli ye, n bɛ baara ɲini Bamakɔ", false},
		{"n b'a fɛ ka jeliya dege", true},
		// An activity: refused to learn or to buy for, financed as a business.
		{"cours de photographie a Bamako", true},
		{"un pret pour acheter une guitare", true},
		{"je veux un credit pour ouvrir un studio de photographie a Bamako", false},
		// A language no partner teaches (làrabukan: arabe); sound engineering.
		{"n b'a fɛ ka larabukan kalan", true},
		{"n ye larabukan kalan, n bɛ baara ɲini Bamakɔ", false}, // learnt: a job asked
		{"formation pour devenir DJ et ingenieur du son", true},
		// A debt owed now; a doctor's studies; one's own thing repaired.
		{"mon voisin ne me rembourse pas mes 200000 francs", true},
		{"il me doit de l'argent depuis 2 ans, que faire", true},
		{"on a 6 mois d arrieres de salaire a la mairie de Kita, que faire ?", true},   // wages owed: a debt
		{"a Kayes je cherche du travail, mon patron avait des salaires impayes", true}, //
		{"un maître coranique pour mes enfants à Ségou", true},                         // the Koran's adjective: religious schooling
		{"je veux devenir medecin", true},
		{"ne ka moto tiɲɛna, jɔn bɛ se k'a dilan?", true},
		{"n b'a fɛ ka moto dilan dege Bamakɔ", false}, // the repair learnt
		{"Sikaso, moto dilan kalan bɛ kɛ min?", true}, // taught at Bamako: "deux" of "deux roues" is no trade a fiche at Sikasso offers
		{"ou apprendre la reparation des motos a Gao", true},
		{"formation en mecanique d'avion au Mali", true}, // aircraft maintenance, no car mechanics (fr/trades.tsv)
		{"ou apprendre la maintenance aeronautique", true},
		{"je suis rentré en avion de Libye, je veux apprendre la soudure", false}, // the plane is how he came
		{"ߒ ߓߴߊ ߝߍ ߞߊ ߡߏߕߏ ߘߌߟߊ߲ ߘߋߜ߭ߋ ߓߊߡߊߞߐ", false},
		// One's own vehicle stolen is a complaint; a person taken, or money or
		// a phone taken from a migrant, a danger. A house loan either way round.
		{"on a volé ma moto hier soir, je fais comment pour la retrouver", true},
		{"n ka mobili sonyara kunu, polisi bɛ se ka n dɛmɛ wa?", true},
		{"on m'a volé mon téléphone, je n'ai plus le numéro de ma famille", false},
		{"n denkɛ sonyara, mɔgɔw y'a ta ka taa, jɔn bɛ se ka n dɛmɛ?", false},
		{"on m'a volé mon argent en Libye et on m'a expulsé, qui peut m'aider", false},
		{"n b'a fɛ ka so jɔ Kati, juru bɛ sɔrɔ min?", true},
		// A trade's tool bought asks no training (kalalikɛmansin: machine à coudre).
		{"n b'a fɛ ka kalalikɛmansin san", true},
		{"n b'a fɛ ka kalalikɛmansin san, juru bɛ sɔrɔ min?", false},
		// Goods sold on credit: the partners lend money, they sell nothing.
		{"ou acheter une moto a credit a Bamako", true},
		{"je veux un credit pour acheter des marchandises pour ma boutique", false},
		// A trade no partner teaches, asked to learn; its business is answered.
		{"ou apprendre la patisserie a Segou", true},
		{"formation apiculture a Kayes", true},
		{"j'ai un projet de boulangerie a Bamako, qui peut financer ?", false},
		{"je veux un credit pour agrandir ma boulangerie", false},
		// Trades of the ROME no partner teaches, asked to learn, by their
		// activity or their person; a trade a fiche teaches is answered.
		{"formation en fromagerie a Kayes", true},
		{"je veux apprendre la broderie", true},
		{"formation de luthier", true},
		{"formation en teinture a Bamako", false},
		// Such a trade taken up, no need read, is asked; a job in it, or
		// a business of it, is answered.
		{"je veux devenir apiculteur", true},
		{"je veux faire de la patisserie", true},
		{"je veux devenir boulanger, qui peut m'aider a trouver du travail ?", false},
		{"je veux me lancer dans la boulangerie a Bamako, qui finance ?", false},
		{"ou avoir une formation en tolerie-carrosserie a Bamako ?", true}, // car body repair: no fiche
		{"formation en chaudronnerie et tolerie a Bamako", false},          // sheet metal: Sénou
		// The services of daily life no partner gives.
		{"ma facture d'electricite EDM a double, ou reclamer ?", true},
		{"j'ai envoye de l'argent par Orange Money au mauvais numero", true},
		{"ou faire des lunettes pas cher a Sikasso", true},
		{"ou voir les resultats du bac", true},
		{"quel dispensaire pour vacciner mon bebe a Segou", true},
		{"formation pour travailler dans un dispensaire a Kayes", false}, // a workplace, not the errand
		{"comment payer la patente de ma boutique", true},
		{"formation pour faire la declaration d'impots", false}, // the taxes learnt: a training
		{"je suis diabetique, je suis revenu du Niger et je n'ai pas d'argent pour mes medicaments", false},
		{"prix du sac de riz au marche de Medine", true},
		{"quand commence la saison des pluies a Segou", true},
		{"quand est-ce que les pluies vont commencer a Kita", true},
		{"jaba sɔngɔ ye joli ye Segu sugu la?", true},
		{"j'ai gagne au PMU, c'est quel guichet", true},
		{"comment faire un jugement suppletif pour mon fils a Bamako", true},
		{"ya un hopital pour operer la cataracte a Segou ? mon papa voit plus rien", true},
		{"comment recevoir un western union a Kayes", true},
		// Errands said as they are asked: a business, a job or a loan near
		// them is answered.
		{"je cherche un emploi de chauffeur a l'EDM", false},
		{"credit de campagne pour la saison des pluies a Sikasso", false},
		{"n bɛ jaba feere sugu la, juru bɛ sɔrɔ min?", false},
		{"je veux operer dans le commerce a Kayes, qui finance ?", false},
		{"formation en branchement d'electricite a Bamako", false},
		{"je veux legaliser mon entreprise, quelles demarches ?", false},
		{"il me faut des lunettes de protection et un poste a souder pour mon atelier", false},
		{"mon pere retraite veut lancer un elevage, qui peut financer ?", false},
		{"je veux ouvrir une boutique de photocopies, un credit ?", false},
		{"mon pere est decede, ma mere ne touche pas sa pension, qui contacter ?", true},
		// Civil and school errands near a job, a loan or a training.
		{"mon frere a vendu notre champ, je veux recuperer la terre, comment faire ?", true},
		{"je veux une formation pour recuperer les terres degradees a Segou", false}, // agroecology
		{"j'ai une affaire au tribunal, qui peut m'aider ?", true},
		{"ma tante veut vendre la maison de mon pere, on peut aller en justice ?", true},
		{"horaires des cars Bamako Sikasso", true},
		{"le bus de Bamako a Mopti coute combien", true},
		{"je suis apprenti sur le car de mon oncle, je veux une formation en mecanique auto a Bamako", false}, // told
		{"le bus pour Kayes part a quelle heure ?", true},
		{"je veux acheter un bus pour faire le transport, qui peut financer ?", false}, // a business
		{"comment inscrire mon fils en 11e au lycee", true},
		{"j'ai eu mon DEF mais je ne veux pas aller au lycee, je veux apprendre l'electricite a Bamako", false},
		{"je veux inscrire mon fils en formation de mecanique a Bamako", false},
		// A hospital or a doctor chosen; the partners' care for a migrant.
		{"ma mere est malade, quel hopital choisir a Bamako ?", true},
		{"n ba banana, dɔgɔtɔrɔ ɲuman bɛ min Segu?", true},
		{"migrant de retour malade a Gao, quel hopital peut le soigner ?", false},
		{"tungarankɛ dɔ banana Kayi, dɔgɔtɔrɔso jumɛn bɛ se k'a furakɛ?", false},
		{"n seginna ka bɔ Libi, n banana, dɔgɔtɔrɔ ɲuman bɛ min?", false},
		// Civil papers through a Bambara word glossed as a phrase.
		{"n ka karadante tununa sugu la, a bɛ dilan min?", true},
		{"n ka jamanadenya sɛbɛn tununna, n bɛ taa min?", true},                                  // nationality (jàmanadenya), papers lost: made again
		{"je suis rentre de Libye, n ka jamanadenya sɛbɛn tununna, jɔn bɛ se ka n dɛmɛ?", false}, // a migrant's
		// The Quran (kùranɛ, kùrana), not electricity (kùran); the customs.
		{"n b'a fɛ ka kurana kalan", true},
		{"n b'a fɛ ka kuran kalan Kayi", false},
		{"recrutement dans la douane, quand le concours ?", true},
		{"baara bɛ sɔrɔ min Segu? ne bɛ mobili boli", false}, // what the person does
		// A thing out of scope lacked tells the story, not what is asked.
		{"je suis rentre sans passeport ni carte d'identite, je veux une formation en couture", false},
		{"je suis rentre sans passeport, je veux un visa", true},
		// A feast after a word of selling is when goods sell.
		{"un credit pour engraisser des boeufs a vendre a la tabaski", false},
		{"il me faut de l'argent pour faire de l'embouche pour la tabaski", false}, // fattening to sell
		{"je veux un credit pour acheter un mouton pour la tabaski", true},         // the feast's own ram
		{"un pret pour faire l'embouche des boeufs pour la tabaski", false},        // five words before the feast
		{"credit pour un eleveur de chevres a Kayes pour la tabaski", false},       // one who raises animals sells them
		// Lacking a "sou" asks money, as lacking "argent" does.
		{"je veux elever des chevres mais je n'ai pas un sou pour acheter les betes", false},
		// Study abroad: a country no fiche names with the other things
		// asked; APEJ's grants for Morocco; a trade learnt here to go.
		{"n b'a fe ka taa Ameriki kalan na, bourse be soro min?", true},
		{"n be fe ka kalan ke ameriki, bourse be soro min", true},
		{"une bourse pour etudier au Canada", true},
		{"je veux une bourse pour aller au Maroc", false},
		// A job in a Gulf state: ANPE's programmes "avec les États du
		// Golfe"; a smuggler another paid is told, one asked is refused.
		{"je veux travailler au Qatar legalement avec un contrat", false},
		{"je veux travailler au Koweit, pas comme mon voisin qui a paye un passeur", false},
		{"je veux une bourse pour etudier au Qatar", true},
		{"comment trouver un passeur pour aller en Espagne", true},
		{"formation en soudure pour aller travailler en Europe apres", false},
		{"formation en informatique en français ou en bambara ?", false}, // a language, no place
		// A journey told before a request for here: the training is asked here.
		{"il veut partir en Algerie comme ses amis. Je veux qu il apprenne l electricite ici a Bamako", false},
		{"n denkɛ b'a fɛ ka taa Alizeri. N b'a fɛ a ka mobili dilan dege Bamakɔ", false},
		{"mon fils veut partir au Canada pour etudier. Quelle bourse demander ?", true},
		// France by its name: "français" (APEJ's grants for Morocco) is no France.
		{"je veux une bourse pour etudier en France", true},
		{"n b'a fɛ ka taa Faransi ka kalan kɛ yen, bourse bɛ sɔrɔ min?", true},
		// A language no partner teaches; English is Impact Hub's.
		{"cours de langue chinoise", true},
		{"apprendre l'italien", true},
		{"cours d'anglais a bamako", false},
		{"n b'a fɛ ka sinuwakan dege Bamakɔ", true}, // in Bambara, by its name and kán
		{"Irisikan kalan bɛ kɛ min Bamakɔ?", true},
		{"n b'a fɛ ka angilɛkan dege Bamakɔ", false},
		{"radio dilan kalan be ke min bamako?", false}, // a radio repaired: the schools' électronique
		// Going to work abroad by the law is ANPE's legal labour migration.
		{"on m'a propose de partir en Arabie saoudite pour travailler, est-ce legal ?", false},
		{"n b'a fɛ ka taa baara kɛ Faransi sariya la", false},
		{"n b'a fe ka taa baara ke Espagne sariya kan, jon be se ka n deme?", false}, // kàn, as la
		// A thing out of scope after a form of être tells who asks.
		{"je suis instituteur, je cherche une formation en informatique", false},
		{"mon frere est enseignant, il veut un credit pour ouvrir une boutique", false},
		// A driver's job is a job; learning to drive is not asked.
		{"j'ai mon permis C. je cherche un travail de chauffeur poids lourd a bamako", false},
		{"formation courte a Kayes", false}, // "courte" names no trade
		// An unknown word beside what a fiche answers: answered.
		{"formation en soudure et zingage a Kayes", false},
		{"ou apprendre le zingage a Bamako", false},
		{"jveu apprendre a faire des bougies pr vendre", false},
		// A thing to buy beside a training and money asked: answered.
		{"je veux une formation en couture et de l'argent pour acheter une machine", false},
		// A fiche named whose contact is asked is shown, whatever else is
		// asked (TestDeclined: asked a thing no partner does, it is not).
		{"numero du CFP Missabougou pour le permis", false},
		// A trade asked at a town: a fiche there, not one of its region
		// (a donor's programme, the region's schools far off).
		{"formation en coiffure a Douentza", true},
		{"nara, kalali kalan be yen wa?", true},
		{"Nioro du Sahel, nɛgɛ baara kalan bɛ yen wa?", true},
		{"formation en couture a Dar Salam", false}, // a quartier of Bamako
		{"formation en soudure a Kayes", false},
		{"je veux bosser dans les mines, une formation a Kayes pour ca ?", false},                  // IFPI's text: its trainees work in the mines
		{"je vis a Niono, un programme qui donne une formation et un fonds de demarrage ?", false}, // no trade asked
		// A Bambara trade of a verb and its object, asked at a town: the
		// verb names it ("X dilan": a repair), whatever X.
		{"telefoni dilan kalan kidal", true},
		{"Gawo, televizon dilanni kalan bɛ yen wa?", true},
		{"Bamakɔ, moto dilan kalan bɛ sɔrɔ min?", false},
		{"n b'a fɛ ka safune dilan dege Bamakɔ", false},
		// Errands and things no partner offers, as data (fr and bm
		// out_of_scope.tsv, bm/activities.tsv, index/places/abroad.tsv).
		{"taux de change du dollar aujourd'hui", true},
		{"un ticket de bus pour Segou", true},
		{"n b'a fɛ ka fotota kalan Bamakɔ", true},
		{"n denkɛ b'a fɛ ka taa kalan kɛ Turuki", true},
		{"sɔrɔdasiya kɔnkuri bɛ kɛ tuma jumɛn?", true},
		// One's own vehicle broken down: a repair service; the repair
		// learnt is a training.
		{"n ka moto tiɲɛna kunu, a dilanyɔrɔ bɛ min?", true},
		{"ma voiture est en panne depuis hier, ou trouver un garage a Kayes ?", true},
		{"ma moto est souvent en panne, je veux apprendre la mecanique moto a Bamako", false},
		// Studies abroad told with "études", no need read: going there.
		{"ma fille veut faire ses etudes en France, comment faire ?", true},
		{"je veux faire mes etudes au Canada", true},
		{"je cherche un travail en France", false}, // ANPE's legal labour migration
		// A price of things no fiche holds, nothing else asked.
		{"combien coute le sac de ciment a bamako en ce moment", true},
		{"Bamakɔ ka taa Kayi, bisi sɔngɔ ye joli ye?", true},
		{"combien coute la formation en couture a Bamako", false},
		{"tumutu, jon be se ka n dema baara la", false}, // a misspelling, no price
		// No evidence read (unread): words some fiche's long text holds
		// ask nothing; a thing a fiche's head holds and a helper asked are
		// evidence (a destination: the grant for Morocco above).
		{"quel engrais mettre sur le mais en juillet", true},
		{"qui a gagné la présidentielle au Sénégal ?", true},
		{"c koi le FACEJ ?", false},
		{"qui aide les femmes qui font du savon", false},
	}
	for _, tt := range tests {
		a, err := ix.Ask(context.Background(), tt.q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if (a.Fit != Fits) != tt.noMatch {
			t.Errorf("Ask(%q): %v (out of scope %v), want no fit %v; %v", tt.q, a.Fit, a.OutOfScope, tt.noMatch, refs(a))
		}
	}
}

// nearTerms finds what a scan of the terms finds: those of minFuzzyTerm-1
// letters or more, of t's first letter, one edit from t.
func TestNearTermsAsScan(t *testing.T) {
	ix := testIndex(t)
	found := 0
	for _, w := range []string{"electricte", "mecaniqeu", "coutur", "soudur", "formaton", "aprentissage", "jardinag"} {
		for _, term := range ix.frenchCache.terms(w) {
			var want []string
			for _, c := range ix.terms {
				if len(c) >= minFuzzyTerm-1 && c[0] == term[0] && spell.OneEdit(term, c) {
					want = append(want, c)
				}
			}
			if got := ix.nearTerms(term); !slices.Equal(got, want) {
				t.Errorf("nearTerms(%q) = %v, want %v", term, got, want)
			}
			found += len(want)
		}
	}
	if found == 0 {
		t.Error("no term is near any of the words: nothing was compared")
	}
}

// TestEmigrating: going abroad refuses only when nothing else asked is a
// thing some fiche holds (a need aside); a country asked with no need
// ("faire ses études en France") is going there, one asked with a need
// ("un travail en France": ANPE's legal migration) is not.
func TestEmigrating(t *testing.T) {
	held := &[searched][]uint32{slotText: {1}}
	none := &[searched][]uint32{}
	dest := termSet{role: understand.Destination, ids: none}
	country := termSet{role: understand.Topic, country: true, ids: held}
	tests := []struct {
		sets []termSet
		need string
		want bool
	}{
		{[]termSet{dest}, "", true},
		{[]termSet{dest, {role: understand.Topic, ids: none}}, "", true},                 // "kurun": no fiche holds it
		{[]termSet{dest, {role: understand.Topic, need: "emploi", ids: held}}, "", true}, // the work there
		{[]termSet{dest, {role: understand.Topic, ids: held}}, "", false},                // "un visa … et une formation en couture"
		{[]termSet{{role: understand.Topic, ids: held}}, "", false},
		{[]termSet{country}, "", true},                                                              // "faire ses études en France"
		{[]termSet{country}, "emploi", false},                                                       // "un travail en France"
		{[]termSet{{role: understand.Topic, country: true, adjective: true, ids: held}}, "", false}, // "en français": a language
		{[]termSet{country, {role: understand.Topic, ids: held}}, "", false},
	}
	for i, tt := range tests {
		if got := emigrating(tt.sets, tt.need); got != tt.want {
			t.Errorf("%d: emigrating = %v, want %v", i, got, tt.want)
		}
	}
}

// TestAlternativesShareNeedOrTopic: on every question of the test sets,
// an answer that says nothing fits (here or anywhere) shows only fiches
// that serve the need asked or hold a thing asked in their name, trades
// or summary: none matched by a word of their text alone; and, for a
// question refused for a thing out of scope, only fiches of its need (a
// school listing a birth certificate among its papers is no alternative
// to having one made). The fiche named and declined (Answer.Lacks) is the
// one asked about, named perhaps by a programme of its text: no alternative.
func TestAlternativesShareNeedOrTopic(t *testing.T) {
	ix := testIndex(t)
	files, _ := filepath.Glob("../testdata/*.tsv")
	checked := 0
	for _, file := range files {
		cases, err := eval.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cases {
			a, err := ix.Ask(context.Background(), c.Question, 3)
			if err != nil {
				t.Fatal(err)
			}
			if a.Fit == Fits || a.Fit == PlaceOnly {
				continue
			}
			checked++
			for _, r := range a.Results {
				if a.Lacks && slices.Contains(a.Named, r.Fiche.Ref) {
					continue // the fiche asked about, declined: no alternative
				}
				if (!r.Strong || len(a.OutOfScope) > 0) && (a.Need == "" || !r.Fiche.HasNeed(a.Need)) {
					t.Errorf("%s %q: alternative %s shares neither the need %q nor a thing asked (out of scope %q)", c.ID, c.Question, r.Fiche.Ref, a.Need, a.OutOfScope)
				}
				if r.Fiche.Kind == seeds.KindDonor && !a.ProgrammeFiches() {
					t.Errorf("%s %q: alternative %s is a donor, and no donor or programme was asked", c.ID, c.Question, r.Fiche.Ref)
				}
			}
		}
	}
	if checked < 100 {
		t.Errorf("%d answers said nothing fits: too few to check", checked)
	}
}

// TestNearestAlternatives: when nothing fits at the place asked, the
// alternatives start with the fiches that serve the need asked (not a
// training centre whose name holds a word of a question about money),
// and among those, the fiches whose conditions take the age told come
// before nearer ones that exclude it.
func TestNearestAlternatives(t *testing.T) {
	ix := testIndex(t)
	for _, q := range []string{
		"qui finance les jeunes qui ouvrent un atelier à Mopti",
		"formation en soudure a Kidal",
	} {
		a, err := ix.Ask(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if a.Fit != FitsElsewhere || len(a.Results) == 0 || !a.Results[0].Fiche.HasNeed(a.Need) {
			t.Errorf("Ask(%q) = %v %v, want alternatives serving %q first", q, a.Fit, refs(a), a.Need)
		}
	}
	// A door comes before an ended project, however near the project's
	// towns: nobody is sent to one first.
	if koutiala, ok := ix.gaz.Lookup("Koutiala"); !ok {
		t.Fatal("no Koutiala")
	} else {
		ended, school := ix.fiches["R01"], ix.fiches["P04"]
		if ended.Status != seeds.StatusEnded || !inCities(ended, &koutiala) || !door(school) {
			t.Fatalf("R01 %s in %v, P04 %s: the fixture changed", ended.Status, ended.Cities, school.Status)
		}
		got := ix.nearest([]Result{{Fiche: ended}, {Fiche: school}}, understand.Query{Need: seeds.NeedTraining, Place: &koutiala})
		if got[0].Fiche != school {
			t.Errorf("nearest at Koutiala = %s first, want the school before the ended project", got[0].Fiche.Ref)
		}
	}
	// An age no bound of a near fiche takes puts a farther one first (of
	// two doors: a door comes before a donor whatever the age).
	order := slices.Sorted(maps.Keys(ix.fiches))
	var bounded, open *seeds.Fiche
	var p places.Place
	for _, ref := range order {
		if f := ix.fiches[ref]; ix.ages[ref][1] > 0 && len(f.Cities) > 0 {
			if town, ok := ix.gaz.Lookup(f.Cities[0]); ok {
				bounded, p = f, town
				break
			}
		}
	}
	for _, ref := range order {
		f := ix.fiches[ref]
		if bounded != nil && door(f) && ix.ages[ref] == [2]int{} && ix.distance(f, p.Lat, p.Lon) > ix.distance(bounded, p.Lat, p.Lon) {
			open = f
			break
		}
	}
	if bounded == nil || open == nil {
		t.Fatal("no fiche with an upper age bound, or none without one farther away")
	}
	rs := []Result{{Fiche: bounded}, {Fiche: open}}
	for _, tt := range []struct {
		years int
		first *seeds.Fiche
	}{{0, bounded}, {ix.ages[bounded.Ref][1] + 1, open}} {
		if got := ix.nearest(rs, understand.Query{Place: &p, Years: tt.years}); got[0].Fiche != tt.first {
			t.Errorf("nearest at %s, %d years: %s first, want %s", p.Name, tt.years, got[0].Fiche.Ref, tt.first.Ref)
		}
	}
}

// TestWorkerCompound: a worker's name of several words ("femme de
// ménage", phrases.tsv) is the job sought, not its words: "femme" asks no
// programme whose text names women, so the placement agencies, which
// place household staff, come first.
func TestWorkerCompound(t *testing.T) {
	ix := testIndex(t)
	for _, question := range []string{
		"je cherche travail de femme de menage ou nounou a bamako",
		"cherche emploi femme de menage ou cuisiniere a bamako urgent",
		"ma soeur cherche du travail comme femme de ménage à Bamako, elle a 30 ans",
	} {
		a, err := ix.Ask(context.Background(), question, 3)
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Results) == 0 || a.Results[0].Fiche.Kind != "placement" {
			t.Errorf("Ask(%q) = %v, want a placement agency first", question, refs(a))
		}
	}
}

// TestDangerNeverRefused: a message that tells of a danger and asks
// something nothing fits (out of scope, or no fiche holds it) gets the
// protection actors a person can reach, as a danger answer; a condition
// whose care is what is asked (a hospital chosen) stays refused.
func TestDangerNeverRefused(t *testing.T) {
	ix := testIndex(t)
	for _, q := range []string{
		"Ne bɔra Arabi, u ye ne gɛn. Ne b'a fɛ ka awiyɔn boli kalan Bamakɔ.",
		"j'ai été expulsé de Libye, je veux une formation de pilote d'avion",
	} {
		a, err := ix.Ask(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if a.Fit != Fits || !a.Distressed || len(a.Results) == 0 || !a.Results[0].Fiche.HasNeed(seeds.NeedProtection) || !a.Results[0].Fiche.Open() {
			t.Errorf("Ask(%q) = %v, distressed %v, %v; want an open protection actor first", q, a.Fit, a.Distressed, refs(a))
		}
	}
	a, err := ix.Ask(context.Background(), "ma mère est malade, quel hôpital est le meilleur ?", 3)
	if err != nil {
		t.Fatal(err)
	}
	if a.Fit != NoFit {
		t.Errorf("a hospital chosen: %v, %v; want no fit", a.Fit, refs(a))
	}
}

// TestTakesPerson: a fiche's public takes the person told, or not: an age
// outside its conditions, a group of no young people at a fiche bounded
// by an age, a grown person past youth at a children's actor, a grown
// person (Query.Adult) at a fiche for minors only.
func TestTakesPerson(t *testing.T) {
	ix := testIndex(t)
	for _, c := range []struct {
		ref  string
		q    understand.Query
		want bool
	}{
		{"P14", understand.Query{}, true},
		{"P14", understand.Query{Years: 45}, false},                                            // APEJ: 15 to 40
		{"P14", understand.Query{Collective: true, Age: understand.AgeAdult}, false},           // a women's group
		{"P14", understand.Query{Collective: true, Age: understand.AgeYoung}, true},            // a group of young people
		{"P21", understand.Query{Collective: true, Age: understand.AgeAdult}, true},            // the BNDA bounds no age
		{"P01", understand.Query{Years: 12}, false},                                            // Missabougou: over 15
		{"P34", understand.Query{Years: 17}, true},                                             // ENDA takes minors
		{"P34", understand.Query{Years: 20}, false},                                            // its public is under 18
		{"P34", understand.Query{Grown: true, Age: understand.AgeAdult}, false},                // a widow, a husband told
		{"P34", understand.Query{Years: adultYears}, false},                                    // not a grown person
		{"P35", understand.Query{Years: 50}, true},                                             // AME
		{"P36", understand.Query{Years: 50, Collective: true, Age: understand.AgeAdult}, true}, // COOPI: serves children among others
	} {
		if got := ix.takesPerson(c.ref, c.q); got != c.want {
			t.Errorf("takesPerson(%s, %+v) = %v, want %v", c.ref, c.q, got, c.want)
		}
	}
}

// TestNamesPerson: for a child younger than any centre takes, the
// children's actors a person can reach; not an ended project, not for an
// older child.
func TestNamesPerson(t *testing.T) {
	ix := testIndex(t)
	if ix.youngestTaken != 15 {
		t.Fatalf("youngestTaken = %d, want 15 (Missabougou, Markala, the APEJ)", ix.youngestTaken)
	}
	for _, c := range []struct {
		ref   string
		years int
		want  bool
	}{
		{"P34", 13, true},  // ENDA
		{"P37", 13, false}, // UNICEF: reached through its partners (audience programme)
		{"P34", 16, false}, // the centres take a child of 16
		{"P34", 0, false},  // no age told
		{"R04", 13, false}, // an ended project
		{"P01", 13, false}, // a centre
	} {
		if got := ix.namesPerson(ix.fiches[c.ref], understand.Query{Years: c.years}); got != c.want {
			t.Errorf("namesPerson(%s, %d years) = %v, want %v", c.ref, c.years, got, c.want)
		}
	}
}

// TestTakesAnyAge: for a person older than any age the fiches' conditions
// bound (the APEJ's 40), the places a person can reach whose conditions
// say they take any age (the ANPE, Createam); no one younger, no other.
func TestTakesAnyAge(t *testing.T) {
	ix := testIndex(t)
	if ix.oldestTaken != 40 {
		t.Fatalf("oldestTaken = %d, want 40 (the APEJ)", ix.oldestTaken)
	}
	// By age told, the fiches that take any age for it: the ANPE ("sans
	// distinction d'âge") and Createam ("sans limite d'âge") past 40;
	// none at 40, which the APEJ takes, nor with no age told.
	for years, want := range map[int][]string{0: nil, 40: nil, 41: {"P12", "P15"}, 50: {"P12", "P15"}} {
		var got []string
		for _, f := range ix.Fiches() {
			if ix.takesAnyAge(f, understand.Query{Years: years}) {
				got = append(got, f.Ref)
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("%d years: takesAnyAge = %v, want %v", years, got, want)
		}
	}
}

// TestPersonRanked: who asks moves a fiche whose public excludes them
// below those that take them: a women's group is no youth agency's public,
// a group of young people is; a child of 13 goes to a children's actor.
func TestPersonRanked(t *testing.T) {
	ix := testIndex(t)
	for _, c := range []struct {
		q     string
		ref   string
		first bool // the fiche first, or not first
	}{
		{"Nous sommes un groupement de femmes à Ségou, on fait le beurre de karité. On veut une formation en gestion et savoir comment avoir du crédit.", "P14", false},
		{"An ye musow ka tɔn ye Segu, an b'a fɛ ka jurudon sɔrɔ ka safunɛ dilan baara daminɛ.", "P14", false},
		{"slt jai 14 ans je ve apprendre la soudure a bamako c ou", "P34", true},
		{"j'ai 50 ans, je suis rentré de Libye, je veux apprendre la soudure à Kayes", "P34", false},
	} {
		a, err := ix.Ask(context.Background(), c.q, 3)
		if err != nil {
			t.Fatal(err)
		}
		got := refs(a)
		if first := len(got) > 0 && got[0] == c.ref; first != c.first {
			t.Errorf("Ask(%q) = %v, want %s first: %v", c.q, got, c.ref, c.first)
		}
	}
}

// TestTeachesReading: the fiches whose name, trades or summary name
// literacy teach it; a centre whose long text alone says its learners read
// does not.
func TestTeachesReading(t *testing.T) {
	ix := testIndex(t)
	for ref, want := range map[string]bool{
		"P01": true,  // CFP Missabougou: "alphabétisation" in its summary
		"P07": true,  // Atelier École de Kayes
		"P02": false, // CFP Sénou: "Tous les apprenants sont alphabétisés", in its text
		"P06": false, // IFPT: a level of French required
	} {
		if got := ix.literacy[ref]; got != want {
			t.Errorf("literacy[%s] = %v, want %v", ref, got, want)
		}
	}
}

// TestLongOnly: a fiche whose every trade lasts years and whose text says
// no short course gives long courses only; one whose trades last months,
// or whose text tells shorter courses beside its long ones, or that tells
// no duration, does not.
func TestLongOnly(t *testing.T) {
	ix := testIndex(t)
	for ref, want := range map[string]bool{
		"P34": true,  // ENDA: every trade "3 ans"
		"P01": false, // CFP Missabougou: "Coupe – couture : 7 mois"
		"P04": false, // CPM: CAP 3 ans, "périodes plus courtes (environ 2 mois)"
		"P07": false, // AEK: no duration told
	} {
		if got := ix.long[ref]; got != want {
			t.Errorf("long[%s] = %v, want %v", ref, got, want)
		}
	}
}

// TestShortAfterLong: a course wanted short puts the fiches of long
// courses only after those that fit as well: ENDA, which teaches both
// trades asked for three years, after the centres of shorter couture
// courses; the words of a course too long are no topics.
func TestShortAfterLong(t *testing.T) {
	ix := testIndex(t)
	for _, q := range []string{
		"je veux apprendre la cordonnerie ou la couture, une formation courte, à Bamako",
		"une formation de 3 ans c trop long pour moi, ya plus court en couture a bamako ?",
	} {
		a, err := ix.Ask(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if got := refs(a); len(got) == 0 || got[0] == "P34" || !slices.Contains(got, "P01") {
			t.Errorf("Ask(%q) = %v, want P01 among them and not P34 first", q, got)
		}
	}
}

// TestUnletteredFirst: for a person told unable to read, among the
// centres that teach the trade where asked, one that teaches literacy comes
// first (another centre of the trade ranks first without it); reading asked
// to learn is literacy asked, however the centre names it.
func TestUnletteredFirst(t *testing.T) {
	ix := testIndex(t)
	for q, want := range map[string]string{
		"mon mari n'a jamais été à l'école, il veut apprendre a lire avant de faire un metier, on est a Bamako": "P01",
		"je ne sais pas lire, je veux faire l'électricité bâtiment à Bamako":                                    "P01",
		"n tɛ se ka sɛbɛnni kɛ, n b'a fɛ ka nɛgɛ baara dege Bamakɔ":                                             "P01",
	} {
		a, err := ix.Ask(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if got := refs(a); len(got) == 0 || got[0] != want {
			t.Errorf("Ask(%q) = %v, want %s first", q, got, want)
		}
	}
}

// TestCostOfCourseAsked: a budget told or a free course asked for a
// training (AskCost) is answered first by a centre that states what it
// costs (statesCost): its fees item by item, or free.
func TestCostOfCourseAsked(t *testing.T) {
	ix := testIndex(t)
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{"J'ai 300 000 FCFA de côté. Quelle formation à un métier je peux me payer à Bamako avec ça ?", []string{"P01", "P02", "P04"}},
		{"j ai 50000f seulement, ya une formation de metier pas chere pour moi a bamako", []string{"P01", "P02", "P04"}},
		{"formation gratuite a Kayes", []string{"P05", "P06", "P07", "P08"}},
	} {
		a, err := ix.Ask(context.Background(), tt.q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if got := refs(a); len(got) == 0 || !slices.Contains(tt.want, got[0]) {
			t.Errorf("Ask(%q) = %v, want one of %v first", tt.q, got, tt.want)
		}
	}
}

// TestResultReturnees: a result says when who its fiche serves is Malians
// come back only (the AME), not a centre that also takes returnees among
// others (CFP Missabougou).
func TestResultReturnees(t *testing.T) {
	ix := testIndex(t)
	a, err := ix.Ask(context.Background(), "je veux apprendre la couture, j'ai 30 ans, a bamako", 10)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"P35": true, "P01": false}
	for _, r := range a.Results {
		if w, ok := want[r.Fiche.Ref]; ok {
			if r.Returnees != w {
				t.Errorf("%s: Returnees %v, want %v", r.Fiche.Ref, r.Returnees, w)
			}
			delete(want, r.Fiche.Ref)
		}
	}
	if len(want) > 0 {
		t.Errorf("not among the results: %v", want)
	}
}
