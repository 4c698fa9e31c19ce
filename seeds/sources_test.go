package seeds

import (
	"bufio"
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"

	"sira/fold"
)

// A citation is one source a Bambara word is taken from: a lexicon row
// ("lexicon/sira.tsv:10 mobili dilan") or a Bamadaba entry
// ("maslinych/bamadaba:bamadaba.txt:95149 \lx móto").
type citation struct {
	file string // path from the repository root, or "bamadaba.txt"
	line int
	form string
}

var (
	lexiconCite  = regexp.MustCompile(`^(lexicon/[a-z]+\.tsv):(\d+) (.+)$`)
	bamadabaCite = regexp.MustCompile(`^maslinych/bamadaba:bamadaba\.txt:(\d+) \\(?:lx|va|xv) (.+?)(?: \(.*\))?$`)
)

// parseCitations reads a source column: citations joined by " + ".
func parseCitations(source string) ([]citation, bool) {
	var out []citation
	for _, part := range strings.Split(source, " + ") {
		if m := lexiconCite.FindStringSubmatch(part); m != nil {
			n, _ := strconv.Atoi(m[2])
			out = append(out, citation{m[1], n, m[3]})
		} else if m := bamadabaCite.FindStringSubmatch(part); m != nil {
			n, _ := strconv.Atoi(m[1])
			out = append(out, citation{"bamadaba.txt", n, m[2]})
		} else {
			return nil, false
		}
	}
	return out, true
}

var lines = struct {
	sync.Mutex
	files map[string][]string
}{files: map[string][]string{}}

// fileLine returns line n of a file (1-based), "" when there is none.
func fileLine(t *testing.T, path string, n int) string {
	t.Helper()
	lines.Lock()
	defer lines.Unlock()
	ls, ok := lines.files[path]
	if !ok {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			ls = append(ls, sc.Text())
		}
		lines.files[path] = ls
	}
	if n < 1 || n > len(ls) {
		return ""
	}
	return ls[n-1]
}

// checkCitation reports what is wrong with a citation: a lexicon row must be
// the cited form's row and not unverified; a Bamadaba line is read only when
// $BAMADABA names a copy of bamadaba.txt (it is not part of the repository).
func checkCitation(t *testing.T, c citation) string {
	t.Helper()
	if c.file == "bamadaba.txt" {
		path := os.Getenv("BAMADABA")
		if path == "" {
			return ""
		}
		line := fileLine(t, path, c.line)
		if !strings.HasPrefix(line, `\`) || !strings.Contains(fold.String(line), fold.String(c.form)) {
			return "bamadaba.txt line " + strconv.Itoa(c.line) + " is " + strconv.Quote(line)
		}
		return ""
	}
	line := fileLine(t, "../"+c.file, c.line)
	cols := strings.Split(line, "\t")
	if cols[0] != c.form {
		return c.file + " line " + strconv.Itoa(c.line) + " is " + strconv.Quote(cols[0]) + ", not " + strconv.Quote(c.form)
	}
	if strings.Contains(strings.ToLower(line), "unverified") {
		return c.file + " line " + strconv.Itoa(c.line) + " is unverified"
	}
	return ""
}

// TestTradeSources checks the trade names file's sources: each cites real
// rows, and each word of a Bambara name is in a form it cites. Run with
// BAMADABA=path/to/bamadaba.txt to check the Bamadaba lines too.
func TestTradeSources(t *testing.T) {
	rows, errs := readTrades(Embedded())
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	for _, r := range rows {
		cites, ok := parseCitations(r.source)
		if !ok {
			t.Errorf("%s:%d: source %q is not lexicon/FILE.tsv:LINE FORM or maslinych/bamadaba:bamadaba.txt:LINE \\lx FORM, joined by ' + '", tradesFile, r.line, r.source)
			continue
		}
		for _, c := range cites {
			if p := checkCitation(t, c); p != "" {
				t.Errorf("%s:%d: %s", tradesFile, r.line, p)
			}
		}
	word:
		for _, w := range strings.Fields(r.bm) {
			for _, c := range cites {
				if strings.Contains(fold.String(c.form), fold.String(w)) {
					continue word
				}
			}
			t.Errorf("%s:%d: no source cites %q", tradesFile, r.line, w)
		}
	}
}
