package search

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/blevesearch/bleve/v2"
	bleveanalysis "github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"
	indexapi "github.com/blevesearch/bleve_index_api"

	"sira/index/ages"
	"sira/index/analysis"
	"sira/index/fold"
	"sira/index/lang"
	"sira/index/lexicon"
	"sira/index/places"
	"sira/index/spell"
	"sira/index/understand"
	"sira/seeds"
)

// Index answers questions over a set of fiches.
type Index struct {
	bleve  bleve.Index
	reader indexapi.IndexReader    // a snapshot: the index never changes once built
	bm25   *search.BM25Stats       // its counts, for the term searchers
	byDoc  []docFiche              // by bleve's internal number (IndexInternalID.Value)
	fiches map[string]*seeds.Fiche // by ref
	slugs  map[string]string       // slug → ref
	order  []string                // refs in load order
	lang   *lang.Data
	lex    *lexicon.Lexicon
	gaz    *places.Gazetteer

	// Vocabularies read once the index is built (from held): how many
	// fiches hold each French term of the text, which terms are in names
	// and which sound keys exist. Questions look words up
	// here, not in bleve.
	textDF map[string]uint64
	names  map[string]bool
	sounds map[string]bool
	spell  spell.Index // sound keys within one edit, for misspellings
	// the words of what the fiches offer, as written (folded), within one
	// edit: a slip the stemmer keeps ("mecaniqeu") or a sound key two
	// edits away ("savannerie") finds the word it spoils
	offered spell.Index
	terms   []string // the head and text terms, sorted, for prefix look-ups
	near    struct {
		once  sync.Once
		terms spell.Index // ix.terms, for nearTerms
	}

	frenchCache, soundCache *termCache
	rd                      *understand.Reader // reads the questions
	held                    *heldTerms
	children                map[string]int          // by ref: how much a protection fiche says it serves children (childActors)
	youngestTaken           int                     // the lowest of the ages the fiches' conditions require (ages), 0 for none
	oldestTaken             int                     // the highest of the ages the fiches' conditions bound (ages), 0 for none
	takesAll                map[string]bool         // by ref: its conditions say it takes anyone, whatever their age (ages.AnyAge)
	groups                  map[string]pairs        // by ref: the groups a protection programme serves (groupsServed)
	named                   pairs                   // the pairs of all the groups
	person                  map[string]bool         // the terms of the words for a child or a young person (pairsOf)
	tradeKinds              map[string][2]string    // by term: the sort and the thing a word of fr/trade_kinds.tsv names (things)
	products                map[uint32]bool         // the text ids of the words of what a request for money asks to be given (products.tsv)
	goods                   map[uint32]bool         // the text ids of the goods a person asks to be given to work with (goods.tsv)
	farming                 map[uint32]bool         // the text ids of the words of farming (farming.tsv)
	startIDs                map[uint32]bool         // the text ids of the words of starting an activity a fiche's summary says (start.tsv)
	tradesAll               map[uint32]bool         // the text ids of the words of training in trades in general (trades_general.tsv)
	returnees               map[string]bool         // by ref: the protection fiches whose public is Malians come back (whoServed)
	minors                  map[string]bool         // by ref: the fiches whose public is bounded under majority (Result.Minors)
	publics                 map[string][]string     // by ref: the terms of its public and conditions, sorted (whoServed)
	publicRefs              []string                // the refs of publics, sorted
	ages                    map[string][2]int       // by ref: the ages its conditions require, 0 for a bound they do not give (ages.Required)
	routes                  map[string][]ages.Route // by ref: the routes of entry its conditions tell (ages.Routes)
	literacy                map[string]bool         // by ref: the fiches that say they teach literacy (teachesReading)
	long                    map[string]bool         // by ref: the fiches that give long courses only (longOnly)
	priced                  map[string]bool         // by ref: the fiches that state what they cost (statesCost)
	lines                   lines
	filters                 filterDocs
	nameIDs                 map[string][]uint32 // by ref: the head's terms of its name and acronyms (nameTerms)

	french, sound bleveanalysis.Analyzer
}

// New indexes the fiches in memory with the language files shipped with
// Sira.
func New(fiches []seeds.Fiche) (*Index, error) {
	d, err := understand.ShippedLang()
	if err != nil {
		return nil, err
	}
	return NewWith(fiches, d)
}

// NewWith indexes the fiches in memory (scorch, one batch: see
// shared/notes/stack.md for why not NewMemOnly or one Index call each),
// reading questions with the language data d (understand.LoadLang).
func NewWith(fiches []seeds.Fiche, d *lang.Data) (*Index, error) {
	lex := lexicon.Default()
	m, err := newMapping(analysis.ResourcesOf(d, lex))
	if err != nil {
		return nil, err
	}
	idx, err := bleve.NewUsing("", m, scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("index: create: %w", err)
	}
	ix := &Index{
		bleve:  idx,
		fiches: make(map[string]*seeds.Fiche, len(fiches)),
		slugs:  make(map[string]string, len(fiches)),
		lang:   d,
		lex:    lex,
		gaz:    places.Default(),
		held:   newHeldTerms(len(fiches)),
	}
	var questions understand.Analyzers
	for _, name := range []struct {
		dst  *bleveanalysis.Analyzer
		name string
	}{{&ix.french, analysis.FrenchAnalyzer}, {&ix.sound, analysis.PhoneticAnalyzer},
		{&questions.Bambara, analysis.BambaraAnalyzer}, {&questions.French, analysis.QuestionFrenchAnalyzer}} {
		if *name.dst = m.AnalyzerNamed(name.name); *name.dst == nil {
			return nil, fmt.Errorf("index: analyzer %s not registered", name.name)
		}
	}
	ix.frenchCache = newTermCache(ix.french, ix.keeps)
	ix.children = ix.childActors(fiches)
	ix.literacy = ix.teachesReading(fiches)
	ix.long = ix.longOnly(fiches)
	ix.priced = ix.statesCost(fiches)
	ix.person = ix.termsOf(lang.Minor | lang.Young)
	ix.tradeKinds = make(map[string][2]string, len(ix.lang.TradeKinds))
	for w, k := range ix.lang.TradeKinds {
		for _, t := range ix.frenchCache.terms(w) {
			ix.tradeKinds[t] = k
		}
	}
	ix.groups = ix.groupsServed(fiches)
	ix.named = pairs{}
	for _, p := range ix.groups {
		maps.Copy(ix.named, p)
	}
	ix.returnees, ix.publics = ix.whoServed(fiches)
	ix.publicRefs = slices.Sorted(maps.Keys(ix.publics))
	ix.ages = make(map[string][2]int, len(fiches))
	ix.routes = make(map[string][]ages.Route, len(fiches))
	ix.takesAll = make(map[string]bool)
	ix.minors = make(map[string]bool)
	for i := range fiches {
		if hi := ages.Until(fiches[i].Public); hi > 0 && hi < understand.MinorAge {
			ix.minors[fiches[i].Ref] = true
		}
		ix.routes[fiches[i].Ref] = ages.Routes(fiches[i].Conditions)
		if ages.AnyAge(fiches[i].Conditions) {
			ix.takesAll[fiches[i].Ref] = true
		}
		if lo, hi := ages.Required(fiches[i].Conditions); lo > 0 || hi > 0 {
			ix.oldestTaken = max(ix.oldestTaken, hi)
			ix.ages[fiches[i].Ref] = [2]int{lo, hi}
			if lo > 0 && (ix.youngestTaken == 0 || lo < ix.youngestTaken) {
				ix.youngestTaken = lo
			}
		}
	}
	ix.soundCache = newTermCache(ix.sound, func(text string, _ []string) bool { return ix.frenchCache.has(text) || ix.keeps(text, nil) })
	// The spelling index of the offers and the language of questions need
	// nothing of bleve's: built while it indexes.
	var language *understand.Language
	spelt := make(chan struct{})
	go func() {
		defer close(spelt)
		ix.offered = offeredWords(fiches)
		language = understand.NewLanguage(d, lex)
	}()
	defer func() { <-spelt }() // ready when New returns, whichever way
	batch := idx.NewBatch()
	docs := make([]*document.Document, len(fiches))
	for i := range fiches {
		f := &fiches[i]
		ix.fiches[f.Ref] = f
		ix.slugs[f.Slug] = f.Ref
		ix.order = append(ix.order, f.Ref)
		docs[i] = document.NewDocument(f.Ref)
		if err := m.MapDocument(docs[i], fields(f, d)); err != nil {
			return nil, fmt.Errorf("index: %s: %w", f.Ref, err)
		}
		if err := batch.IndexAdvanced(docs[i]); err != nil {
			return nil, fmt.Errorf("index: %s: %w", f.Ref, err)
		}
	}
	if err := idx.Batch(batch); err != nil {
		return nil, fmt.Errorf("index: batch: %w", err)
	}
	for i, doc := range docs {
		ix.held.add(fiches[i].Ref, doc)
	}
	ix.held.mapIDs(maxMapped)
	adv, err := idx.Advanced()
	if err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	snapshot, err := adv.Reader()
	if err != nil {
		return nil, fmt.Errorf("index: reader: %w", err)
	}
	if ix.bm25, err = bm25Stats(snapshot); err != nil {
		return nil, err
	}
	ix.reader = newPostingsCache(snapshot, ix.bm25, maxListed, maxKept, len(ix.held.byID))
	if ix.byDoc, err = ix.docFiches(); err != nil {
		return nil, err
	}
	ix.textDF = ix.held.counts(fText)
	ix.names, ix.sounds = ix.held.terms(fHead), ix.held.terms(fSound)
	ix.products, ix.startIDs = ix.textIDs(ix.lang.Words.In(lang.Product)), ix.textIDs(ix.lang.StartSaid)
	ix.goods, ix.tradesAll, ix.farming = ix.textIDs(ix.lang.Goods), ix.textIDs(ix.lang.TradesAll), ix.textIDs(ix.lang.Farming)
	ix.spell = spell.New(ix.sounds, minFuzzyKey-1)
	ix.terms = ix.held.sorted(fText, fHead)
	ix.nameIDs = ix.nameTerms(fiches)
	<-spelt
	if ix.rd, err = understand.New(language, questions, ix, ix.Fiches()); err != nil {
		return nil, err
	}
	return ix, nil
}

// keeps reports whether the term caches may keep a text, whose French
// terms are french: a word the lexicon, the language files or the
// gazetteer hold, or one whose terms the fiches all hold. The sound cache
// keeps what the French one keeps (a text's sound is looked up after its
// French terms).
func (ix *Index) keeps(text string, french []string) bool {
	if ix.lex.Known(text) || ix.lang.Words.Holds(text) || ix.gaz.Known(text) {
		return true
	}
	return len(french) > 0 && !slices.ContainsFunc(french, func(t string) bool { return ix.textDF[t] == 0 && !ix.names[t] })
}

// nearTerms returns the head and text terms of minFuzzyTerm-1 letters or
// more within one edit of t and beginning with its letter (spell.Index.Near),
// for the misspellings the sound keys miss. The index of their deletions
// is made the first time a question has one, not at start-up
// (docs/benchmarks.md).
func (ix *Index) nearTerms(t string) []string {
	ix.near.once.Do(func() {
		vocab := make(map[string]bool, len(ix.terms))
		for _, c := range ix.terms {
			vocab[c] = true
		}
		ix.near.terms = spell.New(vocab, minFuzzyTerm-1)
	})
	return ix.near.terms.Near(t)
}

// Close releases the index.
func (ix *Index) Close() error {
	ix.reader.Close()
	return ix.bleve.Close()
}

// Fiche returns a fiche by ref or slug.
func (ix *Index) Fiche(key string) (*seeds.Fiche, bool) {
	if ref, ok := ix.slugs[key]; ok {
		key = ref
	}
	f, ok := ix.fiches[key]
	return f, ok
}

// Fiches returns the fiches indexed, in load order.
func (ix *Index) Fiches() []*seeds.Fiche {
	out := make([]*seeds.Fiche, len(ix.order))
	for i, ref := range ix.order {
		out[i] = ix.fiches[ref]
	}
	return out
}

// Len is the number of fiches indexed.
func (ix *Index) Len() int { return len(ix.order) }

// A docFiche is a fiche with the ids of the terms it holds
// (heldTerms.docs), found by bleve's internal number: a hit's terms are
// read without a look-up by ref.
type docFiche struct {
	fiche *seeds.Fiche
	terms ficheTerms
}

// docFiches lists the fiches by bleve's internal number, for the hits.
func (ix *Index) docFiches() ([]docFiche, error) {
	ids, err := ix.reader.DocIDReaderAll()
	if err != nil {
		return nil, fmt.Errorf("index: documents: %w", err)
	}
	defer ids.Close()
	out := make([]docFiche, 0, len(ix.fiches))
	for {
		id, err := ids.Next()
		if err != nil {
			return nil, fmt.Errorf("index: documents: %w", err)
		}
		if id == nil {
			return out, nil
		}
		ref, err := ix.reader.ExternalID(id)
		if err != nil {
			return nil, fmt.Errorf("index: documents: %w", err)
		}
		n := id.Value()
		for uint64(len(out)) <= n {
			out = append(out, docFiche{})
		}
		out[n] = docFiche{ix.fiches[ref], ix.held.docs[ref]}
	}
}

// offeredWords indexes the folded words of what the fiches offer, of
// minFuzzyKey letters or more, for misspelt topics.
func offeredWords(fiches []seeds.Fiche) spell.Index {
	vocab := map[string]bool{}
	for i := range fiches {
		for w := range strings.FieldsFuncSeq(fold.String(offerText(&fiches[i])), func(r rune) bool { return !unicode.IsLetter(r) }) {
			vocab[w] = true
		}
	}
	return spell.New(vocab, minFuzzyKey)
}

// textIDs returns the text ids of words through the French analyzer, for
// those the fiches hold.
func (ix *Index) textIDs(words map[string]bool) map[uint32]bool {
	out := map[uint32]bool{}
	for w := range words {
		for _, t := range ix.frenchCache.terms(w) {
			if id, ok := ix.held.id(fText, t); ok {
				out[id] = true
			}
		}
	}
	return out
}

// How much a protection fiche says it serves children (childActors).
const (
	forAll          = iota
	servesChildren  // who it serves names them (COOPI's "mineurs non accompagnés")
	childProtection // its name, trades or summary do (ENDA, UNICEF)
)

// termsOf returns the terms, through the French analyzer, of the words of
// the language files' lists c.
func (ix *Index) termsOf(c lang.Class) map[string]bool {
	return ix.termsOfWords(ix.lang.Words.In(c))
}

// termsOfWords returns the terms, through the French analyzer, of words.
func (ix *Index) termsOfWords(words map[string]bool) map[string]bool {
	out := map[string]bool{}
	for w := range words {
		for _, t := range ix.frenchCache.terms(w) {
			out[t] = true
		}
	}
	return out
}

// textSays reports whether text holds one of terms, through the French
// analyzer.
func (ix *Index) textSays(text string, terms map[string]bool) bool {
	return slices.ContainsFunc(ix.french.Analyze([]byte(text)), func(t *bleveanalysis.Token) bool { return terms[string(t.Term)] })
}

// childActors says, for the protection fiches, how much each says it
// serves children: a word of minors.tsv, through the French analyzer, in
// its name, trades or summary, else in who it serves (public, conditions).
func (ix *Index) childActors(fiches []seeds.Fiche) map[string]int {
	minor := ix.termsOf(lang.Minor)
	out := map[string]int{}
	for i := range fiches {
		switch f := &fiches[i]; {
		case !f.HasNeed(seeds.NeedProtection):
		case ix.textSays(join(f.Name, tradeText(f), f.Summary), minor):
			out[f.Ref] = childProtection
		case ix.textSays(join(append([]string{f.Public}, f.Conditions...)...), minor):
			out[f.Ref] = servesChildren
		}
	}
	return out
}

// teachesReading says which fiches teach literacy: a word of literacy.tsv,
// through the French analyzer, in their name, trades or summary (CFP
// Missabougou's "alphabétisation").
func (ix *Index) teachesReading(fiches []seeds.Fiche) map[string]bool {
	reading := ix.termsOfWords(ix.lang.Literacy)
	out := map[string]bool{}
	for i := range fiches {
		f := &fiches[i]
		if ix.textSays(join(f.Name, tradeText(f), f.Summary), reading) {
			out[f.Ref] = true
		}
	}
	return out
}

// statesCost says which fiches state what they cost: their fees item by
// item (the CFP Sénou's 55 000 FCFA), or their costs' text in words that
// ask a cost (asked.tsv cost: "gratuit", "FCFA", "tarif").
func (ix *Index) statesCost(fiches []seeds.Fiche) map[string]bool {
	out := map[string]bool{}
	for i := range fiches {
		f := &fiches[i]
		hits := ix.lang.AskedPatterns.Find(lang.LetterWords(fold.String(f.Costs.Text)))
		if len(f.Costs.Items) > 0 || slices.ContainsFunc(hits, func(h lang.Hit) bool { return h.Value == understand.AskCost }) {
			out[f.Ref] = true
		}
	}
	return out
}

// longOnly says which fiches give long courses only: each of their
// trades has a duration and none is in a unit of time shorter than a year
// (short_offered.tsv duration: ENDA's trades all "3 ans"; CFP
// Missabougou's "Coupe – couture : 7 mois" is short), and no phrase of
// short_offered.tsv in their name, trades, summary, offer or text says
// they give short courses too (the CPM's CAP lasts 3 years, its
// "formations à la carte sur des périodes plus courtes" two months). A
// fiche that tells no duration is not known to be long.
func (ix *Index) longOnly(fiches []seeds.Fiche) map[string]bool {
	out := map[string]bool{}
	for i := range fiches {
		f := &fiches[i]
		if len(f.Trades) == 0 || slices.ContainsFunc(f.Trades, func(t seeds.Trade) bool { return t.Duration == "" || ix.shortDuration(t.Duration) }) {
			continue
		}
		if said, _ := ix.lang.ShortText.In(join(offerText(f), f.Text)); len(said) == 0 {
			out[f.Ref] = true
		}
	}
	return out
}

// shortDuration reports whether a trade's duration is in a unit of time
// shorter than a year (short_offered.tsv duration: "7 mois", "5 à 15
// jours").
func (ix *Index) shortDuration(d string) bool {
	return slices.ContainsFunc(lang.LetterWords(fold.String(d)), func(w string) bool { return ix.lang.ShortUnits[w] })
}

// whoServed reads who each fiche serves — its public and conditions,
// through the French analyzer, once — for two uses. returnees are the
// protection fiches whose public, who they receive, is Malians come back:
// a word of return.tsv there (AME: "migrants de retour au Mali, expulsés
// ou volontairement rentrés"; not ENDA, whose conditions add returnee
// minors to the children it receives). publics are, by ref, the terms of
// a return named beside a word for the people the partners serve
// (public.tsv, within publicSpan words: "migrants de retour", "migrants …
// volontairement rentrés"), sorted: a return told (Query.Public) is looked
// up there. Alone, such a word may say something else ("ne rentre pas
// dans un modèle").
func (ix *Index) whoServed(fiches []seeds.Fiche) (returnees map[string]bool, publics map[string][]string) {
	back, people := ix.termsOf(lang.Return), ix.termsOf(lang.Public)
	returnees, publics = map[string]bool{}, make(map[string][]string, len(fiches))
	for i := range fiches {
		f := &fiches[i]
		toks := ix.french.Analyze([]byte(join(append([]string{f.Public}, f.Conditions...)...)))
		var terms []string
		if f.HasNeed(seeds.NeedProtection) {
			returnees[f.Ref] = slices.ContainsFunc(ix.french.Analyze([]byte(f.Public)), func(t *bleveanalysis.Token) bool { return back[string(t.Term)] })
		}
		for j, t := range toks {
			if !back[string(t.Term)] {
				continue
			}
			if slices.ContainsFunc(toks, func(o *bleveanalysis.Token) bool {
				d := o.Position - toks[j].Position
				return people[string(o.Term)] && !back[string(o.Term)] && d >= -publicSpan && d <= publicSpan
			}) {
				terms = append(terms, string(t.Term))
			}
		}
		slices.Sort(terms)
		if terms = slices.Compact(terms); len(terms) > 0 {
			publics[f.Ref] = terms
		}
	}
	return returnees, publics
}

// publicSpan is how many words apart a word of a return and a word for the
// people served name them together in who a fiche serves.
const publicSpan = 3
