package bambara

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"sira/index/fold"
)

// The N'Ko letters a Latin Bambara text is written with, read from the same
// table as Transliterate (nko.tsv), so the two directions cannot drift.
var (
	toNKo      = map[string]string{} // a Latin letter or digraph → its N'Ko letter
	toNKoPunct = map[rune]string{}   // , ! ? ; ' → N'Ko punctuation
	nasalMark  string                // U+07F2, a vowel's n
	longMark   string                // the first long-tone mark: a doubled vowel
	syllabicN  string                // ߒ: n before a consonant, or alone
	noVowel    = string(dagbasinna)  // a consonant with no vowel after it
	// vowels are the Latin letters of the table's vowels (a e i ɛ u o ɔ);
	// foldedVowels the same, folded (a e i u o)
	vowels       = map[string]bool{}
	foldedVowels string
)

func init() {
	rank := map[string]int{}
	for _, line := range strings.Split(nkoTSV, "\n")[1:] {
		cols := strings.Split(line, "\t")
		if len(cols) < 4 {
			continue
		}
		chars, latin, note := cols[0], cols[2], cols[3]
		if strings.HasPrefix(note, "vowel") && latin != "" {
			vowels[latin] = true
			if f := fold.String(latin); !strings.Contains(foldedVowels, f) {
				foldedVowels += f
			}
		}
		switch {
		case cols[1] == "U+07F2":
			nasalMark = chars
		case latin == "(double vowel)":
			if longMark == "" {
				longMark = chars
			}
		case strings.HasPrefix(note, "syllabic N"):
			syllabicN = chars
		case latin == "," || latin == "!" || latin == "?" || latin == ";" || latin == "'":
			r, _ := utf8.DecodeRuneInString(latin)
			if _, ok := toNKoPunct[r]; !ok {
				toNKoPunct[r] = chars
			}
		default:
			// Several rows may write one Latin letter (ߙ and the archaic ߪ
			// for r, ߣ and NA WOLOSO ߠ for n): the plain letter wins, then
			// a named variant, then a digraph of a borrowed sound.
			r, ok := letterRank(note)
			if !ok || latin == "" {
				continue
			}
			if old, seen := rank[latin]; !seen || r < old {
				toNKo[latin], rank[latin] = chars, r
			}
		}
	}
}

// letterRank orders the rows that write a letter; ok is false for rows
// that write no letter (digits, marks, punctuation).
func letterRank(note string) (int, bool) {
	switch {
	case strings.HasPrefix(note, "vowel"), note == "consonant":
		return 0, true
	case strings.HasPrefix(note, "consonant"):
		return 1, true
	case strings.HasPrefix(note, "digraph"):
		return 2, true
	case strings.HasPrefix(note, "archaic"):
		return 3, true
	}
	return 0, false
}

func isVowel(letter string) bool { return vowels[letter] }

// FoldedVowel reports whether a byte of a folded word (fold.String) is a
// vowel's: the table's vowels, folded.
func FoldedVowel(c byte) bool { return strings.IndexByte(foldedVowels, c) >= 0 }

// ToNKo writes the Latin Bambara words of s in N'Ko script, the way
// Transliterate reads them back: a vowel's n before a consonant or at the
// end of a word is the nasal mark, a doubled vowel takes a long-tone mark, an
// n before a consonant at the start of a word (or alone) is syllabic ߒ, and
// a consonant followed by another takes the mark that says it has no vowel.
// Tones are not written in Latin, so none are written in N'Ko.
//
// A word is kept as it is when it is not Bambara text: it holds a digit,
// "@", "/" or a dot between letters (numbers, phone numbers, links, e-mail
// addresses), or it is an acronym in capitals ("APEJ"). Names inside a
// sentence are the caller's to keep (see the bot's script pass).
func ToNKo(s string) string {
	var b strings.Builder
	for len(s) > 0 {
		i := strings.IndexFunc(s, unicode.IsSpace)
		if i < 0 {
			i = len(s)
		}
		b.WriteString(chunkToNKo(s[:i]))
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsSpace(r) {
				break
			}
			j += n
		}
		b.WriteString(s[i:j])
		s = s[j:]
	}
	return b.String()
}

// chunkToNKo writes one whitespace-free chunk: letters as N'Ko words,
// punctuation as N'Ko punctuation, or the whole chunk as it is.
func chunkToNKo(c string) string {
	if keepLatin(c) {
		return c
	}
	var b strings.Builder
	for len(c) > 0 {
		r, n := utf8.DecodeRuneInString(c)
		if unicode.Is(unicode.Latin, r) {
			// A word: a Latin letter (ɛ ɔ ɲ ŋ are Latin), then letters,
			// their marks and apostrophes.
			end := n + strings.IndexFunc(c[n:], func(r rune) bool { return !isWordRune(r) })
			if end < n {
				end = len(c)
			}
			if w := c[:end]; acronym(w) {
				b.WriteString(w)
			} else {
				b.WriteString(wordToNKo(w))
			}
			c = c[end:]
			continue
		}
		if p, ok := toNKoPunct[r]; ok {
			b.WriteString(p)
		} else {
			b.WriteRune(r)
		}
		c = c[n:]
	}
	return b.String()
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || strings.ContainsRune(apostrophes, r)
}

// keepLatin reports whether a chunk is a number, a link, an address or a
// handle rather than words.
func keepLatin(c string) bool {
	if strings.ContainsAny(c, "0123456789@/") {
		return true
	}
	for i := 1; i+1 < len(c); i++ {
		if c[i] == '.' && isASCIILetter(c[i-1]) && isASCIILetter(c[i+1]) {
			return true
		}
	}
	return false
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// acronym reports whether a word is two or more capitals ("APEJ", "EOJ").
func acronym(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// latinLetters turns a word into Bambara letters: lower case, tone marks
// dropped, è and ò read as ɛ and ɔ, é as e.
func latinLetters(w string) []string {
	w = strings.ToLower(norm.NFD.String(w))
	var out []string
	for _, r := range w {
		switch {
		case r == '\u0300' && len(out) > 0 && (out[len(out)-1] == "e" || out[len(out)-1] == "o"):
			// è, ò: the old spelling of ɛ, ɔ
			out[len(out)-1] = map[string]string{"e": "ɛ", "o": "ɔ"}[out[len(out)-1]]
		case unicode.Is(unicode.Mn, r):
			// a tone or an accent: not written
		case strings.ContainsRune(apostrophes, r):
			out = append(out, "'")
		default:
			out = append(out, string(r))
		}
	}
	// Digraphs: gb is one letter, sh a borrowed sound. The text is in the
	// standard orthography, so ny is n then y ("kalanyɔrɔ"), never ɲ.
	var letters []string
	for i := 0; i < len(out); i++ {
		if i+1 < len(out) {
			if d := out[i] + out[i+1]; d == "gb" || d == "sh" {
				letters = append(letters, d)
				i++
				continue
			}
		}
		letters = append(letters, out[i])
	}
	return letters
}

// wordToNKo writes one Latin word in N'Ko.
func wordToNKo(w string) string {
	ls := latinLetters(w)
	var b strings.Builder
	for i, l := range ls {
		prev, next := "", ""
		if i > 0 {
			prev = ls[i-1]
		}
		if i+1 < len(ls) {
			next = ls[i+1]
		}
		switch {
		case l == "'":
			b.WriteString(toNKoPunct['\''])
		case isVowel(l) && l == prev:
			b.WriteString(longMark)
		case isVowel(l):
			b.WriteString(toNKo[l])
		case l == "n" && i == 0 && !isVowel(next), l == "ŋ":
			b.WriteString(syllabicN)
		case l == "n" && isVowel(prev) && !isVowel(next):
			b.WriteString(nasalMark)
		case toNKo[l] != "":
			b.WriteString(toNKo[l])
			if next != "" && next != "'" && !isVowel(next) {
				b.WriteString(noVowel)
			}
		default:
			b.WriteString(l)
		}
	}
	return b.String()
}
