package bot

import (
	"slices"
	"strings"
	"testing"

	"sira/index"
	"sira/index/places"
	"sira/seeds"
)

// This file tests what a person is shown of a fiche whatever they asked:
// which fees first, the report's words, who can walk in, where it works,
// names in N'Ko.

func TestApplyingCosts(t *testing.T) {
	f := &seeds.Fiche{
		Trades: []seeds.Trade{{Name: "Mécanique auto"}, {Name: "Maraîchage"}, {Name: "Animation en alphabétisation"}},
		Costs: seeds.Costs{Items: []seeds.CostItem{
			{What: "alphabétisation (inscription)", Min: 10000, Per: "une fois"},
			{What: "formation maraîchage", Min: 200000, Per: "formation"},
			{What: "formation professionnelle, selon la filière", Min: 200000, Max: 345000, Per: "formation"},
			{What: "transport et repas", Min: 130000, Per: "mois"},
		}},
	}
	tests := []struct {
		name          string
		trades, asked []int
		want          string // the items' what, in order
	}{
		{"nothing asked: what every learner pays first, then one track's", nil, nil,
			"formation professionnelle, selon la filière|transport et repas|alphabétisation (inscription)|formation maraîchage"},
		{"a trade with no fee of its own, transport asked: transport first, the range stays", []int{0}, []int{3},
			"transport et repas|formation professionnelle, selon la filière"},
		{"an item named (twice), once, before what every learner pays", nil, []int{3, 3},
			"transport et repas|formation professionnelle, selon la filière"},
		{"a trade with its own fee: that fee, not the range", []int{1}, []int{1},
			"formation maraîchage|transport et repas"},
		{"a trade no item names: what every learner pays", []int{0}, nil,
			"formation professionnelle, selon la filière|transport et repas"},
	}
	for _, tt := range tests {
		var got []string
		for _, it := range applying(f, tt.trades, tt.asked) {
			got = append(got, it.What)
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, g, tt.want)
		}
	}
}

func TestReportLines(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{"Gratuit pour les élèves du cursus classique ;\n• Dans le cadre de l’IC, l’OIM finance la formation.", 240,
			"Gratuit pour les élèves du cursus classique ;|Dans le cadre de l’IC, l’OIM finance la formation."},
		{"- Volet A : 10.000 FCFA.\n- Volet B : 200.000 FCFA.\no sous-volet : 5.000 FCFA.", 240,
			"Volet A : 10.000 FCFA.|Volet B : 200.000 FCFA.|sous-volet : 5.000 FCFA."},
		{"offre unique.\nobjets fournis.", 240, "offre unique.|objets fournis."},
		{"Première ligne assez longue.\nSeconde ligne qui ne tient plus dans la limite donnée.", 40, "Première ligne assez longue."},
		{"Une phrase. Une autre phrase bien plus longue que la limite fixée ici.", 25, "Une phrase."},
	}
	for _, tt := range tests {
		if got := strings.Join(reportLines(tt.in, tt.max), "|"); got != tt.want {
			t.Errorf("reportLines(%q) =\n %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestPlannedProgrammeIsNoDoor(t *testing.T) {
	fs := testFiches(t)
	for lang, want := range map[string]string{
		"fr": "Ne reçoit pas le public : un programme annoncé, pas encore lancé",
		"bm": "A tɛ mɔgɔw mina. A ka poroze tun ma daminɛ fɔlɔ",
	} {
		tr := renderTurn(lang, latin, "")
		got := tr.plain(tr.card(1, index.Result{Fiche: fs["A02"]}, focus{}))
		if !strings.Contains(got, want) || strings.Contains(got, "avant d'y aller") || strings.Contains(got, "sani i ka taa") {
			t.Errorf("%s: a programme not yet launched is labelled as a door to go to:\n%s", lang, got)
		}
	}
}

func TestWhereItWorks(t *testing.T) {
	tests := []struct {
		name string
		f    seeds.Fiche
		lang string
		want string
	}{
		{"all of Mali, whatever its offices", seeds.Fiche{Regions: []string{"national"}, Cities: []string{"Bamako", "Kayes", "Gao"}}, "fr", "Tout le Mali"},
		{"all of Mali, in Bambara", seeds.Fiche{Regions: []string{"national", "kayes"}, Cities: []string{"Kayes"}}, "bm", "Mali bɛɛ"},
		{"its towns, then the regions they are not in", seeds.Fiche{Regions: []string{"bamako", "kayes", "segou", "mopti"}, Cities: []string{"Bamako", "Kita"}}, "fr", "Bamako, Kita, Ségou, Mopti"},
		{"its towns when they cover its regions", seeds.Fiche{Regions: []string{"segou", "mopti"}, Cities: []string{"Markala", "Djenné"}}, "fr", "Markala, Djenné"},
		{"its regions when it names no town", seeds.Fiche{Regions: []string{"kayes", "sikasso"}}, "fr", "Kayes, Sikasso"},
	}
	for _, tt := range tests {
		tr := renderTurn(tt.lang, latin, "")
		if got := tr.plain(where(tr, &tt.f)); got != tt.want {
			t.Errorf("%s: where = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestNamesStayLatinInNKo(t *testing.T) {
	tests := []struct {
		name, summary string
		keep          []string // in Latin letters in the N'Ko answer
		written       []string // written in N'Ko
	}{
		{"Croix Rouge Malienne", "Croix Rouge bɛ Mali bɛɛ kɔnɔ.", []string{"Croix Rouge"}, []string{"ߡߊߟߌ"}},
		{"Groupe Banque Mondiale", "Banque Mondiale ye wari dɛmɛbaa ye.", []string{"Banque Mondiale"}, []string{"ߥߊߙߌ"}},
		{"DONILAB", "Donilab bɛ Bamakɔ.", []string{"Donilab"}, []string{"ߓߊߡߊߞߐ"}},
		{"Mali Angel", "Mali Angel bɛ Bamakɔ. A bɛ Mali bɛɛ kɔnɔ.", []string{"Mali Angel"}, []string{"ߡߊߟߌ", "ߞߐߣߐ"}}, // one word of a name alone is Bambara
	}
	for _, tt := range tests {
		tr := renderTurn("bm", nko, "")
		got := tr.plain(tr.summary(&seeds.Fiche{Name: tt.name, SummaryBm: tt.summary}))
		for _, w := range tt.keep {
			if !strings.Contains(got, w) {
				t.Errorf("%s: %q is not kept in %q", tt.name, w, got)
			}
		}
		for _, w := range tt.written {
			if !strings.Contains(got, w) {
				t.Errorf("%s: %q is not written in N'Ko in %q", tt.name, w, got)
			}
		}
	}
}

// TestPlaceInReadersScript: the place asked is named in the reader's
// language and script: its Bambara name in a Bambara answer (in N'Ko
// letters for an N'Ko reader), its French name in French and where no
// sourced Bambara name is known.
func TestPlaceInReadersScript(t *testing.T) {
	tests := []struct {
		place, lang, script string
		want, not           string
	}{
		{"sikasso", "bm", nko, "ߛߌߞߊߛߏ ߟߊ", "Sikas"},
		{"segou", "bm", nko, "ߛߋߜ߭ߎ ߟߊ", "gou"},
		{"bamako", "bm", nko, "ߓߊߡߊߞߐ ߟߊ", "Bamak"},
		{"sikasso", "bm", latin, "Sikaso la", "Sikasso"},
		{"segou", "bm", latin, "Segu la", "Ségou"},
		{"sikasso", "fr", latin, "à Sikasso", "Sikaso "},
		{"segou", "fr", latin, "à Ségou", "Segu"},
		{"badalabougou", "bm", nko, "Badalabougou", "ߓߊߘߊ"}, // no sourced Bambara name: kept
	}
	for _, tt := range tests {
		p, ok := places.Default().Lookup(tt.place)
		if !ok {
			t.Fatalf("%s: no such place", tt.place)
		}
		tr := renderTurn(tt.lang, tt.script, "")
		got := tr.plain(tr.p.N("results_intro_place", 3, map[string]any{"Place": tr.placeName(p)}))
		if !strings.Contains(got, tt.want) || strings.Contains(got, tt.not) {
			t.Errorf("%s in %s/%q: %q, want %q and no %q", tt.place, tt.lang, tt.script, got, tt.want, tt.not)
		}
	}
}

// TestWhereAskedSaysTheTownsOnce: a "c'est où ?" card names the towns in its
// first line only, then what the report says of where and of the address.
func TestWhereAskedSaysTheTownsOnce(t *testing.T) {
	fs := testFiches(t)
	for _, lang := range []string{"fr", "bm"} {
		tr := renderTurn(lang, latin, index.AskWhere)
		got := tr.plain(tr.card(1, index.Result{Fiche: fs["P01"]}, focus{part: index.AskWhere}))
		if strings.Contains(got, "📍 Bamako") {
			t.Errorf("%s: the towns again under the card's first line:\n%s", lang, got)
		}
		if !strings.Contains(got, "\n📍 ") {
			t.Errorf("%s: no 📍 line:\n%s", lang, got)
		}
	}
}

// TestOfficeLines: a "where?" card says what the report says of a fiche's
// offices, the lines that name the place asked first and whole, the rest
// while they fit; in Bambara, the places those lines name that the card's
// first line does not.
func TestOfficeLines(t *testing.T) {
	bank := &seeds.Fiche{Regions: []string{"national"}, Zones: "44 Représentations dans sept régions :\n• 14 Représentations à Bamako ;\n• 3 Représentations à Kayes ;\n• 6 Représentations à Ségou ;\n• 1 Représentation à Gao."}
	ngo := &seeds.Fiche{Regions: []string{"bamako", "mopti"}, Cities: []string{"Bamako", "Mopti"},
		Zones: "Siège à Bamako ; bases à Mopti et Djenné.\n5 points sûrs : Gao (Association des Migrants), Kidal (Association Djeré Ben) et Bamako (4 associations), " + strings.Repeat("long ", 40)}
	open := &seeds.Fiche{Regions: []string{"national"}, Audience: seeds.AudiencePublic, Status: seeds.StatusActive,
		Zones: "Siège à Bamako ; 8 secrétariats régionaux (Kayes, Mopti, Kidal).\n5 points sûrs : Gao (Association des Migrants), Kidal (Association Djeré Ben) et Bamako (4 associations)."}
	twice := &seeds.Fiche{Regions: []string{"national"}, Zones: "Un bureau à Bamako.\nÀ Gao, " + strings.Repeat("un point ", 25) + ".\nÀ Gao encore, " + strings.Repeat("un autre ", 15) + "."}
	place := func(name string) *places.Place {
		p, ok := places.Default().Lookup(name)
		if !ok {
			t.Fatalf("no place %q", name)
		}
		return &p
	}
	tests := []struct {
		name  string
		f     *seeds.Fiche
		lang  string
		place *places.Place
		want  []string // in order, the first line first
		avoid []string
	}{
		{"the report's lines, in order, when no place is asked", bank, "fr", nil,
			[]string{"44 Représentations dans sept régions :", "14 Représentations à Bamako ;"}, nil},
		{"the line of the place asked first", bank, "fr", place("Ségou"),
			[]string{"6 Représentations à Ségou ;", "44 Représentations"}, nil},
		{"a town of the region asked counts for the region", ngo, "fr", place("Mopti"),
			[]string{"Siège à Bamako ; bases à Mopti et Djenné."}, nil},
		{"a long line about the place first, cut at a word; the rest waits for the details", ngo, "fr", place("Gao"),
			[]string{"5 points sûrs : Gao (Association des Migrants)", "long…"}, []string{"Siège"}},
		{"a long line not about the place waits for the details", ngo, "fr", place("Djenné"),
			[]string{"Siège à Bamako"}, []string{"points sûrs"}},
		{"every line about the place, though they do not fit", twice, "fr", place("Gao"),
			[]string{"À Gao, un point", "À Gao encore"}, []string{"Bamako"}},
		{"Bambara: the places named, the one asked first, not the card's towns again", ngo, "bm", place("Gao"),
			[]string{"Yɔrɔ</b>: Gao, Kidal, Djenné"}, []string{"Mopti", "Bamako", "Siège"}},
		{"Bambara, all of Mali: every place named, with how many offices where the report counts them", bank, "bm", nil,
			[]string{"Yɔrɔ</b>: Bamako (14), Kayes (3), Ségou (6), Gao (1)"}, []string{"Représentations"}},
		{"Bambara: what a service has at the place asked, in the report's French", open, "bm", place("Kidal"),
			[]string{"Yɔrɔ</b>: ", "Kidal", "tubabukan", "5 points sûrs : Kidal (Association Djeré Ben)"}, []string{"Gao (Association"}},
		{"Bambara: a programme's offices name no door", bank, "bm", place("Kayes"),
			[]string{"Yɔrɔ</b>: Kayes (3), Bamako (14)"}, []string{"tubabukan"}},
	}
	for _, tt := range tests {
		tr := renderTurn(tt.lang, latin, index.AskWhere)
		got := tr.plain(strings.Join(tr.officeLines(tt.f, tt.place), "\n"))
		at := 0
		for _, w := range tt.want {
			i := strings.Index(got[at:], w)
			if i < 0 {
				t.Errorf("%s: lacks %q (in order):\n%s", tt.name, w, got)
				break
			}
			at += i + len(w)
		}
		for _, w := range tt.avoid {
			if strings.Contains(got, w) {
				t.Errorf("%s: holds %q:\n%s", tt.name, w, got)
			}
		}
	}
}

// TestItemsSaid: the cost items a word of the question names, but for a
// word half the items name.
func TestItemsSaid(t *testing.T) {
	f := &seeds.Fiche{Costs: seeds.Costs{Items: []seeds.CostItem{
		{What: "inscription (garçons)"}, {What: "inscription (filles)"}, {What: "formation CAP"},
		{What: "formation BT"}, {What: "foyer d’accueil (hébergement)"},
	}}}
	tests := []struct {
		question string
		want     []int
	}{
		{"le foyer c'est combien ?", []int{4}},
		{"et l'hébergement, combien ?", []int{4}},
		{"l'inscription coûte combien ?", []int{0, 1}},
		{"la formation coûte combien ?", []int{2, 3}},
		{"c'est combien ?", nil},
	}
	for _, tt := range tests {
		if got := itemsSaid(f, longWords(tt.question)); !slices.Equal(got, tt.want) {
			t.Errorf("%q: items %v, want %v", tt.question, got, tt.want)
		}
	}
	f.Costs.Items = append(f.Costs.Items, seeds.CostItem{What: "formation BTS"})
	if got := itemsSaid(f, longWords("la formation coûte combien ?")); got != nil {
		t.Errorf("a word half the items name picks %v", got)
	}
	// One item of two names it: not too common, it picks that one.
	f.Costs.Items = []seeds.CostItem{{What: "inscription"}, {What: "foyer d’accueil"}}
	if got := itemsSaid(f, longWords("le foyer c'est combien ?")); !slices.Equal(got, []int{1}) {
		t.Errorf("one item of two: %v, want [1]", got)
	}
}

// TestAskedOfThePageUnderTheFicheOpened: a condition asked after opening a
// fiche whose facts do not hold it ("et s'il n'a pas le DEF ?" after
// opening a centre that asks for no DEF) is answered from the page the
// fiche was opened from: the routes that name it there.
func TestAskedOfThePageUnderTheFicheOpened(t *testing.T) {
	tests := []struct {
		first, open, ask string
		want             []string
	}{
		{"je veux apprendre la soudure a Bamako", "3", "et s'il n'a pas le DEF ?", []string{"DEF n’est pas requis"}},
		{"je veux apprendre la mecanique a Kayes", "2", "et il faut le DEF ?", []string{"diplôme d’étude fondamentale"}},
	}
	for _, tt := range tests {
		b, _ := newBot(t)
		handle(t, b, Update{Kind: Text, Text: tt.first})
		handle(t, b, Update{Kind: Text, Text: tt.open})
		got := text(handle(t, b, Update{Kind: Text, Text: tt.ask}))
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("%q after %q, %q: lacks %q:\n%s", tt.ask, tt.first, tt.open, w, got)
			}
		}
	}
}

// TestDuration: a duration in the chat's language; in Bambara each number
// of months or years in Bambara and names kept, none when French words
// would remain.
func TestDuration(t *testing.T) {
	tests := []struct{ lang, in, want string }{
		{"fr", "CAP, 3 ans", "CAP, 3 ans"},
		{"bm", "13 mois", "kalo 13"},
		{"bm", "2 ans", "san 2"},
		{"bm", "CAP, 3 ans", "CAP, san 3"},
		{"bm", "6 mois d’apprentissage et 3 mois de stage pratique", ""},
		{"bm", "un an environ", ""},
		{"bm", "filière certifiante sans DEF", ""},
	}
	for _, tt := range tests {
		if got := renderTurn(tt.lang, latin, "").duration(tt.in); got != tt.want {
			t.Errorf("%s %q: %q, want %q", tt.lang, tt.in, got, tt.want)
		}
	}
}

// TestCostLinePeriod: a cost item says how often it is paid when the
// report says it, and nothing when it does not, in both languages.
func TestCostLinePeriod(t *testing.T) {
	f := &seeds.Fiche{}
	tests := []struct {
		lang string
		item seeds.CostItem
		want string
	}{
		{"fr", seeds.CostItem{What: "frais d’infirmerie", Min: 1250}, "Frais d’infirmerie : 1.250 FCFA"},
		{"fr", seeds.CostItem{What: "transport et repas", Min: 130000, Per: "mois"}, "Transport et repas : 130.000 FCFA par mois"},
		{"bm", seeds.CostItem{What: "inscription", Min: 25000}, "Tɔgɔsɛbɛn: 25.000 FCFA"},
		{"bm", seeds.CostItem{What: "inscription", Min: 25000, Per: "une fois"}, "Tɔgɔsɛbɛn: 25.000 FCFA (siɲɛ kelen)"},
	}
	for _, tt := range tests {
		tr := renderTurn(tt.lang, latin, index.AskCost)
		if got := tr.plain(tr.costLine(f, tt.item)); got != tt.want {
			t.Errorf("%s %+v: %q, want %q", tt.lang, tt.item, got, tt.want)
		}
	}
}

// TestOthersIntro: the next page says the trade's only addresses were
// shown before when it holds none of them, and nothing otherwise.
func TestOthersIntro(t *testing.T) {
	fs := testFiches(t)
	var results []index.Result
	for _, ref := range []string{"P01", "P02", "P03", "P04", "A01", "R01"} {
		results = append(results, index.Result{Fiche: fs[ref]})
	}
	teaching := func(refs ...string) focus {
		return focus{match: func(f *seeds.Fiche) ([]int, []int) {
			if slices.Contains(refs, f.Ref) {
				return []int{0}, nil
			}
			return nil, nil
		}}
	}
	tests := []struct {
		name, lang string
		fc         focus
		page       int
		want       string
	}{
		{"the next page teaches none of it", "fr", teaching("P01", "P02"), 1,
			"Pour ce métier, les seules adresses où aller sont CTF, Centre Muet.\nCes adresses s'en approchent, sans répondre exactement :"},
		{"in Bambara", "bm", teaching("P01"), 1,
			"Nin baara in kama, n bɛ CTF dɔrɔn dɔn.\nNin yɔrɔw bɛ se ka i nafa, nka u tɛ i ka ɲininkali jaabi pewu:"},
		{"the next page teaches it", "fr", teaching("P01", "P04"), 1, ""},
		{"the first page", "fr", teaching("P01"), 0, ""},
		{"no trade asked", "fr", focus{}, 1, ""},
		{"money asked", "fr", func() focus { fc := teaching("P01", "P02"); fc.need = seeds.NeedFinance; return fc }(), 1, ""},
		{"learning asked", "fr", func() focus { fc := teaching("P01", "P02"); fc.need = seeds.NeedTraining; return fc }(), 1,
			"Pour ce métier, les seules adresses où aller sont CTF, Centre Muet.\nCes adresses s'en approchent, sans répondre exactement :"},
	}
	for _, tt := range tests {
		tr := renderTurn(tt.lang, latin, "")
		if got := tr.plain(tr.othersIntro(results, tt.page, tt.fc)); got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

// TestTradeNotTaughtHere: a trade asked in a place where no open service
// teaches it (sewing in Kayes or Sikasso: ENDA teaches it in Bamako, the
// project that taught it in Kayes has ended) is said plainly first, in the
// reader's language; where a centre teaches it, nothing is said.
func TestTradeNotTaughtHere(t *testing.T) {
	b, _ := newBot(t)
	const fr, bm = "aucun centre ouvert qui enseigne ce métier", "n ma kalanyɔrɔ sɔrɔ"
	for i, tt := range []struct {
		say, lang string
		want      bool
	}{
		{"je veux apprendre la couture à Kayes", "fr", true},
		{"formation en couture à Sikasso", "fr", true},
		{"n b'a fɛ ka kalali dege Kayes", "bm", true},
		{"je cherche une formation en soudure à Kayes", "fr", false},
		{"je veux apprendre la couture à Bamako", "fr", false},
		{"n b'a fɛ ka kalali dege Bamakɔ", "bm", false},
	} {
		got := text(handle(t, b, Update{Kind: Text, Text: tt.say, ChatID: int64(500 + i)}))
		said := strings.Contains(got, fr) || strings.Contains(got, bm)
		first := strings.HasPrefix(got, map[string]string{"fr": "Le rapport ne nomme", "bm": "Hakɛto, " + bm}[tt.lang])
		if said != tt.want || tt.want && !first {
			t.Errorf("%q: said %v, first %v, want %v:\n%s", tt.say, said, first, tt.want, got)
		}
	}
}

// TestTownsInReadersScript: the towns on a card's first line and the
// regions offered are named, for an N'Ko reader, by their Bambara names in
// N'Ko (never French spelt letter by letter); in Latin script as the
// fiches write them; a town with no sourced Bambara name stays as it is.
func TestTownsInReadersScript(t *testing.T) {
	fs := testFiches(t)
	tests := []struct {
		ref, lang, script string
		want, not         string
	}{
		{"A02", "bm", nko, "ߓߊߡߊߞߐ߸ ߞߊߦߌ", "Bamako"},
		{"P03", "bm", nko, "— ߛߋߜ߭ߎ", "Ségou"},
		{"P04", "bm", nko, "— Markala", "ߡߊߙ"},
		{"A02", "bm", latin, "— Bamako, Kayes", "Kayi"},
		{"A02", "fr", latin, "— Bamako, Kayes", "Kayi"},
	}
	for _, tt := range tests {
		tr := renderTurn(tt.lang, tt.script, "")
		got := tr.plain(tr.heading(fs[tt.ref], 1))
		if !strings.Contains(got, tt.want) || strings.Contains(got, tt.not) {
			t.Errorf("%s in %s/%s: %q, want %q and no %q", tt.ref, tt.lang, tt.script, got, tt.want, tt.not)
		}
	}
	for script, want := range map[string]string{nko: "ߡߐߕߌ", latin: "Mopti"} {
		tr := renderTurn("bm", script, "")
		if got := tr.plain(tr.regionLabel("mopti")); got != want {
			t.Errorf("region label in %s: %q, want %q", script, got, want)
		}
	}
}

// TestAcronymAsked: "c'est quoi la CUMA ?" quotes the report's clause that
// spells out the acronym, for the fiche whose report holds it, whichever
// fiches the question is about; a plain word of another fiche's name is no
// acronym ("Impact Hub c'est quoi ?" does not quote Zira's "Impact
// investing").
func TestAcronymAsked(t *testing.T) {
	tests := []struct {
		say       []string
		want, not string
	}{
		{[]string{"Nous sommes six jeunes à Mopti, on veut acheter ensemble une motopompe. Comment avoir un crédit de groupe ?", "c'est quoi exactement la CUMA ?"}, "groupes de 5 à 8 personnes", ""},
		{[]string{"formation en agroecologie pour migrant de retour a Bamako", "c'est quoi la ZAP ?"}, "Zone Agricole Partagée", ""},
		{[]string{"Impact Hub c'est quoi ?"}, "Impact Hub", "Impact investing"},
	}
	for _, tt := range tests {
		b, _ := newBot(t)
		var got string
		for _, s := range tt.say {
			got = text(handle(t, b, Update{Kind: Text, Text: s}))
		}
		if !strings.Contains(got, tt.want) || tt.not != "" && strings.Contains(got, tt.not) {
			t.Errorf("%q: want %q and no %q:\n%s", tt.say, tt.want, tt.not, got)
		}
	}
}

// TestRoutesThatTakeTheUnschooledFirst: for a person told to lack the DEF,
// asking a centre's conditions or asking after a list, the route that
// takes them comes before the one that requires it.
func TestRoutesThatTakeTheUnschooledFirst(t *testing.T) {
	b, _ := newBot(t)
	waived, required := "le DEF n’est pas requis", "doivent être diplômés du DEF"
	for i, turns := range [][]string{
		{"un jeune sans DEF veut entrer au CPM, quelles conditions ?"},
		{"formation en electricite a bamako", "et s'il n'a pas le DEF ?"},
	} {
		var got string
		for _, q := range turns {
			got = text(handle(t, b, Update{Kind: Text, Text: q, ChatID: int64(700 + i)}))
		}
		w, r := strings.Index(got, waived), strings.Index(got, required)
		if w < 0 || r >= 0 && r < w {
			t.Errorf("%q: the route without the DEF not first:\n%s", turns, got)
		}
	}
}
