package places

import (
	"fmt"
	"strings"

	"sira/fold"
)

// spellings finds names in folded words by any of their spellings, longest
// first: "Kalaban Coro" before "Kalaban".
type spellings struct {
	byKey  map[string]int  // folded spelling → index of what it names
	maxLen int             // longest spelling, in words
	starts map[string]bool // first words of spellings of several words
}

func newSpellings() spellings {
	return spellings{byKey: map[string]int{}, starts: map[string]bool{}}
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
	if ws := strings.Fields(key); len(ws) > 1 {
		s.starts[ws[0]] = true
		s.maxLen = max(s.maxLen, len(ws))
	}
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

func (s *spellings) lookup(spelling string) (int, bool) {
	idx, ok := s.byKey[fold.String(strings.TrimSpace(spelling))]
	return idx, ok
}

// A span is a name found in words: words[start:end] name entry idx.
type span struct{ idx, start, end int }

// find returns the names in words, without overlaps, in order.
func (s *spellings) find(words []string) []span {
	var out []span
	for i := 0; i < len(words); {
		n := 1
		if s.starts[words[i]] { // joining words for every start costs a question dearly
			n = min(s.maxLen, len(words)-i)
		}
		for ; n >= 1; n-- {
			if idx, ok := s.byKey[strings.Join(words[i:i+n], " ")]; ok {
				out = append(out, span{idx, i, i + n})
				break
			}
		}
		i += max(n, 1)
	}
	return out
}
