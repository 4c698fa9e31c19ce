package search

import (
	"context"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"sira/seeds"
)

// top must return what bleve's own request path returns for the same
// query, in the same order, ties broken by ref.
func TestTopIsBleveSearch(t *testing.T) {
	ix := testIndex(t)
	for _, tc := range []struct {
		name string
		qq   func() query.Query
		n    int
		none bool // no fiche matches
	}{
		{"one word", func() query.Query { return termQuery(fText, "soudur", 1) }, 10, false},
		{"words over fields", func() query.Query {
			return bleve.NewDisjunctionQuery(termQuery(fHead, "coutur", 2.5), termQuery(fText, "coutur", 1), termQuery(fText, "bamako", 1))
		}, 10, false},
		{"ties: need alone", func() query.Query { return termQuery(fNeeds, seeds.NeedTraining, 1) }, 10, false},
		{"fewer kept than matched", func() query.Query { return termQuery(fServes, "bamako", 1) }, 3, false},
		{"nothing matches", func() query.Query { return termQuery(fText, "zzzz", 1) }, 10, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ix.top(context.Background(), tc.qq(), tc.n)
			if err != nil {
				t.Fatal(err)
			}
			req := bleve.NewSearchRequestOptions(tc.qq(), tc.n, 0, false)
			req.SortBy([]string{"-_score", "_id"})
			want, err := ix.bleve.Search(req)
			if err != nil {
				t.Fatal(err)
			}
			if (len(got) == 0) != tc.none {
				t.Fatalf("%d hits", len(got))
			}
			if len(got) != len(want.Hits) {
				t.Fatalf("%d hits, bleve has %d", len(got), len(want.Hits))
			}
			for i, h := range want.Hits {
				if got[i].doc.fiche.Ref != h.ID || got[i].score != h.Score {
					t.Errorf("hit %d: %s %.4f, bleve has %s %.4f", i, got[i].doc.fiche.Ref, got[i].score, h.ID, h.Score)
				}
			}
		})
	}
}

// A search builds at most maxTerms term searchers: top's context carries
// the bound (a long message's misspellings must not expand without end).
func TestTopBoundsTermSearchers(t *testing.T) {
	ix := testIndex(t)
	terms := make([]query.Query, maxTerms+1)
	for i := range terms {
		terms[i] = termQuery(fText, "soudur", 1)
	}
	if _, err := ix.top(context.Background(), bleve.NewDisjunctionQuery(terms...), 3); err == nil {
		t.Errorf("a query of %d term searchers ran", len(terms))
	}
	if _, err := ix.top(context.Background(), bleve.NewDisjunctionQuery(terms[:maxTerms]...), 3); err != nil {
		t.Errorf("a query of %d term searchers: %v", maxTerms, err)
	}
}
