package places

import (
	"fmt"
	"strings"
)

// A row is one data line of a TSV file, with its line number.
type row struct {
	line int
	cols []string
}

// rows reads the data lines of a TSV file in Sira's format (blank lines and
// # comments skipped), each with exactly n columns.
func rows(tsv string, n int) ([]row, error) {
	var out []row
	for i, line := range strings.Split(tsv, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != n {
			return nil, fmt.Errorf("line %d: want %d columns, got %d", i+1, n, len(cols))
		}
		out = append(out, row{i + 1, cols})
	}
	return out, nil
}

// must returns a parsed embedded file; a bad one is a programming error,
// and tests check the embedded files.
func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
