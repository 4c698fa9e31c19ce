package bot

import (
	"strings"
	"testing"
)

// TestNearTeachers: a trade no open service teaches at the place asked
// is answered with those that teach it elsewhere, saying where (after a
// centre there not yet open that lists it), not with the place's other
// actors: a shelter, a donor; asked who can orient or take the person
// in, with the agencies of the place first. Taught there, a fiche at the
// place that teaches it elsewhere says where.
func TestNearTeachers(t *testing.T) {
	tests := []struct {
		say, first string
		has        []string
		not        []string
	}{
		{"ou apprendre la couture a kayes", "Missabougou", []string{"aucun centre ouvert", "Ce métier y est enseigné à Bamako."}, []string{"GIZ", "Expulsés", "Bailleur"}},
		{"formation coiffure a kayes svp", "Missabougou", []string{"Coiffure"}, []string{"Bailleur"}},
		// A grown person told: no fiche for minors only (ENDA), nor one
		// for returnees only (the AME) among the place's others.
		{"j'ai 30 ans, je veux apprendre la couture a kayes", "Missabougou", []string{"aucun centre ouvert"}, []string{"ENDA", "Expulsés"}},
		{"n b'a fɛ ka kalali dege Kayi", "Missabougou", []string{"Nin baara in kalan bɛ kɛ Bamako."}, []string{"GIZ"}},
		{"formation reparation tracteurs a Segou", "Markala", nil, nil},
		// Taught there: no near answers; a fiche at Kayes that teaches it
		// only at Bamako (ENDA, for a boy of 16) says so.
		{"mon fils de 16 ans veut une formation soudure a kayes", "", []string{"ENDA Mali</b> — Sikasso, Kayes, Koulikoro, Bamako, Gao\n📍 Ce métier y est enseigné à Bamako."}, []string{"aucun centre ouvert", "IFPI</b> — Kayes\n📍"}},
		// Someone to orient asked where none teaches it (Answer.Agencies):
		// the agencies of the place first, saying no centre teaches it
		// there; the schools elsewhere after them. Welding, which no
		// fiche's trades list by that word, says it too.
		{"Conseillère EOJ de Sikasso : une jeune de 17 ans veut apprendre la couture. Quelles options dans la région ?", "APEJ", []string{"aucun centre ouvert", "Sikasso", "Missabougou"}, []string{"GIZ", "Bailleur"}},
		{"Je suis à Mopti, un jeune veut apprendre la soudure. Qui peut l'orienter ?", "APEJ", []string{"aucun centre ouvert qui enseigne ce métier à Mopti"}, []string{"GIZ", "Bailleur"}},
		// Taught by no fiche anywhere (Answer.Untaught): said so, the
		// agencies that orient toward a training, no school of other
		// trades; only those that teach it among the doors elsewhere.
		{"je veux apprendre la peche a mopti", "APEJ", []string{"ni à Mopti ni ailleurs au Mali", "ANPE", "Espaces Orientation Jeunesse"}, []string{"Missabougou", "Sénou", "ECICA"}},
		{"formation cordonnerie a koutiala", "ENDA", []string{"Ce métier y est enseigné à Bamako."}, []string{"FAMIB", "Missabougou"}},
	}
	b, _ := newBot(t)
	for i, tt := range tests {
		got := text(handle(t, b, Update{ChatID: int64(1900 + i), Kind: Text, Text: tt.say}))
		first, _, _ := strings.Cut(got, "\n2. ")
		if tt.first != "" && !strings.Contains(first, tt.first) {
			t.Errorf("%q: the first card is not %s:\n%s", tt.say, tt.first, got)
		}
		cardHolds(t, got, tt.has, tt.not)
	}
}

// TestChildActorsForMinorsOnly: a children's actor (ENDA, "moins de 18
// ans", the only one teaching shoemaking) is no door for a grown person
// told: the answer says no open centre teaches it there, and shows no
// ENDA; a young person's shows it, without its ages.
func TestChildActorsForMinorsOnly(t *testing.T) {
	b, _ := newBot(t)
	for i, tt := range []struct {
		say  string
		enda bool
	}{
		{"j'ai 30 ans, je veux apprendre la cordonnerie a bamako", false},
		{"mon mari veut apprendre la cordonnerie a bamako", false},
		{"j'ai 16 ans, je veux apprendre la cordonnerie a bamako", true},
	} {
		got := text(handle(t, b, Update{ChatID: int64(1910 + i), Kind: Text, Text: tt.say}))
		if strings.Contains(got, "ENDA") != tt.enda {
			t.Errorf("%q: ENDA shown %v, want %v:\n%s", tt.say, !tt.enda, tt.enda, got)
		}
		if strings.Contains(got, "aucun centre ouvert") == tt.enda || strings.Contains(got, "moins de 18 ans") {
			t.Errorf("%q: the intro or ENDA's ages say what the answer is not:\n%s", tt.say, got)
		}
	}
}

// TestNameAndShelterAsked: after an answer, the name asked ("a tɔgɔ", "a
// tɔgɔ ye di?", "le directeur c qui", "c'est qui les responsables", "je
// demande qui quand j'arrive ?") gives
// the contact, which names the person; lodging asked of a person ("u bɛ se
// k'a ja wa?", "a bɛ se ka ja yen wa?" in Latin letters or N'Ko, "ils
// peuvent l'héberger ?", "où peut-il dormir ce soir ?")
// is asked of the places shown and finds a protection actor's shelter
// ("centre d’accueil").
func TestNameAndShelterAsked(t *testing.T) {
	b, _ := newBot(t)
	tests := []struct{ first, then, want string }{
		{"Kulikɔrɔ, jɔn bɛ denmisɛnw lakana?", "a tɔgɔ", "Seckna Bagayoko"},
		{"n balimakɛ tununna Alizeri, n t'a ye kabini san 3", "a tɔgɔ ye di?", "Oscar Llorente Pelayo"},
		{"n denmuso ye san 14 ye, u y'a ci Bamakɔ baara la, u b'a gosi", "u bɛ se k'a ja wa?", "mɔgɔ 30"},
		{"ne denke ye san 13 ye, a kelen be kayi, a te dumuni soro", "a be se ka ja yen wa", "mɔgɔ 30"},
		{"ߒ ߘߋ߲ߞߍ ߛߌ ߦߋ ߛߊ߲ ߁߁ ߦߋ߸ ߊ ߞߋߟߋ߲ ߓߍ ߞߊߦߌ߸ ߊ ߕߍ ߘߎߡߎߣߌ ߛߐߙߐ", "ߊ ߓߍ ߛߋ ߞߊ ߖߊ ߦߋ߲ ߥߊ؟", "ENDA"},
		{"ma fille de 15 ans a ete victime de traite, elle est a bamako", "ils peuvent l'héberger ?", "centre d’accueil (capacités de 30 personnes)"},
		{"Un enfant d'environ 12 ans dort seul à la gare routière de Kayes. Qui appeler vite ?", "où peut-il dormir ce soir ?", "🛏"},
		{"je veux apprendre la chaudronnerie, ya un centre?", "le directeur c qui", "Djibrilla Moussa"},
		{"je veux travailler legalement en Espagne ou dans le Golfe, ki organise ca ?", "c'est qui les responsables", "Noumbary"},
		{"je cherche un credit pour jeunes a bamako, l apej", "je demande qui quand j arrive la bas ?", "Cheick Oumar Sow"},
	}
	for i, tt := range tests {
		id := int64(1920 + i)
		handle(t, b, Update{ChatID: id, Kind: Text, Text: tt.first})
		if got := text(handle(t, b, Update{ChatID: id, Kind: Text, Text: tt.then})); !strings.Contains(got, tt.want) {
			t.Errorf("%q after %q: no %q:\n%s", tt.then, tt.first, tt.want, got)
		}
	}
}

// TestPartOfNearTeachers: a part asked after a trade's near teachers
// (hairdressing at Kayes: Missabougou, at Bamako, then Kayes centres that
// do not teach it) is that of those that teach it; after centres that
// teach it there, of every card shown.
func TestPartOfNearTeachers(t *testing.T) {
	b, _ := newBot(t)
	for i, tt := range []struct {
		first    string
		has, not []string
	}{
		{"Conseillère EOJ a Kayes : une fille de 19 ans veut apprendre la coiffure, ou l'orienter ?", []string{"Missabougou", "coiffure-esthétique"}, []string{"2. "}},
		{"formation soudure a kayes", []string{"2. "}, nil},
	} {
		id := int64(2040 + i)
		handle(t, b, Update{ChatID: id, Kind: Text, Text: tt.first})
		cardHolds(t, text(handle(t, b, Update{ChatID: id, Kind: Text, Text: "c'est combien ?"})), tt.has, tt.not)
	}
}

// TestChildrenOnlyBelow: asked to learn by a grown person or one whose age
// is untold, a fiche for minors only (ENDA's 3-year courses) goes below
// the first page of services that teach the trade as well; asked for a
// child, or a trade only it teaches, it stays.
func TestChildrenOnlyBelow(t *testing.T) {
	b, _ := newBot(t)
	for i, tt := range []struct {
		say  string
		want bool
	}{
		{"je veux apprendre la couture a bamako", false},
		{"j'ai 40 ans je cherche une formation en soudure a Kayes", false},
		{"ma fille de 15 ans veut apprendre la couture a Bamako", true},
		{"ou apprendre la cordonnerie a Bamako", true},
	} {
		got := text(handle(t, b, Update{ChatID: int64(1930 + i), Kind: Text, Text: tt.say}))
		if strings.Contains(got, "ENDA") != tt.want {
			t.Errorf("%q: ENDA shown %v, want %v:\n%s", tt.say, !tt.want, tt.want, got)
		}
	}
}

// TestCardOfNoTradeAsked: on an answer to learn a trade, the card of a
// school that lists none of those asked (CPM for sewing or hairdressing
// at Bamako) says the report names no such course there; a school that
// teaches it, or any school when no trade is asked, says nothing of it.
func TestCardOfNoTradeAsked(t *testing.T) {
	tests := []struct {
		say, card string // what is asked; the card read
		says      bool   // whether it says no such course is named
	}{
		{"je veux apprendre la couture a bamako", "Centre Père Michel", true},
		{"ou apprendre la coiffure a bamako", "Centre Père Michel", true},
		{"n b'a fɛ ka karali dege Bamakɔ", "Centre Père Michel", true},
		{"je veux apprendre la couture a bamako", "CFP Missabougou", false},
		{"je veux une formation a bamako", "CFP Missabougou", false},
		// Named: its name fits, not its trades; its summary's welding fits.
		{"combien coute la couture au CFP Senou", "CFP Sénou", true},
		{"combien coute la soudure au CFP Senou", "CFP Sénou", false},
		// Literacy is no trade it lists, but a fee it prices.
		{"n b'a fe ka sebenni kalan Missabougou", "CFP Missabougou", false},
	}
	b, _ := newBot(t)
	for i, tt := range tests {
		got := text(handle(t, b, Update{ChatID: int64(1920 + i), Kind: Text, Text: tt.say}))
		_, card, found := strings.Cut(got, tt.card)
		if !found {
			t.Fatalf("%q: no card of %s, the test reads nothing:\n%s", tt.say, tt.card, got)
		}
		card, _, _ = strings.Cut(card, "\n\n")
		said := strings.Contains(card, "Le rapport ne dit pas que ce métier y est enseigné.") || strings.Contains(card, "Nin baara in kalan ma fɔ yan.")
		if said != tt.says {
			t.Errorf("%q: %s's card says no such course %v, want %v:\n%s", tt.say, tt.card, said, tt.says, card)
		}
		if tt.says && strings.Contains(card, "Formation construction métallique") {
			t.Errorf("%q: %s's card gives another trade's fee:\n%s", tt.say, tt.card, card)
		}
	}
}
