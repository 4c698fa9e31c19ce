package search

import (
	"slices"
	"testing"

	"sira/seeds"
)

// TestTeachersFirstDeeper: of the fiches ranked past the first size, only the
// doors there that teach the trade (0) and hold a thing asked in their
// head come up, after the teachers of the first size; the others stay out.
func TestTeachersFirstDeeper(t *testing.T) {
	r := func(ref string, strong bool) Result { return Result{Fiche: &seeds.Fiche{Ref: ref}, Strong: strong} }
	order := map[string]int{"NGO": 1, "DONOR": 2, "SCHOOL": 0, "WEAK": 0, "FAR": 1, "SHOWN": 0}
	rs := []Result{r("NGO", true), r("SHOWN", true), r("DONOR", true), r("FAR", true), r("WEAK", false), r("SCHOOL", true)}
	got := teachersFirst(rs, 3, func(r Result) int { return order[r.Fiche.Ref] })
	var refs []string
	for _, r := range got {
		refs = append(refs, r.Fiche.Ref)
	}
	if want := []string{"SHOWN", "SCHOOL", "NGO"}; !slices.Equal(refs, want) {
		t.Errorf("teachersFirst = %v, want %v", refs, want)
	}
}
