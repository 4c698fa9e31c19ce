package lang

import (
	"fmt"
	"io/fs"
	"strings"
)

// A row is one line of a list file, with where it was read.
type row struct {
	cols []string
	file string
	line int
}

// where names the file and line of a row, for errors.
func (r row) where() string { return fmt.Sprintf("%s:%d", r.file, r.line) }

// readFile reads a list file: lines starting with # are comments, the first
// other line names the columns, each following line is a row of that many
// tab-separated columns. Blank lines are skipped.
func readFile(fsys fs.FS, name string, cols []string) ([]row, error) {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("lang: %w", err)
	}
	var rows []row
	header := false
	for n, line := range strings.Split(string(b), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if !header {
			if strings.Join(fields, "\t") != strings.Join(cols, "\t") {
				return nil, fmt.Errorf("lang: %s:%d: columns %q, want %q", name, n+1, fields, cols)
			}
			header = true
			continue
		}
		if len(fields) != len(cols) {
			return nil, fmt.Errorf("lang: %s:%d: %d columns, want %d (%s)", name, n+1, len(fields), len(cols), strings.Join(cols, ", "))
		}
		for i, f := range fields {
			fields[i] = strings.TrimSpace(f)
			if fields[i] == "" {
				return nil, fmt.Errorf("lang: %s:%d: empty %s", name, n+1, cols[i])
			}
		}
		rows = append(rows, row{cols: fields, file: name, line: n + 1})
	}
	if !header {
		return nil, fmt.Errorf("lang: %s: no column line (%s)", name, strings.Join(cols, "\t"))
	}
	return rows, nil
}
