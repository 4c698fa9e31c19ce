package index

import (
	"strings"

	"sira/seeds"
	"sira/spell"
)

// Word lists of the question language, all folded (no accents, ɛ→e).
// They describe how people ask, never which fiche answers.

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// frenchWords are French grammatical and question words: a sign of French,
// and no topic.
var frenchWords = set(`
	je j tu il elle on nous vous ils elles me m te t se s moi toi lui leur
	le la les l un une des du de d au aux ce c cet cette ces mon ma mes ton ta tes son sa ses notre votre
	et ou ni mais or donc car que qu qui quoi quel quelle quels quelles dont
	est sont suis es etre ai as avons avez ont avoir a y en pour par avec sans sur sous dans chez vers entre
	pas ne plus tres bien aussi comme si oui non svp stp merci bonjour bonsoir salut slt bjr
	apres avant depuis pendant maintenant deja encore toujours rien tout tous toute toutes ete meilleur meilleure meilleurs meilleures bon bonne bons bonnes
	comment combien pourquoi quand ya il-y-a c'est
	slt bsr cc svp stp pr pk pq cmt kel kelle ke koi ki ds dan tjrs bcp mm
	til yatil jsuis chui jveux jvoudrais jvoudrai jpeux jcherche jcherch jsais jaimerais
	voudrai fer fo faut devenir deviens etre
	deux trois quatre cinq six sept huit neuf dix
`)

// determiners are the French words that bring a noun: articles,
// possessives, demonstratives, and the prepositions "de" and "en".
var determiners = set(`
	le la les l un une des du de d au aux en
	mon ma mes ton ta tes son sa ses notre votre nos vos leur leurs ce cet cette ces
`)

// pronouns are the Bambara personal pronouns, folded: I, you, he or she,
// we, you, they.
var pronouns = set(`n ne i e a an anw aw u olu`)

// objectVerbs are the Bambara verbs of asking, folded: learn, study, look
// for, get, do.
var objectVerbs = set(`dege kalan nyini soro ke`)

// auxiliaries are the forms of "avoir" that make a past tense: the word
// after one is a verb ("il a quitté l'école", "j'ai perdu"), which tells
// the person's story, not what they ask for.
var auxiliaries = set(`ai as avons avez ont`)

// subjects are the pronouns before "a" when it is "has", not "à".
var subjects = set(`il elle on qui ca cela`)

// clauseWords begin a clause: what follows is no longer what a "pour"
// before them was for.
var clauseWords = set(pronounSubjectList + ` est`)

// pronounSubjects begin a clause of their own: "il veut" after "mon neveu
// sort du CFP", where "les femmes qui veulent" goes on with its noun.
var pronounSubjects = set(pronounSubjectList)

const pronounSubjectList = `je j il elle on nous ils elles`

// mine are the first person's possessives: "mon téléphone" is a thing the
// person has, not a request for a phone number.
var mine = set(`mon ma mes notre nos`)

// wantWords ask for something: the need of the word they bring ("il veut
// une subvention", "je cherche un crédit") outweighs the needs of words that
// tell who is asking ("sort du CFP avec un CAP").
var wantWords = set(`veux voudrais voudrait veut voulons veulent cherche cherches cherchent cherchons
	chercher recherche besoin demande demandent souhaite souhaitons trouver faut`)

// adjectivesBefore are the French adjectives that come before their noun
// ("un petit crédit"): between a want word and what is wanted, like an
// article.
var adjectivesBefore = set(`petit petite petits petites grand grande grands grandes gros grosse
	bon bonne nouveau nouvelle premier premiere`)

// requestCues mark a sentence that asks something: question words, in
// French, SMS French and Bambara (who, where, what, how much, is there, to
// want, to seek, to need, to help).
var requestCues = set(`qui ou comment combien quel quelle quels quelles quoi koi ki kel kelle ke
	existe ya yatil til peut peux pouvez pourquoi quand
	jon min mun jumen joli wa fe nyini mago deme kalan dege`)

// withoutWords say the person lacks what follows ("sans argent", "sans
// diplôme"): a state, not the need the word points to.
var withoutWords = set(`sans`)

// purposeWords bring what a request is for.
var purposeWords = set(`pour pr`)

// fromWords bring the country a person comes from: French "de", "depuis",
// Bambara "bɔ" (to come out of).
var fromWords = set(`de d du des depuis bo`)

// buyWords ask to buy something: the fiches sell nothing, so unless money
// is asked for ("un crédit pour acheter une moto"), no fiche fits.
var buyWords = set(`acheter achete acheterai achat acheteur`)

// goWords say where a person wants to go or settle: a country after one
// is a destination ("n b'a fɛ ka taa Faransi", "je veux aller en Italie").
// The fiches help people who came back; none helps them leave.
var goWords = set(`taa sigi aller partir emigrer immigrer voyager installer`)

// journeyWords tell of a journey: a country named just after one is where
// the person went ("son départ en Libye", "en route vers l'Europe"), part
// of the story like where a migrant comes from, not a thing asked.
var journeyWords = set(journeyList)

const journeyList = `
	depart departs voyage route traversee parti partie partis parties
`

// synonyms maps the words of spoken and SMS French, and the names of
// workers, to the words the fiches use.
var synonyms = map[string]string{
	"soudeur": "soudure", "soudeurs": "soudure", "coiffeur": "coiffure", "coiffeuse": "coiffure",
	"eleveur": "élevage", "eleveurs": "élevage", "macon": "maçonnerie", "macons": "maçonnerie",
	"couturier": "couture", "couturiere": "couture", "tailleur": "couture",
	"mecanicien": "mécanique", "electricien": "électricité", "menuisier": "menuiserie",
	"secretaire": "secrétariat", "secretaires": "secrétariat", "comptable": "comptabilité", "comptables": "comptabilité",
	"plombier": "plomberie", "informaticien": "informatique", "agriculteur": "agriculture",
	"paysan": "agriculture producteur", "paysans": "agriculture producteurs",
	"pisciculteur": "pisciculture", "aviculteur": "aviculture", "maraicher": "maraîchage",
	"chauffeur": "conduite", "boulanger": "boulangerie", "teinturier": "teinture", "cordonnier": "cordonnerie",
	"jardinier": "maraîchage jardinage", "pecheur": "pêche", "cultivateur": "agriculture",
	"mecano": "mécanique", "garagiste": "mécanique auto", "carreleur": "carrelage", "peintre": "peinture",
	"chaudronnier": "chaudronnerie", "commercant": "commerce", "commercante": "commerce",
	"ordinateur": "informatique", "ordi": "informatique",
	"cuisinier": "cuisine restauration", "infirmier": "infirmier santé",
	"boulot": "emploi travail", "taf": "travail", "job": "emploi", "jobs": "emploi",
	"bosser": "travailler", "taffer": "travailler",
	"fric": "argent financement", "thune": "argent financement", "sous": "argent",
	"psy": "psychologique psychosocial", "toubib": "médecin santé",
	"patron": "employeur", "patrons": "employeurs",
	"boite": "entreprise", "boites": "entreprise", "boutique": "commerce", "boutiques": "commerce",
	// Animals are raised: the fiches say élevage, aviculture, pisciculture.
	"vache": "élevage bétail", "vaches": "élevage bétail", "boeuf": "élevage bétail", "boeufs": "élevage bétail",
	"mouton": "élevage", "moutons": "élevage", "chevre": "élevage", "chevres": "élevage",
	"poussin": "aviculture élevage", "poussins": "aviculture élevage",
	"poulet": "aviculture élevage", "poulets": "aviculture élevage", "poule": "aviculture élevage", "poules": "aviculture élevage",
	"poisson": "pisciculture élevage", "poissons": "pisciculture élevage",
	"moto": "deux roues", "motos": "deux roues",
	"machine": "équipement matériel", "machines": "équipement matériel", "outil": "équipement matériel",
	"outils": "équipement matériel", "outillage": "équipement matériel",
	"frigo": "froid réfrigération", "frigos": "froid réfrigération", "frigoriste": "froid", "frigoristes": "froid",
	"clim": "climatisation", "clims": "climatisation", "climatiseur": "climatisation", "climatiseurs": "climatisation",
	"refoule": "expulsé", "refoulee": "expulsé", "refoules": "expulsé", "refoulees": "expulsé", "refoulement": "expulsion",
	"pret": "crédit", "prets": "crédit", "preter": "crédit", "prete": "crédit", "emprunt": "crédit", "emprunter": "crédit",
	"microcredit": "microfinance crédit", "microcredits": "microfinance crédit",
	"mine": "orpaillage", "mines": "orpaillage", "orpailleur": "orpaillage", "orpailleurs": "orpaillage",
	// Harm done to a person is what the protection fiches call violence.
	"viol": "violence", "violee": "violence", "violees": "violence", "violer": "violence",
	"battu": "violence", "battue": "violence", "frappe": "violence", "frappee": "violence",
	"maltraite": "maltraitance violence", "maltraitee": "maltraitance violence", "maltraites": "maltraitance violence",
	// Where to sleep is what the fiches call hébergement.
	"dormir": "hébergement", "dors": "hébergement", "dort": "hébergement", "loger": "hébergement",
	"logement": "hébergement", "abri": "hébergement", "nuit": "hébergement", "nuits": "hébergement",
	"elever": "élevage",
	// A missing person is searched for through family tracing.
	"disparu": "liens familiaux", "disparue": "liens familiaux", "disparus": "liens familiaux",
	"parent": "famille", "parents": "famille",
}

// synonym returns the word the fiches use for w, for w or its singular
// ("électriciens", "commerçantes").
func synonym(w string) (string, bool) {
	if syn, ok := synonyms[w]; ok {
		return syn, true
	}
	if one, ok := strings.CutSuffix(w, "s"); ok && len(one) >= 4 {
		syn, ok := synonyms[one]
		return syn, ok
	}
	return "", false
}

// frame words frame a request without naming its topic ("je veux
// apprendre…", "qui peut aider…"): they never make a question a topic of
// its own.
var frame = set(`
	veux voudrais voudrait veut vouloir cherche cherchons chercher recherche trouver trouve
	besoin aimerais aimerait souhaite peux peut peuvent pouvoir possible faire fait aller
	apprendre aprendre apprend former forme forment formation formations centre centres ecole classe classes salle salles structure
	aide aider aidez appui accompagner accompagnement quelqu personne gens existe exister
	apprentissage enseigner enseignement etude etudes cours
	endroit lieu programme programmes projet jeune jeunes mali malien malienne
	demande demander savoir sait sais connais connait donne donner propose proposer
	intervient intervenir interviennent travaille
	sort sortir sorti lancer lance ouvrir ouvre demarrer demarre monter commencer creer cree
	partir pars part emigrer immigrer voyager acheter achete achat
	rentre rentree rentres rentrees rentrer revenu revenue revenus revenues revenir reviens revient
	arrive arrivee arrives arrivees
	retour migrant migrants mois ans petit petite
	fabriquer fabrique fabriquent produire confectionner pro pros professionnel professionnelle
	conseiller conseil info information informations
	kalo dogokun
` + relativeList + journeyList)

// relativeList holds the people of a story ("mon neveu", "son mari"): who
// asks or for whom, part of the frame, unless they are what is wanted
// ("je cherche un mari").
const relativeList = `
	fille filles fils garcon garcons neveu niece frere soeur enfant
	cousin cousine oncle tante ami amie mari epoux epouse parent parents gamin gamine gosse voisin voisine
`

var relatives = set(relativeList)

// kindWords name a kind of structure: the question then wants that kind.
var kindWords = map[string]string{
	"incubateur": "incubateur", "incubateurs": "incubateur", "incubation": "incubateur",
	"banque": "banque", "banques": "banque", "banki": "banque",
	"microfinance": "microfinance", "microcredit": "microfinance",
	"investisseur": "fonds d'investissement", "investisseurs": "fonds d'investissement",
	"investissement": "fonds d'investissement", "bailleur": "bailleur", "bailleurs": "bailleur",
}

// askedWords map words to what is asked of a fiche.
var askedWords = map[string]string{}

func init() {
	for asked, words := range map[string]string{
		AskContact: `numero numeros num nmr tel telephone telephoner appeler contact contacts contacter kontak kontakt joindre
			email mail e-mail adresse whatsapp nimoro telefoni`,
		AskCost: `combien kombien cb prix cout couts coute frais tarif tarifs gratuit gratuite gratuits gratuites payant payante payer paye fcfa cfa
			songo fu`,
		AskConditions: `conditions condition documents document papiers papier dossier inscription inscrire
			admission criteres critere age seben sebenw`,
		AskWhat: `c'est quoi qu'est-ce`,
	} {
		for _, w := range strings.Fields(words) {
			askedWords[w] = asked
		}
	}
	vocab := map[string]bool{}
	for _, m := range []map[string]bool{frenchWords, frame, wantWords, determiners, fromWords, needWordsSpelt} {
		for w := range m {
			vocab[w] = true
		}
	}
	for _, m := range []map[string]string{askedWords, kindWords, synonyms} {
		for w := range m {
			vocab[w] = true
		}
	}
	questionWords, questionSpell = vocab, spell.New(vocab, minRespell)
}

// needWordsSpelt are the whole words of the needs, for misspellings of
// them ("finacne"): needStems holds their beginnings.
var needWordsSpelt = set(`formation formations financement financer finance credit credits
	emploi travail travailler protection victime victimes sante soins logement hebergement`)

// questionWords are the words of how people ask, and questionSpell finds
// them within one edit, for a misspelt "apprendre" or "besoin".
var (
	questionWords map[string]bool
	questionSpell spell.Index
)

// minRespell is the shortest misspelt word read as a question word: shorter
// ones are within one edit of too many.
const minRespell = 5

// needStems are word beginnings that point to a need.
var needStems = map[string][]string{
	seeds.NeedTraining: {"format", "former", "apprend", "aprend", "apprenti", "ecole", "cours", "metier",
		"alphabet", "diplom", "etudi", "stage", "cap", "soudur", "couture", "menuis", "mecani", "electri",
		"coiff", "macon", "plomb", "informati", "programm"},
	seeds.NeedFinance: {"financ", "credit", "pret", "subvention", "argent", "banque", "microfinanc",
		"invest", "fonds", "capital", "kit", "incubat", "start", "entrepr", "agr", "business"},
	seeds.NeedJob: {"emploi", "travail", "job", "boulot", "embauch", "recrut", "placement", "cv",
		"entretien", "offre", "salaire", "chomage", "chomeur"},
	seeds.NeedProtection: {"protect", "proteg", "victim", "traite", "violen", "abus", "mineur", "psycholog",
		"soin", "malade", "sante", "heberg", "logement", "nourri", "manger", "expuls", "refoul",
		"juridi", "trauma", "orphelin", "famill", "dispar", "force", "exploit", "esclav"},
}

// needOf returns the need a word points to. Stems of three letters or
// fewer are whole words ("cap" the diploma is not "capital").
func needOf(w string) string {
	if n, ok := needWords[strings.TrimSuffix(w, "s")]; ok {
		return n
	}
	if n, ok := needWords[w]; ok {
		return n
	}
	for l := min(len(w), maxNeedStem); l > 3; l-- {
		if n, ok := needPrefixes[w[:l]]; ok {
			return n
		}
	}
	return ""
}

// needPrefixes and needWords index needStems by stem: the longer ones as
// word beginnings, the short ones as whole words.
var needPrefixes, needWords, maxNeedStem = func() (map[string]string, map[string]string, int) {
	prefixes, words, longest := map[string]string{}, map[string]string{}, 0
	for _, n := range seeds.Needs {
		for _, s := range needStems[n] {
			m := prefixes
			if len(s) <= 3 {
				m = words
			}
			if _, ok := m[s]; !ok {
				m[s] = n
			}
			longest = max(longest, len(s))
		}
	}
	return prefixes, words, longest
}()

// conceptNeed maps a lexicon concept to a need, with how strongly it points there.
func conceptNeed(concept string) (string, float64) {
	switch concept {
	case "formation":
		return seeds.NeedTraining, 1
	case "metier":
		return seeds.NeedTraining, 0.5
	case "financement", "entreprise":
		return seeds.NeedFinance, 1
	case "emploi":
		return seeds.NeedJob, 1
	case "protection", "sante":
		return seeds.NeedProtection, 1
	case "enfant":
		return seeds.NeedProtection, 0.5
	}
	return "", 0
}

// generic lexicon concepts name no topic: question words, verbs, general nouns.
var generic = set(`question verbe autre lieu`)

// bmStrong are the Bambara grammatical words that are not also French
// words: the surest sign of Bambara.
var bmStrong = set(`be te ka ye wa jon jumen joli mun dow bee ani walima nin olu anw aw tun bi kono fe yen yan doron fana ko min`)
