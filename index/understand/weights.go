package understand

import "sira/seeds"

// Every weight and threshold of reading a question, in one place (those of
// ranking are in search/weights.go).

// Need scores: how strongly a word points to a need (reading.typed).
const (
	needWanted  = 2.0 // a need word a want word asks for ("veut une subvention")
	needPlain   = 1.0
	needPurpose = 0.5 // a need word after "pour" ("un crédit pour ma couture")
)

// Language signs (language): how much a word says Bambara or French.
const (
	signStrong    = 1.0 // a Bambara-only grammatical word, a Bambara phrase, a lexicon word
	signWeakBm    = 0.3 // a Bambara stop word or homograph also French-looking
	signFrench    = 1.0 // a French grammatical word
	signFicheWord = 0.5 // a word of the fiches (written in French)
)

// minFuzzyKey is the shortest word read through one changed letter as a
// lexicon word (Bambara spelt by ear) or a fiche's name: shorter ones at
// one edit meet too many others.
const minFuzzyKey = 6

// headWindow is how many words after a French word of learning (before a
// Bambara one) the trade it names is looked for; headWords how many words may name it ("mécanique de
// tracteur").
const (
	headWindow = 4
	headWords  = 3
)

// takeUpGap is how many grammatical words may stand between a word of
// wanting or asking and a word of taking up a trade ("je veux me lancer
// dans", "je veux d'abord faire").
const takeUpGap = 2

// ownWords is how many words after a first-person possessive or a word of
// starting, grammatical words aside, name the person's own business
// ("mon atelier de couture", "ouvrir un atelier de soudure").
const ownWords = 4

// businessBefore is how many words before a business noun a possessive or
// a word of starting may stand and make it the person's ("créer un petit
// commerce").
const businessBefore = 3

// formalWindow is how many words may stand between a word of making a
// business legal or of its papers and the business ("déclarer officiellement
// mon petit atelier", "les papiers pour créer une entreprise").
const formalWindow = 3

// masterWindow is how many words from a master craftsman sought a word of
// learning makes it an apprenticeship's ("un patron pour faire
// l'apprentissage").
const masterWindow = 4

// objectWindow is how many words after a French verb its object is looked
// for ("réparer les petits frigos": past determiners and adjectives).
const objectWindow = 3

// sellWindow is how many words before a feast a word of selling makes it
// the market, not a ceremony asked ("revendre à la Tabaski", "l'embouche des
// moutons pour la Tabaski", "un éleveur de moutons à Ségou pour la Tabaski").
const sellWindow = 7

// frameWindow is how many words before a feast a French word of time makes
// it the ask's time ("pendant la fête de Tabaski": past the article, the
// feast's name).
const frameWindow = 4

// lostWindow is how many words either side of a word of losing a
// belonging is looked for ("j'ai égaré mon téléphone", "mon téléphone est
// tombé").
const lostWindow = 3

// dangerPlaceWindow is how many words from a danger told a country or a
// town abroad makes it where the danger happened ("perdu mon passeport à
// Tamanrasset", "n ka pasipɔri tununna Alijɛri").
const dangerPlaceWindow = 3

// lackWindow is how many words after a Bambara word a negation makes it
// lacked, not asked ("wari caman tɛ n bolo").
const lackWindow = 3

// broadNeeds are the needs whose services serve any trade: a job agency
// places people in any work, a bank lends for any business. A word of such
// a need heading the request ("un financement pour acheter un compresseur",
// "offre d'emploi gardien") is a topic that every fiche serving the need
// covers; a training is for one trade, so "formation" is no such topic.
var broadNeeds = map[string]bool{seeds.NeedJob: true, seeds.NeedFinance: true}

// beenWindow is how many words (grammatical words not counted) before a
// French country a form of être or a past tense makes it where someone was
// ("j'étais en Algérie 4 ans").
const beenWindow = 6

// postWindow is how many words before a French town a word of the writer's
// work makes it the writer's post ("je suis agent de l'ANPE à Kayes").
const postWindow = 6

// A qualification told as had (toldHad): at most qualifiedGap grammatical
// words between it and the word of having before it ("sortie d'un CAP"),
// and qualifiedWords words naming what it is in after it ("CAP en
// mécanique auto").
const (
	qualifiedGap   = 2
	qualifiedWords = 2
)

// identifiedWords is how many words a Bambara "X don" (I am X) may name X
// in ("muso kɔnɔma don").
const identifiedWords = 3

// A town the person cannot go to (barred): a word of going at most barredGo
// words before it ("aller à Kayes", "taa Kayi"), and a negation at most
// barredNot words before that ("je ne peux pas aller", "n tɛ se ka taa",
// "pas d'argent pour aller", "n t'a fɛ ka taa").
const (
	barredGo  = 2
	barredNot = 4
)

// doneWindow is how many words before a thing out of scope a past tense
// after "qui" makes it what another did ("qui a payé un passeur").
const doneWindow = 4

// excludedGap is how many grammatical words may stand between a preposition
// of exclusion and the word it leaves out ("hors de l'élevage": de, l).
const excludedGap = 2

// collectiveWindow is how many words before a word for a group a form of
// être or a possessive may stand ("nous sommes une petite coopérative"),
// and how far into its sentence the group may be its subject.
const collectiveWindow = 3

// moneyLackedGap is how far before a noun of money moneyAsked looks for a
// word of lack, past grammatical words: "pas assez d'argent".
const moneyLackedGap = 3
