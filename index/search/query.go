package search

import (
	"context"
	"slices"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	indexapi "github.com/blevesearch/bleve_index_api"

	"sira/index/fold"
	"sira/index/understand"
)

// combine builds the query: the content must match (when there is any),
// the boosts should, and the filter must hold. The filter joins the content
// in a conjunction rather than bleve's non-scoring filter: the conjunction
// leaps over the fiches the filter excludes, where the filter would score
// every content match first (docs/benchmarks.md). Its compound queries are
// made together (combined), in one allocation.
func combine(content query.Query, should []query.Query, filter query.Query) query.Query {
	if content == nil && len(should) == 0 && filter == nil {
		return nil // nothing to search: only the fiches named
	}
	if len(should) == 0 && (content == nil || filter == nil) { // one query: nothing to combine
		if content != nil {
			return content
		}
		return filter
	}
	c := &combined{}
	anyShould := func() query.Query { return anyOfAt(&c.should, should) }
	var must query.Query
	switch {
	case content != nil && filter != nil:
		must = c.allOf(content, filter)
	case content != nil:
		must = content
	case filter != nil:
		must = c.allOf(anyShould(), filter)
	default:
		must = anyShould()
	}
	if len(should) == 0 {
		return must // bleve's boolean query of a must alone is its must
	}
	c.both = both{must: must, should: anyShould()}
	return &c.both
}

// combined holds the compound queries combine makes.
type combined struct {
	pair   [2]query.Query
	all    allOf
	both   both
	should disjunction
}

// allOf is a conjunction of a and b, held in c.
func (c *combined) allOf(a, b query.Query) query.Query {
	c.pair = [2]query.Query{a, b}
	c.all = c.pair[:]
	return &c.all
}

// termsQuery matches any of terms in field (a MatchQuery's OR, pre-analyzed).
// Each term carries the boost, as in bleve's MatchQuery: a disjunction
// ignores its own boost, so a word of several terms would weigh 1.
func termsQuery(field string, terms []string, boost float64) query.Query {
	if len(terms) == 1 {
		return termQuery(field, terms[0], boost)
	}
	qs := make(disjunction, len(terms))
	for i, t := range terms {
		qs[i] = termQuery(field, t, boost)
	}
	return qs
}

// heldTerms is termsQuery for terms some fiche holds, by id, made by a.
func (a *termQueries) heldTerms(held *heldTerms, field string, ids []uint32, boost float64) query.Query {
	if len(ids) == 1 {
		return a.heldTerm(held, field, ids[0], boost)
	}
	qs := make(disjunction, len(ids))
	for i, id := range ids {
		qs[i] = a.heldTerm(held, field, id, boost) // each term weighs, as in termsQuery
	}
	return qs
}

// anyOf matches any of qs. One query is its own disjunction, with the
// same score: bleve's disjunction of one adds a searcher, a context and
// their allocations for nothing.
func anyOf(qs []query.Query) query.Query {
	if len(qs) == 1 {
		return qs[0]
	}
	return disjunction(qs)
}

// anyOfAt is anyOf with the disjunction's list written at d, one of a
// batch made at once: a list made an interface is an allocation of its
// own, a pointer to it none.
func anyOfAt(d *disjunction, qs []query.Query) query.Query {
	if len(qs) == 1 {
		return qs[0]
	}
	*d = qs
	return d
}

// termQuery is bleve's term query with its boost, searched by bleve's
// term searcher as TermQuery searches it (TestCompoundAsBleve), its
// term's bytes made with it, in one allocation: TermQuery converts its
// string for every searcher. A filter is a filterTerm.
func termQuery(field, term string, boost float64) query.Query {
	t := &bytesTerm{heldTermQuery: heldTermQuery{field: field, boost: boost}}
	if len(term) <= len(t.buf) {
		t.term = append(t.buf[:0], term...)
	} else {
		t.term = []byte(term)
	}
	return &t.heldTermQuery
}

// A bytesTerm is a term query with room for its term's bytes: needs,
// kinds and towns are short.
type bytesTerm struct {
	heldTermQuery
	buf [24]byte
}

// filterTerm is bleve's term query with its boost, made in one allocation
// where NewTermQuery and SetBoost make two: a filter, which within and
// allIn read as one term.
func filterTerm(field, term string, boost float64) query.Query {
	t := &boostedTerm{boost: query.Boost(boost)}
	t.TermQuery = query.TermQuery{Term: term, FieldVal: field, BoostVal: &t.boost}
	return t
}

// termQueries makes the term queries of a question's held terms, batch at
// a time: a question's ten or so in one or two allocations, where each was
// one.
type termQueries struct {
	free  []heldTermQuery
	batch int
}

// newTermQueries makes the term queries of n terms: a term is searched
// in its head, its text and by sound.
func newTermQueries(n int) termQueries { return termQueries{batch: max(3*n, 4)} }

// heldTerm is the term query of a term some fiche holds in field, by id.
func (a *termQueries) heldTerm(held *heldTerms, field string, id uint32, boost float64) query.Query {
	if len(a.free) == 0 {
		a.free = make([]heldTermQuery, a.batch)
	}
	t := &a.free[0]
	a.free = a.free[1:]
	*t = heldTermQuery{field: field, term: held.bytes(id), boost: boost, id: id, held: true}
	return t
}

// A boostedTerm holds a term query and the boost it points to. It is
// searched as bleve's TermQuery is, by a listSearcher when its list is
// kept.
type boostedTerm struct {
	query.TermQuery
	boost query.Boost
}

func (t *boostedTerm) Searcher(ctx context.Context, r indexapi.IndexReader, m mapping.IndexMapping, o search.SearcherOptions) (search.Searcher, error) {
	if sc, c, docs := keptReader(ctx, r, o); c != nil {
		c.mu.RLock()
		pl := c.lists[t.FieldVal][t.Term]
		c.mu.RUnlock()
		if s, err := newListSearcher(ctx, sc, pl, docs, t.boost.Value()); err != nil {
			return nil, err
		} else if s != nil {
			return s, nil
		}
	}
	return t.TermQuery.Searcher(ctx, r, m, o)
}

// contentQuery searches each unit of the question across the content
// fields; units are joined so that a fiche matching more of them ranks
// higher (bleve's disjunction scales by the share of clauses matched).
// Long words are also searched by sound, within one edit, for misspellings.
// It returns the units' term sets, to measure coverage and say why.
func (ix *Index) contentQuery(q understand.Query) (query.Query, []termSet) {
	asked, had, sets := ix.searchUnits(q.Terms, q.Lang)
	return anyOrNone(append(asked, had...)), sets
}

// searchUnits is each term's query (a unit: its clauses), and its term set.
// A term is searched on its own, whatever the others. The units of what
// the person has done (understand.Had) are apart, had: they rank the
// fiches the units asked find, and gather none of their own — a school
// whose trades name the training finished is no candidate for the kit or
// the loan asked after it — unless nothing else is asked, when they are
// the units asked.
func (ix *Index) searchUnits(terms []understand.Term, lang string) (asked, had []query.Query, sets []termSet) {
	asked = make([]query.Query, 0, len(terms))
	sets = make([]termSet, 0, len(terms))
	ids := make([][searched][]uint32, len(terms)) // the sets' ids, one allocation for all
	lists := make([]disjunction, 2*len(terms))    // the units' disjunctions (anyOfAt), one allocation for all
	leaves, room := newTermQueries(len(terms)), newIDRoom(len(terms))
	for i, u := range terms {
		if u.Role == understand.Story {
			continue // read, not searched
		}
		ts := termSet{label: u.Variants[0], role: u.Role, country: u.Country, adjective: u.Country && u.Source == understand.Typed, need: u.Need, head: u.Head, noun: u.Noun, structure: u.Structure, ids: &ids[i]}
		if u.Source == understand.Phrase {
			if id, ok := ix.held.id(fPhrases, u.Variants[0]); ok {
				ts.ids[slotHead] = []uint32{id} // a fiche that offers the phrase holds it as a trade
				asked = append(asked, leaves.heldTerm(ix.held, fPhrases, id, boostPhrase*boostOf(u)))
			}
			ts.weight = weight(u, ts.found())
			sets = append(sets, ts)
			continue
		}
		clauses, own := ix.wordClauses(u, lang, ts, &leaves, &room)
		if u.Head && own < len(ts.ids[slotHead]) {
			ts.own = own
		}
		if u.Need != "" {
			clauses = append(clauses, termQuery(fNeeds, u.Need, boostOf(u)))
		}
		ts.weight = weight(u, len(clauses) > 0)
		ts.product = slices.ContainsFunc(ts.ids[slotText], func(id uint32) bool { return ix.products[id] })
		for _, id := range ts.ids[slotText] {
			if ix.goods[id] && !u.Head {
				ts.goods = append(ts.goods, id)
			}
		}
		if len(ts.goods) > 0 && u.Role.Asks() {
			// The fiches that say they give the goods (offeredGoods),
			// found whatever their text's length, as a phrase offered:
			// a unit of its own, which they match whole.
			var offered []query.Query
			for _, v := range u.Variants {
				if id, ok := ix.held.id(fPhrases, fold.String(v)); ok {
					offered = append(offered, leaves.heldTerm(ix.held, fPhrases, id, boostPhrase*boostOf(u)))
				}
			}
			if len(offered) > 0 {
				asked = append(asked, anyOfAt(&lists[2*i], offered))
			}
		}
		switch {
		case (u.Activity || u.Trade && u.Head) && u.Role.Asks():
			// An activity told of who asks ("je suis photographe, je
			// cherche un emploi") is no evidence: only one asked is.
			ts.unanswerable, ts.activity = len(ts.ids[slotHead]) == 0, u.Activity
		case u.Country && u.Noun && u.Role.Asks():
			ts.unanswerable = len(clauses) == 0
		}
		sets = append(sets, ts)
		switch {
		case len(clauses) == 0:
		case u.Role == understand.Had:
			had = append(had, anyOfAt(&lists[2*i+1], clauses))
		default:
			asked = append(asked, anyOfAt(&lists[2*i+1], clauses))
		}
	}
	ix.markAbroad(sets)
	if len(asked) == 0 {
		return had, nil, sets
	}
	return asked, had, sets
}

// markAbroad marks the countries asked about or wanted (a destination),
// by their names, that no fiche names (by the name's own term: nameSpans)
// in a line with the other things
// asked that some fiche holds — not a trade asked to learn, which is
// taught here, nor a word of a need (termSet.abroad): a grant to study in
// America ("n b'a fɛ ka taa Ameriki kalan na, bourse bɛ sɔrɔ min?") is no
// partner's, though some fiches offer grants; APEJ's "bourses de
// formation au Maroc" make one for Morocco answered. A people's adjective
// is no place: "une formation en informatique en français ou en bambara"
// asks the language taught in.
func (ix *Index) markAbroad(sets []termSet) {
	if !slices.ContainsFunc(sets, asksAbroad) {
		return // most questions: no country asked, nothing to gather
	}
	var others []uint32 // the text ids of the other things asked
	for _, ts := range sets {
		if ts.role == understand.Topic && !ts.country && !ts.head && ts.need == "" {
			others = append(others, ts.ids[slotText]...)
		}
	}
	if len(others) == 0 {
		return
	}
	spansOthers := ix.spans(others)
	for i := range sets {
		if c := &sets[i]; asksAbroad(*c) {
			spansC := ix.nameSpans(c.ids[slotText])
			c.abroad = !slices.ContainsFunc(ix.order, func(ref string) bool { return ix.together(ref, spansC, spansOthers) })
		}
	}
}

// asksAbroad says a unit is a country asked about or wanted, by its name
// (markAbroad).
func asksAbroad(ts termSet) bool { return ts.country && !ts.adjective && ts.role.Asks() }

// anyOrNone is anyOf, or nil for no query.
func anyOrNone(qs []query.Query) query.Query {
	if len(qs) == 0 {
		return nil
	}
	return anyOf(qs)
}

// wordClauses searches a unit's variants in the content fields, and by sound
// for misspellings; it records in ts the terms the fiches hold. Its term
// queries are made by leaves, its ids given room by room. own is how many
// of the head ids its first variant gave.
func (ix *Index) wordClauses(u understand.Term, lang string, ts termSet, leaves *termQueries, room *idRoom) (clauses []query.Query, own int) {
	searchFields := func(terms []string, boost float64) {
		for _, f := range contentFields {
			// Only the terms some fiche holds: a term searcher for a
			// term no fiche has costs as much and finds nothing.
			if held := ts.add(ix.held, room, f.name, terms...); len(held) > 0 {
				clauses = append(clauses, leaves.heldTerms(ix.held, f.name, held, f.boost*boost))
			}
		}
	}
	for i, v := range u.Variants {
		// Analyze once, then ask every field for the terms: what a
		// MatchQuery per field would do, without analyzing once per field.
		terms := ix.frenchCache.terms(v)
		searchFields(terms, boostOf(u))
		if i == 0 {
			own = len(ts.ids[slotHead])
		}
		if len(ts.ids[slotText]) > 0 && u.Source != understand.Typed {
			continue // a gloss of this unit is held as written: no misspelling to forgive
		}
		for _, key := range ix.soundCache.terms(v) {
			if len(key) < minSoundKey {
				continue
			}
			keys := []string{key}
			if !ix.sounds[key] && len(key) >= minFuzzyKey && u.Source == understand.Typed && frenchSpelt(v, lang) {
				// A misspelt French word: no fiche has the key as written.
				keys = ix.spell.Near(key)
			}
			for _, id := range ts.add(ix.held, room, fSound, keys...) {
				clauses = append(clauses, leaves.heldTerm(ix.held, fSound, id, boostSound*boostOf(u)))
			}
		}
		if len(clauses) == 0 && u.Source == understand.Typed && frenchSpelt(v, lang) && utf8.RuneCountInString(v) >= minFuzzyKey {
			// Neither the word nor its sound is known: the fiches' word
			// it spoils ("savannerie", "mecaniqeu"), or else their stem
			// one edit from its stem (a letter dropped or swapped
			// changes the sound, "electricte").
			for _, w := range ix.offered.Near(v) {
				searchFields(ix.frenchCache.terms(w), boostSound*boostOf(u))
			}
			for _, t := range terms {
				if len(clauses) == 0 && len(t) >= minFuzzyTerm {
					searchFields(ix.nearTerms(t), boostSound*boostOf(u))
				}
			}
		}
		if i == 0 && len(clauses) == 0 {
			// Not a misspelling either: the fiches' words of the same
			// stem ("psychologue": psychologique).
			searchFields(u.Related, boostOf(u))
		}
	}
	return clauses, own
}

// frenchSpelt reports whether a typed word may be misspelt French: any in
// a French question; in a Bambara one, only a long word ("clmiatisation"),
// as short Bambara words are one letter from too many French ones.
func frenchSpelt(w, lang string) bool {
	return lang != understand.Bambara || utf8.RuneCountInString(w) >= minFrenchInBambara
}
