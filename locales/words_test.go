package locales

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/BurntSushi/toml"
	"golang.org/x/text/unicode/norm"

	"sira/index/bambara"
	"sira/index/fold"
	"sira/index/lexicon/cite"
	"sira/index/phrase"
	"sira/index/places"
	"sira/index/tsv"
	"sira/seeds"
)

// unattestedWords are the words Sira shows in Bambara that no source
// attests, kept until a native speaker has read them: the test fails when
// a message uses any other unattested word, and when one of these is no
// longer used.
var unattestedWords = map[string]string{
	// The French loan "bouton" as Malians say it of a phone's button;
	// Bamadaba has no entry for it (its góro is a pimple, not a key).
	"butɔni": "a screen button: loan of French bouton",
}

// An attestation is what the Bambara shown may be made of: the words of
// the sourced rows (lexicon.tsv, sira.tsv, words.tsv), the function words,
// and the suffixes a content word may take (index/lexicon/suffixes.tsv).
type attestation struct {
	content, function map[string]bool // written forms: lower case, no tones
	suffixes          []string
}

// written is a word as the rows write it: lower case, tone marks removed,
// the standard letters (ɛ ɔ ɲ ŋ) kept, so "sɛbɛn" is not "seben".
func written(word string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(word)) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

// A sourcedRow is one row of words.tsv, function.tsv or suffixes.tsv.
type sourcedRow struct {
	file         string
	line         int
	form, source string
}

// readSourced reads a file of the lexicon folder whose first column is the
// form and last the source.
func readSourced(t *testing.T, name string, columns ...string) []sourcedRow {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("../index/lexicon", name))
	if err != nil {
		t.Fatal(err)
	}
	rows, errs := tsv.Read(string(data), columns...)
	for _, err := range errs {
		t.Errorf("index/lexicon/%s: %v", name, err)
	}
	out := make([]sourcedRow, len(rows))
	for i, r := range rows {
		out[i] = sourcedRow{name, r.Line, r.Cols[0], r.Cols[len(r.Cols)-1]}
	}
	return out
}

// lexiconWords returns the words of the bambara column of a lexicon file,
// leaving out the rows marked unverified.
func lexiconWords(t *testing.T, name string) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("../index/lexicon", name))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, line := range strings.Split(string(data), "\n")[1:] {
		cols := strings.Split(line, "\t")
		if len(cols) < 5 || strings.Contains(strings.ToLower(cols[4]), "unverified") {
			continue
		}
		out = append(out, strings.Fields(cols[0])...)
	}
	return out
}

func loadAttestation(t *testing.T) (attestation, []sourcedRow) {
	t.Helper()
	a := attestation{content: map[string]bool{}, function: map[string]bool{}}
	for _, name := range []string{"lexicon.tsv", "sira.tsv"} {
		for _, w := range lexiconWords(t, name) {
			a.content[written(w)] = true
		}
	}
	words := readSourced(t, "words.tsv", "form", "source")
	function := readSourced(t, "function.tsv", "word", "kind", "source")
	suffixes := readSourced(t, "suffixes.tsv", "suffix", "what", "source")
	for _, r := range words {
		a.content[r.form] = true
	}
	for _, r := range function {
		a.function[r.form] = true
	}
	for _, r := range suffixes {
		a.suffixes = append(a.suffixes, r.form)
	}
	return a, slices.Concat(words, function, suffixes)
}

// maxSuffixes is how many suffixes a word may carry (ladilikɛlaw: ladi, -li,
// -kɛla, -w).
const maxSuffixes = 3

// attested reports whether a written word is a sourced word, or a content
// word with at most maxSuffixes suffixes.
func (a attestation) attested(w string) bool {
	return a.function[w] || a.derived(w, maxSuffixes)
}

func (a attestation) derived(w string, suffixes int) bool {
	if a.content[w] {
		return true
	}
	if suffixes == 0 {
		return false
	}
	for _, s := range a.suffixes {
		if stem, ok := strings.CutSuffix(w, s); ok && stem != "" && a.derived(stem, suffixes-1) {
			return true
		}
	}
	return false
}

// notWords are the parts of a message that are not words of its language:
// names kept in Latin letters (\uE000…\uE001), template fields, HTML tags,
// commands and @names.
var notWords = regexp.MustCompile("\uE000[^\uE001]*\uE001|\\{\\{[^}]*\\}\\}|<[^>]*>|(?:^|\\s)[/@][\\w{}.]+")

// A checker finds the words of a Bambara text that are not attested.
type checker struct {
	attestation
	contractions bambara.Contractions
	names        map[string]bool // the fiches' names, acronyms and cities, folded
	nameStarts   phrase.Starts
	exceptions   map[string]string
}

func newChecker(t *testing.T) checker {
	t.Helper()
	a, _ := loadAttestation(t)
	c := checker{attestation: a, contractions: bambara.Contractions{}, names: map[string]bool{}, nameStarts: phrase.Starts{}, exceptions: unattestedWords}
	data, err := os.ReadFile("../index/lang/bm/contractions.tsv")
	if err != nil {
		t.Fatal(err)
	}
	rows, errs := tsv.Read(string(data), "letter", "word")
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	for _, r := range rows {
		c.contractions[[]rune(r.Cols[0])[0]] = r.Cols[1]
	}
	fiches, err := seeds.Load(seeds.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fiches {
		// "CFP Sénou (CFPS)" is named "CFP Sénou" or "CFPS".
		for _, n := range slices.Concat(strings.FieldsFunc(f.Name, func(r rune) bool { return r == '(' || r == ')' }), f.Acronyms, f.Cities) {
			if key := strings.Join(strings.Fields(fold.String(strings.Join(words(n), " "))), " "); key != "" {
				c.names[key] = true
				c.nameStarts.Add(key)
			}
		}
	}
	return c
}

// words cuts a text into words: runs of letters with their marks.
func words(s string) []string {
	ws := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) })
	return slices.DeleteFunc(ws, func(w string) bool { return !strings.ContainsFunc(w, unicode.IsLetter) }) // an emoji's variation selector
}

// check returns the unattested words of a text, as written, and the
// exceptions it uses. Names are not words: a fiche's name, acronym or
// city, a place of the gazetteer, each written with a capital, and words in
// capitals (EOJ, FCFA).
func (c checker) check(text string) (unattested, exceptions []string) {
	ws := words(c.contractions.Expand(notWords.ReplaceAllString(text, " ")))
	keys := make([]string, len(ws))
	for i, w := range ws {
		keys[i] = fold.String(w)
	}
	name := make([]bool, len(ws))
	for _, m := range places.Default().Find(keys) {
		for i := m.Start; i < m.End; i++ {
			name[i] = true
		}
	}
	for i := 0; i < len(keys); i++ {
		if n, _ := c.nameStarts.Longest(keys, i, func(k string) bool { return c.names[k] }); n > 0 {
			for j := i; j < i+n; j++ {
				name[j] = true
			}
			i += n - 1
		}
	}
	for i, w := range ws {
		switch {
		case name[i] && unicode.IsUpper([]rune(w)[0]) || acronym(w):
		case c.attested(written(w)):
		case c.exceptions[written(w)] != "":
			exceptions = append(exceptions, written(w))
		default:
			unattested = append(unattested, w)
		}
	}
	return unattested, exceptions
}

// acronym reports whether a word is written in capitals (two letters or more).
func acronym(w string) bool {
	return len([]rune(w)) >= 2 && strings.ToUpper(w) == w
}

// A shown is a Bambara text Sira shows, and where it comes from.
type shown struct{ where, text string }

// bambaraShown lists the Bambara texts the bot shows that are not fiches
// (the fiches' summaries and trade names have their own test in seeds): the
// messages of bm.toml (a message the same as in fr.toml is French, for the
// counsellors or the operators), the Bambara column of terms.tsv and the
// topics of scope_bm.tsv.
func bambaraShown(t *testing.T) []shown {
	t.Helper()
	read := func(path string) map[string]map[string]string {
		var m map[string]map[string]string
		if _, err := toml.DecodeFile(path, &m); err != nil {
			t.Fatal(err)
		}
		return m
	}
	bm, fr := read("bm.toml"), read("fr.toml")
	var out []shown
	for id, forms := range bm {
		for form, text := range forms {
			if form != "description" && fr[id][form] != text {
				out = append(out, shown{"bm.toml " + id, text})
			}
		}
	}
	rows, errs := tsv.Read(termsTSV, "fr", "bm", "source")
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	for _, r := range rows {
		out = append(out, shown{fmt.Sprintf("terms.tsv:%d", r.Line), r.Cols[1]})
	}
	scope, errs := tsv.Read(scopeBmTSV, "concept", "topic", "source")
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	for _, r := range scope {
		out = append(out, shown{fmt.Sprintf("scope_bm.tsv:%d", r.Line), r.Cols[1]})
	}
	slices.SortFunc(out, func(a, b shown) int { return strings.Compare(a.where, b.where) })
	return out
}

// TestBambaraWordsAttested checks that every word of the Bambara Sira
// shows is attested (index/lexicon/: lexicon.tsv, sira.tsv, words.tsv,
// function.tsv, with the suffixes of suffixes.tsv), a name, or one of
// unattestedWords. It names the message and the word.
func TestBambaraWordsAttested(t *testing.T) {
	c := newChecker(t)
	used := map[string]bool{}
	for _, s := range bambaraShown(t) {
		unattested, exceptions := c.check(s.text)
		for _, w := range unattested {
			t.Errorf("%s: %q is not attested: cite its Bamadaba entry in index/lexicon/words.tsv, or write an attested word", s.where, w)
		}
		for _, w := range exceptions {
			used[w] = true
		}
	}
	for w := range unattestedWords {
		if !used[w] {
			t.Errorf("unattestedWords: %q is no longer shown: remove it", w)
		}
	}
}

func TestCheckBambara(t *testing.T) {
	c := newChecker(t)
	for _, tt := range []struct {
		text            string
		unattested, exc []string
	}{
		{"I ka ɲininkali sɛbɛn, walima butɔni dɔ digi.", nil, []string{"butɔni"}},
		{"N b'a fɛ ka nɛgɛ baara dege Kayi. K'an bɛn!", nil, nil},                           // contractions, a place
		{"Ladilikɛlaw ma kunnafoniw ci: a cira, a banna.", nil, nil},                        // suffixes
		{"\uE000Espace Orientation Jeunesse (APEJ)\uE001 wele: {{.Phone}} /aide", nil, nil}, // names, fields, commands
		{"FCFA 10 000, EOJ", nil, nil},
		{"Kalan ɲɛmɔgɔfoo bɛ yen.", []string{"ɲɛmɔgɔfoo"}, nil}, // a made-up word
		{"I ka sèbèn ci.", []string{"sèbèn"}, nil},              // old spelling
		{"Formation pour les jeunes", []string{"Formation", "pour", "les", "jeunes"}, nil},
		{"bɛla", []string{"bɛla"}, nil},                       // function words take no suffix
		{"Orientation bɛ yen.", []string{"Orientation"}, nil}, // a name's word, but not as a name
	} {
		un, exc := c.check(tt.text)
		if !slices.Equal(un, tt.unattested) || !slices.Equal(exc, tt.exc) {
			t.Errorf("check(%q) = %q, %q; want %q, %q", tt.text, un, exc, tt.unattested, tt.exc)
		}
	}
}

// TestAttestationRows checks index/lexicon/words.tsv, function.tsv and
// suffixes.tsv: standard orthography without tones, each word once in all
// the lexicon's files, and each source a citation of the word (a Bamadaba
// line is read when $BAMADABA names a copy of bamadaba.txt, a grammar line
// when bamana.gram.txt is beside it).
func TestAttestationRows(t *testing.T) {
	_, rows := loadAttestation(t)
	files := cite.FromEnv("..")
	lexicon := map[string]bool{}
	for _, name := range []string{"lexicon.tsv", "sira.tsv"} {
		for _, w := range lexiconWords(t, name) {
			lexicon[written(w)] = true
		}
	}
	seen := map[string]string{}
	for _, r := range rows {
		at := fmt.Sprintf("index/lexicon/%s:%d", r.file, r.line)
		if r.form != written(r.form) || len(words(r.form)) != 1 || words(r.form)[0] != r.form {
			t.Errorf("%s: %q is not one word, lower case, without tones", at, r.form)
		}
		if r.file != "suffixes.tsv" {
			if prev, dup := seen[r.form]; dup {
				t.Errorf("%s: %q is also at %s", at, r.form, prev)
			}
			seen[r.form] = at
			if r.file == "words.tsv" && lexicon[r.form] {
				t.Errorf("%s: %q is already a word of lexicon.tsv or sira.tsv", at, r.form)
			}
		}
		cites, err := cite.Parse(r.source)
		if err != nil {
			t.Errorf("%s: %v", at, err)
			continue
		}
		found := r.file == "suffixes.tsv" // a suffix cites a pattern of the grammar
		for _, c := range cites {
			if err := files.Check(c); err != nil {
				t.Errorf("%s: %v", at, err)
			}
			found = found || written(c.Form) == r.form
		}
		if !found {
			t.Errorf("%s: %q is not what %s cites", at, r.form, r.source)
		}
	}
}

// TestTermSources checks the source column of terms.tsv and scope_bm.tsv:
// citations of lexicon rows (cite's format) that hold each word of the
// Bambara, or the stem of a plural in -w; acronyms (CAP, NINA) cite
// nothing.
func TestTermSources(t *testing.T) {
	files := &cite.Files{Root: ".."}
	for _, f := range []struct{ name, data, key string }{{"terms.tsv", termsTSV, "fr"}, {"scope_bm.tsv", scopeBmTSV, "concept"}} {
		rows, errs := tsv.Read(f.data, f.key, map[string]string{"fr": "bm", "concept": "topic"}[f.key], "source")
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		for _, r := range rows {
			for _, err := range uncited(files, r.Cols[1], r.Cols[2]) {
				t.Errorf("%s:%d: %v", f.name, r.Line, err)
			}
		}
	}
}

// uncited checks a Bambara text against its source column: the citations
// must parse and hold, and cite each word of the text (or the stem of its
// plural in -w), acronyms aside.
func uncited(files *cite.Files, text, source string) []error {
	cites, err := cite.Parse(source)
	if err != nil {
		return []error{err}
	}
	var errs []error
	cited := map[string]bool{}
	for _, c := range cites {
		if err := files.Check(c); err != nil {
			errs = append(errs, err)
		}
		for _, w := range words(c.Form) {
			cited[written(w)] = true
		}
	}
	for _, w := range words(text) {
		if stem, plural := strings.CutSuffix(w, "w"); !acronym(w) && !cited[w] && !(plural && cited[stem]) {
			errs = append(errs, fmt.Errorf("no source cites %q", w))
		}
	}
	return errs
}
