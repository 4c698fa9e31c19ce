package lang

import "testing"

// Heard.Sound applies fr/heard.tsv's rules: within, then the silent ends,
// then the first ending, never leaving a word empty by it.
func TestHeardSound(t *testing.T) {
	d, err := Load(Files, anyWord)
	if err != nil {
		t.Fatal(err)
	}
	for w, want := range map[string]string{
		"formation":  "formasion", // within
		"credits":    "credi",     // a final s, then a final t
		"prix":       "pri",
		"atelier":    "atelie", // -er: its r
		"er":         "e",
		"d":          "d", // an ending is no whole word
		"niveau":     "niveau",
		"formations": "formasion",
		"riz":        "ri",
		"tissusx":    "tissu", // however many silent letters
	} {
		if got := d.Heard.Sound(w); got != want {
			t.Errorf("Sound(%q) = %q, want %q", w, got, want)
		}
	}
}
