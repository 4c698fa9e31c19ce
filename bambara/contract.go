package bambara

import (
	"regexp"
	"strings"
)

// contraction matches a one-letter word with an apostrophe before a vowel,
// as phones write b'a (bɛ a), k'a (ka a), n'a (ni a), t'a (tɛ a), y'a (ye a).
// Any apostrophe style is accepted.
var contraction = regexp.MustCompile(`(?i)(^|[^\pL])([bkntyBKNTY])[` + apostrophes + `](\pL)`)

var expansions = map[string]string{"b": "bɛ", "k": "ka", "n": "ni", "t": "tɛ", "y": "ye"}

// apostrophes are the marks contraction accepts: a text without any has
// nothing to expand, and most questions have none.
const apostrophes = "'’‘`ʼ"

// Expand rewrites apostrophe contractions into their full words, so that
// "n b'a fɛ k'a dɛmɛ" reads "n bɛ a fɛ ka a dɛmɛ".
func Expand(s string) string {
	if !strings.ContainsAny(s, apostrophes) {
		return s
	}
	return contraction.ReplaceAllStringFunc(s, func(m string) string {
		sub := contraction.FindStringSubmatch(m)
		return sub[1] + expansions[strings.ToLower(sub[2])] + " " + sub[3]
	})
}
