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
	teachersFirst(byRank, 3, func(i int) int { return order[rs[i].Fiche.Ref] }, func(i int) bool { return rs[i].Strong })
	var refs []string
	for _, i := range byRank {
		refs = append(refs, rs[i].Fiche.Ref)
	}
	if want := []string{"SHOWN", "SCHOOL", "NGO", "DONOR", "FAR", "WEAK"}; !slices.Equal(refs, want) {
		t.Errorf("teachersFirst ranks %v, want %v", refs, want)
	}
}

// TestPutFirst: the results kept come first and the others after, each
// part in the order it had, keep read once a result.
func TestPutFirst(t *testing.T) {
	var rs []Result
	for _, ref := range []string{"a", "K1", "b", "c", "K2", "K3", "d"} {
		rs = append(rs, Result{Fiche: &seeds.Fiche{Ref: ref}})
	}
	read := map[string]int{}
	putFirst(rs, func(r Result) bool {
		read[r.Fiche.Ref]++
		return r.Fiche.Ref[0] == 'K'
	})
	var refs []string
	for _, r := range rs {
		refs = append(refs, r.Fiche.Ref)
		if read[r.Fiche.Ref] != 1 {
			t.Errorf("keep read %d times for %s, want once", read[r.Fiche.Ref], r.Fiche.Ref)
		}
	}
	if want := []string{"K1", "K2", "K3", "a", "b", "c", "d"}; !slices.Equal(refs, want) {
		t.Errorf("putFirst ranks %v, want %v", refs, want)
	}
}

// TestChildTrainers: trades in general asked for a child younger than any
// age the centres take put first the actor for children that teaches
// within reach (ENDA's centre at Bamako), found though no text of its says
// "métier"; an older person, a trade at a town out of its reach, keep the
// order they had.
func TestChildTrainers(t *testing.T) {
	checkFirst(t, "P34", []firstCase{
		{"Mon neveu de 13 ans ne va plus à l'école, il fait des petits boulots au marché de Bamako. Où peut-il apprendre un métier ?", true},
		{"j ai 14 ans je veux apprendre un metier a bamako", true},
		{"j ai 25 ans je veux apprendre un metier a bamako", false},
		{"mon fils a 14 ans il veut apprendre un metier a mopti", false},
	})
}
