package understand

import (
	"cmp"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	bleveanalysis "github.com/blevesearch/bleve/v2/analysis"

	"sira/index/analysis"
	"sira/index/bambara"
	"sira/index/lang"
	"sira/index/lexicon"
	"sira/index/spell"
)

// vocab is the language data a question is read with (lang.Data: the word
// lists of the language files), with what is derived from it once.
type vocab struct {
	*lang.Data
	// questionSpell finds the words of how people ask (questionWord)
	// within one edit, for a misspelt "apprendre" or "besoin".
	questionSpell spell.Index
	phrases       lang.Phrases
	// homographs are the Bambara homographs (lang.Homograph), as the
	// lexicon's matcher takes them
	homographs   map[string]bool
	contractions bambara.Contractions // Contractions, by letter
	// concepts are the concepts of danger of each language ("fr", "bm"),
	// a French one with its stem
	concepts        map[string][]concept
	conceptsByFirst map[string]*conceptIndex // the same, by first letter
	// the grammatical words rules turn on (grammar.tsv)
	frNot, frNor, participle                                                                                                                                                                                                                                                                                     string
	has, years, work, act, or, become, plural, relative, copula, does, bmInfinitive, buy, year, bmBecome, bmSome, bmNot, bmCan, bmHand, bmWith, bmIdentifies, bmPastNot, bmAnd, bmTens, bmCountry, bmOn, bmTongue, bmAsksWhich, bmPlural, bmIt, bmThis, bmBuild, bmNasal, bmNew, bmOther, bmWants, bmFor, bmPast string
	frObject                                                                                                                                                                                                                                                                                                     []string // the object pronouns (le, la, les, l: grammar.tsv object)
	bmWhich                                                                                                                                                                                                                                                                                                      []string // the Bambara relatives ("min", "minnu")
	// joins are the words that join two things asked ("couture ou
	// coiffure", "kuran ni panneaux solaires"): grammar's and, or
	joins map[string]bool
	// first are the French subject pronouns of the first person (grammar's i, i_elided, we)
	first map[string]bool
	// frI and frIElided are the French subject pronoun of the first
	// person, in full and elided (grammar's i, i_elided: je, j)
	frI, frIElided string
	// bmFirst are the Bambara subject pronouns of the first person (bm/grammar.tsv i, i_emphatic, we)
	bmFirst map[string]bool
	// bmIn is the Bambara postposition of where (bm/grammar.tsv in: lá)
	bmIn string
	// minEmoji is the lowest emoji of one rune (Emoji): no rune below it
	// is looked up
	minEmoji rune
	// needStarts are the need stems of minNeedStem letters or more (all
	// of NeedStems), by their first minNeedStem letters, longest first: a
	// word that begins otherwise is no need's
	needStarts map[string][]needStem
	// loanSounds writes French letters as Bambara does (LoanSounds)
	loanSounds *strings.Replacer
	*speller   // writes a word as it sounds (Spelt)
	// frenchLetters reads a Bambara word written the French way with
	// Bambara's letters (FrenchLetters: "djourou", juru)
	frenchLetters *strings.Replacer
	// glossCls are what the language files say of the lexicon's glosses' words (glossWords)
	glossCls *glossClasses
}

// glossClasses are what the language files say of glosses' words, by
// gloss.
type glossClasses struct {
	mu    sync.Mutex
	facts map[string]glossFacts
}

// glossFacts are what the language files say of a gloss's words: their
// classes, and whether one is goods to work with (goods.tsv); and the
// gloss folded once, with what they say of it as one word.
type glossFacts struct {
	cls   lang.Class // its words' classes, together
	whole lang.Class // the classes of the gloss read as one word, by its key
	key   string     // the gloss folded (lexicon.Key), as the stages read it
	goods bool
}

// minNeedStem is the shortest need stem a word is read through (needOf).
const minNeedStem = 4

// A needStem is a need stem and its need.
type needStem struct{ stem, need string }

// questionWord are the classes of the words of how people ask: grammar,
// frame, want and need words, determiners, and the words that ask a part,
// name a kind or have the fiches' synonym.
const questionWord = lang.Function | lang.Frame | lang.Want | lang.Determiner | lang.From | lang.NeedWord | lang.HasFacet | lang.HasKind | lang.HasSynonym | lang.Had | lang.HadAfter | lang.Qualification

// LoadLang reads and checks the language files in fsys (lang.Files, or an
// edited copy): each word must be read unchanged by the question reader of
// its language (fr/: the French reader; bm/: the Bambara reader, built from
// the files themselves and the lexicon).
func LoadLang(fsys fs.FS) (*lang.Data, error) {
	return lang.Load(fsys, func(d *lang.Data) (lang.Reader, error) {
		m := bleve.NewIndexMapping()
		if err := analysis.Define(m, analysis.ResourcesOf(d, lexicon.Default())); err != nil {
			return nil, err
		}
		readers := map[string]bleveanalysis.Analyzer{}
		for lang, name := range map[string]string{"fr": analysis.QuestionFrenchAnalyzer, "bm": analysis.BambaraAnalyzer} {
			if readers[lang] = m.AnalyzerNamed(name); readers[lang] == nil {
				return nil, fmt.Errorf("analyzer %s not defined", name)
			}
		}
		return func(lang, w string) []string {
			var out []string
			for _, t := range readers[lang].Analyze([]byte(w)) {
				out = append(out, string(t.Term))
			}
			return out
		}, nil
	})
}

// ShippedLang is the language data shipped with Sira, read once.
var ShippedLang = sync.OnceValues(func() (*lang.Data, error) { return LoadLang(lang.Files) })

func newVocab(d *lang.Data) *vocab {
	v := &vocab{Data: d, phrases: d.Phrases, contractions: bambara.Contractions{}, glossCls: &glossClasses{facts: map[string]glossFacts{}}}
	one := func(role string) string { return d.Grammar[role][0] } // the loader requires every role
	v.has, v.years, v.work, v.act, v.or, v.become, v.plural, v.relative = one("fr:has"), one("fr:years"), one("fr:work"), one("fr:act"), one("fr:or"), one("fr:become"), one("fr:plural"), one("fr:relative")
	v.copula, v.does, v.bmInfinitive, v.buy, v.year, v.bmBecome = one("bm:copula"), one("bm:does"), one("bm:infinitive"), one("bm:buy"), one("bm:year"), one("bm:become")
	v.bmAsksWhich, v.bmIt, v.bmThis, v.bmBuild, v.bmNasal = one("bm:asks_which"), one("bm:it"), one("bm:this"), one("bm:build"), one("bm:nasal")
	v.bmNew, v.bmOther, v.bmWants, v.bmIn, v.bmFor, v.bmPast = one("bm:new"), one("bm:other"), one("bm:wants"), one("bm:in"), one("bm:for"), one("bm:past")
	v.bmSome, v.bmWhich, v.bmNot, v.bmCan, v.bmHand, v.bmWith, v.bmIdentifies, v.bmPastNot = one("bm:some"), []string{one("bm:which"), one("bm:which_plural")}, one("bm:not"), one("bm:can"), one("bm:hand"), one("bm:with"), one("bm:identifies"), one("bm:past_not")
	v.bmAnd, v.bmTens, v.bmCountry, v.bmOn, v.bmTongue, v.bmPlural = one("bm:and"), one("bm:tens"), one("bm:country"), one("bm:on"), one("bm:tongue"), one("bm:plural")
	v.frNot, v.frNor, v.participle = one("fr:not"), one("fr:nor"), one("fr:participle")
	v.frObject = []string{one("fr:object"), one("fr:object_f"), one("fr:object_pl"), one("fr:object_elided")}
	v.first = map[string]bool{one("fr:i"): true, one("fr:i_elided"): true, one("fr:we"): true}
	v.frI, v.frIElided = one("fr:i"), one("fr:i_elided")
	v.bmFirst = map[string]bool{one("bm:i"): true, one("bm:i_emphatic"): true, one("bm:we"): true}
	v.joins = map[string]bool{}
	for _, role := range []string{"fr:and", "fr:or", "bm:and", "bm:or"} {
		v.joins[one(role)] = true
	}
	for letter, word := range d.Contractions {
		v.contractions[[]rune(letter)[0]] = word
	}
	v.questionSpell = spell.New(d.Words.In(questionWord), minRespell)
	v.homographs = d.Words.In(lang.Homograph)
	v.concepts = map[string][]concept{}
	for _, c := range d.DistressConcepts {
		stem := c.Word
		if c.Lang == French {
			stem = analysis.FrenchStem(c.Word)
		}
		v.concepts[c.Lang] = append(v.concepts[c.Lang], concept{Concept: c, stem: stem})
	}
	v.conceptsByFirst = map[string]*conceptIndex{}
	for lng, cs := range v.concepts {
		v.conceptsByFirst[lng] = indexConcepts(cs)
	}
	v.needStarts = map[string][]needStem{}
	for stem, need := range d.NeedStems {
		if len(stem) >= minNeedStem {
			v.needStarts[stem[:minNeedStem]] = append(v.needStarts[stem[:minNeedStem]], needStem{stem, need})
		}
	}
	for _, stems := range v.needStarts {
		slices.SortFunc(stems, func(a, b needStem) int { return cmp.Or(len(b.stem)-len(a.stem), strings.Compare(a.stem, b.stem)) })
	}
	var loan []string
	for _, r := range d.LoanSounds {
		loan = append(loan, r[0], r[1])
	}
	v.loanSounds = strings.NewReplacer(loan...)
	v.speller = newSpeller(d.Spelt)
	var letters []string
	for _, r := range d.FrenchLetters {
		letters = append(letters, r[0], r[1])
	}
	v.frenchLetters = strings.NewReplacer(letters...)
	v.minEmoji = utf8.MaxRune + 1
	for e := range d.Emoji {
		if r, n := utf8.DecodeRuneInString(e); n == len(e) {
			v.minEmoji = min(v.minEmoji, r)
		}
	}
	return v
}

// minRespell is the shortest misspelt word read as a question word: shorter
// ones are within one edit of too many.
const minRespell = 5

// synonym returns the word the fiches use for w, for w or its singular
// ("électriciens", "commerçantes"); c are w's classes.
func (v *vocab) synonym(w string, c lang.Class) (string, bool) {
	if c.Is(lang.HasSynonym) {
		return v.Words.Of(w).Synonym, true
	}
	if one, ok := strings.CutSuffix(w, v.plural); ok && len(one) >= 4 {
		e := v.Words.Of(one)
		return e.Synonym, e.Class.Is(lang.HasSynonym)
	}
	return "", false
}

// classes returns the classes of each word (lang.Table.Token): every rule
// reads them, each word looked up once.
func (v *vocab) classes(words []string) []lang.Class {
	out := make([]lang.Class, len(words))
	for i, w := range words {
		out[i] = v.Words.Token(w)
	}
	return out
}

// sets returns the sets of Data each word is in (lang.Set): the stages
// that read every word test a bit, each word looked up once.
func (v *vocab) sets(words []string) []lang.Set {
	out := make([]lang.Set, len(words))
	for i, w := range words {
		out[i] = v.Words.Of(w).Sets
	}
	return out
}

// objectPronoun reports whether w is a French object pronoun of the third
// person (grammar.tsv object): "je veux le refaire", "le mettre en règle".
func (v *vocab) objectPronoun(w string) bool { return slices.Contains(v.frObject, w) }

// class returns one word's classes.
func (v *vocab) class(w string) lang.Class { return v.Words.Token(w) }

// needOf returns the need a word points to. Stems of three letters or
// fewer are whole words ("cap" the diploma is not "capital").
//
// The whole words are looked up only for a word (or its singular) as short
// as they are, and the longest stem the word begins is found among those
// that begin as it does (needStarts).
func (v *vocab) needOf(w string) string {
	if singular, ok := strings.CutSuffix(w, v.plural); ok && len(singular) < minNeedStem {
		if n, ok := v.NeedWordStems[singular]; ok {
			return n
		}
	}
	if len(w) < minNeedStem {
		return v.NeedWordStems[w]
	}
	for _, s := range v.needStarts[w[:minNeedStem]] {
		if strings.HasPrefix(w, s.stem) {
			return s.need
		}
	}
	return ""
}

// needs returns the need each word points to (needOf), or "".
func (v *vocab) needs(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = v.needOf(w)
	}
	return out
}

// conceptNeed maps a lexicon concept to a need, with how strongly it points there.
func (v *vocab) conceptNeed(concept string) (string, float64) {
	c := v.ConceptNeeds[concept]
	return c.Need, c.Weight
}

// goodsEntry reports whether a lexicon entry is goods to work with: a
// word of one of its glosses is in goods.tsv ("mìnɛn": outils,
// équipement, matériel; "mànsin": machine).
func (v *vocab) goodsEntry(e lexicon.Entry) bool {
	return slices.ContainsFunc(e.Glosses, func(g string) bool { return v.glossWords(g).goods })
}

// goodsWord reports whether a French word (of classes c) is goods to work
// with: in goods.tsv, or read as goods (synonyms.tsv: "meuleuse",
// équipement matériel).
func (v *vocab) goodsWord(w string, c lang.Class) bool {
	if v.Goods[w] {
		return true
	}
	syn, ok := v.synonym(w, c)
	return ok && v.glossWords(syn).goods
}

// public reports whether a gloss names the people the partners serve, or a
// journey (public.tsv, journey.tsv): "émigrant", "migrant de retour".
func (v *vocab) public(gloss string) bool {
	return v.glossWords(gloss).cls.Is(lang.Public | lang.Journey)
}

// starts reports whether a gloss names starting an activity (start.tsv):
// "création, démarrage", "création d'entreprise".
func (v *vocab) starts(gloss string) bool { return v.glossWords(gloss).cls.Is(lang.Start) }

// glossWords returns what the language files say of a lexicon gloss's
// words, all together, read the first time a question asks and kept:
// glosses are the lexicon's (none is a word a person typed), and a
// question asks the same ones again and again.
func (v *vocab) glossWords(gloss string) glossFacts {
	g := v.glossCls
	g.mu.Lock()
	f, ok := g.facts[gloss]
	g.mu.Unlock()
	if ok {
		return f
	}
	f.key = lexicon.Key(gloss)
	f.whole = v.Words.Of(f.key).Class
	for w := range lang.LetterWordsSeq(f.key) {
		f.cls |= v.Words.Of(w).Class
		f.goods = f.goods || v.Goods[w]
	}
	g.mu.Lock()
	g.facts[gloss] = f
	g.mu.Unlock()
	return f
}
