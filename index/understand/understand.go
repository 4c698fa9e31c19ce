package understand

import (
	"slices"
	"strings"

	"sira/bambara"
	"sira/seeds"
)

// Understand reads a question: its language and script, need, place, the
// part of a fiche asked, the fiches named, its terms and their roles (what
// is asked, what for, where to, who asks, the story), its intent and any
// distress.
//
// It is a pipeline. The text is analyzed once (the right reader for its
// language); the words are respelt once, into a layer of their own (names,
// Bambara spelt by ear, misspelt words of asking); then each stage reads
// the words and what earlier stages found, and adds its own findings: a
// stage claims the words it reads (a place, a part asked, a country, a
// phrase, a gloss) and no later stage reads them again, but no stage
// changes what another found. The last stage decides the need, the kind
// and what the message is.
func (rd *Reader) Understand(question string) Query {
	q := Query{Text: bambara.Transliterate(Cut(question)), Script: script(question)}
	t, matches := rd.analyzeQuestion(q.Text, bambara.IsNKo(question))
	q.Lang = t.lang
	r := reading{rd: rd, q: &q, text: t, claims: make([]claim, len(t.words)), who: make([]bool, len(t.words)), needScore: map[string]float64{}, asksNeed: map[string]bool{}}
	// The fiches named, and misspelt names read as the name ("Boabab").
	named, names := rd.named.find(t.words, rd.unknown, rd.v.Articles)
	words := respelt(t.words, names)
	q.Buying = slices.ContainsFunc(words, func(w string) bool { return rd.v.Buy[w] }) || q.Lang == Bambara && rd.v.bambaraBuys(words)
	// Greetings, thanks and follow-up words are no topics; distress is
	// read from the whole message, its story too.
	signs := rd.v.readSigns(words, question, q.Lang)
	r.claimAll(signs.told, claimTold)
	r.words = words
	r.places()
	// Bambara spelt by ear, French words of asking misspelt: read as the
	// word they spoil, except the words already taken.
	if q.Lang == Bambara {
		r.words = rd.respell(words, r.claims)
	} else {
		r.words = rd.respellFrench(words, r.claims)
	}
	if !slices.Equal(r.words, t.words) {
		matches = rd.match(r.words, q.Lang)
	}
	r.asked()
	if q.Lang != Bambara {
		r.toldBeforeWant()
	}
	// In a message of several sentences, those that ask nothing tell the
	// story ("mon cousin est revenu l'année dernière, il est à la maison"):
	// their words are no topics. The places in them count, and the
	// countries as where the person has been.
	r.request = rd.v.requests(r.words, t.sentence, t.ends)
	r.countries()
	if q.Lang == Bambara {
		r.identity()
	}
	r.outOfScope()
	r.story()
	if q.Lang != Bambara {
		r.phrases()
	}
	r.glosses(matches)
	r.typed()
	r.storyTerms()
	r.decide(signs, named)
	return q
}

// A claim says which stage took a word: a word claimed is read by no
// later stage.
type claim uint8

const (
	free         claim = iota
	claimTold          // a greeting, thanks or follow-up word
	claimPlace         // a place named
	claimAsked         // a word that asks a part of a fiche ("numéro", "combien")
	claimCountry       // a country abroad
	claimStory         // a word of a sentence that asks nothing
	claimUnread        // past the maxAsked words read in a long message
	claimPhrase        // a compound noun (phrases.tsv)
	claimGloss         // a Bambara word or phrase read through its glosses
)

// A reading is a question being read: its words (respelt), what each stage
// has claimed, who asks, and how strongly each need is pointed to.
type reading struct {
	rd *Reader
	q  *Query
	text
	words     []string // as read: respelt where misspelt
	claims    []claim
	who       []bool       // words that say who asks (identity)
	request   map[int]bool // the sentences that ask
	outScope  [][2]int     // where the things asked that no partner offers are
	needScore map[string]float64
	// asksNeed holds the needs a want word asks for ("je veux apprendre",
	// "n b'a fɛ ka … dege"): "pas d'argent" points to financing, but asks
	// for it only beside no danger told
	asksNeed map[string]bool
	// frame holds the request words ("migrant de retour", "aide") that
	// name no topic: searched only when the question has nothing else.
	frame []string
}

// claim marks words[start:end] as taken by stage c, where free.
func (r *reading) claim(start, end int, c claim) {
	for i := start; i < end; i++ {
		if r.claims[i] == free {
			r.claims[i] = c
		}
	}
}

// claimAll claims the words marked.
func (r *reading) claimAll(marked []bool, c claim) {
	for i, m := range marked {
		if m {
			r.claim(i, i+1, c)
		}
	}
}

// taken reports whether any of words[start:end] is claimed.
func (r *reading) taken(start, end int) bool {
	return slices.ContainsFunc(r.claims[start:end], func(c claim) bool { return c != free })
}

// add appends a term.
func (r *reading) add(t Term) { r.q.Terms = append(r.q.Terms, t) }

// outOfScope finds what the sentences that ask ask for that no partner
// offers (out_of_scope.tsv).
func (r *reading) outOfScope() {
	for _, h := range r.rd.v.OutOfScope.Find(r.words) {
		r.outScope = append(r.outScope, [2]int{h.Start, h.End})
		if r.request[r.sentence[h.Start]] && !slices.Contains(r.q.OutOfScope, h.Value) {
			r.q.OutOfScope = append(r.q.OutOfScope, h.Value)
		}
	}
}

// story claims the words of the sentences that ask nothing, and in those
// that ask, the words past the last maxAsked distinct ones (a long
// message's work stays bounded; its request comes after its story).
// Grammatical words are read in phrases, however often.
func (r *reading) story() {
	asked := map[string]bool{}
	for i := len(r.words) - 1; i >= 0; i-- {
		w := r.words[i]
		grammar := r.rd.v.Stop[w] || r.rd.v.Function[w]
		switch {
		case r.claims[i] != free:
		case !r.request[r.sentence[i]]:
			r.claims[i] = claimStory
		case !grammar && (asked[w] || len(asked) == maxAsked):
			r.claims[i] = claimUnread
		case !grammar:
			asked[w] = true
		}
	}
}

// storyTerms adds the content words of the story, as typed: read, not
// searched.
func (r *reading) storyTerms() {
	for i, w := range r.words {
		if r.claims[i] == claimStory && r.rd.content(w) {
			r.add(Term{Role: Story, Source: Typed, Variants: []string{w}})
		}
	}
}

// decide settles what the reading found: the fiches named where the
// message asks (a name in its story is no request for that fiche), the
// need most pointed to (or protection for a message of danger), the kind
// of structure asked if the need goes there, whether the question asks
// about programmes, what the message is, and, when nothing names a topic
// nor who asks, the words of asking as all there is to rank by.
func (r *reading) decide(s signs, named []nameHit) {
	q := r.q
	for _, h := range named {
		if r.request[r.sentence[h.Start]] && !slices.Contains(q.Named, h.Ref) {
			q.Named = append(q.Named, h.Ref)
		}
	}
	scored, best := "", 0.0
	for _, n := range seeds.Needs {
		if r.needScore[n] > best {
			scored, best = n, r.needScore[n]
		}
	}
	if focus := (&seeds.Fiche{Kind: q.Kind}).Focus(); focus != "" && scored != "" && focus != scored {
		// A kind of structure the need does not go to is where, not what:
		// "un emploi dans une banque" asks for a job, not a bank.
		q.Kind = ""
	}
	q.Donors = slices.ContainsFunc(r.words, func(w string) bool { return r.rd.v.Donors[w] }) || q.Kind == DonorKind
	q.Programmes = q.Donors || slices.ContainsFunc(r.words, func(w string) bool { return r.rd.v.Programmes[w] })
	r.settle(s, r.outScope, scored)
	if !q.names() && len(r.frame) > 0 {
		r.add(Term{Role: Frame, Source: Known, Variants: []string{strings.Join(r.frame, " ")}})
	}
}

// respelt returns words with the respellings applied (by word index).
func respelt(words []string, respellings map[int]string) []string {
	l := layer{base: words}
	for i, w := range respellings {
		l.set(i, w)
	}
	return l.words()
}

// content reports whether a word may name something: letters, long enough,
// and no grammatical or asking word.
func (rd *Reader) content(w string) bool {
	return hasLetter(w) && rd.longEnough(w) && !rd.v.Stop[w] && !rd.v.Homographs[w] && !rd.v.Function[w] && !rd.v.Frame[w]
}

func mark(marks []bool, start, end int) {
	for i := start; i < end; i++ {
		marks[i] = true
	}
}
