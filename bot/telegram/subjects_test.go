package telegram_test

import "testing"

// TestFollowUpsKeepTheirSubject: a short follow-up with no subject of its
// own is asked of the fiche named or shown — whom to contact, their mail,
// whether it is renewable, the same part of another programme — not read
// as a new search.
func TestFollowUpsKeepTheirSubject(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())

	c := chatter{t, fake, 100}
	c.say("Ma femme est enceinte, on est à Tombouctou, rentrés d'Algérie la semaine dernière, on n'a rien pour la maternité ni pour manger")
	for _, q := range []string{"c'est qui le responsable à contacter ?", "qui est la personne à contacter ?"} {
		a := c.say(q)
		holds(t, q, a, "ospel@rodekors.dk")
		lacks(t, q, a, "Banque Mondiale", "Agrivision")
	}

	c = chatter{t, fake, 200}
	c.say("les stages de l'ANPE durent combien de temps ?")
	for _, q := range []string{"c'est renouvelable ?", "le stage est renouvelable ?", "on peut le prolonger ?"} {
		a := c.say(q)
		holds(t, q, a, "renouvelables trois fois")
		lacks(t, q, a, "Createam")
	}

	c = chatter{t, fake, 300}
	c.say("Impact Hub c'est quoi ?")
	holds(t, "incubation", c.say("l'incubation dure combien de temps ?"), "6 mois")
	holds(t, "et l'accélération", c.say("et l'accélération ?"), "3 mois")
	holds(t, "leur mail", c.say("leur mail"), "hello@the-hub.company")

	// A fiche of the last answer named, with a thing only its report's
	// clauses hold.
	c = chatter{t, fake, 500}
	c.say("ma PME fait de la transformation de mangue, je cherche un investisseur, pas une banque")
	holds(t, "garantie", c.say("Mali Angel demande une garantie ?"), "sans garantie")
	c = chatter{t, fake, 510}
	c.say("Conseiller EOJ à Tombouctou : quels programmes donnent des subventions de démarrage aux jeunes entrepreneurs du nord ?")
	holds(t, "verse", c.say("le PNUD verse l'argent comment ?"), "60 % au début et 40 %") // "versée"

	// The length of a programme the report titles a line with, told
	// lines later.
	for i, q := range []string{"et l'incubation ?", "et l'incubation, ça dure combien ?"} {
		c = chatter{t, fake, int64(600 + i)}
		c.say("la préincubation de Createam dure combien ?")
		a := c.say(q)
		holds(t, q, a, "Incubation/accélération : Cet accompagnement se déroule sur 3 ans maximum")
		lacks(t, q, a, "Gestion de projet : 5 à 15 jours")
	}

	// A thing the fiches shown hold only in their report's clauses.
	c = chatter{t, fake, 700}
	c.say("Je m'appelle Oumar, 27 ans. J'ai travaillé quatre ans sur des chantiers en Libye, je sais monter un mur et couler une dalle. Je suis rentré à Kayes et personne ne me croit. Il me faudrait un papier qui prouve mon métier, puis un travail.")
	a := c.say("le certificat, il est reconnu ?")
	holds(t, "certificat", a, "Texte du rapport", "certificat")
	lacks(t, "certificat", a, "Voici")

	c = chatter{t, fake, 400}
	c.say("Impact Hub ye mun ye?")
	holds(t, "u ka email", c.say("u ka email?"), "hello@the-hub.company")
}

// TestItemsAskedInOtherWords: a fee or a length asked in words the card
// does not hold ("apprendre à lire et écrire" is the alphabétisation item,
// "coudre" the couture course) answers for that item, never for the
// course that trains literacy teachers.
func TestItemsAskedInOtherWords(t *testing.T) {
	fake := newFakeAPI(t)
	start(t, fake, t.TempDir())
	c := chatter{t, fake, 100}
	a := c.say("Je voudrais apprendre à lire et écrire au CFP de Missabougou, c'est combien ?")
	holds(t, "lire", a, "Alphabétisation (inscription) : 10.000 FCFA")
	lacks(t, "lire", a, "Animation en alphabétisation")
	a = c.say("ça dure combien ?")
	holds(t, "how long", a, "Alphabétisation (2 à 6 mois)")
	lacks(t, "how long", a, "Mécanique auto")

	for i, q := range []string{"je veux juste savoir lire, au CFPM on paie combien par mois ?", "cours de lecture a missabougou c'est combien"} {
		c = chatter{t, fake, int64(200 + i)}
		holds(t, q, c.say(q), "2.500 FCFA")
	}
	for i, q := range []string{"apprendre à coudre à Missabougou ça prend combien de temps ?", "coudre au CFP Missabougou ça dure combien"} {
		c = chatter{t, fake, int64(300 + i)}
		holds(t, q, c.say(q), "Coupe – couture : 7 mois")
	}
	c = chatter{t, fake, 400}
	holds(t, "bm", c.say("n b'a fɛ ka sɛbɛnni ni kalanni dege Missabougou, a sɔngɔ ye joli ye?"), "10.000")
}
