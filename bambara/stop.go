package bambara

import "strings"

// stopWords are Bambara grammatical words and greetings (folded: ɛ→e, ɔ→o),
// which carry no topic: pronouns, copulas and aspect markers, postpositions,
// question particles, quantifiers. Content words never belong here.
var stopWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`
		n ne i e a an anw aw u olu ale o nin nunu ninnu minnu
		be te ye bi tun ka k y ma kana na la le de
		ni ani walima ko fana doron dron yen yan ten
		fe kan ko kono kun ye ma bolo kama koson
		do dow bee bee caman foyi
		wa yala min jumen jumenw jon mun joli cogo di
		tile damado sisan tuma
		se taa na ke soro
		ini ice barika
	`) {
		stopWords[w] = true
	}
}

// Stop reports whether a folded Bambara word is a grammatical word.
func Stop(folded string) bool { return stopWords[folded] }
