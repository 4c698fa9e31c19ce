package bot

import "testing"

// TestDeclinedSaysWhatTheFicheDoes: a fiche named and asked a thing no
// partner does gets no card, a sentence in the reader's language and script
// that it does not do that, what it does in one line (its summary), and
// the counsellor offer.
func TestDeclinedSaysWhatTheFicheDoes(t *testing.T) {
	b, _ := newBot(t)
	tests := []struct {
		q          string
		want, deny []string
	}{
		{"la GIZ peut me payer un billet d avion pour repartir en Europe ?",
			[]string{"GIZ</b> ne fait pas ce que vous demandez", "projets de formation professionnelle", "Un conseiller des Espaces Orientation Jeunesse"},
			[]string{"Voici", "Ces adresses"}},
		{"Caritas bɛ se ka pasipɔri dilan n ye wa?",
			[]string{"Caritas Suisse</b> tɛ o kɛ", "Sɛnɛkɛlaw bɛ sɛnɛ ani jatebɔ dege", "ladilikɛla fana bɛ se ka i dɛmɛ"},
			[]string{"ne fait pas", "aide aux migrants"}},
		{"ߞߊߙߌߕߊߛ ߓߍ ߛߋ ߞߊ ߔߊߛߌߔߐߙߌ ߘߌߟߊ߲ ߒ ߦߋ ߥߊ؟",
			[]string{"ߕߍ ߏ ߞߍ"},
			[]string{"tɛ o kɛ"}},
	}
	for i, tt := range tests {
		got := text(handle(t, b, Update{Kind: Text, Text: tt.q, ChatID: int64(500 + i)}))
		cardHolds(t, got, tt.want, tt.deny)
	}
}

// TestLackedSaysWhoDoesIt: a fiche named and asked a thing its fiche never
// says, which others say (index.Answer.Lacks), gets a sentence in the
// reader's language that it does not do that, what it does in one line,
// then the cards of those that do it, not its own: never "these come
// close without answering". In danger, the number to call comes first.
func TestLackedSaysWhoDoesIt(t *testing.T) {
	b, _ := newBot(t)
	tests := []struct {
		q          string
		want, deny []string
	}{
		{"Jokkolabs fait il de la couture ?",
			[]string{"Jokkolabs</b> ne fait pas ce que vous demandez", "incubateur et espace de travail", "Ces adresses le font", "CFP Missabougou", "Coupe – couture"},
			[]string{"s'en approchent", "ℹ️ Jokkolabs"}},
		{"Jokkolabs bɛ kalali kalan kɛ wa?",
			[]string{"Jokkolabs</b> tɛ o kɛ", "Nin yɔrɔw bɛ o kɛ", "CFP Missabougou", "Kalali"},
			[]string{"ne fait pas", "pewu"}},
		{"l'AEK de Kayes forme en coiffure ?", // taught elsewhere than the place asked
			[]string{"Atelier École de Kayes (AEK)</b> ne fait pas ce que vous demandez", "Cette adresse le fait", "CFP Missabougou", "Coiffure-esthétique"},
			[]string{"ℹ️ Atelier"}},
		{"Zira Capital s'occupe des enfants seuls ?", // in danger: the number first, then the decline, then the actors
			[]string{"Appelez maintenant", "Zira Capital</b> ne fait pas ce que vous demandez", "prêts à taux zéro", "Ces adresses protègent", "ENDA Mali"},
			[]string{"ℹ️ Zira"}},
	}
	for i, tt := range tests {
		got := text(handle(t, b, Update{Kind: Text, Text: tt.q, ChatID: int64(600 + i)}))
		cardHolds(t, got, tt.want, tt.deny)
	}
}

// TestEndedTakesNobody: a way in (its cost, papers, conditions) asked of a
// project that ended gets its label, that it takes nobody any more, never
// that the report is silent and whom to ask, as if one could still enter.
func TestEndedTakesNobody(t *testing.T) {
	b, _ := newBot(t)
	tests := []struct {
		q          string
		want, deny []string
	}{
		{"je veux m'inscrire au projet Avenir Brillant pour la couture",
			[]string{"Projet terminé en 2023"},
			[]string{"ne dit pas", "conseiller EOJ peut vous aider à le savoir"}},
		{"Avenir Brillant c'est combien ?",
			[]string{"Projet terminé en 2023"},
			[]string{"ne dit pas combien"}},
		{"Avenir Brillant sɔngɔ ye joli ye?",
			[]string{"banna 2023"},
			[]string{"ma fɔ yan"}},
	}
	for i, tt := range tests {
		got := text(handle(t, b, Update{Kind: Text, Text: tt.q, ChatID: int64(600 + i)}))
		cardHolds(t, got, tt.want, tt.deny)
	}
}
