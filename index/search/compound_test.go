package search

import (
	"context"
	"fmt"
	"math"
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	indexapi "github.com/blevesearch/bleve_index_api"

	"sira/seeds"
)

// asBleve is a query built of Sira's compound queries built of bleve's
// own instead, as query.go built them before: a DisjunctionQuery, a
// ConjunctionQuery, a BooleanQuery of a must and a should, a TermQuery.
func asBleve(q query.Query) query.Query {
	all := func(qs []query.Query) []query.Query {
		out := make([]query.Query, len(qs))
		for i, q := range qs {
			out[i] = asBleve(q)
		}
		return out
	}
	switch q := q.(type) {
	case disjunction:
		return bleve.NewDisjunctionQuery(all(q)...)
	case *disjunction:
		return bleve.NewDisjunctionQuery(all(*q)...)
	case allOf:
		return bleve.NewConjunctionQuery(all(q)...)
	case *allOf:
		return bleve.NewConjunctionQuery(all(*q)...)
	case *both:
		return asBleve(*q)
	case both:
		b := bleve.NewBooleanQuery()
		b.Must = asBleve(q.must)
		b.AddShould(asBleve(q.should))
		return b
	case within:
		return within{asBleve(q.Query), q.docs}
	case *heldTermQuery:
		return bleveTerm(q.field, string(q.term), q.boost)
	case *boostedTerm:
		return bleveTerm(q.FieldVal, q.Term, q.boost.Value())
	}
	return q
}

// Every question's query, with a need's boosts and within a filter or
// not, finds the same fiches with the same scores, to the last bit, built
// of Sira's compound queries as of bleve's.
func TestCompoundAsBleve(t *testing.T) {
	ix := testIndex(t)
	ctx := context.Background()
	filters := []query.Query{nil, filterTerm(fNeeds, seeds.NeedProtection, 1), filterTerm(fServes, "kayes", 1)}
	compared := 0
	for _, question := range testQuestionSet(t) {
		content, _ := ix.contentQuery(ix.Understand(question))
		for _, should := range [][]query.Query{nil, {termQuery(fNeeds, seeds.NeedTraining, boostNeed), termQuery(fFocus, seeds.NeedTraining, boostNeed)}} {
			for _, filter := range filters {
				filtered, err := ix.within(ctx, content, filter)
				if err != nil {
					t.Fatal(err)
				}
				q := combine(filtered, should, filter)
				if q == nil {
					continue
				}
				got, err := ix.top(ctx, q, 30)
				if err != nil {
					t.Fatal(err)
				}
				want, err := ix.top(ctx, asBleve(q), 30)
				if err != nil {
					t.Fatal(err)
				}
				if len(got) != len(want) {
					t.Fatalf("%q: %d hits, bleve's queries %d", question, len(got), len(want))
				}
				for i := range got {
					if got[i] != want[i] {
						t.Fatalf("%q: hit %d is %s %v, bleve's queries %s %v", question, i, got[i].doc.fiche.Ref, got[i].score, want[i].doc.fiche.Ref, want[i].score)
					}
				}
				compared++
			}
		}
	}
	if compared < 1000 {
		t.Errorf("%d searches compared", compared)
	}
}

// Sira's searchers go to a document as bleve's do (Advance, the walk of a
// compound inside another, always forward): a search's searcher and the
// searcher of its query built of bleve's own, moved to every third
// document past the last they gave and walked one further from there, meet
// the same documents with the same scores.
func TestCompoundAdvanceAsBleve(t *testing.T) {
	ix := testIndex(t)
	ctx := context.Background()
	filter := filterTerm(fServes, "kayes", 1)
	docs := uint64(len(ix.byDoc))
	compared := 0
	for _, question := range testQuestionSet(t) {
		content, _ := ix.contentQuery(ix.Understand(question))
		if content == nil {
			continue
		}
		filtered, err := ix.within(ctx, content, filter)
		if err != nil {
			t.Fatal(err)
		}
		q := combine(filtered, []query.Query{termQuery(fNeeds, seeds.NeedTraining, boostNeed), termQuery(fFocus, seeds.NeedTraining, boostNeed)}, filter)
		var walks [2][]string
		for i, qq := range []query.Query{q, asBleve(q)} {
			var sc searchContext
			s, err := ix.searcher(ctx, &sc, qq)
			if err != nil {
				t.Fatal(err)
			}
			sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(0, 0)}
			next := uint64(0) // past the last document given
			for to := uint64(0); to < docs; to += 3 {
				dm, err := s.Advance(sctx, indexapi.NewIndexInternalID(nil, max(to, next)))
				for n := 0; n < 2 && dm != nil && err == nil; n++ {
					walks[i] = append(walks[i], fmt.Sprintf("%d %v", dm.IndexInternalID.Value(), dm.Score))
					next = dm.IndexInternalID.Value() + 1
					if n == 0 {
						dm, err = s.Next(sctx)
					}
				}
				if err != nil {
					t.Fatal(err)
				}
			}
			s.Close()
		}
		if !slices.Equal(walks[0], walks[1]) {
			t.Fatalf("%q: walked %v, bleve's queries %v", question, walks[0], walks[1])
		}
		compared += len(walks[0])
	}
	if compared < 100 {
		t.Errorf("%d matches compared", compared)
	}
}

// Every held term's bytes spell it.
func TestHeldBytesAsTerms(t *testing.T) {
	ht := testIndex(t).held
	if len(ht.byID) < 1000 {
		t.Fatalf("%d held terms", len(ht.byID))
	}
	for id := range ht.byID {
		if got, want := string(ht.bytes(uint32(id))), ht.term(uint32(id)); got != want {
			t.Fatalf("bytes(%d) = %q, term %q", id, got, want)
		}
	}
}

// A word that analyzes to several terms weighs its boost, as a word of one
// term does: bleve's disjunction ignores its own boost, so each term
// carries it. Against a clause of weight 1, the ratio of the scores of a
// fiche matching only the word and a fiche matching only the other clause
// grows with the boost (the query norm cancels out of the ratio).
func TestSeveralTermsCarryTheBoost(t *testing.T) {
	ix := testIndex(t)
	ctx := context.Background()
	word, other := []string{"coutur", "soudur"}, "menuis"
	var ids []uint32
	for _, term := range word {
		id, ok := ix.held.id(fText, term)
		if !ok {
			t.Fatalf("no fiche holds %q", term)
		}
		ids = append(ids, id)
	}
	scores := func(q query.Query) map[string]float64 {
		hits, err := ix.top(ctx, q, 1000)
		if err != nil {
			t.Fatal(err)
		}
		s := make(map[string]float64, len(hits))
		for _, h := range hits {
			s[h.doc.fiche.Ref] = h.score
		}
		return s
	}
	wordOnly, otherOnly := "", ""
	matchWord, matchOther := scores(termsQuery(fText, word, 1)), scores(termQuery(fText, other, 1))
	for ref := range matchWord {
		if _, ok := matchOther[ref]; !ok && (wordOnly == "" || ref < wordOnly) {
			wordOnly = ref
		}
	}
	for ref := range matchOther {
		if _, ok := matchWord[ref]; !ok && (otherOnly == "" || ref < otherOnly) {
			otherOnly = ref
		}
	}
	if wordOnly == "" || otherOnly == "" {
		t.Fatalf("no fiche matches only %v (%q) or only %q (%q)", word, wordOnly, other, otherOnly)
	}
	for _, tc := range []struct {
		name string
		word func(boost float64) query.Query
	}{
		{"termsQuery", func(boost float64) query.Query { return termsQuery(fText, word, boost) }},
		{"heldTerms", func(boost float64) query.Query {
			leaves := newTermQueries(len(ids))
			return leaves.heldTerms(ix.held, fText, ids, boost)
		}},
	} {
		ratio := func(boost float64) float64 {
			s := scores(disjunction{tc.word(boost), termQuery(fText, other, 1)})
			return s[wordOnly] / s[otherOnly]
		}
		for _, boost := range []float64{boostHead, boostGloss, boostSound} {
			if got, want := ratio(boost)/ratio(1), boost; math.Abs(got-want) > 1e-9 {
				t.Errorf("%s: boost %v weighs the word %v against %q ×%.4f", tc.name, boost, word, other, got)
			}
		}
	}
}

// bleveTerm is bleve's own TermQuery, with its boost.
func bleveTerm(field, term string, boost float64) query.Query {
	t := bleve.NewTermQuery(term)
	t.SetField(field)
	t.SetBoost(boost)
	return t
}
