package understand

import (
	"slices"
	"strings"
	"unicode"

	"sira/index/fold"
	"sira/index/lang"
	"sira/index/places"
	"sira/seeds"
)

// A country abroad a French question asks about as the funder ("le
// Danemark finance encore les jeunes entrepreneurs ?", "l'Allemagne a des
// projets pour les jeunes ?") names the programmes it funds through: the
// fiches of programmes (audience programme) whose name or summary name
// the country or its adjective (DANIDA's "coopération danoise", LuxDev's
// "Luxembourg", the projects "canadiens"). Elsewhere a country says where
// a migrant has been or wants to go, and names no fiche.

// funderWindow is how many words after "a" (has) a word of programmes may
// come for the country before it to be the funder ("a eu des projets").
const funderWindow = 3

// funderKeys maps each country's id to the refs of the fiches of
// programmes whose name or summary name it, by its name or an adjective.
func (rd *Reader) funderKeys(fiches []*seeds.Fiche) map[string][]string {
	out := map[string][]string{}
	for _, f := range fiches {
		if f.Audience != seeds.AudienceProgramme {
			continue
		}
		words := strings.FieldsFunc(fold.String(f.Name+" "+f.Summary), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
		for _, c := range rd.abroad.All() {
			name := fold.String(c.Name)
			if slices.ContainsFunc(words, func(w string) bool { return w == name || slices.Contains(c.Adjectives, w) }) {
				out[c.ID] = append(out[c.ID], f.Ref)
			}
		}
	}
	return out
}

// funder reports whether a country of a French question is asked about as
// the funder: a verb of funding right after it (fr/funds.tsv: "la Suisse
// finance…", "la France finance-t-elle…"), or "a" (has) and a word of
// programmes within funderWindow words after it in its sentence
// ("l'Allemagne a des projets…"), in a sentence that asks.
func (r *reading) funder(m places.CountryMention) bool {
	at := m.End
	if r.q.Lang == Bambara || m.Town || at >= len(r.words) || r.sentence[at] != r.sentence[m.Start] || !r.request[r.sentence[m.Start]] {
		return false
	}
	if r.sets[at].Is(lang.InFunds) {
		return true
	}
	if r.words[at] != r.rd.v.has {
		return false
	}
	for j := at + 1; j < len(r.words) && j <= at+funderWindow && r.sentence[j] == r.sentence[at]; j++ {
		if r.cls[j].Is(lang.BeginsProgramme) {
			return true
		}
	}
	return false
}

// nameFunded names the fiches of programmes a country asked about as the
// funder funds through (funderKeys), as programmes named (nameHit.Programme):
// the country is then no one who asks. It reports whether it named any.
func (r *reading) nameFunded(m places.CountryMention) bool {
	refs := r.rd.funders[m.ID]
	if len(refs) == 0 || !r.funder(m) {
		return false
	}
	for i := m.Start; i < m.End; i++ {
		r.who[i] = false
	}
	for _, ref := range refs {
		r.named = append(r.named, nameHit{Ref: ref, Start: m.Start, End: m.End, Programme: true})
	}
	return true
}

// fundersAsked reports whether a French question asks who funds
// (Query.FundersAsked): a word asking for someone right before a verb of
// money given (fr/who_funds.tsv: "qui finance", "ki financent"), in a
// message that tells no need of its own. A want told ("je veux ouvrir une
// boutique, qui finance ?", "il veut s'installer") or a story in the
// first person ("je suis couturière", "mon atelier") makes it a person's
// money ask, unless a counsellor writes (the first person is theirs); a
// heading's words ("Un conseiller demande :") tell nothing.
func (r *reading) fundersAsked() bool {
	v := r.rd.v
	if r.q.Lang == Bambara {
		return false
	}
	asks := false
	for j := 1; j < len(r.words); j++ {
		asks = asks || v.AskSomeone[r.words[j-1]] && v.WhoFunds[r.words[j]] && r.sentence[j-1] == r.sentence[j]
	}
	if !asks {
		return false
	}
	for j, w := range r.words {
		if strings.Contains(r.ends[r.sentence[j]], ":") {
			continue
		}
		own := r.q.Writer != WriterCounsellor && (v.first[w] || r.cls[j].Is(lang.Mine))
		if own || r.cls[j].Is(lang.Want) {
			return false
		}
	}
	return true
}
