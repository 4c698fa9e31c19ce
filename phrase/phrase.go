// Package phrase finds keys of one or more words in a text's words, the
// longest first: "tungarankɛ seginnen" before "tungarankɛ", "San Pedro"
// before "San".
package phrase

import "strings"

// Starts records, by first word, the most words of a key that begins with
// it. Joining words into candidate keys at every word costs a question
// dearly; a word that begins no key is not looked up at all.
type Starts map[string]int

// Add records a key: words separated by single spaces.
func (s Starts) Add(key string) {
	ws := strings.Fields(key)
	if len(ws) > 0 {
		s[ws[0]] = max(s[ws[0]], len(ws))
	}
}

// Longest returns the longest key words[i:] begins with, as the number of
// its words and the key itself, trying candidates from the longest down;
// found says whether a candidate is a key. It returns 0 when none is.
func (s Starts) Longest(words []string, i int, found func(key string) bool) (int, string) {
	for n := min(s[words[i]], len(words)-i); n >= 1; n-- {
		key := words[i]
		if n > 1 {
			key = strings.Join(words[i:i+n], " ")
		}
		if found(key) {
			return n, key
		}
	}
	return 0, ""
}
