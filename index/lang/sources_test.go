package lang

import (
	"io/fs"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"sira/index/lexicon/cite"
)

var (
	// bamadabaCite is a reference to a line of the dictionary in the one
	// form index/lexicon/cite reads: its file, line, field and the form on it.
	bamadabaCite = regexp.MustCompile(`maslinych/bamadaba:bamadaba\.txt:(\d+) \\(?:lx|va|xv|mm) ([^\s,;:)]+)`)
	// shortCite is a line of Bamadaba cited another way: "bamadaba.txt:N"
	// without its repository, "Bamadaba N", or a bare ":N" or "(N" after
	// another citation.
	shortCite = regexp.MustCompile(`(?:^|[^:])bamadaba\.txt:\d|Bamadaba :?\d|(?:^#|[\s(]):\d{3,}`)
)

// TestBamadabaCitations: every line of Bamadaba the language files cite,
// in a comment or a source column, is cited in one form,
// "maslinych/bamadaba:bamadaba.txt:N \lx FORM" (or \va, \xv, \mm), and
// that line holds the form (run with BAMADABA=path/to/bamadaba.txt). The
// source column of bm/distress_concepts.tsv is read whole by index/lexicon/cite.
func TestBamadabaCitations(t *testing.T) {
	files := cite.FromEnv("../..") // Bamadaba's lines only when $BAMADABA names a copy
	err := fs.WalkDir(Files, ".", func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		b, err := fs.ReadFile(Files, p)
		if err != nil {
			return err
		}
		for n, line := range strings.Split(string(b), "\n") {
			if loc := shortCite.FindStringIndex(line); loc != nil {
				t.Errorf("%s:%d: %q cites Bamadaba in another form than maslinych/bamadaba:bamadaba.txt:N \\lx FORM", p, n+1, line[loc[0]:])
			}
			for _, m := range bamadabaCite.FindAllStringSubmatch(line, -1) {
				num, _ := strconv.Atoi(m[1])
				if err := files.Check(cite.Citation{File: cite.Dictionary, Line: num, Form: m[2]}); err != nil {
					t.Errorf("%s:%d: %v", p, n+1, err)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	rows, err := readFile(Files, "bm/distress_concepts.tsv", []string{"word", "sign", "when", "source"})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if _, err := cite.Parse(r.cols[3]); err != nil {
			t.Errorf("%s: %v", r.where(), err)
		}
	}
}
