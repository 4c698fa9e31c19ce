package analysis

import (
	"slices"
	"sync"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
	"github.com/blevesearch/segment"
)

// WordsName is the name of the word tokenizer.
const WordsName = "sira_words"

// WordsTokenizer splits text into words as bleve's unicode tokenizer does:
// the same tokens, offsets, positions and types (TestWordsAsUnicode,
// FuzzWordsAsUnicode). Text of Latin letters, digits and common
// punctuation, as nearly every question is, it splits itself by the rules
// bleve's segmenter applies to those characters (latinWords), for a tenth
// of the segmenter's work; any other text it gives the segmenter. It keeps
// its tokens in one array of their number, where bleve's grows its stream
// by doubling and sizes its token array from the first word's length (for
// a question, its largest allocations).
type WordsTokenizer struct{}

// bytesPerWord is the fewest bytes a word and the space after it take in
// most texts: a short text's room is reckoned in words of so many bytes.
const bytesPerWord = 4

// shortWords is the most words room is made for on the stack: a text of
// up to shortWords*bytesPerWord bytes (a question's sentence) is read
// there.
const shortWords = 32

// scratch holds the arrays longer texts are read into before their tokens
// are copied out, each array used by one call at a time and cleared after.
var scratch = sync.Pool{New: func() any { return new([]analysis.Token) }}

// Tokenize implements analysis.Tokenizer. Its tokens are kept in an array
// of their number: a text is read into room on the stack, or into a
// scratch array when longer, and its tokens copied out.
func (WordsTokenizer) Tokenize(input []byte) analysis.TokenStream {
	if len(input)/bytesPerWord+1 > shortWords {
		room := scratch.Get().(*[]analysis.Token)
		read := words(input, (*room)[:0])
		out := stream(slices.Clone(read))
		clear(read) // holds no text once done
		*room = read[:0]
		scratch.Put(room)
		return out
	}
	var room [shortWords]analysis.Token
	return stream(slices.Clone(words(input, room[:0])))
}

// words appends the words of input to tokens.
func words(input []byte, tokens []analysis.Token) []analysis.Token {
	tokens, ok := latinWords(input, tokens)
	if !ok {
		tokens = segmented(input, tokens[:0])
	}
	return tokens
}

// stream is the token stream of tokens.
func stream(tokens []analysis.Token) analysis.TokenStream {
	out := make(analysis.TokenStream, len(tokens))
	for i := range tokens {
		out[i] = &tokens[i]
	}
	return out
}

// segmented appends the words of input as bleve's segmenter splits them.
func segmented(input []byte, tokens []analysis.Token) []analysis.Token {
	seg := segment.NewWordSegmenterDirect(input)
	start := 0
	for seg.Segment() {
		word := seg.Bytes()
		end := start + len(word)
		if typ := seg.Type(); typ != segment.None {
			tokens = append(tokens, analysis.Token{Term: word, Start: start, End: end, Position: len(tokens) + 1, Type: tokenType(typ)})
		}
		start = end
	}
	return tokens
}

// latinWords appends the words of input, if it holds only characters
// whose word-boundary classes (Unicode's UAX #29, as bleve's segmenter
// reads them) are letters, ASCII digits, the marks that may join them, or
// characters that stand alone; it reports false for any other, which the
// segmenter must read. A word is letters and digits, with a mark between
// two letters (: . ' ’) or two digits (, ; . ' ’); it is numeric when it
// holds no letter ("2.500", not "3e").
func latinWords(input []byte, tokens []analysis.Token) ([]analysis.Token, bool) {
	for i := 0; i < len(input); {
		c, size := classAt(input, i)
		switch c {
		case unknown:
			return tokens, false
		case letter, digit:
		default:
			i += size // a character of its own, in no word
			continue
		}
		start, numeric, prev := i, c == digit, c
		for i += size; i < len(input); {
			c, size = classAt(input, i)
			if c == letter || c == digit {
				numeric = numeric && c == digit
				prev, i = c, i+size
				continue
			}
			if c == unknown {
				return tokens, false
			}
			if c&prev == 0 || i+size == len(input) {
				break // a mark that joins no word of prev's kind, or the text's last
			}
			next, nsize := classAt(input, i+size)
			if next == unknown {
				return tokens, false
			}
			if next != prev {
				break
			}
			i += size + nsize
		}
		typ := analysis.AlphaNumeric
		if numeric {
			typ = analysis.Numeric
		}
		tokens = append(tokens, analysis.Token{Term: input[start:i], Start: start, End: i, Position: len(tokens) + 1, Type: typ})
	}
	return tokens, true
}

// A wordClass is the word-boundary class of a character latinWords reads.
// A mark's class holds, besides mark, the bits of the kinds of word it may
// join.
type wordClass uint8

const (
	letter wordClass = 1 << iota
	digit
	mark
	alone                             // a character in no word
	unknown                           // a character latinWords leaves to the segmenter
	midLetter = mark | letter         // joins letters: ':'
	midNum    = mark | digit          // joins digits: ',' ';'
	midNumLet = mark | letter | digit // joins either: '.', the apostrophes ' ‘ ’
)

// classAt returns the class of the character at input[i], and its size.
func classAt(input []byte, i int) (wordClass, int) {
	b := input[i]
	if b < utf8.RuneSelf {
		return asciiClass[b], 1
	}
	r, size := utf8.DecodeRune(input[i:])
	switch {
	case r >= 0xC0 && r <= 0x2AF && r != 0xD7 && r != 0xF7:
		return letter, size // Latin-1's letters, Latin Extended-A and -B, IPA (ɛ ɔ ɲ ŋ)
	case r == 0x2018 || r == 0x2019:
		return midNumLet, size
	case r == 0xA0 || r == 0xAB || r == 0xB0 || r == 0xBB || r == 0xD7 || r == 0xF7,
		r >= 0x2010 && r <= 0x2017, r >= 0x201A && r <= 0x2023, r == 0x2025 || r == 0x2026, r >= 0x2030 && r <= 0x203E:
		return alone, size // no-break space, « » ° × ÷, dashes, double quotes, bullets, …, ‰, ‹ ›
	}
	return unknown, size
}

// asciiClass is the class of each ASCII character; '_' (which joins the
// words beside it) and the controls but tab and line breaks are unknown.
var asciiClass = func() (t [utf8.RuneSelf]wordClass) {
	for b := range t {
		switch {
		case b >= 'a' && b <= 'z', b >= 'A' && b <= 'Z':
			t[b] = letter
		case b >= '0' && b <= '9':
			t[b] = digit
		case b == ':':
			t[b] = midLetter
		case b == ',', b == ';':
			t[b] = midNum
		case b == '.', b == '\'':
			t[b] = midNumLet
		case b == '_', b < ' ' && b != '\t' && b != '\n' && b != '\r', b == 0x7F:
			t[b] = unknown
		default:
			t[b] = alone
		}
	}
	return t
}()

// tokenType is the token type of a segment's type, as bleve's unicode
// tokenizer says it.
func tokenType(segmentType int) analysis.TokenType {
	switch segmentType {
	case segment.Ideo, segment.Kana:
		return analysis.Ideographic
	case segment.Number:
		return analysis.Numeric
	}
	return analysis.AlphaNumeric
}

func init() {
	err := registry.RegisterTokenizer(WordsName, func(map[string]interface{}, *registry.Cache) (analysis.Tokenizer, error) {
		return WordsTokenizer{}, nil
	})
	if err != nil {
		panic(err)
	}
}
