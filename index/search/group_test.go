package search

import "testing"

// TestGroupHead: a returnee who asks a job or a training gets first, among
// the fiches that fit as well, one whose name, trades or summary say it
// receives returnees (groupHead: the ANPE's "migrants de retour aidés",
// before a recruiter whose summary says "travail"), in French, Bambara and
// N'Ko; after the doors in the town asked (Caritas and Createam at Kita),
// not for help to start an activity, nor when no group is told.
func TestGroupHead(t *testing.T) {
	checkFirst(t, "P15", []firstCase{
		{"je suis migrant de retour je cherche du travail", true},
		// in Bambara phone spelling and in N'Ko
		{"n seginna ka bo libi, n be fe ka baara nyini", true},
		{"ߒ ߦߋ ߕߎ߲ߜ߭ߊߙߊ߲ߞߍ ߛߋߜ߭ߌ߲ߣߋ߲ ߦߋ߸ ߒ ߓߍ ߓߊߊߙߊ ߢߌߣߌ", true},
		// no group told: the recruiter whose summary says "travail"
		{"je cherche du travail", false},
		// a town whose doors are there: Caritas at Kita
		{"migrant de retour à Kita, je cherche une formation pour gagner ma vie", false},
		// help to start an activity: keyGroup's, not this key's
		{"Après 5 ans en Côte d'Ivoire j'ai un peu d'argent de côté. Je veux lancer un atelier de couture à Bamako. Qui aide les migrants de retour à créer leur activité ?", false},
	})
}
