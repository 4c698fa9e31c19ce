package stats

import (
	"slices"
	"testing"

	"sira/index/lexicon"
	"sira/seeds"
)

func testVocabulary(t *testing.T) *Vocabulary {
	t.Helper()
	fiches := []*seeds.Fiche{
		{Ref: "P01", Slug: "cfp-missabougou", Trades: []seeds.Trade{{Name: "Construction-métallique"}, {Name: "Coupe couture"}}},
		{Ref: "A02", Slug: "giz", Acronyms: []string{"GIZ"}},
	}
	lex, err := lexicon.Parse("bambara\tascii\tfrench\tconcept\tsource\n" +
		"kalali\tkalali\tcouture\tmetier\ttest\n" +
		"kɛnɛya\tkeneya\tbonne santé\tsante\ttest\n" +
		"Kati\tKati\tKati\tlieu\ttest\n" +
		"awa\tawa\td'accord\tautre\ttest\n")
	if err != nil {
		t.Fatal(err)
	}
	return New(fiches, lex)
}

func TestTheme(t *testing.T) {
	v := testVocabulary(t)
	for _, tt := range []struct{ topic, want string }{
		{"construction metallique", "construction metallique"}, // a trade of the fiches
		{"métallique", "metallique"},                           // a word of one
		{"incubateur", "incubateur"},                           // a kind of structure
		{"kalali", "metier"},                                   // a Bambara word: its concept
		{"bonne sante", "sante"},                               // a gloss
		{"sante", "sante"},                                     // a word of a gloss
		{"kati", "lieu"},                                       // a place: its concept, never its name
		{"awa", other},
		{"oumou", other},
		{"sangare", other},
		{"76123456", other},
		{"dioura", other},
		{"pilotage", other},
		{"", other},
	} {
		if got := v.theme(tt.topic); got != tt.want {
			t.Errorf("Theme(%q) = %q, want %q", tt.topic, got, tt.want)
		}
	}
}

func TestThemes(t *testing.T) {
	v := testVocabulary(t)
	for _, tt := range []struct {
		outOfScope, topics, want []string
	}{
		{nil, []string{"kalali", "oumou", "couture", "sangare"}, []string{"metier", other, "couture"}},
		{[]string{"travel_papers", "driving_licence", "travel_papers"}, []string{"permis", "oumou"}, []string{"driving_licence", "travel_papers"}},
		{nil, nil, nil},
	} {
		if got := v.Themes(tt.outOfScope, tt.topics); !slices.Equal(got, tt.want) {
			t.Errorf("Themes(%q, %q) = %q, want %q", tt.outOfScope, tt.topics, got, tt.want)
		}
	}
}

func TestSource(t *testing.T) {
	v := testVocabulary(t)
	for _, tt := range []struct{ src, want string }{
		{"GIZ", "giz"}, {"p01", "p01"}, {"cfp-missabougou", "cfp missabougou"},
		{"OumouSangare", other}, {"", other}, {"76123456", other},
	} {
		if got := v.Source(tt.src); got != tt.want {
			t.Errorf("Source(%q) = %q, want %q", tt.src, got, tt.want)
		}
	}
}
