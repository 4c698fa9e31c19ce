package analysis

import (
	bleveanalysis "github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/fr"
)

var frenchStemmer = fr.NewFrenchLightStemmerFilter()

// FrenchStem is a folded French word's light stem, as bleve's French
// analyzer stems the fiches ("volee": vole, "voler": vol; "heberger" and
// "hebergement": heberg). The light stemmer rewrites a word's end and its
// accented letters: a stem begins with the letter its word begins with
// when that is ASCII.
func FrenchStem(w string) string {
	ts := frenchStemmer.Filter(bleveanalysis.TokenStream{&bleveanalysis.Token{Term: []byte(w)}})
	return string(ts[0].Term)
}
