package bot

import (
	"strings"
	"unicode"
)

// visible removes the invisible format characters (Unicode Cf: zero-width
// spaces and joiners, bidi marks and overrides, soft hyphens, byte-order
// marks) that phones and copied text slip into words: "for\u200bmation" is
// read as "formation", and a right-to-left override in a first name cannot
// turn a counsellor's case post around. A joiner between two pictographs
// stays, as it makes one emoji of them. Bytes that are not UTF-8 (a
// console, a broken client) become U+FFFD: what Sira passes on, to a
// counsellor or to a person, is text Telegram accepts.
func visible(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if strings.IndexFunc(s, isFormat) < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	var prev rune
	for _, r := range s {
		if isFormat(r) && !(r == '\u200d' && unicode.Is(unicode.So, prev)) {
			continue
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

func isFormat(r rune) bool { return unicode.Is(unicode.Cf, r) }
