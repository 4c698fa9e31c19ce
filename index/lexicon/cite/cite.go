// Package cite reads and checks the source column of Sira's Bambara data:
// where each word is attested, as a lexicon row or a line of the Bamadaba
// dictionary or of its grammar.
package cite

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"sira/index/fold"
)

// A Citation is one source a Bambara word is taken from: a lexicon row
// ("index/lexicon/sira.tsv:10 mobili dilan"), a Bamadaba entry
// ("maslinych/bamadaba:bamadaba.txt:95149 \lx móto"), or a line of the
// grammar Bamadaba's analyser reads, for a suffix
// ("maslinych/bamadaba:bamana.gram.txt:81 {|w}:: … :mrph:PL").
type Citation struct {
	File string // a path from the repository root, or Bamadaba's "bamadaba.txt" or "bamana.gram.txt"
	Line int
	Form string // the cited form: a lexicon row's first column, a headword, or a part of the grammar line
}

// The files of maslinych/bamadaba a citation may name.
const (
	Dictionary = "bamadaba.txt"
	Grammar    = "bamana.gram.txt"
)

var (
	lexiconCite  = regexp.MustCompile(`^(index/lexicon/[a-z]+\.tsv):(\d+) (.+)$`)
	bamadabaCite = regexp.MustCompile(`^maslinych/bamadaba:bamadaba\.txt:(\d+) \\(?:lx|va|xv|mm) (.+?)(?: \(.*\))?$`)
	grammarCite  = regexp.MustCompile(`^maslinych/bamadaba:bamana\.gram\.txt:(\d+) (.+)$`)
)

// format says how a source column is written, for error messages.
const format = `index/lexicon/FILE.tsv:LINE FORM, maslinych/bamadaba:bamadaba.txt:LINE \lx FORM or maslinych/bamadaba:bamana.gram.txt:LINE TEXT, joined by " + "`

// Parse reads a source column: citations joined by " + ".
func Parse(source string) ([]Citation, error) {
	var out []Citation
	for _, part := range strings.Split(source, " + ") {
		var file string
		var m []string
		switch {
		case lexiconCite.MatchString(part):
			m = lexiconCite.FindStringSubmatch(part)
			file, m = m[1], m[1:]
		case bamadabaCite.MatchString(part):
			file, m = Dictionary, bamadabaCite.FindStringSubmatch(part)
		case grammarCite.MatchString(part):
			file, m = Grammar, grammarCite.FindStringSubmatch(part)
		default:
			return nil, fmt.Errorf("source %q is not %s", part, format)
		}
		n, _ := strconv.Atoi(m[1])
		out = append(out, Citation{File: file, Line: n, Form: m[2]})
	}
	return out, nil
}

// Files checks citations against the files they name: the lexicon files
// under Root, and Bamadaba's files in the folder Bamadaba names. Bamadaba is
// not part of the repository: with no folder, or a folder without one of its
// files, the lines of that file are not checked.
type Files struct {
	Root, Bamadaba string

	mu    sync.Mutex
	lines map[string][]string
}

// FromEnv returns the files under root, with Bamadaba's folder that of
// the bamadaba.txt $BAMADABA names, if it names one: Bamadaba's lines are
// checked only then.
func FromEnv(root string) *Files {
	f := &Files{Root: root}
	if path := os.Getenv("BAMADABA"); path != "" {
		f.Bamadaba = filepath.Dir(path)
	}
	return f
}

// Check reports what is wrong with a citation: a lexicon row must be the
// cited form's row and not unverified; a Bamadaba line must hold the form.
func (f *Files) Check(c Citation) error {
	path := filepath.Join(f.Root, c.File)
	if c.File == Dictionary || c.File == Grammar {
		if f.Bamadaba == "" {
			return nil
		}
		path = filepath.Join(f.Bamadaba, c.File)
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			return nil // a copy of the dictionary alone checks the dictionary's lines
		}
	}
	line, err := f.line(path, c.Line)
	if err != nil {
		return err
	}
	switch {
	case c.File == Dictionary:
		if !strings.HasPrefix(line, `\`) || !strings.Contains(fold.String(line), fold.String(c.Form)) {
			return fmt.Errorf("%s line %d is %q, not %s", c.File, c.Line, line, c.Form)
		}
	case c.File == Grammar:
		if !strings.Contains(line, c.Form) {
			return fmt.Errorf("%s line %d is %q, not %s", c.File, c.Line, line, c.Form)
		}
	default:
		if first, _, _ := strings.Cut(line, "\t"); first != c.Form {
			return fmt.Errorf("%s line %d is %q, not %q", c.File, c.Line, first, c.Form)
		}
		if strings.Contains(strings.ToLower(line), "unverified") {
			return fmt.Errorf("%s line %d is unverified", c.File, c.Line)
		}
	}
	return nil
}

// line returns line n of a file (1-based), read once.
func (f *Files) line(path string, n int) (string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	ls, ok := f.lines[path]
	if !ok {
		file, err := os.Open(path)
		if err != nil {
			return "", fmt.Errorf("cite: %w", err)
		}
		defer file.Close()
		sc := bufio.NewScanner(file)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			ls = append(ls, strings.TrimSuffix(sc.Text(), "\r"))
		}
		if err := sc.Err(); err != nil {
			return "", fmt.Errorf("cite: %s: %w", path, err)
		}
		if f.lines == nil {
			f.lines = map[string][]string{}
		}
		f.lines[path] = ls
	}
	if n < 1 || n > len(ls) {
		return "", fmt.Errorf("cite: %s has no line %d", filepath.Base(path), n)
	}
	return ls[n-1], nil
}
