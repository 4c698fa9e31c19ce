package understand

import (
	"sira/index/lang"
)

// askedKnowledge reads a message whose sentence that asks asks for
// knowledge about a thing (fr/knowledge.tsv, bm/knowledge.tsv: a recipe, the difference
// between two things, an amount measured, a fact, a sum computed, a word
// translated) and nothing else the fiches answer (Query.Knowledge), in
// any sentence that asks: no word of a need (fr/need_words.tsv:
// "formation", "crédit"; a trade's word is the thing asked about, "la
// soudure TIG"), of learning, of wanting a thing some need's word names
// ("je veux faire la soudure"; "un client veut un portail" wants none), no
// kind of structure, school or diploma ("le CAP et le BT au centre Don
// Bosco"), no fiche named, nobody asked for (fr/questions.tsv someone),
// the people the fiches serve not named, no part of a fiche named by a
// noun — the words that tell who asks aside ("je suis en formation de
// soudure"); no cry for help, no programmes asked, and no danger told but
// one that is no urgency, told in the story ("renvoyé au Mali, ça a été
// très dur … la recette ?") or before the knowledge asked in its sentence. The sentences before it then ask nothing:
// they tell who asks ("… je suis soudeur à Kayes. Comment calculer le
// poids des tubes ?"). The words of the knowledge asked are no topic: "la
// différence entre le CFP et l'ECICA" asks the two named.
func (r *reading) askedKnowledge() {
	if r.q.Aside || r.helpAsked || r.q.Programmes || len(r.words) == 0 {
		return
	}
	hits := r.rd.v.Knowledge.Find(r.words)
	ask, at := "", -1
	for _, h := range hits {
		r.claim(h.Start, h.End, claimAsked)
		if ask == "" {
			ask, at = h.Value, r.sentence[h.Start]
		}
	}
	if ask == "" || !r.request[at] && at != r.sentence[len(r.words)-1] {
		return
	}
	for _, h := range r.danger {
		// A sign told before the knowledge asked, in its sentence, tells
		// who asks ("je suis déplacé à Mopti, qui a gagné …").
		before := h.Start >= 0 && h.End <= hits[0].Start && r.sentence[h.Start] == at
		if h.Start < 0 || r.rd.v.Urgent[h.Value] || !before && (r.sentence[h.Start] == at || r.request[r.sentence[h.Start]]) {
			return
		}
	}
	for j, w := range r.words {
		if s := r.sentence[j]; s != at && !r.request[s] || r.claims[j] == claimAsked || r.who[j] {
			continue
		}
		c := r.cls[j]
		if c.Is(lang.Want) && r.wantsNeed(j) || c.Is(lang.HasKind|lang.Learn|lang.NeedWord|lang.Public|lang.Structure|lang.Qualification) || r.sets[j].Is(lang.InPremises) ||
			c.Is(lang.HasFacet) && r.rd.content(w, c) || r.sets[j].Is(lang.InAskSomeone) || r.namedAt(j) {
			return
		}
	}
	r.q.Knowledge = ask
	for s := range r.request {
		if s != at {
			r.request[s] = false
		}
	}
}

// wantsNeed reports whether the word of wanting at i wants a thing a
// need's word names after it in its sentence, outside the words of the
// knowledge asked ("je veux faire la soudure").
func (r *reading) wantsNeed(i int) bool {
	for j := i + 1; j < len(r.words) && r.sentence[j] == r.sentence[i]; j++ {
		if r.needs[j] != "" && r.claims[j] != claimAsked {
			return true
		}
	}
	return false
}
