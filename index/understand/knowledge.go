package understand

import (
	"slices"

	"sira/index/lang"
	"sira/seeds"
)

// askedKnowledge sets Query.Knowledge when the sentence that asks asks
// for knowledge about a thing (fr/knowledge.tsv, bm/knowledge.tsv: a
// recipe, a difference, an amount, a fact, a sum, a translation) and
// nothing the fiches answer. Nothing answered means, in every sentence
// that asks: no need's word (a trade's word is the thing asked about, "la
// soudure TIG"; a job's word always a need, "comment faire le CV"), no
// learning, no wanting of a thing a need's word names ("je veux faire la
// soudure"), no kind of structure, school or diploma, no fiche named,
// nobody asked for, no public the fiches serve but one told before the
// knowledge asked in its sentence (who asks), no part of a fiche named
// but the asker's own ("mon téléphone"), no cry for help, no programmes
// asked, and no danger but one told in the story or before the knowledge
// asked in its sentence, which tells who asks.
//
// The words of the knowledge asked are no topic ("la différence entre le
// CFP et l'ECICA" asks the two named); words between quotes are another's,
// neither ask nor need ("Traduis : « je cherche une formation »"). A frame
// (lang.KnowledgeFrame: "pour un quiz", "hors programme") makes the last
// sentence's question knowledge when it names a word no fiche holds. A
// kind of structure an opinion judges is no kind asked ("que penses-tu du
// gouvernement ?": judged).
func (r *reading) askedKnowledge() {
	if r.q.Aside || r.helpAsked || r.q.Programmes || len(r.words) == 0 {
		return
	}
	hits := r.rd.v.Knowledge.Find(r.words)
	last := r.ownLast()
	ask, at, from, to, framed := "", -1, -1, -1, -1
	for _, h := range hits {
		r.claim(h.Start, h.End, claimAsked)
		switch s := r.sentence[h.Start]; {
		case h.Value == lang.KnowledgeFrame:
			if framed < 0 {
				framed = s
			}
		case ask == "" && !r.quotedAt(h.Start):
			ask, at, from, to = h.Value, s, h.Start, h.End
		}
	}
	if ask == "" && framed >= 0 && framed <= last && r.unheld(last) {
		ask, at, from = lang.KnowledgeFrame, last, slices.Index(r.sentence, last)
	}
	if ask == "" || !r.request[at] && at != last {
		return
	}
	for _, h := range r.danger {
		// A sign told before the knowledge asked, in its sentence, tells
		// who asks ("je suis déplacé à Mopti, qui a gagné …").
		before := h.Start >= 0 && h.End <= from && r.sentence[h.Start] == at
		if h.Start < 0 || r.rd.v.Urgent[h.Value] || !before && (r.sentence[h.Start] == at || r.request[r.sentence[h.Start]]) {
			return
		}
	}
	for j, w := range r.words {
		s := r.sentence[j]
		if s != at && (!r.request[s] || s == framed) || r.claims[j] == claimAsked || r.who[j] || r.quotedAt(j) {
			continue
		}
		c := r.cls[j]
		// The people served told before the knowledge asked, in its
		// sentence, tell who asks, as a sign does ("rentré du Maroc,
		// comment on fait le savon noir").
		served := c.Is(lang.Public) && !(s == at && j < from)
		kind := c.Is(lang.HasKind) && !(ask == lang.KnowledgeOpinion && r.judged(to, j))
		if r.needs[j] == seeds.NeedJob || c.Is(lang.Want) && r.wantsNeed(j) || served || kind || c.Is(lang.Learn|lang.NeedWord|lang.Structure|lang.Qualification) || r.sets[j].Is(lang.InPremises) ||
			c.Is(lang.HasFacet) && r.rd.content(w, c) && !r.mine(j) || r.sets[j].Is(lang.InAskSomeone) || r.namedAt(j) {
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

// judged reports whether words[j] comes after the words of an opinion
// asked that end at to, in their sentence, with only grammatical words
// between ("du", "sur l'"): the thing the opinion judges.
func (r *reading) judged(to, j int) bool {
	if to <= 0 || j < to || r.sentence[j] != r.sentence[to-1] {
		return false
	}
	for k := to; k < j; k++ {
		if !r.cls[k].Is(lang.Function | lang.Determiner | lang.Article) {
			return false
		}
	}
	return true
}

// mine reports whether words[j] comes right after a first-person
// possessive in its sentence: the asker's own thing ("mon téléphone"),
// no part of a fiche asked.
func (r *reading) mine(j int) bool {
	return j > 0 && r.sentence[j-1] == r.sentence[j] && r.cls[j-1].Is(lang.Mine)
}

// unheld reports whether sentence s holds a free content word of the
// asker's that no fiche holds ("l'empire" of "qui a fondé l'empire du
// Mali ?"): a question framed as knowledge asks about it.
func (r *reading) unheld(s int) bool {
	for j, w := range r.words {
		if r.sentence[j] == s && r.claims[j] == free && !r.quotedAt(j) && !r.cls[j].Is(lang.Request) && r.rd.content(w, r.cls[j]) && !r.rd.corpus.Holds(w) {
			return true
		}
	}
	return false
}

// quotedAt reports whether words[j] is written between quotes.
func (r *reading) quotedAt(j int) bool {
	return j < len(r.quoted) && r.quoted[j]
}

// ownLast returns the last sentence that holds a word of the asker's
// own, not quoted: after "Traduis en anglais :", a quoted sentence is
// the thing to translate, not what asks.
func (r *reading) ownLast() int {
	for j := len(r.words) - 1; j >= 0; j-- {
		if !r.quotedAt(j) {
			return r.sentence[j]
		}
	}
	return r.sentence[len(r.words)-1]
}

// wantsNeed reports whether the word of wanting at i wants a thing a
// need's word names after it in its sentence, outside the words of the
// knowledge asked and the words quoted ("je veux faire la soudure"; not
// "que veut dire « apprenti »").
func (r *reading) wantsNeed(i int) bool {
	for j := i + 1; j < len(r.words) && r.sentence[j] == r.sentence[i]; j++ {
		if r.needs[j] != "" && r.claims[j] != claimAsked && !r.quotedAt(j) {
			return true
		}
	}
	return false
}
