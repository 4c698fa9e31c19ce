package search

import (
	"context"

	"github.com/blevesearch/bleve/v2/search/query"

	"sira/index/understand"
	"sira/seeds"
)

// An Answer is the ranked fiches for a question.
type Answer struct {
	understand.Query
	Fit     Fit // how the results fit the question
	Results []Result
	// Lacks says the fiches the question names do not do what it asks,
	// as their fiches tell, and the others shown do (Index.lacks): the
	// named come first, the fit is NoFit.
	Lacks bool
	// Agencies says the results are the agencies that serve the place,
	// answering there what no fiche gives within reach (Index.agencies: a
	// trade to learn for someone to orient, work sought): the
	// conversation shows them before any door elsewhere.
	Agencies bool
	// Untaught says the question, refused, asks to learn at a place a thing
	// no fiche teaches anywhere, and the results are the agencies that
	// orient people toward a training there (untaught).
	Untaught bool
}

// A Fit says how an answer's results fit its question: one of four
// exclusive cases. Anything but Fits means no fiche truly fits, and the
// results, if any, are the closest fiches, to show as alternatives, not as
// answers.
type Fit int

const (
	// Fits: the results answer the question (a protection answer's
	// always do).
	Fits Fit = iota
	// NoFit: no fiche fits what is asked. With no results for a question
	// that names fiches, they were asked a thing no partner does
	// (declined).
	NoFit
	// FitsElsewhere: fiches fit the topic, but none serves the place asked;
	// the results are the nearest.
	FitsElsewhere
	// PlaceOnly: the question names a place and asks nothing of it
	// ("Ségou"): where the person is, rather than a question.
	PlaceOnly
)

var fitNames = [...]string{Fits: "fits", NoFit: "no fit", FitsElsewhere: "fits elsewhere", PlaceOnly: "place only"}

func (f Fit) String() string { return fitNames[f] }

// A Result is one fiche in an answer.
type Result struct {
	Fiche *seeds.Fiche
	Score float64
	Why   []Reason // what made it match, best first
	// Km is how far the fiche's nearest town is from a shared location
	// (Near), 0 when unknown.
	Km float64
	// Strong says the fiche fits a thing asked by its head: a topic in
	// its name, trades or summary (or, misspelt, by sound), not only a
	// word of its text. The conversation shows a programme that fits
	// strongly before a service that only holds a word of the question.
	Strong bool
	// Covers is the share of the things asked for that the fiche holds,
	// the ranking's first key; -1 when the question names no thing (only
	// what it is for). With Strong, it says whether a result fits as well
	// as another.
	Covers float64
	// Returnees says who the fiche serves is Malians come back to Mali
	// only: a protection fiche whose public names a return (whoServed:
	// the AME). The conversation shows it below the first page to a
	// person who tells no return (Query.Public).
	Returnees bool
	// Minors says who the fiche serves (its public) is bounded under
	// majority ("moins de 18 ans": ENDA's), read once when the fiches
	// load: its courses and its shelter are for children.
	Minors bool
	// Lapsed says, of a fiche not named, that what it would answer is not
	// given now (candidate.lapsed, candidate.unopened): a centre not yet
	// open, an aid that ended with its project, a project that ended at
	// the place asked.
	// The ranking put it below the first open door that covers as much;
	// the conversation offers it only when none does.
	Lapsed bool

	cand     *candidate // what ranking read of it, until Why is said
	coverage float64    // share of the question's topics the fiche matched
	near     int        // how closely it is tied to the place asked (locality)
}

// Ask understands a question and ranks the fiches; size is how many results
// to return (the bot shows three at a time, and pages through the rest).
func (ix *Index) Ask(ctx context.Context, question string, size int) (Answer, error) {
	return ix.askIn(ctx, question, "", size)
}

// askIn is Ask for a person who has chosen a region: a question that names
// no place is read as asked there.
func (ix *Index) askIn(ctx context.Context, question, region string, size int) (Answer, error) {
	q := ix.rd.Understand(question)
	if q.Place == nil && region != "" && region != seeds.National {
		if p, ok := ix.gaz.Region(region); ok {
			q.Place = &p
		}
	}
	return ix.search(ctx, q, size)
}

// AskAt is Ask in a region the person chose for this question ("another
// region"): the region replaces the place the question names, and
// national means anywhere.
func (ix *Index) AskAt(ctx context.Context, question, region string, size int) (Answer, error) {
	q := ix.rd.Understand(question)
	q.Place = nil
	if p, ok := ix.gaz.Region(region); ok {
		q.Place = &p
	}
	return ix.search(ctx, q, size)
}

// Browse lists the fiches for a need, in a region if one is given: what the
// menu buttons show.
func (ix *Index) Browse(ctx context.Context, need, region string, size int) (Answer, error) {
	q := understand.Query{Need: need}
	if p, ok := ix.gaz.Region(region); ok {
		q.Place = &p
	}
	content, sets := ix.contentQuery(q)
	return ix.explained(ix.ranked(ctx, q, content, nil, sets, size))
}

// search answers a question (answer), and says why each fiche matched.
func (ix *Index) search(ctx context.Context, q understand.Query, size int) (Answer, error) {
	return ix.explained(ix.answer(ctx, q, size))
}

// Unfound is the result of a fiche no search found (a conversation adds
// it): what the index read of who it serves when the fiches loaded
// (served), nothing of a question.
func (ix *Index) Unfound(f *seeds.Fiche) Result {
	r := Result{Fiche: f}
	ix.served(&r)
	return r
}

// served sets what the index read of who a result's fiche serves when the
// fiches loaded: Returnees, Minors.
func (ix *Index) served(r *Result) {
	r.Returnees, r.Minors = ix.returnees[r.Fiche.Ref], ix.minors[r.Fiche.Ref]
}

// explained says why each result of an answer matched. A search ranks more
// fiches than it returns (the hits ranked again, the fiches of a place that
// did not fit, the protection fiches past the first): why is said of the
// results returned only.
func (ix *Index) explained(a Answer, err error) (Answer, error) {
	var w whys
	for i := range a.Results {
		ix.served(&a.Results[i])
		if r := &a.Results[i]; r.cand != nil {
			r.Why, r.cand = ix.why(a.Query, r.cand, &w), nil
		}
	}
	return a, err
}

// answer answers a question: a protection answer for danger told, or
// protection asked (not about programmes, nor a fiche named, nor refused
// on evidence); else the fiches ranked.
//
// A message that tells of a danger (Query.Endangered) and asks something
// else is answered for that; when nothing fits it (refused, or nothing
// found), the protection actors answer it instead: a danger told is never
// refused ("u ye ne gɛn … ne bɛ awiyɔn jigiyɔrɔ la": expelled, at the
// airport, is no plane asked).
func (ix *Index) answer(ctx context.Context, q understand.Query, size int) (Answer, error) {
	units, had, sets := ix.searchUnits(q.Terms, q.Lang)
	if q.Distressed || q.Need == seeds.NeedProtection && !q.Programmes && len(q.Named) == 0 && !refused(q, sets) {
		return ix.protected(ctx, q, units, had, sets, size)
	}
	a, err := ix.rankedInTowns(ctx, q, anyOrNone(units), had, sets, size)
	q = a.Query
	if err == nil && a.Fit == Fits {
		rs, lacking, alone := ix.lacks(q, a.Results)
		if rs == nil && lacking && q.Place != nil {
			// The named lack it, and those that do it are elsewhere than
			// the place asked ("l'AEK de Kayes forme en coiffure ?": the
			// schools of Bamako): they are found anywhere.
			anywhere := q
			anywhere.Place = nil
			if b, err := ix.ranked(ctx, anywhere, anyOrNone(units), had, sets, size); err == nil && b.Fit == Fits {
				rs, _, _ = ix.lacks(anywhere, b.Results)
			}
		}
		switch {
		case rs != nil:
			a.Fit, a.Results, a.Lacks = NoFit, rs, true
		case alone:
			// The named lack a thing named that no fiche shown does,
			// here or anywhere ("l'APEJ construit des maisons ?"):
			// nothing fits; the conversation says what the named do.
			a.Fit, a.Results = NoFit, nil
		}
	}
	if err != nil || !q.Endangered || a.Fit == Fits || a.Fit == FitsElsewhere {
		return a, err
	}
	q.Distressed, q.Need = true, seeds.NeedProtection
	return ix.protected(ctx, q, units, had, sets, size)
}

// rankedInTowns is ranked in the place asked; when nothing fits there and
// other towns are asked with it (Query.Towns: "à Ségou ou à Kayes"), the
// first of them where something fits answers, read as asked there.
func (ix *Index) rankedInTowns(ctx context.Context, q understand.Query, content query.Query, had []query.Query, sets []termSet, size int) (Answer, error) {
	a, err := ix.ranked(ctx, q, content, had, sets, size)
	for _, p := range q.Towns {
		if err != nil || a.Fit == Fits {
			break
		}
		there := q
		there.Place = &p
		if b, err := ix.ranked(ctx, there, content, had, sets, size); err == nil && b.Fit == Fits {
			a = b
		}
	}
	return a, err
}

// protected is the protection answer of a message searched as units, had
// and sets (searchUnits): the message's terms and its signs' (units are
// searched each on its own: those of the message stand), what was done
// too.
func (ix *Index) protected(ctx context.Context, q understand.Query, units, had []query.Query, sets []termSet, size int) (Answer, error) {
	su, sh, ss := ix.searchUnits(ix.rd.SignTerms(q), q.Lang)
	units, sets = append(append(append(units[:len(units):len(units)], had...), su...), sh...), append(sets[:len(sets):len(sets)], ss...)
	a, err := ix.protection(ctx, Answer{Query: q}, anyOrNone(units), sets, size)
	if err == nil {
		// A fiche named that does not do what the message asks ("Zira
		// Capital s'occupe des enfants seuls ?") is declined, the
		// protection actors that do it after it (Index.lacks).
		if rs, _, _ := ix.lacks(a.Query, a.Results); rs != nil {
			a.Fit, a.Results, a.Lacks = NoFit, rs, true
		}
	}
	return a, err
}

// Understand reads a question (understand.Reader.Understand).
func (ix *Index) Understand(question string) understand.Query { return ix.rd.Understand(question) }

// Asks cuts a message read that joins two asks of different needs into
// the two questions (understand.Reader.Asks), or nil.
func (ix *Index) Asks(q understand.Query) []understand.Query { return ix.rd.Asks(q) }

// UnderstandIn reads a question in the language lang whatever its words
// tell (understand.Reader.UnderstandIn).
func (ix *Index) UnderstandIn(question, lang string) understand.Query {
	return ix.rd.UnderstandIn(question, lang)
}

// Search ranks the fiches for a question already read (Understand) whose
// place or need the conversation filled in from the last question: a
// follow-up that names only another place ("et à Kayes ?") keeps the
// topic it follows.
func (ix *Index) Search(ctx context.Context, q understand.Query, size int) (Answer, error) {
	return ix.search(ctx, q, size)
}
