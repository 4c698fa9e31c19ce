package understand

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	bleveanalysis "github.com/blevesearch/bleve/v2/analysis"

	"sira/index/fold"
	"sira/index/lang"
	"sira/index/phrase"
	"sira/index/spell"
	"sira/seeds"
)

// A question that names a fiche ("centre père michel", "Zira Capital",
// "IFPI") is about that fiche first, even where another fiche mentions it.
// A fiche is named by its acronyms, and by the words and word pairs of its
// name that no other fiche's name has and that hold a word rare in the
// fiches' text ("formation professionnelle", in many names, and
// "personnel", in many texts, name none). A place or a country's adjective
// alone names no fiche: "française" is in the AFD's name, not what
// "nationalité française" asks about.

// nameKeys maps folded name keys to the refs they name.
type nameKeys struct {
	keys   map[string]string
	starts phrase.Starts
	// spell finds the one-word keys within one edit ("Boabab", "Mssabougou").
	spell spell.Index
	// acronyms are the keys that are a fiche's acronym ("ifpi").
	acronyms map[string]bool
	// partial are the one-word keys that are one word of a longer name
	// ("frontieres" of "Agronome et Vétérinaire Sans Frontières").
	partial map[string]bool
	// byEar maps the consonants of the one-word keys (skeleton) to the
	// key, where one key alone has them: a name a Bambara speaker writes
	// as heard ("yunisɛf": UNICEF, "karitasi": Caritas).
	byEar map[string]string
	// acronymsByEar maps the skeleton of each acronym to the acronym, where
	// one acronym alone has it, for an acronym read as a word and written
	// as heard ("ifipi": IFPI, "apeji": APEJ; see byAcronym).
	acronymsByEar map[string]string
	// towns are the places of the gazetteer one fiche's name alone holds
	// ("Centre de Formation Professionnelle de Markala"), each with the
	// words that, next to it, make it that fiche's name (townName).
	towns map[string]townName
	// premises are the words of a school or a centre (premises.tsv).
	premises lang.Words
	*speller // a word as it sounds, for byAcronym
	// heard maps the one-word keys as a Bambara speaker writes them heard
	// (vocab.heard: "senou", sɛnu) to the key, where one key alone sounds so.
	heard map[string]string
	// programmes are the keys that are a programme's acronym a fiche's
	// note gives with its run (programmesNoted: "pafeem"), read exactly.
	programmes map[string]bool
}

// A townName is a fiche named by the town its name holds, when a word of
// its name, its name's initials or a word of premises (nameKeys.premises)
// stands before the town ("le centre de formation de Markala", "le CFP de Markala") or a
// word of premises right after it ("Markala kalanso"). Alone the town is
// where the person is or asks ("je suis à Markala"), no fiche named.
type townName struct {
	ref  string
	lead map[string]bool // the name's other words and their initials
}

// minNameWord is the shortest single name word that names a fiche alone.
const minNameWord = 5

func (v *vocab) nameWords(s string) []string {
	var out []string
	for _, w := range lang.LetterWords(fold.String(s)) {
		if !v.Words.Is(w, lang.Function) {
			out = append(out, w)
		}
	}
	return out
}

// nameKeys finds the keys that name each fiche.
func (rd *Reader) nameKeys(fiches []*seeds.Fiche) nameKeys {
	owners := map[string]map[string]bool{} // key → refs whose name has it
	add := func(key, ref string) {
		if owners[key] == nil {
			owners[key] = map[string]bool{}
		}
		owners[key][ref] = true
	}
	nk := nameKeys{keys: map[string]string{}, starts: phrase.Starts{}, acronyms: map[string]bool{}, partial: map[string]bool{}, programmes: map[string]bool{}, towns: map[string]townName{}, premises: rd.v.Premises, speller: rd.v.speller}
	towns := map[string][]townName{} // a place of the gazetteer → the fiches whose name holds it
	acronymOf := map[string]string{} // an acronym → its fiche, for the names in parentheses
	lower := lowerWords(fiches)
	var quoted [][2]string // programmes named in quotes (quotedProgrammes) and their fiche
	for _, f := range fiches {
		for _, a := range f.Acronyms {
			for _, w := range rd.v.nameWords(a) {
				acronymOf[w] = f.Ref
			}
		}
	}
	for _, f := range fiches {
		ref := f.Ref
		ws := rd.v.nameWords(parenthesised.ReplaceAllString(f.Name, " "))
		for i, w := range ws {
			if rd.gaz.Known(w) && !slices.ContainsFunc(towns[w], func(t townName) bool { return t.ref == ref }) {
				towns[w] = append(towns[w], newTownName(ref, ws[:i], ws[i+1:]))
			}
		}
		ws = rd.v.nameWords(f.Name)
		for i, w := range ws {
			if len(w) >= minNameWord && !rd.v.Words.Is(w, lang.Frame) && !rd.gaz.Known(w) && !rd.abroad.Adjective(w) && rd.corpus.Rare(w) {
				add(w, ref)
				nk.partial[w] = len(ws) > 1
			}
			if i+1 < len(ws) && (rd.corpus.Rare(w) || rd.corpus.Rare(ws[i+1])) {
				add(w+" "+ws[i+1], ref)
			}
		}
		// A name of one word names its fiche whatever its frequency
		// ("LuxDev", "Swisscontact", funders that other fiches cite), as
		// acronyms do ("APEJ").
		if len(ws) == 1 && len(ws[0]) >= 3 && !rd.gaz.Known(ws[0]) {
			add(ws[0], ref)
		}
		// A name of several words names its fiche written whole, however
		// common each word ("Impact Hub": "impact" and "hub" are in many
		// texts, the two together in no other name).
		if len(ws) > 1 {
			add(strings.Join(ws, " "), ref)
		}
		for _, a := range f.Acronyms {
			if k := strings.Join(rd.v.nameWords(a), " "); len(k) >= 3 {
				add(k, ref)
				nk.acronyms[k] = true
			}
		}
		for _, k := range rd.programmeNames(f.Text) {
			add(k, ref)
		}
		// The programmes its note gives with their run name the fiche
		// ("le PAFEEM"), unless the fiches write the word in lower case or
		// the language data knows it ("FCFA", a unit): a word, no name.
		for _, a := range programmesNoted(f.Note) {
			if k := strings.Join(rd.v.nameWords(a), " "); len(k) >= 3 && !lower[k] && rd.v.class(k) == 0 && !rd.gaz.Known(k) && !owners[k][ref] {
				add(k, ref)
				nk.programmes[k] = true
			}
		}
		for _, k := range rd.quotedProgrammes(f.Text) {
			quoted = append(quoted, [2]string{k, ref})
		}
		other := func(w string) bool { owner, ok := acronymOf[w]; return ok && owner != ref }
		for _, k := range rd.namesInParens(f.Text, other) {
			add(k, ref)
		}
	}
	// A programme a fiche's text names in quotes after a word of
	// programme_names.tsv ("Projet « Yirimali »") names the fiche, a name
	// of one word read exactly, as an acronym noted is: the quotes make it
	// a name, however the text writes it elsewhere, unless the language
	// data knows the word or it is already a fiche's name ("Projet «
	// Avenir brillant »" in AME's text is Avenir Brillant's).
	named := maps.Clone(owners)
	for _, kr := range quoted {
		k, one := kr[0], !strings.Contains(kr[0], " ")
		if named[k] == nil && (!one || len(k) >= minNameWord && rd.v.class(k) == 0 && !rd.gaz.Known(k)) {
			add(k, kr[1])
			nk.programmes[k] = one
		}
	}
	single := map[string]bool{}
	skeletons, acronyms := map[string][]string{}, map[string][]string{}
	for key, refs := range owners {
		if len(refs) == 1 { // "CFP" is two fiches' acronym: it names neither
			for ref := range refs {
				nk.keys[key] = ref
				nk.starts.Add(key)
			}
			if nk.programmes[key] {
				continue // read exactly: "promis" is no "PROMISA"
			}
			single[key] = !strings.Contains(key, " ")
			if s := nk.skeleton(key); single[key] && len(s) >= minSkeleton {
				skeletons[s] = append(skeletons[s], key)
			}
			if single[key] && nk.acronyms[key] {
				acronyms[nk.skeleton(key)] = append(acronyms[nk.skeleton(key)], key)
			}
		}
	}
	for w, ts := range towns {
		if len(ts) == 1 {
			nk.towns[w] = ts[0]
		}
	}
	nk.spell = spell.New(single, minFuzzyKey)
	nk.byEar, nk.acronymsByEar = unique(skeletons), unique(acronyms)
	heard := map[string][]string{}
	for key := range single {
		if h := rd.v.heard(key); h != key && len(h) >= minHeardKey {
			heard[h] = append(heard[h], key)
		}
	}
	nk.heard = unique(heard)
	return nk
}

// newTownName is the name of fiche ref by the town between the name's words
// before and after: those words and the initials of those before ("cfp"
// of "Centre de Formation Professionnelle de").
func newTownName(ref string, before, after []string) townName {
	t := townName{ref: ref, lead: map[string]bool{}}
	var initials []byte
	for _, w := range before {
		t.lead[w] = true
		initials = append(initials, w[0])
	}
	for _, w := range after {
		t.lead[w] = true
	}
	if len(initials) >= 2 {
		t.lead[string(initials)] = true
	}
	return t
}

// byTown reports whether words[i], a town one fiche's name holds (towns),
// names it: a word of its lead or of premises before it, past grammatical
// words and articles, or a word of premises right after it.
func (nk nameKeys) byTown(words []string, cls []lang.Class, i int) (townName, bool) {
	t, ok := nk.towns[words[i]]
	if !ok {
		return t, false
	}
	if i+1 < len(words) && nk.premises[words[i+1]] {
		return t, true
	}
	for j := i - 1; j >= 0; j-- {
		if !cls[j].Is(lang.Function | lang.Article) {
			return t, t.lead[words[j]] || nk.premises[words[j]]
		}
	}
	return t, false
}

// acronymInParens finds an acronym in parentheses ("(FNEJ)", "(PAC-PME)").
var acronymInParens = regexp.MustCompile(`\(([A-Z][A-Za-z-]{1,11})\)`)

// maxNameBefore is how many characters before an acronym's parentheses,
// on their line, its name may take.
const maxNameBefore = 200

// acronymsDefined returns each acronym in parentheses with the text before
// it on its line, up to maxNameBefore characters and after any other
// parenthesis: {text, acronym}. It walks back from each acronym found,
// where one pattern for both (`([^()\n]{1,200})\(ACRONYM\)`) costs its
// 200 states at every character of a fiche's text (a start-up 4.5× the
// plain index's, round 18).
func acronymsDefined(text string) [][2]string {
	var out [][2]string
	for _, loc := range acronymInParens.FindAllStringSubmatchIndex(text, -1) {
		open, start := loc[0], loc[0]
		for n := 0; n < maxNameBefore && start > 0; n++ {
			r, size := utf8.DecodeLastRuneInString(text[:start])
			if r == '(' || r == ')' || r == '\n' {
				break
			}
			start -= size
		}
		if start < open {
			out = append(out, [2]string{text[start:open], text[loc[2]:loc[3]]})
		}
	}
	return out
}

// programmeNames returns the programmes' names a fiche's text spells out
// before their acronym ("fonds National pour l’Emploi des Jeunes (FNEJ)"),
// each as the question readers read it: the fewest words before the
// parentheses whose words of content begin with the acronym's letters, in
// order, opened by a word of programme_names.tsv. Another name ("Conseil
// Régional de Kayes (CRK)") is no programme's.
func (rd *Reader) programmeNames(text string) []string {
	var out []string
	for _, m := range acronymsDefined(text) {
		var letters []byte
		for _, c := range []byte(strings.ToLower(m[1])) {
			if 'a' <= c && c <= 'z' {
				letters = append(letters, c)
			}
		}
		raw := strings.Fields(m[0])
		for n := len(letters); n <= len(raw) && n <= len(letters)+maxNameGlue; n++ {
			name := strings.Join(raw[len(raw)-n:], " ")
			content := rd.v.nameWords(name)
			if len(content) == 0 || len(content) != len(letters) || !rd.v.ProgrammeName[content[0]] || !initials(content, letters) {
				continue
			}
			out = append(out, rd.nameForms(name)...)
			break
		}
	}
	return out
}

// nameForms returns a name of a fiche's text as the question readers read
// it, of two words or more.
func (rd *Reader) nameForms(name string) []string {
	var out []string
	for _, a := range []bleveanalysis.Analyzer{rd.bambara, rd.frenchQuestion} {
		if t, _ := rd.analyze(name, a); len(t.words) >= 2 {
			out = append(out, strings.Join(t.words, " "))
		}
	}
	return out
}

// maxPartnerBefore is how many characters before a name's parentheses
// the word of the partner it follows is looked for.
const maxPartnerBefore = 40

// inParens finds a text in parentheses on one line, of up to 60
// characters, opened by a capital ("(Women Business Center)").
var inParens = regexp.MustCompile(`\(([A-Z][^()\n]{2,60})\)`)

// namesInParens returns the names a fiche's text gives in parentheses
// after a partner's, as the report names the programme it runs with that
// partner ("UN Women (Women Business Center)", "Banque mondiale
// (Programme EPEC)"), each as the question readers read it: every word
// capitalised, two of them or more neither a place nor a country's
// adjective ("(ONG Italienne)", "(RMO Mali)" name nothing of their own).
// Like a fiche's name, such a name names the fiche when no other fiche's
// text gives it so. A name after another fiche's acronym (other) is that
// fiche's programme, told of as a partner's ("TEF-PNUD (Youth Connekt)"
// in WAEIF's text): it names neither.
func (rd *Reader) namesInParens(text string, other func(word string) bool) []string {
	var out []string
	for _, loc := range inParens.FindAllStringSubmatchIndex(text, -1) {
		before := strings.Fields(text[max(0, loc[0]-maxPartnerBefore):loc[0]])
		if len(before) > 0 && slices.ContainsFunc(rd.v.nameWords(before[len(before)-1]), other) {
			continue
		}
		m := []string{text[loc[0]:loc[1]], text[loc[2]:loc[3]]}
		raw := strings.Fields(m[1])
		if len(raw) < 2 || slices.ContainsFunc(raw, func(w string) bool { r, _ := utf8.DecodeRuneInString(w); return !unicode.IsUpper(r) }) {
			continue
		}
		own := 0
		for _, w := range rd.v.nameWords(m[1]) {
			if !rd.gaz.Known(w) && !rd.abroad.Adjective(w) {
				own++
			}
		}
		if own >= 2 {
			out = append(out, rd.nameForms(m[1])...)
		}
	}
	return out
}

// quotedProgrammes returns the programmes' names a fiche's text gives in
// quotes after a word of programme_names.tsv ("Projet « Yirimali »",
// "programme « emploi vert »"), each as the question readers read it: the
// name runs from « to the first » or comma («Yirimali, la tontine pour les
// autres»), on one line. The quotes are looked for first: a pattern tried at
// every letter of every fiche cost the start-up a fifth.
func (rd *Reader) quotedProgrammes(text string) []string {
	var out []string
	for rest := text; ; {
		i := strings.Index(rest, "«")
		if i < 0 {
			return out
		}
		before, after := strings.TrimRightFunc(rest[:i], unicode.IsSpace), rest[i+len("«"):]
		rest = after
		word := before[strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsLetter(r) })+1:]
		end := strings.IndexAny(after, "»,\n")
		if word == "" || end < 0 || after[end] == '\n' || !rd.v.ProgrammeName[fold.String(word)] {
			continue
		}
		name := strings.TrimFunc(after[:end], unicode.IsSpace)
		if n := utf8.RuneCountInString(name); n < 3 || n > 60 {
			continue
		}
		if ws := rd.v.nameWords(name); len(ws) == 1 {
			out = append(out, ws[0])
		} else {
			out = append(out, rd.nameForms(name)...)
		}
	}
}

// notedProgramme finds, in a fiche's note, a programme's acronym followed
// within the clause by a year, its run ("FACEJ (2019-2024)", "PAFEEM court
// jusqu'en 2026", "MERIT (fin 2024)"): the programmes the note says the
// fiche runs or funds, and whether they ended.
var notedProgramme = regexp.MustCompile(`\b([A-Z0-9]*[A-Z][A-Z0-9-]*[A-Z][A-Z0-9]*)\b[^.;:]{0,30}?\b(?:19|20)\d\d\b`)

// programmesNoted returns the programmes' acronyms a fiche's note gives
// with their run (notedProgramme).
func programmesNoted(note string) []string {
	var out []string
	for _, m := range notedProgramme.FindAllStringSubmatch(note, -1) {
		if len(m[1]) >= 3 {
			out = append(out, m[1])
		}
	}
	return out
}

// lowerWords are the folded words the fiches write in lower case: a word
// of the language ("actif"), never a programme's acronym alone.
func lowerWords(fiches []*seeds.Fiche) map[string]bool {
	out := map[string]bool{}
	for _, f := range fiches {
		for w := range strings.FieldsFuncSeq(f.Text, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if w == strings.ToLower(w) {
				out[fold.String(w)] = true
			}
		}
	}
	return out
}

// maxNameGlue is how many grammatical words a programme's name may hold
// besides its words of content ("pour l’ … des").
const maxNameGlue = 6

// initials reports whether the words begin with the letters, in order.
func initials(words []string, letters []byte) bool {
	for i, w := range words {
		if w == "" || w[0] != letters[i] {
			return false
		}
	}
	return true
}

// unique maps each key of m that has one value to that value.
func unique(m map[string][]string) map[string]string {
	out := map[string]string{}
	for k, vs := range m {
		if len(vs) == 1 {
			out[k] = vs[0]
		}
	}
	return out
}

// byAcronym returns the acronym a Bambara word writes as heard, or "": an
// acronym read as a word gets the vowels Bambara puts after a consonant
// before another or at the end ("ifipi": IFPI, "apeji": APEJ, as N'Ko's
// ߌߝߔߌ is read), and nothing else — every other letter as the acronym
// spells it (unjoined), so a skeleton of two consonants is safe where a
// name's needs three (minSkeleton).
func (nk nameKeys) byAcronym(w string) string {
	key := nk.acronymsByEar[nk.skeleton(w)]
	if b := nk.spelt(key); key == "" || len(w) <= len(key) || unjoined(nk.spelt(w), b) != b {
		return ""
	}
	return key
}

// minHeardKey is the fewest letters a name written as heard has to be
// found so ("senu" of Sénou, as N'Ko writes it).
const minHeardKey = 4

// minSkeleton is the fewest consonants a name's skeleton has to be found
// by ear: fewer meet too many words.
const minSkeleton = 3

// skeleton returns a folded word's consonants as heard (spelt, bm/spelt.tsv):
// vowels, y and w are dropped and a doubled consonant is one ("unicef", "yunisef": nsf;
// "swisscontact", "suwisikontakt": skntkt; "michel", "misɛli": msl).
// Bambara written as heard adds vowels between and after consonants, and y
// or w before a vowel, where French names have none.
func (s *speller) skeleton(w string) string {
	var b []byte
	for _, c := range []byte(s.spelt(w)) {
		if strings.IndexByte("aeiouyw", c) >= 0 || c < 'a' || c > 'z' {
			continue
		}
		if len(b) == 0 || b[len(b)-1] != c {
			b = append(b, c)
		}
	}
	return string(b)
}

// A nameHit is a fiche named: words[Start:End] name it.
type nameHit struct {
	Ref        string
	Start, End int
	Town       bool // a town that names the fiche (byTown): its name, not the place asked
	Programme  bool // a programme of the fiche (nameKeys.programmes), not its own name
}

// find returns the fiches named in words. A word that unknown says no
// other word is read as the name one edit away, or, with byEar (a Bambara
// question), as the name of the same consonants (skeleton), the name
// written as heard (heard: "Sɛnu") or an acronym written as heard
// (byAcronym): respellings
// holds those names, by word index. A single word after an article is a common noun,
// not a name ("la frontière"), unless it is an acronym ("l'IFPI"). cls are
// the words' classes.
func (nk nameKeys) find(words []string, cls []lang.Class, unknown func(string) bool, byEar bool) (hits []nameHit, respellings map[int]string) {
	known := func(key string) bool { _, ok := nk.keys[key]; return ok }
	for i := 0; i < len(words); i++ {
		n, key := nk.starts.Longest(words, i, known)
		if t, ok := nk.byTown(words, cls, i); n == 0 && ok {
			hits = append(hits, nameHit{t.ref, i, i + 1, true, false})
			continue
		}
		if i > 0 && cls[i-1].Is(lang.Article) && (n == 1 && !nk.acronyms[key] && !nk.programmes[key] || n == 0) {
			continue // "la frontière"; "l'IFPI" still names
		}
		if n > 0 {
			hits = append(hits, nameHit{nk.keys[key], i, i + n, false, nk.programmes[key]})
		} else if long := len(words[i]) >= minFuzzyKey; (long || byEar) && unknown(words[i]) {
			// A short word is respelt only by ear: a French question's
			// short words are not looked up.
			key := ""
			if near := []string(nil); long {
				if near = nk.spell.Near(words[i]); len(near) == 1 && !nk.otherNumber(words[i], near[0]) {
					key = near[0]
				} else if byEar {
					key = nk.byEar[nk.skeleton(words[i])]
				}
			}
			if key == "" && byEar {
				key = nk.heard[words[i]]
			}
			if key == "" && byEar {
				key = nk.byAcronym(words[i])
			}
			if key != "" {
				if respellings == nil {
					respellings = map[int]string{}
				}
				respellings[i] = key
				hits = append(hits, nameHit{nk.keys[key], i, i + 1, false, false})
			}
		}
	}
	return hits, respellings
}

// otherNumber reports whether w is the name key in its other number, a
// final s or x added or dropped, where the key is one word of a longer
// name: the common noun, not the name misspelt ("cote frontiere
// algerienne" is no "Sans Frontières"; "jokkolab" still names Jokkolabs).
func (nk nameKeys) otherNumber(w, key string) bool {
	if !nk.partial[key] {
		return false
	}
	short, long := min(w, key), max(w, key)
	if len(long) != len(short)+1 || !strings.HasPrefix(long, short) {
		return false
	}
	return long[len(short)] == 's' || long[len(short)] == 'x'
}

// fullNames are the fiches' names of two words or more, written in full
// without what their parentheses add ("Union des ambassadeurs", "École
// Centrale pour l'Industrie, le Commerce et l'Administration"), as the
// Bambara and the French question readers read them.
type fullNames struct {
	starts phrase.Starts
	keys   map[string]bool
}

func (rd *Reader) fullNameKeys(fiches []*seeds.Fiche) fullNames {
	fn := fullNames{starts: phrase.Starts{}, keys: map[string]bool{}}
	for _, f := range fiches {
		name := parenthesised.ReplaceAllString(f.Name, " ")
		for _, a := range []bleveanalysis.Analyzer{rd.bambara, rd.frenchQuestion} {
			if t, _ := rd.analyze(name, a); len(t.words) >= 2 {
				key := strings.Join(t.words, " ")
				fn.starts.Add(key)
				fn.keys[key] = true
			}
		}
	}
	return fn
}

// parenthesised is what a name adds in parentheses: an acronym, a place.
var parenthesised = regexp.MustCompile(`\([^)]*\)`)

// at returns how many words a fiche's name written in full takes from
// words[i], or 0.
func (fn fullNames) at(words []string, i int) int {
	n, _ := fn.starts.Longest(words, i, func(key string) bool { return fn.keys[key] })
	return n
}
