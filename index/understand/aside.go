package understand

import (
	"slices"
	"strings"

	"sira/index/lang"
)

// askedAside reads a message whose last sentence, after a story, asks a
// question of its own that the fiches hold nothing of (Query.Aside): a
// word of asking (request.tsv), a question mark or a bid
// (fr/questions.tsv: "donnez-moi un joli prénom"), a content word no fiche
// holds, and no word of a need (in Bambara, a lexicon word whose concept
// points to one, glossNeed, but a thing priced, pricedSets: "sugu", the
// market), a kind of structure, a part of a fiche named by a noun, wanting
// (not "vouloir dire", to mean, nor "b'a fɛ ka a dɔn", to want to know:
// questions.tsv meant), learning, a
// product, a return, a fiche named, the people the fiches serve, nor one
// that asks for someone (questions.tsv someone: "qui fait de la
// sensibilisation ?", "jɔn bɛ o sira jira?") or judges the things told
// (bm/questions.tsv judged: "min ka nɔgɔ?", which is easier?), nor, in
// Bambara, a word of requiring or taking in (bm/require.tsv: "yɔrɔ jumɛn
// bɛ n mina?", which place takes me?), which asks the story's entry, in a
// message that asks about no programmes: "… j'ai fait la formation en
// maraîchage et je cultive à Kati. Le ramadan commence quel jour cette
// année ?", "n seginna ka bɔ Faransi, n bɛ jago kɛ Segu. n b'a fɛ ka a
// dɔn: dolari kelen ye sefa joli ye?". The sentences before it then ask
// nothing: they tell who asks, where, and any danger. A message that tells
// a danger or cries for help asks no question aside; nor does a last
// sentence that names nothing of its own ("C'est où ?", "ya quoi pour moi
// ?"), which asks about the story, nor a story that is only a label
// ("Conseillère : …") or that asks a question itself ("BR consulting c
// cher ? combien pour me coacher": the cost of the fiche it names).
func (r *reading) askedAside() {
	if len(r.danger) > 0 || r.helpAsked || r.q.Programmes || len(r.words) == 0 {
		return
	}
	last := r.sentence[len(r.words)-1]
	if !slices.ContainsFunc(r.ends[:last], func(e string) bool { return !strings.Contains(e, ":") }) ||
		slices.ContainsFunc(r.ends[:last], func(e string) bool { return strings.Contains(e, "?") }) {
		return
	}
	asks, unheld := strings.Contains(r.ends[last], "?"), false
	for j := len(r.words) - 1; j >= 0 && r.sentence[j] == last; j-- {
		w, c, set := r.words[j], r.cls[j], r.sets[j]
		meant := r.meant(j)
		if r.needs[j] != "" || r.glossNeed(j) != "" && !set.Is(pricedSets) || c.Is(lang.Want) && !meant || c.Is(lang.HasKind|lang.Learn|lang.NeedWord|lang.Public|lang.Structure|lang.Product|lang.Return) ||
			c.Is(lang.HasFacet) && r.rd.content(w, c) || set.Is(lang.InAskSomeone|lang.InJudged) || r.namedAt(j) ||
			r.q.Lang == Bambara && r.rd.v.Require.At(r.words, j, lang.AsIs) != "" {
			return
		}
		bid := set.Is(lang.InBid) && j+1 < len(r.words) && r.sentence[j+1] == last && r.sets[j+1].Is(lang.InBidden)
		asks = asks || bid || r.rd.v.cue(r.words, r.cls, r.sentence, r.ends, j)
		unheld = unheld || r.claims[j] == free && !c.Is(lang.Request) && r.rd.content(w, c) && !r.rd.corpus.Holds(w)
	}
	if !asks || !unheld {
		return
	}
	r.q.Aside = true
	for s := range r.request[:last] {
		r.request[s] = false
	}
}

// namedAt reports whether words[j] is among the words that name a fiche.
func (r *reading) namedAt(j int) bool {
	return slices.ContainsFunc(r.named, func(h nameHit) bool { return h.Start <= j && j < h.End })
}

// meant reports whether the word of wanting at words[j] wants nothing but
// means or asks, with a word of questions.tsv meant in its sentence right
// after it ("ça veut dire quoi ?") or, in Bambara, after the infinitive ka
// and an object pronoun ("n b'a fɛ ka a dɔn", I want to know it; not "n
// b'a fɛ ka don", to enter).
func (r *reading) meant(j int) bool {
	k := j + 1
	if r.q.Lang == Bambara && k+1 < len(r.words) && r.words[k] == r.rd.v.bmInfinitive && r.cls[k+1].Is(lang.Pronoun) {
		k += 2
	}
	return k < len(r.words) && r.sentence[k] == r.sentence[j] && r.sets[k].Is(lang.InMeant)
}
