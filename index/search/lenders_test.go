package search

import (
	"context"
	"testing"
)

// TestLendersHere: money asked of a kind of lender no fiche of which works
// at the place (Baobab, the only microfinance, names no branch outside
// Bamako) gets the lenders a person can walk into that work there, first,
// and is no refusal as elsewhere (lendersHere); where the kind works, it
// comes first as before. The kind asked for people named by their work
// ("pour les jeunes commerçants") asks money as a loan named does. Money to raise an animal named in Bambara, its
// dictionary gloss read as the fiches' élevage (synonyms.tsv), gets a lender.
func TestLendersHere(t *testing.T) {
	ix := testIndex(t)
	for _, tt := range []struct {
		question string
		first    string // the fiche wanted first; "" for any lender a person can walk into
	}{
		{"je veux un microcredit pour mon commerce de cereales a Koutiala", ""},
		{"une caisse de microfinance qui prete aux femmes a Kita ?", ""},
		{"je vends du tissu wax au marché de Ségou, quelle microfinance peut me faire un prêt ?", ""},
		{"on est 5 femmes on fait la restauration a Sikasso, on veut un microcredit", ""},
		{"y a t il une microfinance a tombouctou pour les jeunes commerçants ?", ""}, // for people by their work
		{"institution de microfinance a mopti pour un jeune pecheur", ""},
		{"je veux un microcredit pour mon commerce de cereales a Bamako", "P22"},
		{"wari bɛ sɔrɔ min ka saga mara?", ""},
	} {
		a, err := ix.answer(context.Background(), ix.Understand(tt.question), rerankDepth)
		if err != nil {
			t.Fatal(err)
		}
		if a.Fit != Fits || len(a.Results) == 0 {
			t.Errorf("Ask(%q) = %v (%v), want a fiche that fits", tt.question, refs(a), a.Fit)
			continue
		}
		if r := a.Results[0]; tt.first != "" && r.Fiche.Ref != tt.first || tt.first == "" && !ix.lendsHand(r) {
			t.Errorf("Ask(%q) = %v, want %q or a lender a person can walk into first", tt.question, refs(a), tt.first)
		}
	}
}

// TestMoneyAskedAloneFits: money asked with no thing named, by an
// adjective ("un appui financier") as by a noun ("un financement"), is
// what is asked: a fiche that serves financing covers it (coverage), and
// the question is answered, not refused; a thing bought for a feast stays
// refused.
func TestMoneyAskedAloneFits(t *testing.T) {
	ix := testIndex(t)
	for _, tt := range []struct {
		question string
		fit      Fit
	}{
		{"groupement de femmes a Kita on fait le maraichage, on cherche un appui financier pour le grillage et les semences", Fits},
		{"groupement de femmes a Kita on fait le maraichage, on cherche un financement pour le grillage et les semences", Fits},
		{"un crédit pour acheter un mouton pour la Tabaski", NoFit},
	} {
		a, err := ix.answer(context.Background(), ix.Understand(tt.question), rerankDepth)
		if err != nil {
			t.Fatal(err)
		}
		if a.Fit != tt.fit {
			t.Errorf("Ask(%q) = %v (%v), want %v", tt.question, refs(a), a.Fit, tt.fit)
		}
	}
}

// TestNamedNotTakingAsksWhoElse: money asked of a fiche named by a person
// told of an age its conditions do not take (the APEJ's 15 to 40) asks who
// else will: the named fiche ranks as any, after a door that takes the
// person; told an age it takes, or asking no money, it stays first.
func TestNamedNotTakingAsksWhoElse(t *testing.T) {
	checkFirst(t, "P14", []firstCase{
		{"J'ai 43 ans, je suis menuisier à Bamako et je veux acheter une raboteuse. L'APEJ peut me financer ?", false},
		{"N ye san 45 ye, APEJ bɛ se ka juru di n ma wa ka jago daminɛ?", false},
		{"J'ai 25 ans, je suis menuisier à Bamako et je veux acheter une raboteuse. L'APEJ peut me financer ?", true},
		{"J'ai 45 ans, où est le bureau de l'APEJ à Bamako ?", true},
	})
}

// TestMadeForAgeFirst: money asked by a person told an age a fiche's
// conditions bound from above and take (the APEJ's 15 to 40) ranks that
// fiche before lenders silent on age that fit as well; with no age told,
// or an age past the bound, the lenders keep their order.
func TestMadeForAgeFirst(t *testing.T) {
	checkFirst(t, "P14", []firstCase{
		{"N ye san 25 ye, n b'a fɛ ka jago daminɛ, jɔn bɛ juru di n ma?", true},
		{"n b'a fɛ ka jago daminɛ, jɔn bɛ juru di n ma?", false},
		{"N ye san 50 ye, n b'a fɛ ka jago daminɛ, jɔn bɛ juru di n ma?", false},
	})
}

// firstCase is a question and whether a fiche must rank first.
type firstCase struct {
	question string
	first    bool
}

// checkFirst asks each question and checks whether fiche ref ranks first.
func checkFirst(t *testing.T, ref string, cases []firstCase) {
	t.Helper()
	ix := testIndex(t)
	for _, tt := range cases {
		a, err := ix.Ask(context.Background(), tt.question, 10)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(a.Results) > 0 && a.Results[0].Fiche.Ref == ref; got != tt.first {
			t.Errorf("Ask(%q) = %v, %s first %v, want %v", tt.question, refs(a), ref, got, tt.first)
		}
	}
}
