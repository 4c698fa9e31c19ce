package phrase

import (
	"strings"
	"testing"
)

func TestLongest(t *testing.T) {
	keys := map[string]bool{}
	s := Starts{}
	for _, k := range []string{"tungaranke", "tungaranke seginnen", "san", "san pedro de abajo", "koro"} {
		keys[k] = true
		s.Add(k)
	}
	found := func(k string) bool { return keys[k] }
	for _, tc := range []struct {
		words string
		i     int
		n     int
		key   string
	}{
		{"n ye tungaranke seginnen ye", 2, 2, "tungaranke seginnen"},
		{"n ye tungaranke ye", 2, 1, "tungaranke"},
		{"tungaranke", 0, 1, "tungaranke"}, // a phrase's first word at the end
		{"san pedro", 0, 1, "san"},         // a longer key not all there
		{"a san pedro de abajo ko", 1, 4, "san pedro de abajo"},
		{"kalan koro", 0, 0, ""}, // begins no key
		{"a b", 1, 0, ""},
	} {
		n, key := s.Longest(strings.Fields(tc.words), tc.i, found)
		if n != tc.n || key != tc.key {
			t.Errorf("Longest(%q, %d) = %d %q, want %d %q", tc.words, tc.i, n, key, tc.n, tc.key)
		}
	}
}

// A key found refuses is passed over for a shorter one.
func TestLongestRefused(t *testing.T) {
	s := Starts{}
	s.Add("se")
	s.Add("se ka")
	n, key := s.Longest([]string{"se", "ka"}, 0, func(k string) bool { return k == "se" })
	if n != 1 || key != "se" {
		t.Errorf("got %d %q", n, key)
	}
	if n, _ := s.Longest([]string{"se"}, 0, func(string) bool { return false }); n != 0 {
		t.Errorf("refused key found: %d", n)
	}
}
