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

// TestTrainingWordHeld: a Bambara word of training whose gloss the fiches
// hold ("kalanbali": alphabétisation) names what is asked, to be covered
// by the fiches that hold it, not by every fiche that trains (Term.Need
// empty); one they do not hold stays the need's; a word of who asks keeps
// its need.
func TestTrainingWordHeld(t *testing.T) {
	held := testReader(t, words{"alphabetisation": 3})
	plain := plainReader(t)
	need := func(rd *Reader, q, gloss string) (string, bool) {
		for _, x := range rd.Understand(q).Terms {
			if slices.Contains(x.Variants, gloss) {
				return x.Need, true
			}
		}
		return "", false
	}
	q := "sikaso, kalanbaliw bɛ se ka sɛbɛnni dege min?"
	if n, ok := need(held, q, "alphabétisation"); !ok || n != "" {
		t.Errorf("%q, alphabétisation held: need %q (found %v), want none", q, n, ok)
	}
	if n, ok := need(plain, q, "alphabétisation"); !ok || n != "formation" {
		t.Errorf("%q, alphabétisation not held: need %q (found %v), want formation", q, n, ok)
	}
}
