package understand

import (
	"slices"
	"strings"

	"sira/index/bambara"
	"sira/index/lang"
	"sira/index/lexicon"
	"sira/index/spell"
)

// respell reads a Bambara word that is neither in the lexicon nor in the
// fiches as the lexicon word it is within one letter of: Bambara is written
// by ear ("Farasi" for Faransi). Between several, the one the word drops a
// letter of wins, as ears drop nasals and long vowels (a word of asking
// without its final n is that word, short or not); when that does not
// decide, the word is left alone, as are short words (at one edit they meet
// too many others); a word within one letter of none, as the word of the
// fiches whose sound it has (loanWords: "kredi", crédit). Words claimed are
// left as they are, and so are the
// words of a lexicon phrase found as written (matches): "saniya" alone is
// one letter from sariya, but "saniya baara" is cleaning work. It returns
// the words as read (words itself when none is respelt), and their classes
// (cls, words' classes, when none is).
func (rd *Reader) respell(words []string, cls []lang.Class, claims []claim, matches []lexicon.Match) ([]string, []lang.Class) {
	l := rd.layer(words, cls)
	inPhrase := make([]bool, len(words))
	for _, m := range matches {
		if m.Phrase() {
			mark(inPhrase, m.Start, m.End)
		}
	}
	for i, w := range words {
		if claims[i] != free || inPhrase[i] || rd.lex.Known(w) || rd.corpus.Holds(w) {
			continue
		}
		if n := w + rd.v.bmNasal; len(w) >= minNasal && rd.unknown(w) && rd.v.Words.Is(n, lang.HasFacet) {
			// A word of asking a part with its final nasal left out, as
			// ears drop it ("sebe", sɛbɛn): one exact letter, so short
			// words too; not a topic ("kura" is no "kuran").
			l.set(i, n)
			continue
		}
		if len(w) < minLoan {
			continue
		}
		var near []string
		if len(w) >= minFuzzyKey {
			near = rd.lexSpell.Near(w)
		}
		if len(near) > 1 {
			near = slices.DeleteFunc(near, func(c string) bool { return len(c) != len(w)+1 })
		}
		switch {
		case len(near) == 1:
			l.set(i, near[0])
		case len(near) == 0 && rd.loanOf(w) != "":
			l.set(i, rd.loanOf(w)) // a French word as heard: "kredi", crédit
		}
	}
	return l.words(), l.classes()
}

// minNasal is the shortest word read with its final nasal left out: "ba"
// and "bo" are words of their own.
const minNasal = 4

// namesNoTopic reports whether a word of asking frames the question, is
// grammar, or says which part of a fiche is asked: none names a topic.
func (v *vocab) namesNoTopic(w string) bool {
	return v.Words.Is(w, lang.Frame|lang.Function|lang.HasFacet)
}

// respellFrench reads a word that neither the fiches, the lexicon nor the
// words of asking know as the word of asking one edit away ("apprenrde",
// "beson", "condrtions"): a misspelt "apprendre" would otherwise be a
// topic no fiche has. Misspelt topics are left to the search, which looks
// for them by sound and within one edit of the fiches' terms. Words
// claimed are left as they are. It returns the words as read, and their
// classes. A trade or an activity the lists know (trades.tsv,
// activities.tsv) is no misspelling: "apiculteur" is no "aviculteur"; nor
// is a concept of danger in any inflection (distress_concepts.tsv: "volée"
// is voler's, no "violée"); nor a verb of a past told (past_told.tsv:
// "avait" is no "avant"); nor a word of a phrase of asking ("chère" of
// "est chère", found as written, is no "chèvre") or of knowledge asked
// (knowledge.tsv: "couve" of "une poule couve" is no "coûte").
func (rd *Reader) respellFrench(words []string, cls []lang.Class, claims []claim) ([]string, []lang.Class) {
	l := rd.layer(words, cls)
	asking := make([]bool, len(words))
	for _, h := range rd.v.AskedPatterns.Find(words) {
		mark(asking, h.Start, h.End)
	}
	for _, h := range rd.v.Knowledge.Find(words) {
		mark(asking, h.Start, h.End)
	}
	for i, w := range words {
		if claims[i] != free || len(w) < minRespell || cls[i].Is(questionWord|lang.Trade|lang.Activity|lang.Sell) || rd.corpus.Holds(w) || rd.lex.Known(w) || rd.v.dangerWord(w) || rd.v.PastTold[w] || asking[i] {
			continue
		}
		near := slices.DeleteFunc(rd.v.questionSpell.Near(w), func(c string) bool {
			// Only a word that names no topic is read through a
			// changed letter ("jernes", "nutero").
			return spell.OtherWord(w, c) && !rd.v.namesNoTopic(c)
		})
		if rd.v.nounAt(l.words(), l.classes(), i, French) && slices.ContainsFunc(near, rd.v.infinitive) {
			continue // after an article or a possessive, a noun: "ma montre" is no misspelt "monter"
		}
		if len(near) == 1 || len(near) > 1 && !slices.ContainsFunc(near, func(c string) bool { return !rd.v.Words.Is(c, lang.Frame|lang.Function) }) {
			// several frame or grammar words ("aprendre", "apprendre";
			// "quelle", "quelles") read alike: a swap of two letters
			// first ("formre": former, not forme), as phones swap them
			as := near[0]
			if j := slices.IndexFunc(near, func(c string) bool { return spell.Swapped(w, c) }); j >= 0 {
				as = near[j]
			}
			l.set(i, as)
		}
	}
	return l.words(), l.classes()
}

// gbAsG reads N'Ko ߜ, which the transliteration table gives as Maninka
// "gb", as Bambara g when the word is otherwise unknown: Bambara has no gb,
// and its N'Ko writers rarely add the mark that makes ߜ a g (ߛߍߜߎ, Sɛgu).
// It returns the words as read, and their classes.
func (rd *Reader) gbAsG(words []string, cls []lang.Class) ([]string, []lang.Class) {
	l := rd.layer(words, cls)
	for i, w := range words {
		if strings.Contains(w, "gb") && !rd.lex.Known(w) && !rd.gaz.Known(w) {
			l.set(i, strings.ReplaceAll(w, "gb", "g"))
		}
	}
	return l.words(), l.classes()
}

// impliedVowels reads a word of a N'Ko question that no one knows as its
// writer wrote it: N'Ko leaves out the vowel of a consonant before another,
// and the transliteration repeats the next one (ߞߎߟߌߞߏߙߏ, kulikoro), but a
// French word taken in keeps its cluster of consonants, written without
// the mark that says so (ߓߏߎߙߛߋ is "bourse", read "bourese"). A word one
// such vowel less that the fiches, the lexicon, the words of asking or the
// gazetteer know, of at least minLoan letters, is read so. It returns the
// words as read, and their classes.
func (rd *Reader) impliedVowels(words []string, cls []lang.Class) ([]string, []lang.Class) {
	l := rd.layer(words, cls)
	for i, w := range words {
		if len(w) <= minLoan || !rd.unknown(w) {
			continue
		}
		for j := 1; j+2 < len(w); j++ {
			if !bambara.FoldedVowel(w[j]) || bambara.FoldedVowel(w[j-1]) || bambara.FoldedVowel(w[j+1]) || w[j+2] != w[j] {
				continue
			}
			if c := w[:j] + w[j+1:]; !rd.unknown(c) {
				l.set(i, c)
				break
			}
		}
	}
	return l.words(), l.classes()
}

// countryCompounds reads a word of a Bambara question that no one knows,
// a country's name joined to jàmana (pays, bm/grammar.tsv's country), as
// the country's name: Bambara writes the compound as one word (Bamadaba's
// mákanjamana, Arabie saoudite; "sinuwajamana", China). It returns the
// words as read, and their classes.
func (rd *Reader) countryCompounds(words []string, cls []lang.Class) ([]string, []lang.Class) {
	l := rd.layer(words, cls)
	for i, w := range words {
		name, ok := strings.CutSuffix(w, rd.v.bmCountry)
		if !ok || name == "" || !rd.unknown(w) || len(rd.abroad.Find([]string{name})) == 0 {
			continue
		}
		l.set(i, name)
	}
	return l.words(), l.classes()
}

// bambaraLetters reads a word of a Bambara question that no one knows,
// written with the letters French gives Bambara's sounds ("djourou",
// "moussow", "dougou": the French names of towns are so written, Djenné,
// Koulikoro), as the Bambara word its Bambara letters spell
// (bm/french_letters.tsv: juru, musow, dugu) when the lexicon or the
// gazetteer knows that word once the question reader has read it (musow:
// muso). It returns the words as read, and their classes.
func (rd *Reader) bambaraLetters(words []string, cls []lang.Class) ([]string, []lang.Class) {
	l := rd.layer(words, cls)
	for i, w := range words {
		if !rd.unknown(w) {
			continue
		}
		b := rd.v.frenchLetters.Replace(w)
		if b == w {
			continue
		}
		if toks := rd.bambara.Analyze([]byte(b)); len(toks) > 0 {
			if k := string(toks[0].Term); rd.lex.Known(k) || rd.gaz.Known(k) {
				l.set(i, k)
			}
		}
	}
	return l.words(), l.classes()
}

// unknown reports whether a folded word is known to no one: not in the
// fiches, the lexicon, the words of asking, the gazetteer or a country's
// names ("angile", England, is no misspelt Angel). Only such a word is
// read as a misspelt name.
func (rd *Reader) unknown(w string) bool {
	return !rd.corpus.Holds(w) && !rd.lex.Known(w) && !rd.v.Words.Is(w, questionWord) && !rd.gaz.Known(w) && len(rd.abroad.Find([]string{w})) == 0
}

// A layer is a copy of words and their classes with some words read
// otherwise, made on the first change: the words analyzed are never
// changed, and only a word read otherwise is looked up again.
type layer struct {
	v            *vocab
	base, out    []string
	baseCls, cls []lang.Class
}

// layer starts a layer over words, of classes cls.
func (rd *Reader) layer(words []string, cls []lang.Class) layer {
	return layer{v: rd.v, base: words, baseCls: cls}
}

// set reads word i as w.
func (l *layer) set(i int, w string) {
	if l.out == nil {
		l.out, l.cls = slices.Clone(l.base), slices.Clone(l.baseCls)
	}
	l.out[i], l.cls[i] = w, l.v.class(w)
}

// words returns the words as read.
func (l *layer) words() []string {
	if l.out == nil {
		return l.base
	}
	return l.out
}

// classes returns the classes of the words as read.
func (l *layer) classes() []lang.Class {
	if l.out == nil {
		return l.baseCls
	}
	return l.cls
}

// headwords returns Bambara words (lng) as the lexicon writes them,
// folded: a spelling its entries list beside their word ("pasiporo", of
// pasipɔri) reads as that word, when all the entries it finds are one
// word's. Other words, and French ones, stay as they are; words itself is
// returned when none changes.
func (rd *Reader) headwords(words []string, lng string) []string {
	if lng != Bambara {
		return words
	}
	out := words
	for i, w := range words {
		es := rd.lex.Lookup(w)
		if len(es) == 0 || len(es[0].Keys) == 0 || es[0].Keys[0] == w {
			continue // Keys[0] is the word as its entry writes it, folded
		}
		h := es[0].Keys[0]
		if strings.Contains(h, " ") || slices.ContainsFunc(es[1:], func(e lexicon.Entry) bool { return len(e.Keys) == 0 || e.Keys[0] != h }) {
			continue
		}
		if len(out) > 0 && &out[0] == &words[0] {
			out = slices.Clone(words)
		}
		out[i] = h
	}
	return out
}
