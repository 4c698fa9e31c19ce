package understand

import (
	"slices"
	"testing"
)

// TestAskedKnowledge: a sentence that asks for knowledge about a thing
// (fr/knowledge.tsv) and nothing else the fiches answer asks that
// knowledge, whatever trade or place it names, a story before it too; a
// fiche named, a word of learning, a need or a school beside it, someone
// asked for, or a danger told make it a question for the fiches. In
// Bambara (bm/knowledge.tsv) a sum, a president, Ramadan's start, a
// match won; a past told (identity) tells who asks there too. Quoted
// words are another's; a frame ("hors programme") makes the question
// after it knowledge when it names a word no fiche holds. An opinion
// asked of a kind named right after it asks no kind.
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
		{"Bamakɔ ni Segu cɛ ye kilomɛtɛri joli ye?", "measure"}, // as phones and N'Ko write it
		{"Kayi ni Bamakɔ furancɛ ka jan wa?", "measure"},
		{"n b'a fɛ ka mobili boli dege, kilomɛtɛri joli bɛ kalanyɔrɔ ni n ka so cɛ?", ""}, // a training asked
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
		{"Sama bɛ si san joli?", "fact"},                               // a life span
		{"kaba sɛnɛ kɛ cogo ye di?", "howto"},                          // a farmer's gesture
		{"n ka shɛw ka dumuni ye mun ye?", "fact"},                     // what one's hens eat
		{"n ka misiw bɛ kɔngɔ la, n bɛ se k'u balo cogo di?", "howto"}, // fed how
		{"dumuni tɛ an bolo, jɔn bɛ se ka an dɛmɛ?", ""},               // food lacked: a danger
		{"n b'a fɛ ka kaba sɛnɛ kɛ cogo dege Kayi", ""},                // learnt
		{"kaba sene waati ye tuma jumen ye kayi?", "date"},             // the sowing time
		{"sɛnɛ bɛ daminɛ tuma jumɛn san in Kucala?", "date"},           // the season's start (negbm32)
		{"n b'a fɛ ka sɛnɛ daminɛ Kati, dɛmɛ bɛ sɔrɔ min?", ""},        // one's own farming started
		{"n bɛ ji di tamati ma siɲɛ joli tile kɔnɔ?", "measure"},       // how many times
		{"kalan bɛ kɛ siɲɛ joli dɔgɔkun kɔnɔ CFP la?", ""},             // a course's days: learning
		{"N bɛ tiga sɛnɛ, nɔgɔ jumɛn ka fisa ka bila a la?", "choice"}, // which is best
		{"kalanyɔrɔ jumɛn ka fisa Bamakɔ?", ""},                        // a school chosen
		{"Jamana ɲɛmɔgɔ kalata bɛ kɛ tuma jumɛn?", "fact"},             // an election
		{"Mali ka ntolatan jɛkulu bɛ tulonkɛ tuma jumɛn?", "date"},     // a match's time
		{"n b'a fɛ ka ntolatan dege Segu", ""},                         // football learnt: activities.tsv's
		{"moto pine bɛ falen cogo di?", "howto"},                       // a thing changed how
		{"n ka moto tɛ ta, mun de b'a la?", "diagnosis"},               // what is wrong with it
		{"n b'a fɛ ka jago daminɛ Bamakɔ, a kɛ cogo ye di?", ""},       // a business asked how: the help
		{"n b'a fɛ ka baara ɲini, dugu jumɛn ka fisa?", ""},            // a town weighed for a job
		{"i hakili la, fanga kura ka ɲi wa?", "opinion"},               // what Sira thinks
		{"i hakili la, n ka kalali dege walima kuran?", ""},            // a training weighed
		{"n denmuso si ye san 14, kalan bɛ kɛ min?", ""},
		{"n ye se sɔrɔ DEF la, n b'a fɛ ka kalan kɛ Kayi", ""},
		{"quelle est la différence entre une formation en soudure et en électricité ?", ""},
		{"je veux apprendre à calculer le poids des tubes en soudure", ""},
		{"quelle est la capitale du Mali, je veux y trouver du travail", ""},
		{"combien de panneaux solaires pour un moulin, qui finance ?", ""},
		{"Je suis rentré de Libye, on m'a frappé là-bas. Quelle est la capitale du Niger ?", ""},
		{"n b'a fɛ ka soudure dege", ""},
		{"le dirham marocain vaut combien en fcfa", "rate"},
		{"c'est vrai que la route de Ségou est coupée à cause des pluies ?", "news"},
		{"c'est vrai que l'APEJ donne des kits aux jeunes ?", ""}, // a fiche named
		{"qui va gagner la CAN cette année ?", "fact"},
		{"comment faire un gateau sans four a la maison ?", "howto"},
		{"mes moutons ne veulent plus boire d eau depuis 2 jours, que faire ?", "diagnosis"},
		{"A quelle heure commence la prière du vendredi ?", "hour"},
		{"quelle date pour les prochaines elections au mali", "date"},
		{"Pour une machine à coudre, c'est quelle marque la plus solide ?", "choice"},
		{"Mon tracteur fait un bruit bizarre, c'est le moteur ?", "diagnosis"},
		{"à quelle heure ouvre la formation au CFP ?", ""},
		{"c'est quand la prochaine session de formation ?", ""},
		{"la formation en soudure vaut combien ?", ""},
		{"Comment on fait pour enlever une tache d'huile sur un boubou ?", "howto"},
		{"comment on fait pour apprendre la couture", ""},
		{"Traduis en anglais : « je cherche une formation en soudure à Bamako »", "translate"},
		{"Que veut dire le mot « apprenti » en anglais ?", "translate"},
		{"Mon ami m'a dit « va voir l'APEJ pour le financement », c'est où l'APEJ à Kayes ?", ""},
		{"Petite question hors programme pour un quiz avec mes jeunes : quelle est la capitale du Burkina Faso ?", "fact"},
		{"Conseiller EOJ à Kayes, question hors programme : c'est quoi le nom du fleuve de Bamako ?", "quiz"},
		{"Conseiller EOJ à Mopti, question hors programme : y a-t-il un centre qui forme en soudure ici ?", ""},
		{"Mon téléphone n'arrive plus à se connecter à WhatsApp, comment je règle ça ?", "diagnosis"},
		{"Comment faire une bonne soudure à l'arc sans que l'électrode colle ?", "howto"},
		{"comment faire le CV ?", ""},
		{"Combien font 17 fois 23 ?", "compute"},
		{"Combien de jours une poule doit couver ses œufs ?", "fact"},
		{"Quand auront lieu les prochaines élections au Mali ?", "fact"},
		{"Comment construire un poulailler en bois pour 50 poules ?", "howto"},
		{"Mon téléphone Android ne charge plus, comment réparer le port de charge moi-même ?", "diagnosis"},
		{"Mon frigo ne refroidit plus, comment le réparer moi-même ?", "howto"},
		{"c comment pr refaire le toit de la case nous meme avant la pluie", "howto"},
		{"Je cherche une formation pour construire des poulaillers à Kayes", ""},
		{"J'ai réparé moi-même des motos pendant 5 ans, je veux un diplôme de mécanique", ""},
		{"Une vache porte son veau combien de mois ?", "fact"},
		{"combien de jours une poule couve ses oeufs", "fact"}, // "couve" read as written, no "coûte"
		{"Comment faire du savon liquide avec de la soude caustique ?", "howto"},
		{"comment faire du beurre de karité chez moi avec les amandes", "howto"},
		{"rentré du maroc depuis 2 mois comment on fait le savon noir avec la potasse", "howto"}, // who asks, told before
		{"Je veux apprendre à fabriquer du savon avec du beurre de karité", ""},
		{"pour les migrants de retour, comment on fait pour avoir une formation ?", ""},
		{"Que penses-tu du gouvernement de transition ?", "opinion"}, // a kind judged, none asked
		{"c koi ton avis sur la situation a mopti, ca va s'arranger ?", "opinion"},
		{"selon vous, quelle agence de l'Etat aide les jeunes ?", ""}, // a kind asked after the opinion
		{"votre avis : quelle formation choisir pour mon fils ?", ""},
		{"Quelles sont les nouvelles de Kidal aujourd'hui ?", "news"},
		{"comment planter les oignons en saison sèche", "howto"},
		{"Comment protéger mes plants de tomates contre les insectes ?", "howto"},
		{"Comment sécher les tomates au soleil pour les garder ?", "howto"},
		{"Je veux une formation pour conserver les fruits, comment conserver les mangues ?", ""},
		{"ma moto fume beaucoup quand je démarre, c'est quoi le problème ?", "diagnosis"},
		{"Comment installer WhatsApp sur un téléphone Tecno ?", "howto"}, // one's own phone set up
		{"je veux apprendre à installer les panneaux solaires moi-même, y a une formation à Kayes ?", ""},
		{"comment fabriquer du savon liquide chez moi avec de la soude", "howto"}, // made at home
		{"comment faire pour avoir un financement pour mon projet de savonnerie ?", ""},
		{"Quelle est la meilleure période pour semer le mil vers Mopti ?", "date"},
		{"c quand il faut repiquer le riz a niono", "howto"},
		{"slt cmt on fait pr planter le gombo", "howto"}, // SMS: cmt, pr
		{"comment bien se laver les mains pour éviter le choléra", "howto"},
		{"n be se ka safune dilan so kono cogo di", "howto"},                // made at home
		{"n bɛ sumbala dilan n yɛrɛ ye cogo di?", "howto"},                  // made oneself
		{"n b'a fɛ ka safunɛ dilan dege Kayi", ""},                          // learnt
		{"n bɛ safunɛ dilan so kɔnɔ, n mago bɛ juru la ka baara bonya", ""}, // a loan
		{"n bɛ nakɔ sɛnɛ cogo di", "howto"},
	}
	for _, tt := range tests {
		if got := rd.Understand(tt.q).Knowledge; got != tt.want {
			t.Errorf("Understand(%q).Knowledge = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestKnowledgeFrameAsksNoProgrammes: "programme" inside a frame of
// knowledge ("question hors programme") asks about no programmes.
func TestKnowledgeFrameAsksNoProgrammes(t *testing.T) {
	rd := testReader(t, words{"programmes": 3, "jeunes": 5})
	tests := []struct {
		q    string
		want bool
	}{
		{"Conseiller EOJ à Kayes, petite question hors programme : qui a fondé l'empire du Mali ?", false},
		{"quels programmes financent les jeunes à Kayes ?", true},
	}
	for _, tt := range tests {
		if got := rd.Understand(tt.q).Programmes; got != tt.want {
			t.Errorf("Understand(%q).Programmes = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestQuotedSpans: the spans between « », “ ” or straight quotes; one
// left open runs to the end.
func TestQuotedSpans(t *testing.T) {
	tests := []struct {
		s    string
		want []string
	}{
		{"traduis « je cherche » stp", []string{" je cherche "}},
		{`il a dit "oui" puis “non”`, []string{"oui", "non"}},
		{"« pas fermé", []string{" pas fermé"}},
		{"rien de cité", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, sp := range quotedSpans(tt.s) {
			got = append(got, tt.s[sp[0]:sp[1]])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("quotedSpans(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}
