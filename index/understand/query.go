package understand

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"sira/index/lang"
	"sira/index/lexicon"
	"sira/index/places"
	"sira/seeds"
)

// MaxQuestion is how much of a message is read, in characters: all of a
// Telegram message (4,096). A longer one (a paste, a file) is read from
// its beginning; the work stays bounded (maxRequests).
const MaxQuestion = 4096

// Languages.
const (
	French  = "fr"
	Bambara = "bm"
)

// What a question asks about a fiche, so that the answer shows that part
// first (the facets of asked.tsv).
const (
	AskContact    = lang.FacetContact    // the number, the address to write to
	AskCost       = lang.FacetCost       // what it costs
	AskConditions = lang.FacetConditions // who may enter and with which papers
	AskWhere      = lang.FacetWhere      // where it is
	AskWhat       = lang.FacetWhat       // what the place is
	AskDuration   = lang.FacetDuration   // how long a course lasts
	AskStatus     = lang.FacetStatus     // whether it still runs
	AskAge        = lang.FacetAge        // the ages it takes
	AskAllowance  = lang.FacetAllowance  // what a learner receives while trained (a per diem)
	AskBackers    = lang.FacetBackers    // who funds or runs a programme
	AskLanguage   = lang.FacetLanguage   // the language the courses are taught in
	AskCapacity   = lang.FacetCapacity   // how many places it has
	AskStart      = lang.FacetStart      // when it starts, when one enrols
	AskLodging    = lang.FacetLodging    // whether one can sleep there (a hostel, a dormitory)
	AskAward      = lang.FacetAward      // the diploma or attestation given at the end
	AskWomen      = lang.FacetWomen      // whether women and girls are taken
	AskHours      = lang.FacetHours      // the days and hours it is open
	AskCare       = lang.FacetCare       // whether they give medical care
)

// A Query is what Sira understood of a question.
type Query struct {
	Text  string         // the question as read: cut, valid UTF-8, N'Ko in Latin letters
	Lang  string         // French, Bambara, or "" when the text gives no sign
	Need  string         // formation, financement, emploi, protection, or ""
	Place *places.Place  // the place named, if any
	Towns []places.Place // the other towns asked with Place, joined to it ("à Kayes ou à Ségou"): a fiche in any fits as well
	Asked string         // the part of a fiche asked: AskContact, AskCost…, or ""
	Kind  string         // the kind of structure asked for ("incubateur"), if any
	Named []string       // refs of the fiches the question names
	// ByProgramme are the refs of Named named by a programme they run or
	// fund ("le PAFEEM"), not by their own name.
	ByProgramme []string
	// Subject are the refs of Named a Bambara question asks what they do,
	// each the subject of its clause with no first person after it ("GIZ
	// bɛ wari di wa?", does the GIZ give money?; not "GIZ bɛ se ka n
	// dɛmɛ wa?", help for the asker): what is asked about, as a fiche asked
	// "what" is.
	Subject []string
	// EndedTold are the refs of the fiches the message tells ended or
	// closed before asking something else ("Avenir Brillant est fini, où
	// apprendre l'électricité ?"): not named, what the person knows.
	EndedTold []string
	// Excluded are the refs of the fiches the message leaves out ("autre
	// que l'APEJ", "sauf l'ANPE", "IFPI tɛ"): not named, never shown for it.
	Excluded []string

	// AlsoAsked is a second part the same message asks ("quels papiers et
	// c'est combien ?"), or "".
	AlsoAsked string

	Script string // ScriptLatin or ScriptNKo: how the question was written
	// Borrowed says Lang is French from words of the fiches alone, no
	// French grammatical word ("prix ?"): nouns a Bambara speaker writes
	// too, as French sentences ("c'est gratuit ?") are not.
	Borrowed bool
	// Programmes says the question asks about programmes, donors or
	// projects.
	Programmes bool
	// Donors says it asks who funds ("quels bailleurs financent…"): the
	// fiches of programmes (audience programme) are what it asks for.
	Donors bool
	// FundersAsked says a French question asks who funds a thing or a
	// public ("qui finance les jeunes ruraux à Koulikoro ?", fr/who_funds.tsv
	// after a word asking for someone) and tells no need of its own (fundersAsked):
	// the donors funding it now answer it beside the doors, and keep the
	// ranks after the first (search: candidate.funderAsked).
	FundersAsked bool
	// Now says a question about programmes or donors asks what runs now
	// ("financent encore", "en ce moment": fr/now.tsv): the programmes
	// still running are what it asks for, before those that ended.
	Now bool
	// Past says a question about programmes or donors asks what was done
	// ("ces dernières années": fr/past.tsv): the projects that ended are
	// an answer, shown where the search puts them.
	Past bool
	// OutOfScope lists what the question asks that no partner offers
	// (out_of_scope.tsv: "driving_licence", "travel_papers"…): the answer
	// is then "nothing fits", unless a fiche is named.
	OutOfScope []string
	// Aside says the message's last sentence, after a story, asks a
	// question of its own that names nothing the fiches hold (askedAside:
	// "… je cultive à Kati. Le ramadan commence quel jour ?"): nothing
	// fits, unless a fiche is named.
	Aside bool
	// Knowledge is the kind of knowledge about a thing the message asks
	// and nothing else the fiches answer (askedKnowledge, fr/knowledge.tsv:
	// "recipe", "difference", "measure"…: "c koi la différence entre la
	// soudure TIG et MIG"), or "": nothing fits, whatever trade or place
	// its words name.
	Knowledge string
	// Intent says whether the message is a search or something else: a
	// greeting, thanks, a goodbye, a request for the counsellor, or a
	// follow-up on the last answer.
	Intent Intent
	// OfThem says the message speaks of places by a pronoun of the third
	// person plural (fr/of_them.tsv: "ils font du soutien psychologique
	// ?"): after an answer, the places it showed.
	OfThem bool
	// Person says the message asks to talk to a person ("je veux parler
	// à un conseiller", "n b'a fɛ ka kuma mɔgɔ ye"): the counsellor is
	// offered first, whatever else it asks.
	Person bool
	// Writer is who the message says writes it ("je suis conseillère
	// EOJ", "Conseiller EOJ : …"): WriterCounsellor, else "".
	Writer Writer
	// Follow says what a follow-up asks of the last answer (Intent
	// FollowUp): a result by rank, more results, more details; the part
	// asked is in Asked.
	Follow Follow
	// Distress lists the signs of danger the message tells of
	// (distress.tsv: "sold", "shelter", "minor_alone"…), in order, without
	// repeats; empty when none. See Answer for what the search does.
	Distress []string
	// Distressed says the danger is told in the sentence that asks, or
	// the message asks for nothing else: the answer is then a protection
	// answer.
	Distressed bool
	// Beside is the need a Distressed message asks of its own where it
	// tells an urgent danger (distress_signs.tsv urgent: "mon oncle m'a
	// chassé de la maison, je veux apprendre la soudure": formation), ""
	// when the danger is all it asks, or someone to listen or a group's
	// programme is the help: the search answers protection; a reader may
	// answer this need after the number to call.
	Beside string
	// Endangered says the message tells of a danger that stands, wherever
	// told: a sign of Distress that is no condition whose care the message
	// asks out of scope, in a message not about programmes. What else it
	// asks may find nothing; it is never refused: the protection actors
	// answer (Distressed then).
	Endangered bool
	// Age is whom the message tells of: a protection answer puts child
	// protection first for a child, last for an adult.
	Age Age
	// Collective says the message tells that a group asks (a women's
	// group, a cooperative, an association: fr/collectives.tsv,
	// bm/collectives.tsv): not one young person, so a fiche whose public
	// is bounded by an age ranks after the others unless the message tells
	// of young people.
	Collective bool
	// Unschooled says a message tells the person lacks the school
	// diploma (school_diploma.tsv after a word of lack.tsv or failed.tsv:
	// "il n'a pas le DEF", "sans diplôme", "elle a échoué au DEF", "jamais
	// été à l'école"; in Bambara before tɛ too, "dipulɔmu tɛ n bolo", "n
	// ma DEF sɔrɔ"; or Unlettered): a fiche whose every route of entry
	// requires it ranks after those that take the person.
	Unschooled bool
	// Unlettered says the message tells the person cannot read
	// (unlettered.tsv, or literacy.tsv after a word of lack.tsv: "elle ne
	// sait ni lire ni écrire", "a ma kalan"): among fiches that fit as
	// well, those that teach literacy rank first.
	Unlettered bool
	// Short says the message wants a course short, or shorter than one
	// it knows (short.tsv: "une formation de 3 ans c'est trop long, y a
	// plus court ?", "une formation courte"): among fiches that fit as
	// well, those that give short courses rank first.
	Short bool
	// Foreign says the message tells of a person of a country abroad ("je
	// suis guinéen", "une femme nigériane"): a protection answer puts the
	// actors for migrants before those for Malians come back.
	Foreign bool
	// Unplaced says the message asks a job in a country abroad, and only
	// in countries where no partner places workers (placement.tsv): "un
	// emploi au Canada" is nothing that fits; one in Spain or the Gulf
	// states is the ANPE's legal labour migration.
	Unplaced bool
	// Placed says the message asks a job in a country abroad where a
	// partner places workers (placement.tsv), the ANPE's legal labour
	// migration: going there to work ("ka taa baara kɛ Esipanyi") is no
	// journey asked alone.
	Placed bool
	// Years is the age the message tells in years ("j'ai 14 ans", "n si
	// ye san 14 ye"), 0 when it tells none: the search ranks the fiches
	// whose conditions exclude it after those that take it.
	Years int
	// Grown says the message tells of a grown person and of no child: an
	// age of MinorAge or more, a husband or a wife (spouses.tsv), or a
	// noun of a grown person (grown.tsv: "ma tante", "n ye muso ye"). A
	// protection answer about one leaves out the actors that protect
	// children only; AgeAdult alone is also a message that tells no one's
	// age ("ma petite soeur a été vendue"), which keeps them.
	Grown bool
	// Kin says the message names a relative (fr/relatives.tsv: "mon
	// frère", "ma cousine"; bm/kin.tsv: "n dɔgɔkɛ"): after an answer to a
	// danger, a message that names one and tells only who they are ("et
	// pour ma sœur ? elle a 16 ans") asks the same question for that
	// person.
	Kin bool
	// Public holds the words that tell which of the people the partners
	// serve asks (public.tsv, return.tsv: "migrant", "retour", "jeune"),
	// folded, in French or in a Bambara word's glosses ("tungarankɛ
	// seginnen": migrant de retour): among fiches that fit equally, those
	// whose public or conditions name them rank first.
	Public []string
	// Buying says the question asks to buy something (buy.tsv, or the
	// Bambara verb san after its object).
	Buying bool
	// Money says the question names money itself, not only what it is
	// for: a word of need_words.tsv that points to financing ("un
	// financement", "qui peut financer") or a product of products.tsv
	// ("un prêt", Bambara juru: crédit), not told of who asks. The search
	// then ranks, among fiches equal on all else, those that say they
	// give a product first.
	Money bool
	// Starts says the question asks to start an activity (start.tsv:
	// "lancer", "ouvrir", "création"; a Bambara word by its gloss,
	// daminɛ: démarrage) in a sentence that asks. Money asked to start
	// goes first to the fiches that say they help create one.
	Starts bool
	// Accompanies says a sentence that asks wants a project followed
	// (accompany.tsv: "m'accompagner", "coaching"): money to start an
	// activity so asked goes to those who help create one before lenders.
	Accompanies bool
	// RunsBusiness says a French message asks a business run or
	// accompanied: a business noun before "de" or after a possessive or
	// a word of starting,
	// beside a word of running one or of accompanying (fr/business.tsv,
	// accompany.tsv), in the sentences that ask; no programmes, investors
	// nor product asked ("un projet de transformation de mangues …
	// qui peut m'accompagner ?", "gérer mon petit commerce"): those who
	// help start and run one are asked before those whose text tells of
	// the product or of management.
	RunsBusiness bool
	// Invests says a sentence that asks wants investors (invest.tsv:
	// "un investisseur", "investir dans mon entreprise"): the funds that
	// invest in firms are what it asks, not doors to go below.
	Invests bool
	// Orients says a French sentence that asks wants someone to orient or
	// help the person (fr/orient.tsv: "qui peut l'orienter ?", "quelqu'un
	// qui peut m'aider ?"), or asks which ways are open or whom to turn to
	// ("quelles structures … ?", "quelles options ?", "qui contacter ?"):
	// a trade to learn at a town where no fiche teaches it is then
	// answered by the agencies that orient youth in every region, not
	// refused as a school asked there is, and no donor is one.
	Orients bool
	// Premises says a sentence that asks names a school or a centre
	// (premises.tsv: "un centre de formation à Nioro", "une école de
	// mécanique à Nara", "kalanyɔrɔ") and no fiche is named: asked in a
	// town, the answer must be there — a fiche that names the town or
	// serves all of Mali, not one that lists its region.
	Premises bool
	// Refusing is the kind of structure the message tells turns the person
	// away or asks what they lack (fr/refusing.tsv after the structure:
	// "les banques refusent mon dossier", "la banque me demande une
	// garantie"), or "": that structure is told of, not asked, and the
	// search ranks the fiches of its kind after the others.
	Refusing string

	// Found is the evidence the reader found in the words that no other
	// field holds: the people served named in a sentence that asks, a
	// helper asked or a cry for help (Query.Evidence reads it with the
	// fields).
	Found Evidence

	// Terms are the words and glosses of the question, each with its role,
	// in the order they were read.
	Terms []Term
}

// An Age is whom a message tells of, for a protection answer.
type Age uint8

// Ages.
const (
	// AgeYoung: a young person (young.tsv) and no child, or a query not
	// read from a message (Browse); nothing is ordered by age.
	AgeYoung Age = iota
	// AgeChild: a child (minors.tsv, or an age under 18).
	AgeChild
	// AgeAdult: neither a child nor a young person, or an age of 18 or
	// more told.
	AgeAdult
)

// A Role is what a term says in the question: each term has one.
type Role uint8

// Roles. The search counts Topic, Purpose and Destination to decide
// whether a fiche fits (Asks); Who and Had only rank among fiches that
// fit (Tells), and Had gathers none; Context ranks; Frame is searched only
// when the question has nothing else; Story is not searched.
const (
	// Topic is what is asked for: "la soudure" in "où apprendre la
	// soudure", a country asked about ("une bourse en Chine").
	Topic Role = iota
	// Purpose is what the thing asked is for: "agrandir mon atelier" in
	// "un prêt pour agrandir mon atelier" (counts half).
	Purpose
	// Destination is a country the person wants to go to ("aller en
	// France", "ka taa Faransi"): no fiche helps people leave.
	Destination
	// Who tells who asks: where a returning migrant comes from ("rentré de
	// Libye", "ka bɔ Faransi"), what they are ("n ye kalanbali ye", I have
	// no schooling), what they have done ("mon neveu sort du CFP avec un
	// CAP, il veut…"). Among fiches that fit, those that know it first.
	Who
	// Had is a qualification or training the person holds or has done, and
	// its trade, told as had ("j'ai fini ma formation en soudure", "après
	// ma formation au CFAP"): it ranks as Who does, but gathers no fiche —
	// a school whose trades name the training done is no candidate for the
	// kit or the loan asked after it.
	Had
	// Context is a word of the request that names nothing on its own: a
	// short or common word, a past act ("il a quitté l'école"), the glosses
	// of a compound's parts when the fiches hold the compound.
	Context
	// Frame is the words of asking alone ("aide", "migrant de retour"):
	// searched only when the question names nothing else.
	Frame
	// Story is a word of a sentence that tells the story before the
	// request ("il est à la maison"), or a journey told before a request
	// for here ("il veut partir en Algérie. Je veux qu'il apprenne un
	// métier ici à Bamako"): read, not searched.
	Story
	// Sign is the fiches' words for a danger told (distress_signs.tsv):
	// searched for a protection answer.
	Sign
)

var roleNames = [...]string{"topic", "purpose", "destination", "who", "had", "context", "frame", "story", "sign"}

func (r Role) String() string { return roleNames[r] }

// Asks reports whether a term of the role names a thing asked for: what
// decides whether a fiche fits.
func (r Role) Asks() bool { return r == Topic || r == Purpose || r == Destination || r == Sign }

// Tells reports whether a term of the role tells who asks: who they are
// (Who) or what they hold or have done (Had).
func (r Role) Tells() bool { return r == Who || r == Had }

// A Source says where a term's variants come from.
type Source uint8

// Sources.
const (
	// Typed is a word as the person typed it: it may be misspelt.
	Typed Source = iota
	// Gloss is the French glosses of a Bambara word, or of the parts of a
	// compound ("nɛgɛbaara": construction métallique, travail).
	Gloss
	// Phrase is a compound noun matched whole (phrases.tsv: "permis de
	// conduire").
	Phrase
	// Known is a word Sira supplies for what it recognised: a country's
	// name, the words of asking joined, the fiches' words for a danger.
	Known
)

// A Term is one thing the question names: a word, or a Bambara word or
// phrase with its French glosses as variants. A fiche matches the term if
// it matches any variant.
type Term struct {
	Role     Role
	Source   Source
	Variants []string
	// Country says the term is a country abroad, or its adjective: it says
	// where or whose, never what a fiche is strongly about.
	Country bool
	// Noun says the term names a thing: a word a French article or
	// preposition brings ("un visa", "en Chine"), a phrase, or the gloss of
	// a Bambara word ("furu", mariage). If no fiche knows it, it is the
	// thing asked for.
	Noun bool
	// Activity says the word names an activity no partner teaches when no
	// fiche holds it (activities.tsv): then the question asks for a thing
	// Sira knows it cannot answer.
	Activity bool
	// Trade says the word names a trade no partner teaches (trades.tsv):
	// asked to learn (Head) when no fiche holds it, the question asks
	// for a thing Sira knows it cannot answer; a business of that trade
	// ("ouvrir une boulangerie") is asked as any.
	Trade bool
	// Head says the term names the trade a request to learn asks
	// ("apprendre la couture", "mécanique de tracteur").
	Head bool
	// Structure says the term names a type of structure the fiches tell
	// in their name or summary ("réseau", structures.tsv): it is asked,
	// however common, and a fiche covers it only there.
	Structure bool
	// Need is the need a Bambara word is about ("tɔɔrɔ", suffering:
	// protection): a fiche that serves it covers the word, whatever
	// French its text uses. A word asking training whose gloss the fiches
	// hold ("kalanbali": alphabétisation) has none: its words decide.
	Need string
	// Related are the fiches' terms of the same stem, for a typed word no
	// fiche holds ("psychologue": psychologique), already analyzed.
	Related []string
	// Public says a Frame names the people the fiches serve ("aide pour
	// les migrants de retour", public.tsv): it asks for the fiches that
	// serve them. The words of asking alone ask for nothing.
	Public bool
}

// Adult reports whether the message tells of a grown person: Grown (an
// age of MinorAge or more, a spouse, a noun of a grown person, and no
// child), or an age of MinorAge or more told beside a child ("j'ai 30
// ans, mon fils…"). The one reading of adulthood: the search ranks a
// fiche for minors only (Result.Minors) after those that take the
// person, and the bot shows none to them.
func (q Query) Adult() bool { return q.Grown || q.Years >= MinorAge }

// BesideDanger is the question of the need q asks beside an urgent danger
// (Beside): that need, not Distressed, without the words that point to
// protection (Term.Need: "sunɔgɔ kɛnɛma"), which the number to call
// answers; a need carried in its place is kept. q itself when it asks
// none.
func (q Query) BesideDanger() Query {
	if !q.Distressed || q.Beside == "" {
		return q
	}
	if q.Need == seeds.NeedProtection {
		q.Need = q.Beside
	}
	q.Distressed = false
	q.Terms = slices.DeleteFunc(slices.Clone(q.Terms), func(t Term) bool { return t.Need == seeds.NeedProtection })
	return q
}

// Topics returns the words that name what the question is about (the
// first variant of each term that asks): the themes counted when no fiche
// fits.
func (q Query) Topics() []string {
	var out []string
	for _, t := range q.Terms {
		if t.Role.Asks() {
			out = append(out, lexicon.Key(t.Variants[0]))
		}
	}
	return out
}

// Things returns the terms that name a thing of the question's own (its
// topics and destinations), not what they are for: a part asked with
// purpose words only ("lequel est encore actif pour plusieurs années ?")
// names no thing.
func (q Query) Things() []Term {
	var out []Term
	for _, t := range q.Terms {
		if t.Role == Topic || t.Role == Destination {
			out = append(out, t)
		}
	}
	return out
}

// names reports whether the question names anything a fiche may hold:
// a term that asks or tells who asks.
// ProgrammeFiches says the fiches of programmes (audience programme) are
// what the question asks for, as a kind of structure is: donors asked
// about, or programmes or projects asked by a counsellor ("Conseiller EOJ :
// quels projets ont financé…"). A person asking about programmes is shown
// the places they can reach first (policy in docs/search.md): never sent
// to a donor office for a word.
func (q Query) ProgrammeFiches() bool {
	return q.Donors || q.Programmes && q.Writer == WriterCounsellor
}

func (q Query) names() bool {
	for _, t := range q.Terms {
		if t.Role.Asks() || t.Role.Tells() {
			return true
		}
	}
	return false
}

// Cut returns at most MaxQuestion characters of s,
// with invalid UTF-8 and control characters replaced by spaces.
func Cut(s string) string {
	if len(s) > MaxQuestion {
		n := 0
		for i := range s {
			if n == MaxQuestion {
				s = s[:i]
				break
			}
			n++
		}
	}
	if clean(s) {
		return s // most messages: nothing to replace
	}
	s = strings.ToValidUTF8(s, " ")
	return strings.Map(func(r rune) rune {
		if replaced(r) {
			return ' '
		}
		return r
	}, s)
}

// replaced reports whether Cut replaces a character by a space: a control
// character, or a mark of writing direction.
func replaced(r rune) bool { return unicode.IsControl(r) || r == '\u200f' || r == '\u200e' }

// clean reports whether s is valid UTF-8 with no character Cut replaces,
// reading ASCII as bytes and decoding only the other runes.
func clean(s string) bool {
	for i := 0; i < len(s); {
		if b := s[i]; b < utf8.RuneSelf {
			if b < ' ' || b == 0x7f {
				return false // an ASCII control character
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || replaced(r) {
			return false
		}
		i += size
	}
	return true
}
