package understand

import "testing"

// TestAskedAside: a last sentence that asks a question of its own naming
// nothing the fiches hold makes the story before it ask nothing (Aside);
// a short ask about the story, a danger told, a fiche named beside a part
// asked, or a question for someone, do not.
func TestAskedAside(t *testing.T) {
	rd := testReader(t, words{"formation": 8, "couture": 3, "soudure": 2, "jour": 4, "annee": 6, "bourse": 5})
	tests := []struct {
		q     string
		aside bool
	}{
		{"Je suis rentré de Libye, j'ai fait la formation en couture à Bamako. Le ramadan commence quel jour cette année ?", true},
		{"Je suis rentrée de Libye et je veux une formation en couture. Donnez-moi un joli prénom pour ma fille.", true},
		{"jsui rentré de libye ya 2 mois, j'ai un kit pour la couture. cette nuit j'ai rêvé d'un serpent, ça veut dire quoi ?", true},
		{"Je suis rentré de Libye, je veux apprendre la soudure à Kayes. C'est où ?", false},
		{"Je suis rentré de Libye, je veux apprendre la soudure. Ya quoi pour moi ?", false},
		{"Je suis rentré de Libye, je veux une formation en couture. Le ramadan commence quel jour ?", true},
		{"Je suis rentré de Libye, on m'a frappé là-bas. Le ramadan commence quel jour ?", false},
		{"Je veux faire la soudure. Qui fait de la sensibilisation sur la route ?", false},
		{"Conseillère : quels partenaires appuient les femmes rurales ?", false},
		{"J'ai un atelier de soudure à Mopti grâce à l'APEJ. La prière de l'Aïd c'est combien de rakats ?", true},
		{"BR consulting c cher ? combien pour me coacher", false},
		{"Le ramadan commence quel jour cette année ?", false},
		{"n seginna ka bɔ Faransi, n bɛ jago kɛ Segu. n b'a fɛ ka a dɔn: dolari kelen ye sefa joli ye?", true},
		{"n seginna ka bɔ Faransi, n ye butiki dayɛlɛ Kati. nka n b'a fɛ ka a dɔn, ero kelen ye sefa joli ye bi?", true},      // wanting to know (meant)
		{"n seginna ka bɔ Alizeri, n ye butiki dayɛlɛ Kati. n b'a fɛ ka a dɔn: jaba kilo kelen ye joli ye sugu la bi?", true}, // the market, a thing priced, names no need
		{"n seginna ka bɔ Faransi, n ye butiki dayɛlɛ Kati. n b'a fɛ ka a dɔn: juru bɛ sɔrɔ min?", false},                     // a loan, a lexicon need
		{"n b'a fɛ ka taa baara kɛ kɔkan sira ɲuman fɛ. jɔn bɛ o sira jira?", false},                                          // someone asked
		{"n b'a fɛ ka wari mara banki la ani ka wari ci n ba ma so. min ka nɔgɔ?", false},                                     // the things told judged
		{"N b'a fɛ ka nɛgɛ baara dege Bamakɔ. Yɔrɔ jumɛn bɛ n mina?", false},                                                  // which place takes me: entry asked
	}
	for _, tt := range tests {
		if got := rd.Understand(tt.q).Aside; got != tt.aside {
			t.Errorf("Understand(%q).Aside = %v, want %v", tt.q, got, tt.aside)
		}
	}
}
