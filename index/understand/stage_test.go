package understand

import (
	"slices"
	"testing"

	"sira/seeds"
)

// TestBambaraOfficeAndStage: a Bambara office asked "which" of
// (bm/offices.tsv: "baarakɛda jumɛn") names the office sought, no business
// of the asker's, so work sought for the asker is a job; practice asked
// after a diploma had, or in a workplace (bm/internship.tsv), is a work
// placement read as "stage"; a diploma lacked or a trade learnt keeps it a
// training, and the asker's own business keeps its need.
func TestBambaraOfficeAndStage(t *testing.T) {
	rd := plainReader(t)
	for _, tt := range []struct {
		q, need string
		stage   bool
	}{
		{"baarakɛda jumɛn bɛ se ka baara ɲini n ye Segu?", seeds.NeedJob, false},
		{"baarakeda jumen be se ka baara nyini n ye?", seeds.NeedJob, false},
		{"n ye dipulɔmu sɔrɔ, n bɛ degeli ɲini", seeds.NeedJob, true},
		{"ne denke ye dipilomu soro, a be degeli nyini baarakeda do la bamako", seeds.NeedJob, true},
		{"n b'a fɛ ka dege baarakɛda kɔnɔ sani n ka baara sɔrɔ", seeds.NeedJob, true},
		// a diploma lacked, or a trade learnt: a training
		{"dipilomu te n bolo, n b'a fɛ ka degeli kɛ", seeds.NeedTraining, false},
		{"n ye dipulɔmu sɔrɔ, n b'a fɛ ka kalali dege", seeds.NeedTraining, false},
		// the asker's own business, not asked "which" of
		{"n ka baarakeda be san 4 bo, n be wari caman fe ka a bonya", seeds.NeedFinance, false},
	} {
		u := rd.Understand(tt.q)
		if u.Need != tt.need {
			t.Errorf("%q: need %q, want %q", tt.q, u.Need, tt.need)
		}
		stage := slices.ContainsFunc(u.Terms, func(x Term) bool { return x.Role.Asks() && slices.Contains(x.Variants, "stage") })
		if stage != tt.stage {
			t.Errorf("%q: stage asked %v, want %v (terms %v)", tt.q, stage, tt.stage, roles(u))
		}
	}
}

// TestLenderKindForActivity: a lender's kind asked by someone who tells an
// activity of theirs asks it for money (Query.Money), so that the lenders
// at a place where no fiche of that kind works answer; the kind alone does
// not.
func TestLenderKindForActivity(t *testing.T) {
	rd := plainReader(t)
	for _, tt := range []struct {
		q     string
		money bool
	}{
		{"musow ka tɔn bɛ Gao, an bɛ jago kɛ, jurudonkɛsu bɛ min?", true},
		{"n be tiga feere segu, jurudonkesu jumen be yen?", true},
		{"je vends du tissu a Tombouctou, il y a une microfinance ?", true},
		{"microfinance a tombouctou", false},
		{"jurudonkesu be segu wa?", false},
	} {
		u := rd.Understand(tt.q)
		if u.Kind == "" || u.Money != tt.money {
			t.Errorf("%q: kind %q, money %v, want a kind and money %v", tt.q, u.Kind, u.Money, tt.money)
		}
	}
}
