package places

import (
	"fmt"
	"strings"

	"sira/index/fold"
	"sira/index/phrase"
	"sira/index/spell"
)

// spellings finds names in folded words by any of their spellings, longest
// first: "Kalaban Coro" before "Kalaban".
type spellings struct {
	byKey  map[string]int // folded spelling → index of what it names
	starts phrase.Starts
	fuzzy  spell.Index // one-word spellings, for misspelt names
}

// MinMisspelt is the shortest word read as a misspelt name: shorter ones
// are one letter from too many words.
const MinMisspelt = 5

// indexMisspellings builds the index of one-word spellings, once all are
// added.
func (s *spellings) indexMisspellings() {
	single := map[string]bool{}
	for k := range s.byKey {
		if !strings.Contains(k, " ") {
			single[k] = true
		}
	}
	s.fuzzy = spell.New(single, MinMisspelt)
}

// misspelt returns the entry a word one edit from its spellings names, if
// only one entry is that close.
func (s *spellings) misspelt(word string) (int, bool) {
	idx := -1
	if len(word) < MinMisspelt {
		return idx, false
	}
	for _, k := range s.fuzzy.Near(word) {
		if spell.OtherWord(word, k) {
			continue
		}
		i := s.byKey[k]
		if idx >= 0 && i != idx {
			return -1, false
		}
		idx = i
	}
	return idx, idx >= 0
}

func newSpellings() spellings {
	return spellings{byKey: map[string]int{}, starts: phrase.Starts{}}
}

// add records a spelling of the name at idx; a spelling already taken by
// another name is an error.
func (s *spellings) add(spelling string, idx int) error {
	key := fold.String(strings.TrimSpace(spelling))
	if key == "" {
		return nil
	}
	if prev, ok := s.byKey[key]; ok && prev != idx {
		return fmt.Errorf("%q already names entry %d", spelling, prev+1)
	}
	s.byKey[key] = idx
	s.starts.Add(key)
	return nil
}

// addAll records an entry's id, name and '|'-separated aliases.
func (s *spellings) addAll(idx int, id, name, aliases string) error {
	for _, spelling := range append([]string{id, name}, strings.Split(aliases, "|")...) {
		if err := s.add(spelling, idx); err != nil {
			return err
		}
	}
	return nil
}

// taken reports whether a spelling names an entry already.
func (s *spellings) taken(spelling string) bool {
	_, ok := s.lookup(spelling)
	return ok
}

func (s *spellings) lookup(spelling string) (int, bool) {
	idx, ok := s.byKey[fold.String(strings.TrimSpace(spelling))]
	return idx, ok
}

// at returns list[i] when a look-up found i.
func at[T any](list []T, i int, ok bool) (T, bool) {
	if !ok {
		var zero T
		return zero, false
	}
	return list[i], true
}

// A span is a name found in words: words[start:end] name entry idx.
type span struct{ idx, start, end int }

// find returns the names in words, without overlaps, in order.
func (s *spellings) find(words []string) []span {
	var out []span
	known := func(key string) bool { _, ok := s.byKey[key]; return ok }
	for i := 0; i < len(words); {
		n, key := s.starts.Longest(words, i, known)
		if n == 0 {
			i++
			continue
		}
		out = append(out, span{s.byKey[key], i, i + n})
		i += n
	}
	return out
}
