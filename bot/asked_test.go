package bot

import (
	"strings"
	"testing"
)

// TestPartOfTheFichesShownOrANewQuestion: after an answer, a message that
// asks a part of its fiches — in the place in force, in the words of the
// same need, with purpose words only, of topics the shown fiches' facts
// hold, of the fiche named, in words that name no thing — is answered from
// those fiches (no new list); one that brings another place with no part,
// another need, or a thing of its own (a noun, an activity, a word a fiche
// holds in its name, trades or summary) is a new question.
func TestPartOfTheFichesShownOrANewQuestion(t *testing.T) {
	tests := []struct {
		name, first, then string
		followUp          bool
	}{
		{"where, in the place of the answer", "credit agricole pour acheter des boeufs de labour a Segou", "ils ont des bureaux à Ségou ?", true},
		{"where, after an answer for no place", "la GIZ, quels programmes pour les jeunes ?", "c'est où à Kayes ?", true},
		{"where, in another place: asked there", "credit agricole pour acheter des boeufs de labour a Segou", "et à Kayes, c'est où ?", false},
		{"another place, no part: asked there", "formation en soudure a kayes", "et à Bamako ?", false},
		{"the need's own word", "je veux apprendre la mecanique auto a bamako", "la formation coûte combien ?", true},
		{"the need's own word, Bambara", "n b'a fɛ ka mobili dilan dege Bamakɔ", "kalan sɔngɔ ye joli ye?", true},
		{"another need", "je veux apprendre la mecanique auto a bamako", "et pour un prêt, il faut quels papiers ?", false},
		{"purpose words only", "Je suis conseiller EOJ à Ségou. Quels bailleurs financent l'emploi des jeunes ruraux dans la région ?", "lequel est encore actif pour plusieurs années ?", true},
		{"an item the shown fiche holds", "je veux apprendre la mecanique auto a Bamako et dormir sur place", "le foyer c'est combien ?", true},
		{"a topic no shown fiche holds", "je veux apprendre la mecanique auto a bamako", "et la couture c'est combien ?", false},
		{"the fiche named", "Centre Père Michel électricité", "la formation dure combien d'années ?", true},
		{"a verb that names no thing", "je cherche un prêt à taux zéro pour ma PME de cosmétiques à Bamako", "il faut remplir quelles conditions ?", true},
		{"verbs that name no thing", "formation en plomberie à Bamako", "je dois ramener quels documents ?", true},
		{"a verb, how long", "je viens d'être expulsé d'Algérie, je suis à Bamako et je n'ai nulle part où dormir", "on peut rester combien de temps chez eux ?", true},
		{"a noun no fiche holds is a new question", "je veux apprendre la mecanique auto a bamako", "combien coûte la poterie ?", false},
		{"an activity no fiche teaches is a new question", "je veux apprendre la mecanique auto a bamako", "et pour apprendre à nager, c'est combien ?", false},
		{"a word a fiche holds in its summary is a new question", "formation en plomberie à Bamako", "et la couture, il faut quels papiers ?", false},
	}
	b, _ := newBot(t)
	for i, tt := range tests {
		chat := int64(700 + i)
		handle(t, b, Update{ChatID: chat, Kind: Text, Text: tt.first})
		got := text(handle(t, b, Update{ChatID: chat, Kind: Text, Text: tt.then}))
		// A new question opens with its intro; an answer about the fiches
		// shown goes straight to them.
		asked := !strings.Contains(got, "Voici") && !strings.Contains(got, "Yɔrɔ 3") && !strings.Contains(got, "Ces adresses") && !strings.Contains(got, "aucune fiche")
		if asked != tt.followUp {
			t.Errorf("%s: %q then %q: follow-up %v, want %v:\n%s", tt.name, tt.first, tt.then, asked, tt.followUp, got)
		}
	}
}
