package search

import (
	"slices"
	"strings"

	"sira/index/fold"
	"sira/index/lang"
	"sira/index/understand"
	"sira/seeds"
)

// outOfSector reports whether a fiche lends to a sector other than the
// activity the question names: a lender whose one need is financing and
// whose summary says it lends to farming (lendsToFarming: the agricultural
// bank), for an activity that names no word of farming (otherActivity: a
// cloth trade, a tyre repairer's compressor, a pharmacy). It then goes
// after the lenders that finance any activity (a microfinance, the youth
// agency), among those that fit as well. A question that names no
// activity ("où trouver un crédit à Ségou") leaves it where it ranks.
func (ix *Index) outOfSector(f *seeds.Fiche, other bool) bool {
	return other && f.Focus() == seeds.NeedFinance && ix.lendsToFarming(f.Ref)
}

// otherActivity reports whether a question names an activity of no
// farming: some thing asked, told of who asks or done (a trade, a
// business, goods) that the fiches hold, is no money asked (a product, a
// word pointing to a need: juru, wari) and no person (femme, jeunes), and
// no term names farming (tellsFarming).
func (ix *Index) otherActivity(q understand.Query, sets []termSet) bool {
	return slices.ContainsFunc(sets, func(ts termSet) bool { return ix.namesActivity(ts, q.Lang) }) && !ix.tellsFarming(q.Terms)
}

// namesActivity reports whether a set names an activity or a thing:
// asked, who asks or done, no money asked, no country, no person; a
// French word the fiches do not hold names one too (a vulcanisateur, a
// quincaillerie: the fiches hold the words of farming), a Bambara one is
// a word not read.
func (ix *Index) namesActivity(ts termSet, language string) bool {
	switch {
	case !ts.role.Asks() && ts.role != understand.Who && ts.role != understand.Had,
		ts.product, ts.need != "", ts.country, language != understand.French && !ts.found():
		return false
	}
	for _, w := range strings.Fields(fold.String(ts.label)) {
		if !ix.lang.Words.Is(w, lang.Person|lang.Public|lang.Young|lang.Relative) {
			return true
		}
	}
	return false
}

// tellsFarming reports whether any of the terms, in any role, names
// farming (farming.tsv): a word typed, a synonym's or a Bambara gloss's
// (sɛnɛ: agriculture; poulet: élevage).
func (ix *Index) tellsFarming(terms []understand.Term) bool {
	for _, u := range terms {
		for _, v := range u.Variants {
			for _, w := range strings.Fields(fold.String(v)) {
				if ix.lang.Farming[w] {
					return true
				}
			}
		}
	}
	return false
}
