// Package lang holds the language knowledge Sira reads questions with —
// French and Bambara word lists, cues, synonyms, stop words — as data files
// a linguist or counsellor can edit (fr/*.tsv, bm/*.tsv, each with a header
// saying what it holds), and the one loader that reads and checks them.
//
// The loader rejects a malformed line, a word listed twice in a list, and
// any word the reader it meets would change (a word the question reader
// reads otherwise can never match), naming the file and line. The files are
// embedded (Files); `--lang DIR` serves an edited copy without a rebuild.
package lang

import (
	"embed"
	"fmt"
	"io/fs"
	"iter"
	"maps"
	"slices"
	"strconv"
	"strings"

	"sira/index/fold"
	"sira/seeds"
)

// Files are the language files shipped with Sira.
//
//go:embed fr/*.tsv bm/*.tsv
var Files embed.FS

// Words is a set of folded words.
type Words map[string]bool

// Data is the language knowledge, list by list. Each field says the file(s)
// it is read from; where a list has a French and a Bambara file, it is
// their union.
type Data struct {
	// Words are the words of the word lists (Class), with the values some
	// lists give them (kinds, synonyms), and the first words of
	// the patterns: one table.
	Words Table

	// NeedStems are fr/need_stems.tsv's stems by need; NeedWordStems the
	// short ones (three letters or fewer), read as whole words.
	NeedStems, NeedWordStems map[string]string

	Generic       Words                  // bm/generic_concepts.tsv: lexicon concepts that name no topic
	Taught        Words                  // fr/taught.tsv: out-of-scope concepts that a word of learning makes a trade
	ForWork       Words                  // fr/for_work.tsv: out-of-scope concepts that goods to work with make money for an activity
	Papers        Words                  // fr/papers.tsv: out-of-scope concepts that are papers a partner may require for entry
	Require       Phrases                // fr/require.tsv, bm/require.tsv: words of requiring or accepting a paper ("il faut", "exige", "ka kan")
	Short         Phrases                // fr/short.tsv: words that want a course short ("trop long", "plus court"); a phrase is several
	ShortText     Phrases                // fr/short_offered.tsv where text: a fiche's phrases that say it gives short courses ("formations courtes")
	ShortUnits    Words                  // fr/short_offered.tsv where duration: units of time shorter than a year in a trade's duration ("mois")
	StartSaid     Words                  // fr/start.tsv: the words of starting an activity read in the fiches' summaries too
	Inside        Words                  // fr/inside.tsv: after a job asked, the place of work after one is where the job is
	Joiners       Words                  // fr/joiners.tsv, bm/joiners.tsv: words that join two asks in one message
	Making        Words                  // bm/making.tsv: Bambara verbs of making; a word of learning right before one is the thing made
	TakeUp        Words                  // fr/take_up.tsv: in a request to learn, the trade after one is the trade asked
	Workers       Words                  // fr/workers.tsv: people named by their work, whom a thing asked of a fiche is for
	Pay           Words                  // fr/pay.tsv: forms of paying, whose subject a fiche named pays
	Former        Words                  // fr/former.tsv: words before a noun that say what a person was ("ancienne aide-ménagère"): who they are
	WorkAt        Phrases                // fr/work_at.tsv: the writer's own work told ("je travaille à Kayes"): the town after is the writer's post
	There         Phrases                // fr/there.tsv: words that point back to the last town the message named before them ("là-bas", "cette ville")
	OfThem        Phrases                // fr/of_them.tsv, bm/of_them.tsv: words that speak of the places shown ("ils", "chez eux", "là-bas", "u"); a phrase is several
	PastTold      Words                  // fr/past_told.tsv: after a subject pronoun, the clause tells the person's past
	Seek          Words                  // fr/seek.tsv: after a subject named with no pronoun, the subject tells who asks
	Leave         Words                  // fr/leave.tsv: a town right after one is where the person left from ("quitté Kati")
	CameHere      Words                  // fr/came_here.tsv: a word of coming that tells no return ("venu du Burkina": a foreigner)
	Taken         Words                  // fr/taken.tsv, bm/taken.tsv: verbs of a person taken away ("emmené", "minɛ"), in a message that tells of a child
	Indefinites   Words                  // fr/determiners.tsv indefinite: a child named after one is someone, no one's own ("un garçon"; in Bambara bm/grammar.tsv "some", after it)
	Already       Words                  // fr/already.tsv: right after a clause's verb, the clause tells what the person already does
	KnowHow       Words                  // fr/know_how.tsv: right after a subject pronoun, the clause tells what the person can already do
	MoneyNouns    Words                  // fr/money.tsv: nouns of money itself, asked as a loan named is
	Ended         Words                  // fr/ended.tsv, bm/ended.tsv: after a fiche's name in its clause, the message tells it ended or closed
	ExcludingName Phrases                // fr/excluding_names.tsv: right before a fiche's name, the message leaves it out ("autre que l'APEJ")
	ExcludedAfter Words                  // bm/excluding_names.tsv: right after a fiche's name, the message leaves it out ("IFPI tɛ")
	Grown         Words                  // fr/grown.tsv, bm/grown.tsv: nouns of a grown person ("femme", "oncle", "muso")
	BmSpouses     Words                  // bm/spouses.tsv: right after a pronoun, a husband or a wife ("n cɛ", "a muso")
	Alongside     Words                  // fr/alongside.tsv, bm/alongside.tsv: words that join one person to another ("femmes et enfants", "musow ni denmisɛnw")
	Also          Words                  // fr/also.tsv, bm/also.tsv: in a sentence that asks, the danger told before it is asked too ("je voudrais aussi …")
	NounNext      Words                  // fr/determiners.tsv noun_next: the word after one is a noun, no elided word glued
	NoHead        Words                  // bm/no_head_concepts.tsv: lexicon concepts whose words head no compound
	Premises      Words                  // fr/premises.tsv, bm/premises.tsv: a school or a centre, a building in a town
	Refusing      Words                  // fr/refusing.tsv: after a kind of structure, it is told to turn the person away
	Accompany     Words                  // fr/accompany.tsv: words that ask to be accompanied in a project, beside money
	Business      Words                  // fr/business.tsv noun: a business a person runs or plans ("projet", "commerce")
	RunBusiness   Words                  // fr/business.tsv run: words of running a business ("gérer", "gestion", "entrepreneuriat")
	Invest        Words                  // fr/invest.tsv: words that ask a fund to invest, not a loan or a grant
	Formal        Patterns               // fr/formal.tsv, bm/formal.tsv: words → part (FormalAct, FormalPapers, FormalRegister, FormalBusiness): a business made legal asked
	FormalSought  []string               // fr/formal.tsv fiches yes: the fiches' words for a business made legal, searched when one is asked
	FormalVerb    Words                  // fr/formal.tsv verb: a verb that may stand between that pronoun and the word ("le mettre en règle")
	FormalOwned   Words                  // fr/formal.tsv owned: a trade's place, a business only after a first-person possessive ("ma menuiserie")
	AskSomeone    Words                  // fr/questions.tsv, bm/questions.tsv someone: words of asking that ask for someone who does a thing ("qui")
	Bid           Words                  // fr/questions.tsv bid: verbs in the imperative that ask the reader to do a thing ("donnez")
	Bidden        Words                  // fr/questions.tsv bidden: the asker after a bid ("donnez-moi")
	Meant         Words                  // fr/questions.tsv meant: after a word of wanting, the pair means ("ça veut dire quoi ?")
	Judged        Words                  // bm/questions.tsv judged: words that judge the things a story told ("min ka nɔgɔ?", which is easier?)
	Orient        Words                  // fr/orient.tsv verb: verbs that ask to be oriented or helped by someone, after an object pronoun
	OrientObject  Words                  // fr/orient.tsv object: the object pronouns before them ("l'orienter", "m'aider")
	OrientMaster  Words                  // fr/orient.tsv master: a master craftsman sought beside a word of learning ("un maître d'apprentissage")
	OrientWhich   Words                  // fr/orient.tsv which: the words that ask which or whom, before a door (OrientDoor)
	OrientDoor    Words                  // fr/orient.tsv door: the ways open to a person asked right after them ("quelles structures", "qui contacter")
	Placing       Words                  // fr/placing.tsv verb: forms of placer, asking to be placed with an employer after a word of before
	PlacingBefore Words                  // fr/placing.tsv before: the pronouns and forms of être before them ("me place", "être placé")
	PlacingAgent  Words                  // fr/placing.tsv agent: the relative before them, the structures placing asked ("qui placent")
	AmountLack    Words                  // fr/amounts.tsv lack: words that tell the amount of money after them lacked or sought
	AmountUnit    Words                  // fr/amounts.tsv unit and multiplier: words of money after a number
	Multiplier    Words                  // fr/amounts.tsv multiplier: units that are an amount after any word ("un million")
	TownBefore    Words                  // fr/town_before.tsv: words that bring a town's name right after them ("à San")
	Goods         Words                  // fr/goods.tsv: things a person asks to be given to work with (tools, a kit), given where a fiche says it offers them
	Priced        map[string]string      // fr/priced.tsv, bm/priced.tsv: a thing sold whose price a person asks for themselves → the out-of-scope concept it is
	Paid          map[string]string      // fr/paid.tsv: a word of being paid or earning → the out-of-scope concept of the wage asked
	Consumer      map[string]string      // fr/consumer.tsv, bm/consumer.tsv: a thing bought for oneself or one's household → the out-of-scope concept it is, asked with money
	Earning       Words                  // fr/earning.tsv, bm/earning.tsv: words that tell an activity, a trade or an income
	Care          map[string]string      // fr/care.tsv, bm/care.tsv: a word that asks a condition's care → the out-of-scope concept it asks (its remedy)
	CareAsked     Patterns               // fr/care_asked.tsv: words that ask what to give one told ill → the concept asked (its remedy)
	Advice        Patterns               // fr/advice.tsv, bm/advice.tsv: words that ask a remedy chosen or dosed → the concept asked
	AdviceTold    Patterns               // fr/advice_told.tsv, bm/advice_told.tsv: words that ask what to do, advice only beside a condition told → its remedy
	Helpers       Patterns               // fr/helpers.tsv: words that ask who helps the person ("qui aide", "ki forme") → the need the verb asks, or "-"
	Knowledge     Patterns               // fr/knowledge.tsv, bm/knowledge.tsv: words that ask for knowledge about a thing ("différence entre", "combien de watts") → what is asked (KnowledgeAsks)
	TradesAll     Words                  // fr/trades_general.tsv: the words by which a fiche says it trains in trades in general
	Losing        Words                  // fr/losing.tsv, bm/losing.tsv: words of losing a thing (in Bambara, its being stolen too)
	Thieves       Words                  // bm/thieves.tsv: a thief, after whom a thing taken (Take) is stolen
	Take          Words                  // bm/take.tsv: verbs of taking a thing
	ThievesFr     Words                  // fr/thieves.tsv: Thieves in French (apart: Bambara's "son", a thief, is French's "his")
	HadThings     Words                  // fr/had.tsv: the words of having that, before a thing out of scope, tell it had ("jai le permis")
	Beasts        Words                  // fr/beasts.tsv, bm/beasts.tsv: livestock, poultry, fish farmed, working animals and pets, of whom a sign of distress is told
	TakeFr        Words                  // fr/take.tsv: Take in French
	Frames        Words                  // fr/time_frames.tsv, bm/time_frames.tsv: words of time that make a thing out of scope beside them the time an ask is framed by
	Belongings    map[string]string      // fr/belongings.tsv, bm/belongings.tsv: a belonging whose loss is an errand → the out-of-scope concept
	Providers     map[string]string      // fr/providers.tsv, bm/providers.tsv: a person of a trade one hires → the out-of-scope concept of the service
	Learnt        map[string]string      // fr/learnt.tsv: a word → the trade the fiches name it by, when a word of learning asks it
	ForMe         Words                  // fr/for_me.tsv, bm/for_me.tsv: words of the asker as the one a thing is done for
	Speak         Words                  // fr/speak.tsv: verbs of speaking a language named after them ("parler anglais")
	Farming       Words                  // fr/farming.tsv: words of farming, the sector a lender whose summary names it lends to
	Means         Words                  // fr/means.tsv, bm/means.tsv: words of a person's means (money to live on)
	Excluding     Words                  // fr/excluding.tsv: prepositions that leave out what follows ("hors agriculture")
	SchoolDiploma Words                  // fr/school_diploma.tsv, bm/school_diploma.tsv: the school diploma the centres may require ("DEF"), school; told lacked, the person has it not
	Literacy      Words                  // fr/literacy.tsv, bm/literacy.tsv: reading, writing, literacy courses; told lacked, the person cannot read
	StageLearning Words                  // bm/internship.tsv learning: Bambara words of practice that, after a diploma had or in a workplace, ask a work placement (stage)
	StageHad      Words                  // bm/internship.tsv had: a diploma that, told had, makes practice asked a stage
	StageAt       Words                  // bm/internship.tsv workplace: a workplace the practice asked is done in, a stage
	StageRead     Words                  // bm/internship.tsv french: the French word a placement asked is read as ("stage")
	Offices       Words                  // bm/offices.tsv: Bambara words that, asked "which" of ("baarakɛda jumɛn"), name the office sought, no need of their own
	Unlettered    Words                  // fr/unlettered.tsv, bm/unlettered.tsv: words that by themselves tell a person who cannot read ("analphabète")
	Failed        Words                  // fr/failed.tsv: words of an exam failed ("échoué au DEF")
	ProgrammeName Words                  // fr/programme_names.tsv: words that open a programme's name spelt out before its acronym ("fonds", "programme")
	Funds         Words                  // fr/funds.tsv: verbs of funding right after a country abroad, which is then the funder asked about ("le Danemark finance…")
	WhoFunds      Words                  // fr/who_funds.tsv: verbs of money given that, right after a word asking for someone, ask who funds ("qui finance…")
	Collectives   Words                  // fr/collectives.tsv: a group of people who ask together ("groupement", "coopérative"); told of who asks, the person is a group
	BmCollectives Words                  // bm/collectives.tsv: Collectives in Bambara (apart: "ton" is French's "your")
	Placement     Words                  // fr/placement.tsv: the countries abroad where a partner places workers (folded names of index/places/abroad.tsv)
	ConceptNeeds  map[string]ConceptNeed // bm/concept_needs.tsv: lexicon concept → need
	Suffixes      []string               // bm/suffixes.tsv, longest first
	Numbers       map[string]int         // bm/numbers.tsv: a number's word → its value ("saba" 3, "tan" 10)
	Contractions  map[string]string      // bm/contractions.tsv: letter → word

	// AskedPatterns are all the rows of fr/asked.tsv and bm/asked.tsv,
	// single words too (also marked HasFacet in Words).
	AskedPatterns Patterns
	Distress      Patterns // fr/distress.tsv, bm/distress.tsv: words → sign
	// DistressConcepts are fr/distress_concepts.tsv and
	// bm/distress_concepts.tsv: words of danger matched in any inflection.
	DistressConcepts []Concept
	OutOfScope       Patterns            // fr/out_of_scope.tsv, bm/out_of_scope.tsv: words → concept
	Emoji            map[string]string   // fr/emoji.tsv: emoji → sign
	SignWords        map[string]string   // fr/distress_signs.tsv: sign → the fiches' words for it
	Urgent           Words               // fr/distress_signs.tsv: the signs of a danger that comes before any other request
	Remedy           map[string][]string // fr/distress_signs.tsv: sign → the out-of-scope concepts that, asked, are its care
	Listen           Words               // fr/distress_signs.tsv: the signs whose help is someone to listen (psychosocial support)
	SignGroups       map[string]string   // fr/distress_signs.tsv: sign → the group of people it makes one of, as the fiches' publics name it
	ChildSigns       Words               // fr/distress_signs.tsv: the signs of a danger only to a child (a child's work)
	UnownedSigns     Words               // fr/distress_signs.tsv: the signs of a danger only to a child no one's own (a child found somewhere since yesterday)
	SignTaken        map[string]string   // fr/distress_signs.tsv: the sign a danger is when told of a child taken away (taken.tsv): armed men who take a child recruit it
	AnyAge           Words               // fr/distress_signs.tsv: the signs of a danger whose help is the same at any age (a relative lost: family tracing)
	StorySigns       Words               // fr/story_signs.tsv: the urgent signs that, told in a story beside another need wanted, still come first
	BesideSigns      Words               // fr/signs_beside.tsv: the signs that tell a danger only beside another one told (money demanded: a ransom)
	Service          Words               // fr/distress_signs.tsv: the signs of a danger whose help only the actors naming it in their head give (a relative lost: the Croix-Rouge's family tracing)
	SignWithin       map[string]string   // fr/distress_signs.tsv: sign → the need of which, asked, it is a part, not a danger (a bed beside a training)
	SignBeast        map[string]string   // fr/distress_signs.tsv: sign → the out-of-scope concept it asks when told of a beast (a sick cow: the vet's care)
	Intents          Patterns            // fr/intents.tsv, bm/intents.tsv: words → intent
	FollowUps        Patterns            // fr/followup.tsv, bm/followup.tsv: words → act
	Programmes       Patterns            // fr/programmes.tsv: words → AsksProgrammes or AsksDonors

	// Grammar holds, by role, the grammatical words rules of reading turn
	// on (fr/grammar.tsv, bm/grammar.tsv: "has" a, "copula" ye…); a role
	// may have several words (infinitive: er, ir).
	Grammar map[string][]string
	// InfinitiveEndings are fr/infinitive_endings.tsv.
	InfinitiveEndings []string

	Sounds [][2]string // fr/sounds.tsv, in order
	Heard  Heard       // fr/heard.tsv: how a French word sounds
	// ElidedBefore are fr/elided_before.tsv's letters: those a word glued
	// after an elided one begins with.
	ElidedBefore string
	// PluralEndings are fr/plural_endings.tsv: the endings of a plural noun.
	PluralEndings []string
	LoanSounds    [][2]string // bm/loan_sounds.tsv, in order: French letters as Bambara writes them
	// Spelt are bm/spelt.tsv, in order: the letters of a folded word as
	// they sound, written as Bambara writes a word heard.
	Spelt [][2]string
	// FrenchLetters are bm/french_letters.tsv, in order: the letters a
	// Bambara word written the French way has for Bambara's own.
	FrenchLetters [][2]string
	Phrases       Phrases  // fr/phrases.tsv
	ActionNouns   []string // fr/action_nouns.tsv
	// ItemWords are fr/item_words.tsv: words that name a trade or cost
	// item of the fiches in other words, with the fiches' words; read to
	// tie a question to a card's items, never searched.
	ItemWords map[string]string
	// TradeKinds are fr/trade_kinds.tsv: a folded word of a trade's name
	// and the sort and thing it names ("moto": vehicle, two_wheels); read
	// to tell which trade a question asks, never searched.
	TradeKinds map[string][2]string
	// SMS are fr/sms.tsv: French words as SMS French spells them, one
	// word or two, with the words they are, each a list of folded words.
	SMS map[string][]string
}

// A Concept is a word of danger (distress_concepts.tsv) in a language
// ("fr", "bm"): the sign it tells of, and when (When…).
type Concept struct {
	Word, Sign, Lang, When string
}

// When a concept of danger tells of it (distress_concepts.tsv).
const (
	WhenAlways = "always" // alone: "volé"
	WhenLacked = "lacked" // after a word of lack: "rien mangé"
	WhenChild  = "child"  // in a message that tells of a child: "descendu seul"
	// WhenUnwanted: as the object of a negated want, "n t'a fɛ ka ɲɛnamaya
	// tugun" (I no longer want life); wanted, it is a wish.
	WhenUnwanted = "unwanted"
	// WhenKin: in a message that tells of one's own people (a relative, a
	// spouse, a pupil) or a child: "mon frère a disparu"; "le vendeur a
	// disparu" tells of no one lost.
	WhenKin = "kin"
	// WhenKinLacked: lacked (WhenLacked) in a message that tells of one's
	// own people (WhenKin): "n balimakɛ kunnafoni ma se n ma" (my brother's
	// news has not reached me) is a family lost, "n ma kunnafoni sɔrɔ
	// pɔti ko la" (no news of the bus) is none.
	WhenKinLacked = "kin_lacked"
)

// whens are the values a concept's when may take.
var whens = []string{WhenAlways, WhenLacked, WhenChild, WhenUnwanted, WhenKin, WhenKinLacked}

// A ConceptNeed is the need a lexicon concept points to, and how strongly.
type ConceptNeed struct {
	Need   string
	Weight float64
}

// What a list's words must survive: the reader they meet.
const (
	readQuestion = "question" // each word as the question reader reads it
	readWords    = "words"    // each space-separated word, as the question reader reads it
	readFolded   = "folded"   // folded (prefixes, endings)
	readAny      = ""         // not read as words (concepts, letters)
)

// A list is one file: its columns, the reader its first column meets, and
// where its rows go.
type list struct {
	file  string
	cols  []string
	reads string
	apply func(d *Data, rows []row) error
}

// words is a word list: its words are of class c.
func words(file string, c Class) list {
	return list{file, []string{"word"}, readQuestion, func(d *Data, rows []row) error {
		for _, r := range rows {
			d.Words.add(r.cols[0], c)
		}
		return nil
	}}
}

// sourced is a word list of class c whose every word says where it comes
// from (column source: a nomenclature's code and title, a dictionary's
// line), so that a reader can check it.
func sourced(file string, c Class) list {
	return list{file, []string{"word", "source"}, readQuestion, func(d *Data, rows []row) error {
		for _, r := range rows {
			d.Words.add(r.cols[0], c)
		}
		return nil
	}}
}

// set is a word list read into a set of its own rather than a class (the
// classes fill a Class's bits).
func set(file string, dst func(*Data) *Words) list {
	return setOf(file, "word", readQuestion, dst)
}

// outOfScopeConcepts is a list of concepts of out_of_scope.tsv (read
// before it), each a rule lifts (taught.tsv, for_work.tsv).
func outOfScopeConcepts(file string, dst func(*Data) *Words) list {
	return list{file, []string{"concept"}, readAny, func(d *Data, rows []row) error {
		m := dst(d)
		*m = Words{}
		for _, r := range rows {
			if !d.OutOfScope.Has(r.cols[0]) {
				return fmt.Errorf("%s: %q is no concept of out_of_scope.tsv", r.where(), r.cols[0])
			}
			(*m)[r.cols[0]] = true
		}
		return nil
	}}
}

// concepts is a list of lexicon concepts (the lexicon's fourth column).
func concepts(file string, dst func(*Data) *Words) list {
	return setOf(file, "concept", readAny, dst)
}

// thingsAsked is a list of words, each with the thing out of scope it asks
// (column col) where its rule reads it (consumer.tsv, care.tsv); read after
// out_of_scope.tsv, which must hold the concept when known (a remedy is
// one of distress_signs.tsv's, out_of_scope.tsv's concepts).
func thingsAsked(file, col string, known bool, dst func(*Data) *map[string]string) list {
	return list{file, []string{"word", col}, readQuestion, func(d *Data, rows []row) error {
		m := dst(d)
		if *m == nil {
			*m = map[string]string{} // a French and a Bambara file fill one map
		}
		for _, r := range rows {
			if known && !d.OutOfScope.Has(r.cols[1]) {
				return fmt.Errorf("%s: %q is no concept of out_of_scope.tsv", r.where(), r.cols[1])
			}
			(*m)[r.cols[0]] = r.cols[1]
		}
		return nil
	}}
}

// setOf is a list of one column, col, whose values join the set dst (a
// French and a Bambara file may fill one set).
func setOf(file, col, reads string, dst func(*Data) *Words) list {
	return list{file, []string{col}, reads, func(d *Data, rows []row) error {
		w := dst(d)
		if *w == nil {
			*w = Words{}
		}
		for _, r := range rows {
			(*w)[r.cols[0]] = true
		}
		return nil
	}}
}

// sourcedPhrases is a phraseList of Bambara words and phrases whose every
// row says where it comes from (column source: a dictionary's line).
func sourcedPhrases(file string, dst func(*Data) *Phrases) list {
	return list{file, []string{"word", "source"}, readWords, func(d *Data, rows []row) error {
		ps := dst(d)
		for _, r := range rows {
			ps.add(r.cols[0])
		}
		return nil
	}}
}

// phraseList is a list of words and phrases of several words (the column
// col), kept by first word (Phrases): a question's word is looked up once
// whether it is a word of the list or begins one of its phrases.
func phraseList(file, col string, dst func(*Data) *Phrases) list {
	return list{file, []string{col}, readWords, func(d *Data, rows []row) error {
		ps := dst(d)
		for _, r := range rows {
			ps.add(r.cols[0])
		}
		return nil
	}}
}

// shortOffered is the list of how a fiche says it gives short courses
// (columns word, where): a phrase of its text (where text, ShortText) or a
// word of a trade's duration (where duration, ShortUnits); another where
// is an error.
func shortOffered(file string) list {
	return list{file, []string{"word", "where"}, readAny, func(d *Data, rows []row) error {
		d.ShortUnits = Words{}
		for _, r := range rows {
			switch r.cols[1] {
			case "text":
				d.ShortText.add(r.cols[0])
			case "duration":
				d.ShortUnits[r.cols[0]] = true
			default:
				return fmt.Errorf("%s: %q is no where: text or duration", r.where(), r.cols[1])
			}
		}
		return nil
	}}
}

// parted is a list of words and the part each plays (columns word, part),
// a set for each part: into gives, by part, the sets its words join (a
// multiplier is an amount's unit too). Every set is made, even empty, and
// a French and a Bambara file of the same parts fill the same sets; a
// part into does not name is an error.
func parted(file string, into map[string][]func(*Data) *Words) list {
	return list{file, []string{"word", "part"}, readQuestion, func(d *Data, rows []row) error {
		for _, dsts := range into {
			for _, dst := range dsts {
				if *dst(d) == nil {
					*dst(d) = Words{} // a French and a Bambara file fill one set
				}
			}
		}
		for _, r := range rows {
			dsts, ok := into[r.cols[1]]
			if !ok {
				return fmt.Errorf("%s: part %q is none of %s", r.where(), r.cols[1], strings.Join(slices.Sorted(maps.Keys(into)), ", "))
			}
			for _, dst := range dsts {
				(*dst(d))[r.cols[0]] = true
			}
		}
		return nil
	}}
}

// questionParts are the parts of fr/questions.tsv and bm/questions.tsv.
var questionParts = map[string][]func(*Data) *Words{
	"someone": {func(d *Data) *Words { return &d.AskSomeone }},
	"bid":     {func(d *Data) *Words { return &d.Bid }},
	"bidden":  {func(d *Data) *Words { return &d.Bidden }},
	"meant":   {func(d *Data) *Words { return &d.Meant }},
	"judged":  {func(d *Data) *Words { return &d.Judged }},
}

// rewrites is a list of letter groups and what each is written as (the
// column to; silentMark: nothing), kept in the file's order: the order the
// rules are tried in.
func rewrites(file, to string, dst func(*Data) *[][2]string) list {
	return list{file, []string{"letters", to}, readFolded, func(d *Data, rows []row) error {
		w := dst(d)
		for _, r := range rows {
			written := r.cols[1]
			if written == silentMark {
				written = ""
			}
			*w = append(*w, [2]string{r.cols[0], written})
		}
		return nil
	}}
}

// Heard are the rules of how a French word sounds (fr/heard.tsv): letters
// heard otherwise wherever they are, letters silent at a word's end however
// many, then the first ending a word has heard otherwise.
type Heard struct {
	Within  [][2]string // letters and how they sound, in the order applied
	EndAll  string      // the letters silent at a word's end, however many
	Endings [][2]string // endings and how they sound, the first that fits
}

// Places of fr/heard.tsv's rules.
const (
	heardWithin = "within"
	heardEndAll = "end_all"
	heardEnd    = "end"
)

// heard reads fr/heard.tsv's rows into Data.Heard, refusing a rule never
// reached: an end_all rule of more than one letter or heard otherwise than
// silent, an ending ending with an end_all letter or an earlier ending.
func heard(d *Data, rows []row) error {
	h := &d.Heard
	for _, r := range rows {
		letters, sound := r.cols[0], r.cols[1]
		if sound == silentMark {
			sound = ""
		}
		switch r.cols[2] {
		case heardWithin:
			h.Within = append(h.Within, [2]string{letters, sound})
		case heardEndAll:
			if len(letters) != 1 || sound != "" {
				return fmt.Errorf("%s: an end_all rule is one letter heard %q", r.where(), silentMark)
			}
			h.EndAll += letters
		case heardEnd:
			if strings.ContainsRune(h.EndAll, rune(letters[len(letters)-1])) {
				return fmt.Errorf("%s: %q ends with a letter end_all takes off first: it is never reached", r.where(), letters)
			}
			for _, e := range h.Endings {
				if strings.HasSuffix(letters, e[0]) {
					return fmt.Errorf("%s: %q ends with %q, tried before: it is never reached", r.where(), letters, e[0])
				}
			}
			h.Endings = append(h.Endings, [2]string{letters, sound})
		default:
			return fmt.Errorf("%s: place %q is none of %s, %s, %s", r.where(), r.cols[2], heardWithin, heardEndAll, heardEnd)
		}
	}
	return nil
}

// Sound returns a folded French word as it sounds (Heard): the within
// rules applied in order, the end_all letters taken off its end, then the
// first ending it has heard so, when a letter remains.
func (h *Heard) Sound(w string) string {
	for _, r := range h.Within {
		w = strings.ReplaceAll(w, r[0], r[1])
	}
	w = strings.TrimRight(w, h.EndAll)
	for _, e := range h.Endings {
		if stem, ok := strings.CutSuffix(w, e[0]); ok {
			if stem+e[1] != "" {
				w = stem + e[1]
			}
			break
		}
	}
	return w
}

// endings is a list of folded endings (column ending) where one ending
// with another is refused: a word with it has the other already.
func endings(file string, dst func(*Data) *[]string) list {
	return list{file, []string{"ending"}, readFolded, func(d *Data, rows []row) error {
		for _, r := range rows {
			for _, e := range *dst(d) {
				if strings.HasSuffix(r.cols[0], e) {
					return fmt.Errorf("%s: %q ends with %q: a word with it has %q already", r.where(), r.cols[0], e, e)
				}
			}
			*dst(d) = append(*dst(d), r.cols[0])
		}
		return nil
	}}
}

// values is a list of words of class c with a value among values (all
// when nil), which set gives the word's entry.
func values(file, value string, c Class, set func(e *Entry, v string), values []string) list {
	return list{file, []string{"word", value}, readQuestion, func(d *Data, rows []row) error {
		for _, r := range rows {
			if values != nil && !slices.Contains(values, r.cols[1]) {
				return fmt.Errorf("%s: %s %q is none of %s", r.where(), value, r.cols[1], strings.Join(values, ", "))
			}
			d.Words.add(r.cols[0], c)
			set(d.Words.entry(r.cols[0]), r.cols[1])
		}
		return nil
	}}
}

// patterns is a list of phrases (words, ".." gaps) with a value among
// values; their first words begin patterns of class begins.
func patterns(file, value string, dst func(*Data) *Patterns, values []string, begins Class) list {
	return list{file, []string{"words", value}, readWords, func(d *Data, rows []row) error {
		for _, r := range rows {
			if values != nil && !slices.Contains(values, r.cols[1]) {
				return fmt.Errorf("%s: %s %q is none of %s", r.where(), value, r.cols[1], strings.Join(values, ", "))
			}
			if ws := strings.Fields(r.cols[0]); ws[0] == gapMark || ws[len(ws)-1] == gapMark {
				return fmt.Errorf("%s: %q begins or ends with a gap", r.where(), r.cols[0])
			}
			p := dst(d)
			p.begins = begins
			p.add(r.cols[0], r.cols[1])
			if value == "facet" && !strings.Contains(r.cols[0], " ") {
				d.Words.add(r.cols[0], HasFacet)
			}
		}
		return nil
	}}
}

// flagged reads a file of words of class c, each with a column col of
// "yes" or "no": the words marked yes are the set dst too (had.tsv's
// things, start.tsv's fiches).
func flagged(file, col string, c Class, dst func(*Data) *Words) list {
	return list{file, []string{"word", col}, readQuestion, func(d *Data, rows []row) error {
		set := Words{}
		for _, r := range rows {
			yes, err := r.yesNo(1, col)
			if err != nil {
				return err
			}
			if yes {
				set[r.cols[0]] = true
			}
			d.Words.add(r.cols[0], c)
		}
		*dst(d) = set
		return nil
	}}
}

// dangerConcepts reads a file of concepts of danger: word, sign, when
// (WhenAlways, WhenLacked, WhenChild, WhenUnwanted, WhenKin,
// WhenKinLacked), source.
func dangerConcepts(file string) list {
	language := file[:strings.IndexByte(file, '/')]
	return list{file, []string{"word", "sign", "when", "source"}, readQuestion, func(d *Data, rows []row) error {
		for _, r := range rows {
			if !slices.Contains(Signs, r.cols[1]) {
				return fmt.Errorf("%s: sign %q is none of %s", r.where(), r.cols[1], strings.Join(Signs, ", "))
			}
			if w := r.cols[2]; !slices.Contains(whens, w) {
				return fmt.Errorf("%s: when %q is none of %s", r.where(), w, strings.Join(whens, ", "))
			}
			d.DistressConcepts = append(d.DistressConcepts, Concept{Word: r.cols[0], Sign: r.cols[1], Lang: language, When: r.cols[2]})
		}
		return nil
	}}
}

// The groups of feelings.tsv, and the class each is read as: a liking
// brings what is wanted, a feeling or a judgement frames the request.
var feelingGroups = map[string]Class{"liking": Want, "feeling": Frame, "judging": Frame}

// feelings reads the words of feeling, liking and judging: word, group. A
// word that a list read before (want.tsv, frame.tsv) gives the group's
// class already is refused: one list says it.
func feelings(file string) list {
	return list{file, []string{"word", "group"}, readQuestion, func(d *Data, rows []row) error {
		for _, r := range rows {
			c, ok := feelingGroups[r.cols[1]]
			if !ok {
				return fmt.Errorf("%s: group %q is none of %s", r.where(), r.cols[1], strings.Join(slices.Sorted(maps.Keys(feelingGroups)), ", "))
			}
			if d.Words.Is(r.cols[0], c) {
				return fmt.Errorf("%s: %q is in want.tsv or frame.tsv already, read as its group is", r.where(), r.cols[0])
			}
			d.Words.add(r.cols[0], c)
		}
		return nil
	}}
}

// grammar is a file of roles and the words that fill them; every role must
// be filled. Its rows are checked as a whole, not word by word.
func grammar(file string, roles []string) list {
	return list{file, []string{"role", "word"}, readAny, func(d *Data, rows []row) error {
		if d.Grammar == nil {
			d.Grammar = map[string][]string{}
		}
		lang := file[:strings.IndexByte(file, '/')]
		seen := map[string]bool{}
		for _, r := range rows {
			if !slices.Contains(roles, r.cols[0]) {
				return fmt.Errorf("%s: role %q is none of %s", r.where(), r.cols[0], strings.Join(roles, ", "))
			}
			if f := fold.String(r.cols[1]); f != r.cols[1] {
				return fmt.Errorf("%s: %q is not folded (%q)", r.where(), r.cols[1], f)
			}
			key := lang + ":" + r.cols[0]
			d.Grammar[key] = append(d.Grammar[key], r.cols[1])
			seen[r.cols[0]] = true
		}
		for _, role := range roles {
			if !seen[role] {
				return fmt.Errorf("%s: no word for role %q", file, role)
			}
		}
		return nil
	}}
}

func ordered(file, col string, reads string, dst func(*Data) *[]string) list {
	return list{file, []string{col}, reads, func(d *Data, rows []row) error {
		for _, r := range rows {
			*dst(d) = append(*dst(d), r.cols[0])
		}
		return nil
	}}
}

// needs and kinds are values lists may point to (the fiches').
var (
	needs = seeds.Needs
	kinds = seeds.Kinds
)

// The parts of a fiche a question may ask (asked.tsv).
const (
	FacetContact    = "contact"
	FacetCost       = "cost"
	FacetConditions = "conditions"
	FacetWhere      = "where"
	FacetWhat       = "what"
	FacetDuration   = "duration"
	FacetStatus     = "status"
	FacetAge        = "age"
	FacetAllowance  = "allowance"
	FacetBackers    = "backers"
	FacetLanguage   = "language"
	FacetCapacity   = "capacity"
	FacetStart      = "start"
	FacetLodging    = "lodging"
	FacetAward      = "award"
	FacetWomen      = "women"
	FacetHours      = "hours"
	FacetCare       = "care"
)

// The signs of distress.tsv that the conversation answers in their own
// way: a child in danger, wanting to die, a bed asked (after an answer,
// the lodging of the places shown), an illness told beside care asked
// (after an answer, the care the places shown give); fled from war, which
// the search orders by whom the actors serve; expelled, which tells a
// return as the words of return.tsv do ("u ye n gɛn ka bɔ Alizeri").
const (
	SignMinor     = "minor_alone"
	SignSuicide   = "suicide"
	SignLodging   = "lodging"
	SignIllness   = "illness"
	SignTrauma    = "trauma"
	SignDisplaced = "displaced"
	SignExpelled  = "expelled"
	// SignPapersKept is papers kept from the person by another, which the
	// writer keeping their own papers is not ("j'ai gardé mes papiers").
	SignPapersKept = "papers_kept"
)

// What a message that is no search does (intents.tsv): "counsellor" asks
// for a person, "listen" for someone to listen (a person asked, too),
// "help" cries for help (alone, all three are answered with a
// counsellor), "ack" says yes, no or ok; "reader_counsellor" says who
// writes ("je suis conseillère EOJ"): a counsellor, for the rest of the
// chat; "about" asks who or what the bot is ("tu es un robot ?").
const (
	IntentGreeting   = "greeting"
	IntentThanks     = "thanks"
	IntentGoodbye    = "goodbye"
	IntentCounsellor = "counsellor"
	IntentHelp       = "help"
	IntentListen     = "listen"
	IntentAck        = "ack"
	IntentReader     = "reader_counsellor"
	IntentAbout      = "about"
)

// What a follow-up does with the last answer (followup.tsv) besides
// choosing a result by its rank (1, 2…).
const (
	ActLast    = "last"
	ActMore    = "more"
	ActDetails = "details"
	// ActInstead asks where to go instead of the places shown ("et
	// maintenant je vais où ?", "n bɛ taa min sisan?"): after a project
	// that ended or has not opened, the places running now.
	ActInstead = "instead"
)

// What a question about programmes asks (programmes.tsv): programmes,
// projects or what funds them, or the donors themselves ("quels
// bailleurs…", "les partenaires techniques et financiers"), whose
// programme fiches are then what it asks for.
const (
	AsksProgrammes = "programmes"
	AsksDonors     = "donors"
)

// The parts of fr/formal.tsv: a word of making a business legal, of its
// papers, a register or legal form (asked alone), and a business.
const (
	FormalAct      = "act"
	FormalPapers   = "papers"
	FormalRegister = "register"
	FormalBusiness = "business"
	FormalVerb     = "verb"
	FormalOwned    = "owned"
)

// KnowledgeFrame, of fr/knowledge.tsv, frames the question that asks
// after it as knowledge ("pour un quiz", "hors programme"): the words
// of the frame's sentence tell why it is asked.
const KnowledgeFrame = "quiz"

// KnowledgeOpinion, of fr/knowledge.tsv, asks what Sira thinks of the
// thing named right after it ("que penses-tu du gouvernement").
const KnowledgeOpinion = "opinion"

// The values of the lists that say what a message is or asks.
var (
	// KnowledgeAsks are the kinds of knowledge fr/knowledge.tsv asks: a
	// recipe, the difference between two things, an amount measured, a
	// fact, a sum computed, a word translated, a currency's rate, an hour,
	// a date, a make chosen, a fault diagnosed, a way of doing a thing,
	// an opinion, the news, and KnowledgeFrame.
	KnowledgeAsks = []string{"recipe", "difference", "measure", "fact", "compute", "translate", "rate", "hour", "date", "choice", "diagnosis", "howto", KnowledgeOpinion, "news", KnowledgeFrame}
	// formalParts are the parts of fr/formal.tsv; bm/formal.tsv's are
	// formalWords, the words read in a pattern (verb and owned are French
	// readings).
	formalWords = []string{FormalAct, FormalPapers, FormalRegister, FormalBusiness}
	formalParts = append(slices.Clone(formalWords), FormalVerb, FormalOwned)
	// facets are the parts of a fiche a question may ask (asked.tsv).
	facets = []string{FacetContact, FacetCost, FacetConditions, FacetWhere, FacetWhat, FacetDuration, FacetStatus, FacetAge, FacetAllowance, FacetBackers, FacetLanguage, FacetCapacity, FacetStart, FacetLodging, FacetAward, FacetWomen, FacetHours, FacetCare}
	// Signs are the kinds of danger distress.tsv tells of.
	Signs = []string{"trafficking", "sold", "forced_labour", "unpaid", SignMinor, "violence", "confined",
		"expelled", "hunger", "shelter", SignLodging, SignIllness, "fear", "threat", "family_lost", "papers_lost", "papers_kept", "abandoned", "robbed", "stranded", "unassisted",
		"armed_group", "child_labour", SignTrauma, SignSuicide, "found", SignDisplaced, "ransom"}
	// Intents are the values of intents.tsv.
	Intents = []string{IntentGreeting, IntentThanks, IntentGoodbye, IntentCounsellor, IntentHelp, IntentListen, IntentAck, IntentReader, IntentAbout}
	// acts are the values of followup.tsv: a rank, or another act.
	acts = []string{"1", "2", "3", "4", "5", ActLast, ActMore, ActDetails, ActInstead}
)

// lists are the files, in the order they are read. A list read from two
// files (French and Bambara) must not hold a word twice across them.
var lists = []list{
	words("fr/function.tsv", Function),
	{"fr/determiners.tsv", []string{"word", "noun_next", "indefinite"}, readQuestion, func(d *Data, rows []row) error {
		d.NounNext, d.Indefinites = Words{}, Words{}
		for _, r := range rows {
			for i, col := range []string{"noun_next", "indefinite"} {
				if _, err := r.yesNo(i+1, col); err != nil {
					return err
				}
			}
			d.Words.add(r.cols[0], Determiner)
			if r.cols[1] == "yes" {
				d.NounNext[r.cols[0]] = true
			}
			if r.cols[2] == "yes" {
				d.Indefinites[r.cols[0]] = true
			}
		}
		return nil
	}},
	words("fr/auxiliaries.tsv", Auxiliary),
	words("fr/has_subjects.tsv", HasSubject),
	words("fr/subject_pronouns.tsv", SubjectPronoun),
	words("fr/clause_words.tsv", ClauseWord),
	words("fr/mine.tsv", Mine),
	words("fr/articles.tsv", Article),
	words("fr/possessives.tsv", Possessive),
	words("fr/want.tsv", Want),
	words("bm/want.tsv", Want),
	words("fr/adjectives_before.tsv", AdjectiveBefore),
	words("fr/request.tsv", Request),
	words("bm/request.tsv", Request),
	words("fr/without.tsv", Without),
	words("fr/elided.tsv", Elided),
	words("fr/purpose.tsv", Purpose),
	words("fr/from.tsv", From),
	words("bm/from.tsv", From),
	words("fr/buy.tsv", Buy),
	words("fr/go.tsv", Go),
	words("bm/go.tsv", Go),
	words("fr/journey.tsv", Journey),
	words("fr/come.tsv", Come),
	words("fr/persons.tsv", Person),
	words("bm/persons.tsv", Person),
	sourced("bm/kin.tsv", Relative),
	words("fr/return.tsv", Return),
	words("fr/spouses.tsv", Spouse),
	words("fr/pupils.tsv", Pupil),
	words("fr/qualifications.tsv", Qualification),
	flagged("fr/had.tsv", "things", Had, func(d *Data) *Words { return &d.HadThings }),
	words("fr/had_after.tsv", HadAfter),
	set("fr/inside.tsv", func(d *Data) *Words { return &d.Inside }),
	set("fr/joiners.tsv", func(d *Data) *Words { return &d.Joiners }),
	set("bm/joiners.tsv", func(d *Data) *Words { return &d.Joiners }),
	set("bm/making.tsv", func(d *Data) *Words { return &d.Making }),
	set("fr/take_up.tsv", func(d *Data) *Words { return &d.TakeUp }),
	set("fr/workers.tsv", func(d *Data) *Words { return &d.Workers }),
	set("fr/pay.tsv", func(d *Data) *Words { return &d.Pay }),
	phraseList("fr/of_them.tsv", "word", func(d *Data) *Phrases { return &d.OfThem }),
	phraseList("fr/there.tsv", "word", func(d *Data) *Phrases { return &d.There }),
	phraseList("fr/work_at.tsv", "word", func(d *Data) *Phrases { return &d.WorkAt }),
	set("fr/former.tsv", func(d *Data) *Words { return &d.Former }),
	phraseList("bm/of_them.tsv", "word", func(d *Data) *Phrases { return &d.OfThem }),
	set("fr/past_told.tsv", func(d *Data) *Words { return &d.PastTold }),
	set("fr/seek.tsv", func(d *Data) *Words { return &d.Seek }),
	set("fr/taken.tsv", func(d *Data) *Words { return &d.Taken }),
	set("fr/leave.tsv", func(d *Data) *Words { return &d.Leave }),
	set("fr/came_here.tsv", func(d *Data) *Words { return &d.CameHere }),
	set("bm/taken.tsv", func(d *Data) *Words { return &d.Taken }),
	set("fr/already.tsv", func(d *Data) *Words { return &d.Already }),
	set("fr/know_how.tsv", func(d *Data) *Words { return &d.KnowHow }),
	set("fr/money.tsv", func(d *Data) *Words { return &d.MoneyNouns }),
	set("fr/ended.tsv", func(d *Data) *Words { return &d.Ended }),
	set("bm/ended.tsv", func(d *Data) *Words { return &d.Ended }),
	phraseList("fr/excluding_names.tsv", "word", func(d *Data) *Phrases { return &d.ExcludingName }),
	set("bm/excluding_names.tsv", func(d *Data) *Words { return &d.ExcludedAfter }),
	set("fr/grown.tsv", func(d *Data) *Words { return &d.Grown }),
	set("bm/grown.tsv", func(d *Data) *Words { return &d.Grown }),
	set("bm/spouses.tsv", func(d *Data) *Words { return &d.BmSpouses }),
	set("fr/alongside.tsv", func(d *Data) *Words { return &d.Alongside }),
	set("bm/alongside.tsv", func(d *Data) *Words { return &d.Alongside }),
	set("fr/also.tsv", func(d *Data) *Words { return &d.Also }),
	set("bm/also.tsv", func(d *Data) *Words { return &d.Also }),
	words("fr/roles.tsv", Role),
	words("bm/roles.tsv", Role),
	words("fr/relatives.tsv", Relative),
	words("fr/frame.tsv", Frame),
	words("bm/frame.tsv", Frame),
	feelings("fr/feelings.tsv"),
	words("fr/public.tsv", Public),
	words("fr/need_words.tsv", NeedWord),
	words("fr/learn.tsv", Learn),
	words("bm/learn.tsv", Learn),
	words("fr/being.tsv", Being),
	words("fr/which.tsv", Which),
	words("fr/sell.tsv", Sell),
	words("bm/sell.tsv", Sell),
	patterns("fr/programmes.tsv", "asks", func(d *Data) *Patterns { return &d.Programmes }, []string{AsksProgrammes, AsksDonors}, BeginsProgramme),
	words("fr/now.tsv", Now),
	words("fr/past.tsv", Past),
	words("fr/structures.tsv", Structure),
	set("fr/premises.tsv", func(d *Data) *Words { return &d.Premises }),
	set("bm/premises.tsv", func(d *Data) *Words { return &d.Premises }),
	set("fr/refusing.tsv", func(d *Data) *Words { return &d.Refusing }),
	words("fr/products.tsv", Product),
	set("fr/goods.tsv", func(d *Data) *Words { return &d.Goods }),
	set("fr/accompany.tsv", func(d *Data) *Words { return &d.Accompany }),
	parted("fr/business.tsv", map[string][]func(*Data) *Words{
		"noun": {func(d *Data) *Words { return &d.Business }},
		"run":  {func(d *Data) *Words { return &d.RunBusiness }},
	}),
	set("fr/invest.tsv", func(d *Data) *Words { return &d.Invest }),
	set("fr/town_before.tsv", func(d *Data) *Words { return &d.TownBefore }),
	parted("fr/questions.tsv", questionParts),
	parted("bm/questions.tsv", questionParts),
	parted("fr/orient.tsv", map[string][]func(*Data) *Words{
		"verb":   {func(d *Data) *Words { return &d.Orient }},
		"object": {func(d *Data) *Words { return &d.OrientObject }},
		"master": {func(d *Data) *Words { return &d.OrientMaster }},
		"which":  {func(d *Data) *Words { return &d.OrientWhich }},
		"door":   {func(d *Data) *Words { return &d.OrientDoor }},
	}),
	parted("fr/placing.tsv", map[string][]func(*Data) *Words{
		"verb":   {func(d *Data) *Words { return &d.Placing }},
		"before": {func(d *Data) *Words { return &d.PlacingBefore }},
		"agent":  {func(d *Data) *Words { return &d.PlacingAgent }},
	}),
	{"fr/formal.tsv", []string{"words", "part", "fiches"}, readWords, func(d *Data, rows []row) error {
		for _, r := range rows {
			if !slices.Contains(formalParts, r.cols[1]) {
				return fmt.Errorf("%s: part %q is none of %s", r.where(), r.cols[1], strings.Join(formalParts, ", "))
			}
			sought, err := r.yesNo(2, "fiches")
			if err != nil {
				return err
			}
			if sought {
				d.FormalSought = append(d.FormalSought, r.cols[0])
			}
			if set := map[string]*Words{FormalVerb: &d.FormalVerb, FormalOwned: &d.FormalOwned}[r.cols[1]]; set != nil {
				if *set == nil {
					*set = Words{}
				}
				(*set)[r.cols[0]] = true
				continue
			}
			d.Formal.add(r.cols[0], r.cols[1])
		}
		if len(d.FormalSought) == 0 {
			return fmt.Errorf("fr/formal.tsv: no row says the fiches' words (fiches yes)")
		}
		return nil
	}},
	{"bm/formal.tsv", []string{"words", "part", "source"}, readWords, func(d *Data, rows []row) error {
		for _, r := range rows {
			if !slices.Contains(formalWords, r.cols[1]) {
				return fmt.Errorf("%s: part %q is none of %s", r.where(), r.cols[1], strings.Join(formalWords, ", "))
			}
			if r.cols[2] == "" {
				return fmt.Errorf("%s: no source", r.where())
			}
			d.Formal.add(r.cols[0], r.cols[1])
		}
		return nil
	}},
	parted("fr/amounts.tsv", map[string][]func(*Data) *Words{
		"lack":       {func(d *Data) *Words { return &d.AmountLack }},
		"unit":       {func(d *Data) *Words { return &d.AmountUnit }},
		"multiplier": {func(d *Data) *Words { return &d.Multiplier }, func(d *Data) *Words { return &d.AmountUnit }},
	}),
	set("fr/earning.tsv", func(d *Data) *Words { return &d.Earning }),
	set("fr/trades_general.tsv", func(d *Data) *Words { return &d.TradesAll }),
	set("bm/earning.tsv", func(d *Data) *Words { return &d.Earning }),
	{"fr/farming.tsv", []string{"word", "source"}, readQuestion, func(d *Data, rows []row) error {
		d.Farming = Words{}
		for _, r := range rows {
			d.Farming[r.cols[0]] = true
		}
		return nil
	}},
	flagged("fr/start.tsv", "fiches", Start, func(d *Data) *Words { return &d.StartSaid }),
	values("fr/synonyms.tsv", "fiches", HasSynonym, func(e *Entry, v string) { e.Synonym = v }, nil),
	values("fr/kinds.tsv", "kind", HasKind, func(e *Entry, v string) { e.Kind = v }, kinds),
	values("bm/kinds.tsv", "kind", HasKind, func(e *Entry, v string) { e.Kind = v }, kinds),
	patterns("fr/asked.tsv", "facet", func(d *Data) *Patterns { return &d.AskedPatterns }, facets, BeginsAsked),
	patterns("bm/asked.tsv", "facet", func(d *Data) *Patterns { return &d.AskedPatterns }, facets, BeginsAsked),
	setOf("fr/signs_beside.tsv", "sign", readAny, func(d *Data) *Words { return &d.BesideSigns }),
	patterns("fr/distress.tsv", "sign", func(d *Data) *Patterns { return &d.Distress }, Signs, BeginsDistress),
	patterns("bm/distress.tsv", "sign", func(d *Data) *Patterns { return &d.Distress }, Signs, BeginsDistress),
	dangerConcepts("fr/distress_concepts.tsv"),
	dangerConcepts("bm/distress_concepts.tsv"),
	words("fr/lack.tsv", Lack),
	words("bm/lack.tsv", Lack),
	patterns("fr/out_of_scope.tsv", "concept", func(d *Data) *Patterns { return &d.OutOfScope }, nil, BeginsOutOfScope),
	patterns("bm/out_of_scope.tsv", "concept", func(d *Data) *Patterns { return &d.OutOfScope }, nil, BeginsOutOfScope),
	outOfScopeConcepts("fr/taught.tsv", func(d *Data) *Words { return &d.Taught }),
	outOfScopeConcepts("fr/for_work.tsv", func(d *Data) *Words { return &d.ForWork }),
	outOfScopeConcepts("fr/papers.tsv", func(d *Data) *Words { return &d.Papers }),
	phraseList("fr/require.tsv", "word", func(d *Data) *Phrases { return &d.Require }),
	phraseList("fr/short.tsv", "word", func(d *Data) *Phrases { return &d.Short }),
	shortOffered("fr/short_offered.tsv"),
	sourcedPhrases("bm/require.tsv", func(d *Data) *Phrases { return &d.Require }),
	thingsAsked("fr/consumer.tsv", "concept", false, func(d *Data) *map[string]string { return &d.Consumer }),
	thingsAsked("fr/priced.tsv", "concept", true, func(d *Data) *map[string]string { return &d.Priced }),
	thingsAsked("fr/paid.tsv", "concept", true, func(d *Data) *map[string]string { return &d.Paid }),
	thingsAsked("bm/consumer.tsv", "concept", false, func(d *Data) *map[string]string { return &d.Consumer }),
	thingsAsked("bm/priced.tsv", "concept", true, func(d *Data) *map[string]string { return &d.Priced }),
	thingsAsked("fr/care.tsv", "remedy", true, func(d *Data) *map[string]string { return &d.Care }),
	thingsAsked("bm/care.tsv", "remedy", true, func(d *Data) *map[string]string { return &d.Care }),
	{"fr/care_asked.tsv", []string{"words", "remedy"}, readWords, func(d *Data, rows []row) error {
		for _, r := range rows {
			if !d.OutOfScope.Has(r.cols[1]) {
				return fmt.Errorf("%s: %q is no concept of out_of_scope.tsv", r.where(), r.cols[1])
			}
			d.CareAsked.add(r.cols[0], r.cols[1])
		}
		return nil
	}},
	advice("fr/advice.tsv", func(d *Data) *Patterns { return &d.Advice }),
	advice("bm/advice.tsv", func(d *Data) *Patterns { return &d.Advice }),
	advice("fr/advice_told.tsv", func(d *Data) *Patterns { return &d.AdviceTold }),
	advice("bm/advice_told.tsv", func(d *Data) *Patterns { return &d.AdviceTold }),
	knowledge("fr/knowledge.tsv"),
	knowledge("bm/knowledge.tsv"),
	{"fr/helpers.tsv", []string{"words", "need"}, readWords, func(d *Data, rows []row) error {
		for _, r := range rows {
			if r.cols[1] != "-" {
				if err := r.need(1, "need"); err != nil {
					return err
				}
			}
			d.Helpers.add(r.cols[0], r.cols[1])
		}
		return nil
	}},
	thingsAsked("fr/belongings.tsv", "concept", false, func(d *Data) *map[string]string { return &d.Belongings }),
	set("fr/losing.tsv", func(d *Data) *Words { return &d.Losing }),
	thingsAsked("bm/belongings.tsv", "concept", false, func(d *Data) *map[string]string { return &d.Belongings }),
	set("bm/losing.tsv", func(d *Data) *Words { return &d.Losing }),
	set("bm/thieves.tsv", func(d *Data) *Words { return &d.Thieves }),
	set("bm/take.tsv", func(d *Data) *Words { return &d.Take }),
	set("fr/thieves.tsv", func(d *Data) *Words { return &d.ThievesFr }),
	set("fr/beasts.tsv", func(d *Data) *Words { return &d.Beasts }),
	set("bm/beasts.tsv", func(d *Data) *Words { return &d.Beasts }),
	set("fr/take.tsv", func(d *Data) *Words { return &d.TakeFr }),
	set("fr/time_frames.tsv", func(d *Data) *Words { return &d.Frames }),
	set("bm/time_frames.tsv", func(d *Data) *Words { return &d.Frames }),
	thingsAsked("fr/providers.tsv", "concept", false, func(d *Data) *map[string]string { return &d.Providers }),
	thingsAsked("fr/learnt.tsv", "fiches", false, func(d *Data) *map[string]string { return &d.Learnt }),
	thingsAsked("bm/providers.tsv", "concept", false, func(d *Data) *map[string]string { return &d.Providers }),
	set("fr/for_me.tsv", func(d *Data) *Words { return &d.ForMe }),
	set("fr/speak.tsv", func(d *Data) *Words { return &d.Speak }),
	set("bm/for_me.tsv", func(d *Data) *Words { return &d.ForMe }),
	setOf("fr/placement.tsv", "country", readAny, func(d *Data) *Words { return &d.Placement }),
	set("fr/means.tsv", func(d *Data) *Words { return &d.Means }),
	set("bm/means.tsv", func(d *Data) *Words { return &d.Means }),
	set("fr/excluding.tsv", func(d *Data) *Words { return &d.Excluding }),
	set("fr/collectives.tsv", func(d *Data) *Words { return &d.Collectives }),
	set("fr/funds.tsv", func(d *Data) *Words { return &d.Funds }),
	set("fr/who_funds.tsv", func(d *Data) *Words { return &d.WhoFunds }),
	set("fr/school_diploma.tsv", func(d *Data) *Words { return &d.SchoolDiploma }),
	set("bm/school_diploma.tsv", func(d *Data) *Words { return &d.SchoolDiploma }),
	set("fr/literacy.tsv", func(d *Data) *Words { return &d.Literacy }),
	set("bm/literacy.tsv", func(d *Data) *Words { return &d.Literacy }),
	set("fr/unlettered.tsv", func(d *Data) *Words { return &d.Unlettered }),
	set("bm/unlettered.tsv", func(d *Data) *Words { return &d.Unlettered }),
	set("bm/offices.tsv", func(d *Data) *Words { return &d.Offices }),
	parted("bm/internship.tsv", map[string][]func(*Data) *Words{
		"learning":  {func(d *Data) *Words { return &d.StageLearning }},
		"had":       {func(d *Data) *Words { return &d.StageHad }},
		"workplace": {func(d *Data) *Words { return &d.StageAt }},
		"french":    {func(d *Data) *Words { return &d.StageRead }},
	}),
	set("fr/failed.tsv", func(d *Data) *Words { return &d.Failed }),
	set("fr/programme_names.tsv", func(d *Data) *Words { return &d.ProgrammeName }),
	set("bm/collectives.tsv", func(d *Data) *Words { return &d.BmCollectives }),
	words("fr/activities.tsv", Activity),
	sourced("fr/trades.tsv", Trade),
	words("fr/minors.tsv", Minor),
	words("bm/minors.tsv", Minor),
	words("fr/young.tsv", Young),
	words("bm/young.tsv", Young),
	words("fr/age_told.tsv", AgeTold),
	words("bm/age_told.tsv", AgeTold),
	words("fr/age_time.tsv", AgeTime),
	words("fr/age_of.tsv", AgeOf),
	words("bm/activities.tsv", Activity),
	patterns("fr/intents.tsv", "intent", func(d *Data) *Patterns { return &d.Intents }, Intents, BeginsIntent),
	patterns("bm/intents.tsv", "intent", func(d *Data) *Patterns { return &d.Intents }, Intents, BeginsIntent),
	patterns("fr/followup.tsv", "act", func(d *Data) *Patterns { return &d.FollowUps }, acts, BeginsFollowUp),
	patterns("bm/followup.tsv", "act", func(d *Data) *Patterns { return &d.FollowUps }, acts, BeginsFollowUp),
	{"fr/distress_signs.tsv", []string{"sign", "fiches", "urgent", "remedy", "listen", "group", "child", "within", "taken", "beast", "anyage", "service"}, readAny, func(d *Data, rows []row) error {
		d.SignWords, d.Urgent, d.Remedy, d.Listen, d.SignGroups, d.ChildSigns, d.UnownedSigns, d.SignWithin, d.SignTaken, d.AnyAge = map[string]string{}, Words{}, map[string][]string{}, Words{}, map[string]string{}, Words{}, Words{}, map[string]string{}, map[string]string{}, Words{}
		d.Service = Words{}
		d.SignBeast = map[string]string{}
		for _, r := range rows {
			if !slices.Contains(Signs, r.cols[0]) {
				return fmt.Errorf("%s: sign %q is none of %s", r.where(), r.cols[0], strings.Join(Signs, ", "))
			}
			urgent, err := r.yesNo(2, "urgent")
			if err != nil {
				return err
			}
			listen, err := r.yesNo(4, "listen")
			if err != nil {
				return err
			}
			if r.cols[6] != "yes" && r.cols[6] != "no" && r.cols[6] != "unowned" {
				return fmt.Errorf("%s: child %q is none of yes, no, unowned", r.where(), r.cols[6])
			}
			anyAge, err := r.yesNo(10, "anyage")
			if err != nil {
				return err
			}
			d.AnyAge[r.cols[0]] = anyAge
			service, err := r.yesNo(11, "service")
			if err != nil {
				return err
			}
			d.Service[r.cols[0]] = service
			d.ChildSigns[r.cols[0]] = r.cols[6] != "no"
			d.UnownedSigns[r.cols[0]] = r.cols[6] == "unowned"
			d.SignWords[r.cols[0]] = r.cols[1]
			d.Urgent[r.cols[0]] = urgent
			d.Listen[r.cols[0]] = listen
			if r.cols[3] != "-" {
				d.Remedy[r.cols[0]] = strings.Fields(r.cols[3])
			}
			if r.cols[5] != "-" {
				d.SignGroups[r.cols[0]] = r.cols[5]
			}
			if r.cols[7] != "-" {
				if err := r.need(7, "within"); err != nil {
					return err
				}
				d.SignWithin[r.cols[0]] = r.cols[7]
			}
			if r.cols[8] != "-" {
				if !slices.Contains(Signs, r.cols[8]) {
					return fmt.Errorf("%s: taken %q is none of %s", r.where(), r.cols[8], strings.Join(Signs, ", "))
				}
				d.SignTaken[r.cols[0]] = r.cols[8]
			}
			if r.cols[9] != "-" {
				if !d.OutOfScope.Has(r.cols[9]) {
					return fmt.Errorf("%s: beast %q is no concept of out_of_scope.tsv", r.where(), r.cols[9])
				}
				d.SignBeast[r.cols[0]] = r.cols[9]
			}
		}
		return nil
	}},
	{"fr/story_signs.tsv", []string{"sign"}, readAny, func(d *Data, rows []row) error {
		d.StorySigns = Words{}
		for _, r := range rows {
			if !d.Urgent[r.cols[0]] {
				return fmt.Errorf("%s: sign %q is no urgent sign of distress_signs.tsv", r.where(), r.cols[0])
			}
			d.StorySigns[r.cols[0]] = true
		}
		return nil
	}},
	{"fr/emoji.tsv", []string{"emoji", "sign"}, readAny, func(d *Data, rows []row) error {
		d.Emoji = map[string]string{}
		for _, r := range rows {
			if !slices.Contains(Signs, r.cols[1]) {
				return fmt.Errorf("%s: sign %q is none of %s", r.where(), r.cols[1], strings.Join(Signs, ", "))
			}
			d.Emoji[r.cols[0]] = r.cols[1]
		}
		return nil
	}},
	{"fr/need_stems.tsv", []string{"stem", "need"}, readFolded, func(d *Data, rows []row) error {
		d.NeedStems, d.NeedWordStems = map[string]string{}, map[string]string{}
		for _, r := range rows {
			if err := r.need(1, "need"); err != nil {
				return err
			}
			m := d.NeedStems
			if len(r.cols[0]) <= 3 {
				m = d.NeedWordStems
			}
			m[r.cols[0]] = r.cols[1]
		}
		return nil
	}},
	words("bm/strong.tsv", Strong),
	words("bm/pronouns.tsv", Pronoun),
	words("bm/object_verbs.tsv", ObjectVerb),
	words("bm/stop.tsv", Stop),
	words("bm/homographs.tsv", Homograph),
	concepts("bm/generic_concepts.tsv", func(d *Data) *Words { return &d.Generic }),
	concepts("bm/no_head_concepts.tsv", func(d *Data) *Words { return &d.NoHead }),
	{"bm/concept_needs.tsv", []string{"concept", "need", "weight"}, readAny, func(d *Data, rows []row) error {
		d.ConceptNeeds = map[string]ConceptNeed{}
		for _, r := range rows {
			w, err := strconv.ParseFloat(r.cols[2], 64)
			if err != nil || w <= 0 {
				return fmt.Errorf("%s: weight %q is not a positive number", r.where(), r.cols[2])
			}
			if err := r.need(1, "need"); err != nil {
				return err
			}
			d.ConceptNeeds[r.cols[0]] = ConceptNeed{r.cols[1], w}
		}
		return nil
	}},
	ordered("bm/suffixes.tsv", "suffix", readFolded, func(d *Data) *[]string { return &d.Suffixes }),
	{"bm/contractions.tsv", []string{"letter", "word"}, readAny, func(d *Data, rows []row) error {
		d.Contractions = map[string]string{}
		for _, r := range rows {
			if len([]rune(r.cols[0])) != 1 {
				return fmt.Errorf("%s: %q is not one letter", r.where(), r.cols[0])
			}
			d.Contractions[r.cols[0]] = r.cols[1]
		}
		return nil
	}},
	{"fr/item_words.tsv", []string{"word", "fiches"}, readFolded, func(d *Data, rows []row) error {
		d.ItemWords = map[string]string{}
		for _, r := range rows {
			d.ItemWords[r.cols[0]] = r.cols[1]
		}
		return nil
	}},
	{"fr/trade_kinds.tsv", []string{"word", "sort", "thing"}, readFolded, func(d *Data, rows []row) error {
		d.TradeKinds = map[string][2]string{}
		for _, r := range rows {
			d.TradeKinds[r.cols[0]] = [2]string{r.cols[1], r.cols[2]}
		}
		return nil
	}},
	{"fr/sms.tsv", []string{"sms", "words"}, readWords, func(d *Data, rows []row) error {
		d.SMS = map[string][]string{}
		for _, r := range rows {
			if strings.Contains(r.cols[0], gapMark) || len(strings.Fields(r.cols[0])) > 2 {
				return fmt.Errorf("%s: %q is not one word or two", r.where(), r.cols[0])
			}
			if f := fold.String(r.cols[1]); f != r.cols[1] {
				return fmt.Errorf("%s: %q is not folded (%q)", r.where(), r.cols[1], f)
			}
			d.SMS[r.cols[0]] = strings.Fields(r.cols[1])
		}
		return nil
	}},
	rewrites("fr/sounds.tsv", "sound", func(d *Data) *[][2]string { return &d.Sounds }),
	{"fr/heard.tsv", []string{"letters", "heard", "place"}, readFolded, heard},
	{"fr/elided_before.tsv", []string{"letter"}, readFolded, func(d *Data, rows []row) error {
		for _, r := range rows {
			if len(r.cols[0]) != 1 {
				return fmt.Errorf("%s: %q is not one letter", r.where(), r.cols[0])
			}
			d.ElidedBefore += r.cols[0]
		}
		return nil
	}},
	endings("fr/plural_endings.tsv", func(d *Data) *[]string { return &d.PluralEndings }),
	rewrites("bm/loan_sounds.tsv", "written", func(d *Data) *[][2]string { return &d.LoanSounds }),
	rewrites("bm/spelt.tsv", "sound", func(d *Data) *[][2]string { return &d.Spelt }),
	rewrites("bm/french_letters.tsv", "bambara", func(d *Data) *[][2]string { return &d.FrenchLetters }),
	grammar("fr/grammar.tsv", []string{"has", "years", "work", "act", "or", "become", "and", "plural", "i", "i_elided", "we", "relative", "not", "nor", "object", "object_f", "object_pl", "object_elided", "participle"}),
	ordered("fr/infinitive_endings.tsv", "ending", readFolded, func(d *Data) *[]string { return &d.InfinitiveEndings }),
	grammar("bm/grammar.tsv", []string{"copula", "does", "infinitive", "buy", "year", "become", "and", "or", "some", "which", "which_plural", "not", "can", "hand", "with", "identifies", "past_not", "tens", "country", "on", "tongue", "asks_which", "plural", "it", "this", "build", "nasal", "new", "other", "wants", "i", "i_emphatic", "we", "in", "for", "past"}),
	{"bm/numbers.tsv", []string{"word", "value"}, readQuestion, func(d *Data, rows []row) error {
		d.Numbers = map[string]int{}
		for _, r := range rows {
			n, err := strconv.Atoi(r.cols[1])
			if err != nil || n < 1 {
				return fmt.Errorf("%s: value %q is no number above 0", r.where(), r.cols[1])
			}
			d.Numbers[r.cols[0]] = n
		}
		return nil
	}},
	phraseList("fr/phrases.tsv", "phrase", func(d *Data) *Phrases { return &d.Phrases }),
	ordered("fr/action_nouns.tsv", "ending", readFolded, func(d *Data) *[]string { return &d.ActionNouns }),
}

// wordSets are the sets of Data whose words their entries mark (Set),
// each with its words: a Words set's words in it, a map's words with a
// value.
var wordSets = []struct {
	set   Set
	words func(*Data) iter.Seq[string]
}{
	{InAccompany, func(d *Data) iter.Seq[string] { return d.Accompany.in() }},
	{InBusiness, func(d *Data) iter.Seq[string] { return d.Business.in() }},
	{InRunBusiness, func(d *Data) iter.Seq[string] { return d.RunBusiness.in() }},
	{InOrient, func(d *Data) iter.Seq[string] { return d.Orient.in() }},
	{InOrientObject, func(d *Data) iter.Seq[string] { return d.OrientObject.in() }},
	{InOrientMaster, func(d *Data) iter.Seq[string] { return d.OrientMaster.in() }},
	{InOrientWhich, func(d *Data) iter.Seq[string] { return d.OrientWhich.in() }},
	{InOrientDoor, func(d *Data) iter.Seq[string] { return d.OrientDoor.in() }},
	{InPlacing, func(d *Data) iter.Seq[string] { return d.Placing.in() }},
	{InPlacingBefore, func(d *Data) iter.Seq[string] { return d.PlacingBefore.in() }},
	{InPlacingAgent, func(d *Data) iter.Seq[string] { return d.PlacingAgent.in() }},
	{InAmountLack, func(d *Data) iter.Seq[string] { return d.AmountLack.in() }},
	{InAmountUnit, func(d *Data) iter.Seq[string] { return d.AmountUnit.in() }},
	{InMultiplier, func(d *Data) iter.Seq[string] { return d.Multiplier.in() }},
	{InEarning, func(d *Data) iter.Seq[string] { return d.Earning.in() }},
	{InGoods, func(d *Data) iter.Seq[string] { return d.Goods.in() }},
	{InFarming, func(d *Data) iter.Seq[string] { return d.Farming.in() }},
	{InLosing, func(d *Data) iter.Seq[string] { return d.Losing.in() }},
	{InTake, func(d *Data) iter.Seq[string] { return d.Take.in() }},
	{InTakeFr, func(d *Data) iter.Seq[string] { return d.TakeFr.in() }},
	{InConsumer, func(d *Data) iter.Seq[string] { return valued(d.Consumer) }},
	{InCare, func(d *Data) iter.Seq[string] { return valued(d.Care) }},
	{InProviders, func(d *Data) iter.Seq[string] { return valued(d.Providers) }},
	{InPriced, func(d *Data) iter.Seq[string] { return valued(d.Priced) }},
	{InPaid, func(d *Data) iter.Seq[string] { return valued(d.Paid) }},
	{InWorkers, func(d *Data) iter.Seq[string] { return d.Workers.in() }},
	{InAskSomeone, func(d *Data) iter.Seq[string] { return d.AskSomeone.in() }},
	{InBid, func(d *Data) iter.Seq[string] { return d.Bid.in() }},
	{InBidden, func(d *Data) iter.Seq[string] { return d.Bidden.in() }},
	{InMeant, func(d *Data) iter.Seq[string] { return d.Meant.in() }},
	{InJudged, func(d *Data) iter.Seq[string] { return d.Judged.in() }},
	{InFunds, func(d *Data) iter.Seq[string] { return d.Funds.in() }},
	{InExcluding, func(d *Data) iter.Seq[string] { return d.Excluding.in() }},
	{InInside, func(d *Data) iter.Seq[string] { return d.Inside.in() }},
	{InSchoolDiploma, func(d *Data) iter.Seq[string] { return d.SchoolDiploma.in() }},
	{InLiteracy, func(d *Data) iter.Seq[string] { return d.Literacy.in() }},
	{InUnlettered, func(d *Data) iter.Seq[string] { return d.Unlettered.in() }},
	{InFailed, func(d *Data) iter.Seq[string] { return d.Failed.in() }},
	{InPremises, func(d *Data) iter.Seq[string] { return d.Premises.in() }},
	{InCollectives, func(d *Data) iter.Seq[string] { return d.Collectives.in() }},
	{InBmCollectives, func(d *Data) iter.Seq[string] { return d.BmCollectives.in() }},
	{InFormalOwned, func(d *Data) iter.Seq[string] { return d.FormalOwned.in() }},
	{InInvest, func(d *Data) iter.Seq[string] { return d.Invest.in() }},
	{InRefusing, func(d *Data) iter.Seq[string] { return d.Refusing.in() }},
	{BeginsOfThem, func(d *Data) iter.Seq[string] { return maps.Keys(d.OfThem) }},
}

// in returns the words of the set.
func (ws Words) in() iter.Seq[string] {
	return func(yield func(string) bool) {
		for w, ok := range ws {
			if ok && !yield(w) {
				return
			}
		}
	}
}

// valued returns the words of m that have a value.
func valued(m map[string]string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for w, v := range m {
			if v != "" && !yield(w) {
				return
			}
		}
	}
}

// A Reader reads a word as the question reader of a language does (lang
// "fr" or "bm", the folder of the file the word is in): the terms it
// becomes. A French question is read without Bambara's contractions and
// stems; a Bambara one with them.
type Reader func(lang, word string) []string

// Load reads the lists in fsys and checks them. reader builds, from the
// lists read (the Bambara suffixes, the contractions), the question reader
// their words meet; a word it would change is an error.
func Load(fsys fs.FS, reader func(*Data) (Reader, error)) (*Data, error) {
	d := &Data{}
	var checks []func(Reader) error
	owner := map[string]map[string]string{} // by list's first file: word → where
	for _, l := range lists {
		rows, err := readFile(fsys, l.file, l.cols)
		if err != nil {
			return nil, err
		}
		key := l.file[strings.IndexByte(l.file, '/')+1:] // fr/x.tsv and bm/x.tsv are one list
		if l.cols[0] == "role" {
			key = l.file // a file of roles is its language's own
		}
		if owner[key] == nil {
			owner[key] = map[string]string{}
		}
		for _, r := range rows {
			if prev, ok := owner[key][r.cols[0]]; ok {
				return nil, fmt.Errorf("lang: %s: %q is already at %s", r.where(), r.cols[0], prev)
			}
			owner[key][r.cols[0]] = r.where()
		}
		if err := l.apply(d, rows); err != nil {
			return nil, fmt.Errorf("lang: %w", err)
		}
		if l.reads != readAny {
			language := l.file[:strings.IndexByte(l.file, '/')]
			checks = append(checks, func(read Reader) error {
				return check(l.reads, rows, func(w string) []string { return read(language, w) })
			})
		}
	}
	// The relatives and the journey words frame a request; a subject
	// pronoun begins a clause.
	for _, in := range []struct {
		class, into Class
		clash       string // the error when a word is in both lists
	}{
		{Relative, Frame, "lang: frame.tsv: %q is in fr/relatives.tsv, which frames a request already"},
		{Journey, Frame, "lang: frame.tsv: %q is in fr/journey.tsv, which frames a request already"},
		{SubjectPronoun, ClauseWord, "lang: fr/clause_words.tsv: %q is a subject pronoun, which begins a clause already"},
	} {
		for w, e := range d.Words.words {
			if !e.Class.Is(in.class) {
				continue
			}
			if e.Class.Is(in.into) {
				return nil, fmt.Errorf(in.clash, w)
			}
			e.Class |= in.into
		}
	}
	for _, s := range wordSets {
		for w := range s.words(d) {
			d.Words.entry(w).Sets |= s.set
		}
	}
	for _, p := range []*Patterns{&d.AskedPatterns, &d.Distress, &d.OutOfScope, &d.Intents, &d.FollowUps, &d.Programmes} {
		d.Words.begins(p)
	}
	for _, p := range []*Patterns{&d.AskedPatterns, &d.Distress, &d.OutOfScope, &d.Intents, &d.FollowUps, &d.Programmes, &d.Formal} {
		p.compact()
	}
	for first := range d.Phrases {
		d.Words.add(first, BeginsPhrase)
	}
	read, err := reader(d)
	if err != nil {
		return nil, fmt.Errorf("lang: question reader: %w", err)
	}
	for _, c := range checks {
		if err := c(read); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// check rejects a row whose first column the reader it meets changes.
func check(reads string, rows []row, read func(string) []string) error {
	for _, r := range rows {
		w := r.cols[0]
		var ws []string
		switch reads {
		case readQuestion:
			ws = []string{w}
		case readWords:
			ws = slices.DeleteFunc(strings.Fields(w), func(w string) bool { return w == gapMark })
			for i, w := range ws {
				if p, ok := strings.CutSuffix(w, prefixMark); ok {
					if len(p) < minPrefix || fold.String(p) != p {
						return fmt.Errorf("lang: %s: %q: a prefix has %d folded letters or more", r.where(), w, minPrefix)
					}
					ws[i] = "" // a prefix is folded, not read as a word
				}
			}
			ws = slices.DeleteFunc(ws, func(w string) bool { return w == "" })
		case readFolded:
			if f := fold.String(w); f != w || strings.ContainsAny(w, " \t") {
				return fmt.Errorf("lang: %s: %q is not folded (%q): it can never match", r.where(), w, f)
			}
			continue
		}
		for _, w := range ws {
			if got := read(w); len(got) != 1 || got[0] != w {
				return fmt.Errorf("lang: %s: the question reader reads %q as %q: it can never match", r.where(), w, strings.Join(got, " "))
			}
		}
	}
	return nil
}

// advice reads words that ask health advice (columns words, remedy: a
// concept of out_of_scope.tsv, source: where the words come from) into
// the Patterns of Data that to returns.
func advice(file string, to func(*Data) *Patterns) list {
	return list{file, []string{"words", "remedy", "source"}, readWords, func(d *Data, rows []row) error {
		for _, r := range rows {
			if !d.OutOfScope.Has(r.cols[1]) {
				return fmt.Errorf("%s: %q is no concept of out_of_scope.tsv", r.where(), r.cols[1])
			}
			if strings.TrimSpace(r.cols[2]) == "" {
				return fmt.Errorf("%s: no source", r.where())
			}
			to(d).add(r.cols[0], r.cols[1])
		}
		return nil
	}}
}

// knowledge reads a file of words that ask for knowledge about a thing
// (fr/knowledge.tsv, bm/knowledge.tsv) into Data.Knowledge, each ask one
// of KnowledgeAsks.
func knowledge(file string) list {
	return list{file, []string{"words", "ask"}, readWords, func(d *Data, rows []row) error {
		for _, r := range rows {
			if !slices.Contains(KnowledgeAsks, r.cols[1]) {
				return fmt.Errorf("%s: ask %q is none of %s", r.where(), r.cols[1], strings.Join(KnowledgeAsks, ", "))
			}
			d.Knowledge.add(r.cols[0], r.cols[1])
		}
		return nil
	}}
}
