package seeds

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/BurntSushi/toml"

	"sira/index/fold"
	"sira/index/lexicon/cite"
	"sira/index/phrase"
	"sira/index/places"
)

// bmWords is what a Bambara summary may be made of: attested Bambara word
// forms (folded keys), and the French function words (folded) that betray
// French unless Bambara writes the word the same way ("a", "la", "ni").
type bmWords struct {
	attested map[string]bool
	french   map[string]bool
	written  map[string]bool // the standard forms, lower case, as written
}

// loadBmWords reads the attested forms: the bambara and ascii columns of
// lexicon.tsv (rows marked unverified left out), the words of the Bambara
// messages (a message bm.toml shares word for word with fr.toml is French
// left untranslated, not Bambara), and the rows of testdata/bm_attested*.tsv.
func loadBmWords(t *testing.T) bmWords {
	t.Helper()
	w := bmWords{attested: map[string]bool{}, french: map[string]bool{}, written: map[string]bool{}}
	add := func(form string) {
		for _, word := range summaryWords(form) {
			w.attested[fold.String(word)] = true
			w.written[strings.ToLower(word)] = true
		}
	}
	addASCII := func(form string) { // phone spellings match, but are not written so
		for _, word := range summaryWords(form) {
			w.attested[fold.String(word)] = true
		}
	}
	lex, err := os.ReadFile("../index/lexicon/lexicon.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(lex), "\n")[1:] {
		cols := strings.Split(line, "\t")
		if len(cols) < 5 || strings.Contains(strings.ToLower(cols[4]), "unverified") {
			continue
		}
		add(cols[0])
		for _, v := range strings.Split(cols[1], "|") {
			addASCII(v)
		}
	}
	bm, fr := messages(t, "../locales/bm.toml"), messages(t, "../locales/fr.toml")
	for id, forms := range bm {
		for form, text := range forms {
			if fr[id][form] != text {
				add(placeholders.ReplaceAllString(text, " "))
			}
		}
	}
	for _, r := range attestedRows(t) {
		add(r.form)
	}
	fn := wordList(t, frFunctionWords)
	if len(fn) == 0 || fn[0] != "word" {
		t.Fatalf("%s: no column line \"word\"", frFunctionWords)
	}
	for _, word := range fn[1:] {
		w.french[word] = true
	}
	return w
}

// frFunctionWords is the project's list of French grammatical words, folded.
const frFunctionWords = "../index/lang/fr/function.tsv"

// placeholders are the parts of a message that are not words of its
// language: template fields, HTML tags, commands.
var placeholders = regexp.MustCompile(`\{\{[^}]*\}\}|<[^>]*>|(?:^|\s)/[a-z_]+`)

// messages reads a go-i18n file: message id → plural form → text.
func messages(t *testing.T, path string) map[string]map[string]string {
	t.Helper()
	var m map[string]map[string]string
	if _, err := toml.DecodeFile(path, &m); err != nil {
		t.Fatal(err)
	}
	for _, forms := range m {
		delete(forms, "description")
	}
	return m
}

// An attestedRow is one row of testdata/bm_attested*.tsv: a Bambara word form
// the summaries use that neither the lexicon nor the messages have, and where
// a dictionary gives it.
type attestedRow struct {
	file, form, source string
	line               int
}

// attestedRows reads every testdata/bm_attested*.tsv (header "form\tsource").
func attestedRows(t *testing.T) []attestedRow {
	t.Helper()
	files, err := filepath.Glob("testdata/bm_attested*.tsv")
	if err != nil {
		t.Fatal(err)
	}
	var out []attestedRow
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(data), "\n") {
			if i == 0 {
				if line != "form\tsource" {
					t.Errorf("%s: header %q, want \"form\\tsource\"", file, line)
				}
				continue
			}
			if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
				continue
			}
			cols := strings.Split(line, "\t")
			if len(cols) != 2 || cols[0] == "" || cols[1] == "" {
				t.Errorf("%s:%d: want a form and its source, got %q", file, i+1, line)
				continue
			}
			out = append(out, attestedRow{filepath.Base(file), cols[0], cols[1], i + 1})
		}
	}
	return out
}

// wordList reads a file of one word per line (# comments).
func wordList(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// links are web and email addresses, which a summary may hold as they are.
var links = regexp.MustCompile(`(?i)(?:https?://|www\.)\S+|\S+@\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:ml|com|org|net|int|fr|info|ch|de)\b\S*`)

// summaryWords cuts a text into its words: runs of letters (with their tone
// marks) and digits; apostrophes, hyphens and punctuation separate words.
func summaryWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
	})
}

// problems lists what is wrong with a fiche's Bambara summary: empty or too
// long, a French function word (one Bambara does not write the same way), or
// a word that no source attests. Names are
// left aside (the fiche's name, acronyms and cities, the capitalised words
// of its name, the gazetteer's places, words in capitals), and so are numbers
// and links. A final plural -w may be dropped when the stem is attested.
func (w bmWords) problems(f Fiche) []string {
	s := strings.TrimSpace(f.SummaryBm)
	if s == "" {
		return []string{"empty"}
	}
	var out []string
	if n := len([]rune(s)); n > maxSummaryBm {
		out = append(out, fmt.Sprintf("%d characters, more than %d", n, maxSummaryBm))
	}
	words := summaryWords(links.ReplaceAllString(s, " "))
	keys := make([]string, len(words))
	for i, word := range words {
		keys[i] = fold.String(word)
	}
	name := make([]bool, len(words))
	for _, m := range places.Default().Find(keys) {
		for i := m.Start; i < m.End; i++ {
			name[i] = true
		}
	}
	names, starts := map[string]bool{}, phrase.Starts{}
	for _, n := range append(append([]string{f.Name}, f.Acronyms...), f.Cities...) {
		key := strings.Join(strings.Fields(fold.String(strings.Join(summaryWords(n), " "))), " ")
		names[key] = true
		starts.Add(key)
	}
	capitals := map[string]bool{} // the capitalised words of the fiche's name, as written
	for _, word := range summaryWords(f.Name) {
		if unicode.IsUpper([]rune(word)[0]) {
			capitals[word] = true
		}
	}
	for i := 0; i < len(keys); i++ {
		if n, _ := starts.Longest(keys, i, func(k string) bool { return names[k] }); n > 0 {
			for j := i; j < i+n; j++ {
				name[j] = true
			}
			i += n - 1
		}
	}
	for i, word := range words {
		key := keys[i]
		switch {
		case name[i] || capitals[word] || acronym(word) || strings.ContainsFunc(word, unicode.IsDigit):
		case w.french[key] && !w.written[strings.ToLower(word)]:
			out = append(out, fmt.Sprintf("French function word %q (if it is a Bambara word, attest it as written in testdata/bm_attested*.tsv)", word))
		case w.attested[key] || strings.HasSuffix(key, "w") && w.attested[strings.TrimSuffix(key, "w")]:
		default:
			out = append(out, fmt.Sprintf("word %q is not attested (lexicon, bm.toml, testdata/bm_attested*.tsv)", word))
		}
	}
	return out
}

// acronym reports whether a word is written in capitals (two letters or more).
func acronym(word string) bool {
	letters := 0
	for _, r := range word {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

func TestSummaryBmProblems(t *testing.T) {
	w := loadBmWords(t)
	f := Fiche{Name: "CFP Missabougou", Acronyms: []string{"CFPM"}, Cities: []string{"Bamako"}}
	for _, c := range []struct {
		summary string
		want    []string // substrings of the problems, in order; none for a good summary
	}{
		{"CFP Missabougou bɛ Bamakɔ. Mobili dilan, kuran… kalan bɛ kɛ yen. Tungarankɛ seginnenw bɛ mina.", nil},
		{"Missabougou bɛ Kayi ani Ségou. CFPM, 10.000 FCFA, www.cfpm.ml, a@b.ml.", nil}, // names, numbers, links
		{"Kalanyɔrɔw bɛ Bamako.", nil}, // plural of an attested word
		{"", []string{"empty"}},
		{strings.Repeat("kalan ", 60), []string{"359 characters"}},
		{"CFP Missabougou bɛ Bamako. Formation pour les jeunes.", []string{`"Formation"`, `"pour"`, `"les"`, `"jeunes"`}},
		{"Kalan à Bamako.", []string{`function word "à"`}},
		{"Kalanyɔrɔ d'apprentissage.", []string{`function word "d"`, `"apprentissage"`}},
		{"Kalanw ɲɛmɔgɔfoo.", []string{`"ɲɛmɔgɔfoo"`}},       // an invented word
		{"kalanyorow bɛ Bamako", nil},                        // phone spelling of an attested word
		{"A bɛ Bamako la, ani Kayi fana.", nil},              // Bambara words French also writes
		{"Kalan de Bamako.", []string{`function word "de"`}}, // Bambara writes dɛ
	} {
		f.SummaryBm = c.summary
		got := w.problems(f)
		if len(got) != len(c.want) {
			t.Errorf("%q: problems %q, want %d matching %q", c.summary, got, len(c.want), c.want)
			continue
		}
		for i, p := range got {
			if !strings.Contains(p, c.want[i]) {
				t.Errorf("%q: problem %q, want one with %q", c.summary, p, c.want[i])
			}
		}
	}
}

// TestSummariesBm checks every fiche's Bambara summary. It names the fiche and
// the word.
func TestSummariesBm(t *testing.T) {
	fiches, err := Load(Embedded())
	if err != nil {
		t.Fatal(err)
	}
	w := loadBmWords(t)
	for _, f := range fiches {
		for _, p := range w.problems(f) {
			t.Errorf("%s (%s): summary_bm: %s", f.Ref, f.File, p)
		}
	}
}

// TestAttestedRows checks the rows that attest the summaries' words: once
// each in a file, in the standard orthography, each form found in the
// source it cites (a lexicon row, or a Bamadaba line when $BAMADABA names a
// copy). Two files may attest the same form: each is written by its own hand.
func TestAttestedRows(t *testing.T) {
	seen := map[string]string{}
	for _, r := range attestedRows(t) {
		at := fmt.Sprintf("%s:%d", r.file, r.line)
		key := r.file + "\t" + fold.String(r.form)
		if prev, ok := seen[key]; ok {
			t.Errorf("%s: %q already attested at %s", at, r.form, prev)
		}
		seen[key] = at
		if err := standardBambara(strings.ToLower(r.form)); err != nil {
			t.Errorf("%s: %q: %v", at, r.form, err)
		}
		cites, err := cite.Parse(r.source)
		if err != nil {
			t.Errorf("%s: %v", at, err)
			continue
		}
		found := false
		for _, c := range cites {
			if err := citeFiles.Check(c); err != nil {
				t.Errorf("%s: %v", at, err)
			}
			for _, word := range summaryWords(fold.String(c.Form)) {
				found = found || word == fold.String(r.form)
			}
		}
		if !found {
			t.Errorf("%s: %q is not a word of what %s cites", at, r.form, r.source)
		}
	}
}
