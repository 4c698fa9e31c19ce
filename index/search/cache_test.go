package search

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"sira/index/eval"
)

// TestTermCacheKeepsNoTypedWord: the term caches keep the words the
// fiches, the lexicon or the language files hold, and no other word a
// person typed (a name, a number, a slip), after every test question.
func TestTermCacheKeepsNoTypedWord(t *testing.T) {
	ix, err := shippedIndex() // caches of its own: other tests' questions are not this one's
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ctx := context.Background()
	typed := []string{"zorglubienne", "kadiatoubaa", "76543210", "soudrue"}
	questions := append(testQuestionSet(t), "je m'appelle Kadiatoubaa, mon numero 76543210, je veux apprendre la soudrue zorglubienne a Kayes")
	for _, q := range questions {
		if _, err := ix.Ask(ctx, q, 3); err != nil {
			t.Fatal(err)
		}
	}
	for name, c := range map[string]*termCache{"french": ix.frenchCache, "sound": ix.soundCache} {
		if len(c.m) == 0 {
			t.Fatalf("%s cache empty: nothing is kept", name)
		}
		for text, e := range c.m {
			if !c.keep(text, e.terms) {
				t.Errorf("%s cache keeps %q (%q), which nothing holds", name, text, e.terms)
			}
		}
		for _, w := range typed {
			if _, ok := c.m[w]; ok {
				t.Errorf("%s cache keeps %q", name, w)
			}
		}
	}
	if _, ok := ix.frenchCache.m["soudure"]; !ok {
		t.Error(`"soudure", a word of the fiches, is not kept`)
	}
}

// testQuestionSet returns the questions of every test set.
func testQuestionSet(t *testing.T) []string {
	t.Helper()
	files, _ := filepath.Glob("../testdata/*.tsv")
	var out []string
	for _, file := range files {
		cases, err := eval.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cases {
			out = append(out, c.Question)
		}
	}
	if len(out) < 1000 {
		t.Fatalf("%d test questions, want the test sets'", len(out))
	}
	return out
}

// TestFactsAsTerms: Holds, Common and Rare, read once with a word's terms
// (wordFacts), say what the fiches' counts of its terms say, for every word
// of every test question, asked before its terms are kept or after
// (terms), and again.
func TestFactsAsTerms(t *testing.T) {
	ix, err := shippedIndex() // a cache of its own: asked first here
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	words := map[string]bool{}
	for _, q := range testQuestionSet(t) {
		for _, w := range strings.Fields(strings.ToLower(q)) {
			words[strings.Trim(w, ",.?!:;'\"()")] = true
		}
	}
	for w := range words {
		var terms []string
		for _, tok := range ix.french.Analyze([]byte(w)) {
			terms = append(terms, string(tok.Term))
		}
		if len(w)%2 == 0 {
			ix.frenchCache.terms(w) // kept, if it is, with no facts yet
		}
		holds, common, rare := false, true, true
		for _, term := range terms {
			holds = holds || ix.textDF[term] > 0 || ix.names[term]
			common = common && ix.textDF[term]*2 > uint64(ix.Len())
			rare = rare && ix.textDF[term] <= maxNameDF
		}
		for range 2 {
			if ix.Holds(w) != holds || ix.Common(w) != common || ix.Rare(w) != rare {
				t.Fatalf("%q (%q): Holds, Common, Rare = %v %v %v, want %v %v %v", w, terms, ix.Holds(w), ix.Common(w), ix.Rare(w), holds, common, rare)
			}
		}
	}
	if !ix.Holds("soudure") || ix.Holds("zorglubienne") || !ix.Common("mali") || ix.Rare("mali") {
		t.Error("soudure, zorglubienne, mali: facts not the fiches'")
	}
}
