package places

import (
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/fr"

	"sira/index/fold"
	"sira/index/lang"
	"sira/index/lexicon"
)

// placeConcept is the lexicon's concept of place names (Bamadaba's
// yorow.txt): a place's name may be one.
const placeConcept = "lieu"

// lexiconWord reports whether the lexicon has k as a word other than a
// place's name.
func lexiconWord(lex *lexicon.Lexicon, k string) bool {
	for _, e := range lex.Lookup(k) {
		if e.Concept != placeConcept {
			return true
		}
	}
	return false
}

// TestSpellingsAreNoWords checks that no spelling of a place is a word the
// question reader knows otherwise (a word of the language files, of the
// Bambara lexicon other than a place's name, or a French stop word), so
// that "san" (to buy) in a message never names a town; and that each
// place's region is one of the gazetteer's regions.
func TestSpellingsAreNoWords(t *testing.T) {
	d, err := lang.Load(lang.Files, func(*lang.Data) (lang.Reader, error) {
		return func(_, w string) []string { return []string{w} }, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	stop := analysis.NewTokenMap()
	if err := stop.LoadBytes(fr.FrenchStopWords); err != nil {
		t.Fatal(err)
	}
	stops := map[string]bool{}
	for w := range stop {
		stops[fold.String(w)] = true
	}
	lex := lexicon.Default()
	rs, err := rows(gazetteerTSV, 7)
	if err != nil {
		t.Fatal(err)
	}
	isWord := func(k string) bool { return d.Words.Holds(k) || stops[k] || lexiconWord(lex, k) }
	// The check itself: the names the file leaves out are caught.
	for _, w := range []string{"san", "dire"} {
		if !isWord(w) {
			t.Errorf("%q not read as a word", w)
		}
	}
	for _, r := range rs {
		id, region := r.cols[0], r.cols[2]
		if _, ok := Default().Region(region); !ok {
			t.Errorf("%s: region %q is no region of the gazetteer", id, region)
		}
		spellings := append([]string{id, r.cols[1]}, strings.Split(r.cols[5], "|")...)
		for _, s := range spellings {
			k := fold.String(s)
			if isWord(k) {
				t.Errorf("%s: spelling %q is a word", id, s)
			}
		}
	}
}

// TestBambaraNamesAreSourced checks that each Bambara name the gazetteer
// shows is a place row of the lexicon, spelt as that row spells it.
func TestBambaraNamesAreSourced(t *testing.T) {
	lex := lexicon.Default()
	named := 0
	for _, p := range Default().Places() {
		if p.Bambara == "" {
			continue
		}
		named++
		sourced := false
		for _, e := range lex.Lookup(fold.String(p.Bambara)) {
			sourced = sourced || (e.Concept == placeConcept && e.Bambara == p.Bambara)
		}
		if !sourced {
			t.Errorf("%s: Bambara name %q is no place row of the lexicon", p.ID, p.Bambara)
		}
	}
	if named == 0 {
		t.Error("no place has a Bambara name")
	}
}
