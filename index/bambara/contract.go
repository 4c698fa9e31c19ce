package bambara

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Contractions are the one-letter words phones contract before a vowel,
// by letter, with their full form: b'a (bɛ a), k'a (ka a), n'a (ni a)…
// (the language file bm/contractions.tsv).
type Contractions map[rune]string

// apostrophes are the marks contraction accepts: a text without any has
// nothing to expand, and most questions have none.
const apostrophes = "'’‘`ʼ"

// apostropheStarts marks the bytes an apostrophe begins with in UTF-8:
// indexApostrophe decodes a rune only there, where strings.IndexAny with
// marks beyond ASCII decodes every rune of the text.
var apostropheStarts = func() (starts [256]bool) {
	for _, r := range apostrophes {
		starts[string(r)[0]] = true
	}
	return starts
}()

// indexApostrophe is strings.IndexAny(s, apostrophes).
func indexApostrophe(s string) int {
	for i := 0; i < len(s); i++ {
		if !apostropheStarts[s[i]] {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(s[i:]); strings.ContainsRune(apostrophes, r) {
			return i
		}
	}
	return -1
}

// Expand rewrites apostrophe contractions into their full words, so that
// "n b'a fɛ k'a dɛmɛ" reads "n bɛ a fɛ ka a dɛmɛ". A contraction is a
// one-letter word, any apostrophe, then a letter. It runs on every
// question, twice: only the letters before an apostrophe are looked up,
// and a text with nothing to expand is returned as it is.
func (c Contractions) Expand(s string) string {
	var b strings.Builder
	done := 0 // s[:done] is in b
	for from := 0; ; {
		j := indexApostrophe(s[from:])
		if j < 0 {
			break
		}
		j += from
		_, an := utf8.DecodeRuneInString(s[j:])
		from = j + an
		r, n := utf8.DecodeLastRuneInString(s[:j])
		full, short := c[unicode.ToLower(r)]
		if !short || j-n > 0 && unicode.IsLetter(lastRune(s[:j-n])) {
			continue // no one-letter word before the apostrophe
		}
		if next, _ := utf8.DecodeRuneInString(s[from:]); !unicode.IsLetter(next) {
			continue
		}
		if b.Len() == 0 {
			b.Grow(len(s) + 8)
		}
		b.WriteString(s[done : j-n])
		b.WriteString(full)
		b.WriteByte(' ')
		done = from
	}
	if done == 0 {
		return s
	}
	b.WriteString(s[done:])
	return b.String()
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
