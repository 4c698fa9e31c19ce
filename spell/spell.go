// Package spell finds the words of a vocabulary within one edit of a
// misspelt one, for the slips of phone typing: a letter dropped, doubled,
// changed, or two swapped.
package spell

import "slices"

// An Index finds the vocabulary keys within one edit of a key by the
// symmetric-delete method: every key is filed under itself and each of its
// one-letter deletions, so a lookup is a handful of map reads instead of a
// Levenshtein automaton over the term dictionary for every misspelt word.
type Index map[string][]string

// New indexes the keys of vocab of minLen bytes or more.
func New(vocab map[string]bool, minLen int) Index {
	n := make(Index, len(vocab)*8) // a key and its deletions, about
	for k := range vocab {
		if len(k) < minLen {
			continue
		}
		for _, d := range deletions(k) {
			n[d] = append(n[d], k)
		}
	}
	return n
}

// deletions is the key and its one-byte deletions (keys are folded ASCII).
func deletions(k string) []string {
	out := make([]string, 0, len(k)+1)
	out = append(out, k)
	for i := range len(k) {
		out = append(out, k[:i]+k[i+1:])
	}
	return out
}

// Near returns the vocabulary keys within one edit of k that begin with
// its letter, without duplicates, sorted (the same answer from run to run):
// a slip rarely touches the first letter, and a real word one letter
// longer at the start is another word ("astronomie", "gastronomie").
func (n Index) Near(k string) []string {
	var out []string
	seen := map[string]bool{}
	for _, d := range deletions(k) {
		for _, c := range n[d] {
			if !seen[c] && c[0] == k[0] && OneEdit(k, c) {
				seen[c] = true
				out = append(out, c)
			}
		}
	}
	slices.Sort(out)
	return out
}

// OneEdit reports whether a and b differ by at most one insertion,
// deletion, substitution or swap of two neighbouring letters ("fromation").
func OneEdit(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if i == len(a) {
		return true
	}
	if len(a) == len(b) {
		return Swapped(a, b) || a[i+1:] == b[i+1:]
	}
	return a[i:] == b[i+1:]
}

// minChanged is the shortest word read through a changed letter: in a
// shorter one a changed letter makes another word ("nager" is not Niger,
// "louer" is not "loger").
const minChanged = 7

// OtherWord reports whether near, one edit from word, is more likely
// another word than a slip for it: a letter changed (not dropped, added or
// swapped) in a word shorter than minChanged.
func OtherWord(word, near string) bool {
	return len(word) < minChanged && len(near) == len(word) && !Swapped(word, near)
}

// Swapped reports whether a and b differ by two neighbouring letters
// swapped, and nothing else.
func Swapped(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
}
