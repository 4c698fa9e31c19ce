package lang

import (
	"io/fs"
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
)

// anyWord is a reader that changes no word.
func anyWord(*Data) (Reader, error) { return func(_, w string) []string { return []string{w} }, nil }

// edited returns the shipped files with one file's text changed.
func edited(t *testing.T, file string, change func(string) string) fs.FS {
	t.Helper()
	m := fstest.MapFS{}
	err := fs.WalkDir(Files, ".", func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		b, err := fs.ReadFile(Files, p)
		if p == file {
			b = []byte(change(string(b)))
		}
		m[p] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestShippedFilesLoad(t *testing.T) {
	d, err := Load(Files, anyWord)
	if err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]Class{"function": Function, "stop": Stop, "frame": Frame, "want": Want} {
		if !slices.ContainsFunc(slices.Collect(maps.Values(d.Words.words)), func(e *Entry) bool { return e.Class.Is(c) }) {
			t.Errorf("%s is empty", name)
		}
	}
	// The relatives and the journey words frame a request; a subject
	// pronoun begins a clause.
	if !d.Words.Is("neveu", Frame) || !d.Words.Is("voyage", Frame) || !d.Words.Is("il", ClauseWord) || !d.Words.Is("est", ClauseWord) {
		t.Error("frame or clause words lack the lists they include")
	}
	if e := d.Words.Of("neveu"); !e.Class.Is(Relative) || e.Class.Is(Journey) {
		t.Errorf("neveu: classes %b, want a relative, no journey word", e.Class)
	}
	// A liking wants its object; a feeling or a judgement frames.
	if !d.Words.Is("aime", Want) || !d.Words.Is("fatigue", Frame) || !d.Words.Is("urgent", Frame) {
		t.Error("feelings.tsv's groups lack their classes")
	}
	if d.Words.Of("aviculteur").Synonym != "aviculture" || d.Words.Of("incubateur").Kind != "incubateur" {
		t.Error("an entry lost its value")
	}
	// A word that asks a part alone is marked, and its part found as the
	// reader finds it: through the patterns.
	if hits := d.AskedPatterns.FindIn([]string{"combien"}, []Class{d.Words.Token("combien")}); !d.Words.Is("combien", HasFacet) || len(hits) != 1 || hits[0].Value != FacetCost {
		t.Errorf("combien: HasFacet %v, hits %v; want the facet cost", d.Words.Is("combien", HasFacet), hits)
	}
	if d.NeedStems["format"] != "formation" || d.NeedWordStems["cap"] != "formation" {
		t.Error("need stems: long ones are prefixes, short ones whole words")
	}
	if d.Suffixes[0] != "len" || d.Sounds[0] != [2]string{"eau", "o"} {
		t.Error("ordered lists lost their order")
	}
}

func TestStopWords(t *testing.T) {
	d, err := Load(Files, anyWord)
	if err != nil {
		t.Fatal(err)
	}
	for w, stop := range map[string]bool{
		"ka": true, "la": true, "jumen": true,
		"kama": true, "koson": true, // postpositions: for, because of
		"kalan": false, "jago": false, "baara": false, // content words
	} {
		if d.Words.Is(w, Stop) != stop {
			t.Errorf("%q is a stop word: %v, want %v", w, d.Words.Is(w, Stop), stop)
		}
	}
}

func TestLoadRejects(t *testing.T) {
	tests := []struct {
		name, file string
		change     func(string) string
		reader     func(*Data) (Reader, error)
		want       string
	}{
		{"a word twice in a file", "fr/want.tsv", func(s string) string { return s + "veux\n" },
			anyWord, `fr/want.tsv:`},
		{"a word in both files of a list", "bm/request.tsv", func(s string) string { return s + "comment\n" },
			anyWord, `"comment" is already at fr/request.tsv:`},
		{"a relative also in frame", "fr/frame.tsv", func(s string) string { return s + "neveu\n" },
			anyWord, `"neveu" is in fr/relatives.tsv`},
		{"a row of too many columns", "fr/synonyms.tsv", func(s string) string { return s + "a\tb\tc\n" },
			anyWord, "fr/synonyms.tsv:"},
		{"a wrong column line", "fr/kinds.tsv", func(s string) string { return strings.Replace(s, "word\tkind", "mot\tgenre", 1) },
			anyWord, "fr/kinds.tsv:"},
		{"a kind no fiche has", "fr/kinds.tsv", func(s string) string { return s + "garage\tgarage\n" },
			anyWord, `kind "garage"`},
		{"a need stem not folded", "fr/need_stems.tsv", func(s string) string { return s + "écol\tformation\n" },
			anyWord, "is not folded"},
		{"a taught concept out of scope nowhere", "fr/taught.tsv", func(s string) string { return s + "gardening\n" },
			anyWord, `fr/taught.tsv:22: "gardening" is no concept of out_of_scope.tsv`},
		{"a weight that is no number", "bm/concept_needs.tsv", func(s string) string { return s + "sport\temploi\tlots\n" },
			anyWord, `weight "lots"`},
		{"a feeling of no group", "fr/feelings.tsv", func(s string) string { return s + "triste\tsadness\n" },
			anyWord, `group "sadness" is none of feeling, judging, liking`},
		{"a word of no part", "fr/amounts.tsv", func(s string) string { return s + "sous\tcoin\n" },
			anyWord, `part "coin" is none of lack, multiplier, unit`},
		{"a liking that want.tsv lists", "fr/feelings.tsv", func(s string) string { return s + "veux\tliking\n" },
			anyWord, `"veux" is in want.tsv or frame.tsv already`},
		{"a sound rule of no place", "fr/heard.tsv", func(s string) string { return s + "ph\tf\tstart\n" },
			anyWord, `place "start" is none of within, end_all, end`},
		{"a silent end of two letters", "fr/heard.tsv", func(s string) string { return s + "es\t-\tend_all\n" },
			anyWord, `an end_all rule is one letter`},
		{"an ending a silent end takes off", "fr/heard.tsv", func(s string) string { return s + "ex\te\tend\n" },
			anyWord, `"ex" ends with a letter end_all takes off first`},
		{"an ending after one it ends with", "fr/heard.tsv", func(s string) string { return s + "et\te\tend\n" },
			anyWord, `"et" ends with "t", tried before`},
		{"a plural ending after one it ends with", "fr/plural_endings.tsv", func(s string) string { return s + "aux\n" },
			anyWord, `"aux" ends with "x"`},
		{"an elision before two letters", "fr/elided_before.tsv", func(s string) string { return s + "ou\n" },
			anyWord, `"ou" is not one letter`},
		{"a word the reader changes", "fr/function.tsv", func(s string) string { return s + "c'est\n" },
			func(*Data) (Reader, error) {
				return func(_, w string) []string { return strings.FieldsFunc(w, func(r rune) bool { return r == '\'' }) }, nil
			}, `fr/function.tsv:`},
	}
	for _, tt := range tests {
		_, err := Load(edited(t, tt.file, tt.change), tt.reader)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want one saying %q", tt.name, err, tt.want)
		}
	}
}

func TestDeadEntryNamesLine(t *testing.T) {
	fsys := edited(t, "fr/want.tsv", func(s string) string { return s + "quiconque\n" })
	// A reader that reads "quiconque" as "qui", as a stemmer would.
	_, err := Load(fsys, func(*Data) (Reader, error) {
		return func(_, w string) []string {
			if w == "quiconque" {
				return []string{"qui"}
			}
			return []string{w}
		}, nil
	})
	lines := strings.Count(string(must(fs.ReadFile(fsys, "fr/want.tsv"))), "\n")
	if err == nil || !strings.Contains(err.Error(), "fr/want.tsv:"+strconv.Itoa(lines)+":") || !strings.Contains(err.Error(), `"quiconque" as "qui"`) {
		t.Errorf("err = %v, want fr/want.tsv:%d and what the reader read", err, lines)
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func TestPatterns(t *testing.T) {
	var p Patterns
	for _, pt := range []string{"perdu .. papiers", "frapp*", "ne .. paie* pas", "dans la rue", "dans", "vole", "vole* moi"} {
		p.add(pt, pt)
	}
	tests := []struct{ words, want string }{
		{"il vole", "vole"},
		{"ils volent", ""}, // "vole" is a whole word, not a prefix
		{"ils volent moi", "vole* moi"},
		{"vole moi", "vole* moi"},
		{"j ai perdu tous mes papiers", "perdu .. papiers"},
		{"perdu a b c d papiers", ""}, // four words between: too far
		{"ils la frappent", "frapp*"},
		{"ils ne la paient pas", "ne .. paie* pas"},
		{"on dort dans la rue", "dans la rue"}, // the longest first
		{"dans le sac", "dans"},
		{"fra", ""},
	}
	// The same, the patterns laid out as Load leaves them (compact).
	for _, compacted := range []bool{false, true} {
		if compacted {
			p.compact()
		}
		for _, tt := range tests {
			var got []string
			for _, h := range p.Find(strings.Fields(tt.words)) {
				got = append(got, h.Words) // its words and gaps, as written
			}
			if strings.Join(got, "|") != tt.want {
				t.Errorf("compacted %v: Find(%q) = %q, want %q", compacted, tt.words, got, tt.want)
			}
		}
	}
}

// TestFindAsCompared: in every shipped list, Find finds what it found when
// it compared every candidate's first word with the question's word
// (comparedAt), in questions made of each pattern's words, its prefix
// words completed, and a first word lengthened.
func TestFindAsCompared(t *testing.T) {
	d, err := Load(Files, anyWord)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []Patterns{d.AskedPatterns, d.Distress, d.OutOfScope, d.Intents, d.FollowUps, d.Programmes, d.Formal} {
		var questions [][]string
		for _, list := range p.byFirst {
			for _, pt := range list {
				var ws []string
				for _, w := range pt.words {
					if stem, ok := strings.CutSuffix(w, prefixMark); ok {
						w = stem + "ent"
					}
					ws = append(ws, w)
				}
				longer := slices.Clone(ws)
				longer[0] += "s"
				questions = append(questions, ws, longer, append([]string{"je"}, ws...), ws[:1])
			}
		}
		for _, q := range questions {
			if got, want := p.Find(q), comparedFind(p, q); !slices.Equal(got, want) {
				t.Errorf("%q: Find %v, comparing %v", q, got, want)
			}
		}
	}
}

// comparedFind is Patterns.find as it was when firstAt compared each
// candidate's first word with the question's word.
func comparedFind(p Patterns, words []string) []Hit {
	comparedAt := func(cands []pattern, i int) (int, *pattern) {
		for k := range cands {
			pt := &cands[k]
			if !same(words[i], pt.words[0]) {
				continue
			}
			if end, ok := pt.match(words, i); ok {
				return end, pt
			}
		}
		return 0, nil
	}
	var out []Hit
	for i := 0; i < len(words); i++ {
		end, pt := comparedAt(p.byFirst[words[i]], i)
		if end == 0 && len(words[i]) > minPrefix {
			end, pt = comparedAt(p.byFirst[words[i][:minPrefix]], i)
		}
		if end > 0 {
			out = append(out, Hit{Start: i, End: end, Words: pt.String(), Value: pt.value})
			i = end - 1
		}
	}
	return out
}

// TestFindIn: a word's classes (Table.Token) say which pattern lists it
// begins, by its whole or its first letters, and FindIn finds what Find
// does.
func TestFindIn(t *testing.T) {
	var p Patterns
	p.begins = BeginsDistress
	var tab Table
	for _, pt := range []string{"perdu .. papiers", "frapp*", "dans la rue", "dans"} {
		p.add(pt, pt)
	}
	tab.begins(&p)
	tab.add("rue", Frame)
	for _, words := range []string{"j ai perdu tous mes papiers", "ils la frappent", "on dort dans la rue", "frap", "fra"} {
		ws := strings.Fields(words)
		var classes []Class
		for _, w := range ws {
			classes = append(classes, tab.Token(w))
		}
		if got, want := p.FindIn(ws, classes), p.Find(ws); !slices.Equal(got, want) {
			t.Errorf("%q: FindIn %v, Find %v", words, got, want)
		}
	}
	if c := tab.Token("frappent"); !c.Is(BeginsDistress) {
		t.Error("frappent begins no distress pattern")
	}
	if c := tab.Token("rue"); c != Frame {
		t.Errorf("rue: classes %b, want Frame alone", c)
	}
}

// TestSetsAsWords: the words whose entries a set's bit marks are the
// set's words, every set of wordSets (each non-empty, each its own bit),
// and a word of none has no bit.
func TestSetsAsWords(t *testing.T) {
	d, err := Load(Files, anyWord)
	if err != nil {
		t.Fatal(err)
	}
	var all Set
	for _, s := range wordSets {
		if all.Is(s.set) {
			t.Errorf("set %b: a bit of another set", s.set)
		}
		all |= s.set
		want := slices.Sorted(s.words(d))
		var got []string
		for w, e := range d.Words.words {
			if e.Sets.Is(s.set) {
				got = append(got, w)
			}
		}
		slices.Sort(got)
		if len(want) == 0 || !slices.Equal(got, want) {
			t.Errorf("set %b: marked %d words, the set holds %d", s.set, len(got), len(want))
		}
	}
	if d.Words.Of("zzz").Sets != 0 || !d.Words.Of("hors").Sets.Is(InExcluding) || d.Words.Of("hors").Sets.Is(InLosing) {
		t.Error("hors: want excluding only; zzz: no set")
	}
}
