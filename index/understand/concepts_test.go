package understand

import (
	"slices"
	"strings"
	"testing"

	"sira/index/lexicon"
)

// TestConceptSigns: concepts of danger in any inflection, lacked ones only
// after a word of lack (French) or beside a negation (Bambara), unwanted
// ones only as the object of a negated want.
func TestConceptSigns(t *testing.T) {
	v := plainReader(t).v
	tests := []struct {
		words, lang string
		child       bool
		want        []string
	}{
		{"je n ai rien mange depuis deux jours", French, false, []string{"hunger"}},
		{"on a pas mange", French, false, []string{"hunger"}},
		{"je mange chez ma tante", French, false, nil}, // not lacked
		{"je n ai rien pour nourrir mes enfants", French, false, []string{"hunger"}},
		{"je veux un metier pour nourrir ma famille", French, false, nil}, // providing for them, not lacked
		{"on m a vole tout mon argent", French, false, []string{"robbed"}},
		{"ils ont vole nos sacs", French, false, []string{"robbed"}},
		{"formation en volaille", French, false, nil},                          // another word, not an inflection
		{"mon frigo ne refroidit plus comment le reparer", French, false, nil}, // réparer is no repas
		{"il ne peut plus repasser l examen", French, false, nil},
		{"je suis bloquee a la frontiere", French, false, []string{"stranded"}},
		{"un enfant sans ses parents", French, false, []string{"minor_alone"}},
		{"mes parents sont a kayes", French, false, nil},
		{"des filles forcees a se prostituer", French, false, []string{"trafficking"}},
		{"jayoro te an bolo", Bambara, false, []string{"shelter"}},
		{"n ma dumuni ke kabini kunu", Bambara, false, []string{"hunger"}},
		{"dumuni feere baara", Bambara, false, nil},              // no negation
		{"n be dumuni feere bamako", Bambara, false, nil},        // n is I, no French n'
		{"dumuni te n bolo", Bambara, false, []string{"hunger"}}, // te is the negation
		{"u ye n ka wari sonya", Bambara, false, []string{"robbed"}},
		{"un garcon de 12 ans est descendu seul a kayes", French, true, []string{"minor_alone"}},
		{"je suis seule a bamako", French, false, nil}, // no child told
		{"n seginna ka bo nizeri n kelen", Bambara, true, []string{"minor_alone"}},
		{"n te a fe ka nyenamaya tugun", Bambara, false, []string{"suicide"}},
		{"n te nyenamaya fe", Bambara, false, []string{"suicide"}},                       // the want after
		{"n be a fe ka nyenamaya numan soro", Bambara, false, nil},                       // wanted: a wish
		{"wari te n bolo nyenamaya ka gelen", Bambara, false, nil},                       // a negation, no want
		{"n te a fe ka taa libi tugun n be a fe ka nyenamaya soro", Bambara, false, nil}, // the negated want is another's
	}
	for _, tt := range tests {
		var got []string
		words := strings.Fields(tt.words)
		for _, h := range v.conceptSigns(words, v.classes(words), tt.lang, tt.child, nil, nil) {
			got = append(got, h.Value)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q (%s): %q, want %q", tt.words, tt.lang, got, tt.want)
		}
	}
}

// TestOutOfScopeThroughGlosses: a Bambara word's glosses are read for what
// no partner offers, "kɛ … ye" as "devenir"; a word made on an activity
// word is that activity.
func TestOutOfScopeThroughGlosses(t *testing.T) {
	rd := plainReader(t)
	if q := rd.Understand("n b'a fɛ ka kɛ karamɔgɔ ye, kalanyɔrɔ jumɛn bɛ yen?"); !slices.Contains(q.OutOfScope, "teaching_career") {
		t.Errorf("to become a teacher: out of scope %q, want teaching_career", q.OutOfScope)
	}
	if q := rd.Understand("n b'a fɛ ka karamɔgɔ sɔrɔ"); len(q.OutOfScope) > 0 {
		t.Errorf("to find a teacher: out of scope %q, want none", q.OutOfScope)
	}
	q := rd.Understand("donkilida kalan bɛ min Bamakɔ?")
	if !slices.ContainsFunc(q.Terms, func(t Term) bool { return t.Activity && t.Variants[0] == "donkilida" }) {
		t.Errorf("donkilida: no activity term in %+v", q.Terms)
	}
}

// TestDoingIsWhoAsks: a thing out of scope told as what the person does
// ("ne bɛ mobili boli", I drive) tells who asks, as one after être does in
// French, and so does one among the words read as who asks (reading.who:
// "n ye X ye", I was X; what is told before "il veut"; what one can do,
// unless a word of asking ends its clause) or one had, after a
// word of having ("jai le permis"); wanted or learnt, or holding its own
// word of asking ("n bɛ fura jumɛn ta?"), it is asked.
func TestDoingIsWhoAsks(t *testing.T) {
	rd := plainReader(t)
	for q, want := range map[string]bool{
		"n ye mobili boli la ye, baara jumɛn bɛ sɔrɔ Sikaso":            false, // I was a driver
		"ne ye mobili bolila ye Alizeri, n bɛ baara ɲini":               false,
		"mon frere a le permis de conduire, il veut du travail a kayes": false,
		"j'ai mon permis de conduire, je veux un emploi":                false,
		"n b'a fɛ ka kɛ mobili bolila ye":                               true, // to become one
		"n b'a fɛ ka mobili boli sɛbɛn sɔrɔ":                            true,
		"baara bɛ sɔrɔ min Bamakɔ? ne bɛ mobili boli":                   false,
		"n bɛ baara ɲini Bamakɔ, n bɛ mobili boli don":                  false,
		"je suis chauffeur, je cherche du travail":                      false,
		"n bɛ mobili boli kalan fɛ":                                     true, // I want lessons
		"n b'a fɛ ka mobili boli dege":                                  true,
		"je veux passer le permis de conduire a bamako":                 true,
		// had, after the request: a word of having just before it
		"je cherche du boulo comme chauffeur poids lourd a bko jai le permis depuis 2015": false,
		"qui recrute des chauffeurs ? g mon permis C":                                     false,
		"ou passer le permis a kayes, j'ai un peu d'argent":                               true,
		"quand sortent les resultats du DEF cette annee ?":                                true, // coming out tells no thing had (had.tsv things)
		// learnt: "n ye X kalan" is the past of learning X; asked, it is to learn
		"n ye kurana kalan, sisan n bɛ baara ɲini Bamakɔ": false,
		"n b'a fɛ ka kurana kalan":                        true,
		// can, asked: a word of asking ends its clause
		"n bɛ se ka mobili boli":                                    false,
		"n bɛ se ka mobili boli sɛbɛn sɔrɔ min?":                    true,
		"n be se ka fura soro songo dogoman na min bamako":          true,
		"n bɛ se ka mobili boli, baara bɛ sɔrɔ min?":                false, // another clause asks
		"n bɛ se ka mobili boli, n bɛ se ka baara sɔrɔ min Bamakɔ?": false,
		// its own word of asking: what is asked, after a pronoun and bɛ too
		"n bɛ fura jumɛn ta?":       true,
		"n bɛ dɔgɔtɔrɔ jumɛn ɲini?": true,
		"n bɛ fura feere Kati":      false,
	} {
		if got := len(rd.Understand(q).OutOfScope) > 0; got != want {
			t.Errorf("%q: out of scope %v, want %v", q, got, want)
		}
	}
}

// TestBeenThere: a country after a form of être, a past tense or a stay's
// length in its clause is where someone was (who asks); asked for, wanted
// or in a clause that says which thing, it is asked about.
func TestBeenThere(t *testing.T) {
	countryRoles(t, plainReader(t), map[string]Role{
		"J'étais en Algérie 4 ans comme maçon, quel centre peut me donner un diplome ?":    Who,
		"mon frere est en prison en Libye, comment retrouver sa trace":                     Who,
		"g fais 3ans en cuisine en algerie, cherche agence interim a bko":                  Who,
		"macon de metier, 10 ans au Senegal. A Kayes je voudrais devenir chef de chantier": Who,
		"jai perdu ma carte d identite et mes papiers en libye":                            Who,
		"je veux une formation de 2 ans en France":                                         Topic,
		"une bourse en Chine":                                               Topic,
		"je suis intéressé par une formation en France":                     Topic,
		"comment récupérer l'argent que j'ai laissé sur un compte en Libye": Topic,
	})
}

// TestSpacedCompound: in Bambara a compound written in two words is read
// as the compound; in French two words never join.
func TestSpacedCompound(t *testing.T) {
	rd := plainReader(t)
	if q := rd.Understand("Kayi, bagan mara kalan bɛ sɔrɔ min?"); !slices.ContainsFunc(q.Terms, func(t Term) bool { return slices.Contains(t.Variants, "élevage") }) {
		t.Errorf("bagan mara: no élevage in %+v", q.Terms)
	}
	if ms := rd.match([]string{"est", "ce", "qu", "il", "est", "ouvert"}, French); slices.ContainsFunc(ms, func(m lexicon.Match) bool { return m.Phrase() }) {
		t.Errorf("French words joined: %+v", ms)
	}
}

// TestChildMarried: a marriage told of a child is a danger (violence), not
// a wedding asked, whatever out_of_scope.tsv says of a marriage; told of an
// adult or one's own family, it is a wedding, out of scope.
func TestChildMarried(t *testing.T) {
	rd := plainReader(t)
	tests := []struct {
		q          string
		distressed bool
	}{
		{"ma petite soeur a 14 ans, mon pere veut la marier a un vieux, que faire ?", true},
		{"n dɔgɔmuso si ye san 13 ye, u b'a fɛ k'a furu kɛ, an bɛ Segu. dɛmɛ bɛ sɔrɔ min?", true},
		{"un pret pour le mariage de ma fille", false},
		{"n b'a fɛ ka juru ta n ka furu kama", false},
	}
	for _, tt := range tests {
		q := rd.Understand(tt.q)
		if q.Distressed != tt.distressed || !tt.distressed && len(q.OutOfScope) == 0 {
			t.Errorf("%q: distressed %v (%q), out of scope %q; want distressed %v", tt.q, q.Distressed, q.Distress, q.OutOfScope, tt.distressed)
		}
	}
}

// TestLackedIsNotAsked: a thing out of scope after a word of lacking tells
// what the person is without; after a word of wanting, it is asked.
func TestLackedIsNotAsked(t *testing.T) {
	rd := plainReader(t)
	tests := []struct {
		q   string
		out bool
	}{
		{"je suis rentre sans passeport, je cherche une formation en couture", false},
		{"sans carte d identite je peux m inscrire en formation ?", false},
		// SMS French writes pas as "pa": a paper not had, no errand.
		{"je veux faire la menuiserie a bamako mais jai pa d acte de naissance", false},
		{"je suis sans passeport, je veux un visa", true},
		{"comment refaire mon acte de naissance", true},
		// told lost beside a need asked, as without; lost alone, an errand
		{"j'ai perdu mon acte de naissance, je veux faire la couture", false},
		{"n ka wolosɛbɛn tununna, n bɛ se ka kalan kɛ Segu wa?", false},
		{"j'ai perdu mon acte de naissance, comment le refaire ?", true},
		{"n ka wolosɛbɛn tununna, n bɛ se k'a sɔrɔ cogo di?", true},
	}
	for _, tt := range tests {
		if q := rd.Understand(tt.q); (len(q.OutOfScope) > 0) != tt.out {
			t.Errorf("%q: out of scope %q, want any %v", tt.q, q.OutOfScope, tt.out)
		}
	}
}

// TestTaughtService: a repair no partner does when a person asks it done
// is a trade when a word of learning asks it (taught.tsv).
func TestTaughtService(t *testing.T) {
	rd := plainReader(t)
	tests := []struct {
		q   string
		out bool
	}{
		{"reparation de telephones portables", true},
		{"qui peut reparer mon telephone casse", true},
		{"formation electronique reparation de telephone a bko", false},
		{"je veux apprendre la reparation de telephone", false},
		{"formation de chauffeur a Kayes", true}, // learning to drive stays out of scope
		{"je veux vendre mes boeufs, ou est le marche", true},
		{"je veux apprendre le maraichage pour vendre mes legumes", false}, // selling what the training is for
	}
	for _, tt := range tests {
		if q := rd.Understand(tt.q); (len(q.OutOfScope) > 0) != tt.out {
			t.Errorf("%q: out of scope %q, want out %v", tt.q, q.OutOfScope, tt.out)
		}
	}
}

// TestGoodsForWork: goods bought on credit are a seller's credit, out of
// scope, unless they are goods to work with (for_work.tsv: a tractor, a
// machine): then the money is for an activity.
func TestGoodsForWork(t *testing.T) {
	rd := plainReader(t)
	for q, want := range map[string]bool{
		"je veux acheter un frigo a credit":                            true,
		"je veux acheter une moto a credit":                            true,
		"on veut acheter un tracteur ensemble a credit a kita":         false,
		"on veut acheter une machine a coudre a credit pour l'atelier": false,
	} {
		if got := slices.Contains(rd.Understand(q).OutOfScope, "goods_on_credit"); got != want {
			t.Errorf("Understand(%q): goods on credit %v, want %v", q, got, want)
		}
	}
}

// TestToldOfAnother: a thing out of scope after a form of être tells who
// the writer is; told of another person, in a message that asks no need
// and tells no danger, it is what the help asked is for. After a word of
// asking, the thing after être is asked; a qualification right after être
// names its holder, with what it is in.
func TestToldOfAnother(t *testing.T) {
	rd := plainReader(t)
	for q, want := range map[string]bool{
		"Ma grand-mère est très âgée, elle ne peut plus marcher. Qui peut venir s'occuper d'elle ?": true,
		"mon pere est tres vieux, qui peut l aider ?":                                               true,
		"je suis trop vieux, qui peut m aider ?":                                                    false, // the writer
		"mon pere est tres vieux, il veut un credit pour son troupeau":                              false, // a need asked
		"mon frere est policier, il cherche une formation en soudure":                               false,
		"quel est le prix du riz au marche ?":                                                       true, // asked after quel
		"le kilo de viande est a combien au marche ?":                                               true,
		"je suis diplome de l universite, je cherche du travail a bamako":                           false, // had
		"je veux m inscrire a l universite":                                                         true,
	} {
		if got := len(rd.Understand(q).OutOfScope) > 0; got != want {
			t.Errorf("%q: out of scope %v, want %v", q, got, want)
		}
	}
}

// TestChildLacked: a child after a word of lacking is none told ("elle
// vit seule, sans enfants"): no child alone.
func TestChildLacked(t *testing.T) {
	rd := plainReader(t)
	for q, want := range map[string]bool{
		"une dame de 70 ans vit seule à Mopti sans enfants, qui peut l'aider ?": false,
		"un enfant vit seul à Mopti, qui peut l'aider ?":                        true,
	} {
		if got := rd.Understand(q).Distressed; got != want {
			t.Errorf("%q: distressed %v, want %v", q, got, want)
		}
	}
}

// countryRoles checks the role of the country each question names.
func countryRoles(t *testing.T, rd *Reader, want map[string]Role) {
	t.Helper()
	for q, w := range want {
		got, found := Role(0), false
		for _, tm := range rd.Understand(q).Terms {
			if tm.Country {
				got, found = tm.Role, true
			}
		}
		if !found || got != w {
			t.Errorf("%q: the country's role %v, want %v", q, got, w)
		}
	}
}
