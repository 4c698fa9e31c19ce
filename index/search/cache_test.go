package search

import (
	"context"
	"path/filepath"
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
		for text, terms := range c.m {
			if !c.keep(text, terms) {
				t.Errorf("%s cache keeps %q (%q), which nothing holds", name, text, terms)
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
