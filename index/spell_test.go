package index

import "testing"

func TestOneEdit(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"formation", "formation", true},
		{"formation", "formaion", true},   // deletion
		{"formation", "formattion", true}, // insertion
		{"formation", "formasion", true},  // substitution
		{"formation", "fromation", true},  // neighbours swapped
		{"formation", "frmoation", false}, // two edits
		{"formation", "formatoin", true},
		{"formation", "ofrmatino", false},
		{"ab", "ba", true},
		{"abc", "cba", false},
	}
	for _, tt := range tests {
		if got := oneEdit(tt.a, tt.b); got != tt.want {
			t.Errorf("oneEdit(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := oneEdit(tt.b, tt.a); got != tt.want {
			t.Errorf("oneEdit(%q, %q) = %v, want %v", tt.b, tt.a, got, tt.want)
		}
	}
}
