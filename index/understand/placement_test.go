package understand

import (
	"strings"
	"testing"

	"sira/index/lang"
	"sira/index/lexicon"
)

// TestPlacementNamed: a reader is made only when every country of
// placement.tsv is one index/places/abroad.tsv names, else it would never be read.
func TestPlacementNamed(t *testing.T) {
	d, a := shippedAnalyzers(t)
	for _, tt := range []struct {
		country string
		ok      bool
	}{
		{"espagne", true},
		{"emirats arabes unis", true},
		{"emirats", false}, // an alias, not the name
		{"oman", false},
	} {
		edited := *d
		edited.Placement = lang.Words{tt.country: true}
		_, err := New(NewLanguage(&edited, lexicon.Default()), a, words{}, nil)
		if (err == nil) != tt.ok || err != nil && !strings.Contains(err.Error(), tt.country) {
			t.Errorf("placement %q: err %v, want ok %v", tt.country, err, tt.ok)
		}
	}
}
