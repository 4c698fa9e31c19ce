package locales

import (
	"os"
	"strings"
	"testing"

	"sira/index/tsv"
)

// TestScopeTopics: scope_fr.tsv names a topic for each concept of the
// out_of_scope.tsv files, scope_bm.tsv for some, and neither for any
// other; the refusal says it, then what Sira tells instead.
func TestScopeTopics(t *testing.T) {
	concepts := map[string]bool{}
	for _, file := range []string{"../index/lang/fr/out_of_scope.tsv", "../index/lang/bm/out_of_scope.tsv"} {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		rows, errs := tsv.Read(string(data), "words", "concept")
		if len(errs) > 0 {
			t.Fatalf("%s: %v", file, errs[0])
		}
		for _, r := range rows {
			concepts[r.Cols[1]] = true
			if _, ok := scopeTopics[French][r.Cols[1]]; !ok {
				t.Errorf("%s:%d: %q has no topic in scope_fr.tsv", file, r.Line, r.Cols[1])
			}
		}
	}
	for lang, topics := range scopeTopics {
		for c := range topics {
			if !concepts[c] {
				t.Errorf("scope_%s.tsv: %q is no concept of out_of_scope.tsv", lang, c)
			}
		}
	}
	if _, err := readScope("concept\ttopic\nvisa\tde visas\nvisa\tde visas\n"); err == nil || !strings.Contains(err.Error(), "line 3") {
		t.Errorf("a concept twice: %v", err)
	}
	if got := For(French).OutOfScope([]string{"travel_papers"}); !strings.Contains(got, "ne parle pas de visas") {
		t.Errorf("French: %q", got)
	}
	if got := For(Bambara).OutOfScope([]string{"travel_papers"}); !strings.Contains(got, "N tɛ se ka i dɛmɛ pasipɔri") || !strings.Contains(got, "dɔrɔn") || strings.Contains(got, "visa") {
		t.Errorf("Bambara: %q", got)
	}
	if got := For(Bambara).OutOfScope([]string{"driving_licence"}); strings.Contains(got, "N tɛ se") || !strings.Contains(got, "dɔrɔn") {
		t.Errorf("Bambara, a concept no attested Bambara names: %q", got)
	}
	if got := For(French).OutOfScope(nil); got != "" {
		t.Errorf("nothing out of scope: %q", got)
	}
}
