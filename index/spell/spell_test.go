package spell

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

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
		if got := OneEdit(tt.a, tt.b); got != tt.want {
			t.Errorf("OneEdit(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := OneEdit(tt.b, tt.a); got != tt.want {
			t.Errorf("OneEdit(%q, %q) = %v, want %v", tt.b, tt.a, got, tt.want)
		}
	}
}

func TestOtherWord(t *testing.T) {
	tests := []struct {
		word, near string
		want       bool
	}{
		{"nager", "niger", true},          // a letter changed in a short word
		{"louer", "loger", true},          //
		{"kayse", "kayes", false},         // swapped
		{"bamko", "bamako", false},        // dropped
		{"formasion", "formation", false}, // changed, in a long word
	}
	for _, tt := range tests {
		if got := OtherWord(tt.word, tt.near); got != tt.want {
			t.Errorf("OtherWord(%q, %q) = %v, want %v", tt.word, tt.near, got, tt.want)
		}
	}
}

func TestNear(t *testing.T) {
	long := strings.Repeat("formation", 8) // longer than deletions' buffer
	ix := New(map[string]bool{"formation": true, "bamako": true, "gastronomie": true, "ab": true, long: true}, 3)
	tests := map[string][]string{
		long[:len(long)-1]: {long},
		"fromation":        {"formation"},
		"bamko":            {"bamako"},
		"astronomie":       nil, // a first letter more is another word
		"ba":               nil, // "ab" is too short to be indexed
	}
	for k, want := range tests {
		if got := ix.Near(k); !slices.Equal(got, want) {
			t.Errorf("Near(%q) = %v, want %v", k, got, want)
		}
	}
}

// TestNearSorted: the same candidates in the same order from run to run
// (a question's reading must not depend on map order).
func TestNearSorted(t *testing.T) {
	n := New(map[string]bool{"former": true, "forme": true, "formes": true, "fermer": true}, 4)
	if got := n.Near("formre"); !slices.IsSorted(got) || len(got) != 2 {
		t.Errorf("Near(formre) = %v, want forme and former, sorted", got)
	}
}

// TestNearAsScan checks Near against a scan of the whole vocabulary: the
// keys of minLen bytes or more, of k's first letter, one edit from k.
func TestNearAsScan(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	word := func() string {
		b := make([]byte, 1+rng.IntN(8))
		for i := range b {
			b[i] = "aabeiklmnos"[rng.IntN(11)]
		}
		return string(b)
	}
	vocab := map[string]bool{}
	for range 3000 {
		vocab[word()] = true
	}
	const minLen = 3
	n := New(vocab, minLen)
	for range 3000 {
		k := word()
		var want []string
		for c := range vocab {
			if len(c) >= minLen && c[0] == k[0] && OneEdit(k, c) {
				want = append(want, c)
			}
		}
		slices.Sort(want)
		if got := n.Near(k); !slices.Equal(got, want) {
			t.Fatalf("Near(%q) = %v, want %v", k, got, want)
		}
	}
	if got := (Index{}).Near("abc"); got != nil {
		t.Errorf("an empty index found %v", got)
	}
}
