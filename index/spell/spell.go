// Package spell finds the words of a vocabulary within one edit of a
// misspelt one, for the slips of phone typing: a letter dropped, doubled,
// changed, or two swapped.
package spell

import (
	"hash/maphash"
	"slices"
)

// An Index finds the vocabulary keys within one edit of a key by the
// symmetric-delete method: every key is filed under itself and each of its
// one-letter deletions, so a lookup is a handful of table reads instead of
// a Levenshtein automaton over the term dictionary for every misspelt word.
//
// The table holds no pointers (keys end to end in one string, slots of
// numbers), so the garbage collector has nothing to scan in it
// (docs/benchmarks.md).
type Index struct {
	keys  string   // the keys, end to end
	ends  []uint32 // where each key ends in keys
	slots []slot   // open addressing by hash; a power of two long, half full at most
	seed  maphash.Seed
}

// A slot files a key (its number plus one; 0 is an empty slot) under the
// hash of the key or of one of its deletions.
type slot struct{ hash, key uint32 }

// New indexes the keys of vocab of minLen bytes or more.
func New(vocab map[string]bool, minLen int) Index {
	var keys []string
	filed := 0
	for k := range vocab {
		if len(k) >= minLen {
			keys = append(keys, k)
			filed += len(k) + 1
		}
	}
	if len(keys) == 0 {
		return Index{}
	}
	slices.Sort(keys)
	n := Index{ends: make([]uint32, len(keys)), seed: maphash.MakeSeed()}
	size := 1
	for size < 2*filed {
		size *= 2
	}
	n.slots = make([]slot, size)
	var all []byte
	for i, k := range keys {
		all = append(all, k...)
		n.ends[i] = uint32(len(all))
		n.deletions(k, func(h uint32) {
			at := h & uint32(size-1)
			for n.slots[at].key != 0 {
				at = (at + 1) & uint32(size-1)
			}
			n.slots[at] = slot{h, uint32(i) + 1}
		})
	}
	n.keys = string(all)
	return n
}

// deletions calls file with the hash of the key and of each of its
// one-byte deletions (keys are folded ASCII), each deletion once.
func (n Index) deletions(k string, file func(hash uint32)) {
	var buf [64]byte
	d := buf[:0]
	if len(k) > len(buf) {
		d = make([]byte, 0, len(k))
	}
	file(uint32(maphash.String(n.seed, k)))
	for i := range len(k) {
		if i > 0 && k[i] == k[i-1] {
			continue // the same deletion as the one before
		}
		d = append(append(d[:0], k[:i]...), k[i+1:]...)
		file(uint32(maphash.Bytes(n.seed, d)))
	}
}

// key returns key number i.
func (n Index) key(i uint32) string {
	start := uint32(0)
	if i > 0 {
		start = n.ends[i-1]
	}
	return n.keys[start:n.ends[i]]
}

// Near returns the vocabulary keys within one edit of k that begin with
// its letter, without duplicates, sorted (the same answer from run to run):
// a slip rarely touches the first letter, and a real word one letter
// longer at the start is another word ("astronomie", "gastronomie").
func (n Index) Near(k string) []string {
	if len(n.slots) == 0 || k == "" {
		return nil
	}
	var out []string
	mask := uint32(len(n.slots) - 1)
	n.deletions(k, func(h uint32) {
		for at := h & mask; n.slots[at].key != 0; at = (at + 1) & mask {
			if n.slots[at].hash != h {
				continue
			}
			// A hash shared by chance brings a key one edit away or
			// not: OneEdit decides.
			if c := n.key(n.slots[at].key - 1); c[0] == k[0] && OneEdit(k, c) {
				out = append(out, c)
			}
		}
	})
	slices.Sort(out)
	return slices.Compact(out)
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
