package cite

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	got, err := Parse(`index/lexicon/sira.tsv:10 mobili dilan + maslinych/bamadaba:bamadaba.txt:95149 \lx móto (moto) + maslinych/bamadaba:bamana.gram.txt:81 :mrph:PL`)
	if err != nil {
		t.Fatal(err)
	}
	want := []Citation{{"index/lexicon/sira.tsv", 10, "mobili dilan"}, {Dictionary, 95149, "móto"}, {Grammar, 81, ":mrph:PL"}}
	if len(got) != len(want) {
		t.Fatalf("Parse = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("citation %d = %v, want %v", i, got[i], want[i])
		}
	}
	for _, bad := range []string{"", "bamadaba móto", `bamadaba.txt:95149 \lx móto`, "index/lexicon/sira.tsv:x mobili", `maslinych/bamadaba:bamadaba.txt:1 móto`} {
		if _, err := Parse(bad); err == nil {
			t.Errorf("Parse(%q) accepted", bad)
		}
	}
}

func TestCheck(t *testing.T) {
	root, dict := t.TempDir(), t.TempDir()
	write := func(path, text string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(root, "index/lexicon/x.tsv"), "bambara\tsource\nkalan\tsrc\nmɛkaniki\tunverified\n")
	write(filepath.Join(dict, Dictionary), "\\lx kàlan\r\n\\ps n\n")
	write(filepath.Join(dict, Grammar), "pattern :n: [ {|w}:: ] | :mrph:PL]\n")
	f := &Files{Root: root, Bamadaba: dict}
	for _, c := range []struct {
		c    Citation
		want string // a part of the error; "" for none
	}{
		{Citation{"index/lexicon/x.tsv", 2, "kalan"}, ""},
		{Citation{"index/lexicon/x.tsv", 2, "kala"}, `is "kalan"`},
		{Citation{"index/lexicon/x.tsv", 3, "mɛkaniki"}, "unverified"},
		{Citation{"index/lexicon/x.tsv", 9, "kalan"}, "no line 9"},
		{Citation{"index/lexicon/y.tsv", 1, "kalan"}, "no such file"},
		{Citation{Dictionary, 1, "kalan"}, ""},
		{Citation{Dictionary, 2, "kalan"}, `line 2 is "\\ps n"`},
		{Citation{Grammar, 1, ":mrph:PL"}, ""},
		{Citation{Grammar, 1, ":mrph:NMLZ"}, "line 1"},
	} {
		err := f.Check(c.c)
		if c.want == "" && err != nil || c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)) {
			t.Errorf("Check(%v) = %v, want %q", c.c, err, c.want)
		}
	}
	if err := (&Files{Root: root}).Check(Citation{Dictionary, 7, "nothing"}); err != nil {
		t.Errorf("with no copy of Bamadaba, a dictionary line was checked: %v", err)
	}
	if err := (&Files{Root: root, Bamadaba: root}).Check(Citation{Grammar, 7, "nothing"}); err != nil {
		t.Errorf("with no copy of the grammar, a grammar line was checked: %v", err)
	}
}
