package understand

import (
	"slices"
	"testing"
)

// TestMoneyIsFinancing: wári (money) asks for financing, as the fiches say
// it: not for "argent", which a fiche holds only in its money transfer
// (Baobab's "transfert d'argent"), a service that gives no money.
func TestMoneyIsFinancing(t *testing.T) {
	rd := testReader(t, words{"argent": 2})
	for _, q := range []string{
		"tungarankɛ seginnenw ka wari dɛmɛ bɛ yen wa?",
		"n ka baarakeda be san 4 bo, n be wari caman fe ka a bonya",
	} {
		u := rd.Understand(q)
		if u.Need != "financement" {
			t.Errorf("%q: need %q, want financement", q, u.Need)
		}
		if slices.ContainsFunc(u.Terms, func(x Term) bool { return x.Role.Asks() && slices.Contains(x.Variants, "argent") }) {
			t.Errorf("%q: terms %v, want no argent asked", q, roles(u))
		}
	}
}
