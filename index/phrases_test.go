package index

import (
	"slices"
	"testing"

	"sira/lexicon"
)

func TestPhrases(t *testing.T) {
	in := []struct {
		text string
		want []string
	}{
		{"- Conduite de tracteur et utilisation des accessoires ;", []string{"conduite de tracteur"}},
		{"Une AUTO-ÉCOLE, le permis de conduire.", []string{"auto ecole", "permis de conduire"}},
		{"la conduite des tracteurs", nil}, // not the words in that order
		{"l'automobile école", nil},
	}
	for _, tt := range in {
		if got, _ := testIndex(t).v.phrases.in(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("testIndex(t).v.phrases.in(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
	if _, rest := testIndex(t).v.phrases.in("Soudure ; conduite de tracteur et mécanique"); rest != "Soudure et mécanique" {
		t.Errorf("rest = %q, want the words outside the phrase", rest)
	}
	at := []struct {
		words []string
		i     int
		want  string
	}{
		{[]string{"un", "billet", "d", "avion"}, 1, "billet d avion"},
		{[]string{"un", "billet", "d", "avion"}, 0, ""},
		{[]string{"permis", "de"}, 0, ""}, // cut short
	}
	for _, tt := range at {
		if got := testIndex(t).v.phrases.at(tt.words, tt.i, asIs); got != tt.want {
			t.Errorf("phraseAt(%q, %d) = %q, want %q", tt.words, tt.i, got, tt.want)
		}
	}
}

func TestGlossPhrase(t *testing.T) {
	tests := []struct {
		gloss, want string
	}{
		{"permis de conduire", "permis de conduire"},
		{"Auto-école", "auto ecole"},
		{"mécanique auto", ""},
		{"permis", ""},
	}
	for _, tt := range tests {
		if got := testIndex(t).v.phrases.gloss(lexicon.Entry{Glosses: []string{tt.gloss}}); got != tt.want {
			t.Errorf("glossPhrase(%q) = %q, want %q", tt.gloss, got, tt.want)
		}
	}
}
