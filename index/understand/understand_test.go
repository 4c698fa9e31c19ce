package understand

import (
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"unicode"
	"unicode/utf8"

	"sira/index/fold"
	"sira/index/lang"
	"sira/index/lexicon"
	"sira/seeds"
)

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
		v, words := plainReader(t).v, strings.Fields(tt.q)
		if got := v.nounAt(words, v.classes(words), tt.i, tt.lang); got != tt.want {
			t.Errorf("nounAt(%q, %d) = %v, want %v", tt.q, tt.i, got, tt.want)
		}
	}
}

func TestNeedOf(t *testing.T) {
	tests := map[string]string{
		"cap": seeds.NeedTraining, "caps": seeds.NeedTraining, "capital": seeds.NeedFinance, // "cap" is a whole word
		"soudure": seeds.NeedTraining, "credits": seeds.NeedFinance, "cv": seeds.NeedJob,
		"victimes": seeds.NeedProtection, "kit": seeds.NeedFinance, "kite": "", "maison": "",
		"outils": seeds.NeedFinance, "equipement": seeds.NeedFinance, "equipe": "", // goods to start, not a team
		"machines": seeds.NeedFinance, "materiel": seeds.NeedFinance,
		// a tool named by its own name is goods to start with
		"meuleuse": seeds.NeedFinance, "surjeteuses": seeds.NeedFinance, "compresseur": seeds.NeedFinance, "sechoirs": seeds.NeedFinance,
		// coding is training; a programme funds or runs, no training
		"programmation": seeds.NeedTraining, "programmer": seeds.NeedTraining, "programmeuse": seeds.NeedTraining,
		"programme": "", "programmes": "",
	}
	for w, want := range tests {
		if got := plainReader(t).v.needOf(w); got != want {
			t.Errorf("needOf(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestGoodsAfterTraining: tools or equipment wanted after a training
// told are goods to start with, a financing need, as a kit is.
func TestGoodsAfterTraining(t *testing.T) {
	for _, q := range []string{
		"Après ma formation en froid-clim à Sénou, il me faut des outils pour démarrer. Qui peut m'aider ?",
		"12 jeunes sortent de formation en soudure, ils ont besoin d'équipement pour démarrer leur atelier",
		"j'ai suivi une formation en froid à Kayes, il me faut des outils pour travailler à mon compte",
	} {
		if got := plainReader(t).Understand(q).Need; got != seeds.NeedFinance {
			t.Errorf("Understand(%q).Need = %q, want %q", q, got, seeds.NeedFinance)
		}
	}
}

// TestGoodsUse: the word after goods and a grammatical word says what
// the goods are for ("une machine à coudre", "du matériel de coiffure"),
// not a thing asked; the same word asked on its own is asked.
func TestGoodsUse(t *testing.T) {
	rd := testReader(t, words{"machine": 3, "materiel": 4, "coudre": 2, "coiffure": 3, "couture": 3})
	for _, tt := range []struct {
		q, word string
		want    Role
	}{
		{"il me faut une machine a coudre pour travailler", "coudre", Purpose},
		{"je cherche du materiel de coiffure pour demarrer", "coiffure", Purpose},
		{"je veux apprendre a coudre", "coudre", Topic},
		{"je cherche une formation en coiffure", "coiffure", Topic},
		// a trade a qualification names, the training asked is for: asked
		{"je veux une formation pour avoir un diplome de couture", "couture", Topic},
	} {
		if got, ok := roleOf(rd.Understand(tt.q), tt.word); !ok || got != tt.want {
			t.Errorf("Understand(%q): %q is %v (%v), want %v", tt.q, tt.word, got, ok, tt.want)
		}
	}
}

// TestHelpForGoods: help asked for goods to work with, or to buy a thing,
// asks money or goods; the same goods or buying with no help asked do not
// (a purchase alone is shopping).
func TestHelpForGoods(t *testing.T) {
	rd := testReader(t, words{"couture": 3, "atelier": 3, "machine": 3, "moulin": 1, "commerce": 3, "moto": 2})
	for _, tt := range []struct {
		q, need string
		money   bool
	}{
		{"besoin d'aide pour agrandir mon atelier de couture, il me faut 2 machines", seeds.NeedFinance, false},
		{"j'ai besoin d'aide pour acheter un moulin pour mon commerce", seeds.NeedFinance, true},
		{"j'ai besoin d'aide pour acheter une machine", seeds.NeedFinance, false}, // goods given, no money asked
		{"je veux acheter un moulin", "", false},
		{"je veux apprendre la couture sur machine", seeds.NeedTraining, false},
	} {
		q := rd.Understand(tt.q)
		if q.Need != tt.need || q.Money != tt.money {
			t.Errorf("Understand(%q): need %q, money %v; want %q, %v", tt.q, q.Need, q.Money, tt.need, tt.money)
		}
	}
}

// TestAccompanies: a sentence that asks to be accompanied in a project
// asks it (Query.Accompanies); one of the story does not.
func TestAccompanies(t *testing.T) {
	rd := testReader(t, words{"restaurant": 2, "financer": 5})
	for q, want := range map[string]bool{
		"je veux ouvrir un restaurant. Qui peut m'accompagner et m'aider a financer ?": true,
		"je veux ouvrir un restaurant, financement et accompagnement svp":              true,
		"je veux ouvrir un restaurant, qui peut financer ?":                            false,
	} {
		if got := rd.Understand(q).Accompanies; got != want {
			t.Errorf("Understand(%q).Accompanies = %v, want %v", q, got, want)
		}
	}
}

// TestRunsBusiness: a business asked run or accompanied (Query.RunsBusiness)
// names what it is as what the help is for (Purpose), not a thing asked; a
// trade asked to learn keeps its words asked, and management asked with no
// business named is no business run.
func TestRunsBusiness(t *testing.T) {
	rd := testReader(t, words{"transformation": 3, "mangues": 1, "poisson": 2, "commerce": 4, "gestion": 4, "restaurant": 2, "financer": 5})
	for _, tt := range []struct {
		q       string
		runs    bool
		purpose []string // words read as what the help is for
	}{
		{"j'ai un projet de transformation de mangues, qui peut m'accompagner ?", true, []string{"transformation", "mangues"}},
		{"je veux une formation pour gerer mon commerce de poisson", true, []string{"commerce", "poisson"}},
		{"je veux creer une entreprise de transformation de mangues, qui peut m'accompagner ?", true, []string{"entreprise", "transformation", "mangues"}},
		{"je veux apprendre la transformation de mangues", false, nil},
		{"je fais le commerce de poisson. Qui peut m'accompagner ?", true, []string{"commerce", "poisson"}},
		{"le projet PAREM pour l'entrepreneuriat rural", false, []string{"entrepreneuriat", "rural"}}, // "pour" says what for
		{"je veux une formation en gestion", false, nil},
		{"je veux ouvrir un restaurant, qui peut financer ?", false, []string{"restaurant"}},
	} {
		q := rd.Understand(tt.q)
		var purpose []string
		for _, term := range q.Terms {
			if term.Role == Purpose {
				purpose = append(purpose, term.Variants[0])
			}
		}
		if q.RunsBusiness != tt.runs || !slices.Equal(purpose, tt.purpose) {
			t.Errorf("Understand(%q): RunsBusiness %v, Purpose %q; want %v, %q", tt.q, q.RunsBusiness, purpose, tt.runs, tt.purpose)
		}
	}
}

// TestInvests: a sentence that asks for investors asks them
// (Query.Invests); one of the story, or money asked otherwise, does not.
func TestInvests(t *testing.T) {
	rd := testReader(t, words{"entreprise": 2, "financer": 5})
	for q, want := range map[string]bool{
		"mon entreprise a 4 ans, je cherche des investisseurs":                        true,
		"qui peut investir dans mon entreprise ?":                                     true,
		"un investisseur m'a trompé l'an dernier. Qui peut financer mon entreprise ?": false,
		"qui peut financer mon entreprise ?":                                          false,
	} {
		if got := rd.Understand(q).Invests; got != want {
			t.Errorf("Understand(%q).Invests = %v, want %v", q, got, want)
		}
	}
}

// TestOrients: a verb of orienting or helping right after an object
// pronoun asks for someone to orient the person (Query.Orients); the verb
// with no pronoun tells what the thing is for, the noun asks no one, and
// the story asks nothing. A master sought beside a word of learning asks it
// too (an apprenticeship); a boss with no word of learning near does not.
func TestOrients(t *testing.T) {
	rd := testReader(t, words{"soudure": 5, "couture": 5, "famille": 2})
	for q, want := range map[string]bool{
		"a Koutiala je veux apprendre la soudure, qui peut m'orienter ?":                                  true,
		"mon fils veut faire la couture, qui peut l orienter ?":                                           true,
		"ma femme cherche une formation en couture, qui peut l'aider ?":                                   true,
		"on veut apprendre la soudure, qui peut nous guider ?":                                            true,
		"je veux apprendre la soudure pour aider ma famille":                                              false,
		"je veux apprendre la couture avec l'aide de ma famille":                                          false,
		"je veux apprendre la soudure, je veux parler au conseiller":                                      false,
		"mon oncle m'a aidé l'an dernier. je veux apprendre la soudure, ou ?":                             false,
		"je veux trouver un patron pour faire l apprentissage en menuiserie":                              true,
		"qui peut aider mon fils a trouver un maitre d apprentissage":                                     true,
		"je cherche un patron pour travailler dans la couture":                                            false,
		"mon patron ne me paie pas depuis trois mois, je veux apprendre":                                  false,
		"un jeune veut apprendre la couture a Sikasso. Quelles structures peuvent le prendre en charge ?": true,
		"elle veut apprendre la couture. Quelles options dans la région ?":                                true,
		"je veux apprendre la soudure, qui contacter ?":                                                   true,
		"je veux apprendre la couture a Gao":                                                              false,
		"les structures de Gao ont fermé, je veux apprendre la couture":                                   false,
	} {
		if got := rd.Understand(q).Orients; got != want {
			t.Errorf("Understand(%q).Orients = %v, want %v", q, got, want)
		}
	}
}

// TestGuardedTown: a town whose name is also a common word is the place
// in a French question right after a word that brings a town, not
// elsewhere, and never in Bambara (san: a year, to buy). The towns joined
// to the place asked by a word that joins, each with at most "à" before
// it, or listed after a comma, are asked with it (Query.Towns); a town
// named elsewhere in the sentence, or where the person came from, is not.
func TestGuardedTown(t *testing.T) {
	rd := testReader(t, words{"couture": 5, "soudure": 5})
	for q, want := range map[string]string{
		"je vis a San, je cherche une formation en couture":           "San",
		"je suis de Koro, je veux apprendre la soudure":               "Koro",
		"formation en couture à San svp":                              "San",
		"san couture formation":                                       "",
		"n b'a fɛ ka so san Bamakɔ":                                   "Bamako",
		"n si ye san 20 ye, n b'a fɛ ka kalan kɛ":                     "",
		"il peut aller à Bamako ou à Ségou pour la couture":           "Bamako Ségou",
		"formation en couture à Kayes ou Kita":                        "Kayes Kita",
		"Bamako et Sikasso, où apprendre la soudure ?":                "Bamako Sikasso",
		"la couture à Kayes, Kita ou Bamako":                          "Kayes Kita Bamako",
		"comptabilité : Kayes, Bamako, Ségou ?":                       "Kayes Bamako Ségou",
		"je viens de Gao, je veux apprendre la soudure à Mopti":       "Mopti",
		"je suis à Kayes et je veux apprendre la couture, pas à Kita": "Kayes",
		"n bɛ se ka taa Kayi walima Bamakɔ ka sɔsɔli dege":            "Kayes Bamako",
	} {
		if got := townsAsked(rd.Understand(q)); got != want {
			t.Errorf("Understand(%q): place and towns %q, want %q", q, got, want)
		}
	}
}

// townsAsked is the place a query asks and its other towns, by name,
// space-separated.
func townsAsked(q Query) string {
	var names []string
	if q.Place != nil {
		names = append(names, q.Place.Name)
	}
	for _, p := range q.Towns {
		names = append(names, p.Name)
	}
	return strings.Join(names, " ")
}

// TestToldBeing: the noun right after a form of être whose subject is a
// pronoun or a relative tells who asks when the message asks something
// after it; alone it is what the message names.
func TestToldBeing(t *testing.T) {
	rd := testReader(t, words{"menuisier": 2, "couturiere": 2, "machine": 3, "credit": 4, "soudeur": 2})
	for _, tt := range []struct {
		q, word string
		want    Role
	}{
		{"je suis menuisier a Bamako, j ai besoin d une aide pour acheter une machine", "menuisier", Who},
		{"je suis couturiere, il me faut un credit", "couturiere", Who},
		{"mon frere est soudeur, il cherche un credit", "soudeur", Who},
		{"menuisier a Bamako", "menuisier", Topic},
	} {
		if got, ok := roleOf(rd.Understand(tt.q), tt.word); !ok || got != tt.want {
			t.Errorf("Understand(%q): %q is %v (%v), want %v", tt.q, tt.word, got, ok, tt.want)
		}
	}
}

// TestToldSelling: a clause of a subject pronoun and a verb of selling
// tells the person's trade when the message asks something outside it;
// selling asked to learn stays asked.
func TestToldSelling(t *testing.T) {
	rd := testReader(t, words{"jus": 2, "machine": 3, "credit": 4, "pagnes": 2, "vendre": 2})
	for _, tt := range []struct {
		q, word string
		want    Role
	}{
		{"il me faut un soutien pour avoir une machine a glace, je vends du jus a Gao", "jus", Who},
		{"je vends des pagnes, il me faut un credit", "pagnes", Who},
		{"je vends des pagnes", "pagnes", Topic},
	} {
		if got, ok := roleOf(rd.Understand(tt.q), tt.word); !ok || got != tt.want {
			t.Errorf("Understand(%q): %q is %v (%v), want %v", tt.q, tt.word, got, ok, tt.want)
		}
	}
}

// TestOwnBusiness: in a message that asks money or goods, the words a
// first-person possessive brings name the person's own business, what the
// money is for; with no money asked they are read as before.
func TestOwnBusiness(t *testing.T) {
	rd := testReader(t, words{"couture": 3, "atelier": 3, "machine": 3, "coiffure": 3, "salon": 2, "materiel": 4, "menuisier": 2, "credit": 4, "argent": 3, "restaurant": 2, "financer": 5, "financement": 6})
	for _, tt := range []struct {
		q, word string
		want    Role
	}{
		{"besoin d'aide pour agrandir mon atelier de couture, il me faut 2 machines", "couture", Purpose},
		{"besoin d'aide pour agrandir mon atelier de couture, il me faut 2 machines", "machines", Topic},
		{"aide pour le materiel de mon salon de coiffure", "coiffure", Purpose},
		{"aide pour le materiel de mon salon de coiffure", "materiel", Topic},
		{"je suis menuisier, j ai besoin d une aide pour acheter une machine", "machine", Topic},
		{"il me faut un credit pour acheter une machine", "machine", Purpose},
		{"je veux de l argent pour acheter une machine, qui peut m aider", "machine", Purpose}, // money named buys it
		// the business started with money asked is what it is for
		{"je veux ouvrir un restaurant a Bamako, qui peut m aider a financer", "restaurant", Purpose},
		{"je veux ouvrir un atelier de couture, financement svp", "couture", Purpose},
		{"je veux ouvrir mon salon de coiffure a Bamako, qui peut me financer", "coiffure", Purpose}, // its possessive aside
		{"je veux ouvrir un restaurant a Bamako, qui peut m aider", "restaurant", Topic},
		{"je veux un atelier de couture pour ma fille", "couture", Topic},
	} {
		if got, ok := roleOf(rd.Understand(tt.q), tt.word); !ok || got != tt.want {
			t.Errorf("Understand(%q): %q is %v (%v), want %v", tt.q, tt.word, got, ok, tt.want)
		}
	}
}

// TestTrainedIn: a trade or a training named right after a word of having
// or finishing ("a fini la couture") is a training done, told as had, as a
// qualification is; asked to learn, it is asked.
func TestTrainedIn(t *testing.T) {
	rd := testReader(t, words{"couture": 3, "soudure": 3, "machine": 3, "materiel": 4})
	for _, tt := range []struct {
		q, word string
		want    Role
	}{
		{"slt ma soeur a fini la couture, elle n a pas de machine", "couture", Had},
		{"j ai termine la soudure l an passe, il me faut du materiel", "soudure", Had},
		{"je veux apprendre la couture", "couture", Topic},
	} {
		if got, ok := roleOf(rd.Understand(tt.q), tt.word); !ok || got != tt.want {
			t.Errorf("Understand(%q): %q is %v (%v), want %v", tt.q, tt.word, got, ok, tt.want)
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

// TestSentenceEndsAsScan: sentenceEnds, which goes from mark to mark, finds
// what a scan of every byte finds, on every test question and odd texts.
func TestSentenceEndsAsScan(t *testing.T) {
	scan := func(text string) (out [][2]int) {
		for i := 0; i < len(text); i++ {
			if text[i] == '\n' {
				out = append(out, [2]int{i, i + 1})
				continue
			}
			j := i
			for j < len(text) && endMark(text[j]) {
				j++
			}
			if j > i && (j == len(text) || text[j] == ' ' || text[j] == '\t' || text[j] == '\n' || text[j] == '\r') {
				out = append(out, [2]int{i, j})
			}
			i = max(i, j-1)
		}
		return out
	}
	texts := append(testQuestions(t), "", ".", "\n", "a.\n.b", "?!\r\n", "x :;: y", "fin...", "é. ߓ! 😀?", "a\n\nb")
	ends := 0
	for _, text := range texts {
		got, want := sentenceEnds(text), scan(text)
		if !slices.Equal(got, want) {
			t.Errorf("sentenceEnds(%q) = %v, a scan %v", text, got, want)
		}
		ends += len(want)
	}
	if ends == 0 {
		t.Error("no sentence ends: nothing was compared")
	}
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
		v, words := plainReader(t).v, strings.Fields(tt.q)
		if got := v.pastTense(words, v.classes(words), tt.i); got != tt.want {
			t.Errorf("pastTense(%q, %d) = %v, want %v", tt.q, tt.i, got, tt.want)
		}
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

// TestCutAsMap: Cut gives what replacing every invalid byte, control
// character and mark of direction gives, for messages it passes over as
// clean and those it changes.
func TestCutAsMap(t *testing.T) {
	texts := []string{"", "a", "Je veux apprendre la soudure à Kayes", "n b'a fɛ ka baara sɔrɔ", "ߒ ߓߊ߫", "🙏🏾 merci",
		"a\tb", "a\nb", "a\x7fb", "a\u0085b", "a\u009fb", "a\u00a0b", "a\u200eb", "a\u200fb", "a\u200db", "a\ufffdb",
		"a\xffb", "a\xc3", "\xe2\x80", "é\x80", "\x00"}
	for _, s := range texts {
		want := strings.Map(func(r rune) rune {
			if unicode.IsControl(r) || r == '\u200f' || r == '\u200e' {
				return ' '
			}
			return r
		}, strings.ToValidUTF8(s, " "))
		if got := Cut(s); got != want {
			t.Errorf("Cut(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestSynonym(t *testing.T) {
	tests := []struct {
		w, want string
		ok      bool
	}{
		{"soudeur", "soudure", true},
		{"soudeurs", "soudure", true},          // listed plural
		{"electriciens", "électricité", true},  // plural of a listed word
		{"commercantes", "commerce tpe", true}, // and as the fiches name her business
		{"clims", "climatisation", true},       //
		{"ordis", "informatique", true},
		{"compta", "comptabilité", true},                  // a short form, as ordi
		{"bambara", "bamanankan", true},                   // the language as the fiches name it
		{"entreprendre", "entrepreneuriat", true},         // the act as the fiches name it
		{"gerer", "gestion", true},                        // as entreprendre
		{"coacher", "coaching", true},                     // as entreprendre: the incubators' coaching
		{"pisciculture", "élevage", true},                 // fish farming is élevage, as poisson is
		{"officiellement", "formalisation guichet", true}, // a business made official: API's guichet unique
		{"menage", "nettoyage", true},                     // housework as a job, the recruiters' word (their "ménages" are households)
		{"coudre", "couture", true},                       // a trade's verb whose noun is of another stem
		{"teindre", "teinture", true},                     // as coudre
		{"coder", "programmation", true},                  // writing code, Jokkolabs' programmation
		{"solaires", "solaire photovoltaïque", true},      // solar power, the photovoltaic of the schools' trades
		{"bus", "", false},                                // a stem shorter than four letters is left alone
		{"formations", "", false},                         // not a word of spoken French
	}
	for _, tt := range tests {
		v := plainReader(t).v
		if got, ok := v.synonym(tt.w, v.class(tt.w)); got != tt.want || ok != tt.ok {
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

// TestFrenchReadAsFrench: a French question is read without Bambara's
// contractions and stems ("n'a" is not "ni a", "cela" is not "ce").
func TestFrenchReadAsFrench(t *testing.T) {
	rd := plainReader(t)
	fr, _ := rd.analyze("il n'a pas de travail, cela dure", rd.frenchQuestion)
	if got := strings.Join(fr.words, " "); got != "il n a pas de travail cela dure" {
		t.Errorf("French reader: %q", got)
	}
	bm, _ := rd.analyze("n b'a fɛ ka sɛnɛkɛlaw dɛmɛ", rd.bambara)
	if got := strings.Join(bm.words, " "); got != "n be a fe ka senekela deme" {
		t.Errorf("Bambara reader: %q", got)
	}
}

// TestRequests finds the sentences that ask. "ou" (or) in a story does not
// make it ask; "où" does, and so does "ou" first or last in its sentence,
// as phones write "où". The last sentences that name nothing ask about the
// one before them, however many. Before a last question that names a need
// or a kind or a thing out of scope, a sentence asks only by a want or its
// own question mark.
func TestRequests(t *testing.T) {
	rd := plainReader(t)
	tests := []struct {
		text string
		asks []int // the sentences that ask
	}{
		{"Ma femme vend du pain ou des beignets. Elle cherche un crédit", []int{1}},
		{"Ma femme vend du pain et des beignets. Elle cherche un crédit", []int{1}},
		{"Il fait du pain, où le vendre. Elle cherche un crédit", []int{0, 1}},
		{"Bonjour. ou je peux apprendre la soudure", []int{1}},
		{"La formation de soudure c'est ou. Merci", []int{0, 1}},
		{"Un programme donne 2 500 dollars aux jeunes. C'est vrai ? Comment je m'inscris ?", []int{0, 1, 2}},
		{"Je vends du pain. Il existe un crédit pour les femmes ? Comment je m'inscris ?", []int{1, 2}},
		// a question that names its own need: the sentence before tells, its cost or trade asks nothing
		{"Le mariage de mon frère a coûté cher. Je veux faire l'embouche, qui prête pour l'élevage ?", []int{1}},
		{"Pendant le baptême j'ai fait la cuisine. Qui finance un petit restaurant ?", []int{1}},
		// or a thing out of scope: the work told is no job asked
		{"On m'avait expulsé après 2 ans de travail. Je veux devenir policier, comment passer le concours ?", []int{1}},
		{"Je cherche du travail. Le billet pour Gao coûte combien ?", []int{0, 1}}, // wanted, it asks
		// a past wish tells; "j'ai besoin" asks
		{"Je suis rentré en mars. C'est là-bas que j'ai aimé la terre. Je veux apprendre le maraîchage", []int{2}},
		{"Je suis rentré en mars. C'est là-bas que j'aime la terre. Je veux apprendre le maraîchage", []int{1, 2}},
		{"J'ai besoin d'un crédit. Je veux ouvrir une boutique", []int{0, 1}},
		{"Le mariage de mon frère a coûté cher. Je veux faire l'embouche", []int{0, 1}},    // no question
		{"Mon projet de poulailler coûte 1,5 million. Où trouver le reste ?", []int{0, 1}}, // the question names no need
	}
	for _, tt := range tests {
		t0, _ := rd.analyze(tt.text, rd.frenchQuestion)
		cls := rd.v.classes(t0.words)
		got, sentence := rd.v.requests(t0.words, cls, rd.v.needs(t0.words), rd.v.OutOfScope.FindIn(t0.words, cls), t0.sentence, t0.ends), t0.sentence
		var asks []int
		for s := range sentence[len(sentence)-1] + 1 {
			if got[s] {
				asks = append(asks, s)
			}
		}
		if !slices.Equal(asks, tt.asks) {
			t.Errorf("requests(%q) = %v, want %v", tt.text, asks, tt.asks)
		}
	}
}

func TestScript(t *testing.T) {
	rd := plainReader(t)
	for q, want := range map[string]string{
		"n b'a fɛ ka kalan": ScriptLatin, "ߒ ߓߴߊ ߝߍ ߞߊ ߞߊߟߊ߲": ScriptNKo, "formation": ScriptLatin,
	} {
		if got := rd.Understand(q).Script; got != want {
			t.Errorf("Understand(%q).Script = %q, want %q", q, got, want)
		}
	}
}

func TestGlossPhrase(t *testing.T) {
	tests := []struct {
		gloss, want string
	}{
		{"permis de conduire", "permis de conduire"},
		{"Auto-école", "auto ecole"},
		{"mécanique auto", ""},
		{"permis", ""},
	}
	for _, tt := range tests {
		if got := phraseGloss(plainReader(t).v.phrases, lexicon.Entry{Glosses: []string{tt.gloss}}); got != tt.want {
			t.Errorf("phraseGloss(%q) = %q, want %q", tt.gloss, got, tt.want)
		}
	}
}

// TestRejoin: a word no one knows and the next are read as one word the
// fiches hold joined ("swiss contact"); known words stay apart.
func TestRejoin(t *testing.T) {
	rd := testReader(t, words{"swisscontact": 2, "contact": 4, "est": 9, "ouvert": 3})
	tests := []struct {
		words []string
		want  []string
	}{
		{[]string{"swiss", "contact", "numero"}, []string{"swisscontact", "numero"}},
		{[]string{"est", "ouvert"}, []string{"est", "ouvert"}}, // "estouvert" is held by no fiche
	}
	for _, tt := range tests {
		tx := text{words: slices.Clone(tt.words), cls: rd.v.classes(tt.words), parts: make([][]string, len(tt.words)), sentence: make([]int, len(tt.words))}
		rd.rejoin(&tx)
		if !slices.Equal(tx.words, tt.want) || len(tx.parts) != len(tx.words) || len(tx.sentence) != len(tx.words) || !slices.Equal(tx.cls, rd.v.classes(tx.words)) {
			t.Errorf("rejoin(%q) = %q (%d parts, %d sentences, classes %b), want %q", tt.words, tx.words, len(tx.parts), len(tx.sentence), tx.cls, tt.want)
		}
	}
}

// TestSkeleton: a name and its Bambara spelling by ear have the same
// consonants as heard.
func TestSkeleton(t *testing.T) {
	for w, want := range map[string]string{
		"unicef": "nsf", "yunisef": "nsf", "caritas": "krts", "karitasi": "krts",
		"swisscontact": "skntkt", "phone": "fn", "taxi": "tks", "michel": "msl", "miseli": "msl",
	} {
		if got := plainReader(t).v.skeleton(w); got != want {
			t.Errorf("skeleton(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestKindAsked: a word naming a kind of structure (kinds.tsv), a verb of
// placing or recruiting people among them, asks for fiches of that kind.
func TestKindAsked(t *testing.T) {
	tests := []struct{ q, want string }{
		{"est-ce qu'il y a des agences privees qui placent les gens dans les hotels", "placement"},
		{"boulot dans les mines, qui recrute ?", "placement"},
		{"un cabinet de recrutement a Bamako", "placement"},
		{"une microfinance a Kayes", "microfinance"},
		{"je cherche du travail a Bamako", ""},
	}
	rd := plainReader(t)
	for _, tt := range tests {
		if got := rd.Understand(tt.q).Kind; got != tt.want {
			t.Errorf("Understand(%q).Kind = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestConsumerLoan: money asked for a thing bought for oneself or one's
// household, in a message that tells no activity, trade or income, asks a
// consumer loan (consumer.tsv: a thing out of scope); the same thing for
// an activity told (earning.tsv, selling, starting, a trade or a job) is
// a business financed. A house the person is in is no house bought.
func TestConsumerLoan(t *testing.T) {
	tests := []struct {
		q    string
		want []string
	}{
		{"credit pour m'acheter une moto Jakarta", []string{"consumer_goods"}},
		{"je cherche un pret pour acheter un refrigerateur et une television", []string{"consumer_goods"}},
		{"comment avoir un credit pour payer les frais de scolarite de mes enfants", []string{"school_fees"}},
		{"je cherche un credit logement. je veux avoir ma propre maison a Sikasso", []string{"housing"}},
		{"je veux un pret pour acheter une moto pour faire le taxi-moto", nil},      // an activity
		{"credit pour acheter un congelateur pour mon commerce de poisson", nil},    // a trade
		{"credit pour un frigo, je vends de l'eau glacee", nil},                     // selling told
		{"je veux un pret pour acheter des telephones et ouvrir une boutique", nil}, // starting told
		{"je veux un pret pour acheter une moto, je suis livreur", nil},             // a trade told
		{"je suis a la maison, je veux un pret", nil},                               // where the person is
		{"credit pour construire un poulailler a cote de ma maison", nil},           // farming told
		{"je veux acheter une moto", nil},                                           // no money asked (buying alone: search)
	}
	rd := plainReader(t)
	for _, tt := range tests {
		if got := rd.Understand(tt.q).OutOfScope; !slices.Equal(got, tt.want) {
			t.Errorf("Understand(%q).OutOfScope = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestWeatherAsked: the weather asked, to come or with the question turned
// round, beside a town, is out of scope; a course's time asked is not.
func TestWeatherAsked(t *testing.T) {
	rd := plainReader(t)
	for q, want := range map[string][]string{
		"Quel temps il fera demain à Kayes ? je dois voyager": {"weather"},
		"il fait quel temps à Kayes cette semaine ?":          {"weather"},
		"quel temps fera-t-il à Mopti demain":                 {"weather"},
		"il fera beau à Kayes samedi ?":                       {"weather"},
		"il va faire chaud à Gao demain ?":                    {"weather"},
		"la formation prend combien de temps à Kayes ?":       nil,
	} {
		if got := rd.Understand(q).OutOfScope; !slices.Equal(got, want) {
			t.Errorf("Understand(%q).OutOfScope = %v, want %v", q, got, want)
		}
	}
}

// TestSchoolEntered: a child's general school entered, moved to or
// continued (a level after a word of entering it) is out of scope; a level
// told as left, or as who asks, leaves a training asked answered.
func TestSchoolEntered(t *testing.T) {
	rd := testReader(t, words{"entrer": 2, "formation": 4})
	for q, want := range map[string][]string{
		"comment faire son transfert dans un collège de Ségou ?":                      {"school_exams"},
		"quels papiers pour entrer au college ?":                                      {"school_exams"},
		"Comment l'inscrire au second cycle ? on est rentrés du Gabon":                {"school_exams"},
		"inscription a l ecole fondamentale pour un enfant rentre de Libye":           {"school_exams"},
		"mon fils a quitté le lycée, il veut apprendre la plomberie à Bamako":         nil,
		"Un conseiller de Bamako : jeune de 20 ans, niveau lycée, veut une formation": nil,
	} {
		if got := rd.Understand(q).OutOfScope; !slices.Equal(got, want) {
			t.Errorf("Understand(%q).OutOfScope = %v, want %v", q, got, want)
		}
	}
}

// TestPriceAsked: a price asked of a thing sold (priced.tsv, consumer.tsv)
// or a wage (paid.tsv beside a worker), in a message that asks no need in
// words, names no fiche and tells no danger, is out of scope; a price told
// beside money asked, a training's price, a fiche's, a job sought with its
// pay stay what they ask.
func TestPriceAsked(t *testing.T) {
	tests := []struct {
		q    string
		want []string
	}{
		{"Le sac de ciment est à combien à Kayes en ce moment ?", []string{"market_price"}},
		{"combien coute une machine a coudre au marche de bamako", []string{"market_price"}},
		{"une moto jakarta neuve c'est combien maintenant", []string{"consumer_goods"}},
		{"la sotrama de Kalaban à Sogoniko c'est combien ?", []string{"travel_ticket"}},
		{"un chauffeur est payé combien au Mali ?", []string{"wages"}},
		{"un electricien gagne cb par jour sur un chantier a bko", []string{"wages"}},
		{"Je suis couturière à Bamako, une machine à coudre coûte 150 000, qui peut me prêter ?", nil}, // money asked
		{"combien coûte une machine à coudre ? je veux apprendre la couture", nil},                     // learning
		{"je suis chauffeur, je cherche un emploi payé au moins 75 000 par mois", nil},                 // a job sought
		{"combien coute la préincubation chez Createam", nil},                                          // a fiche named
		{"combien je dois payer pour la formation en soudure", nil},                                    // a training's price
		{"je suis vendeur de riz, le sac est à combien ?", []string{"market_price"}},                   // who asks is no thing priced, the sack is
		{"malo sɔngɔ ye joli ye Segu sisan?", []string{"market_price"}},                                // Bambara, bm/priced.tsv
		{"siman boro songo ye joli ye kati?", []string{"market_price"}},                                // phone spelling
		{"ɲɔ sɔngɔ ye joli ye Kayi?", []string{"market_price"}},                                        // read through the folding
		{"baganmara kalan sɔngɔ ye joli ye Kayi?", nil},                                                // a training's price: learning
		{"n b'a fɛ ka juru ta ka misi san, a sɔngɔ ye joli ye?", nil},                                  // money asked: a lexicon need
		{"tamati ni jaba bɛ feere joli la Kayi sugu la?", []string{"market_price"}},                    // sold at how much (bm/asked.tsv)
		{"ero kɛmɛ bɛ falen sefa joli la Bamakɔ sisan?", []string{"money_exchange"}},                   // a currency's price is its rate
		{"euro kelen ye sefa joli ye bi", []string{"money_exchange"}},                                  // the French word
		{"she songo ye joli ye sugu la bamako", []string{"market_price"}},                              // poultry, as fr poulet
		{"shɛmara kalan sɔngɔ ye joli ye?", nil},                                                       // poultry farming learnt
		{"Nɛgɛ sɔngɔ ye joli ye Bamakɔ sugu la bi?", []string{"market_price"}},                         // iron, as fr ciment
		{"safine kuru kelen songo ye joli ye sikaso", []string{"market_price"}},                        // soap, as fr savon
		{"nɛgɛ baara kalan sɔngɔ ye joli ye Kayi?", nil},                                               // its trade learnt
	}
	rd := plainReader(t)
	for _, tt := range tests {
		if got := rd.Understand(tt.q).OutOfScope; !slices.Equal(got, tt.want) {
			t.Errorf("Understand(%q).OutOfScope = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestCareAsked: a condition's care asked beside the condition told
// (care.tsv) asks its remedy, out of scope, and the condition is why: no
// danger. It stays a danger told of a person the partners serve, beside
// another danger, or with the means told lacked; a training asks no care.
func TestCareAsked(t *testing.T) {
	tests := []struct {
		q          string
		oos        []string
		distressed bool
	}{
		{"traitement gratuit du diabete pour ma mere a Segou", []string{"medical_care"}, false},
		{"je suis malade du coeur, je cherche un hopital qui soigne gratuitement a Kayes", []string{"medical_care"}, false},
		{"ma femme a le paludisme, ou trouver des medicaments pas chers a Mopti", []string{"medical_care"}, false},
		{"migrant malade a Tombouctou besoin de soins", []string{"medical_care"}, true},                                   // a person the partners serve
		{"ma femme est malade et on n a pas d argent pour l hopital a sikasso", []string{"medical_care"}, true},           // the means lacked
		{"je suis malade, je n'ai personne a Bamako, qui peut me soigner", []string{"medical_care"}, true},                // abandoned beside
		{"ma mere est diabetique, elle a besoin d'insuline, on n'a pas les moyens", []string{"medical_care"}, true},       // the means lacked
		{"mon enfant fait le palu depuis hier, c koi le centre de sante le plus proche", []string{"medical_care"}, false}, // an illness named
		{"vaccin contre la fievre jaune avant mon voyage au Senegal", []string{"medical_care"}, false},                    // what a vaccine prevents is no illness told
		{"je veux une formation en soins infirmiers, je suis handicape", nil, false},                                      // a training asked: no care
		{"ma femme a la fievre depuis hier, qu'est-ce que je peux lui donner ?", []string{"medical_care"}, false},         // what to give asked (care_asked.tsv)
		{"mon fils veut ouvrir un atelier, qu'est-ce que je peux lui donner ?", nil, false},                               // no condition told
		// Bambara (bm/care.tsv, bm/means.tsv; negbm32)
		{"n muso ye kɔnɔmaya ye, a ka kan ka taa dɔgɔtɔrɔso tuma jumɛn?", []string{"medical_care"}, false},
		{"n ba banana, dɔgɔtɔrɔso jumɛn ka fisa?", []string{"medical_care"}, false},
		{"n seginna ka bɔ Libi, n bana, n b'a fɛ ka taa dɔgɔtɔrɔso, jɔn bɛ se ka n dɛmɛ?", []string{"medical_care"}, true}, // a return told
		{"n muso banana, wari tɛ an bolo ka taa dɔgɔtɔrɔso Sikaso", []string{"medical_care"}, true},                        // the means lacked
		{"n b'a fɛ ka baara sɔrɔ dɔgɔtɔrɔso la Bamakɔ", nil, false},                                                        // a job asked
	}
	rd := plainReader(t)
	for _, tt := range tests {
		q := rd.Understand(tt.q)
		if !slices.Equal(q.OutOfScope, tt.oos) || q.Distressed != tt.distressed {
			t.Errorf("Understand(%q): OutOfScope %v, Distressed %v; want %v, %v", tt.q, q.OutOfScope, q.Distressed, tt.oos, tt.distressed)
		}
	}
}

// TestAdviceAsked: health advice asked (advice.tsv: a remedy chosen or
// dosed) is out of scope, and the condition told, or a sign beside it that
// is no urgency, is its story even told by a person the partners serve;
// care sought from someone stays their danger. What to do asked
// (advice_told.tsv) is advice only where every sign told is a condition.
func TestAdviceAsked(t *testing.T) {
	tests := []struct {
		q          string
		oos        []string
		distressed bool
	}{
		{"je suis rentre de Libye, ma mere a de la fievre, quel medicament je dois lui donner ?", []string{"medical_care"}, false},
		{"migrant de retour, j'ai mal a la tete, combien de comprimes par jour ?", []string{"medical_care"}, false},
		{"expulse du Senegal, j'ai de la fievre. quel medicament ?", []string{"medical_care"}, false},
		{"jsui rentre de libye, ma mere a la fievre, kel medicament lui donner", []string{"medical_care"}, false},              // SMS
		{"rentre d'Algerie, j'ai mal au ventre, quel medoc prendre ?", []string{"medical_care"}, false},                        // a sign beside, no urgency
		{"n seginna ka bɔ Libi, n ba banana, fura jumɛn bɛ se ka di a ma?", []string{"medical_care"}, false},                   // Bambara
		{"n fa ka konodimi ka bon, n be fura juman di a ma", []string{"medical_care"}, false},                                  // jumɛn as phones write it
		{"dɔkɔtɔrɔ ye fura dɔ di, n bɛ se k'a ta siɲɛ joli tile kɔnɔ?", []string{"medical_care"}, false},                       // a dose
		{"n bɛ bisi ta siɲɛ fila, baara bɛ sɔrɔ min?", nil, false},                                                             // taken, no dose asked
		{"je suis rentre de Libye, mon frere est blesse, qui peut le soigner ?", []string{"medical_care"}, true},               // care sought: no advice
		{"je suis rentre de Libye et je n'ai rien a manger, quel medicament pour la fievre ?", []string{"medical_care"}, true}, // an urgency beside
		// What to do asked (advice_told.tsv): advice only beside conditions alone, no need.
		{"Je suis rentre du Niger et ma mere a de la fievre depuis 3 jours, que faire ?", []string{"medical_care"}, false},
		{"mon fils tousse la nuit, je fais comment pour le soulager", []string{"medical_care"}, false},
		{"ma femme a la diarrhee depuis hier, c grave ? on fait koi", []string{"medical_care"}, false},
		{"Ma mere est malade, on nous a chasses de la maison, que faire ?", nil, true},                                // another sign beside
		{"ma mere a de la fievre et on n'a pas d'argent pour l'hopital, que faire ?", []string{"medical_care"}, true}, // means lacked
		{"je suis rentre de Libye, on m'a frappe, que faire ?", nil, true},                                            // no condition
		{"Revenu de Libye, j'ai mal aux dents depuis 3 jours, je prends quoi ?", []string{"medical_care"}, false},     // a pain told by the body part
		{"jsui rentre de libye, ma mere a le palu, koi lui donner comme medicament ?", []string{"medical_care"}, false},
		{"je sui rentre du niger, mon petit frere tousse bcp, kel sirop lui acheter ?", []string{"medical_care"}, false},
		{"rentre du Niger, j'ai mal au dos, je prends quoi pour trouver un emploi ?", nil, false}, // a need named
		// Bambara (bm/advice_told.tsv; negbm32)
		{"n denkɛ bana kosɛbɛ kabini kunu, n bɛ mun kɛ?", []string{"medical_care"}, false},
		{"n seginna ka bɔ Libi, n ba banana, an ka kan ka mun kɛ?", []string{"medical_care"}, false},
		{"n seginna ka bɔ Libi kunu, n bana, wari tɛ n bolo, n bɛ se ka mun kɛ?", nil, true}, // means lacked
		{"n bana, n b'a fɛ ka baara sɔrɔ, n bɛ se ka mun kɛ?", nil, false},                   // a need named: the job
		{"n ba bana, an bɛ sunɔgɔ kɛnɛma, n bɛ se ka mun kɛ?", nil, true},                    // another sign beside
	}
	rd := plainReader(t)
	for _, tt := range tests {
		q := rd.Understand(tt.q)
		if !slices.Equal(q.OutOfScope, tt.oos) || q.Distressed != tt.distressed {
			t.Errorf("Understand(%q): OutOfScope %v, Distressed %v, Distress %v; want %v, %v", tt.q, q.OutOfScope, q.Distressed, q.Distress, tt.oos, tt.distressed)
		}
	}
}

// TestBeastSigns: a sign of distress told of a beast (beasts.tsv) is no
// person's danger: asked with no need, it asks the beast's care, out of
// scope; beside a need asked it is the story. A person named after the
// beast, or a person's own sign, stays a danger.
func TestBeastSigns(t *testing.T) {
	tests := []struct {
		q          string
		oos        []string
		distressed bool
	}{
		{"ma vache ne mange plus depuis trois jours et elle tremble, je fais comment ?", []string{"medical_care"}, false},
		{"le mouton est blesse a la patte, il saigne beaucoup, que faire vite", []string{"medical_care"}, false},
		{"les pintades de mon pere meurent toutes, c'est grave ?", []string{"medical_care"}, false}, // whose the beasts are
		{"ma vache est morte, je veux reprendre l'elevage, qui peut me financer ?", nil, false},     // a need asked
		{"j'ai vendu mes moutons et je suis malade, qui peut m'aider ?", nil, true},                 // the asker's own sign
		{"mon fils a la fievre et il tousse, qui peut l'aider ?", nil, true},                        // a person's
		{"n ka sagaw banana, n bɛ mun kɛ?", []string{"medical_care"}, false},                        // Bambara, bm/beasts.tsv, plural
		{"n ka fali joginna a sen na, n bɛ mun kɛ?", []string{"medical_care"}, false},               // hurt, any inflection
		{"n ka misi banana, n b'a fɛ ka juru ta ka dɔ wɛrɛ san", nil, false},                        // a need asked (a lexicon word)
		{"n ka misi bɛ yen, n banana, jɔn bɛ se ka n dɛmɛ?", nil, true},                             // the asker's own sign (bm/grammar.tsv i)
		{"n ka misi bɛ yen, n banana, n bɛ mun kɛ?", []string{"medical_care"}, false},               // the asker's own, what to do: advice (bm/advice_told.tsv)
	}
	rd := plainReader(t)
	for _, tt := range tests {
		q := rd.Understand(tt.q)
		if !slices.Equal(q.OutOfScope, tt.oos) || q.Distressed != tt.distressed {
			t.Errorf("Understand(%q): OutOfScope %v, Distressed %v; want %v, %v", tt.q, q.OutOfScope, q.Distressed, tt.oos, tt.distressed)
		}
	}
}

// TestLostAsked: a belonging told lost (not taken) in a message that asks
// something and wants no need is an errand, out of scope; a need wanted
// beside it is asked, and a danger told stays one.
func TestLostAsked(t *testing.T) {
	tests := []struct {
		q          string
		oos        []string
		distressed bool
	}{
		{"j'ai egare mon telephone dans le bus de Segou, comment le retrouver", []string{"lost_property"}, false},
		{"mon telephone est tombe dans un taxi a Bamako, je l'ai perdu, qui contacter", []string{"lost_property"}, false},
		{"j'ai perdu mon diplome de CAP dans un demenagement, comment avoir un duplicata", []string{"lost_property"}, false},
		{"j'ai perdu mon diplome, je veux une formation en soudure", nil, false},                                             // a need wanted
		{"jai perdu mon telephone en Libye, je ne peux plus joindre ma famille", []string{"lost_property"}, true},            // a danger beside
		{"je suis tombe malade, qui peut m'aider", nil, true},                                                                // no belonging
		{"nos moutons se sont egares pres du fleuve, qui peut nous aider a les retrouver", []string{"lost_property"}, false}, // an animal strayed
	}
	rd := plainReader(t)
	for _, tt := range tests {
		q := rd.Understand(tt.q)
		if !slices.Equal(q.OutOfScope, tt.oos) || q.Distressed != tt.distressed {
			t.Errorf("Understand(%q): OutOfScope %v, Distressed %v; want %v, %v", tt.q, q.OutOfScope, q.Distressed, tt.oos, tt.distressed)
		}
	}
}

// TestServiceAsked: a person of a trade one hires (providers.tsv), sought
// after an article for the asker (for_me.tsv after it; in Bambara anywhere)
// in a message that asks no need in words, asks a service bought,
// trade_service: not the trade to learn, nor a job.
func TestServiceAsked(t *testing.T) {
	tests := []struct {
		q    string
		want []string
	}{
		{"je cherche un plombier pour reparer la fuite dans ma cour a Sikasso", []string{"trade_service"}},
		{"ou trouver un bon macon pour construire ma maison a Kati, pas cher", []string{"trade_service"}},
		{"vous connaissez une couturiere pour me faire une robe ? je suis a Segou", []string{"trade_service"}},
		{"un menuisier pour refaire les portes chez nous a Kita svp", []string{"trade_service"}},
		{"n bɛ kalalikɛla ɲini ka dloki kala n ye Segu", []string{"trade_service"}},
		{"n ka moto tiɲɛna, dilanbaga ɲuman bɛ min Kati?", []string{"trade_service"}},
		{"n ye moto dilanbaga ye, n bɛ juru ɲini ka n ka baarakɛyɔrɔ dayɛlɛ", nil},          // who asks, money asked
		{"n b'a fɛ ka kɛ telefoni dilanbaga ye", nil},                                       // becoming one
		{"je suis plombier a Kati, je cherche du travail", nil},                             // who asks
		{"je cherche un patron macon pour apprendre le metier avec lui a Kati", nil},        // a training asked
		{"je cherche un electricien pour travailler dans mon atelier a Bamako", []string{}}, // a job asked
		{"mon frere est menuisier, il veut un credit pour son atelier", nil},                // being, money asked
		{"ou apprendre a devenir electricien a Bamako", nil},                                // no article, learning
		{"un menuisier de Bamako cherche un credit pour ses machines", nil},                 // money asked
	}
	rd := plainReader(t)
	for _, tt := range tests {
		got := rd.Understand(tt.q).OutOfScope
		if !slices.Contains(got, "trade_service") != !slices.Contains(tt.want, "trade_service") {
			t.Errorf("Understand(%q).OutOfScope = %v, want trade_service %v", tt.q, got, slices.Contains(tt.want, "trade_service"))
		}
	}
}

// TestNeedOfAsScan: a word's need (needOf) is that of the longest need
// stem it begins, tried letter by letter, or of the whole word (or its
// singular) for the short stems, for every word of the test questions.
func TestNeedOfAsScan(t *testing.T) {
	v := plainReader(t).v
	scan := func(w string) string {
		if singular, ok := strings.CutSuffix(w, v.plural); ok {
			if n, ok := v.NeedWordStems[singular]; ok {
				return n
			}
		}
		if n, ok := v.NeedWordStems[w]; ok {
			return n
		}
		for l := len(w); l >= minNeedStem; l-- {
			if n, ok := v.NeedStems[w[:l]]; ok {
				return n
			}
		}
		return ""
	}
	found := 0
	for _, q := range testQuestions(t) {
		for w := range lang.LetterWordsSeq(fold.String(q)) {
			if got, want := v.needOf(w), scan(w); got != want {
				t.Errorf("needOf(%q) = %q, a scan %q", w, got, want)
			} else if want != "" {
				found++
			}
		}
	}
	if found == 0 {
		t.Error("no word has a need: nothing was compared")
	}
}

// TestTimeIsNoChild: a number of years after a word of time is a time, not
// a child's age ("après 3 ans de travail"), so a concept told only of a
// child (a marriage) is none: "je veux me marier" is a wish.
func TestTimeIsNoChild(t *testing.T) {
	rd := plainReader(t)
	for _, q := range []string{
		"Je suis rentré de Libye il y a 6 mois après 3 ans de travail. Je veux me marier en décembre.",
		"dans 2 ans je veux me marier",
	} {
		if got := rd.Understand(q); got.Age == AgeChild || len(got.Distress) > 0 {
			t.Errorf("Understand(%q): age %v, distress %v; want no child, no distress", q, got.Age, got.Distress)
		}
	}
}

// TestUnplaced: a job asked in a country where no partner places workers
// (placement.tsv) is none of theirs; one in Spain, the Gulf states, France
// or Belgium is the ANPE's (placed); a country one wants to go to, a job
// asked here, is no place of the job.
func TestUnplaced(t *testing.T) {
	tests := []struct {
		q                string
		unplaced, placed bool
	}{
		{"je cherche un emploi au Canada, comment postuler depuis Bamako", true, false},
		{"travailler en Espagne legalement, programme de placement ?", false, true},
		{"je veux travailler au Qatar legalement avec un contrat", false, true},
		{"Je veux aller travailler au Canada, comment postuler ?", true, false}, // the destination the job is asked in
		{"n b'a fɛ ka taa baara kɛ Esipanyi, sira ɲuman bɛ min?", false, true},
		{"n b'a fe ka taa baara ke Kanada", true, false},
		{"il veut aller en Libye, comment lui trouver un travail ici", false, false},
		{"je veux une formation au Canada", false, false}, // no job asked (a training abroad is search's termSet.abroad)
	}
	rd := plainReader(t)
	for _, tt := range tests {
		if got := rd.Understand(tt.q); got.Unplaced != tt.unplaced || got.Placed != tt.placed {
			t.Errorf("Understand(%q): unplaced %v, placed %v; want %v, %v", tt.q, got.Unplaced, got.Placed, tt.unplaced, tt.placed)
		}
	}
}

// TestPlacedAsked: a form of placer right after a pronoun of the person
// placed or a form of être asks a job (Query.Need), the kind of structure
// left open (the employment agencies place workers where the placement
// firms are not); after the relative qui, the structures that place are
// asked (the placement kind); the noun place asks none.
func TestPlacedAsked(t *testing.T) {
	rd := testReader(t, words{"entreprise": 5, "agence": 5, "employeur": 2, "soudeur": 2, "marche": 3})
	for _, tt := range []struct {
		q          string
		need, kind string
	}{
		{"je voudrais qu'une agence me place dans une entreprise a Bamako", seeds.NeedJob, ""},
		{"qui peut me placer dans une entreprise ?", seeds.NeedJob, ""},
		{"je suis soudeur, je veux etre place chez un employeur", seeds.NeedJob, ""},
		{"je cherche un cabinet qui place les soudeurs", seeds.NeedJob, seeds.KindPlacement},
		{"y a des agences qui placent les gens dans les entreprises ?", seeds.NeedJob, seeds.KindPlacement},
		{"il reste des places a l'agence ?", "", ""},
		{"je vends a la place du marche", "", ""},
	} {
		q := rd.Understand(tt.q)
		if q.Need != tt.need || q.Kind != tt.kind {
			t.Errorf("Understand(%q): need %q kind %q, want %q %q", tt.q, q.Need, q.Kind, tt.need, tt.kind)
		}
	}
}

// TestEmployerSought: an employer sought asks a job (need_stems.tsv), as
// "embauche" does; an employer told in a story of papers kept asks
// protection.
func TestEmployerSought(t *testing.T) {
	rd := testReader(t, words{"macon": 2, "couturiere": 2, "passeport": 3})
	for q, want := range map[string]string{
		"je suis macon a kayes je cherche un employeur":                seeds.NeedJob,
		"couturiere, qui peut me mettre en lien avec des employeurs ?": seeds.NeedJob,
		"mon employeur a garde mon passeport":                          seeds.NeedProtection,
	} {
		if got := rd.Understand(q).Need; got != want {
			t.Errorf("Understand(%q).Need = %q, want %q", q, got, want)
		}
	}
}

// TestStructuresWork: a word of working right after a frame word naming the
// structures asked says where they work, no job asked; said of a person,
// or wanted, it still asks one.
func TestStructuresWork(t *testing.T) {
	rd := testReader(t, words{"jeunes": 5, "enfants": 3})
	for q, want := range map[string]string{
		"Quels organismes travaillent a Kolokani ?":                 "",
		"quelles organisations travaillent a Gao pour les jeunes ?": "",
		"je veux travailler a Kolokani":                             seeds.NeedJob,
		"mes enfants ne travaillent pas, ou trouver du travail ?":   seeds.NeedJob,
	} {
		if got := rd.Understand(q).Need; got != want {
			t.Errorf("Understand(%q).Need = %q, want %q", q, got, want)
		}
	}
}

// TestChildSchoolAndOperator: a child enrolled in a public, primary or
// fondamental school, written in full or in SMS ("inscrir"), and a phone
// operator chosen are out of scope; a school of a trade, a training's
// enrolment and a loan for a shop are not.
func TestChildSchoolAndOperator(t *testing.T) {
	rd := plainReader(t)
	for q, want := range map[string][]string{
		"Comment l'inscrire dans une école publique à Kayes ?":             {"school_exams"},
		"mon fils a 9 ans, il faut quels papiers pour l'école primaire ?":  {"school_exams"},
		"je ve l inscrir en 6e annee a bamako":                             {"school_exams"},
		"c quoi le meilleur reseau entre orange et moov ?":                 {"phone_account"},
		"je veux inscrire mon fils dans une école de mécanique à Kayes":    nil,
		"comment s'inscrire à la formation en couture ?":                   nil,
		"je vends du credit orange et moov, je veux un pret pour agrandir": nil,
	} {
		if got := rd.Understand(q).OutOfScope; !slices.Equal(got, want) {
			t.Errorf("Understand(%q).OutOfScope = %v, want %v", q, got, want)
		}
	}
}
