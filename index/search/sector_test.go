package search

import (
	"context"
	"slices"
	"testing"
)

// TestOtherActivity: a financing question names an activity of no
// farming when some thing asked, told of who asks or done is no money,
// no person and no word of farming (farming.tsv) is among its terms; a
// question that names no activity, or farming, names none.
func TestOtherActivity(t *testing.T) {
	ix := testIndex(t)
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"je vends des habits au marche de Kati, il me faut un credit", true},
		{"je suis vulcanisateur a Segou, je cherche un pret", true},
		{"un credit pour mon champ de riz a Niono", false},
		{"je suis eleveur a Nioro, je cherche un pret", false},
		{"ou trouver un credit a Segou ?", false},
		{"nous sommes des femmes, nous voulons un pret", false},
		{"n bɛ sɛnɛ kɛ Segu, juru bɛ sɔrɔ min?", false},
		// a sector left out is not told (excluding.tsv)
		{"un credit pour une activite hors agriculture a Mopti, du petit commerce", true},
		{"je cherche un pret pour mon commerce, hormis l'elevage", true},
	} {
		q := ix.Understand(tt.q)
		_, _, sets := ix.searchUnits(q.Terms, q.Lang)
		if got := ix.otherActivity(q, sets); got != tt.want {
			t.Errorf("otherActivity(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestLenderOutOfSector: money asked for an activity of no farming ranks
// the lenders that finance any activity (the youth agency, a
// microfinance) before the farm bank, whose summary lends to farmers and
// whose long text tells of commerce; farming asked, and money asked with
// no activity, keep the farm bank first.
func TestLenderOutOfSector(t *testing.T) {
	ix := testIndex(t)
	for _, tt := range []struct {
		q     string
		first []string
	}{
		{"je suis vulcanisateur a Segou, je cherche un pret pour un compresseur neuf", []string{"P14", "P22"}},
		{"je veux agrandir mon salon de coiffure a Mopti, qui prete de l'argent ?", []string{"P14", "P22"}},
		{"je fais le commerce de pagnes a Kati, il me faut un credit", []string{"P14", "P22"}},
		{"je suis maraicher a Kati, il me faut un credit pour des semences", []string{"P21"}},
		{"un pret pour acheter des boeufs de labour a Segou", []string{"P21"}},
	} {
		a, err := ix.Ask(context.Background(), tt.q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Results) == 0 || !slices.Contains(tt.first, a.Results[0].Fiche.Ref) {
			t.Errorf("Ask(%q) = %v, want first one of %v", tt.q, refs(a), tt.first)
		}
	}
}
