package tsv

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	rows, errs := Read("# a comment\n\nfr\tbm\n\nsoudure\tnɛgɛ dilan\r\n# another\nmaçonnerie\tsow\n", "fr", "bm")
	if len(errs) > 0 || len(rows) != 2 || rows[0].Line != 5 || rows[0].Cols[1] != "nɛgɛ dilan" || rows[1].Line != 7 {
		t.Errorf("Read = %+v, %v", rows, errs)
	}
}

func TestReadProblems(t *testing.T) {
	for _, tt := range []struct {
		data string
		want []string // one each
		rows int
	}{
		{"", []string{`no header line "a\tb"`}, 0},
		{"# only comments\n", []string{"no header"}, 0},
		{"a\tc\nx\ty\n", []string{`line 1: header "a\tc", want "a\tb"`}, 0},
		{"a\tb\nx\n", []string{"line 2: want 2 columns (a, b), got 1"}, 0},
		{"a\tb\nx\t \nx\ty\nz\n", []string{"line 2: column 2 (b) is empty", "line 4: want 2 columns"}, 1},
	} {
		rows, errs := Read(tt.data, "a", "b")
		if len(errs) != len(tt.want) || len(rows) != tt.rows {
			t.Errorf("Read(%q) = %d rows, %v; want %d rows, %d problems", tt.data, len(rows), errs, tt.rows, len(tt.want))
			continue
		}
		for i, e := range errs {
			var te *Error
			if !errors.As(e, &te) || !strings.Contains(e.Error(), tt.want[i]) {
				t.Errorf("Read(%q) problem %d = %v, want %q", tt.data, i, e, tt.want[i])
			}
		}
	}
}

func TestSeenTwice(t *testing.T) {
	seen := Seen{}
	for _, tt := range []struct {
		line      int
		key, want string
	}{
		{2, "a", ""},
		{3, "b", ""},
		{4, "a", `line 4: "A" twice (also line 2)`},
		{5, "a", `line 5: "A" twice (also line 4)`},
	} {
		err := seen.Twice(Row{Line: tt.line}, tt.key, strings.ToUpper(tt.key))
		if got := fmt.Sprint(err); (err == nil) != (tt.want == "") || err != nil && got != tt.want {
			t.Errorf("line %d %q: %v, want %q", tt.line, tt.key, err, tt.want)
		}
	}
}
