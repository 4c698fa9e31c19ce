package bot

import "testing"

// TestOutOfScopeSaysWhat: a question asking what no partner offers is told
// so: in French, what the report does not cover (scope_fr.tsv's topic),
// in Bambara, what Sira tells instead; no partner, the counsellor offered.
// Knowledge asked (an opinion, a fact) is told no partner's, and what Sira
// tells instead. A question that fits says neither.
func TestOutOfScopeSaysWhat(t *testing.T) {
	b, _ := newBot(t)
	for i, tt := range []struct {
		say      string
		has, not []string
	}{
		{"comment avoir un visa pour l'Italie ?", []string{"ne parle pas de visas", "Sira dit où se former", "conseiller"}, []string{"+223"}},
		{"quel est le meilleur hopital de bamako pour une operation ?", []string{"ne parle pas des soins médicaux (hôpitaux"}, []string{"+223"}},
		{"n b'a fɛ ka taa Faransi, visa bɛ sɔrɔ min?", []string{"lakanani yɔrɔw dɔrɔn", "ladilikɛla"}, []string{"ne parle pas", "+223"}},
		{"ma chevre est malade, que faire ?", []string{"ne parle pas des soins médicaux", "vétérinaires"}, []string{"+223"}},
		{"n kunkolo bɛ n dimi, fura jumɛn bɛ se ka ta?", []string{"dɔgɔtɔrɔ ni dɔgɔtɔrɔso"}, []string{"+223"}},
		{"ou apprendre la soudure a kayes", []string{"IFPI"}, []string{"ne parle pas", "Sira dit où"}},
		{"Que penses-tu du gouvernement de transition ?", []string{"ni avis", "Sira dit où se former", "conseiller"}, []string{"+223"}}, // knowledge asked
		{"Sama bɛ si san joli?", []string{"lakanani yɔrɔw dɔrɔn", "ladilikɛla"}, []string{"ni avis", "+223"}},
	} {
		cardHolds(t, text(handle(t, b, Update{ChatID: int64(2000 + i), Kind: Text, Text: tt.say})), tt.has, tt.not)
	}
}

// TestFactAskedAfterAnswerIsNoFollowUp: after an answer, a fact asked of
// its own ("combien vaut…", a rate; a computation) is not a part asked of
// the fiches shown: nothing fits, and no card of the list comes back.
func TestFactAskedAfterAnswerIsNoFollowUp(t *testing.T) {
	b, _ := newBot(t)
	for i, tt := range []struct {
		first, then string
		has, not    []string
	}{
		{"je suis refugie a sikasso, ki peut m'aider", "1 euro fait combien de francs CFA", []string{"conseiller"}, []string{"+223", "combien ça coûte"}},
		{"ou apprendre la soudure a kayes", "le dirham marocain vaut combien en fcfa", []string{"conseiller"}, []string{"+223", "IFPI"}},
		{"ou apprendre la soudure a kayes", "c'est combien ?", []string{"IFPI"}, nil},
	} {
		id := int64(2100 + i)
		handle(t, b, Update{ChatID: id, Kind: Text, Text: tt.first})
		cardHolds(t, text(handle(t, b, Update{ChatID: id, Kind: Text, Text: tt.then})), tt.has, tt.not)
	}
}
