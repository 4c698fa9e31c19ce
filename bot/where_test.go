package bot

import "testing"

// TestWhereInBambara: "u bɛ min?" in Bambara names where a fiche has
// offices when they are fewer than the places its card names (ENDA:
// Bamako, Kayes, Koulikoro of five), and, at a place asked, what the
// report says it has there, in its French, said to be so (ENDA's one-stop
// shop at Kayes); "yɔrɔ jumɛn" (which place) asks it as "min" does.
func TestWhereInBambara(t *testing.T) {
	b, _ := newBot(t)
	for i, tt := range []struct {
		turns    []string
		has, not []string
	}{
		{[]string{"ENDA nimɔrɔ", "u bɛ min?"}, []string{"Yɔrɔ</b>: Bamako, Kayes, Koulikoro"}, []string{"Siège"}},
		{[]string{"u ye n denmuso feere, a segin na kayi, a si ye san 15", "u be min kayi?"}, []string{"Sɛbɛn ka kuma, tubabukan na", "guichet unique à Kayes"}, nil},
		{[]string{"muso dɔ n'a denw gɛnna ka bɔ Alizeri, u bɛ Gao sisan, dumuni tɛ u bolo", "Croix Rouge bɛ Gao yɔrɔ jumɛn?"}, []string{"Association des Migrants"}, []string{"Yɔrɔ 3"}},
	} {
		var got string
		for _, say := range tt.turns {
			got = text(handle(t, b, Update{ChatID: int64(2020 + i), Kind: Text, Text: say}))
		}
		cardHolds(t, got, tt.has, tt.not)
	}
}
