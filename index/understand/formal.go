package understand

import "sira/index/lang"

// formal reads a business made legal asked (fr/formal.tsv, bm/formal.tsv): in a sentence that asks, a word of making it legal or of
// its papers with a business at most formalWindow words after or before it
// ("comment légaliser mon atelier", "les papiers pour créer une entreprise",
// "faire les papiers de l'entreprise"; the place of a trade is a business
// after a first-person possessive, "ma menuiserie") or right after an object pronoun
// standing for a business the message named before, or before a verb
// right before it ("mon atelier marche bien, je veux le mettre en règle",
// "la faire enregistrer": objectBefore), or a register or legal form named
// alone ("le registre de commerce et le NIF", "ouvrir une SARL"). Those
// words are then claimed, and the question asks what the fiches call it
// (lang.Data.FormalSought: the API's guichet unique), a thing no school of
// the business's trade offers; the businesses the sentences that ask name
// are whose it is (businessAt: ownBusiness reads them as what it is for).
// "Enregistrer mon fils", "les papiers pour la formation" ask no such thing.
// It runs before outOfScope: a service the business sells ("une boutique de
// réparation de téléphones") is whose it is, not asked (legal).
func (r *reading) formal() {
	var acts, businesses []lang.Hit
	asked, named := false, len(r.words) // named: where the message first names a business
	hits := r.rd.v.Formal.Find(r.words)
	for i := 1; i < len(r.words); i++ {
		if r.sets[i].Is(lang.InFormalOwned) && r.cls[i-1].Is(lang.Mine) {
			// "ma menuiserie": the place of a trade, owned
			hits = append(hits, lang.Hit{Start: i, End: i + 1, Value: lang.FormalBusiness})
		}
	}
	for _, h := range hits {
		if h.Value == lang.FormalBusiness && r.claims[h.Start] == free {
			named = min(named, h.Start)
		}
		if !r.request[r.sentence[h.Start]] || r.claims[h.Start] != free && r.claims[h.Start] != claimAsked {
			continue
		}
		switch h.Value {
		case lang.FormalRegister:
			asked = true
			r.claim(h.Start, h.End, claimFormal)
		case lang.FormalBusiness:
			businesses = append(businesses, h)
		default:
			acts = append(acts, h)
		}
	}
	for _, a := range acts {
		if a.Start > named && r.objectBefore(a.Start) {
			// "ma menuiserie marche bien, je veux la mettre en règle"
			asked = true
			r.claim(a.Start, a.End, claimFormal)
			continue
		}
		for _, b := range businesses {
			if r.sentence[a.Start] == r.sentence[b.Start] && (b.Start >= a.End && b.Start-a.End <= formalWindow || a.Start >= b.End && a.Start-b.End <= formalWindow) {
				asked = true
				r.claim(a.Start, a.End, claimFormal)
				break
			}
		}
	}
	if !asked {
		return
	}
	for _, h := range hits {
		if h.Value == lang.FormalPapers {
			// "sans aucun papier officiel": the business's papers (settle)
			r.papers = append(r.papers, [2]int{h.Start, h.End})
		}
	}
	for _, b := range businesses {
		if r.legal == nil {
			r.legal = make([]bool, len(r.words))
		}
		r.legal[b.Start] = true
		r.legal = r.ownedAfter(b.Start, r.legal)
	}
	// The desk that makes a business legal is a structure of its own: a
	// fiche covers it where its name or summary says it is one, not where
	// its text tells of cooperatives "formalisées".
	r.add(-1, -1, Term{Role: Topic, Source: Known, Variants: r.rd.v.FormalSought, Noun: true, Structure: true})
}

// objectBefore reports whether an object pronoun stands right before word
// i, or before a verb right before it ("le mettre en règle", "la faire
// enregistrer"): the pronoun is the object of the act then. Bambara puts
// the object right before its verb: "k'a sɛbɛn", to register it.
func (r *reading) objectBefore(i int) bool {
	v := r.rd.v
	if r.q.Lang == Bambara {
		return i > 0 && r.words[i-1] == v.bmIt
	}
	return i > 0 && v.objectPronoun(r.words[i-1]) || i > 1 && v.FormalVerb[r.words[i-1]] && v.objectPronoun(r.words[i-2])
}
