package search

import (
	"iter"
	"maps"
	"slices"
	"strings"

	"sira/index/fold"
	"sira/seeds"
)

// Matching returns which of a fiche's trades and cost items the question
// of an answer asks about, by index in f.Trades and f.Costs.Items: those
// whose words (as the French analyzer reads them) meet the question's
// topics, and the cost items that name a trade found. A card can then show
// "Mécanique auto : 13 mois" and the mechanics fee rather than the literacy
// fee; a word the item words (fr/item_words.tsv) tie to an item's or
// trade's words meets them ("lire" the alphabétisation fees); a type of
// structure asked ("réseau") meets none. Both are empty when the question
// names no trade or item of the fiche (a follow-up: pass the answer it
// follows).
func (ix *Index) Matching(f *seeds.Fiche, a Answer) (trades, costItems []int) {
	asked, glossed := map[string]bool{}, map[string]bool{}
	for _, u := range a.Terms {
		if !u.Role.Asks() || u.Structure {
			// A type of structure asked ("un réseau", structures.tsv)
			// names the place, not a trade or a fee of it: no
			// "Micro-réseaux" course.
			continue
		}
		for _, v := range u.Variants {
			for _, t := range ix.frenchCache.terms(v) {
				asked[t] = true
			}
			for _, t := range ix.frenchCache.terms(ix.ItemWords(fold.String(v))) {
				glossed[t] = true
			}
		}
		for _, t := range u.Related {
			asked[t] = true
		}
	}
	if len(asked) == 0 {
		return nil, nil
	}
	meets := func(text string) bool {
		return slices.ContainsFunc(ix.frenchCache.terms(text), func(t string) bool { return asked[t] || glossed[t] })
	}
	// A trade met through an item word begins with it: "lire" is the
	// "Alphabétisation" course, not "Animation en alphabétisation", the
	// course that trains its teachers. So does one met through a word a
	// cost item of the fiche begins with: "alphabétisation" is the
	// literacy classes its fees name ("Alphabétisation (chaque mois)"),
	// not the teachers' course whose name only holds the word.
	itemHeads := map[string]bool{}
	for _, c := range f.Costs.Items {
		if terms := ix.frenchCache.terms(c.What); len(terms) > 0 {
			itemHeads[terms[0]] = true
		}
	}
	meetsTrade := func(name string) bool {
		terms := ix.frenchCache.terms(name)
		return slices.ContainsFunc(terms, func(t string) bool { return asked[t] && (t == terms[0] || !itemHeads[t]) }) || len(terms) > 0 && glossed[terms[0]]
	}
	// Of the trades met, none whose words asked another meets with more:
	// "la transformation des fruits" is Markala's fruit course, not its
	// meat and cereal ones, which "transformation" alone meets; "la
	// mécanique auto, et la coiffure" meets two courses.
	var met []map[string]bool
	for i, t := range f.Trades {
		if meetsTrade(t.Name) {
			trades = append(trades, i)
			met = append(met, askedIn(ix.frenchCache.terms(t.Name), asked))
		}
	}
	kept := trades[:0]
	for k, i := range trades {
		if !slices.ContainsFunc(met, func(m map[string]bool) bool { return strictlyIn(met[k], m) }) {
			kept = append(kept, i)
		}
	}
	trades = kept
	// Nor one whose name names a thing of a sort the question names
	// another of (fr/trade_kinds.tsv): "la mécanique moto" is the two-wheel
	// course, not "Mécanique auto", which "mécanique" meets.
	askedThings := ix.things(maps.Keys(asked))
	trades = slices.DeleteFunc(trades, func(i int) bool {
		for sort, own := range ix.things(slices.Values(ix.frenchCache.terms(f.Trades[i].Name))) {
			if len(askedThings[sort]) > 0 && !intersects(own, askedThings[sort]) {
				return true
			}
		}
		return false
	})
	var tradeTerms []string
	for _, i := range trades {
		tradeTerms = append(tradeTerms, ix.frenchCache.terms(f.Trades[i].Name)...)
	}
	for i, c := range f.Costs.Items {
		terms := ix.frenchCache.terms(c.What)
		if meets(c.What) || slices.ContainsFunc(terms, func(t string) bool { return slices.Contains(tradeTerms, t) && !ix.Common(t) }) {
			costItems = append(costItems, i)
		}
	}
	return trades, costItems
}

// things are the things of each sort (fr/trade_kinds.tsv) that terms
// name: vehicle → {two_wheels} for "moto".
func (ix *Index) things(terms iter.Seq[string]) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for t := range terms {
		if k, ok := ix.tradeKinds[t]; ok {
			if out[k[0]] == nil {
				out[k[0]] = map[string]bool{}
			}
			out[k[0]][k[1]] = true
		}
	}
	return out
}

// intersects reports whether two sets share a member.
func intersects(a, b map[string]bool) bool {
	for w := range a {
		if b[w] {
			return true
		}
	}
	return false
}

// askedIn is the set of words asked among terms.
func askedIn(terms []string, asked map[string]bool) map[string]bool {
	in := map[string]bool{}
	for _, t := range terms {
		if asked[t] {
			in[t] = true
		}
	}
	return in
}

// strictlyIn reports whether set a is a strict part of set b.
func strictlyIn(a, b map[string]bool) bool {
	if len(a) >= len(b) {
		return false
	}
	for w := range a {
		if !b[w] {
			return false
		}
	}
	return true
}

// ItemWords are the fiches' words for a folded word of a question
// (fr/item_words.tsv: "lire" is "alphabétisation"), or "".
func (ix *Index) ItemWords(w string) string { return ix.lang.ItemWords[w] }

// Urgent reports whether a sign of distress comes before anything else a
// message asks (fr/distress_signs.tsv urgent: "shelter", "sold").
func (ix *Index) Urgent(sign string) bool { return ix.lang.Urgent[sign] }

// PlacesWorkers reports whether a partner places workers in a country
// abroad (fr/placement.tsv), named as index/places/abroad.tsv names it.
func (ix *Index) PlacesWorkers(country string) bool { return ix.lang.Placement[fold.String(country)] }

// SignRemedy are the out-of-scope concepts that, asked beside a sign of
// distress, are its care (fr/distress_signs.tsv: illness, medical_care).
func (ix *Index) SignRemedy(sign string) []string { return ix.lang.Remedy[sign] }

// SignWords are the fiches' words for a sign of distress
// (fr/distress_signs.tsv: lodging, "hébergement accueil"), folded.
func (ix *Index) SignWords(sign string) []string {
	return strings.Fields(fold.String(ix.lang.SignWords[sign]))
}
