package phrase

import (
	"strconv"
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

// The filter passes over no word that begins a key: Longest finds what the
// map alone finds, for keys and for words that begin none, many of whose
// bits the keys' first words set.
func TestLongestAsMap(t *testing.T) {
	s := Starts{}
	most := map[string]int{}
	keys := map[string]bool{}
	var words []string
	for i := range 3000 {
		w := strconv.FormatInt(int64(i)*7919, 36)
		words = append(words, w)
		if i%5 == 0 {
			key := w
			for j := range i % 3 {
				key += " " + strconv.Itoa(j)
			}
			s.Add(key)
			keys[key] = true
			most[w] = max(most[w], len(strings.Fields(key)))
		}
	}
	found := func(k string) bool { return keys[k] }
	passed := 0
	for i := range words {
		ws := []string{words[i], "0", "1"}
		n, key := s.Longest(ws, 0, found)
		want := 0
		for m := min(most[words[i]], len(ws)); m >= 1; m-- {
			if keys[strings.Join(ws[:m], " ")] {
				want = m
				break
			}
		}
		if n != want || n > 0 && key != strings.Join(ws[:n], " ") {
			t.Errorf("%q: %d %q, want %d words", ws, n, key, want)
		}
		if h := filterHash(words[i]); most[words[i]] == 0 && s.filter[h/64]&(1<<(h%64)) != 0 {
			passed++ // a word that begins no key the filter lets through to the map
		}
	}
	if passed == 0 || passed > len(words)/2 {
		t.Errorf("%d words of %d begin no key and pass the filter", passed, len(words))
	}
}
