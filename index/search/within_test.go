package search

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/search/query"

	"sira/seeds"
)

// TestWithinAsFiltered: a question's content read within a filter's
// documents finds, joined to the filter, the fiches and scores the content
// read everywhere finds: for every question of the test sets, on the
// shipped fiches and on 3,000 synthetic ones, with the postings kept
// decoded and read from scorch, for a region and for protection.
func TestWithinAsFiltered(t *testing.T) {
	questions := testQuestionSet(t)
	big, err := New(synthetic(3000))
	if err != nil {
		t.Fatal(err)
	}
	defer big.Close()
	scorchOnly, err := New(synthetic(3000))
	if err != nil {
		t.Fatal(err)
	}
	defer scorchOnly.Close()
	scorchOnly.reader = newPostingsCache(scorchOnly.reader.(*postingsCache).IndexReader, scorchOnly.bm25, 0, 0, len(scorchOnly.held.byID)) // every list read from scorch
	ctx := context.Background()
	filters := []query.Query{filterTerm(fNeeds, seeds.NeedProtection, 1), filterTerm(fServes, "kayes", 1), filterTerm(fServes, "bamako", 1)}
	for name, ix := range map[string]*Index{"shipped": testIndex(t), "synthetic": big, "scorch": scorchOnly} {
		compared := 0
		for i, question := range questions {
			if name != "shipped" && i%4 != 0 {
				continue // a quarter of them: the synthetic index is slower
			}
			q := ix.Understand(question)
			content, _ := ix.contentQuery(q)
			if content == nil {
				continue
			}
			should := []query.Query{termQuery(fNeeds, seeds.NeedTraining, boostNeed)}
			for _, filter := range filters {
				filtered, err := ix.within(ctx, content, filter)
				if err != nil {
					t.Fatal(err)
				}
				got, err := ix.top(ctx, combine(filtered, should, filter), 30)
				if err != nil {
					t.Fatal(err)
				}
				want, err := ix.top(ctx, combine(content, should, filter), 30)
				if err != nil {
					t.Fatal(err)
				}
				if hits(got, 30) != hits(want, 30) {
					t.Errorf("%s %q within %v:\n%s\nwant %s", name, question, filter, hits(got, 30), hits(want, 30))
				}
				compared += len(want)
			}
		}
		if compared < 1000 {
			t.Errorf("%s: %d hits compared: too few", name, compared)
		}
	}
}

// A filter term no fiche holds leaves the content as it is and is not
// kept: the filters' documents are kept by terms of the fiches only.
func TestWithinKeepsNoUnknownTerm(t *testing.T) {
	ix := ownIndex(t)
	content := termQuery(fText, "soudure", 1)
	got, err := ix.within(context.Background(), content, filterTerm(fServes, "tombouctou-sur-seine", 1))
	if err != nil {
		t.Fatal(err)
	}
	if got != content || len(ix.filters.sets) != 0 {
		t.Errorf("within an unknown term: %v, %d filters kept", got, len(ix.filters.sets))
	}
	if _, err := ix.within(context.Background(), content, filterTerm(fNeeds, seeds.NeedProtection, 1)); err != nil {
		t.Fatal(err)
	}
	if len(ix.filters.sets) != 1 {
		t.Errorf("within protection: %d filters kept, want 1", len(ix.filters.sets))
	}
}

// hits says a search's hits: refs and scores to nine decimals, as
// .ci/same-answers compares them. A disjunction adds its terms' scores in
// the order its heap gives them, which depends on the documents it has
// walked: reading fewer documents may change a sum's last bits, and so the
// order of fiches whose scores are equal. Hits are said by score, then ref;
// when the list is full (size), those tied with its last score are counted,
// not named, for either may have been the one cut.
func hits(hs []hit, size int) string {
	type said struct {
		ref, score string
		value      float64
	}
	all := make([]said, len(hs))
	for i, h := range hs {
		all[i] = said{h.doc.fiche.Ref, fmt.Sprintf("%.9f", h.score), h.score}
	}
	slices.SortFunc(all, func(a, b said) int {
		if a.score != b.score {
			return cmp.Compare(b.value, a.value)
		}
		return cmp.Compare(a.ref, b.ref)
	})
	var b strings.Builder
	for _, h := range all {
		if len(all) == size && h.score == all[len(all)-1].score {
			fmt.Fprintf(&b, "tied at %s; ", h.score)
			continue
		}
		fmt.Fprintf(&b, "%s %s; ", h.ref, h.score)
	}
	return b.String()
}
