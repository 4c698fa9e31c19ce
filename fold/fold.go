// Package fold reduces text to the key Sira matches on: lower case, no
// accents or tone marks, and Bambara's special letters spelled the way
// phones write them (ɛ→e, ɔ→o, ɲ→ny, ŋ→ng). French "Ségou", Bambara "Segu"
// typed as "sègou", and "Ségou" in decomposed form all meet on one key.
package fold

import (
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// letters maps the Bambara letters (and their capitals) to their phone
// spelling. è and ò are read as ɛ and ɔ, which fold to e and o anyway.
var letters = strings.NewReplacer(
	"ɛ", "e", "Ɛ", "e", "ɔ", "o", "Ɔ", "o",
	"ɲ", "ny", "Ɲ", "ny", "ŋ", "ng", "Ŋ", "ng",
	"œ", "oe", "Œ", "oe", "æ", "ae", "Æ", "ae",
	"’", "'", "‘", "'", "`", "'", "ʼ", "'",
)

// stripMarks removes combining marks (accents, tones) after NFD.
var stripMarks = runes.Remove(runes.In(unicode.Mn))

// unmark decomposes, strips the marks and recomposes. A chain holds two
// buffers of several kilobytes and state, so chains are pooled rather than
// built per word (a question's words were a quarter of its allocations).
var unmark = sync.Pool{New: func() any { return transform.Chain(norm.NFD, stripMarks, norm.NFC) }}

// String returns the folded key of s.
func String(s string) string {
	if Folded(s) {
		return s
	}
	s = letters.Replace(s)
	if isASCII(s) {
		return strings.ToLower(s)
	}
	t := unmark.Get().(transform.Transformer)
	defer unmark.Put(t)
	out, _, err := transform.String(t, s) // resets t first
	if err != nil {
		out = s // transform only fails on invalid state; keep the input
	}
	return strings.ToLower(out)
}

// Folded reports whether s is already its own key: lower-case ASCII with no
// backquote. Most words of a French text are; checking spares the work.
func Folded[T string | []byte](s T) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || c >= 'A' && c <= 'Z' || c == '`' {
			return false
		}
	}
	return true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
