// Package tsv reads Sira's data files: tab-separated columns, lines
// starting with # are comments, blank lines are skipped, and the first
// other line names the columns. Word lists, terms and names live in such
// files so that a linguist or counsellor can edit them.
package tsv

import (
	"fmt"
	"strings"
)

// A Row is one data line, with its line number (from 1).
type Row struct {
	Line int
	Cols []string
}

// An Error is a problem with one line of a file (0: the file as a whole).
type Error struct {
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line == 0 {
		return e.Msg
	}
	return fmt.Sprintf("line %d: %s", e.Line, e.Msg)
}

// Read reads the rows of a file whose first line, after comments, is the
// columns given. Each row must have that many columns, none of them empty;
// a row that has not is a problem, and reading goes on with the next, so
// that every problem of a file is told at once (each an *Error). A file
// without the columns line has no rows.
func Read(data string, columns ...string) ([]Row, []error) {
	want := strings.Join(columns, "\t")
	var rows []Row
	var errs []error
	header := false
	for i, line := range strings.Split(data, "\n") {
		n := i + 1
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !header {
			if line != want {
				return nil, []error{&Error{n, fmt.Sprintf("header %q, want %q", line, want)}}
			}
			header = true
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != len(columns) {
			errs = append(errs, &Error{n, fmt.Sprintf("want %d columns (%s), got %d", len(columns), strings.Join(columns, ", "), len(cols))})
			continue
		}
		empty := false
		for c, v := range cols {
			if strings.TrimSpace(v) == "" {
				errs = append(errs, &Error{n, fmt.Sprintf("column %d (%s) is empty", c+1, columns[c])})
				empty = true
			}
		}
		if !empty {
			rows = append(rows, Row{n, cols})
		}
	}
	if !header {
		return nil, []error{&Error{0, fmt.Sprintf("no header line %q", want)}}
	}
	return rows, errs
}

// Seen remembers the line each key of a file was last read on, so that a
// key written twice is told with both lines.
type Seen map[string]int

// Twice records key as read on r's line; when it was read before, it is
// the error naming both lines, the key said as shown. Nil the first time.
func (s Seen) Twice(r Row, key, shown string) error {
	prev := s[key]
	s[key] = r.Line
	if prev == 0 {
		return nil
	}
	return &Error{r.Line, fmt.Sprintf("%q twice (also line %d)", shown, prev)}
}
