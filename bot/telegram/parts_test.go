package telegram_test

import (
	"testing"
)

// These tests ask a part of the fiches just shown, as people do after an
// answer: how to reach them, where they are, what an item costs.

// TestContactShowsTheEmail: a question about how to reach a fiche gives
// its numbers and its e-mail, in French and in Bambara, whether the
// fiche was named in that question or just before.
func TestContactShowsTheEmail(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	for i, tt := range []struct {
		first, then string
		want        []string
	}{
		{"le CIRTIC a Bamako, ils forment en comptabilite ?", "leur adresse mail", []string{"ceo@cirtic.com", "+22375371817"}},
		{"le numero de Donilab", "et leur mail ?", []string{"info@donilab.net"}},
		{"Jokkolabs c'est quoi ?", "comment les contacter ?", []string{"+22376463333", "ssy@jokkolabs.co"}},
		{"Zira Capital ye mun ye?", "a nimɔrɔ", []string{"+22375413080", "mkeita@ziracapital.com"}},
		{"", "Zira Capital nimɔrɔ", []string{"+22375413080", "mkeita@ziracapital.com"}},
		{"", "le contact de la SNV", []string{"+22391080561", "tkoba@snv.org"}},
	} {
		c := chatter{t, fake, int64(100 + i)}
		if tt.first != "" {
			c.say(tt.first)
		}
		holds(t, tt.then, c.say(tt.then), tt.want...)
	}
}
