package understand

import (
	"strings"

	"sira/index/bambara"
	"sira/index/fold"
	"sira/index/lang"
	"sira/index/spell"
	"sira/seeds"
)

// Bambara takes French words as heard: a vowel between two consonants and
// after the last ("kredi": crédit, "mekaniki": mécanique, "elektirisite":
// électricité), y or w before a vowel ("formasiyon": formation), the silent
// letters left out. loanWords maps the skeleton (skeleton) of the words of
// what the fiches offer — their names, trades, summaries and offers — as a
// French word sounds, to the word, where one word alone (or one word and
// its plural) has it; a Bambara word that neither the lexicon nor the
// fiches know is read as the word of its skeleton when it sounds like it
// (loanOf, respell).
func (rd *Reader) loanWords(fiches []*seeds.Fiche) map[string]string {
	found := map[string]map[string]bool{}
	read := map[string]bool{} // a word is heard once, however often the fiches write it
	for _, f := range fiches {
		texts := []string{f.Name, f.Summary, f.Offer}
		for _, t := range f.Trades {
			texts = append(texts, t.Name)
		}
		for _, t := range texts {
			for w := range lang.LetterWordsSeq(fold.String(t)) {
				if len(w) < minLoan || read[w] || rd.v.Words.Is(w, lang.Function) {
					continue
				}
				read[w] = true
				s := rd.v.skeleton(rd.v.heard(w))
				if len(s) < minSkeleton {
					continue
				}
				if found[s] == nil {
					found[s] = map[string]bool{}
				}
				found[s][w] = true
			}
		}
	}
	loans := map[string]string{}
	for s, ws := range found {
		if w := family(ws); w != "" {
			loans[s] = w
		}
	}
	return loans
}

// minLoan is the shortest word of the fiches read as a loan: shorter ones
// have too few consonants to be told apart.
const minLoan = 5

// heard returns a folded French word as it sounds (fr/heard.tsv: "tion" is
// "sion"; "crédits": credi, "atelier": atelie), its letters then written
// as Bambara writes them (bm/loan_sounds.tsv: "peinture", pentiri).
func (v *vocab) heard(w string) string {
	return v.loanSounds.Replace(v.Heard.Sound(w))
}

// loanOf returns the fiches' word a Bambara word writes as heard, or "":
// the word of its skeleton, spelt as it sounds the same ("kredi": credi) or,
// with four consonants or more, within one edit ("mekaniki": mekanike,
// "formasiyon": formasion), once the vowels Bambara puts between two
// consonants the French word joins are taken out (unjoined:
// "tarakitɛri", tracteur); "kabini" (since) is not "cabinet".
func (rd *Reader) loanOf(w string) string {
	s := rd.v.skeleton(w)
	fw := rd.loans[s]
	if fw == "" {
		return ""
	}
	b := rd.v.spelt(rd.v.heard(fw))
	a := unjoined(rd.v.spelt(w), b)
	if a == b || len(s) > minSkeleton && spell.OneEdit(a, b) {
		return fw
	}
	return ""
}

// unjoined returns a, a Bambara word spelt as heard, without the vowels it
// puts where b, the French word as heard, has none: after a consonant,
// before the next one or at the end ("tarakiteri" of "trakter": trakter;
// "porogaramu" of "programe": programu). Bambara syllables end in a vowel,
// so it breaks every cluster of consonants and ends a loan with a vowel
// (Bamadaba: tarakitɛri 136284, pòrogaramu 118269, bíriki 9965).
func unjoined(a, b string) string {
	out := make([]byte, 0, len(a))
	j := 0
	for i := 0; i < len(a); i++ {
		switch {
		case j < len(b) && a[i] == b[j]:
			j++
		case bambara.FoldedVowel(a[i]) && i > 0 && !bambara.FoldedVowel(a[i-1]) && (j == len(b) || !bambara.FoldedVowel(b[j])):
			continue // a vowel between two consonants, or after the last
		case j < len(b):
			j++
		}
		out = append(out, a[i])
	}
	return string(out)
}

// A speller writes a folded word as it sounds, a doubled letter as one
// (bm/spelt.tsv: "chauffeur", sofer).
type speller struct {
	sounds [][2]string // lang.Data.Spelt: letters and their sound, in the order tried
	starts [256]bool   // the letters a rule's letters begin with
}

// newSpeller returns the speller of rules (lang.Data.Spelt).
func newSpeller(rules [][2]string) *speller {
	s := &speller{sounds: rules}
	for _, r := range rules {
		s.starts[r[0][0]] = true
	}
	return s
}

// spelt returns w, folded, spelt as it sounds, vowels kept: at each place
// the first rule whose letters begin there, or the letter as it is.
func (s *speller) spelt(w string) string {
	var room [32]byte // most words: on the stack
	b := room[:0]
	for i := 0; i < len(w); {
		sound, n := w[i:i+1], 1
		if s.starts[w[i]] {
			for _, r := range s.sounds {
				if strings.HasPrefix(w[i:], r[0]) {
					sound, n = r[1], len(r[0])
					break
				}
			}
		}
		for j := 0; j < len(sound); j++ {
			if len(b) == 0 || b[len(b)-1] != sound[j] {
				b = append(b, sound[j])
			}
		}
		i += n
	}
	return string(b)
}

// family returns the word of a set that every other begins with ("credit"
// of credit, credits), or "" when the words are not one word's forms.
func family(ws map[string]bool) string {
	short := ""
	for w := range ws {
		if short == "" || len(w) < len(short) || len(w) == len(short) && w < short {
			short = w
		}
	}
	for w := range ws {
		if !strings.HasPrefix(w, short) {
			return ""
		}
	}
	return short
}
