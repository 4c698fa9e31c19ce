package bot

import (
	"strings"
	"testing"
)

// TestDangerServingFirst: a danger answer at a place shows the actors
// that work there (ENDA, the Croix-Rouge, UNICEF at Gao) before those
// that do not (COOPI: Kayes, Ségou, Mopti).
func TestDangerServingFirst(t *testing.T) {
	b, _ := newBot(t)
	for i, say := range []string{
		"un enfant de 13 ans dort seul a la gare de Gao, qui peut l'aider ?",
		"denmisɛn dɔ bɛ Gao, a si ye san 12 ye, a kelen don, dumuni t'a bolo",
	} {
		got := text(handle(t, b, Update{ChatID: int64(2010 + i), Kind: Text, Text: say}))
		if !strings.Contains(got, "UNICEF") || strings.Contains(got, "COOPI") {
			t.Errorf("%q: UNICEF not shown, or COOPI shown first:\n%s", say, got)
		}
	}
}
