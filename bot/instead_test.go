package bot

import (
	"strings"
	"testing"
)

// TestInstead: a project that ended, asked by name, is followed by places
// running, no donor; asked where to go now, the places running in its
// place by the same search that serve the need, neither it nor a donor
// nor another ended project; told ended before another question, the
// running places only; with nothing closed shown, the other results.
func TestInstead(t *testing.T) {
	tests := []struct {
		first, then string
		want        []string // one of them in the second answer
		forbid      []string
	}{
		{"Avenir Brillant prend encore ?", "et maintenant je vais où ?",
			[]string{"IFPI", "AEK", "CFAP", "GRDR", "Createam"}, []string{"AECID", "LuxDev", ". Avenir Brillant", "Projet canadien"}},
		{"le projet canadien qui appuyait l'IFPI de Kayes en mecanique auto, c'est fini ?", "et maintenant je vais où ?",
			[]string{"IFPI"}, []string{"AECID", "Avenir Brillant", "OIT-IPEC"}},
		// A centre not yet open: places that train, no bank at Ségou.
		{"le CFP de Markala est ouvert ?", "et maintenant je vais où ?",
			[]string{"Agrivision", "APEJ", "DONILAB"}, []string{"BNDA", ". Centre de Formation Professionnelle de Markala"}},
		// Children asked of: the protection actors running at Kayes.
		{"Avenir Brillant bɛ denmisɛnw mina hali sisan wa?", "n bɛ taa min sisan?",
			[]string{"ENDA", "AME"}, []string{"AECID", "LuxDev", "Projet canadien", ". Avenir Brillant"}},
	}
	for _, tt := range tests {
		b, _ := newBot(t)
		first := text(handle(t, b, Update{Kind: Text, Text: tt.first}))
		if strings.Contains(first, "AECID") {
			t.Errorf("%q: a donor offered beside the project that ended:\n%s", tt.first, first)
		}
		got := text(handle(t, b, Update{Kind: Text, Text: tt.then}))
		ok := false
		for _, w := range tt.want {
			ok = ok || strings.Contains(got, w)
		}
		if !ok {
			t.Errorf("%q after %q: none of %v:\n%s", tt.then, tt.first, tt.want, got)
		}
		for _, w := range tt.forbid {
			if strings.Contains(got, w) {
				t.Errorf("%q after %q: %q offered:\n%s", tt.then, tt.first, w, got)
			}
		}
	}
	// Told ended, then asked a trade: running places only.
	b, _ := newBot(t)
	got := text(handle(t, b, Update{Kind: Text, Text: "avenir brillant est fini, ou apprendre l'electricite a Kayes maintenant ?"}))
	if !strings.Contains(got, "IFPI") || strings.Contains(got, "Banque Mondiale") || strings.Contains(got, ". Avenir Brillant") {
		t.Errorf("a project told ended, a trade asked: not the running places only:\n%s", got)
	}
	b, _ = newBot(t)
	handle(t, b, Update{Kind: Text, Text: "formation en soudure a Bamako"})
	if got := text(handle(t, b, Update{Kind: Text, Text: "et maintenant je vais où ?"})); strings.Contains(got, "terminé") || !strings.Contains(got, "4.") {
		t.Errorf("nothing closed shown: not the other results:\n%s", got)
	}
}
