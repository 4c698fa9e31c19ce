// Package bambara holds the text rules of written Bambara that Sira needs:
// N'Ko to Latin transliteration before matching, and back for answers in
// N'Ko, and the apostrophe contractions of phone spelling (b'a, k'a, n'a).
package bambara

import (
	_ "embed"
	"strings"
	"unicode/utf8"
)

//go:embed nko.tsv
var nkoTSV string

// nkoUnit is what one N'Ko code point (or digraph) becomes.
type nkoUnit struct {
	latin string
	class byte // 'v' vowel, 'c' consonant, 'n' nasal mark, 'l' long-tone mark, 'x' other
}

var (
	nkoSingle  = map[rune]nkoUnit{}
	nkoDigraph = map[[2]rune]nkoUnit{}
)

func init() {
	for _, line := range strings.Split(nkoTSV, "\n")[1:] {
		cols := strings.Split(line, "\t")
		if len(cols) < 4 {
			continue
		}
		chars := []rune(cols[0])
		u := nkoUnit{latin: cols[2], class: classify(cols)}
		switch len(chars) {
		case 1:
			nkoSingle[chars[0]] = u
		case 2:
			nkoDigraph[[2]rune{chars[0], chars[1]}] = u
		}
	}
}

func classify(cols []string) byte {
	note := cols[3]
	switch {
	case strings.HasPrefix(note, "vowel"):
		return 'v'
	case strings.HasPrefix(note, "consonant"), strings.HasPrefix(note, "archaic"),
		strings.HasPrefix(note, "syllabic N"), strings.HasPrefix(note, "digraph"):
		return 'c'
	case cols[1] == "U+07F2":
		return 'n'
	case strings.Contains(note, "double vowel") || cols[2] == "(double vowel)":
		return 'l'
	}
	return 'x'
}

const dagbasinna = '\u07D1' // marks a consonant with no vowel after it

// IsNKo reports whether s contains N'Ko letters. The block U+07C0–U+07FF
// is exactly the runes whose UTF-8 begins with the byte 0xDF, which no
// other rune's encoding holds: the byte is looked for, not every rune
// decoded (every question is asked this).
func IsNKo(s string) bool {
	for i := strings.IndexByte(s, nkoLead); i >= 0; i = strings.IndexByte(s, nkoLead) {
		if i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			return true // a lead byte and a continuation: an N'Ko rune
		}
		s = s[i+1:]
	}
	return false
}

// nkoLead is the first byte of the UTF-8 of every N'Ko rune.
const nkoLead = 0xDF

// Transliterate writes the N'Ko letters of s in Latin Bambara (ɛ, ɔ, ɲ kept),
// leaving other text as it is. Tones are dropped; long tones double the
// vowel; the nasal mark writes n; an omitted vowel (consonant–consonant–vowel)
// is written again after the first consonant, as N'Ko readers do.
func Transliterate(s string) string {
	if !IsNKo(s) {
		return s
	}
	type unit struct {
		nkoUnit
		noVowel bool // followed by dagbasinna
	}
	var units []unit
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r2, size2 := utf8.DecodeRuneInString(s[i+size:]); size2 > 0 {
			if u, ok := nkoDigraph[[2]rune{r, r2}]; ok {
				units = append(units, unit{nkoUnit: u})
				i += size + size2
				continue
			}
		}
		i += size
		if r == dagbasinna {
			if len(units) > 0 {
				units[len(units)-1].noVowel = true
			}
			continue
		}
		u, ok := nkoSingle[r]
		if !ok {
			units = append(units, unit{nkoUnit: nkoUnit{latin: string(r), class: 'x'}})
			continue
		}
		units = append(units, unit{nkoUnit: u})
	}
	var b strings.Builder
	for i, u := range units {
		switch u.class {
		case 'l':
			// Long tone: write the previous vowel twice.
			if i > 0 && units[i-1].class == 'v' {
				b.WriteString(units[i-1].latin)
			}
		case 'c':
			b.WriteString(u.latin)
			// Omitted vowel: C1 C2 V reads C1 V C2 V. Syllabic n (ߒ) and a
			// consonant marked vowel-less take none.
			if !u.noVowel && u.latin != "n" && i+2 < len(units) &&
				units[i+1].class == 'c' && units[i+2].class == 'v' && units[i+1].latin != "n" {
				b.WriteString(units[i+2].latin)
			}
		default:
			b.WriteString(u.latin)
		}
	}
	return b.String()
}
