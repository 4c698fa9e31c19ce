package lang

import (
	"slices"
	"testing"
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
		if got, _ := phrases(t).In(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("phrases(t).In(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
	for _, tt := range []struct{ text, rest string }{
		{"Soudure ; conduite de tracteur et mécanique", "Soudure et mécanique"},
		{"Conduite de tracteur, soudure", "soudure"},
		{"soudure, conduite de tracteur", "soudure"},
		{"permis de conduire et conduite de tracteur", "et"},
		{"Soudure ; mécanique.", "Soudure ; mécanique."}, // no phrase: the text as it is
	} {
		if _, rest := phrases(t).In(tt.text); rest != tt.rest {
			t.Errorf("In(%q): rest = %q, want the words outside the phrases, %q", tt.text, rest, tt.rest)
		}
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
		if got := phrases(t).At(tt.words, tt.i, AsIs); got != tt.want {
			t.Errorf("phraseAt(%q, %d) = %q, want %q", tt.words, tt.i, got, tt.want)
		}
	}
}

// phrases are the shipped phrases.
func phrases(t *testing.T) Phrases {
	t.Helper()
	return must(Load(Files, anyWord)).Phrases
}

// LetterWords and LetterWordsSeq give the same runs of letters and digits.
func TestLetterWordsSeq(t *testing.T) {
	for _, s := range []string{"", " ", "migrant de retour", "auto-école, 2 ans", "  l'ANPE…  ", "ɲɔgɔn ye"} {
		if got, want := slices.Collect(LetterWordsSeq(s)), LetterWords(s); !slices.Equal(got, want) {
			t.Errorf("LetterWordsSeq(%q) = %q, LetterWords %q", s, got, want)
		}
	}
	if got := LetterWords("auto-école, 2 ans"); !slices.Equal(got, []string{"auto", "école", "2", "ans"}) {
		t.Errorf("LetterWords = %q", got)
	}
}
