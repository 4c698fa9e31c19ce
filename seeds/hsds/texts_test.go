package hsds

import (
	"strings"
	"testing"
)

func TestTexts(t *testing.T) {
	if _, err := readTexts(textsTSV); err != nil {
		t.Fatal(err)
	}
	if got := text("ended", "ended", "2021", "note", "Dernière cohorte."); got != "Terminé en 2021. Dernière cohorte." {
		t.Errorf("text(ended) = %q", got)
	}
	var all strings.Builder
	all.WriteString("key\ttext\n")
	for _, k := range textKeys {
		all.WriteString(k + "\tx\n")
	}
	for _, tt := range []struct{ data, want string }{
		{all.String() + "alert\tx\n", `unknown key "alert"`},
		{all.String() + "range\ty\n", `"range" twice (also line`},
		{"key\ttext\nrange\t{min} à {max}\n", `no text for "summary_bm"`},
		{"key\ttext\nrange\n", "line 2: want 2 columns"},
	} {
		if _, err := readTexts(tt.data); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("readTexts(%q) = %v, want %q", tt.data, err, tt.want)
		}
	}
}
