package seeds

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"sira/index/tsv"
)

// tradesFile names the fiches' trades in Bambara. It lives beside the fiche
// files, so an edited copy of the folder carries it; it is optional (no file,
// no Bambara names).
const tradesFile = "trades.tsv"

// tradesColumns are the file's columns: the French trade name exactly as
// the fiches write it, its Bambara name, the source of the Bambara words.
var tradesColumns = []string{"fr", "bm", "source"}

// A tradeName is one row of tradesFile.
type tradeName struct {
	fr, bm, source string
	line           int
}

// readTrades reads the rows of tradesFile from fsys, in file order. Errors
// read "trades.tsv:LINE: problem".
func readTrades(fsys fs.FS) ([]tradeName, []error) {
	data, err := fs.ReadFile(fsys, tradesFile)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, []error{fmt.Errorf("%s: %w", tradesFile, err)}
	}
	var errs []error
	bad := func(line int, format string, args ...any) {
		if line == 0 {
			errs = append(errs, fmt.Errorf("%s: %s", tradesFile, fmt.Sprintf(format, args...)))
			return
		}
		errs = append(errs, fmt.Errorf("%s:%d: %s", tradesFile, line, fmt.Sprintf(format, args...)))
	}
	rs, problems := tsv.Read(string(data), tradesColumns...)
	for _, p := range problems {
		var e *tsv.Error
		errors.As(p, &e)
		bad(e.Line, "%s", e.Msg)
	}
	var rows []tradeName
	lines := map[string]int{} // French name → its line
	for _, r := range rs {
		n := r.Line
		for c, v := range r.Cols {
			if strings.TrimSpace(v) != v {
				bad(n, "column %d (%s): spaces around", c+1, tradesColumns[c])
			}
		}
		fr, bm := r.Cols[0], r.Cols[1]
		if err := standardBambara(bm); err != nil {
			bad(n, "bm %q: %v", bm, err)
		}
		if prev, ok := lines[fr]; ok {
			bad(n, "duplicate trade %q (also line %d)", fr, prev)
			continue
		}
		lines[fr] = n
		rows = append(rows, tradeName{fr: fr, bm: bm, source: r.Cols[2], line: n})
	}
	return rows, errs
}

// standardBambara checks a Bambara name as Sira shows it: lower-case
// letters in the standard orthography, single spaces, no tone marks.
func standardBambara(s string) error {
	if strings.Join(strings.Fields(s), " ") != s {
		return errors.New("words must be separated by single spaces")
	}
	for _, r := range norm.NFD.String(s) {
		switch {
		case r == ' ':
		case unicode.Is(unicode.Mn, r):
			return errors.New("tone marks and accents are not written")
		case !unicode.IsLetter(r) || !unicode.IsLower(r):
			return fmt.Errorf("%q is not a lower-case letter", r)
		}
	}
	return nil
}

// nameTrades sets each trade's Bambara name from the rows; a row naming a
// trade no fiche has is an error (a misspelt name would never be shown).
func nameTrades(fiches []Fiche, rows []tradeName) []error {
	bm := make(map[string]string, len(rows))
	for _, r := range rows {
		bm[r.fr] = r.bm
	}
	used := map[string]bool{}
	for i := range fiches {
		for j := range fiches[i].Trades {
			t := &fiches[i].Trades[j]
			if name, ok := bm[t.Name]; ok {
				t.Bambara = name
				used[t.Name] = true
			}
		}
	}
	var errs []error
	for _, r := range rows {
		if !used[r.fr] {
			errs = append(errs, fmt.Errorf("%s:%d: no fiche has the trade %q", tradesFile, r.line, r.fr))
		}
	}
	return errs
}
