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
		{"n seginna ka bɔ Libi. sunkalo bɛ daminɛ tile jumɛn?", false},
	}
	for _, tt := range tests {
		if got := rd.Understand(tt.q).Aside; got != tt.aside {
			t.Errorf("Understand(%q).Aside = %v, want %v", tt.q, got, tt.aside)
		}
	}
}
