package search

import (
	"strings"
	"testing"

	"sira/seeds"
)

// TestRankKeyOrder checks that a rank key ranks by its first part that
// differs, the larger first, whatever the later parts say.
func TestRankKeyOrder(t *testing.T) {
	var named, covers, nearer rankKey
	named[keyNamed] = 1
	covers[keyShare], covers[keyNear] = 1, 2
	nearer[keyShare], nearer[keyNear], nearer[keyStarts] = 0.5, 2, 1
	for _, tt := range []struct {
		name        string
		first, then rankKey
	}{
		{"a fiche named before one that covers more", named, covers},
		{"a larger share before a nearer fiche", covers, nearer},
	} {
		if got := tt.first.compare(&tt.then); got >= 0 {
			t.Errorf("%s: compare = %d, want < 0", tt.name, got)
		}
		if got := tt.then.compare(&tt.first); got <= 0 {
			t.Errorf("%s: reversed compare = %d, want > 0", tt.name, got)
		}
	}
	if got := covers.compare(&covers); got != 0 {
		t.Errorf("equal keys: compare = %d, want 0", got)
	}
}

// TestShutNeverFirst checks role moverShut: a donor or a fiche that ended,
// left first, goes below the first open service that fits as well, or that
// service comes first when it ranks beyond the first fitDepth; named, asked
// money or with no such service after it, it keeps its place.
func TestShutNeverFirst(t *testing.T) {
	project := seeds.Fiche{Ref: "R1", Kind: "projet", Status: seeds.StatusEnded, Audience: seeds.AudienceProgramme}
	donor := seeds.Fiche{Ref: "A1", Kind: seeds.KindDonor, Status: seeds.StatusActive, Audience: seeds.AudienceProgramme}
	ended := seeds.Fiche{Ref: "A2", Kind: seeds.KindDonor, Status: seeds.StatusEnded, Audience: seeds.AudienceProgramme}
	school := seeds.Fiche{Ref: "P1", Kind: "centre de formation", Status: seeds.StatusActive, Audience: seeds.AudiencePublic}
	unicef := seeds.Fiche{Ref: "P2", Kind: "protection", Status: seeds.StatusActive, Audience: seeds.AudienceProgramme}
	tests := []struct {
		name   string
		ranked []*seeds.Fiche
		covers []float64
		asks   request
		named  string
		want   string
	}{
		{"an ended project, a school as good", []*seeds.Fiche{&project, &school}, []float64{1, 1}, requestLearning, "", "P1 R1"},
		{"an ended project, the school covers less", []*seeds.Fiche{&project, &school}, []float64{1, 0.5}, requestLearning, "", "R1 P1"},
		{"an ended project named", []*seeds.Fiche{&project, &school}, []float64{1, 1}, requestLearning, "R1", "R1 P1"},
		{"money asked: the donors' rule", []*seeds.Fiche{&project, &school}, []float64{1, 1}, requestMoney, "", "R1 P1"},
		{"a programme is no open service", []*seeds.Fiche{&ended, &unicef, &school}, []float64{1, 1, 1}, requestOther, "", "P2 P1 A2"},
		{"a donor, the school beyond the first three comes first", []*seeds.Fiche{&donor, &ended, &project, &school}, []float64{1, 1, 1, 1}, requestLearning, "", "P1 A1 A2 R1"},
		{"no open service after it", []*seeds.Fiche{&donor, &unicef}, []float64{1, 1}, requestOther, "", "A1 P2"},
	}
	for _, tt := range tests {
		cs := make([]candidate, len(tt.ranked))
		byRank := make([]int, len(tt.ranked))
		for i, f := range tt.ranked {
			cs[i] = candidate{fiche: f, rankCov: tt.covers[i], serves: true, takesAge: true, named: f.Ref == tt.named}
			byRank[i] = i
		}
		belowFirstDoor(cs, byRank, tt.asks, moverShut)
		if got := refsOf(cs, byRank); got != tt.want {
			t.Errorf("%s: moverShut = %s, want %s", tt.name, got, tt.want)
		}
	}
}

// TestGrownFirst: the first n results for grown people come first, the
// others keep their order after them.
func TestGrownFirst(t *testing.T) {
	mk := func(refs ...string) []Result {
		rs := make([]Result, len(refs))
		for i, r := range refs {
			rs[i] = Result{Fiche: &seeds.Fiche{Ref: r}}
		}
		return rs
	}
	child := func(r Result) bool { return r.Fiche.Ref == "C" }
	for _, tc := range []struct{ in, want string }{
		{"A C B D", "A B C D"},
		{"C A B D", "A B C D"},
		{"A B C D", "A B C D"},
		{"C A", "A C"},
	} {
		rs := grownFirst(mk(strings.Fields(tc.in)...), 2, func(r Result) bool { return !child(r) })
		var got []string
		for _, r := range rs {
			got = append(got, r.Fiche.Ref)
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%s: got %s, want %s", tc.in, g, tc.want)
		}
	}
}

// TestNextAreDoors checks role moverNext: after the first, up to
// doorDepth, a donor, an ended project or a centre not yet open gives its
// rank to each open service after it that serves the need and covers as
// large a share; named, beyond doorDepth, or with no such service after
// it, it keeps its place. nextLeft says whether one is left there.
func TestNextAreDoors(t *testing.T) {
	donor := seeds.Fiche{Ref: "A1", Kind: seeds.KindDonor, Status: seeds.StatusActive, Audience: seeds.AudienceProgramme}
	project := seeds.Fiche{Ref: "R1", Kind: "projet", Status: seeds.StatusEnded, Audience: seeds.AudienceProgramme}
	planned := seeds.Fiche{Ref: "P9", Kind: "centre de formation", Status: seeds.StatusPlanned, Audience: seeds.AudiencePublic}
	door := func(ref string) *seeds.Fiche {
		return &seeds.Fiche{Ref: ref, Kind: "centre de formation", Status: seeds.StatusActive, Audience: seeds.AudiencePublic}
	}
	p1, p2, p3, p4 := door("P1"), door("P2"), door("P3"), door("P4")
	ended := seeds.Fiche{Ref: "A2", Kind: seeds.KindDonor, Status: seeds.StatusEnded, Audience: seeds.AudienceProgramme}
	tests := []struct {
		name    string
		ranked  []*seeds.Fiche
		covers  []float64
		named   string
		want    string
		left    bool
		funders bool // who funds is asked (candidate.funderAsked of the donors funding now)
	}{
		{"a donor second, a school as good after it", []*seeds.Fiche{p1, &donor, p2}, []float64{1, 1, 1}, "", "P1 P2 A1", true, false},
		{"a donor and an ended project, two schools after", []*seeds.Fiche{p1, &donor, &project, p2, p3}, []float64{1, 1, 1, 1, 1}, "", "P1 P2 P3 A1 R1", false, false},
		{"a centre not yet open, a school after", []*seeds.Fiche{p1, &planned, p2}, []float64{1, 1, 1}, "", "P1 P2 P9", true, false},
		{"the school after covers less", []*seeds.Fiche{p1, &donor, p2}, []float64{1, 1, 0.5}, "", "P1 A1 P2", true, false},
		{"the donor named", []*seeds.Fiche{p1, &donor, p2}, []float64{1, 1, 1}, "A1", "P1 A1 P2", false, false},
		{"the donor first is the other roles'", []*seeds.Fiche{&donor, p1, p2}, []float64{1, 1, 1}, "", "A1 P1 P2", false, false},
		{"beyond doorDepth", []*seeds.Fiche{p1, p2, p3, &donor, p4}, []float64{1, 1, 1, 1, 1}, "", "P1 P2 P3 A1 P4", false, false},
		{"who funds asked: the donor funding now keeps its rank", []*seeds.Fiche{p1, &donor, p2}, []float64{1, 1, 1}, "", "P1 A1 P2", false, true},
		{"who funds asked: the donor funding now passes one that ended", []*seeds.Fiche{p1, &ended, &donor, p2}, []float64{1, 1, 0.5, 0.5}, "", "P1 A1 A2 P2", true, true},
		{"not asked: a donor funding now passes no donor", []*seeds.Fiche{p1, &ended, &donor, p2}, []float64{1, 1, 0.5, 0.5}, "", "P1 A2 P2 A1", true, false},
	}
	for _, tt := range tests {
		cs := make([]candidate, len(tt.ranked))
		byRank := make([]int, len(tt.ranked))
		for i, f := range tt.ranked {
			cs[i] = candidate{fiche: f, rankCov: tt.covers[i], serves: true, takesAge: true, named: f.Ref == tt.named,
				unopened: f.Status == seeds.StatusPlanned, funderAsked: tt.funders && f.Kind == seeds.KindDonor && f.Status == seeds.StatusActive}
			byRank[i] = i
		}
		belowFirstDoor(cs, byRank, requestLearning, moverNext)
		if got := refsOf(cs, byRank); got != tt.want {
			t.Errorf("%s: moverNext = %s, want %s", tt.name, got, tt.want)
		}
		r := ranking{req: requestLearning}
		if got := nextLeft(cs, byRank, &r); got != tt.left {
			t.Errorf("%s: nextLeft = %v, want %v", tt.name, got, tt.left)
		}
	}
}
