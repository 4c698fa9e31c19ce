package understand

import (
	"slices"
	"testing"
)

// TestFormal: a business made legal is asked by a word of making it legal
// or of its papers near a business, or by a register named alone; the
// question then asks the fiches' words for it (the one-stop desk, held in
// a fiche's head), and the business named, with its trade, is whose it is
// (context), not a thing asked. A son registered, papers for a training,
// a business with no word of its papers ask no such thing.
func TestFormal(t *testing.T) {
	rd := testReader(t, words{"couture": 5, "atelier": 4, "coiffure": 3, "salon": 2, "boutique": 2, "reparation": 4,
		"telephones": 2, "entreprise": 9, "formation": 8, "soudure": 5, "credit": 4, "formaliser": 3, "guichet": 2, "unique": 2})
	for _, c := range []struct {
		q       string
		formal  bool
		context []string // typed words read as context, not asked
	}{
		{"comment faire pour légaliser mon atelier de couture à Kayes ?", true, []string{"atelier", "couture"}},
		{"à Mopti je veux enregistrer officiellement mon salon de coiffure, c'est où ?", true, []string{"salon", "coiffure"}},
		{"les papiers pour creer une entreprise c'est quoi ?", true, []string{"entreprise"}},
		{"j'ai une boutique de réparation de téléphones, comment avoir le registre de commerce et le NIF ?", true, []string{"boutique", "reparation", "telephones"}},
		{"je veux ouvrir une SARL, qui peut m'aider ?", true, nil},
		{"mon entreprise n'a pas de papiers, qui peut la formaliser ?", true, nil},
		{"j'ai un salon de coiffure a Mopti. je veux le declarer, c'est ou ?", true, nil},
		{"ma menuiserie tourne bien depuis 3 ans, je voudrais la mettre en regle", true, nil}, // a trade's place, owned; a verb after the pronoun
		{"j'ai un salon de coiffure, je veux le faire enregistrer", true, nil},
		{"j'ai une boutique et un atelier de couture a Sikasso, je veux les mettre en regle", true, nil}, // the plural object pronoun (grammar.tsv)
		{"mon garage marche bien, je veux l'enregistrer officiellement", true, nil},                      // the elided one
		{"mon fils a un CAP, je veux l'enregistrer a l'ANPE", false, nil},
		{"mon fils a un CAP, je veux le faire enregistrer a l'ANPE", false, nil},
		{"je veux apprendre la menuiserie, quels papiers pour s'inscrire ?", false, nil}, // the trade, no one's place
		{"je veux enregistrer mon fils pour une formation en soudure", false, nil},
		{"quels papiers pour la formation en couture ?", false, nil},
		{"je veux un credit pour mon atelier de couture", false, nil},
		// Bambara (bm/formal.tsv): the business before the act, as Bambara puts an object
		{"n b'a fe ka n ka baarakeda sebenni ke gofereneman fe, n be taa min? n be kayi", true, nil},
		{"n ka butiki be segu. n b'a fɛ k'a sɛbɛn, n bɛ taa min?", true, nil}, // "a", it, the shop named before
		{"N b'a fɛ ka n ka izini don sariya kɔnɔ", true, nil},
		{"N b'a fɛ ka NIF ni RCCM sɔrɔ", true, nil},
		{"n denkɛ b'a fɛ ka don kalanyɔrɔ la, sɛbɛn jumɛnw bɛ ɲini?", false, nil}, // a centre's papers
		{"n b'a fɛ k'a sɛbɛn", false, nil},                                        // no business named
		{"n ka sɛbɛnw tununna, n b'a fɛ ka jago kɛ", false, nil},                  // papers lost, trade wanted: three words apart and more
	} {
		q := rd.Understand(c.q)
		got := slices.ContainsFunc(q.Terms, func(tm Term) bool {
			return tm.Role == Topic && tm.Structure && slices.Equal(tm.Variants, rd.v.FormalSought)
		})
		if got != c.formal {
			t.Errorf("Understand(%q) asks a business made legal: %v, want %v (terms %v)", c.q, got, c.formal, roles(q))
		}
		for _, w := range c.context {
			if r, ok := roleOf(q, w); !ok || r != Context {
				t.Errorf("Understand(%q): %q read as %v (found %v), want context", c.q, w, r, ok)
			}
		}
	}
}

// TestFormalPapers: papers lacked are a business's, no danger, when the
// message asks to make that business legal; a person without papers who
// asks nothing of the kind still tells of papers lost.
func TestFormalPapers(t *testing.T) {
	rd := testReader(t, words{"garage": 2, "mecanique": 5, "travail": 6, "formaliser": 3, "guichet": 2, "unique": 2})
	for _, c := range []struct {
		q      string
		danger bool
	}{
		{"j'ai un garage de mécanique sans aucun papier officiel. comment le déclarer ?", false},
		{"je suis sans papiers, je cherche du travail", true},
	} {
		q := rd.Understand(c.q)
		if got := slices.Contains(q.Distress, "papers_lost"); got != c.danger {
			t.Errorf("Understand(%q) tells of papers lost: %v, want %v (signs %v)", c.q, got, c.danger, q.Distress)
		}
	}
}
