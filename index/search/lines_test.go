package search

import (
	"slices"
	"strings"
	"testing"
)

func TestTogether(t *testing.T) {
	ix := testIndex(t)
	ids := func(words ...string) []uint32 { return textIDs(ix, words...) }
	tests := []struct {
		ref  string
		a, b []uint32
		want bool
	}{
		{"P14", ids("Maroc"), ids("bourses"), true},   // "Programme bourses de formation professionnelle au Maroc"
		{"P29", ids("Canada"), ids("bourses"), false}, // an office in Canada, bourses elsewhere
		{"P15", ids("Espagne"), ids("travail"), true}, // "travailleurs", a longer form, on the line
		{"P14", ids("Maroc"), nil, false},             // nothing to meet
	}
	for _, tt := range tests {
		if got := ix.together(tt.ref, ix.spans(tt.a), ix.spans(tt.b)); got != tt.want {
			t.Errorf("together(%s) = %v, want %v", tt.ref, got, tt.want)
		}
	}
}

// TestCountryByItsName: a country meets another term in a line by its own
// term, not the longer forms it begins: "franc" (France) begins
// "francais", the language of APEJ's line on grants for Morocco.
func TestCountryByItsName(t *testing.T) {
	ix := testIndex(t)
	ids := func(words ...string) []uint32 { return textIDs(ix, words...) }
	tests := []struct {
		ref   string
		a, b  []uint32
		spans bool // the longer forms
		want  bool
	}{
		{"P14", ids("France"), ids("bourses"), true, true}, // "maîtrise du français"
		{"P14", ids("France"), ids("bourses"), false, false},
		{"P14", ids("Maroc"), ids("bourses"), false, true},
		{"P26", ids("France"), ids("réseau"), false, true}, // "Partenariat et établissement du réseau en France"
	}
	for _, tt := range tests {
		country := ix.nameSpans(tt.a)
		if tt.spans {
			country = ix.spans(tt.a)
		}
		if got := ix.together(tt.ref, country, ix.spans(tt.b)); got != tt.want {
			t.Errorf("together(%s, longer forms %v) = %v, want %v", tt.ref, tt.spans, got, tt.want)
		}
	}
}

// TestTogetherAsScan checks together against a scan of each line's terms
// as strings, for every fiche and pairs of terms: of countries, and of
// words that begin others.
func TestTogetherAsScan(t *testing.T) {
	ix := testIndex(t)
	ids := func(words ...string) []uint32 { return textIDs(ix, words...) }
	lines := map[string][][]string{}
	// scan is together as it was first written: a line's terms as sorted
	// strings, a term found as itself or as the start of the next one.
	scan := func(ref string, a, b []uint32) bool {
		in := func(line []string, ids []uint32) bool {
			for _, id := range ids {
				term := ix.held.term(id)
				i, found := slices.BinarySearch(line, term)
				if found || len(term) >= minFuzzyTerm && i < len(line) && strings.HasPrefix(line[i], term) {
					return true
				}
			}
			return false
		}
		if lines[ref] == nil {
			for _, l := range strings.Split(fullText(ix.fiches[ref]), "\n") {
				var line []string
				for _, tok := range ix.french.Analyze([]byte(l)) {
					line = append(line, string(tok.Term))
				}
				slices.Sort(line)
				lines[ref] = append(lines[ref], line)
			}
		}
		for _, line := range lines[ref] {
			if in(line, a) && in(line, b) {
				return true
			}
		}
		return false
	}
	sets := [][]uint32{ids("Maroc"), ids("Canada", "France"), ids("Espagne"), ids("Libye", "Algérie"),
		ids("bourses"), ids("travail"), ids("formation", "jeunes"), ids("migrants"), ids("femmes", "apprentissage")}
	for _, f := range ix.Fiches() {
		for _, a := range sets {
			for _, b := range sets {
				if got, want := ix.together(f.Ref, ix.spans(a), ix.spans(b)), scan(f.Ref, a, b); got != want {
					t.Errorf("together(%s, %v, %v) = %v, a scan says %v", f.Ref, a, b, got, want)
				}
			}
		}
	}
}

// textIDs are the ids of the words' French terms in the fiches' text.
func textIDs(ix *Index, words ...string) []uint32 {
	var out []uint32
	for _, w := range words {
		for _, term := range ix.frenchCache.terms(w) {
			if id, ok := ix.held.id(fText, term); ok {
				out = append(out, id)
			}
		}
	}
	return out
}
