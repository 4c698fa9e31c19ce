package locales

import (
	"slices"
	"strings"
	"testing"
)

func TestSameKeys(t *testing.T) {
	fr, err := IDs(French)
	if err != nil {
		t.Fatal(err)
	}
	bm, err := IDs(Bambara)
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(fr)
	slices.Sort(bm)
	if !slices.Equal(fr, bm) {
		t.Errorf("fr.toml and bm.toml differ:\nfr %v\nbm %v", fr, bm)
	}
}

// counsellorsOnly are the messages of the counsellors' group, which works
// in French whatever the person's language.
func counsellorsOnly(id string) bool {
	return strings.HasPrefix(id, "case_") || strings.HasPrefix(id, "stats_") || id == "btn_take" || id == "btn_close"
}

// Bambara uses the standard letters: no è/ò for ɛ/ɔ, no ñ for ɲ.
func TestBambaraOrthography(t *testing.T) {
	ids, _ := IDs(Bambara)
	p := For(Bambara)
	for _, id := range ids {
		if counsellorsOnly(id) {
			continue
		}
		s := p.N(id, 2, map[string]any{"Name": "x", "Region": "x", "Place": "x", "Need": "x", "Question": "x", "Date": "x"})
		if strings.ContainsAny(s, "èòñÈÒÑ") {
			t.Errorf("%s: old spelling in %q", id, s)
		}
	}
}

func TestRender(t *testing.T) {
	fr, bm := For(French), For(Bambara)
	if got := fr.N("results_intro", 1, nil); got != "Voici 1 adresse qui peut vous aider :" {
		t.Errorf("fr one = %q", got)
	}
	if got := fr.N("results_intro", 3, nil); !strings.Contains(got, "3 adresses") {
		t.Errorf("fr other = %q", got)
	}
	if got := bm.N("results_intro", 1, nil); !strings.Contains(got, "Yɔrɔ 1") {
		t.Errorf("bm = %q", got)
	}
	if got := bm.T("region_set", map[string]any{"Region": "Kayi"}); !strings.Contains(got, "Kayi") {
		t.Errorf("bm region_set = %q", got)
	}
	if got := For("xx").Lang; got != French {
		t.Errorf("unknown language falls back to %q", got)
	}
	if got := fr.T("no_such_message", nil); got != "no_such_message" {
		t.Errorf("missing message = %q", got)
	}
	if !strings.ContainsAny(bm.T("welcome", nil), "ɛɔ") {
		t.Error("Bambara welcome has no ɛ or ɔ: is it in standard orthography?")
	}
}

func TestTerms(t *testing.T) {
	fr, bm := For(French), For(Bambara)
	if got, ok := bm.Term("Acte de naissance"); !ok || got != "wolosɛbɛn" {
		t.Errorf("bm term = %q %v", got, ok)
	}
	if got, ok := fr.Term("acte de naissance"); !ok || got != "acte de naissance" {
		t.Errorf("fr term = %q %v", got, ok)
	}
	if _, ok := bm.Term("permis de conduire"); ok {
		t.Error("a term with no row was translated")
	}
	for _, tt := range []struct{ data, err string }{
		{"fr\tbm\n", "header"},
		{"fr\tbm\tsource\na\tb\n", "line 2"},
		{"fr\tbm\tsource\na\tb\tc\nA\td\te\n", "line 3: \"A\" twice"},
		{"# c\nfr\tbm\tsource\na\tsè\tc\n", "line 3"},
	} {
		if _, err := readTerms(tt.data); err == nil || !strings.Contains(err.Error(), tt.err) {
			t.Errorf("readTerms(%q) = %v, want %q", tt.data, err, tt.err)
		}
	}
}
