package search

import "testing"

func TestTogether(t *testing.T) {
	ix := testIndex(t)
	ids := func(words ...string) []uint32 {
		var out []uint32
		for _, w := range words {
			for _, term := range ix.frenchCache.terms(w) {
				if id, ok := ix.held.id(fText, term); ok {
					out = append(out, id)
				}
			}
		}
		return out
	}
	tests := []struct {
		ref  string
		a, b []uint32
		want bool
	}{
		{"P14", ids("Maroc"), ids("bourses"), true},   // "Programme bourses de formation professionnelle au Maroc"
		{"P29", ids("Canada"), ids("bourses"), false}, // an office in Canada, bourses elsewhere
		{"P15", ids("Espagne"), ids("travail"), true}, // "travailleurs", a longer form, on the line
		{"P14", ids("Maroc"), nil, false},             // nothing to meet
	}
	for _, tt := range tests {
		if got := ix.together(tt.ref, tt.a, tt.b); got != tt.want {
			t.Errorf("together(%s) = %v, want %v", tt.ref, got, tt.want)
		}
	}
}
