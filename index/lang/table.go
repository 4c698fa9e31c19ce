package lang

// A Class is the word lists a word is in, one bit per list: the language's
// words are one table (Table), and a question's word is looked up there
// once, whatever number of rules read it.
type Class uint64

// Is reports whether c holds any of the classes of x.
func (c Class) Is(x Class) bool { return c&x != 0 }

// The classes of words, one per list (the files each is read from).
const (
	Function        Class = 1 << iota // fr/function.tsv: French grammatical and question words
	Determiner                        // fr/determiners.tsv: words that bring a noun
	Auxiliary                         // fr/auxiliaries.tsv: "avoir" making a past tense
	HasSubject                        // fr/has_subjects.tsv: subjects before "a" = has
	SubjectPronoun                    // fr/subject_pronouns.tsv
	ClauseWord                        // fr/clause_words.tsv, and the subject pronouns
	Mine                              // fr/mine.tsv: first-person possessives
	Article                           // fr/articles.tsv: the next word is a common noun
	Possessive                        // fr/possessives.tsv
	Want                              // fr/want.tsv, bm/want.tsv, fr/feelings.tsv's likings
	AdjectiveBefore                   // fr/adjectives_before.tsv
	Request                           // fr/request.tsv, bm/request.tsv
	Without                           // fr/without.tsv
	Elided                            // fr/elided.tsv: written glued to the next word ("demploi")
	Purpose                           // fr/purpose.tsv
	From                              // fr/from.tsv, bm/from.tsv
	Buy                               // fr/buy.tsv
	Go                                // fr/go.tsv, bm/go.tsv
	Journey                           // fr/journey.tsv
	Relative                          // fr/relatives.tsv, bm/kin.tsv
	// Frame is fr/frame.tsv and bm/frame.tsv, with the relatives and the
	// journey words, and fr/feelings.tsv's feelings and judgements.
	Frame
	// Public are fr/public.tsv: the people the fiches serve; a frame that
	// names them asks for the fiches that serve them.
	Public
	NeedWord // fr/need_words.tsv
	// Learn are fr/learn.tsv and bm/learn.tsv: words that ask to learn the
	// trade named after them (French) or before them (Bambara).
	Learn
	Being // fr/being.tsv: the forms of être; the noun after one tells who the person is
	Which // fr/which.tsv: object relative pronouns; the clause after one says which thing
	Sell  // fr/sell.tsv, bm/sell.tsv: a feast after one is when goods sell
	Now   // fr/now.tsv: words that ask what runs now
	Past  // fr/past.tsv: words that ask what was done
	// Structure is fr/structures.tsv: words that name a type of structure
	// the fiches tell in their name or summary.
	Structure
	// Lack are fr/lack.tsv and bm/lack.tsv: the words of lacking some need
	// (a concept of danger marked lacked counts only beside one).
	Lack
	Activity   // fr/activities.tsv, bm/activities.tsv: activities no partner teaches
	Trade      // fr/trades.tsv: trades no partner teaches, answered as a business
	Minor      // fr/minors.tsv, bm/minors.tsv: a child is in danger
	Young      // fr/young.tsv, bm/young.tsv: a young person, child or not
	Strong     // bm/strong.tsv: Bambara-only grammatical words
	Pronoun    // bm/pronouns.tsv
	ObjectVerb // bm/object_verbs.tsv
	Stop       // bm/stop.tsv
	Homograph  // bm/homographs.tsv
	// AgeTold are fr/age_told.tsv and bm/age_told.tsv: a number of years
	// right after one (French) or near one (Bambara) is the person's age.
	AgeTold
	AgeTime // fr/age_time.tsv: before a word of AgeTold, it tells a time ("il y a 5 ans")
	AgeOf   // fr/age_of.tsv: after a person, a number of years after one is their age ("mon fils de 15 ans")
	// Come are fr/come.tsv: a town after one and a word of origin is where
	// the person came from ("il vient de Ségou"), not where they are.
	Come
	// Role are fr/roles.tsv and bm/roles.tsv: first in a message's label
	// ("Conseiller à Kita : …"), the person writing is a counsellor.
	Role
	// Product are fr/products.tsv: what a request for money asks a fiche
	// to give (a loan, a grant, investors); a fiche gives it where it says
	// what it offers.
	Product
	// Person are fr/persons.tsv: nouns of a person; a country's adjective
	// after one tells a nationality ("une femme nigériane").
	Person
	// Return are fr/return.tsv: words of Malians come back to Mali, in the
	// fiches' publics ("migrants de retour", "expulsés").
	Return
	// Spouse are fr/spouses.tsv: a husband or a wife; the children of a
	// message that tells of one are the couple's.
	Spouse
	// Pupil are fr/pupils.tsv: a school pupil is a child, whoever's.
	Pupil
	// Qualification are fr/qualifications.tsv: diplomas and trainings; told
	// as had (Had before one, HadAfter after it), the person's story.
	Qualification
	Had      // fr/had.tsv: before a qualification, it is had or done ("j'ai un CAP")
	HadAfter // fr/had_after.tsv: after a qualification, it is had ("en poche")
	// Start are fr/start.tsv: words of starting an activity ("lancer",
	// "création"); money asked to start goes first to the fiches that say
	// they help create one.
	Start

	// The words of the lists that give a value: its Entry holds it.
	HasKind    // fr/kinds.tsv, bm/kinds.tsv
	HasFacet   // fr/asked.tsv, bm/asked.tsv: a word that asks a part of a fiche alone
	HasSynonym // fr/synonyms.tsv

	// The pattern lists a word begins a pattern of (Patterns: the word is
	// its first word, or its first minPrefix letters a prefix word's).
	BeginsAsked      // fr/asked.tsv, bm/asked.tsv
	BeginsDistress   // fr/distress.tsv, bm/distress.tsv
	BeginsOutOfScope // fr/out_of_scope.tsv, bm/out_of_scope.tsv
	BeginsIntent     // fr/intents.tsv, bm/intents.tsv
	BeginsFollowUp   // fr/followup.tsv, bm/followup.tsv
	BeginsPhrase     // fr/phrases.tsv: the first word of a compound noun
	BeginsProgramme  // fr/programmes.tsv
)

// A Set is the word sets of Data a word is in, one bit per set: the lists
// read into a set or a map of values of their own, for which Class has no
// bit left. A stage that reads every word of a message tests the word's
// bit, from the one look-up of its entry, where it looked the word up in
// its own map (and looks a value up only for a word that has one).
type Set uint64

// Is reports whether s holds any of the sets of x.
func (s Set) Is(x Set) bool { return s&x != 0 }

// The sets of Data a word's entry marks (wordSets), each the field named.
const (
	InAccompany     Set = 1 << iota // Accompany
	InOrient                        // Orient
	InOrientObject                  // OrientObject
	InOrientMaster                  // OrientMaster
	InOrientWhich                   // OrientWhich
	InOrientDoor                    // OrientDoor
	InPlacing                       // Placing
	InPlacingBefore                 // PlacingBefore
	InPlacingAgent                  // PlacingAgent
	InAmountLack                    // AmountLack
	InAmountUnit                    // AmountUnit
	InMultiplier                    // Multiplier
	InEarning                       // Earning
	InGoods                         // Goods
	InFarming                       // Farming
	InLosing                        // Losing
	InTake                          // Take
	InTakeFr                        // TakeFr
	InConsumer                      // Consumer's words
	InCare                          // Care's words
	InProviders                     // Providers' words
	InExcluding                     // Excluding
	InInside                        // Inside
	InSchoolDiploma                 // SchoolDiploma
	InLiteracy                      // Literacy
	InUnlettered                    // Unlettered
	InFailed                        // Failed
	InPremises                      // Premises
	InCollectives                   // Collectives
	InBmCollectives                 // BmCollectives
	InFormalOwned                   // FormalOwned
	InInvest                        // Invest
	InRefusing                      // Refusing
	InPriced                        // Priced's words
	InPaid                          // Paid
	InWorkers                       // Workers
	InAskSomeone                    // AskSomeone
	InBid                           // Bid
	InBidden                        // Bidden
	InMeant                         // Meant
	InJudged                        // Judged
	InFunds                         // Funds
	InBusiness                      // Business
	InRunBusiness                   // RunBusiness
	BeginsOfThem                    // OfThem: the first word of one of its phrases
)

// An Entry is what the language files say of one word: the lists it is in,
// the sets of Data it is in, and the values of those that give one.
type Entry struct {
	Class   Class
	Sets    Set
	Kind    string // fr/kinds.tsv, bm/kinds.tsv: the kind of structure it names
	Synonym string // fr/synonyms.tsv: the fiches' word for it
}

// none is the entry of a word no file holds.
var none = &Entry{}

// A Table is every word of the language files, each with its entry.
type Table struct {
	words map[string]*Entry
	// prefixes are the first minPrefix letters of the prefix words that
	// begin patterns, with their lists' Begins classes.
	prefixes map[string]Class
}

// Of returns what the files say of a word: an empty entry when nothing.
// It is never nil, and must not be changed.
func (t *Table) Of(w string) *Entry {
	if e, ok := t.words[w]; ok {
		return e
	}
	return none
}

// Holds reports whether any file holds the word.
func (t *Table) Holds(w string) bool {
	_, ok := t.words[w]
	return ok
}

// Is reports whether a word is in any of the lists of c.
func (t *Table) Is(w string, c Class) bool { return t.Of(w).Class.Is(c) }

// Token returns a question's word's classes, with the pattern lists whose
// prefix words its first letters begin: what every rule reads of the
// word, looked up once.
func (t *Table) Token(w string) Class {
	c := t.Of(w).Class
	if len(w) > minPrefix && len(t.prefixes) > 0 {
		c |= t.prefixes[w[:minPrefix]]
	}
	return c
}

// In returns the words of the lists of c.
func (t *Table) In(c Class) map[string]bool {
	out := map[string]bool{}
	for w, e := range t.words {
		if e.Class.Is(c) {
			out[w] = true
		}
	}
	return out
}

// entry returns a word's entry to fill, made if the word has none.
func (t *Table) entry(w string) *Entry {
	if t.words == nil {
		t.words = map[string]*Entry{}
	}
	e, ok := t.words[w]
	if !ok {
		e = &Entry{}
		t.words[w] = e
	}
	return e
}

// add puts w in the lists of c.
func (t *Table) add(w string, c Class) { t.entry(w).Class |= c }

// begins marks the first words of a list's patterns (Patterns.begins).
func (t *Table) begins(p *Patterns) {
	for first, pts := range p.byFirst {
		t.add(first, p.begins)
		for _, pt := range pts {
			if _, ok := pt.prefix(); ok {
				if t.prefixes == nil {
					t.prefixes = map[string]Class{}
				}
				t.prefixes[first] |= p.begins
			}
		}
	}
}
