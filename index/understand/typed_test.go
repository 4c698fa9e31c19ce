package understand

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	bleveanalysis "github.com/blevesearch/bleve/v2/analysis"

	"sira/index/analysis"
	"sira/index/lang"
	"sira/index/lexicon"
	"sira/seeds"
)

// testQuestions are the questions of every test set (index/testdata).
func testQuestions(t *testing.T) []string {
	t.Helper()
	files, _ := filepath.Glob("../testdata/*.tsv")
	var out []string
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n")[1:] {
			if cols := strings.Split(line, "\t"); len(cols) >= 3 {
				out = append(out, cols[2])
			}
		}
	}
	if len(out) < 1000 {
		t.Fatalf("%d test questions, want the test sets'", len(out))
	}
	return out
}

// TestForSomethingAsScan checks forSomething's one pass against its
// definition, a scan back from each word within its sentence, on the
// words of every question of the test sets.
func TestForSomethingAsScan(t *testing.T) {
	rd := plainReader(t)
	v := rd.v
	scan := func(before []string) bool { // the words of the sentence before the word
		for j := len(before) - 1; j >= 0; j-- {
			if v.Words.Is(before[j], lang.ClauseWord) {
				return false
			}
			if v.Words.Is(before[j], lang.Purpose) {
				return slices.ContainsFunc(before[:j], func(w string) bool { return !v.Words.Is(w, lang.Function|lang.Frame) })
			}
		}
		return false
	}
	purposes := 0
	for _, question := range testQuestions(t) {
		words, _ := rd.analyze(question, rd.frenchQuestion)
		got := v.forSomething(v.classes(words.words), words.sentence)
		for i := range words.words {
			start := i
			for start > 0 && words.sentence[start-1] == words.sentence[i] {
				start--
			}
			if want := scan(words.words[start:i]); got[i] != want {
				t.Errorf("%q: word %d (%s): forSomething %v, a scan says %v", question, i, words.words[i], got[i], want)
			}
			if got[i] {
				purposes++
			}
		}
	}
	if purposes == 0 {
		t.Error("no word follows a purpose: nothing was compared")
	}
}

// TestConceptsByFirstAsScan: the concepts found through their index by
// first letter are those a scan of all of them finds, on every question
// of the test sets, read in both languages.
func TestConceptsByFirstAsScan(t *testing.T) {
	rd := plainReader(t)
	scan := *rd.v
	scan.conceptsByFirst = nil
	found := 0
	for _, question := range testQuestions(t) {
		for _, reader := range []bleveanalysis.Analyzer{rd.frenchQuestion, rd.bambara} {
			words, _ := rd.analyze(question, reader)
			for _, lng := range []string{French, Bambara} {
				for _, child := range []bool{false, true} {
					cls := rd.v.classes(words.words)
					got, want := rd.v.conceptSigns(words.words, cls, lng, child, nil, rd.unknown), scan.conceptSigns(words.words, cls, lng, child, nil, rd.unknown)
					if !slices.Equal(got, want) {
						t.Errorf("%q (%s): by first letter %v, a scan %v", question, lng, got, want)
					}
					found += len(want)
				}
			}
		}
	}
	if found == 0 {
		t.Error("no concept found: nothing was compared")
	}
}

// TestStemKeepsFirstLetters: the French light stem of a word beginning
// with an ASCII letter begins with it, and, when it has minStem letters or
// more, with the letters keptLetters says (conceptSigns stems only the
// words that begin as some concept does), on the words of the fiches' text
// and names, the lexicon's glosses, the test questions and words the
// stemmer's rules rewrite most.
func TestStemKeepsFirstLetters(t *testing.T) {
	rd := plainReader(t)
	words := map[string]bool{}
	add := func(text string) {
		for _, reader := range []bleveanalysis.Analyzer{rd.frenchQuestion, rd.bambara} {
			tx, _ := rd.analyze(text, reader)
			for _, w := range tx.words {
				words[w] = true
			}
		}
	}
	fiches, err := seeds.Load(seeds.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fiches {
		add(f.Name + "\n" + f.Summary + "\n" + f.Text)
	}
	for w := range rd.lex.Words() {
		add(w)
	}
	for _, question := range testQuestions(t) {
		add(question)
	}
	// Words the stemmer's rules rewrite most (endings, doubled letters).
	for _, w := range []string{"folle", "molle", "follement", "aallee", "appellation", "issement", "ficatrice", "cateur", "ateur", "trice", "nnelle", "chevaux", "nerveux", "oiseaux", "eeerre", "abbe", "abcie", "abcer"} {
		words[w] = true
	}
	for w := range words {
		if len(w) < minStem || w[0] >= utf8.RuneSelf {
			continue
		}
		stem := analysis.FrenchStem(w)
		if stem == "" || stem[0] != w[0] {
			t.Errorf("FrenchStem(%q) = %q", w, stem)
		}
		if k := keptLetters(w); len(stem) >= minStem && stem[:k] != w[:k] {
			t.Errorf("FrenchStem(%q) = %q: not the %d letters kept", w, stem, k)
		}
	}
	if len(words) < 5000 {
		t.Errorf("%d words stemmed, want the fiches', the lexicon's and the questions'", len(words))
	}
}

// TestAdjectiveOfPerson: an adjective before a person is part of who the
// person is, no term; before a thing it is still read.
func TestAdjectiveOfPerson(t *testing.T) {
	rd := plainReader(t)
	for _, c := range []struct {
		question, word string
		term           bool
	}{
		{"Mon grand frère a 50 ans, il veut un crédit pour ouvrir une boutique", "grand", false},
		{"ma petite soeur veut apprendre la couture", "petite", false},
		{"mon ptit frere veut apprendre un metier a kayes", "ptit", false}, // SMS
		{"programmes pour les déplacés du grand Bamako", "grand", true},
	} {
		q := rd.Understand(c.question)
		has := slices.ContainsFunc(q.Terms, func(t Term) bool { return slices.Contains(t.Variants, c.word) })
		if has != c.term {
			t.Errorf("%q: term %q %v, want %v (%+v)", c.question, c.word, has, c.term, roles(q))
		}
	}
}

// TestVerbWithObject: a French verb no fiche holds, followed by its object,
// is context: the object names the thing asked ("réparer les frigos"). A
// verb a fiche holds ("retrouver"), a verb alone, and a word after an
// article, whatever its ending ("un petit atelier", "un métier"), keep
// their role.
func TestVerbWithObject(t *testing.T) {
	rd := testReader(t, words{"frigos": 1, "retrouver": 1, "atelier": 2, "couture": 3, "liens": 1})
	tests := []struct {
		q, word string
		want    Role
	}{
		{"je veux apprendre a reparer les frigos a Kayes", "reparer", Context},
		{"je veux apprendre a reparer les frigos a Kayes", "frigos", Topic},
		{"qui peut tester les competences d un migrant", "tester", Context},
		{"qui peut aider a retrouver les liens familiaux", "retrouver", Topic},
		{"je veux apprendre a negocier", "negocier", Topic},
		{"je veux ouvrir un petit atelier de couture", "atelier", Topic},
		{"je cherche un metier manuel", "metier", Topic},
	}
	for _, tt := range tests {
		got, found := roleOf(rd.Understand(tt.q), tt.word)
		if !found || got != tt.want {
			t.Errorf("%q: %q read as %v (found %v), want %v", tt.q, tt.word, got, found, tt.want)
		}
	}
}

// TestWorkplace: after a job asked, the place of work after "dans" or
// "chez" is where the job would be, context; with no job asked (a child
// who works in a mine, a training in a trade), it keeps its role.
func TestWorkplace(t *testing.T) {
	rd := testReader(t, words{"entreprise": 8, "emploi": 8, "travail": 8}) // most fiches hold these
	tests := []struct {
		q, word string
		want    Role
	}{
		{"je veux un emploi declare dans une entreprise de construction", "construction", Context},
		{"je cherche un travail dans le batiment a Bamako", "batiment", Context},
		{"cherche boulot ds une banque", "banque", Context},
		{"mon petit frere de 12 ans travaille dans les mines d'or", "mines", Topic},
		{"je veux une formation dans le batiment", "batiment", Topic},
	}
	for _, tt := range tests {
		got, found := roleOf(rd.Understand(tt.q), tt.word)
		if !found || got != tt.want {
			t.Errorf("%q: %q read as %v (found %v), want %v", tt.q, tt.word, got, found, tt.want)
		}
	}
}

// TestGlossWordsAsScan: the classes and goods kept for a gloss
// (glossWords) say what a look-up of each of its words says, for every gloss of the
// lexicon, asked twice (read, then kept).
func TestGlossWordsAsScan(t *testing.T) {
	v := plainReader(t).v
	scan := func(gloss string, c lang.Class) bool {
		for w := range lang.LetterWordsSeq(lexicon.Key(gloss)) {
			if v.Words.Is(w, c) {
				return true
			}
		}
		return false
	}
	publics := 0
	for range 2 {
		for _, e := range lexicon.Default().Entries() {
			for _, g := range e.Glosses {
				if got, want := v.public(g), scan(g, lang.Public|lang.Journey); got != want {
					t.Errorf("public(%q) = %v, a scan %v", g, got, want)
				}
				if got, want := v.starts(g), scan(g, lang.Start); got != want {
					t.Errorf("starts(%q) = %v, a scan %v", g, got, want)
				}
				goods := false
				for w := range lang.LetterWordsSeq(lexicon.Key(g)) {
					goods = goods || v.Goods[w]
				}
				if got := v.glossWords(g).goods; got != goods {
					t.Errorf("glossWords(%q).goods = %v, a scan %v", g, got, goods)
				}
				if v.public(g) {
					publics++
				}
			}
		}
	}
	if publics == 0 {
		t.Error("no gloss names a public: nothing was compared")
	}
}

// TestLearntTrade: a word of fr/learnt.tsv asked to learn is read with the
// trade the fiches teach it under; asked as a job it is not.
func TestLearntTrade(t *testing.T) {
	rd := testReader(t, words{"serveur": 1, "serveuse": 1, "receptionniste": 1, "agriculture": 1, "agricole": 1, "legumes": 1, "travail": 5})
	tests := []struct {
		q, word string
		learnt  bool
	}{
		{"ou apprendre le metier de serveuse a kayes", "serveuse", true},
		{"une formation de receptionniste a Kayes", "receptionniste", true},
		{"je cherche un travail de serveur a bamako", "serveur", false},
		{"je veux une formation en agriculture a kayes", "agriculture", true},
		{"je veux apprendre a cultiver les legumes a bamako", "legumes", true},
		{"je cherche un credit pour l agriculture a sikasso", "agriculture", false},
	}
	for _, tt := range tests {
		q := rd.Understand(tt.q)
		i := slices.IndexFunc(q.Terms, func(tm Term) bool { return tm.Variants[0] == tt.word })
		if i < 0 {
			t.Errorf("%q: no term %q in %v", tt.q, tt.word, q.Terms)
			continue
		}
		if got := slices.Contains(q.Terms[i].Variants, rd.v.Learnt[tt.word]); got != tt.learnt {
			t.Errorf("%q: variants %q, trade %q among them %v, want %v", tt.q, q.Terms[i].Variants, rd.v.Learnt[tt.word], got, tt.learnt)
		}
	}
}
