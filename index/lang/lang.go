// Package lang holds the language knowledge Sira reads questions with —
// French and Bambara word lists, cues, synonyms, stop words — as data files
// a linguist or counsellor can edit (fr/*.tsv, bm/*.tsv, each with a header
// saying what it holds), and the one loader that reads and checks them.
//
// The loader rejects a malformed line, a word listed twice in a list, and
// any word the reader it meets would change (a word the question reader
// reads otherwise can never match), naming the file and line. The files are
// embedded (Files); `--lang DIR` serves an edited copy without a rebuild.
package lang

import (
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"strconv"
	"strings"

	"sira/fold"
	"sira/seeds"
)

// Files are the language files shipped with Sira.
//
//go:embed fr/*.tsv bm/*.tsv
var Files embed.FS

// Words is a set of folded words.
type Words map[string]bool

// Data is the language knowledge, list by list. Each field says the file(s)
// it is read from; where a list has a French and a Bambara file, it is
// their union.
type Data struct {
	Function         Words // fr/function.tsv: French grammatical and question words
	Determiners      Words // fr/determiners.tsv: words that bring a noun
	Auxiliaries      Words // fr/auxiliaries.tsv: "avoir" making a past tense
	HasSubjects      Words // fr/has_subjects.tsv: subjects before "a" = has
	SubjectPronouns  Words // fr/subject_pronouns.tsv
	ClauseWords      Words // fr/clause_words.tsv and the subject pronouns
	Mine             Words // fr/mine.tsv: first-person possessives
	Articles         Words // fr/articles.tsv: the next word is a common noun
	Possessives      Words // fr/possessives.tsv
	Want             Words // fr/want.tsv, bm/want.tsv
	AdjectivesBefore Words // fr/adjectives_before.tsv
	Request          Words // fr/request.tsv, bm/request.tsv
	Without          Words // fr/without.tsv
	Elided           Words // fr/elided.tsv: written glued to the next word ("demploi")
	Purpose          Words // fr/purpose.tsv
	From             Words // fr/from.tsv, bm/from.tsv
	Buy              Words // fr/buy.tsv
	Go               Words // fr/go.tsv, bm/go.tsv
	Journey          Words // fr/journey.tsv
	Relatives        Words // fr/relatives.tsv
	// Frame is fr/frame.tsv and bm/frame.tsv, with the relatives and the
	// journey words.
	Frame Words
	// Public are fr/public.tsv: the people the fiches serve; a frame
	// that names them asks for the fiches that serve them.
	Public    Words
	NeedWords Words // fr/need_words.tsv
	// Learn are fr/learn.tsv and bm/learn.tsv: words that ask to learn the
	// trade named after them (French) or before them (Bambara).
	Learn Words
	Being Words // fr/being.tsv: the forms of être; the noun after one tells who the person is
	Sell  Words // fr/sell.tsv, bm/sell.tsv: a feast after one is when goods sell
	// Programmes are fr/programmes.tsv: words that ask about programmes or
	// projects; Donors fr/donors.tsv: words that ask who funds.
	Programmes, Donors Words

	Synonyms map[string]string // fr/synonyms.tsv: word → the fiches' words
	Kinds    map[string]string // fr/kinds.tsv, bm/kinds.tsv: word → kind
	Asked    map[string]string // fr/asked.tsv, bm/asked.tsv: word → facet (see AskedPatterns)
	// NeedStems are fr/need_stems.tsv's stems by need; NeedWordStems the
	// short ones (three letters or fewer), read as whole words.
	NeedStems, NeedWordStems map[string]string
	LongestNeedStem          int

	Strong       Words // bm/strong.tsv: Bambara-only grammatical words
	Pronouns     Words // bm/pronouns.tsv
	ObjectVerbs  Words // bm/object_verbs.tsv
	Stop         Words // bm/stop.tsv
	Homographs   Words // bm/homographs.tsv
	Generic      Words // bm/generic_concepts.tsv: lexicon concepts that name no topic
	NoHead       Words // bm/no_head_concepts.tsv: lexicon concepts whose words head no compound
	ConceptNeeds map[string]ConceptNeed
	Suffixes     []string          // bm/suffixes.tsv, longest first
	Contractions map[string]string // bm/contractions.tsv: letter → word

	// Asked holds the single words of fr/asked.tsv and bm/asked.tsv
	// (word → facet); AskedPatterns all of their rows, phrases too.
	AskedPatterns Patterns
	Distress      Patterns // fr/distress.tsv, bm/distress.tsv: words → sign
	// DistressConcepts are fr/distress_concepts.tsv and
	// bm/distress_concepts.tsv: words of danger matched in any inflection;
	// Lack fr/lack.tsv and bm/lack.tsv, the words of lacking some need.
	DistressConcepts []Concept
	Lack             Words
	OutOfScope       Patterns          // fr/out_of_scope.tsv, bm/out_of_scope.tsv: words → concept
	Activities       Words             // fr/activities.tsv, bm/activities.tsv
	Minors           Words             // fr/minors.tsv, bm/minors.tsv: a child is in danger
	Young            Words             // fr/young.tsv, bm/young.tsv: a young person, child or not
	Emoji            map[string]string // fr/emoji.tsv: emoji → sign
	SignWords        map[string]string // fr/distress_signs.tsv: sign → the fiches' words for it
	Urgent           Words             // fr/distress_signs.tsv: the signs of a danger that comes before any other request
	Intents          Patterns          // fr/intents.tsv, bm/intents.tsv: words → intent
	FollowUps        Patterns          // fr/followup.tsv, bm/followup.tsv: words → act

	// Grammar holds, by role, the grammatical words rules of reading turn
	// on (fr/grammar.tsv, bm/grammar.tsv: "has" a, "copula" ye…); a role
	// may have several words (infinitive: er, ir).
	Grammar map[string][]string
	// InfinitiveEndings are fr/infinitive_endings.tsv.
	InfinitiveEndings []string

	Sounds      [][2]string // fr/sounds.tsv, in order
	Phrases     Phrases     // fr/phrases.tsv
	ActionNouns []string    // fr/action_nouns.tsv
}

// A Concept is a word of danger (distress_concepts.tsv) in a language
// ("fr", "bm"): the sign it tells of, and when (When…).
type Concept struct {
	Word, Sign, Lang, When string
}

// When a concept of danger tells of it (distress_concepts.tsv).
const (
	WhenAlways = "always" // alone: "volé"
	WhenLacked = "lacked" // after a word of lack: "rien mangé"
	WhenChild  = "child"  // in a message that tells of a child: "descendu seul"
)

// A ConceptNeed is the need a lexicon concept points to, and how strongly.
type ConceptNeed struct {
	Need   string
	Weight float64
}

// What a list's words must survive: the reader they meet.
const (
	readQuestion = "question" // each word as the question reader reads it
	readWords    = "words"    // each space-separated word, as the question reader reads it
	readFolded   = "folded"   // folded (prefixes, endings)
	readAny      = ""         // not read as words (concepts, letters)
)

// A list is one file: its columns, the reader its first column meets, and
// where its rows go.
type list struct {
	file  string
	cols  []string
	reads string
	apply func(d *Data, rows []row) error
}

func words(file string, dst func(*Data) *Words) list {
	return list{file, []string{"word"}, readQuestion, func(d *Data, rows []row) error {
		w := dst(d)
		if *w == nil {
			*w = Words{}
		}
		for _, r := range rows {
			(*w)[r.cols[0]] = true
		}
		return nil
	}}
}

// concepts is a list of lexicon concepts (the lexicon's fourth column).
func concepts(file string, dst func(*Data) *Words) list {
	l := words(file, dst)
	l.cols, l.reads = []string{"concept"}, readAny
	return l
}

func pairs(file, value string, reads string, dst func(*Data) *map[string]string, values []string) list {
	return list{file, []string{"word", value}, reads, func(d *Data, rows []row) error {
		m := dst(d)
		if *m == nil {
			*m = map[string]string{}
		}
		for _, r := range rows {
			if values != nil && !slices.Contains(values, r.cols[1]) {
				return fmt.Errorf("%s: %s %q is none of %s", r.where(), value, r.cols[1], strings.Join(values, ", "))
			}
			(*m)[r.cols[0]] = r.cols[1]
		}
		return nil
	}}
}

// patterns is a list of phrases (words, ".." gaps) with a value among values.
func patterns(file, value string, dst func(*Data) *Patterns, values []string) list {
	return list{file, []string{"words", value}, readWords, func(d *Data, rows []row) error {
		for _, r := range rows {
			if !slices.Contains(values, r.cols[1]) {
				return fmt.Errorf("%s: %s %q is none of %s", r.where(), value, r.cols[1], strings.Join(values, ", "))
			}
			if ws := strings.Fields(r.cols[0]); ws[0] == Gap || ws[len(ws)-1] == Gap {
				return fmt.Errorf("%s: %q begins or ends with a gap", r.where(), r.cols[0])
			}
			dst(d).add(r.cols[0], r.cols[1])
			if value == "facet" && !strings.Contains(r.cols[0], " ") {
				if d.Asked == nil {
					d.Asked = map[string]string{}
				}
				d.Asked[r.cols[0]] = r.cols[1]
			}
		}
		return nil
	}}
}

// dangerConcepts reads a file of concepts of danger: word, sign, when
// (WhenAlways, WhenLacked, WhenChild), source.
func dangerConcepts(file string) list {
	language := file[:strings.IndexByte(file, '/')]
	return list{file, []string{"word", "sign", "when", "source"}, readQuestion, func(d *Data, rows []row) error {
		for _, r := range rows {
			if !slices.Contains(Signs, r.cols[1]) {
				return fmt.Errorf("%s: sign %q is none of %s", r.where(), r.cols[1], strings.Join(Signs, ", "))
			}
			if w := r.cols[2]; w != WhenAlways && w != WhenLacked && w != WhenChild {
				return fmt.Errorf("%s: when %q is none of %s, %s, %s", r.where(), w, WhenAlways, WhenLacked, WhenChild)
			}
			d.DistressConcepts = append(d.DistressConcepts, Concept{Word: r.cols[0], Sign: r.cols[1], Lang: language, When: r.cols[2]})
		}
		return nil
	}}
}

// outOfScope reads a list of requests no partner offers: any concept name.
func outOfScope(d *Data, rows []row) error {
	for _, r := range rows {
		d.OutOfScope.add(r.cols[0], r.cols[1])
	}
	return nil
}

// grammar is a file of roles and the words that fill them; every role must
// be filled. Its rows are checked as a whole, not word by word.
func grammar(file string, roles []string) list {
	return list{file, []string{"role", "word"}, readAny, func(d *Data, rows []row) error {
		if d.Grammar == nil {
			d.Grammar = map[string][]string{}
		}
		lang := file[:strings.IndexByte(file, '/')]
		seen := map[string]bool{}
		for _, r := range rows {
			if !slices.Contains(roles, r.cols[0]) {
				return fmt.Errorf("%s: role %q is none of %s", r.where(), r.cols[0], strings.Join(roles, ", "))
			}
			if f := fold.String(r.cols[1]); f != r.cols[1] {
				return fmt.Errorf("%s: %q is not folded (%q)", r.where(), r.cols[1], f)
			}
			key := lang + ":" + r.cols[0]
			d.Grammar[key] = append(d.Grammar[key], r.cols[1])
			seen[r.cols[0]] = true
		}
		for _, role := range roles {
			if !seen[role] {
				return fmt.Errorf("%s: no word for role %q", file, role)
			}
		}
		return nil
	}}
}

func ordered(file, col string, reads string, dst func(*Data) *[]string) list {
	return list{file, []string{col}, reads, func(d *Data, rows []row) error {
		for _, r := range rows {
			*dst(d) = append(*dst(d), r.cols[0])
		}
		return nil
	}}
}

// needs and kinds are values lists may point to (the fiches').
var (
	needs = seeds.Needs
	kinds = seeds.Kinds
)

// The values of the lists that say what a message is or asks.
var (
	// Facets are the parts of a fiche a question may ask (asked.tsv).
	Facets = []string{"contact", "cost", "conditions", "where", "what", "duration", "status", "age"}
	// Signs are the kinds of danger distress.tsv tells of.
	Signs = []string{"trafficking", "sold", "forced_labour", "unpaid", "minor_alone", "violence", "confined",
		"expelled", "hunger", "shelter", "illness", "fear", "threat", "family_lost", "papers_lost", "abandoned", "robbed", "stranded",
		"trauma", "suicide"}
	// Intents are what a message that is no search does (intents.tsv):
	// "counsellor" asks for a person, "help" cries for help (alone, both
	// are answered with a counsellor), "ack" says yes, no or ok.
	Intents = []string{"greeting", "thanks", "goodbye", "counsellor", "help", "ack"}
	// Acts are what a follow-up does with the last answer (followup.tsv):
	// a rank (1, 2…, last), more results, more details.
	Acts = []string{"1", "2", "3", "4", "5", "last", "more", "details"}
)

// lists are the files, in the order they are read. A list read from two
// files (French and Bambara) must not hold a word twice across them.
var lists = []list{
	words("fr/function.tsv", func(d *Data) *Words { return &d.Function }),
	words("fr/determiners.tsv", func(d *Data) *Words { return &d.Determiners }),
	words("fr/auxiliaries.tsv", func(d *Data) *Words { return &d.Auxiliaries }),
	words("fr/has_subjects.tsv", func(d *Data) *Words { return &d.HasSubjects }),
	words("fr/subject_pronouns.tsv", func(d *Data) *Words { return &d.SubjectPronouns }),
	words("fr/clause_words.tsv", func(d *Data) *Words { return &d.ClauseWords }),
	words("fr/mine.tsv", func(d *Data) *Words { return &d.Mine }),
	words("fr/articles.tsv", func(d *Data) *Words { return &d.Articles }),
	words("fr/possessives.tsv", func(d *Data) *Words { return &d.Possessives }),
	words("fr/want.tsv", func(d *Data) *Words { return &d.Want }),
	words("bm/want.tsv", func(d *Data) *Words { return &d.Want }),
	words("fr/adjectives_before.tsv", func(d *Data) *Words { return &d.AdjectivesBefore }),
	words("fr/request.tsv", func(d *Data) *Words { return &d.Request }),
	words("bm/request.tsv", func(d *Data) *Words { return &d.Request }),
	words("fr/without.tsv", func(d *Data) *Words { return &d.Without }),
	words("fr/elided.tsv", func(d *Data) *Words { return &d.Elided }),
	words("fr/purpose.tsv", func(d *Data) *Words { return &d.Purpose }),
	words("fr/from.tsv", func(d *Data) *Words { return &d.From }),
	words("bm/from.tsv", func(d *Data) *Words { return &d.From }),
	words("fr/buy.tsv", func(d *Data) *Words { return &d.Buy }),
	words("fr/go.tsv", func(d *Data) *Words { return &d.Go }),
	words("bm/go.tsv", func(d *Data) *Words { return &d.Go }),
	words("fr/journey.tsv", func(d *Data) *Words { return &d.Journey }),
	words("fr/relatives.tsv", func(d *Data) *Words { return &d.Relatives }),
	words("fr/frame.tsv", func(d *Data) *Words { return &d.Frame }),
	words("bm/frame.tsv", func(d *Data) *Words { return &d.Frame }),
	words("fr/public.tsv", func(d *Data) *Words { return &d.Public }),
	words("fr/need_words.tsv", func(d *Data) *Words { return &d.NeedWords }),
	words("fr/learn.tsv", func(d *Data) *Words { return &d.Learn }),
	words("bm/learn.tsv", func(d *Data) *Words { return &d.Learn }),
	words("fr/being.tsv", func(d *Data) *Words { return &d.Being }),
	words("fr/sell.tsv", func(d *Data) *Words { return &d.Sell }),
	words("bm/sell.tsv", func(d *Data) *Words { return &d.Sell }),
	words("fr/programmes.tsv", func(d *Data) *Words { return &d.Programmes }),
	words("fr/donors.tsv", func(d *Data) *Words { return &d.Donors }),
	pairs("fr/synonyms.tsv", "fiches", readQuestion, func(d *Data) *map[string]string { return &d.Synonyms }, nil),
	pairs("fr/kinds.tsv", "kind", readQuestion, func(d *Data) *map[string]string { return &d.Kinds }, kinds),
	pairs("bm/kinds.tsv", "kind", readQuestion, func(d *Data) *map[string]string { return &d.Kinds }, kinds),
	patterns("fr/asked.tsv", "facet", func(d *Data) *Patterns { return &d.AskedPatterns }, Facets),
	patterns("bm/asked.tsv", "facet", func(d *Data) *Patterns { return &d.AskedPatterns }, Facets),
	patterns("fr/distress.tsv", "sign", func(d *Data) *Patterns { return &d.Distress }, Signs),
	patterns("bm/distress.tsv", "sign", func(d *Data) *Patterns { return &d.Distress }, Signs),
	dangerConcepts("fr/distress_concepts.tsv"),
	dangerConcepts("bm/distress_concepts.tsv"),
	words("fr/lack.tsv", func(d *Data) *Words { return &d.Lack }),
	words("bm/lack.tsv", func(d *Data) *Words { return &d.Lack }),
	{"fr/out_of_scope.tsv", []string{"words", "concept"}, readWords, outOfScope},
	{"bm/out_of_scope.tsv", []string{"words", "concept"}, readWords, outOfScope},
	words("fr/activities.tsv", func(d *Data) *Words { return &d.Activities }),
	words("fr/minors.tsv", func(d *Data) *Words { return &d.Minors }),
	words("bm/minors.tsv", func(d *Data) *Words { return &d.Minors }),
	words("fr/young.tsv", func(d *Data) *Words { return &d.Young }),
	words("bm/young.tsv", func(d *Data) *Words { return &d.Young }),
	words("bm/activities.tsv", func(d *Data) *Words { return &d.Activities }),
	patterns("fr/intents.tsv", "intent", func(d *Data) *Patterns { return &d.Intents }, Intents),
	patterns("bm/intents.tsv", "intent", func(d *Data) *Patterns { return &d.Intents }, Intents),
	patterns("fr/followup.tsv", "act", func(d *Data) *Patterns { return &d.FollowUps }, Acts),
	patterns("bm/followup.tsv", "act", func(d *Data) *Patterns { return &d.FollowUps }, Acts),
	{"fr/distress_signs.tsv", []string{"sign", "fiches", "urgent"}, readAny, func(d *Data, rows []row) error {
		d.SignWords, d.Urgent = map[string]string{}, Words{}
		for _, r := range rows {
			if !slices.Contains(Signs, r.cols[0]) {
				return fmt.Errorf("%s: sign %q is none of %s", r.where(), r.cols[0], strings.Join(Signs, ", "))
			}
			if r.cols[2] != "yes" && r.cols[2] != "no" {
				return fmt.Errorf("%s: urgent %q is neither yes nor no", r.where(), r.cols[2])
			}
			d.SignWords[r.cols[0]] = r.cols[1]
			d.Urgent[r.cols[0]] = r.cols[2] == "yes"
		}
		return nil
	}},
	{"fr/emoji.tsv", []string{"emoji", "sign"}, readAny, func(d *Data, rows []row) error {
		d.Emoji = map[string]string{}
		for _, r := range rows {
			if !slices.Contains(Signs, r.cols[1]) {
				return fmt.Errorf("%s: sign %q is none of %s", r.where(), r.cols[1], strings.Join(Signs, ", "))
			}
			d.Emoji[r.cols[0]] = r.cols[1]
		}
		return nil
	}},
	{"fr/need_stems.tsv", []string{"stem", "need"}, readFolded, func(d *Data, rows []row) error {
		d.NeedStems, d.NeedWordStems = map[string]string{}, map[string]string{}
		for _, r := range rows {
			if !slices.Contains(needs, r.cols[1]) {
				return fmt.Errorf("%s: need %q is none of %s", r.where(), r.cols[1], strings.Join(needs, ", "))
			}
			m := d.NeedStems
			if len(r.cols[0]) <= 3 {
				m = d.NeedWordStems
			}
			m[r.cols[0]] = r.cols[1]
			d.LongestNeedStem = max(d.LongestNeedStem, len(r.cols[0]))
		}
		return nil
	}},
	words("bm/strong.tsv", func(d *Data) *Words { return &d.Strong }),
	words("bm/pronouns.tsv", func(d *Data) *Words { return &d.Pronouns }),
	words("bm/object_verbs.tsv", func(d *Data) *Words { return &d.ObjectVerbs }),
	words("bm/stop.tsv", func(d *Data) *Words { return &d.Stop }),
	words("bm/homographs.tsv", func(d *Data) *Words { return &d.Homographs }),
	concepts("bm/generic_concepts.tsv", func(d *Data) *Words { return &d.Generic }),
	concepts("bm/no_head_concepts.tsv", func(d *Data) *Words { return &d.NoHead }),
	{"bm/concept_needs.tsv", []string{"concept", "need", "weight"}, readAny, func(d *Data, rows []row) error {
		d.ConceptNeeds = map[string]ConceptNeed{}
		for _, r := range rows {
			w, err := strconv.ParseFloat(r.cols[2], 64)
			if err != nil || w <= 0 {
				return fmt.Errorf("%s: weight %q is not a positive number", r.where(), r.cols[2])
			}
			if !slices.Contains(needs, r.cols[1]) {
				return fmt.Errorf("%s: need %q is none of %s", r.where(), r.cols[1], strings.Join(needs, ", "))
			}
			d.ConceptNeeds[r.cols[0]] = ConceptNeed{r.cols[1], w}
		}
		return nil
	}},
	ordered("bm/suffixes.tsv", "suffix", readFolded, func(d *Data) *[]string { return &d.Suffixes }),
	{"bm/contractions.tsv", []string{"letter", "word"}, readAny, func(d *Data, rows []row) error {
		d.Contractions = map[string]string{}
		for _, r := range rows {
			if len([]rune(r.cols[0])) != 1 {
				return fmt.Errorf("%s: %q is not one letter", r.where(), r.cols[0])
			}
			d.Contractions[r.cols[0]] = r.cols[1]
		}
		return nil
	}},
	{"fr/sounds.tsv", []string{"letters", "sound"}, readFolded, func(d *Data, rows []row) error {
		for _, r := range rows {
			d.Sounds = append(d.Sounds, [2]string{r.cols[0], r.cols[1]})
		}
		return nil
	}},
	grammar("fr/grammar.tsv", []string{"has", "years", "work", "act", "or", "become", "and"}),
	ordered("fr/infinitive_endings.tsv", "ending", readFolded, func(d *Data) *[]string { return &d.InfinitiveEndings }),
	grammar("bm/grammar.tsv", []string{"copula", "infinitive", "buy", "year", "become", "and", "or"}),
	{"fr/phrases.tsv", []string{"phrase"}, readWords, func(d *Data, rows []row) error {
		for _, r := range rows {
			d.Phrases.add(r.cols[0])
		}
		return nil
	}},
	ordered("fr/action_nouns.tsv", "ending", readFolded, func(d *Data) *[]string { return &d.ActionNouns }),
}

// A Reader reads a word as the question reader of a language does (lang
// "fr" or "bm", the folder of the file the word is in): the terms it
// becomes. A French question is read without Bambara's contractions and
// stems; a Bambara one with them.
type Reader func(lang, word string) []string

// Load reads the lists in fsys and checks them. reader builds, from the
// lists read (the Bambara suffixes, the contractions), the question reader
// their words meet; a word it would change is an error.
func Load(fsys fs.FS, reader func(*Data) (Reader, error)) (*Data, error) {
	d := &Data{}
	var checks []func(Reader) error
	owner := map[string]map[string]string{} // by list's first file: word → where
	for _, l := range lists {
		rows, err := readFile(fsys, l.file, l.cols)
		if err != nil {
			return nil, err
		}
		key := l.file[strings.IndexByte(l.file, '/')+1:] // fr/x.tsv and bm/x.tsv are one list
		if l.cols[0] == "role" {
			key = l.file // a file of roles is its language's own
		}
		if owner[key] == nil {
			owner[key] = map[string]string{}
		}
		for _, r := range rows {
			if prev, ok := owner[key][r.cols[0]]; ok {
				return nil, fmt.Errorf("lang: %s: %q is already at %s", r.where(), r.cols[0], prev)
			}
			owner[key][r.cols[0]] = r.where()
		}
		if err := l.apply(d, rows); err != nil {
			return nil, fmt.Errorf("lang: %w", err)
		}
		if l.reads != readAny {
			language := l.file[:strings.IndexByte(l.file, '/')]
			checks = append(checks, func(read Reader) error {
				return check(l.reads, rows, func(w string) []string { return read(language, w) })
			})
		}
	}
	for _, in := range []struct {
		words Words
		file  string
	}{{d.Relatives, "fr/relatives.tsv"}, {d.Journey, "fr/journey.tsv"}} {
		for w := range in.words {
			if d.Frame[w] {
				return nil, fmt.Errorf("lang: frame.tsv: %q is in %s, which frames a request already", w, in.file)
			}
			d.Frame[w] = true
		}
	}
	for w := range d.SubjectPronouns {
		if d.ClauseWords[w] {
			return nil, fmt.Errorf("lang: fr/clause_words.tsv: %q is a subject pronoun, which begins a clause already", w)
		}
		d.ClauseWords[w] = true
	}
	read, err := reader(d)
	if err != nil {
		return nil, fmt.Errorf("lang: question reader: %w", err)
	}
	for _, c := range checks {
		if err := c(read); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// check rejects a row whose first column the reader it meets changes.
func check(reads string, rows []row, read func(string) []string) error {
	for _, r := range rows {
		w := r.cols[0]
		var ws []string
		switch reads {
		case readQuestion:
			ws = []string{w}
		case readWords:
			ws = slices.DeleteFunc(strings.Fields(w), func(w string) bool { return w == Gap })
			for i, w := range ws {
				if p, ok := strings.CutSuffix(w, Prefix); ok {
					if len(p) < MinPrefix || fold.String(p) != p {
						return fmt.Errorf("lang: %s: %q: a prefix has %d folded letters or more", r.where(), w, MinPrefix)
					}
					ws[i] = "" // a prefix is folded, not read as a word
				}
			}
			ws = slices.DeleteFunc(ws, func(w string) bool { return w == "" })
		case readFolded:
			if f := fold.String(w); f != w || strings.ContainsAny(w, " \t") {
				return fmt.Errorf("lang: %s: %q is not folded (%q): it can never match", r.where(), w, f)
			}
			continue
		}
		for _, w := range ws {
			if got := read(w); len(got) != 1 || got[0] != w {
				return fmt.Errorf("lang: %s: the question reader reads %q as %q: it can never match", r.where(), w, strings.Join(got, " "))
			}
		}
	}
	return nil
}
