package search

import (
	"context"
	"slices"
	"testing"
)

// TestWhoWorksThere: a question of who works at a town for a public ranks
// first those present there for what is asked: a training given elsewhere
// (ENDA teaches in Bamako) does not serve it at Gao; a door that receives
// people in a town of the region out of reach (GRDR at Kayes) comes after
// the national agencies for Nioro; an actor whose protection ended with a
// project is no actor at its town (Caritas at Yanfolila: the region's
// child actors first); a donor at the town
// is not passed by one that is not (Kita); the displaced are the fiches'
// PDI, to resettle their réinsertion (fr/synonyms.tsv); words of asking
// alone at a place rank none by its long text (the BNDA's "intervient"),
// nor do the structures asked as a list ("quelles structures de votre
// liste", fr/frame.tsv): those at the town come first. What there is at a
// place, asked in words of asking and of who asks alone (whatIsThere), or
// in words of being there ("y a quoi à Ménaka pour nous"),
// puts first the doors a person walks into that serve it (keyReceives) —
// those with an office in the town, then the agencies of all of Mali,
// whose EOJ receive the young — never UNICEF, which works through
// partners, a donor, nor an ended project; a donor asked what it does
// stays first (candidate.askedAbout), one asked for money does not.
func TestWhoWorksThere(t *testing.T) {
	ix := testIndex(t)
	shut := []string{"P37", "A01", "A02", "A05", "A04", "A11", "R01", "P17"}
	tests := []struct {
		q          string
		first, not []string // the first result is one of first, none of not
	}{
		{"A Gao, qui s'occupe de la formation professionnelle des jeunes vulnérables ?", nil, []string{"P34"}},
		{"formation soudure a Gao pour les jeunes", nil, []string{"P34"}},
		{"je vis a Nioro du Sahel, qui peut m aider a trouver un emploi ?", []string{"P15", "P14"}, nil},
		{"Yanfolila, jon be denmisenw deme?", []string{"P34"}, []string{"P33"}},
		{"A Kita qui fait des champs-écoles ou de la formation agricole pour les jeunes ?", []string{"P33", "A10"}, nil},
		{"Bankass, qui aide les déplacés ?", []string{"P36"}, nil},
		{"Bafoulabé, qui aide les migrants de retour à se réinsérer ?", []string{"P19"}, nil},
		{"qui intervient à Bandiagara ?", nil, []string{"P21"}},
		{"Quelles structures de votre liste sont présentes à Kita ?", []string{"P12", "P33"}, nil},
		{"Donnez-moi la liste des organisations qui interviennent à Djenné.", []string{"P36"}, nil},
		{"Qu'est-ce qu'il y a comme structures à Bougouni pour les jeunes qui rentrent et veulent se former ?", []string{"P14", "P15", "P20"}, shut},
		{"quelles structures a Koutiala pour aider les jeunes", []string{"P14", "P15"}, shut},
		{"Kidali, mɔgɔ jumɛn bɛ kamalenw dɛmɛ baara ni kalan na?", []string{"P14", "P15", "P20"}, shut},
		{"bonjour, a tombouctou qui peut aider un jeune rapatrie a se former svp", nil, shut},
		{"qui intervient a kita pour les jeunes ?", []string{"P12", "P33"}, nil},
		{"La GIZ finance quoi en ce moment ?", []string{"A02"}, nil},
		{"la GIZ peut me financer ?", nil, []string{"A02"}},
		// An existence asked in SMS (fr/helpers.tsv), a trouble told
		// (fr/feelings.tsv), a return from "l'aventure" (fr/journey.tsv).
		{"ya koi a menaka pour nous", []string{"P32", "P14", "P15", "P20"}, shut},
		{"il y a quoi a kidal pour les jeunes", []string{"P32", "P14", "P15", "P20"}, shut},
		{"a kidal qui aide les migrants en difficulte", []string{"P32"}, nil},
		{"a Sikasso y a t il des organisations pour les jeunes qui reviennent de l'aventure", nil, shut},
	}
	for _, tt := range tests {
		a, err := ix.Ask(context.Background(), tt.q, 3)
		if err != nil {
			t.Fatal(err)
		}
		got := refs(a)
		if len(got) == 0 || tt.first != nil && !slices.Contains(tt.first, got[0]) || slices.Contains(tt.not, got[0]) {
			t.Errorf("Ask(%q) = %v, want first one of %v, none of %v", tt.q, got, tt.first, tt.not)
		}
	}
}

// TestEndedAtThePlace: at a place asked, a fiche that ended goes below a
// running door that fits as well — LuxDev is no answer for training at
// Tombouctou, the World Bank's ended PADEL naming Nara no office there —
// unless its head holds a thing asked (FAO's caisses de résilience) or its
// country is asked (un fonds danois); a project that names the town is
// first only when asked about (the CAFé of Koutiala), not for where to
// train there.
func TestEndedAtThePlace(t *testing.T) {
	ix := testIndex(t)
	tests := []struct{ q, first, notIn string }{
		{"à Tombouctou qui forme les jeunes à un métier ?", "", "A05"},
		{"Nara, qui aide les éleveurs ?", "P21", ""},
		{"caisse de resilience pour jeunes ruraux a sikasso", "A10", ""},
		{"On nous a dit qu'un fonds danois aidait les jeunes de Kati, c'est vrai ?", "A07", ""},
		{"qu'est-ce que le CAFé de Koutiala du projet canadien ?", "R01", ""},
		{"a koutiala ya un centre de formation professionnelle?", "P10", ""},
	}
	for _, tt := range tests {
		a, err := ix.Ask(context.Background(), tt.q, 3)
		if err != nil {
			t.Fatal(err)
		}
		got := refs(a)
		if len(got) == 0 || tt.first != "" && got[0] != tt.first || slices.Contains(got, tt.notIn) {
			t.Errorf("Ask(%q) = %v, want %q first, %q not in the first 3", tt.q, got, tt.first, tt.notIn)
		}
	}
}

// TestWhatIsThere: the questions that ask what there is at a place, and
// those that ask a thing, a part, money, programmes or for a child there.
func TestWhatIsThere(t *testing.T) {
	ix := testIndex(t)
	there := []string{
		"quelles structures a Koutiala pour aider les jeunes",
		"Bugunin, mɔgɔ jumɛnw bɛ kamalenw dɛmɛ baara ni kalan na?",
		"bonjour, a tombouctou qui peut aider un jeune rapatrie a se former svp", // rapatrié frames, fr/frame.tsv
		"y a quoi a Kayes pour moi",                                              // "quoi" in a helper asks no part
		"qu est ce quon peut avoir comme appui a sikasso quand on rentre",        // "quon", fr/sms.tsv
	}
	not := []string{
		"quelles structures pour les jeunes ?",                                       // no place
		"formation soudure a Gao pour les jeunes",                                    // a trade asked
		"telefoni dilan kalan kidal",                                                 // a thing asked that no fiche holds
		"a Markala y a t il un centre de formation",                                  // a kind of structure
		"qui finance la formation professionnelle a segou",                           // money named
		"yanfolila ya des projets pr les jeunes ?",                                   // programmes asked
		"a Tombouctou y a qui pour les enfants qui ne vont pas a l ecole ?",          // a child
		"je suis rentre a gao, qui peut m'aider a lancer une petite activite la bas", // an activity to start
	}
	for i, q := range append(there, not...) {
		if got, want := whatIsThere(ix.Understand(q)), i < len(there); got != want {
			t.Errorf("whatIsThere(%q) = %v, want %v", q, got, want)
		}
	}
}

// TestBeingThereAsked: a town told alone is where the person is (PlaceOnly:
// the needs are offered); what there is asked of it (fr/helpers.tsv: "y a
// quoi", "qu'est-ce qu'il y a") is answered with the doors there (Fits).
func TestBeingThereAsked(t *testing.T) {
	ix := testIndex(t)
	for _, tt := range []struct {
		q    string
		want Fit
	}{
		{"Kayes", PlaceOnly},
		{"je suis a kayes", PlaceOnly},
		{"y a quoi a Kayes", Fits},
		{"ya koi a menaka", Fits},
		{"qu'est-ce qu'il y a à Ménaka ?", Fits},
		{"il ya quoi pour nous a gao", Fits},
	} {
		a, err := ix.Ask(context.Background(), tt.q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if a.Fit != tt.want {
			t.Errorf("Ask(%q).Fit = %v, want %v", tt.q, a.Fit, tt.want)
		}
	}
}
