// Package fold reduces text to the key Sira matches on: lower case, no
// accents or tone marks, and Bambara's special letters spelled the way
// phones write them (ɛ→e, ɔ→o, ɲ→ny, ŋ→ng). French "Ségou", Bambara "Segu"
// typed as "sègou", and "Ségou" in decomposed form all meet on one key.
package fold

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// letterPairs map the Bambara letters (and their capitals) to their phone
// spelling, and a few others to their plain spelling. è and ò are read as
// ɛ and ɔ, which fold to e and o anyway.
var letterPairs = []string{
	"ɛ", "e", "Ɛ", "e", "ɔ", "o", "Ɔ", "o",
	"ɲ", "ny", "Ɲ", "ny", "ŋ", "ng", "Ŋ", "ng",
	"œ", "oe", "Œ", "oe", "æ", "ae", "Æ", "ae",
	"’", "'", "‘", "'", "`", "'", "ʼ", "'",
}

// letters replaces them in a text; letter, one rune.
var (
	letters = strings.NewReplacer(letterPairs...)
	letter  = func() map[rune]string {
		m := make(map[rune]string, len(letterPairs)/2)
		for i := 0; i < len(letterPairs); i += 2 {
			r, _ := utf8.DecodeRuneInString(letterPairs[i])
			m[r] = letterPairs[i+1]
		}
		return m
	}()
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
	if k, ok := latin(s); ok {
		return k
	}
	return general(s)
}

// general is String for any text: the letters replaced, then decomposed,
// stripped of marks, recomposed and lower-cased.
func general(s string) string {
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

// latinEnd bounds the runes latin folds one by one: the Latin letters, the
// IPA letters Bambara writes (ɛ ɔ ɲ), the modifier letters and the
// combining accents. Below it, general's steps act on each rune alone — no
// two of these runes compose under NFC — so the key of a text is the keys
// of its runes, end to end (TestLatinAsGeneral checks it rune by rune).
const latinEnd = 0x370

// punctuation to punctuationEnd are the dashes, quotes, bullets and other
// marks of General Punctuation (fiches write • – … “ ”): none decomposes,
// changes case or composes, so latin takes them as they are.
const punctuation, punctuationEnd = 0x2010, 0x2060

// latin folds s rune by rune when all its runes are below latinEnd (or
// punctuation), without general's transform chain: most words with
// an accent are French or Bambara ones. ok is false for any other text.
func latin(s string) (key string, ok bool) {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf && c != '`' {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if k, ok := letter[r]; ok {
			b.WriteString(k)
			i += size
			continue
		}
		if r >= punctuation && r < punctuationEnd {
			b.WriteString(s[i : i+size])
			i += size
			continue
		}
		if r >= latinEnd || r == utf8.RuneError {
			return "", false
		}
		// The rune's canonical decomposition without the marks, lower-cased.
		d := norm.NFD.PropertiesString(s[i : i+size]).Decomposition()
		if d == nil {
			writeUnmarked(&b, r)
		}
		for _, r := range string(d) {
			writeUnmarked(&b, r)
		}
		i += size
	}
	return b.String(), true
}

// writeUnmarked writes r lower-cased, or nothing for a mark.
func writeUnmarked(b *strings.Builder, r rune) {
	if !unicode.Is(unicode.Mn, r) {
		b.WriteRune(unicode.ToLower(r))
	}
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

// Digits reports whether a key is written in digits alone ("10", "2500"):
// a number, in either language.
func Digits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}
