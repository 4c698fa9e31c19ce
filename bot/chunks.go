package bot

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Telegram's limits, counted as it counts: UTF-16 code units of the text
// after its HTML is parsed (an emoji is two). Heads of forwarded messages
// are counted with their tags, which leaves a margin.
const (
	maxMessage = 4000 // a message's text (limit 4,096)
	maxCaption = 1024 // a media's caption
)

// len16 is the length of s as Telegram counts it.
func len16(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// chunks cuts plain text into pieces of at most size UTF-16 units, at a
// line break if one is in the second half of the piece, else at a space,
// else between two characters. Joined, the pieces are the text: nothing a
// person or a counsellor wrote is lost.
func chunks(text string, size int) []string {
	size = max(size, 16)
	var out []string
	for len16(text) > size {
		end, n := 0, 0 // the byte offset of the first max units
		for i, r := range text {
			if n+utf16.RuneLen(r) > size {
				break
			}
			n += utf16.RuneLen(r)
			end = i + utf8.RuneLen(r)
		}
		cut := end
		if i := strings.LastIndexByte(text[:end], '\n'); i >= end/2 {
			cut = i + 1
		} else if i := strings.LastIndexByte(text[:end], ' '); i >= end/2 {
			cut = i + 1
		}
		out = append(out, text[:cut])
		text = text[cut:]
	}
	return append(out, text)
}

// split joins parts with blank lines into messages of at most max
// characters, cutting a part that is longer by lines, then by characters.
func split(parts []string, max int) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	add := func(s string) {
		n := utf8.RuneCountInString(cur.String())
		sep := 0
		if n > 0 {
			sep = 2
		}
		if n+sep+utf8.RuneCountInString(s) > max {
			flush()
			sep = 0
		}
		if sep > 0 {
			cur.WriteString("\n\n")
		}
		cur.WriteString(s)
	}
	for _, p := range parts {
		for utf8.RuneCountInString(p) > max {
			r := []rune(p)
			cut := max
			if i := strings.LastIndex(string(r[:max]), "\n"); i > 0 {
				cut = utf8.RuneCountInString(string(r[:max])[:i])
			}
			flush()
			out = append(out, string(r[:cut]))
			p = strings.TrimLeft(string(r[cut:]), "\n")
		}
		add(p)
	}
	flush()
	return out
}
