package search

import (
	"slices"
	"sort"
	"strings"
	"sync"
)

// lines keeps, per fiche, the French terms of each line of its text, read
// the first time a question needs them: a country abroad answers a question
// only where a line of the fiche names it with another thing asked
// ("bourses de formation au Maroc"), not as an office or a partner named
// elsewhere in the text ("agences à Abidjan… et au Canada").
//
// A term is kept as its rank among the text terms in alphabetical order
// (order): the terms that begin with a word are then a range of ranks, and
// the lines are numbers the garbage collector need not scan.
//
// It keeps too, per fiche, the terms of what it says it does (offers): a
// trade asked in a place is taught there only by a fiche that offers it.
type lines struct {
	mu     sync.Mutex
	order  *textOrder            // made with the first lines
	terms  map[string]ficheLines // by ref
	offer  map[string][]uint32   // by ref: the text ids of what it offers (offerText), sorted
	lends  map[string]bool       // by ref: lendsMoney's answer
	starts map[string]bool       // by ref: helpsStart's answer
	all    map[string]bool       // by ref: trainsInTrades's answer
	farms  map[string]bool       // by ref: lendsToFarming's answer
}

// ficheLines are a fiche's lines: the ranks of each line's terms, sorted,
// end to end, and where each line ends; all is every rank of its lines,
// sorted once, so that a fiche with no line of a term is passed over
// without reading its lines.
type ficheLines struct {
	ranks []uint32
	ends  []int
	all   []uint32
}

// textOrder ranks the terms of the text field in alphabetical order.
type textOrder struct {
	sorted []string          // the text terms, sorted
	rank   map[uint32]uint32 // by held id: the term's place in sorted
}

func newTextOrder(held *heldTerms) *textOrder {
	o := &textOrder{sorted: held.sorted(fText)}
	o.rank = make(map[uint32]uint32, len(o.sorted))
	for i, t := range o.sorted {
		id, _ := held.id(fText, t)
		o.rank[id] = uint32(i)
	}
	return o
}

// span returns the ranks of a text term (by held id) and, when it has
// minFuzzyTerm letters or more, of the terms it begins ("travail":
// travailleurs, which the light stemmer keeps apart): [lo, hi).
func (o *textOrder) span(id uint32, term string) (lo, hi uint32) {
	lo = o.rank[id]
	if len(term) < minFuzzyTerm {
		return lo, lo + 1
	}
	n := sort.Search(len(o.sorted)-int(lo), func(i int) bool { return !strings.HasPrefix(o.sorted[int(lo)+i], term) })
	return lo, lo + uint32(n)
}

// textOrder returns the order of the text terms, made the first time a
// question needs it.
func (ix *Index) textOrder() *textOrder {
	ix.lines.mu.Lock()
	defer ix.lines.mu.Unlock()
	return ix.lines.orderLocked(ix.held)
}

// orderLocked is textOrder for a caller that holds l.mu.
func (l *lines) orderLocked(held *heldTerms) *textOrder {
	if l.order == nil {
		l.order = newTextOrder(held)
	}
	return l.order
}

// linesOf returns a fiche's lines.
func (ix *Index) linesOf(ref string) ficheLines {
	ix.lines.mu.Lock()
	defer ix.lines.mu.Unlock()
	order := ix.lines.orderLocked(ix.held)
	if ls, ok := ix.lines.terms[ref]; ok {
		return ls
	}
	var ls ficheLines
	for _, line := range strings.Split(fullText(ix.fiches[ref]), "\n") {
		start := len(ls.ranks)
		for _, t := range ix.french.Analyze([]byte(line)) {
			// Every term of a line is one of the fiche's text terms.
			if id, ok := ix.held.id(fText, string(t.Term)); ok {
				ls.ranks = append(ls.ranks, order.rank[id])
			}
		}
		if len(ls.ranks) > start {
			slices.Sort(ls.ranks[start:])
			ls.ranks = append(ls.ranks[:start], slices.Compact(ls.ranks[start:])...)
			ls.ends = append(ls.ends, len(ls.ranks))
		}
	}
	ls.all = slices.Compact(slices.Sorted(slices.Values(ls.ranks)))
	if ix.lines.terms == nil {
		ix.lines.terms = map[string]ficheLines{}
	}
	ix.lines.terms[ref] = ls
	return ls
}

// spans returns the ranks of text terms (held ids) and of the longer forms
// they begin (textOrder.span): what together looks for, made once for all
// the fiches a question asks about.
func (ix *Index) spans(ids []uint32) [][2]uint32 {
	order := ix.textOrder()
	out := make([][2]uint32, len(ids))
	for i, id := range ids {
		out[i][0], out[i][1] = order.span(id, ix.held.term(id))
	}
	return out
}

// nameSpans returns the ranks of a country's text terms alone (held ids),
// not the longer forms they begin: "franc" (France) begins "francais",
// the language APEJ's grants for Morocco ask ("maîtrise du français"),
// which names no place.
func (ix *Index) nameSpans(ids []uint32) [][2]uint32 {
	order := ix.textOrder()
	out := make([][2]uint32, len(ids))
	for i, id := range ids {
		out[i][0] = order.rank[id]
		out[i][1] = out[i][0] + 1
	}
	return out
}

// together reports whether a line of the fiche holds one of the terms a and
// one of the terms b, or a longer form of one (spans of text term ids).
func (ix *Index) together(ref string, a, b [][2]uint32) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	ls := ix.linesOf(ref)
	if !anyIn(ls.all, a) || !anyIn(ls.all, b) {
		return false
	}
	start := 0
	for _, end := range ls.ends {
		line := ls.ranks[start:end]
		if anyIn(line, a) && anyIn(line, b) {
			return true
		}
		start = end
	}
	return false
}

// anyIn reports whether the line (sorted ranks) holds a rank of one of the
// spans.
func anyIn(line []uint32, spans [][2]uint32) bool {
	for _, s := range spans {
		if i, _ := slices.BinarySearch(line, s[0]); i < len(line) && line[i] < s[1] {
			return true
		}
	}
	return false
}

// offers reports whether what a fiche says it does (offerText: its name,
// trades, summary and offer, apart from the rest of its text) holds any of
// the text terms ids. Its terms are read the first time a question needs
// them.
func (ix *Index) offers(ref string, ids []uint32) bool {
	ix.lines.mu.Lock()
	terms, ok := ix.lines.offer[ref]
	if !ok {
		for _, t := range ix.french.Analyze([]byte(offerText(ix.fiches[ref]))) {
			if id, ok := ix.held.id(fText, string(t.Term)); ok {
				terms = append(terms, id)
			}
		}
		slices.Sort(terms)
		terms = slices.Compact(terms)
		if ix.lines.offer == nil {
			ix.lines.offer = map[string][]uint32{}
		}
		ix.lines.offer[ref] = terms
	}
	ix.lines.mu.Unlock()
	return holdsAny(ficheTerms{ids: terms}, ids)
}

// lendsMoney reports whether a fiche says it gives money: a product of
// products.tsv (a loan, a grant, investment) in its trades or summary,
// the hand-checked line of what it does. Its name and offer are left out:
// an agency named for the investments it promotes, whose offer tells of
// "soutien aux investissements", gives none (the API).
func (ix *Index) lendsMoney(ref string) bool {
	return ix.says(ref, &ix.lines.lends, ix.products)
}

// helpsStart reports whether a fiche says it helps start an activity: a
// word of start.tsv in its trades or summary ("aide à créer son
// entreprise", "lancer leur entreprise"), not only in its long text,
// where a bank tells of the creation of its own branches.
func (ix *Index) helpsStart(ref string) bool {
	return ix.says(ref, &ix.lines.starts, ix.startIDs)
}

// trainsInTrades reports whether a fiche says it trains in trades in
// general: a word of trades_general.tsv in its trades or summary
// ("formation aux métiers, apprentissage"), not only in its long text.
func (ix *Index) trainsInTrades(ref string) bool {
	return ix.says(ref, &ix.lines.all, ix.tradesAll)
}

// lendsToFarming reports whether a lender says it lends to farming: a
// word of farming.tsv in its trades or summary ("banque agricole …
// paysans, éleveurs"), the sector it serves.
func (ix *Index) lendsToFarming(ref string) bool {
	return ix.says(ref, &ix.lines.farms, ix.farming)
}

// says reports whether a fiche's trades or summary hold any of the text
// ids; the answer is kept in memo, read the first time a question needs
// it.
func (ix *Index) says(ref string, memo *map[string]bool, ids map[uint32]bool) bool {
	ix.lines.mu.Lock()
	defer ix.lines.mu.Unlock()
	yes, ok := (*memo)[ref]
	if !ok {
		f := ix.fiches[ref]
		for _, t := range ix.french.Analyze([]byte(join(tradeText(f), f.Summary))) {
			if id, ok := ix.held.id(fText, string(t.Term)); ok && ids[id] {
				yes = true
				break
			}
		}
		if *memo == nil {
			*memo = map[string]bool{}
		}
		(*memo)[ref] = yes
	}
	return yes
}
