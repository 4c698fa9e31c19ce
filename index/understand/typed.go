package understand

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// typed reads the words no earlier stage took, as typed: French words,
// names, compounds, and words no one knows. Each says who asks (among the
// words that tell it), or what the thing asked is for (after "pour"), or
// is asked (a word that names something: four letters or more, not in
// most fiches, not a past act), or else is context. It adds to the need
// scores and finds the kind of structure asked.
func (r *reading) typed() {
	rd, q, words := r.rd, r.q, r.words
	french := q.Lang != Bambara
	var forSomething []bool
	if french {
		forSomething = r.rd.v.forSomething(words, r.sentence)
	}
	for i, w := range words {
		if r.claims[i] != free {
			continue
		}
		var partGlosses []string
		for _, p := range r.parts[i] { // compound parts of an unknown word
			if rd.lex.Known(p) && !r.rd.v.Homographs[p] {
				partGlosses = append(partGlosses, rd.topicGlosses(rd.lex.Lookup(p), false)...)
			}
		}
		if len(partGlosses) > 0 {
			// The parts name what the word does ("kuranbaara": électricité,
			// travail); the fiches do not have the word itself.
			if !rd.corpus.Holds(w) {
				r.add(i, i+1, Term{Role: Topic, Source: Gloss, Variants: partGlosses})
				continue
			}
			r.add(i, i+1, Term{Role: Context, Source: Gloss, Variants: partGlosses})
		}
		purpose := french && forSomething[i]
		need := ""
		if n := r.rd.v.needOf(w); n != "" && !(i > 0 && r.rd.v.Without[words[i-1]]) && !r.who[i] {
			need = n
			if r.rd.v.wanted(words, i) || !french && r.wantedInSentence(i) {
				r.asksNeed[n] = true
			}
			switch {
			case r.rd.v.wanted(words, i):
				r.needScore[n] += needWanted
			case purpose:
				r.needScore[n] += needPurpose // what the thing asked is for: "un crédit pour ma couture"
			default:
				r.needScore[n] += needPlain
			}
		}
		if k := r.rd.v.Kinds[w]; k != "" && q.Kind == "" {
			q.Kind = k
		}
		asked := r.rd.v.Relatives[w] && r.rd.v.wanted(words, i) // the person sought is the topic
		if r.rd.v.Frame[w] && !asked {
			r.frame = append(r.frame, w)
		}
		if r.rd.v.Stop[w] || r.rd.v.Homographs[w] || r.rd.v.Function[w] || r.rd.v.Want[w] || r.rd.v.Frame[w] && !asked || !rd.longEnough(w) || !hasLetter(w) {
			continue
		}
		syn, known := r.rd.v.synonym(w)
		if purpose && r.rd.v.Purpose[words[i-1]] && r.rd.v.infinitive(w) && !known {
			// "pour acheter", "pour agrandir": what is done, the thing
			// it is done to says what for
			r.frame = append(r.frame, w)
			continue
		}
		t := Term{
			Role: Context, Source: Typed, Variants: []string{w},
			Noun:     r.rd.v.nounAt(words, i, q.Lang),
			Country:  rd.abroad.Adjective(w),
			Activity: rd.v.Activities[w] || !french && rd.v.activityStem(w),
		}
		switch {
		case r.who[i]:
			t.Role = Who
		case purpose && (rd.v.Young[w] || rd.v.Minors[w] || rd.v.Relatives[w]):
			t.Role = Who // for whom: "une formation pour les jeunes filles"
		case purpose:
			if rd.topical(w) && !(french && r.rd.v.pastTense(words, i)) {
				t.Role = Purpose
			}
		case french && r.rd.v.pastTense(words, i):
		case !rd.topical(w) && broadNeeds[need] && r.rd.v.NeedWords[w] && t.Noun:
			// The service asked, a word too common in the fiches to be a
			// topic ("un financement", "offre d'emploi"), is what is
			// asked: a fiche that gives it covers it, whatever the trade
			// or business it is for.
			t.Role, t.Need = Topic, need
		case !rd.topical(w):
		default:
			t.Role = Topic
		}
		if known {
			t.Variants = append(t.Variants, syn)
		} else if !rd.corpus.Holds(w) {
			t.Related = rd.corpus.Related(w)
		}
		r.add(i, i+1, t)
	}
}

// forSomething reports, for each word, whether the words before it say
// what something asked for is for: they hold "pour" after a word that is
// neither grammar nor a frame word ("un prêt pour agrandir mon atelier"),
// with no new clause or sentence since ("…pour travailler, est-ce légal ?";
// "…pour nos champs. Comment obtenir un crédit ?"). After frame words
// alone, what follows is what is asked ("aide pour enfant victime de
// traite", "formation pour la couture"). sentence gives each word's
// sentence. One pass, left to right.
func (v *vocab) forSomething(words []string, sentence []int) []bool {
	out := make([]bool, len(words))
	content, purpose := false, false // a word neither grammar nor frame; the state for the next word
	for i, w := range words {
		if i > 0 && sentence[i] != sentence[i-1] {
			content, purpose = false, false // a new sentence
		}
		out[i] = purpose
		switch {
		case v.ClauseWords[w]:
			purpose = false // a new clause
		case v.Purpose[w]:
			purpose = content
		}
		content = content || !v.Function[w] && !v.Frame[w]
	}
	return out
}

// wanted reports whether words[i] is what a want word asks for: it follows
// one, with at most a determiner or "de" between them.
func (v *vocab) wanted(words []string, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if v.Want[words[j]] {
			return true
		}
		if !v.Determiners[words[j]] && !v.AdjectivesBefore[words[j]] {
			return false
		}
	}
	return false
}

// namesWork reports whether a Bambara word before "baara" (work) makes it
// that word's trade: a content word, not a grammatical word or a place.
func (rd *Reader) namesWork(w string) bool {
	return hasLetter(w) && !rd.v.Stop[w] && !rd.v.Homographs[w] && !rd.gaz.Known(w) && !rd.v.Frame[w]
}

// pastTense reports whether words[i] follows an auxiliary: "ai", "ont"…,
// or "a" after its subject ("il a quitté"; "apprendre a nager" is à).
func (v *vocab) pastTense(words []string, i int) bool {
	if i == 0 {
		return false
	}
	if words[i-1] == v.has {
		return i >= 2 && v.HasSubjects[words[i-2]]
	}
	return v.Auxiliaries[words[i-1]]
}

// nounAt reports whether words[i] is a noun by its place in the question.
// In French it follows a determiner or a preposition that brings a noun,
// and is not shaped like an infinitive: "de" also brings verbs ("besoin de
// fabriquer"), and "le" is also a pronoun ("le corriger"). In Bambara, the
// object comes just before its verb: "mobili bolili kalan", "visa sɔrɔ".
func (v *vocab) nounAt(words []string, i int, lang string) bool {
	if lang == Bambara {
		return i+1 < len(words) && v.ObjectVerbs[words[i+1]]
	}
	return i > 0 && v.Determiners[words[i-1]] && !v.infinitive(words[i])
}

// infinitive reports whether a French word is shaped like an infinitive.
func (v *vocab) infinitive(w string) bool {
	return slices.ContainsFunc(v.InfinitiveEndings, func(e string) bool { return strings.HasSuffix(w, e) })
}

// longEnough reports whether a typed word is searched at all: three letters or
// more, or two when some fiches, not most, hold it ("CV", "BT").
func (rd *Reader) longEnough(w string) bool {
	n := utf8.RuneCountInString(w)
	return n >= 3 || n == 2 && rd.corpus.Holds(w) && !rd.corpus.Common(w)
}

// topical reports whether a word names what a question is about: a word of
// four letters or more that most fiches do not hold, or a shorter one that
// few fiches hold ("CV", "BT").
func (rd *Reader) topical(w string) bool {
	if utf8.RuneCountInString(w) < 4 {
		return rd.corpus.Holds(w) && rd.corpus.Rare(w)
	}
	return !rd.corpus.Common(w)
}

// bambaraBuys reports whether a Bambara question asks to buy: "san" (to
// buy, also a year) as a verb, after "ka" and its object ("ka mobili san").
func (v *vocab) bambaraBuys(words []string) bool {
	for i := 2; i < len(words); i++ {
		if words[i] == v.buy && words[i-2] == v.bmInfinitive {
			return true
		}
	}
	return false
}

// wantedInSentence reports whether a want word comes before words[i] in
// its sentence: in Bambara the thing wanted comes after the verb that
// wants it ("n b'a fɛ ka mobili dilan dege").
func (r *reading) wantedInSentence(i int) bool {
	for j := i - 1; j >= 0 && r.sentence[j] == r.sentence[i]; j-- {
		if r.rd.v.Want[r.words[j]] {
			return true
		}
	}
	return false
}

// activityStem reports whether a Bambara word is made on the word of an
// activity no partner teaches (activities.tsv), as Bambara derives by
// suffixes: "donkilida" (to sing) on donkili (song). Only words of
// minActivityStem letters or more are read so.
func (v *vocab) activityStem(w string) bool {
	for n := minActivityStem; n < len(w); n++ {
		if v.Activities[w[:n]] {
			return true
		}
	}
	return false
}

// minActivityStem is the shortest activity word a Bambara word is read as
// made on: shorter ones begin too many other words.
const minActivityStem = 5
