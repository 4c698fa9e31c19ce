package search

import (
	"testing"

	"sira/seeds"
)

// TestAsks: a message that joins two asks of different needs by a word
// of joining is cut into them, the place one names given to the other;
// one ask, two asks of one need, or a story and an ask joined by a comma
// only are not cut.
func TestAsks(t *testing.T) {
	ix := testIndex(t)
	asks := ix.Asks(ix.Understand("une formation courte en coiffure pour ma sœur et un travail pour moi à Kayes"))
	if len(asks) != 2 || asks[0].Need != seeds.NeedTraining || asks[1].Need != seeds.NeedJob {
		t.Fatalf("two asks, training then job: got %d %+v", len(asks), asks)
	}
	for _, a := range asks {
		if a.Place == nil || a.Place.Name != "Kayes" {
			t.Errorf("%q: not asked at Kayes: %v", a.Text, a.Place)
		}
	}
	for _, one := range []string{
		"je veux apprendre la couture et la coiffure à Bamako",
		"un crédit pour mon commerce et un crédit pour mon atelier",
		"je suis rentré de Libye et je cherche du travail à Kayes",
		"foyi tɛ n bolo, n b'a fɛ ka jago daminɛ Bamakɔ, jɔn bɛ se ka n dɛmɛ?",
		"jcherche un boulot de gardien ou menage a bamako, pas de diplome",
	} {
		if asks := ix.Asks(ix.Understand(one)); asks != nil {
			t.Errorf("%q: cut into %d asks, want one", one, len(asks))
		}
	}
}
