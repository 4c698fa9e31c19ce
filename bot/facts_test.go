package bot

import (
	"context"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode"

	"sira/bot/store"
	"sira/index"
	"sira/index/bambara"
	"sira/index/fold"
	"sira/index/places"
	"sira/locales"
	"sira/seeds"
)

// testFiches are small fiches of every shape a card meets (testdata/fiches):
// one that says everything, one the report says little of, one with no
// number, a planned centre, a donor, an ended project.
func testFiches(t *testing.T) map[string]*seeds.Fiche {
	t.Helper()
	fiches, err := seeds.Load(os.DirFS("testdata/fiches"))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]*seeds.Fiche{}
	for i := range fiches {
		out[fiches[i].Ref] = &fiches[i]
	}
	return out
}

// renderTurn is a turn that only writes: a chat in lang and script, with
// what was last asked.
func renderTurn(lang, script, asked string) *turn {
	t := &turn{Bot: &Bot{}, chat: store.Chat{Lang: lang, Script: script, Asked: asked}}
	t.setLang(lang)
	return t
}

// plain is a rendered text as a person reads it, in the chat's script,
// its entities read (tags kept).
func (t *turn) plain(s string) string {
	return html.UnescapeString(t.finish([]Reply{{Text: s}})[0].Text)
}

func only(trades, costs []int) focus {
	return focus{match: func(*seeds.Fiche) ([]int, []int) { return trades, costs }}
}

func TestCardAskedPartFirst(t *testing.T) {
	fs := testFiches(t)
	mechanics := only([]int{0}, []int{1})
	tests := []struct {
		name        string
		lang, part  string
		ref         string
		fc          focus
		want, avoid []string
	}{
		{"cost of the trade asked, and the costs every trade pays", "fr", index.AskCost, "P01", mechanics,
			[]string{"Formation mécanique auto : 200.000 – 345.000 FCFA pour la formation", "Transport et repas : 130.000 FCFA par mois", "Mécanique auto : 13 mois", "📞 +22370000001"},
			[]string{"10.000", "Coupe"}},
		{"a trade asked that no item names: the costs every trade pays", "fr", index.AskCost, "P01", only([]int{1}, nil),
			[]string{"Transport et repas : 130.000 FCFA par mois", "Coupe – couture : 7 mois"},
			[]string{"10.000", "345.000"}},
		{"every cost when no trade is asked", "fr", index.AskCost, "P01", focus{},
			[]string{"Alphabétisation (inscription) : 10.000 FCFA (une fois)", "Transport et repas : 130.000 FCFA par mois", "345.000"},
			[]string{"13 mois"}},
		{"papers and every route of entry, whole", "fr", index.AskConditions, "P01", focus{},
			[]string{"Papiers à apporter", "• acte de naissance", "• quatre photos d'identité", "mathématiques et français.", "Filières courtes : sans diplôme, avoir plus de 15 ans."},
			nil},
		{"the number first, then the e-mail", "fr", index.AskContact, "P01", focus{},
			[]string{"— Bamako\n📞 +22370000001 — Madame Test\n✉️ centre@test.ml"}, nil},
		{"Bambara: the number and the e-mail", "bm", index.AskContact, "P01", focus{},
			[]string{"📞 +22370000001 — Madame Test\n✉️ centre@test.ml"}, nil},
		{"a programme's contact asked: the counsellor's route, then its e-mail, labelled", "fr", index.AskContact, "A01", focus{},
			[]string{"🧑 On y accède par un conseiller", "✉️ Contact du programme (Expert Test) : expert@bailleur.org"}, []string{"📞"}},
		{"the e-mail only on a contact question", "fr", index.AskCost, "P01", focus{},
			nil, []string{"centre@test.ml"}},
		{"silent on the cost: says so, with the number", "fr", index.AskCost, "P02", focus{},
			[]string{"Le rapport ne dit pas combien ça coûte ; appelez le +22370000002."}, nil},
		{"silent on conditions and papers", "fr", index.AskConditions, "P02", focus{},
			[]string{"Le rapport ne dit pas les conditions ni les papiers à apporter ; appelez le +22370000002."}, nil},
		{"no number at all: a counsellor", "fr", index.AskContact, "P03", focus{},
			[]string{"Le rapport ne donne pas de numéro ; un conseiller EOJ peut vous aider à le savoir."}, nil},
		{"a programme silent on the part asked: the counsellor, not its officer", "fr", index.AskLanguage, "A01", focus{},
			[]string{"un conseiller EOJ peut vous aider à le savoir"}, []string{"expert@bailleur.org"}},
		{"how long a programme lasts: the years its note gives", "fr", index.AskDuration, "A01", focus{},
			[]string{"⏳ <b>Durée</b>\nProgramme A (2021-2031) en cours"}, []string{"Le rapport ne dit pas"}},
		{"Bambara: how long a programme lasts, not the French note", "bm", index.AskDuration, "A01", focus{},
			nil, []string{"Programme A"}},
		{"a donor is labelled", "fr", "", "A01", focus{},
			[]string{"Bailleur : ne reçoit pas le public ; passe par ses partenaires."}, nil},
		{"an ended project says when", "fr", "", "R01", focus{},
			[]string{"Projet terminé en 2021"}, nil},
		{"protection asked of an actor whose protection was an ended project's: says so, with the note", "fr", "", "P05", focus{need: seeds.NeedProtection},
			[]string{"⏳ Cette aide relevait d'un projet terminé : appelez avant d'y aller.\n<i>L'aide aux migrants décrite relevait du projet Test (2020-2023)"}, nil},
		{"training asked of it: its training runs, no such line", "fr", "", "P05", focus{need: seeds.NeedTraining},
			nil, []string{"projet terminé", "projet Test"}},
		{"Bambara: protection whose project ended, the French note left out", "bm", "", "P05", focus{need: seeds.NeedProtection},
			[]string{"A ka dɛmɛ in tun bɛ poroze dɔ kɔnɔ, o banna"}, []string{"projet Test"}},
		{"a planned centre says it, and what the report said", "fr", "", "P04", focus{},
			[]string{"Pas encore ouvert au moment du rapport", "<i>Le centre sera ouvert dans quelques mois.</i>"}, nil},
		{"Bambara: a planned centre", "bm", "", "P04", focus{},
			[]string{"A tun ma daminɛ fɔlɔ"}, []string{"ouvert"}},
		{"Bambara: the trade's cost and duration in Bambara", "bm", index.AskCost, "P01", mechanics,
			[]string{"Mobili dilan: 200.000 – 345.000 FCFA kalan bɛɛ kama", "Mobili dilan: kalo 13", "CTF ye kalanso ye Bamakɔ"},
			[]string{"Formation mécanique", "mois", "Centre de formation à Bamako"}},
		{"Bambara: papers in Bambara, the conditions left to the details", "bm", index.AskConditions, "P01", focus{},
			[]string{"Sɛbɛnw", "• wolosɛbɛn", "• foto naani", "1 wɛrɛ: ℹ️ digi", "Sariyaw bɛ tubabukan na dɔrɔn (ℹ️, o kɔ 📄)."},
			[]string{"acte de naissance", "DEF"}},
		{"Bambara: silence in Bambara", "bm", index.AskCost, "P02", focus{},
			[]string{"A sɔngɔ ma fɔ yan: i ka +22370000002 wele."}, nil},
		{"Bambara: a donor is labelled, spelt as the summaries and Bamadaba's headwords spell it", "bm", "", "A01", focus{},
			[]string{"Wari dɛmɛbaa don"}, []string{"dɛmɛbaga"}},
		{"Bambara: an ended project, spelt as the summaries spell it", "bm", "", "R01", focus{},
			[]string{"Nin poroze banna 2021"}, []string{"porozɛ"}},
		{"Bambara: a duration with no number is left out", "bm", "", "P01", only([]int{2}, nil),
			nil, []string{"Teinture", "un an"}},
		{"how long: the trade asked", "fr", index.AskDuration, "P01", only([]int{0}, nil),
			[]string{"⏳ <b>Durée</b>\nMécanique auto : 13 mois"}, []string{"Coupe"}},
		{"how long, no trade asked: every trade with its duration", "fr", index.AskDuration, "P01", focus{},
			[]string{"Mécanique auto : 13 mois", "Coupe – couture : 7 mois", "Teinture : un an environ"}, nil},
		{"Bambara: how long in Bambara, a duration in French words left out", "bm", index.AskDuration, "P01", focus{},
			[]string{"⏳ <b>Kuntaala</b>\nMobili dilan: kalo 13"}, []string{"un an", "mois"}},
		{"silent on how long: says so, with the number", "fr", index.AskDuration, "P02", focus{},
			[]string{"Le rapport ne dit pas combien de temps ça dure ; appelez le +22370000002."}, []string{"Durée"}},
		{"still running: open at the report's date", "fr", index.AskStatus, "P01", focus{},
			[]string{"✅ En activité au moment du rapport (12/2022) : appelez avant d'y aller."}, nil},
		{"still running: a programme's years, as the report gives them", "fr", index.AskStatus, "A01", focus{},
			[]string{"✅ En activité au moment du rapport", "Programme A (2021-2031) en cours"}, nil},
		{"still running: an ended project's label says when", "fr", index.AskStatus, "R01", focus{},
			[]string{"Projet terminé en 2021"}, []string{"✅"}},
		{"still running: a centre not yet open says so", "fr", index.AskStatus, "P04", focus{},
			[]string{"Pas encore ouvert au moment du rapport"}, []string{"✅"}},
		{"Bambara: still running, in Bambara, the French note left out", "bm", index.AskStatus, "A01", focus{},
			[]string{"✅ A tun bɛ baara la 12/2022"}, []string{"Programme A"}},
		{"how long, no trade says it: the report's clauses that tell a length", "fr", index.AskDuration, "P03", focus{},
			[]string{"⏳ <b>Durée</b>\nCycles courts de 3, 6 ou 9 mois pour les jeunes déscolarisés"}, []string{"Le rapport ne dit pas"}},
		{"Bambara: how long, from the report's clause, in Bambara", "bm", index.AskDuration, "P03", focus{},
			[]string{"⏳ <b>Kuntaala</b>\nkalo 3, 6 walima 9"}, []string{"Cycles", "mois"}},
		{"how much: the sentence of a clause that holds the sum", "fr", index.AskCost, "A01", focus{},
			[]string{"Le programme B a donné des kits de 500.000 FCFA."}, []string{"Programme A (2021-2031)"}},
		{"how much, no cost item: the sums the report gives, not a budget", "fr", index.AskCost, "P03", focus{},
			[]string{"💰 <b>Sommes citées par le rapport (ce n’est pas un prix)</b>\nLes apprenants reçoivent un per diem de 2 000 FCFA par jour"}, []string{"EUR", "millions"}},
		{"Bambara: how much, no cost item: the sums are in the details, no French, no silence", "bm", index.AskCost, "P03", focus{},
			[]string{"💰 Wari hakɛ kunnafoni bɛ tubabukan na dɔrɔn"}, []string{"per diem", "ma fɔ yan"}},
		{"Bambara: how long, a trade's length in French words: in the details, no silence", "bm", index.AskDuration, "P01", only([]int{2}, nil),
			[]string{"⏳ Kuntaala kunnafoni bɛ tubabukan na dɔrɔn"}, []string{"un an", "ma fɔ yan"}},
		{"the age only in the report's text: its clause, not years of experience", "fr", index.AskAge, "P03", focus{},
			[]string{"👤 <b>Âge</b>\n• Le projet cible les jeunes (16 à 25 ans)"}, []string{"expérience", "Le rapport ne dit pas"}},
		{"Bambara: the age only in the report's text: in the details", "bm", index.AskAge, "P03", focus{},
			[]string{"👤 <b>Si</b>\nSi kunnafoni bɛ tubabukan na dɔrɔn"}, []string{"san 16", "ma fɔ yan"}},
		{"the age asked: the clauses that tell an age, not the other conditions", "fr", index.AskAge, "P01", focus{},
			[]string{"👤 <b>Âge</b>\n• Filières courtes : sans diplôme, avoir plus de 15 ans"}, []string{"mathématiques", "Papiers"}},
		{"the age asked: a range, not a number of years that is no age, nor 'âgés' alone", "fr", index.AskAge, "A01", focus{},
			[]string{"• Programme A : jeunes de 18 à 30 ans (PJA)"}, []string{"3 ans d'existence", "plus âgés"}},
		{"silent on the age: says so, with the number", "fr", index.AskAge, "P02", focus{},
			[]string{"Le rapport ne dit pas quel âge il faut avoir ; appelez le +22370000002."}, []string{"Âge"}},
		{"Bambara: the age as a range of years, with its programme", "bm", index.AskAge, "A01", focus{},
			[]string{"👤 <b>Si</b>\nsan 18 fo 30 (PJA)"}, []string{"Programme", " ans"}},
		{"Bambara: a lower bound in Bambara", "bm", index.AskAge, "P01", focus{},
			[]string{"Mɔgɔ min ye san 15 tɛmɛ"}, []string{"plus de", " ans"}},
		{"Bambara: silent on the age, in Bambara", "bm", index.AskAge, "P02", focus{},
			[]string{"Si ma fɔ yan: i ka +22370000002 wele."}, nil},
		{"an allowance asked: the report's clause that tells what learners receive", "fr", index.AskAllowance, "P03", focus{},
			[]string{"💵 <b>Argent reçu (indemnité, per diem)</b>\nLes apprenants reçoivent un per diem de 2 000 FCFA par jour."}, []string{"2.000.000", "Le rapport ne dit pas"}},
		{"Bambara: an allowance asked: the sum and what it is paid for, the rest in the details", "bm", index.AskAllowance, "P03", focus{},
			[]string{"💵 <b>Wari min bɛ di kalandenw ma</b>\n2 000 FCFA tile o tile\nA kunnafoni bɛ tubabukan na dɔrɔn"}, []string{"per diem", "jour"}},
		{"silent on an allowance: says so, with the number; a fee is no allowance", "fr", index.AskAllowance, "P01", focus{},
			[]string{"Le rapport ne dit pas si l'on y reçoit de l'argent (indemnité, per diem) ; appelez le +22370000001."}, []string{"130.000"}},
		{"Bambara: silent on an allowance, in Bambara", "bm", index.AskAllowance, "P02", focus{},
			[]string{"Wari min bɛ di kalandenw ma, o ma fɔ yan: i ka +22370000002 wele."}, nil},
		{"who runs a programme: the report's clause", "fr", index.AskBackers, "A01", focus{},
			[]string{"🤝 <b>Qui le finance, qui le met en œuvre</b>\nLe programme A est mis en œuvre par l’ONG Test."}, []string{"Le rapport ne dit pas"}},
		{"who funds a centre: the funders listed under the report's heading, up to the next heading", "fr", index.AskBackers, "P04", focus{},
			[]string{"Financement de l’État ; Union européenne"}, []string{"Profil", "Le rapport ne dit pas"}},
		{"Bambara: who funds: in the details", "bm", index.AskBackers, "P04", focus{},
			[]string{"A kunnafoni bɛ tubabukan na dɔrɔn"}, []string{"Union européenne"}},
		{"the language of the courses: the report's clause", "fr", index.AskLanguage, "P04", focus{},
			[]string{"🗣 <b>Langue des cours</b>\nLes modules courts y seront dispensés en bambara."}, []string{"Le rapport ne dit pas"}},
		{"silent on the language: says so, with the number", "fr", index.AskLanguage, "P02", focus{},
			[]string{"Le rapport ne dit pas en quelle langue sont les cours ; appelez le +22370000002."}, nil},
		{"Bambara: silent on the language, in Bambara", "bm", index.AskLanguage, "P02", focus{},
			[]string{"Kalan kan ma fɔ yan: i ka +22370000002 wele."}, nil},
		{"silent on who funds: says so, with the number", "fr", index.AskBackers, "P02", focus{},
			[]string{"Le rapport ne dit pas qui le finance ni qui le met en œuvre ; appelez le +22370000002."}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := renderTurn(tt.lang, latin, tt.part)
			tt.fc.part = tt.part
			got := tr.plain(tr.card(1, index.Result{Fiche: fs[tt.ref]}, tt.fc))
			cardHolds(t, got, tt.want, tt.avoid)
		})
	}
}

// TestSilentSums: money asked (the question's need is financing) of a
// fiche that gives it, and no fee or sum in the report: the report does
// not say the sums or rates; of a fiche that gives none, or with another
// need asked, what it costs.
func TestSilentSums(t *testing.T) {
	lender := *testFiches(t)["P02"] // silent on costs and sums
	trainer := lender
	lender.Needs = []string{seeds.NeedFinance}
	tests := []struct {
		lang, need string
		f          *seeds.Fiche
		want       string
	}{
		{"fr", seeds.NeedFinance, &lender, "Le rapport ne dit pas les montants ni les taux ; appelez le +22370000002."},
		{"bm", seeds.NeedFinance, &lender, "Wari hakɛ ma fɔ yan: i ka +22370000002 wele."},
		{"fr", seeds.NeedFinance, &trainer, "Le rapport ne dit pas combien ça coûte ; appelez le +22370000002."},
		{"fr", seeds.NeedTraining, &lender, "Le rapport ne dit pas combien ça coûte ; appelez le +22370000002."},
	}
	for _, tt := range tests {
		tr := renderTurn(tt.lang, latin, index.AskCost)
		tr.chat.Need = tt.need
		got := tr.plain(tr.card(1, index.Result{Fiche: tt.f}, focus{part: index.AskCost}))
		cardHolds(t, got, []string{tt.want}, nil)
	}
}

func TestDetailsAndSlip(t *testing.T) {
	fs := testFiches(t)
	fr := renderTurn("fr", latin, index.AskConditions)
	details := html.UnescapeString(text(fr.finish(fr.details(fs["P01"]))))
	for _, w := range []string{"Papiers à apporter", "Conditions d'entrée", "mathématiques et français.", "Mécanique auto : 13 mois", "Teinture : un an environ",
		"Madame Test, Directrice : +22370000001", "Ces informations viennent du rapport de 12/2022"} {
		if !strings.Contains(details, w) {
			t.Errorf("details lack %q:\n%s", w, details)
		}
	}
	if i, j := strings.Index(details, "Papiers"), strings.Index(details, "Contacts"); i < 0 || i > j {
		t.Errorf("the papers asked are not first:\n%s", details)
	}
	slip := fr.plain(fr.slip(fs["P01"]).Text)
	for _, w := range []string{"Fiche d'orientation", "Comment entrer", "passer l'examen d'entrée : mathématiques et français.", "avoir plus de 15 ans.",
		"• acte de naissance", "• quatre photos d'identité", "Transport et repas : 130.000 FCFA par mois", "Madame Test, Directrice : +22370000001"} {
		if !strings.Contains(slip, w) {
			t.Errorf("slip lacks %q:\n%s", w, slip)
		}
	}
	if got := fr.plain(fr.slip(fs["P03"]).Text); strings.Count(got, "à demander sur place") != 4 {
		t.Errorf("an empty slip says what is unknown:\n%s", got)
	}
	bm := renderTurn("bm", latin, "")
	details = html.UnescapeString(text(bm.finish(bm.details(fs["P01"]))))
	for _, w := range []string{"CTF ye kalanso ye Bamakɔ", "Mobili dilan: kalo 13", "Madame Test : +22370000001"} {
		if !strings.Contains(details, w) {
			t.Errorf("Bambara details lack %q:\n%s", w, details)
		}
	}
	if rs := bm.details(fs["P01"]); !strings.Contains(fmt.Sprint(rs[len(rs)-1].Buttons), "q:P01") {
		t.Errorf("no button for the report's French: %+v", rs[len(rs)-1].Buttons)
	}
	report := html.UnescapeString(text(bm.finish(bm.reportFrench(fs["P01"]))))
	for _, w := range []string{"Sɛbɛn ka kuma, tubabukan na", "<blockquote><b>Conditions d'entrée</b>\nFilières CAP", "<b>Coût</b>"} {
		if !strings.Contains(report, w) {
			t.Errorf("the report's French lacks %q:\n%s", w, report)
		}
	}
	checkBambara(t, "details", details, fs)
	checkBambara(t, "slip", bm.plain(bm.slip(fs["P01"]).Text), fs)
	for _, f := range fs {
		for _, part := range []string{"", index.AskCost, index.AskConditions, index.AskContact} {
			bm.chat.Asked = part
			checkBambara(t, f.Ref+" card "+part, bm.plain(bm.card(1, index.Result{Fiche: f}, focus{part: part})), fs)
		}
	}
}

func TestNKoAnswer(t *testing.T) {
	fs := testFiches(t)
	tr := renderTurn("bm", nko, "")
	got := tr.plain(tr.card(1, index.Result{Fiche: fs["P01"]}, focus{part: index.AskCost}))
	for _, w := range []string{"<b>1. CTF</b>", "CTF ߦߋ ߞߊߟߊ߲ߛߏ", "+22370000001", "200.000", "ߞߊߟߊ߲ߛߏ"} {
		if !strings.Contains(got, w) {
			t.Errorf("N'Ko card lacks %q:\n%s", w, got)
		}
	}
	if strings.ContainsRune(got, keepOpen) || strings.ContainsRune(got, keepClose) {
		t.Errorf("marks left in %q", got)
	}
	// Outside names, numbers and links, no Latin letter is left.
	rest := got
	for _, name := range []string{"Centre Test de Formation (CTF)", "CTF", "Bamako", "FCFA", "<b>", "</b>"} {
		rest = strings.ReplaceAll(rest, name, "")
	}
	if i := strings.IndexFunc(rest, func(r rune) bool { return r < 0x250 && unicode.IsLetter(r) }); i >= 0 {
		t.Errorf("Latin left in an N'Ko card at %q", rest[i:])
	}
	if !bambara.IsNKo(got) {
		t.Error("no N'Ko")
	}
	// A name marked in the Bambara messages stays in Latin letters.
	if offer := tr.plain(tr.p.T("counsellor_offer", nil)); !strings.HasPrefix(offer, "Espace Orientation Jeunesse ߟߊߘߌߟߌߞߍߟߊ") {
		t.Errorf("N'Ko counsellor offer = %q", offer)
	}
}

// frenchFunctionWords are the words that betray French in Bambara text:
// the project's French function words (index/lang/fr, folded), but for
// those Bambara writes the same way (a, la, ni, fo: a word of the lexicon,
// of the Bambara summaries' attested words or of the Bambara messages, as
// written).
func frenchFunctionWords(t *testing.T) func(word string) bool {
	t.Helper()
	fn := map[string]bool{}
	for _, l := range fileLines(t, "../index/lang/fr/function.tsv")[1:] {
		fn[l] = true
	}
	bm := map[string]bool{}
	attested, err := filepath.Glob("../seeds/testdata/bm_attested*.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range append(attested, "../index/lexicon/lexicon.tsv") {
		for _, l := range fileLines(t, file) {
			form, _, _ := strings.Cut(l, "\t")
			for _, w := range spelled.FindAllString(form, -1) {
				bm[strings.ToLower(w)] = true
			}
		}
	}
	p := locales.For(locales.Bambara)
	ids, err := locales.IDs(locales.Bambara)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range ids {
		if msg := p.T(id, nil); msg != locales.For(locales.French).T(id, nil) {
			for _, w := range spelled.FindAllString(msg, -1) {
				bm[strings.ToLower(w)] = true
			}
		}
	}
	return func(word string) bool {
		w := strings.ToLower(word)
		return fn[fold.String(w)] && !bm[w]
	}
}

// fileLines are a data file's lines, comments and blank lines left out.
func fileLines(t *testing.T, path string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, l := range strings.Split(string(data), "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out
}

var (
	quoted  = regexp.MustCompile(`(?s)<blockquote>.*?</blockquote>`)
	tagged  = regexp.MustCompile(`<[^>]*>`)
	spelled = regexp.MustCompile(`[\p{L}]+`)
)

// checkBambara fails when a Bambara answer holds a French function word
// outside the report's quoted French and the names of places, fiches and
// people.
func checkBambara(t *testing.T, what, answer string, fiches map[string]*seeds.Fiche) {
	t.Helper()
	for _, w := range frenchIn(t, answer, fiches) {
		t.Errorf("%s: French %q in a Bambara answer:\n%s", what, w, answer)
	}
}

func frenchIn(t *testing.T, answer string, fiches map[string]*seeds.Fiche) []string {
	french := frenchFunctionWords(t)
	s := tagged.ReplaceAllString(quoted.ReplaceAllString(answer, ""), " ")
	var names []string
	for _, f := range fiches {
		names = append(names, f.Name, f.Zones)
		names = append(names, f.Acronyms...)
		names = append(names, f.Cities...)
		names = append(names, f.Websites...)
		for _, c := range f.Contacts {
			names = append(names, c.Name)
			names = append(names, c.Emails...)
		}
	}
	for _, r := range seeds.Regions {
		names = append(names, r)
	}
	// Longest first: a town inside a centre's name must not cut the name.
	sort.Slice(names, func(i, j int) bool { return len(names[i]) > len(names[j]) })
	for _, n := range names {
		if n != "" {
			s = strings.ReplaceAll(s, n, " ")
		}
	}
	var out []string
	for _, w := range spelled.FindAllString(s, -1) {
		if french(w) {
			out = append(out, w)
		}
	}
	return out
}

func TestFrenchIn(t *testing.T) {
	fs := testFiches(t)
	got := frenchIn(t, "Kalan pour i. A bɛ la Centre Test de Formation (CTF) ni. <blockquote>le texte du rapport</blockquote> Avec", fs)
	if strings.Join(got, ",") != "pour,Avec" {
		t.Errorf("French words = %q, want pour and Avec (la and ni are also Bambara)", got)
	}
}

// TestBambaraAnswersHoldNoFrench: every Bambara answer — the cards, the
// details of each fiche shown, its referral slip, the follow-ups — holds no
// French function word outside the names of places, fiches and people (the
// report's French is one button away, never inline).
func TestBambaraAnswersHoldNoFrench(t *testing.T) {
	b, _ := newBot(t)
	fiches := map[string]*seeds.Fiche{}
	for _, f := range ix.Fiches() {
		fiches[f.Ref] = f
	}
	chat := int64(500)
	for _, q := range []string{
		"n b'a fɛ ka mobili dilan dege Bamakɔ",
		"kalanyɔrɔ jumɛn bɛ Kayi?",
		"CFP Sénou sɔngɔ ye joli ye?",
		"CFP Senou sɛbɛn jumɛnw bɛ ɲini",
		"wari juru bɛ sɔrɔ min Bamakɔ?",
		"n b'a fɛ ka baara sɔrɔ Kayi",
		"u ye n gɛn ka bɔ Alizeri, foyi tɛ n bolo, n bɛ Bamakɔ",
		"GIZ ye mun ye",
		"n b'a fɛ ka kalali dege Segu",
		"ߓߊߊߙߊ ߢߌߣߌ ߓߊߡߊߞߐ",
		"AME ye mun ye?",
		"IFPT Kayi",
		"Banque mondiale ye mun ye?",
	} {
		chat++
		say := func(u Update) string {
			u.ChatID = chat
			return html.UnescapeString(text(handle(t, b, u)))
		}
		answer := say(Update{Kind: Text, Text: q})
		checkBambara(t, q, answer, fiches)
		for _, follow := range []string{"a sɔngɔ ye joli ye", "a nimɔrɔ", "a bɛ min?", "a bɛ kalo joli kɛ?", "a banna wa?", "san joli bɛ se ka don a la?", "mɔgɔ bɛ to yen waati joli?", "jɔn bɛ se ka don a la?", "a tɔw"} {
			checkBambara(t, q+" / "+follow, say(Update{Kind: Text, Text: follow}), fiches)
		}
		c, _ := b.store.Load(context.Background(), chat)
		for _, ref := range c.Results[:min(3, len(c.Results))] {
			checkBambara(t, q+" / details "+ref, say(Update{Kind: Callback, Data: "d:" + ref}), fiches)
			checkBambara(t, q+" / slip "+ref, say(Update{Kind: Callback, Data: "o:" + ref}), fiches)
		}
	}
}

// TestLocalLine: what the report says a fiche has at the place asked, in
// its words: the clause, or a list's head and its item; nothing in
// Bambara, nor where the place is named without what is there, nor for a
// donor.
func TestLocalLine(t *testing.T) {
	zones := "Siège à Bamako ; 8 secrétariats régionaux (Kayes, Mopti, Kidal).\n5 points sûrs : Gao (Association des Migrants), Kidal (Association Djeré Ben) et Bamako (4 associations).\nSiège à Bamako ; guichet unique à Kayes (accueil, hébergement) ; un coordinateur à Koulikoro."
	f := &seeds.Fiche{Zones: zones, Audience: seeds.AudiencePublic, Status: seeds.StatusActive}
	donor := &seeds.Fiche{Zones: zones, Audience: seeds.AudienceProgramme, Status: seeds.StatusActive}
	place := func(name string) *places.Place {
		p, ok := places.Default().Lookup(name)
		if !ok {
			t.Fatalf("no place %s", name)
		}
		return &p
	}
	for _, tt := range []struct {
		lang, place, want string
	}{
		{"fr", "Kidal", "📍 5 points sûrs : Kidal (Association Djeré Ben)"},
		{"fr", "Bamako", "📍 5 points sûrs : Bamako (4 associations)"},
		{"fr", "Kayes", "📍 guichet unique à Kayes (accueil, hébergement)"},
		{"fr", "Mopti", ""},
		{"fr", "Koulikoro", ""},
		{"bm", "Kidal", ""},
	} {
		if got := renderTurn(tt.lang, latin, "").localLine(f, place(tt.place)); got != tt.want {
			t.Errorf("%s %s: %q, want %q", tt.lang, tt.place, got, tt.want)
		}
	}
	if got := renderTurn("fr", latin, "").localLine(donor, place("Kidal")); got != "" {
		t.Errorf("a donor's offices: %q, want none", got)
	}
}

// TestCapacityLines: how many places a fiche has is what its report says
// of its capacity, in Bambara that the report says it in French, and
// where it says nothing, that it does not, with the number.
func TestCapacityLines(t *testing.T) {
	silent := *testFiches(t)["P02"]
	full := silent
	full.Capacity = "La capacité de la structure est d’environ 600 apprenants."
	tests := []struct {
		lang string
		f    *seeds.Fiche
		want string
	}{
		{"fr", &full, "👥 <b>Places</b>\nLa capacité de la structure est d’environ 600 apprenants."},
		{"bm", &full, "👥 <b>Mɔgɔ hakɛ</b>\nA kunnafoni bɛ tubabukan na dɔrɔn"},
		{"fr", &silent, "Le rapport ne dit pas combien de places il y a ; appelez le +22370000002."},
	}
	for _, tt := range tests {
		tr := renderTurn(tt.lang, latin, index.AskCapacity)
		got := tr.plain(tr.card(1, index.Result{Fiche: tt.f}, focus{part: index.AskCapacity}))
		cardHolds(t, got, []string{tt.want}, []string{"combien ça coûte"})
	}
}

// TestWhereTheReportLocatesIt: "c'est où ?" of a fiche whose report says
// where it stands quotes that clause before saying it gives no address;
// a Bambara card does not quote the French.
func TestWhereTheReportLocatesIt(t *testing.T) {
	f := *testFiches(t)["P02"]
	f.Text = "Historique du centre.\nLe centre est bâti dans la zone industrielle de Kayes, sur 2 hectares.\nUne ferme située à 12 km de Kayes sert aux stages."
	for _, tt := range []struct {
		lang      string
		want, not []string
	}{
		{"fr", []string{"bâti dans la zone industrielle de Kayes", "ferme située à 12 km", "Le rapport ne donne pas l'adresse"}, []string{"Historique"}},
		{"bm", nil, []string{"bâti", "située"}},
	} {
		tr := renderTurn(tt.lang, latin, index.AskWhere)
		got := tr.plain(tr.card(1, index.Result{Fiche: &f}, focus{part: index.AskWhere}))
		cardHolds(t, got, tt.want, tt.not)
	}
}

// TestItemDurations: the length of a fee's thing is the report's clause
// that names it, not a trade's line that holds its word.
func TestItemDurations(t *testing.T) {
	f := &seeds.Fiche{
		Trades: []seeds.Trade{{Name: "Animation en alphabétisation", Duration: "5 mois"}},
		Costs:  seeds.Costs{Items: []seeds.CostItem{{What: "alphabétisation (chaque mois)"}}},
		Text:   "Formations proposées :\n• Alphabétisation (2 à 6 mois) ;\n• Animation en alphabétisation : 5 mois ;",
	}
	tr := renderTurn("fr", latin, index.AskDuration)
	got := strings.Join(tr.itemDurations(f, []int{0}), "\n")
	if !strings.Contains(got, "2 à 6 mois") || strings.Contains(got, "Animation") {
		t.Errorf("itemDurations = %q, want the literacy classes' 2 à 6 mois alone", got)
	}
}

// TestTwoPartsOnACard: a second part asked is shown after the first, and a
// number asked as the second part is not repeated at the card's foot.
func TestTwoPartsOnACard(t *testing.T) {
	fs := testFiches(t)
	tr := renderTurn("fr", latin, index.AskConditions)
	got := tr.plain(tr.card(1, index.Result{Fiche: fs["P01"]}, focus{part: index.AskConditions, also: index.AskCost}))
	if i, j := strings.Index(got, "Papiers à apporter"), strings.Index(got, "💰 <b>Coût</b>"); i < 0 || j < i {
		t.Errorf("papers then cost wanted:\n%s", got)
	}
	got = tr.plain(tr.card(1, index.Result{Fiche: fs["P01"]}, focus{part: index.AskWhere, also: index.AskContact}))
	if strings.Count(got, "📞 +22370000001") != 1 {
		t.Errorf("the number's line once wanted:\n%s", got)
	}
}

// TestCountsSaid: a clause counts a thing said when a number stands before
// its word or in a bracket after it; a number after the word (a group's
// size) or beside other words (an age range) counts something else.
func TestCountsSaid(t *testing.T) {
	tests := []struct {
		clause string
		said   []string
		want   bool
	}{
		{"Financement de 10 000 bourses de formation", []string{"bourses"}, true},
		{"Formation de 50 jeunes filles par an", []string{"filles"}, true},
		{"Bourses de formation professionnelle au Maroc (50 par an, 25 garçons et 25 filles)", []string{"maroc"}, true},
		{"Il s’agit d’un dispositif fondé sur la constitution de groupes de 5 à 8 personnes", []string{"groupes"}, false},
		{"Jeunes maliens âgés de 15 à 40 ans, de tout niveau de scolarisation", []string{"jeunes"}, false},
		{"Financement de 10 000 bourses", []string{"maroc"}, false},
	}
	for _, tt := range tests {
		said := longWords(strings.Join(tt.said, " "))
		if got := countsSaid(tt.clause, said); got != tt.want {
			t.Errorf("countsSaid(%q, %v) = %v, want %v", tt.clause, tt.said, got, tt.want)
		}
	}
}

// TestLengthOfTheTradeAsked: a length asked of a trade whose length the
// report does not give, where it gives the other trades', is that
// silence, not another trade's length or the literacy classes'; of two
// trades asked, the one without a length says so beside the other's.
func TestLengthOfTheTradeAsked(t *testing.T) {
	f := *testFiches(t)["P02"]
	f.Trades = []seeds.Trade{{Name: "Mécanique auto", Duration: "13 mois"}, {Name: "Réparation des engins à deux roues"}}
	f.Text = "Formations proposées :\n• Alphabétisation (2 à 6 mois) ;"
	tests := []struct {
		trades    []int
		want, not []string
	}{
		{[]int{1}, []string{"Le rapport ne dit pas combien de temps ça dure ; appelez le +22370000002."}, []string{"13 mois", "2 à 6 mois"}},
		{[]int{0, 1}, []string{"Mécanique auto : 13 mois", "Réparation des engins à deux roues : le rapport ne dit pas combien de temps"}, []string{"2 à 6 mois"}},
		{[]int{0}, []string{"Mécanique auto : 13 mois"}, []string{"deux roues"}},
	}
	for _, tt := range tests {
		tr := renderTurn("fr", latin, index.AskDuration)
		got := strings.Join(tr.askedPart(&f, focus{part: index.AskDuration}, tt.trades, nil), "\n")
		cardHolds(t, got, tt.want, tt.not)
	}
}

// TestLengthOfAThingSaid: the length of a thing the question names in
// another inflection than the report's ("héberger", "hébergement") is the
// clause that names it.
func TestLengthOfAThingSaid(t *testing.T) {
	f := &seeds.Fiche{Offer: "Accueil, hébergement, orientation des migrants (72 heures / 50 migrants par mois)\nFormations techniques aux métiers de 2 à 3 mois (couture, mécanique)."}
	tr := renderTurn("fr", latin, index.AskDuration)
	got := strings.Join(tr.topicDurations(f, factWords("ils peuvent m'héberger combien de temps ?")), "\n")
	if !strings.Contains(got, "72 heures") || strings.Contains(got, "2 à 3 mois") {
		t.Errorf("topicDurations = %q, want the hosting's 72 heures alone", got)
	}
}

// TestCostWordsWithoutSum: cost words of the report that hold no sum are
// said to give none, unless they say it themselves; a sum needs no such
// line.
func TestCostWordsWithoutSum(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Les activités d’accompagnement sont dépendantes des financements obtenus. Cela permet d’offrir des services gratuits.", true},
		{"Le rapport ne donne aucun tarif pour les candidats.", false},
		{"Payant, sans montant indiqué.", false},
		{"Les frais d’inscription sont de 25 000 FCFA.", false},
	}
	for _, tt := range tests {
		f := &seeds.Fiche{Costs: seeds.Costs{Text: tt.text}}
		tr := renderTurn("fr", latin, index.AskCost)
		lines := tr.costLines(f, nil, nil)
		if got := len(lines) > 0 && lines[0] == tr.p.T("cost_no_sum", nil); got != tt.want {
			t.Errorf("costLines(%q) = %q: the no-sum line %v, want %v", tt.text, lines, got, tt.want)
		}
	}
}

// TestProgrammesIntro: an answer about programmes says they receive no one
// of all its page only when all of it are programmes.
func TestProgrammesIntro(t *testing.T) {
	donor := &seeds.Fiche{Ref: "A1", Audience: seeds.AudienceProgramme}
	service := &seeds.Fiche{Ref: "P1", Audience: seeds.AudiencePublic}
	tr := renderTurn("fr", latin, "")
	for _, tt := range []struct {
		results []index.Result
		want    string
	}{
		{[]index.Result{{Fiche: donor}, {Fiche: donor}}, "results_intro_programmes"},
		{[]index.Result{{Fiche: donor}, {Fiche: service}}, "results_intro_some_programmes"},
	} {
		a := index.Answer{Fit: index.Fits, Results: tt.results}
		a.Programmes = true
		if got, want := tr.intro(a), tr.p.N(tt.want, len(tt.results), nil); got != want {
			t.Errorf("intro = %q, want %q", got, want)
		}
	}
}

// TestAgeToldLeftOut: a card says the ages a fiche takes when they leave
// out the age the question told, once, and says nothing of ages when they
// take it or the question told none.
func TestAgeToldLeftOut(t *testing.T) {
	f := *testFiches(t)["P02"]
	f.Conditions = []string{"Jeunes maliens âgés de 15 à 40 ans, de tout niveau de scolarisation"}
	ix, err := index.New([]seeds.Fiche{f}) // the ages its conditions require, read once
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		lang  string
		years int
		part  string
		want  int // age titles on the card
	}{
		{"fr", 45, "", 1},
		{"fr", 45, index.AskCost, 1},
		{"fr", 45, index.AskAge, 1},
		{"fr", 30, "", 0},
		{"fr", 0, "", 0},
		{"bm", 45, "", 1},
	} {
		tr := renderTurn(tt.lang, latin, tt.part)
		tr.ix = ix
		got := tr.plain(tr.card(1, index.Result{Fiche: &f}, focus{part: tt.part, years: tt.years}))
		if n := strings.Count(got, "👤"); n != tt.want {
			t.Errorf("%s, %d years, part %q: %d age titles, want %d:\n%s", tt.lang, tt.years, tt.part, n, tt.want, got)
		}
	}
}

// TestLengthOfAnAgreement: a school's clause that tells who funds or
// partners it gives the agreement's length, not a course's; a
// programme's gives its own.
func TestLengthOfAnAgreement(t *testing.T) {
	text := "• Cycle adapté de 3 à 6 mois pour les migrants de retour.\n• Un accord de partenariat a été signé entre l’OIM et le centre en 2019 pour une durée de trois ans."
	for _, tt := range []struct {
		audience string
		want     bool // the agreement quoted
	}{
		{seeds.AudiencePublic, false},
		{seeds.AudienceProgramme, true},
	} {
		f := &seeds.Fiche{Audience: tt.audience, Text: text}
		tr := renderTurn("fr", latin, index.AskDuration)
		got := strings.Join(tr.reportDurations(f, nil), "\n")
		if !strings.Contains(got, "3 à 6 mois") || strings.Contains(got, "accord") != tt.want {
			t.Errorf("%s: reportDurations = %q, want the cycle, the agreement %v", tt.audience, got, tt.want)
		}
	}
}

// TestStartLines: when it starts is the report's clause that tells when
// people are taken in, or the silence with the number.
func TestStartLines(t *testing.T) {
	f := *testFiches(t)["P02"]
	for _, tt := range []struct {
		conditions []string
		want       string
	}{
		{[]string{"Les recrutements s’effectuent au début de chaque année scolaire après la remise du dossier."}, "Les recrutements s’effectuent au début de chaque année scolaire"},
		{nil, "Le rapport ne dit pas quand ça commence ; appelez le +22370000002."},
	} {
		f.Conditions, f.Text = tt.conditions, ""
		tr := renderTurn("fr", latin, index.AskStart)
		got := tr.plain(tr.card(1, index.Result{Fiche: &f}, focus{part: index.AskStart}))
		cardHolds(t, got, []string{tt.want}, nil)
	}
}

// TestLodgingAndAwardLines: whether one can sleep there, the diploma
// given at the end, and whether women are taken (what the report says of
// women and girls), are the report's clauses that tell them ("peut
// également héberger plus de 100 jeunes", "Une attestation est remise"),
// in Bambara the counts of people they give ("ka tɛmɛ mɔgɔ 100 kan") and
// where the details hold them, or the silence with the number;
// a paper asked to enter ("certificat de nationalité") is no award; the
// days and hours it opens, which the report gives of no fiche, or the
// silence ("volume horaire" is no opening hour).
func TestLodgingAndAwardLines(t *testing.T) {
	f := *testFiches(t)["P02"]
	for _, tt := range []struct {
		lang, part, text string
		want, not        []string
	}{
		{"fr", index.AskLodging, "Capacité Le Centre peut également héberger plus de 100 jeunes.", []string{"héberger plus de 100 jeunes"}, nil},
		{"fr", index.AskLodging, "Coût Le foyer d’accueil coûte 60 000 FCFA.", []string{"Le foyer d’accueil coûte"}, nil},
		{"fr", index.AskLodging, "Des services internationaux.", []string{"Le rapport ne dit pas si l'on peut y dormir ; appelez le +22370000002."}, []string{"internationaux"}},
		{"bm", index.AskLodging, "Le Centre peut également héberger plus de 100 jeunes.", []string{"ka tɛmɛ mɔgɔ 100 kan", "tubabukan"}, []string{"jeunes"}},
		{"bm", index.AskLodging, "Un foyer de 40 lits pour les apprenants.", []string{"tubabukan"}, []string{"mɔgɔ"}},
		{"fr", index.AskAward, "Certification Une attestation est remise en fin de formation.", []string{"Une attestation est remise"}, nil},
		{"fr", index.AskAward, "Fournir un certificat de nationalité.", []string{"Le rapport ne dit pas quel diplôme"}, []string{"nationalité"}},
		{"fr", index.AskWomen, "Au total, 2.299 apprenants, parmi lesquels 925 filles.", []string{"parmi lesquels 925 filles"}, nil},
		{"fr", index.AskWomen, "Des services internationaux.", []string{"Le rapport ne dit pas si les femmes et les filles y sont prises ; appelez le +22370000002."}, []string{"internationaux"}},
		{"bm", index.AskWomen, "Des services internationaux.", []string{"Ni musow bɛ mina, o ma fɔ yan"}, nil},
		{"bm", index.AskWomen, "Au total, 2.299 apprenants, parmi lesquels 925 filles.", []string{"mɔgɔ 2.299", "npogotigi 925", "tubabukan"}, []string{"filles"}},
		{"fr", index.AskHours, "Le centre est ouvert du lundi au vendredi, de 8 h à 17 h.", []string{"du lundi au vendredi"}, nil},
		{"fr", index.AskHours, "La pratique est dominante à 70-80% du volume horaire total.", []string{"Le rapport ne donne pas ses jours et heures d'ouverture ; appelez le +22370000002."}, []string{"volume horaire"}},
		{"bm", index.AskHours, "Des services internationaux.", []string{"A dayɛlɛ waati ma fɔ yan"}, nil},
		{"fr", index.AskAllowance, "Les apprenants reçoivent une indemnisation pour les frais de repas et de déplacement.", []string{"reçoivent une indemnisation"}, nil},
		{"fr", index.AskLanguage, "Les formations courtes sont dispensées en Bambara.", []string{"dispensées en Bambara"}, nil},
		{"bm", index.AskLanguage, "Les formations courtes sont dispensées en Bambara.", []string{"Kan minnu fɔra: bamanankan", "tubabukan"}, []string{"dispensées"}},
		{"bm", index.AskLanguage, "Cours en bambara ; niveau acceptable en français.", []string{"Kan minnu fɔra: bamanankan, tubabukan"}, nil},
		{"bm", index.AskLanguage, "Des sessions en langues nationales.", []string{"A kunnafoni bɛ tubabukan na"}, []string{"Kan minnu"}},
		{"bm", index.AskLanguage, "Des services internationaux.", []string{"Kalan kan ma fɔ yan"}, nil},
	} {
		f.Conditions, f.Text, f.Capacity = nil, tt.text, ""
		tr := renderTurn(tt.lang, latin, tt.part)
		got := tr.plain(tr.card(1, index.Result{Fiche: &f}, focus{part: tt.part}))
		cardHolds(t, got, tt.want, tt.not)
	}
}

// TestWomenFees: whether a place takes women is answered with the fees it
// prices for women or girls, in the chat's language, never the boys' fee.
func TestWomenFees(t *testing.T) {
	f := *testFiches(t)["P02"]
	f.Text, f.Capacity, f.Conditions = "", "", nil
	f.Costs = seeds.Costs{Items: []seeds.CostItem{{What: "inscription (garçons)", Min: 2500}, {What: "inscription (filles)", Min: 1000}}}
	for _, tt := range []struct {
		lang      string
		want, not []string
	}{
		{"fr", []string{"👩 <b>Femmes et filles</b>\nInscription (filles) : 1.000 FCFA"}, []string{"garçons", "ne dit pas"}},
		{"bm", []string{"npogotigiw", "1.000 FCFA"}, []string{"kamalenw", "2.500", "ma fɔ"}},
	} {
		tr := renderTurn(tt.lang, latin, index.AskWomen)
		got := tr.plain(tr.card(1, index.Result{Fiche: &f}, focus{part: index.AskWomen}))
		cardHolds(t, got, tt.want, tt.not)
	}
}

// TestPriceSaidInBambara: a Bambara price card whose cost items give no
// sum quotes the Bambara summary's sentence on who pays (price_bm.tsv),
// which the summary under it then leaves out — after saying plainly that
// the report gives no sum, when its text holds none (free for pupils the
// State sends is no price for a returnee); a summary that tells no price
// keeps the pointer to the French details.
func TestPriceSaidInBambara(t *testing.T) {
	f := *testFiches(t)["P02"]
	const free, priced = "Gratuit pour les élèves orientés par l’État.", "Gratuit pour les élèves orientés par l’État ; 50 000 FCFA pour les autres."
	for _, tt := range []struct {
		costs, summary string
		want, not      []string
	}{
		{free, "Kalanyɔrɔ ye Kayi. DEF kalandenw bɛ kalan fu.", []string{"💰 Wari hakɛ ma fɔ yan.\nDEF kalandenw bɛ kalan fu.\nKalanyɔrɔ ye Kayi."}, []string{"tubabukan"}},
		{priced, "Kalanyɔrɔ ye Kayi. DEF kalandenw bɛ kalan fu.", []string{"💰 DEF kalandenw bɛ kalan fu.\nKalanyɔrɔ ye Kayi."}, []string{"tubabukan", "ma fɔ"}},
		{free, "Kalanyɔrɔ ye Kayi.", []string{"💰 A sɔngɔ kunnafoni bɛ tubabukan na"}, nil},
	} {
		f.Costs = seeds.Costs{Text: tt.costs}
		f.SummaryBm = tt.summary
		tr := renderTurn("bm", latin, index.AskCost)
		got := tr.plain(tr.card(1, index.Result{Fiche: &f}, focus{part: index.AskCost}))
		cardHolds(t, got, tt.want, tt.not)
	}
}

// TestReadPriceWords: price_bm.tsv's words are folded and once each.
func TestReadPriceWords(t *testing.T) {
	if _, err := readPriceWords(priceBmTSV); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"word\tsource\nfu\ta\nfu\tb\n", "word\tsource\nsɔngɔ\ta\n"} {
		if _, err := readPriceWords(bad); err == nil {
			t.Errorf("readPriceWords(%q): no error", bad)
		}
	}
}

// TestLodgingPriceFirst: where one sleeps and its price asked together
// ("on peut y dormir ? c'est combien par mois ?") puts the hostel's fee
// first among the costs the card has room for, in both languages; the
// price alone keeps the items' order.
func TestLodgingPriceFirst(t *testing.T) {
	f := *testFiches(t)["P02"]
	f.Costs = seeds.Costs{Items: []seeds.CostItem{
		{What: "inscription (garçons)", Min: 2500},
		{What: "inscription (filles)", Min: 1000},
		{What: "formation CAP", Min: 40000, Max: 135000, Per: "an"},
		{What: "formation BT", Min: 155000, Per: "an"},
		{What: "foyer d’accueil (hébergement)", Min: 60000, Per: "mois"},
	}}
	for _, tt := range []struct {
		lang, part, also string
		want             bool
	}{
		{"fr", index.AskLodging, index.AskCost, true},
		{"bm", index.AskLodging, index.AskCost, true},
		{"fr", index.AskCost, index.AskLodging, true},
		{"fr", index.AskCost, "", false},
	} {
		tr := renderTurn(tt.lang, latin, tt.part)
		got := tr.plain(tr.card(1, index.Result{Fiche: &f}, focus{part: tt.part, also: tt.also}))
		if shown := strings.Contains(got, "60.000 FCFA"); shown != tt.want {
			t.Errorf("%s %s+%s: hostel fee shown %v, want %v:\n%s", tt.lang, tt.part, tt.also, shown, tt.want, got)
		}
	}
}

// TestItemLengthInBambara: the length of a thing asked that is no trade
// (adult literacy, "balikukalan"), which the report gives in French
// ("Alphabétisation (2 à 6 mois)"), is said in Bambara by its numbers,
// not by the trades' lengths.
func TestItemLengthInBambara(t *testing.T) {
	b, _ := newBot(t)
	var got string
	for _, say := range []string{"ne te se ka kalan ke. balikukalan be ke bamako min?", "a be kalo joli ke?"} {
		got = text(handle(t, b, Update{ChatID: 2030, Kind: Text, Text: say}))
	}
	cardHolds(t, got, []string{"kalo 2 fo 6"}, []string{"Mobili dilan: kalo 13", "mois"})
}

// TestAcronymAsAsked: a fact found by the fiche's word for an acronym the
// reader used ("le DEF": "diplôme d'étude fondamentale") shows that
// acronym after it; a fact that holds it already is left as it is.
func TestAcronymAsAsked(t *testing.T) {
	b, _ := newBot(t)
	var got string
	for _, say := range []string{"IFPI Kayes c'est gratuit ?", "il faut le DEF ?"} {
		got = text(handle(t, b, Update{ChatID: 2031, Kind: Text, Text: say}))
	}
	cardHolds(t, got, []string{"fondamentale (DEF)"}, []string{"(DEF) (DEF)"})
	if got := afterWord("un DEF, le diplôme d’étude fondamentale", map[string]bool{"fondamental": true}, " (DEF)"); got != "un DEF, le diplôme d’étude fondamentale (DEF)" {
		t.Errorf("afterWord: %q", got)
	}
	if got := afterWord("sans diplôme", map[string]bool{"fondamental": true}, " (DEF)"); got != "sans diplôme" {
		t.Errorf("afterWord, no word: %q", got)
	}
}

// TestFeesOfOneThing: a fee asked brings the other fees of its thing
// ("alphabétisation (inscription)" and "(chaque mois)"), after it.
func TestFeesOfOneThing(t *testing.T) {
	b, _ := newBot(t)
	var got string
	for _, say := range []string{"n b'a fe ka sebenni kalan Missabougou", "wari joli be sara?"} {
		got = text(handle(t, b, Update{ChatID: 2032, Kind: Text, Text: say}))
	}
	cardHolds(t, got, []string{"10.000 FCFA", "2.500 FCFA kalo o kalo"}, nil)
	if !sameThing("alphabétisation (inscription)", "Alphabetisation (chaque mois)") || sameThing("alphabétisation (inscription)", "alphabétisation") {
		t.Error("sameThing: the words before a parenthesis, both with one")
	}
}

// TestAgeUntilInBambara: an upper bound of the ages taken ("moins de 18
// ans", ENDA) is said in Bambara, not sent to the French details. In a
// child's danger answer the child's age told is the story: no card lists
// ages that take the child, nor says the report is silent on them.
func TestAgeUntilInBambara(t *testing.T) {
	b, _ := newBot(t)
	got := text(handle(t, b, Update{ChatID: 2033, Kind: Text, Text: "ENDA: san joli bɛ se ka don a la?"}))
	cardHolds(t, got, []string{"ENDA", "Mɔgɔ min ma san 18 sɔrɔ"}, []string{"Si kunnafoni bɛ tubabukan na"})
	got = text(handle(t, b, Update{ChatID: 2036, Kind: Text, Text: "denmisɛn dɔ bɛ Gao, a si ye san 12 ye, a kelen don, dumuni t'a bolo"}))
	cardHolds(t, got, []string{"ENDA", "wele sisan"}, []string{"👤", "Si ma fɔ yan", "Si kunnafoni"})
}

// TestShortAgeInBambara: "si joli?" after a Bambara answer asks the ages
// the fiches shown take, in Bambara (its words are French ones too).
func TestShortAgeInBambara(t *testing.T) {
	b, _ := newBot(t)
	var got string
	for _, say := range []string{"n ye soudure kalan ban, n mago be minenw na ka n sigi. jon be se ka n deme?", "si joli?"} {
		got = text(handle(t, b, Update{ChatID: 2034, Kind: Text, Text: say}))
	}
	cardHolds(t, got, []string{"APEJ", "san 15 fo 40"}, []string{"pas compris"})
}

// TestSelectionAsked: "comment ils choisissent les gens ?" after the GRDR
// is shown first finds the report's "comité de sélection" (fr/item_words.tsv),
// not that the report does not say.
func TestSelectionAsked(t *testing.T) {
	b, _ := newBot(t)
	var got string
	for _, say := range []string{"rentre de France a Kayes, le GRDR accompagne les projets ?", "comment ils choisissent les gens ?"} {
		got = text(handle(t, b, Update{ChatID: 2035, Kind: Text, Text: say}))
	}
	cardHolds(t, got, []string{"GRDR", "comité de sélection"}, []string{"ne dit pas"})
}
