package understand

import "testing"

// TestAskedKnowledge: a sentence that asks for knowledge about a thing
// (fr/knowledge.tsv) and nothing else the fiches answer asks that
// knowledge, whatever trade or place it names, a story before it too; a
// fiche named, a word of learning, a need or a school beside it, someone
// asked for, or a danger told make it a question for the fiches. In
// Bambara (bm/knowledge.tsv) a sum, a president, Ramadan's start, a
// match won; a past told (identity) tells who asks there too.
func TestAskedKnowledge(t *testing.T) {
	rd := testReader(t, words{"formation": 8, "soudure": 2, "capital": 3, "cfp": 4, "ecica": 2, "panneaux": 2})
	tests := []struct{ q, want string }{
		{"c koi la diferans entre la soudure TIG et la soudure MIG", "difference"},
		{"quelle est la capitale du Burkina Faso ?", "fact"},
		{"je suis soudeur à Kayes, combien de watts pour un poste à souder ?", "measure"},
		{"je voudrais savoir comment calculer la surface de mon champ", "compute"},
		{"Sikasso compte combien d'habitants ?", "measure"},
		{"Kita ni Kayi cɛ ye kilomɛtɛrɛ joli ye?", "measure"},
		{"kayi ni nioro ce ye kilometere joli ye?", "measure"},
		{"n bɛ moto boli Kayi, juru bɛ sɔrɔ min?", ""},
		{"N seginna ka bɔ Libi, n bɛ jago kɛ Kati. N ka ɲininkali ye nin ye: 320 ni 145 bɛ kɛ joli ye?", "compute"},
		{"n seginna ka bo maroku n ye butiki dayele kati n ka nyininkali ye nin ye 250 ni 175 ye joli ye", "compute"},
		{"n ka ɲininkali ye nin ye: kalan ni dormitori bɛ kɛ joli ye?", ""}, // a training's cost: learning
		{"Mali jamana kuntigi fɔlɔ tun ye jɔn ye?", "fact"},                 // jàmanakuntigi written apart
		{"mali jamanakuntigi folo tun ye jon ye", "fact"},
		{"N seginna ka bɔ Libi, n ka baara bɛ taa ɲɛ. N ka ɲininkali: sunkalo bɛ daminɛ tuma jumɛn?", "date"},
		{"sunkalo kɔfɛ n b'a fɛ ka baara daminɛ Kayi, dɛmɛ bɛ sɔrɔ min?", ""},                     // a business started after it
		{"n seginna ka bɔ Alizeri, n ye kalali dege Kayi. sunkalo bɛ daminɛ tuma jumɛn?", "date"}, // a training told, past
		{"n b'a fɛ ka kalali dege Kayi. sunkalo bɛ daminɛ tuma jumɛn?", ""},                       // a training asked
		{"Mali ntolatan jɛkulu ye se sɔrɔ kunun wa?", "fact"},
		{"n ye se sɔrɔ DEF la, n b'a fɛ ka kalan kɛ Kayi", ""},
		{"quelle est la différence entre une formation en soudure et en électricité ?", ""},
		{"je veux apprendre à calculer le poids des tubes en soudure", ""},
		{"quelle est la capitale du Mali, je veux y trouver du travail", ""},
		{"combien de panneaux solaires pour un moulin, qui finance ?", ""},
		{"Je suis rentré de Libye, on m'a frappé là-bas. Quelle est la capitale du Niger ?", ""},
		{"n b'a fɛ ka soudure dege", ""},
		{"le dirham marocain vaut combien en fcfa", "rate"},
		{"A quelle heure commence la prière du vendredi ?", "hour"},
		{"quelle date pour les prochaines elections au mali", "date"},
		{"Pour une machine à coudre, c'est quelle marque la plus solide ?", "choice"},
		{"Mon tracteur fait un bruit bizarre, c'est le moteur ?", "diagnosis"},
		{"à quelle heure ouvre la formation au CFP ?", ""},
		{"c'est quand la prochaine session de formation ?", ""},
		{"la formation en soudure vaut combien ?", ""},
		{"Comment on fait pour enlever une tache d'huile sur un boubou ?", "howto"},
		{"comment on fait pour apprendre la couture", ""},
	}
	for _, tt := range tests {
		if got := rd.Understand(tt.q).Knowledge; got != tt.want {
			t.Errorf("Understand(%q).Knowledge = %q, want %q", tt.q, got, tt.want)
		}
	}
}
