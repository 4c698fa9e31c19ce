// Package phrase finds keys of one or more words in a text's words, the
// longest first: "tungarankɛ seginnen" before "tungarankɛ", "San Pedro"
// before "San".
package phrase

import "strings"

// Starts records, by first word, the most words of a key that begins with
// it. Joining words into candidate keys at every word costs a question
// dearly; a word that begins no key is not looked up at all. Nine words in
// ten of a question begin none, and most of those are told by a filter of
// a bit a word (by a hash of its length and letters), small enough to stay
// in the processor's cache, without a look-up in the map.
type Starts struct {
	most   map[string]int
	filter []uint64 // bit filterHash(w) is set when a key begins with w
}

// Add records a key: words separated by single spaces.
func (s *Starts) Add(key string) {
	ws := strings.Fields(key)
	if len(ws) == 0 {
		return
	}
	if s.most == nil {
		s.most, s.filter = map[string]int{}, make([]uint64, filterBits/64)
	}
	s.most[ws[0]] = max(s.most[ws[0]], len(ws))
	h := filterHash(ws[0])
	s.filter[h/64] |= 1 << (h % 64)
}

// Longest returns the longest key words[i:] begins with, as the number of
// its words and the key itself, trying candidates from the longest down;
// found says whether a candidate is a key. It returns 0 when none is.
func (s *Starts) Longest(words []string, i int, found func(key string) bool) (int, string) {
	if h := filterHash(words[i]); s.filter == nil || s.filter[h/64]&(1<<(h%64)) == 0 {
		return 0, "" // begins no key
	}
	most := min(s.most[words[i]], len(words)-i)
	if most < 1 {
		return 0, ""
	}
	// The candidates are the longest's prefixes: it is joined once.
	joined := words[i]
	if most > 1 {
		joined = strings.Join(words[i:i+most], " ")
	}
	end := len(joined)
	for n := most; n >= 1; n-- {
		if key := joined[:end]; found(key) {
			return n, key
		}
		end -= len(words[i+n-1]) + 1
	}
	return 0, ""
}

// filterBits is the size of a Starts' filter, 512 bytes: the lexicon's
// 650-odd first words set a seventh of its bits.
const (
	filterLog  = 12
	filterBits = 1 << filterLog
)

// filterHash is a word's bit in a filter: its length and four of its
// bytes, mixed.
func filterHash(w string) uint32 {
	h := uint32(len(w)) * 0x9E3779B1
	if n := len(w); n > 0 {
		h ^= uint32(w[0]) | uint32(w[n-1])<<8 | uint32(w[n/2])<<16 | uint32(w[(n-1)/3])<<24
	}
	h *= 0x85EBCA6B
	h ^= h >> 13
	h *= 0xC2B2AE35
	return h >> (32 - filterLog)
}
