package analysis

import (
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/registry"
)

func analyze(t *testing.T, analyzer, text string) string {
	t.Helper()
	a, err := registry.NewCache().AnalyzerNamed(analyzer)
	if err != nil {
		t.Fatal(err)
	}
	var terms []string
	for _, tok := range a.Analyze([]byte(text)) {
		terms = append(terms, string(tok.Term))
	}
	return strings.Join(terms, " ")
}

func TestFrenchAnalyzer(t *testing.T) {
	tests := []struct{ a, b string }{
		{"électricité", "electricite"},
		{"Ségou", "segou"},
		{"menuiserie métallique", "menuiserie metallique"},
		{"l'électricité", "electricite"},
		{"formations", "formation"},
		{"à Kayes", "Kayes"}, // "à" stays a stop word
		{"maçonnerie", "maconnerie"},
	}
	for _, tt := range tests {
		if x, y := analyze(t, FrenchAnalyzer, tt.a), analyze(t, FrenchAnalyzer, tt.b); x != y {
			t.Errorf("%q → %q but %q → %q", tt.a, x, tt.b, y)
		}
	}
}

func TestBambaraAnalyzer(t *testing.T) {
	tests := []struct{ in, want string }{
		{"N b'a fɛ", "n be a fe"},        // contraction, letters
		{"n b’a fè", "n be a fe"},        // other apostrophe, è
		{"Jɔ̀njago", "jonjago"},          // tone mark
		{"sɛnɛkɛlaw", "senekela"},        // plural of a known word
		{"tungarankɛw", "tungaranke"},    //
		{"seginna sɔrɔli", "segin soro"}, // past -na, nominaliser -li
		{"kɛra", "ke"},                   // past of a two-letter verb
		{"paw", "paw"},                   // unknown stem: left alone
		{"rentré d'Algérie, l’école", "rentre d algerie l ecole"}, // French articles split off
		{"aujourd'hui", "aujourd'hui"},                            // not an article
		{"baarakalan", "baarakalan"},                              // known compound stays whole
		{"nakɔbaarakalan", "nakobaarakalan nakobaara kalan"},      // unknown compound: parts added
		{"finikalali", "finikalali kalali"},                       // unknown modifier: the head, last
		{"kallanyoro", "kallanyoro"},                              // no head in a place name (Ɲɔrɔ)
		{"ߘߋ߲ߡߌߛߍ߲ ߘߍߡߍ", "denmisen deme"},                        // N'Ko
		{"NYINI ɲini", "nyini nyini"},                             // ny and ɲ meet
		{"kalanyɔrɔ kalanyòrò", "kalanyoro kalanyoro"},            // ɔ and ò meet
	}
	for _, tt := range tests {
		if got := analyze(t, BambaraAnalyzer, tt.in); got != tt.want {
			t.Errorf("sira_bm(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPhoneticKey(t *testing.T) {
	same := [][2]string{
		{"chodronerie", "chaudronnerie"},
		{"aprendre", "apprendre"},
		{"segu", "segou"},
		{"coifure", "coiffure"},
		{"maconnerie", "maconerie"},
		{"informatik", "informatique"},
		{"soudur", "soudure"},
		{"electrisite", "electricite"},
		{"batiman", "batiment"},
	}
	for _, p := range same {
		if Key(p[0]) != Key(p[1]) {
			t.Errorf("Key(%q) = %q, Key(%q) = %q", p[0], Key(p[0]), p[1], Key(p[1]))
		}
	}
	if Key("couture") == Key("coiffure") {
		t.Error("couture and coiffure share a key")
	}
	if got := analyze(t, PhoneticAnalyzer, "aprendre la chodronerie"); got != Key("apprendre")+" "+Key("chaudronnerie") {
		t.Errorf("sira_phonetic = %q", got)
	}
}

func TestKeyAnalyzer(t *testing.T) {
	if got := analyze(t, KeyAnalyzer, "CFPS ÉCICA"); got != "cfps ecica" {
		t.Errorf("sira_key = %q", got)
	}
}
