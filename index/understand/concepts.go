package understand

import (
	"slices"
	"strings"
	"unicode/utf8"

	"sira/index/analysis"
	"sira/index/lang"
)

// A concept is a word of danger (distress_concepts.tsv) with the stem a
// question's word is compared with: the French light stem of a French
// word, the word itself in Bambara.
type concept struct {
	lang.Concept
	stem string
}

// Lacking and inflection windows of concepts (conceptSigns).
const (
	lackBefore    = 3 // French: a word of lack at most this many words before the concept
	lackAround    = 3 // Bambara: a negation at most this many words either side
	wantNegated   = 2 // a negation at most this many words before a want negates it
	stemTolerance = 2 // letters a word's French stem may have past the concept's
	minStem       = 3 // the shortest French stem compared by its beginning
)

// conceptSigns finds the concepts of danger in a question's words, in the
// question's language (French when it is not told Bambara): a French word
// in any inflection (its light stem the concept's, or that with at most
// stemTolerance more letters: "volé", "bloquées"), a Bambara word as read
// or with a suffix ("sonyara"). A concept marked lacked counts only after
// a word of lack (French: "rien mangé", "sans ses parents") or beside a
// negation (Bambara: "dumuni t'an bolo"); one marked unwanted only as the
// object of a negated want ("n t'a fɛ ka ɲɛnamaya tugun"); one marked child only when the
// message tells of a child ("un garçon de 12 ans est descendu seul"). A
// word read in a phrase of danger (phrases, in order) is that phrase's:
// "pas où dormir" is shelter, not the lacked sleep of "je ne dors plus".
// cls are the words' classes. In a Bambara message, a word that neither
// Bambara nor the fiches know (unknown) and no Bambara concept reads is
// read as a French loan (loanConcept: "jihadistew", jihadists).
func (v *vocab) conceptSigns(words []string, cls []lang.Class, lng string, child bool, phrases []lang.Hit, unknown func(string) bool) []lang.Hit {
	if lng != Bambara {
		lng = French
	}
	if len(v.concepts[lng]) == 0 {
		return nil
	}
	byFirst := v.conceptsByFirst[lng]
	var out []lang.Hit
	for i, w := range words {
		for len(phrases) > 0 && phrases[0].End <= i {
			phrases = phrases[1:]
		}
		if len(phrases) > 0 && phrases[0].Start <= i {
			continue // within a phrase of danger
		}
		var stem string
		if lng == French && len(w) >= minStem {
			if byFirst != nil && !byFirst.mayBegin(w) {
				continue // its stem begins as it does, as no concept's does
			}
			stem = analysis.FrenchStem(w)
		}
		key := w
		if lng == French {
			key = stem
		}
		if byFirst != nil && key == "" {
			continue // no concept is empty
		}
		c, found := v.firstTold(v.candidates(lng, key), w, stem, 0, cls, i, lng, child)
		if !found && lng == Bambara && len(w) >= minLoan && unknown != nil && unknown(w) {
			c, found = v.loanConcept(w, cls, i, child)
		}
		if found {
			out = append(out, lang.Hit{Start: i, End: i + 1, Words: c.Word, Value: c.Sign})
		}
	}
	return out
}

// candidates returns the concepts of language lng that a word may be, in
// file order: those whose stem (French) or word (Bambara) begins as key
// does, or all when they are not indexed.
func (v *vocab) candidates(lng, key string) []concept {
	if idx := v.conceptsByFirst[lng]; idx != nil {
		return idx.first[key[0]]
	}
	return v.concepts[lng]
}

// firstTold returns the first of cs, in file order, with a stem of minLen
// letters or more, that word w (of French stem stem) is and that is told
// as it must be at word i (of words of classes cls, in a message of
// language lng).
func (v *vocab) firstTold(cs []concept, w, stem string, minLen int, cls []lang.Class, i int, lng string, child bool) (concept, bool) {
	for _, c := range cs {
		if len(c.stem) >= minLen && v.isConcept(c, w, stem) && told(c.When, cls, i, lng, child) {
			return c, true
		}
	}
	return concept{}, false
}

// loanConcept returns the French concept of danger a word of a Bambara
// message writes as borrowed (word i, of words of classes cls): Bambara
// takes French nouns as written and gives them its own suffixes
// ("jihadistew", "rebelw": the plural). The word, or it without a suffix
// of suffixes.tsv, is compared by its French stem with the concepts of
// minLoan letters or more (shorter ones meet Bambara words by chance), told
// as a Bambara concept is (a negation around a lacked one).
func (v *vocab) loanConcept(w string, cls []lang.Class, i int, child bool) (concept, bool) {
	forms := []string{w}
	for _, x := range v.Suffixes {
		if base, ok := strings.CutSuffix(w, x); ok && len(base) >= minLoan {
			forms = append(forms, base)
		}
	}
	for _, f := range forms {
		if stem := analysis.FrenchStem(f); stem != "" {
			if c, ok := v.firstTold(v.candidates(French, stem), f, stem, minLoan, cls, i, Bambara, child); ok {
				return c, true
			}
		}
	}
	return concept{}, false
}

// conceptIndex holds a language's concepts by the first letter of their
// stem (French) or word (Bambara), in file order: a word is compared only
// with those that begin as it (or its stem) does.
type conceptIndex struct {
	first [256][]concept
	// begins holds the first one, two and minStem letters of the stems of
	// minStem letters or more (a shorter one matches no French word)
	begins map[string]bool
}

// indexConcepts returns the concepts by first letter, or nil when one is
// empty (it would begin as any word).
func indexConcepts(cs []concept) *conceptIndex {
	idx := &conceptIndex{begins: map[string]bool{}}
	for _, c := range cs {
		if c.stem == "" {
			return nil
		}
		idx.first[c.stem[0]] = append(idx.first[c.stem[0]], c)
		if len(c.stem) >= minStem {
			for k := 1; k <= minStem; k++ {
				idx.begins[c.stem[:k]] = true
			}
		}
	}
	return idx
}

// mayBegin reports whether a French word's light stem may begin as some
// concept's does: no stem begins as the letters the stemmer keeps of the
// word (keptLetters), or it is stemmed to be sure.
func (idx *conceptIndex) mayBegin(w string) bool {
	k := keptLetters(w)
	return k == 0 || idx.begins[w[:k]]
}

// keptLetters returns how many of a French word's first letters, up to
// minStem, its light stem begins with whatever the word: ASCII letters,
// each unlike the one before it. The stemmer rewrites endings (but
// "folle" and "molle", which become "fou", "mou") and joins doubled
// letters: TestStemKeepsFirstLetters.
func keptLetters(w string) int {
	k := 0
	for k < minStem && k < len(w) && w[k] < utf8.RuneSelf && (k == 0 || w[k] != w[k-1]) {
		k++
	}
	if len(w) == 5 && strings.HasSuffix(w, "olle") {
		k = min(k, 2)
	}
	return k
}

// isConcept reports whether a question's word (and its French stem) is
// the concept's word.
func (v *vocab) isConcept(c concept, w, stem string) bool {
	if c.Lang == French {
		rest, ok := strings.CutPrefix(stem, c.stem)
		return ok && len(c.stem) >= minStem && len(rest) <= stemTolerance
	}
	if w == c.Word {
		return true
	}
	rest, ok := strings.CutPrefix(w, c.Word)
	return ok && v.isSuffix(rest)
}

// dangerWord reports whether a French word is a concept of danger in one
// of its inflections (isConcept), whatever the words around it: a word the
// lists know, read as written ("volée", voler's, is no misspelt "violée").
func (v *vocab) dangerWord(w string) bool {
	if len(w) < minStem {
		return false
	}
	stem := analysis.FrenchStem(w)
	return stem != "" && slices.ContainsFunc(v.candidates(French, stem), func(c concept) bool { return v.isConcept(c, w, stem) })
}

// isSuffix reports whether s is a Bambara suffix (suffixes.tsv).
func (v *vocab) isSuffix(s string) bool {
	for _, x := range v.Suffixes {
		if s == x {
			return true
		}
	}
	return false
}

// told reports whether a concept found at word i tells of danger there,
// by its when (lang.When…).
func told(when string, cls []lang.Class, i int, lng string, child bool) bool {
	switch when {
	case lang.WhenLacked:
		return lacked(cls, i, lng)
	case lang.WhenUnwanted:
		return unwanted(cls, i)
	case lang.WhenChild:
		return child
	case lang.WhenKin:
		return child || ofKin(cls, lng)
	case lang.WhenKinLacked:
		return lacked(cls, i, lng) && (child || ofKin(cls, lng))
	}
	return true
}

// ofKin reports whether a message of words of classes cls in language lng
// tells of one's own people: a relative, a spouse, a minor or a pupil.
func ofKin(cls []lang.Class, lng string) bool {
	kin := lang.Relative | lang.Spouse | lang.Minor | lang.Pupil
	if lng == Bambara {
		kin |= lang.Person // bm/persons.tsv holds the relatives and spouses (dɔgɔkɛ, muso)
	}
	return slices.ContainsFunc(cls, func(c lang.Class) bool { return c.Is(kin) })
}

// lackedConcept reports whether word is a concept of danger told only
// lacked (WhenLacked): "manger", "dormir".
func (v *vocab) lackedConcept(word string) bool {
	for _, cs := range v.concepts {
		if slices.ContainsFunc(cs, func(c concept) bool { return c.Word == word && c.When == lang.WhenLacked }) {
			return true
		}
	}
	return false
}

// childConcept reports whether word is a concept of danger told only of a
// child (WhenChild): "seul", "mariage", "furu".
func (v *vocab) childConcept(word string) bool {
	for _, cs := range v.concepts {
		if slices.ContainsFunc(cs, func(c concept) bool { return c.Word == word && c.When == lang.WhenChild }) {
			return true
		}
	}
	return false
}

// unwanted reports whether word i (of words of classes cls) is the object
// of a negated want: a word of wanting at most lackAround words before it
// ("n t'a fɛ ka ɲɛnamaya": te a fe ka X) or right after it ("n tɛ ɲɛnamaya
// fɛ"), with a negation at most wantNegated words before that word.
func unwanted(cls []lang.Class, i int) bool {
	for j := max(0, i-lackAround); j <= min(len(cls)-1, i+1); j++ {
		if j == i || !cls[j].Is(lang.Want) {
			continue
		}
		if slices.ContainsFunc(cls[max(0, j-wantNegated):j], func(c lang.Class) bool { return c.Is(lang.Lack) }) {
			return true
		}
	}
	return false
}

// lacked reports whether word i (of words of classes cls) is lacked: a
// word of lack before it (French), a negation around it (Bambara) — not
// the French elided "n'" that is the Bambara pronoun n ("n bɛ dumuni
// feere": I sell food).
func lacked(cls []lang.Class, i int, lng string) bool {
	from, to := max(0, i-lackBefore), i
	if lng == Bambara {
		from, to = max(0, i-lackAround), min(len(cls), i+lackAround+1)
	}
	return slices.ContainsFunc(cls[from:to], func(c lang.Class) bool {
		return c.Is(lang.Lack) && (lng != Bambara || !c.Is(lang.Pronoun))
	})
}
