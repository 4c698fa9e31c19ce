package search

import (
	"context"
	"slices"
	"testing"

	"sira/seeds"
)

// TestGivesProduct: a loan asked ranks first a fiche that says it gives
// one (in its name, trades, summary or offer), not one whose text only
// tells of credit (a donor's project results, an agency's trainings on
// access to credit), which still fits.
func TestGivesProduct(t *testing.T) {
	ix := testIndex(t)
	var products []uint32
	for id := range ix.products {
		products = append(products, id)
	}
	for _, tt := range []struct{ question, textOnly string }{
		{"pret pour groupement de femmes maraicheres a koulikoro", "A07"},
		{"credit pr une femme ki fait du savon a segou", "P16"},
		{"Ma mère fume et vend du poisson au marché de Mopti. Elle voudrait un petit crédit pour acheter un four amélioré.", "A07"},
		{"Qui prête aux femmes à Kayes ? Je fais de la teinture.", "P16"},
	} {
		a, err := ix.Ask(context.Background(), tt.question, 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Results) == 0 || a.Fit != Fits {
			t.Errorf("Ask(%q) = %v: nothing fits", tt.question, refs(a))
			continue
		}
		if first := a.Results[0].Fiche.Ref; first == tt.textOnly || !ix.offers(first, products) {
			t.Errorf("Ask(%q) = %v: want first a fiche that says it gives credit, not %s", tt.question, refs(a), first)
		}
	}
}

// TestSmallTradeLoan: a shop, a trade, a trader are also what the fiches
// call a very small enterprise (synonyms.tsv: "TPE"), so a loan for one in
// Bamako gets the microfinance that lends to them (Baobab) first, not the
// agricultural bank whose text says it also serves commerce; learning
// commerce stays a training.
func TestSmallTradeLoan(t *testing.T) {
	ix := testIndex(t)
	for _, tt := range []struct{ question, first string }{
		{"il me faut un petit crédit pour ma boutique de tissus à Bamako", "P22"},
		{"prêt pour mon commerce d'habits à Bamako", "P22"},
		{"n bɛ juru ɲini ka butiki dayɛlɛ Bamakɔ", "P22"}, // butiki, a shop, as the fiches' commerce (index/lexicon/sira.tsv)
		{"formation en commerce a bamako", "P03"},
	} {
		a, err := ix.Ask(context.Background(), tt.question, 3)
		if err != nil {
			t.Fatal(err)
		}
		if got := refs(a); len(got) == 0 || got[0] != tt.first {
			t.Errorf("Ask(%q) = %v, want %s first", tt.question, got, tt.first)
		}
	}
}

// TestMoneyFromLender: money asked for a business (Query.Money) ranks
// first, among fiches equal on all else, one whose trades or summary say
// it gives a product (a loan, a grant), not a trainer whose summary names
// the business (Agrivision's coaching in élevage); a business to start
// without money named is not reordered so.
func TestMoneyFromLender(t *testing.T) {
	ix := testIndex(t)
	for _, question := range []string{
		"qui peut financer mon projet d'elevage de poulets a sikasso",
		"J'ai 33 ans et je veux créer mon élevage de poulets, qui peut financer ?",
	} {
		a, err := ix.Ask(context.Background(), question, 3)
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Results) == 0 || !ix.lendsMoney(a.Results[0].Fiche.Ref) {
			t.Errorf("Ask(%q) = %v: want first a fiche that says it gives money", question, refs(a))
		}
	}
	if ix.lendsMoney("P20") || ix.lendsMoney("P16") || !ix.lendsMoney("P21") {
		t.Errorf("lendsMoney: Agrivision %v, API %v, BNDA %v; want false, false, true", ix.lendsMoney("P20"), ix.lendsMoney("P16"), ix.lendsMoney("P21"))
	}
}

// TestMoneyToStart: money asked to start an activity, no loan named, goes
// first to a running fiche that says it helps start one (an agency's
// "crédit pour créer son activité", an incubator), not to a bank or a
// microfinance that lends to those who run one; a loan named still goes to
// one that gives it. In French, money asked to start goes first to those
// who help create one only when the project is to be followed too
// (accompany.tsv): a lender lends, it does not accompany.
func TestMoneyToStart(t *testing.T) {
	ix := testIndex(t)
	for _, tt := range []struct {
		question string
		start    bool // want first a fiche that helps start (else one that lends)
	}{
		{"denmisenw be wari deme soro min ka jago daminɛ Moti?", true},
		{"n ka baarakɛda daminɛ wari bɛ sɔrɔ min", true},
		{"n b'a fe ka shemara daminɛ bamako, wari deme be soro min?", true},
		{"je veux un pret pour ouvrir une boutique a Bamako", false},
		// the project followed: those who help create one before the lenders
		{"Je veux ouvrir un restaurant à Bamako. Qui peut m'accompagner et m'aider à financer ?", true},
		{"elle veut ouvrir une petite pharmacie à Sikasso. Qui peut l'accompagner et la financer ?", true},
		{"je veux ouvrir un restaurant a Bamako, qui peut m'aider a financer ?", false},
	} {
		a, err := ix.Ask(context.Background(), tt.question, 3)
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Results) == 0 {
			t.Errorf("Ask(%q): no result", tt.question)
			continue
		}
		f := a.Results[0].Fiche
		if tt.start && (!ix.helpsStart(f.Ref) || f.Status != seeds.StatusActive) || !tt.start && !ix.lendsMoney(f.Ref) {
			t.Errorf("Ask(%q) = %v: want first a fiche that %s", tt.question, refs(a), map[bool]string{true: "runs and helps start an activity", false: "gives money"}[tt.start])
		}
	}
	// "Ouvrier" in a school's trades says nothing of starting (fiches: no).
	for ref, want := range map[string]bool{"P14": true, "P10": true, "P21": false, "P22": false, "P09": false} {
		if got := ix.helpsStart(ref); got != want {
			t.Errorf("helpsStart(%s) = %v, want %v", ref, got, want)
		}
	}
}

// TestBusinessRun: a business of the person's asked run or accompanied
// (Query.RunsBusiness) goes first to a running fiche that helps start one,
// not to a farming NGO or a bank whose text tells of the product, and
// fits; a trade asked to learn keeps its school.
func TestBusinessRun(t *testing.T) {
	ix := testIndex(t)
	for _, q := range []string{
		"je suis a segou jai un projet de transformation de mangues en jus mais je sais pas gerer une entreprise, qui peut m accompagner",
		"Conseiller EOJ Kayes : 8 jeunes veulent créer une petite entreprise de transformation d'arachide. Quelle structure peut les accompagner à Kayes ?",
		"je veux creer mon entreprise de vente de riz a segou, ou suivre une formation en entrepreneuriat",
	} {
		a, err := ix.Ask(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Results) == 0 || a.Fit != Fits {
			t.Errorf("Ask(%q): nothing fits", q)
			continue
		}
		if f := a.Results[0].Fiche; !ix.helpsStart(f.Ref) || f.Status != seeds.StatusActive {
			t.Errorf("Ask(%q) = %v: want first a running fiche that helps start an activity", q, refs(a))
		}
	}
	a, err := ix.Ask(context.Background(), "je veux apprendre la transformation de mangues a Kayes", 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Results) == 0 || a.Results[0].Fiche.Ref != "P08" {
		t.Errorf("Ask(learn transformation at Kayes) = %v: want first P08", refs(a))
	}
}

// TestWhoServedForMoney: for a financing need, who asks counts where a
// fiche says what it does (Impact Hub's "aide aux femmes entrepreneures"),
// not where its long text tells of them (the APEJ's conditions of one
// programme): a woman's credit goes to the microfinance before the APEJ.
// Money itself asked, who asks counts only in a fiche that gives it
// (TestWhoServedByLenders): Impact Hub counts for an incubator asked, not
// for a credit.
func TestWhoServedForMoney(t *testing.T) {
	ix := testIndex(t)
	for _, tt := range []struct {
		question string
		hub      bool // whether Impact Hub covers who asks
	}{
		{"je suis une femme a bamako, je fais du savon et je veux un credit pour agrandir", false},
		{"je suis une femme a bamako, je fais du savon, je cherche un incubateur pour agrandir", true},
	} {
		a, err := ix.answer(context.Background(), ix.Understand(tt.question), rerankDepth)
		if err != nil {
			t.Fatal(err)
		}
		who := map[string]float64{}
		rank := map[string]int{}
		for i, r := range a.Results {
			if r.cand != nil {
				who[r.Fiche.Ref], rank[r.Fiche.Ref] = r.cand.whoCov, i+1
			}
		}
		if who["P14"] != 0 || (who["P11"] != 0) != tt.hub {
			t.Errorf("%q: who asks covered: APEJ %v, Impact Hub %v; want 0 and more than 0: %v", tt.question, who["P14"], who["P11"], tt.hub)
		}
		if !tt.hub && (rank["P22"] == 0 || rank["P14"] != 0 && rank["P22"] > rank["P14"]) {
			t.Errorf("Ask(%q): Baobab at %d, APEJ at %d; want Baobab first of the two", tt.question, rank["P22"], rank["P14"])
		}
	}
}

// TestWhoServedByLenders: for money asked, who asks counts only in a
// fiche that gives money (lendsMoney): the API's summary names women
// entrepreneurs for its courses, GRDR's offer the returnees' trades; a
// women's group or a trader asking a credit gets a lender first.
func TestWhoServedByLenders(t *testing.T) {
	ix := testIndex(t)
	for _, question := range []string{
		"notre groupement de femmes a Segou fait le savon, on cherche un financement pour une machine",
		"je vends des tissus au grand marche de Kayes, je veux un credit pour agrandir mon commerce",
		"je suis une femme entrepreneure a Mopti, je veux un credit pour ma boutique",
	} {
		a, err := ix.answer(context.Background(), ix.Understand(question), rerankDepth)
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Results) == 0 || !ix.lendsMoney(a.Results[0].Fiche.Ref) {
			t.Errorf("Ask(%q) = %v, want a fiche that gives money first", question, refs(a))
		}
		for _, r := range a.Results {
			if r.cand != nil && !ix.lendsMoney(r.Fiche.Ref) && r.cand.whoCov != 0 {
				t.Errorf("Ask(%q): %s gives no money and covers who asks (%v)", question, r.Fiche.Ref, r.cand.whoCov)
			}
		}
	}
}

// TestRefusingKindLast: the fiches of a kind the person tells turned them
// away (Query.Refusing: "les banques refusent mon dossier") rank after the
// others, so the bank is not offered; a kind asked comes first.
func TestRefusingKindLast(t *testing.T) {
	ix := testIndex(t)
	for _, tt := range []struct {
		question, kind string
		first          bool // want a fiche of kind first (else none among the three)
	}{
		{"les banques refusent mon dossier, je cherche un pret pour agrandir mon atelier de soudure a Bamako", "banque", false},
		{"il voudrait ouvrir un garage a Sikasso mais aucune banque ne lui prête, qui peut l'aider ?", "banque", false},
		{"les microfinances demandent une caution que je n'ai pas, je veux un credit pour mon commerce a Bamako", "microfinance", false},
		{"quelle banque prete aux agriculteurs a Koutiala ?", "banque", true},
	} {
		a, err := ix.Ask(context.Background(), tt.question, 3)
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Results) == 0 {
			t.Errorf("Ask(%q): no result", tt.question)
			continue
		}
		of := slices.IndexFunc(a.Results, func(r Result) bool { return r.Fiche.Kind == tt.kind })
		if tt.first && of != 0 || !tt.first && of >= 0 {
			t.Errorf("Ask(%q) = %v: the %s at %d, want %s", tt.question, refs(a), tt.kind, of, map[bool]string{true: "first", false: "none"}[tt.first])
		}
	}
}

// TestLenderNamesWhatFor: among the fiches that give the money asked, a
// lender whose one need is financing (a bank, a microfinance, a fund) and
// whose name, trades or summary name what the money is for comes first: a
// farmer's loan goes to the agricultural bank before the microfinance
// whose offer only tells of farming projects. An agency serving many needs
// is not ranked so (the APEJ's "crédit pour créer son activité" names
// every activity).
func TestLenderNamesWhatFor(t *testing.T) {
	ix := testIndex(t)
	for _, tt := range []struct{ question, first string }{
		{"n bɛ juru fɛ ka sɛnɛ kɛ", "P21"},
		{"n b'a fe ka juru ta ka sene ke", "P21"}, // phone spelling: ɛ written e
		{"ne b'a fe ka wari juru ta ka jago ke", "P22"},
		{"un petit credit pour mon commerce de pagnes a Bamako", "P22"},
	} {
		a, err := ix.Ask(context.Background(), tt.question, 3)
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Results) == 0 || a.Results[0].Fiche.Ref != tt.first {
			t.Errorf("Ask(%q) = %v, want %s first", tt.question, refs(a), tt.first)
		}
	}
}

// TestFarmingMoneyAtTheFarmBank: money asked for a kind of animal raising
// the fiches name élevage (pisciculture, embouche: synonyms.tsv) meets the
// agricultural bank, whose text lends for élevage, before an incubator or
// an NGO whose text only names the activity.
func TestFarmingMoneyAtTheFarmBank(t *testing.T) {
	ix := testIndex(t)
	for _, question := range []string{
		"un financement pour la pisciculture a Kayes",
		"il me faut un financement pour faire l'embouche a Sikasso",
		"qui peut financer mon projet de pisciculture a Gao",
		"je cherche un credit pour l'embouche",
	} {
		a, err := ix.Ask(context.Background(), question, 3)
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Results) == 0 || a.Results[0].Fiche.Ref != "P21" {
			t.Errorf("Ask(%q) = %v, want P21 (BNDA) first", question, refs(a))
		}
	}
}

// TestInvestorMeetsInvestment: an investor asked is investment given
// (synonyms.tsv): a fund whose summary says "fonds d'investissement" gives
// what "un investisseur" asks, as a network of investors does, and the
// conditions told (its years, its turnover) then decide among them.
func TestInvestorMeetsInvestment(t *testing.T) {
	ix := testIndex(t)
	const question = "notre entreprise a 6 ans et 200 millions de chiffre d'affaires, nous cherchons des investisseurs"
	a, err := ix.Ask(context.Background(), question, 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Results) == 0 || a.Results[0].Fiche.Ref != "P23" {
		t.Errorf("Ask(%q) = %v, want P23 (Zira Capital: 3 years and 100 million turnover) first", question, refs(a))
	}
}

// TestNotYetOpenGivesNothing: money or goods asked (a kit, tools, a
// machine after a training) never put a centre not yet open before one
// that runs, whatever words of equipment its text holds; asked to learn,
// the same centre ranks as its trades say.
func TestNotYetOpenGivesNothing(t *testing.T) {
	ix := testIndex(t)
	for _, tt := range []struct {
		question string
		idleLast bool // want every fiche not yet open after those that run
	}{
		{"Je sors du CFP avec un CAP en mécanique, il me faut un kit d'outils pour ouvrir mon petit garage", true},
		{"Après ma formation en froid-clim à Sénou, il me faut un financement pour des outils et démarrer", true},
		{"on cherche un financement pour du materiel agricole a Markala", true},
		{"je veux apprendre la reparation des tracteurs et motopompes a Markala", false},
	} {
		a, err := ix.Ask(context.Background(), tt.question, rerankDepth)
		if err != nil {
			t.Fatal(err)
		}
		seenIdle, idleFirst := false, false
		for i, r := range a.Results {
			planned := r.Fiche.Status == seeds.StatusPlanned
			if i == 0 && planned {
				idleFirst = true
			}
			if tt.idleLast && !planned && seenIdle {
				t.Errorf("Ask(%q) = %v: a fiche not yet open before %s", tt.question, refs(a), r.Fiche.Ref)
				break
			}
			seenIdle = seenIdle || planned
		}
		if !tt.idleLast && !idleFirst {
			t.Errorf("Ask(%q) = %v, want the centre not yet open first (its trades)", tt.question, refs(a))
		}
	}
}

// TestGoodsGivenWhereOffered: goods asked to work with (tools, equipment,
// a machine: goods.tsv), no money named, rank first a fiche that says it
// gives them (its head or offer: the APEJ's "kit de démarrage, matériel et
// équipements"), not a bank, a school or a donor whose long text tells of
// them; goods a loan is asked for are what the money buys, and the farm
// bank comes first for farm tools. Machines to buy for a workshop are
// goods to start with, no purchase refused.
func TestGoodsGivenWhereOffered(t *testing.T) {
	ix := testIndex(t)
	var goods []uint32
	for id := range ix.goods {
		goods = append(goods, id)
	}
	for _, tt := range []struct {
		question string
		first    string // the fiche wanted first; "" for one that offers the goods
	}{
		{"j'ai fini la formation en plomberie, il me faut des outils pour travailler à mon compte à Ségou", ""},
		{"je sors du CAP menuiserie, je cherche du matériel pour ouvrir mon atelier à Mopti", ""},
		{"Conseillère de Sikasso : des jeunes sortis de formation en électricité ont besoin d'équipement pour s'installer", ""},
		{"n bɛ se ka juru sɔrɔ min ka sɛnɛkɛ minɛnw san? n bɛ Kucala", "P21"},
		{"je suis tailleur à Ségou, je voudrais acheter deux machines pour ouvrir mon atelier, y a-t-il une aide ?", ""},
		{"Je sors du CFP avec un CAP en mécanique, il me faut un kit d'outils pour ouvrir mon petit garage", ""},
		{"jai fait la formation en coiffure, jai pas de materiel pour commencer", ""},
		{"je veux acheter un four et du matériel pour ouvrir une pâtisserie à Ségou, qui peut m'aider ?", ""},
		// tools named by their own names, no word of goods
		{"je suis soudeur a Bamako, il me faut une meuleuse et une perceuse pour mon atelier", ""},
		{"couturiere a Bamako, je veux acheter une surjeteuse, qui peut aider ?", ""}, // refused as a purchase without
		{"apres mon apprentissage en menuiserie a Segou il me faut une raboteuse pour m'installer", ""},
	} {
		a, err := ix.Ask(context.Background(), tt.question, rerankDepth)
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Results) == 0 || a.Fit != Fits {
			t.Errorf("Ask(%q) = %v: nothing fits", tt.question, refs(a))
			continue
		}
		if first := a.Results[0].Fiche.Ref; tt.first != "" && first != tt.first || tt.first == "" && !ix.offers(first, goods) {
			t.Errorf("Ask(%q) = %v: want first %q (\"\": a fiche that offers the goods), not %s", tt.question, refs(a), tt.first, first)
		}
	}
}

// TestOfferedGoods: the goods a fiche says it gives are the goods words
// of its name, trades, summary or offer (the APEJ's "matériel et
// équipements"), not another sense of a synonym ("outils digitaux",
// FAMIB's), nor a word its long text alone holds.
func TestOfferedGoods(t *testing.T) {
	ix := testIndex(t)
	for ref, want := range map[string][]string{
		"P14": {"materiel", "equipements"},
		"P29": nil, // "outils digitaux de travail"
		"P21": nil, // the bank's text tells of equipment loans, its offer does not
	} {
		if got := offeredGoods(ix.fiches[ref], ix.lang.Goods); !slices.Equal(got, want) {
			t.Errorf("offeredGoods(%s) = %q, want %q", ref, got, want)
		}
	}
}
