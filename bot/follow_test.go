package bot

import (
	"strings"
	"testing"
)

// TestCostItemNamedAfterOtherParts: a follow-up that names a cost item of
// the fiche asked about, and no trade, asks what it costs, whatever part
// the question before asked first ("et le foyer ?" after whether the centre
// takes girls and what registering costs), in French and in Bambara.
func TestCostItemNamedAfterOtherParts(t *testing.T) {
	b, _ := newBot(t)
	for i, tt := range []struct{ first, then, want string }{
		{"le centre pere michel il prend les filles ? l'inscription c'est combien", "et le foyer ?", "60.000"},
		{"le centre pere michel prend jusqu a quel age ? et ca coute combien", "et le foyer ?", "60.000"},
		{"CFP Missabougou ils prennent a partir de quel age ? et l'alphabetisation c'est combien ?", "et le transport et la nourriture ?", "130.000"},
		{"Centre Père Michel, tɔgɔsɛbɛnni sɔngɔ ye joli ye?", "jayɔrɔ dun?", "60.000"},
	} {
		chat := int64(880 + i)
		handle(t, b, Update{ChatID: chat, Kind: Text, Text: tt.first})
		if got := text(handle(t, b, Update{ChatID: chat, Kind: Text, Text: tt.then})); !strings.Contains(got, tt.want) {
			t.Errorf("%q then %q: no %s:\n%s", tt.first, tt.then, tt.want, got)
		}
	}
}

// TestItemsOfTheSecondPart: a cost item named in the second part a
// question asks ("quel âge ? et l'alphabétisation c'est combien ?") is
// shown with the cost, though the age is asked first.
func TestItemsOfTheSecondPart(t *testing.T) {
	b, _ := newBot(t)
	got := text(handle(t, b, Update{ChatID: 890, Kind: Text, Text: "CFP Missabougou ils prennent a partir de quel age ? et l'alphabetisation c'est combien ?"}))
	if !strings.Contains(got, "Alphabétisation (inscription) : 10.000 FCFA") || !strings.Contains(got, "15 ans") {
		t.Errorf("the age and the literacy fee lack:\n%s", got)
	}
}

// TestTwoAsksEachAnswered: a message that joins two asks of different
// needs shows, on its first page, the first fiche each ask finds alone;
// a message whose first clause is the story of the second is one ask.
func TestTwoAsksEachAnswered(t *testing.T) {
	b, _ := newBot(t)
	for i, tt := range []struct {
		say  string
		want []string
	}{
		{"mon frère veut une formation en hôtellerie et moi un crédit pour l'élevage, on est à Kayes", []string{"IFPT", "BNDA"}},
		{"ma sœur veut apprendre la coiffure à Bamako et moi je cherche du travail à Kayes", []string{"Missabougou", "ANPE"}},
	} {
		got := text(handle(t, b, Update{ChatID: int64(892 + i), Kind: Text, Text: tt.say}))
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("%q: no %s:\n%s", tt.say, w, got)
			}
		}
	}
}

// TestAgeToldAlone: an age told alone after an answer asks the last
// question again for that age (the fiches that take it, the number first
// after a danger); an age asked about in French ("il peut ?") asks the
// ages of the fiches shown; in Bambara ("ale dun?") the last question again.
func TestAgeToldAlone(t *testing.T) {
	checkFollowUps(t, 2700, []followUp{
		{"ma petite soeur a fui la maison, elle dort dans la rue à Bamako", "elle a 15 ans", []string{"ENDA Mali", "📞"}, []string{"Avenir Brillant"}},
		{"mon cousin a été expulsé d'Algérie, il dort dehors à Gao", "il a 25 ans", []string{"📞"}, []string{"ENDA Mali"}},
		{"je cherche du travail à Bamako", "jai 45 ans", []string{"ANPE"}, []string{"APEJ"}},
		{"salut je suis a bamako je veux apprendre la soudure mais jai pas le DEF", "et mon petit frère il a 13 ans, il peut ?", []string{"15 ans"}, nil},
		{"n b'a fɛ ka kalali dege Bamakɔ", "n balimakɛ ye san 14 ye, ale dun?", []string{"ENDA"}, []string{"N ma a faamu"}},
	})
}

// TestAnotherPersonAfterDanger: after a danger told, a relative and who
// they are ("et pour mon frère ? il a 15 ans") asks the same question for
// that person: a child's actors for a child, not the ages of the places
// shown nor the card of the first.
func TestAnotherPersonAfterDanger(t *testing.T) {
	checkFollowUps(t, 2750, []followUp{
		{"J'ai 19 ans, je viens de Ségou et je travaille comme bonne à Bamako. Ma patronne ne me paie pas, elle m'enferme la nuit.", "et pour mon frère ? il a 15 ans, il est rentré avec moi", []string{"ENDA Mali", "📞"}, []string{"Avenir Brillant"}},
		{"refoulé de Libye on nous a laissé a Kayes, je suis malade et j'ai rien", "et pour mon fils ? il a 12 ans", []string{"ENDA Mali"}, []string{"Avenir Brillant"}},
		{"Je suis une femme de Niono, mon mari me frappe tous les jours. Je suis à Ségou chez une voisine.", "et pour ma sœur ? elle a 16 ans", []string{"UNICEF"}, nil},
		{"n bɛ baara kɛ muso dɔ bolo Bamakɔ, a tɛ n sara kalo naani, a ye n ka karti ta", "n dɔgɔkɛ dun? a ye san 12 ye", []string{"ENDA Mali", "Croix Rouge"}, []string{"Mali Angel"}},
	})
}

// TestExcludedFiche: a fiche left out after an answer ("autre que
// l'IFPI ?", "IFPI tɛ, dɔ wɛrɛ bɛ yen wa?") asks the last question again
// without it, not its next page; left out in a question of its own
// ("mais pas à l'ECICA"), it is not shown either.
func TestExcludedFiche(t *testing.T) {
	checkFollowUps(t, 2800, []followUp{
		{"je veux apprendre un métier à Kayes", "autre que l'IFPI ?", []string{"AEK"}, []string{"IFPI"}},
		{"n b'a fɛ ka baara dege Kayi", "IFPI tɛ, dɔ wɛrɛ bɛ yen wa?", []string{"AEK"}, []string{"IFPI"}},
		{"je cherche un travail à Bamako", "sauf l'ANPE, il y a qui ?", []string{"APEJ"}, []string{"nationale pour l"}},
		{"bonjour", "mon frère veut apprendre l'informatique à Bamako, mais pas à l'ECICA", []string{"1."}, []string{"ECICA"}},
	})
}

// TestCallBeforeTraining: a danger that comes first told in the story
// before a training ask ("je dors à la gare… je veux apprendre la
// soudure") puts the number to call first, then the training; a condition
// told (expelled, not urgent) or a training alone, no number first.
func TestCallBeforeTraining(t *testing.T) {
	b, _ := newBot(t)
	for i, tt := range []struct {
		say  string
		call bool
	}{
		{"Je suis rentré de Libye, mon oncle m'a chassé de la maison, je dors à la gare de Bamako. Je veux apprendre la soudure.", true},
		{"je veux apprendre la soudure à Bamako", false},
		{"J'ai été expulsé d'Algérie, je veux apprendre la soudure à Bamako", false},
	} {
		got := text(handle(t, b, Update{ChatID: int64(2900 + i), Kind: Text, Text: tt.say}))
		first := strings.SplitN(got, "\n", 2)[0]
		if called := strings.HasPrefix(first, "📞"); called != tt.call {
			t.Errorf("%q: number first %v, want %v:\n%s", tt.say, called, tt.call, got)
		}
		if !strings.Contains(got, "Sénou") && !strings.Contains(got, "Missabougou") {
			t.Errorf("%q: no training centre:\n%s", tt.say, got)
		}
	}
}

// TestNumberAfterACallBefore: the number asked right after an answer that
// put the number to call first (a danger told in the story of a training
// ask, or a danger alone) gives that number first again, then the cards';
// after a training ask alone, the cards' numbers only.
func TestNumberAfterACallBefore(t *testing.T) {
	b, _ := newBot(t)
	for i, tt := range []struct {
		first, then string
		call        bool
	}{
		{"Je suis rentré de Libye, mon oncle m'a chassé de la maison, je dors à la gare de Bamako. Je veux apprendre la soudure.", "et le numéro ?", true},
		{"n bɔra Alizeri, so tɛ n bolo, n bɛ sunɔgɔ kɛnɛma Bamakɔ. N b'a fɛ ka sudelikɛ dege.", "a nimɔrɔ?", true},
		{"je veux apprendre la soudure à Bamako", "et le numéro ?", false},
		{"J'ai été expulsé d'Algérie, je veux apprendre la soudure à Bamako", "et le numéro ?", false},
	} {
		chat := int64(2950 + i)
		handle(t, b, Update{ChatID: chat, Kind: Text, Text: tt.first})
		got := text(handle(t, b, Update{ChatID: chat, Kind: Text, Text: tt.then}))
		first := strings.SplitN(got, "\n", 2)[0]
		if called := strings.HasPrefix(first, "📞"); called != tt.call {
			t.Errorf("%q then %q: number to call first %v, want %v:\n%s", tt.first, tt.then, called, tt.call, got)
		}
	}
}

// followUp is a message, then the one that follows it in the same chat,
// with what the reply to the second must say and must not.
type followUp struct {
	first, then string
	want, not   []string
}

// checkFollowUps plays each followUp in a chat of its own, numbered from
// chat, and checks the reply to its second message.
func checkFollowUps(t *testing.T, chat int64, cases []followUp) {
	t.Helper()
	b, _ := newBot(t)
	for i, tt := range cases {
		id := chat + int64(i)
		handle(t, b, Update{ChatID: id, Kind: Text, Text: tt.first})
		got := text(handle(t, b, Update{ChatID: id, Kind: Text, Text: tt.then}))
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("%q then %q: no %s:\n%s", tt.first, tt.then, w, got)
			}
		}
		for _, w := range tt.not {
			if strings.Contains(got, w) {
				t.Errorf("%q then %q: %s:\n%s", tt.first, tt.then, w, got)
			}
		}
	}
}

// TestBedAfterAnotherAsk: a bed asked for tonight right after an answer
// to another ask told beside an urgent danger (sleeping at the station,
// then welding) is a danger answered with the shelters, not asked of the
// schools shown; after an answer to the danger alone, it is asked of the
// actors shown (their lodging).
func TestBedAfterAnotherAsk(t *testing.T) {
	checkFollowUps(t, 2990, []followUp{
		{"Je suis rentré de Libye, mon oncle m'a chassé de la maison, je dors à la gare de Bamako. Je veux apprendre la soudure.", "et pour dormir ce soir ?",
			[]string{"AME"}, []string{"CFP Sénou", "Centre Père Michel"}},
		{"n bɔra Alizeri, so tɛ n bolo, n bɛ sunɔgɔ kɛnɛma Bamakɔ. N b'a fɛ ka sudelikɛ dege.", "su in na n bɛ da min?",
			[]string{"AME"}, []string{"CFP Sénou", "Centre Père Michel"}},
		{"je suis rentré de Libye hier, je dors dehors à Bamako", "et pour dormir ce soir ?",
			[]string{"🛏", "AME"}, []string{"Mali Angel"}},
	})
}
