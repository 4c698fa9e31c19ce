package search

import (
	"slices"
	"testing"

	"sira/seeds"
)

// TestTeachersFirstDeeper: of the fiches ranked past the first shown, only the
// doors there that teach the trade (0) and hold a thing asked in their
// head come up, after the teachers of the first shown; the others stay below.
func TestTeachersFirstDeeper(t *testing.T) {
	r := func(ref string, strong bool) Result { return Result{Fiche: &seeds.Fiche{Ref: ref}, Strong: strong} }
	order := map[string]int{"NGO": 1, "DONOR": 2, "SCHOOL": 0, "WEAK": 0, "FAR": 1, "SHOWN": 0}
	rs := []Result{r("NGO", true), r("SHOWN", true), r("DONOR", true), r("FAR", true), r("WEAK", false), r("SCHOOL", true)}
	byRank := []int{0, 1, 2, 3, 4, 5}
	teachersFirst(byRank, 3, func(i int) Result { return rs[i] }, func(i int) bool { return rs[i].Strong }, func(r Result) int { return order[r.Fiche.Ref] })
	var refs []string
	for _, i := range byRank {
		refs = append(refs, rs[i].Fiche.Ref)
	}
	if want := []string{"SHOWN", "SCHOOL", "NGO", "DONOR", "FAR", "WEAK"}; !slices.Equal(refs, want) {
		t.Errorf("teachersFirst ranks %v, want %v", refs, want)
	}
}
