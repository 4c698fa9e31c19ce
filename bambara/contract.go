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

// Expand rewrites apostrophe contractions into their full words, so that
// "n b'a fɛ k'a dɛmɛ" reads "n bɛ a fɛ ka a dɛmɛ". A contraction is a
// one-letter word, any apostrophe, then a letter. Written as a scan, not a
// regular expression: it runs on every question (a third of reading one
// went to the expression).
func (c Contractions) Expand(s string) string {
	if !strings.ContainsAny(s, apostrophes) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	prev := ' ' // the rune before the one read: the start counts as a space
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		full, short := c[unicode.ToLower(r)]
		if short && !unicode.IsLetter(prev) {
			if a, an := utf8.DecodeRuneInString(s[i+n:]); strings.ContainsRune(apostrophes, a) {
				if next, _ := utf8.DecodeRuneInString(s[i+n+an:]); unicode.IsLetter(next) {
					b.WriteString(full)
					b.WriteByte(' ')
					i, prev = i+n+an, ' '
					continue
				}
			}
		}
		b.WriteString(s[i : i+n])
		i, prev = i+n, r
	}
	return b.String()
}
