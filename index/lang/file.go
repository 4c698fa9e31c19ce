package lang

import (
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"sira/index/tsv"
)

// A row is one line of a list file, with where it was read.
type row struct {
	cols []string
	file string
	line int
}

// where names the file and line of a row, for errors.
func (r row) where() string { return fmt.Sprintf("%s:%d", r.file, r.line) }

// need checks that column i, named col, is one of the fiches' needs.
func (r row) need(i int, col string) error {
	if !slices.Contains(needs, r.cols[i]) {
		return fmt.Errorf("%s: %s %q is none of %s", r.where(), col, r.cols[i], strings.Join(needs, ", "))
	}
	return nil
}

// yesNo reads column i, named col, whose values are "yes" and "no".
func (r row) yesNo(i int, col string) (bool, error) {
	switch r.cols[i] {
	case "yes":
		return true, nil
	case "no":
		return false, nil
	}
	return false, fmt.Errorf("%s: %s %q is neither yes nor no", r.where(), col, r.cols[i])
}

// readFile reads a list file in the format of package tsv, its columns
// trimmed of spaces. Every problem of the file is told, each with the file
// and line.
func readFile(fsys fs.FS, name string, cols []string) ([]row, error) {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("lang: %w", err)
	}
	rs, problems := tsv.Read(string(b), cols...)
	if len(problems) > 0 {
		errs := make([]error, len(problems))
		for i, p := range problems {
			var te *tsv.Error
			if errors.As(p, &te) && te.Line > 0 {
				errs[i] = fmt.Errorf("lang: %s:%d: %s", name, te.Line, te.Msg)
			} else {
				errs[i] = fmt.Errorf("lang: %s: %w", name, p)
			}
		}
		return nil, errors.Join(errs...)
	}
	rows := make([]row, len(rs))
	for i, r := range rs {
		for c, v := range r.Cols {
			r.Cols[c] = strings.TrimSpace(v)
		}
		rows[i] = row{cols: r.Cols, file: name, line: r.Line}
	}
	return rows, nil
}
