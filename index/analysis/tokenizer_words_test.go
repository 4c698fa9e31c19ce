package analysis

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
)

// The word tokenizer gives bleve's unicode tokenizer's tokens: terms,
// offsets, positions and types, for every question of the test sets, every
// line of the fiches, and odd texts.
func TestWordsAsUnicode(t *testing.T) {
	texts := []string{
		"", " ", "a", "  deux   espaces  ", "2.500 FCFA, 76 12 34 56", "l'école d’Algérie", "n b'a fɛ ka kalan",
		"ߓߊߊߙߊ ߢߌߣߌ", "日本語のテキスト", "한국어", "😀 emoji 👍🏾 !", "\xff\xfe invalid", strings.Repeat("mot ", 2000),
		strings.Repeat("x", 70000), "a.b.c 1,5 3e co-op http://x.ml",
	}
	texts = append(texts, corpusLines(t)...)
	if len(texts) < 5000 {
		t.Fatalf("%d texts", len(texts))
	}
	// Each character latinWords may read, and those beside them, alone
	// and between letters, digits and marks.
	var chars []rune
	for r := rune(0); r < 0x300; r++ {
		chars = append(chars, r)
	}
	for r := rune(0x2000); r < 0x2070; r++ {
		chars = append(chars, r)
	}
	chars = append(chars, 0xFE52, 0xFF07, 0xFF0E, 0x0387, 0x05F4, 0x066C, 0x0301, 0x1F600)
	for _, r := range chars {
		for _, f := range []string{"%c", "a%ca", "1%c2", "a%c1", "1%ca", "a%c", "%ca", "1%c", "%c1", "é%cè", "ab%c%ccd", "a'%c'b", "1,%c.2", "x:%c:y"} {
			texts = append(texts, strings.ReplaceAll(f, "%c", string(r)))
		}
	}
	fast := 0
	for _, text := range texts {
		sameWords(t, text)
		if _, ok := latinWords([]byte(text), nil); ok {
			fast++
		}
	}
	if fast < len(texts)*3/4 {
		t.Errorf("%d texts of %d split without the segmenter", fast, len(texts))
	}
}

func FuzzWordsAsUnicode(f *testing.F) {
	for _, s := range []string{"l'école d’Algérie, 2.500 FCFA", "a.b:c;d,e 1,5 1.a a.1 3e", "n b'a fɛ ka kalan?", "x_y", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(sameWords)
}

// sameWords checks that the word tokenizer splits text as bleve's unicode
// tokenizer does.
func sameWords(t *testing.T, text string) {
	got, want := WordsTokenizer{}.Tokenize([]byte(text)), unicode.NewUnicodeTokenizer().Tokenize([]byte(text))
	if len(got) != len(want) {
		t.Fatalf("%q: %d tokens, bleve's %d", text, len(got), len(want))
	}
	for i := range got {
		g, w := got[i], want[i]
		if string(g.Term) != string(w.Term) || g.Start != w.Start || g.End != w.End || g.Position != w.Position || g.Type != w.Type || g.KeyWord != w.KeyWord {
			t.Fatalf("%q: token %d is %v, bleve's %v", text, i, g, w)
		}
	}
}

// corpusLines are the lines of the test sets (index/testdata) and of the
// fiches, texts the analysis must read as bleve's own components do.
func corpusLines(t *testing.T) []string {
	t.Helper()
	var lines []string
	files, _ := filepath.Glob("../testdata/*.tsv")
	more, _ := filepath.Glob("../../seeds/fiches/*.toml")
	for _, f := range append(files, more...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(b), "\n")...)
	}
	return lines
}
