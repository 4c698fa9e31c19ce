package bot

import (
	"strings"
	"testing"
)

// TestTheTradesPriceNotInTheReport: a trade asked at a place that prices
// other things (a registration fee, a range across trades) but not that
// trade says so, with whom to ask; a trade the report prices, or a place
// that prices nothing, does not.
func TestTheTradesPriceNotInTheReport(t *testing.T) {
	tests := []struct {
		name, first, then, want, avoid string
	}{
		{"a range and a registration, plumbing at Sénou", "je veux apprendre la plomberie a senou", "c combien la plomberie ?", "ne donne pas le prix de la formation en plomberie sanitaire ; appelez le +22366896887", ""},
		{"a range, plumbing at Missabougou", "formation plomberie au CFP de Missabougou", "c'est combien ?", "ne donne pas le prix de la formation en plomberie-sanitaire", ""},
		{"the trade priced: no such line", "formation menuiserie au CFP de Missabougou", "c'est combien ?", "345.000", "ne donne pas le prix"},
		{"a track priced by its diploma: no such line", "je veux faire l'electromecanique au centre pere michel", "c'est combien ?", "155.000", "ne donne pas le prix"},
		{"Bambara: the trade's Bambara name", "n b'a fɛ ka nɛgɛ baara kalan Senu", "a sɔngɔ ye joli ye?", "", "ne donne pas"},
	}
	b, _ := newBot(t)
	for i, tt := range tests {
		chat := int64(1800 + i)
		handle(t, b, Update{ChatID: chat, Kind: Text, Text: tt.first})
		got := text(handle(t, b, Update{ChatID: chat, Kind: Text, Text: tt.then}))
		if !strings.Contains(got, tt.want) || tt.avoid != "" && strings.Contains(got, tt.avoid) {
			t.Errorf("%s: want %q, not %q:\n%s", tt.name, tt.want, tt.avoid, got)
		}
	}
}

// TestTheTrackNamed: a diploma or track the trades' lengths name ("le BT
// dure combien ?") is the trades of that track, of those asked before
// when some are.
func TestTheTrackNamed(t *testing.T) {
	tests := []struct {
		name, first, then, want, avoid string
	}{
		{"the BT of the trade asked", "je veux faire l'electromecanique au centre pere michel", "le BT dure combien ?", "Électromécanique : BT, 4 ans", "2 mois"},
		{"the CAP of the place named", "Centre Père Michel, c'est quoi ?", "le CAP dure combien ?", "CAP, 3 ans", "2 mois"},
	}
	b, _ := newBot(t)
	for i, tt := range tests {
		chat := int64(1810 + i)
		handle(t, b, Update{ChatID: chat, Kind: Text, Text: tt.first})
		got := text(handle(t, b, Update{ChatID: chat, Kind: Text, Text: tt.then}))
		if !strings.Contains(got, tt.want) || strings.Contains(got, tt.avoid) {
			t.Errorf("%s: want %q, not %q:\n%s", tt.name, tt.want, tt.avoid, got)
		}
	}
}

// TestCareOfTheShown: an illness told and its care asked after an answer
// asks the care the places shown give; a health service or a thing of its
// own is no such follow-up.
func TestCareOfTheShown(t *testing.T) {
	tests := []struct {
		name, first, then, want, avoid string
	}{
		{"a child alone at Kayes, ill", "mon petit frere de 15 ans est rentre seul a kayes il dort dehors", "il est malade, ils peuvent le soigner ?", "prise en charge psychosociale et médicale", "aucune fiche"},
		{"expelled at Bamako, hurt", "j'ai été expulsé d'algerie je suis a bamako sans rien", "je suis blessé, ils peuvent me soigner ?", "Assistance médicale", "aucune fiche"},
		{"a place silent on care says so", "je veux apprendre la soudure a kayes", "ils soignent aussi ?", "ne dit pas s'ils soignent", ""},
		{"a health centre asked is no follow-up", "mon petit frere de 15 ans est rentre seul a kayes il dort dehors", "il fait le palu, le centre de santé le plus proche ?", "", "🩺"},
	}
	b, _ := newBot(t)
	for i, tt := range tests {
		chat := int64(1820 + i)
		handle(t, b, Update{ChatID: chat, Kind: Text, Text: tt.first})
		got := text(handle(t, b, Update{ChatID: chat, Kind: Text, Text: tt.then}))
		if !strings.Contains(got, tt.want) || tt.avoid != "" && strings.Contains(got, tt.avoid) {
			t.Errorf("%s: want %q, not %q:\n%s", tt.name, tt.want, tt.avoid, got)
		}
	}
}

// TestWhoRunsIt: the one who runs a place, or whom to ask for there, is
// its contact, which names the person.
func TestWhoRunsIt(t *testing.T) {
	tests := []struct{ first, then, want string }{
		{"j'ai été expulsé d'algerie je suis a bamako sans rien", "je dois demander qui là-bas ?", "Ousmane Diarra"},
		{"je veux apprendre la soudure a l'atelier ecole de kayes", "le nom du directeur ?", "Pape Massar Seydou DIALLO"},
		{"je cherche un incubateur pour mon projet a bamako", "qui est le directeur de Donilab ?", "Tidiane Ball"},
	}
	b, _ := newBot(t)
	for i, tt := range tests {
		chat := int64(1830 + i)
		handle(t, b, Update{ChatID: chat, Kind: Text, Text: tt.first})
		if got := text(handle(t, b, Update{ChatID: chat, Kind: Text, Text: tt.then})); !strings.Contains(got, tt.want) {
			t.Errorf("%q: no %q:\n%s", tt.then, tt.want, got)
		}
	}
}

func TestLowerFirst(t *testing.T) {
	for in, want := range map[string]string{"Plomberie sanitaire": "plomberie sanitaire", "NTIC": "NTIC", "Électricité Bâtiment": "électricité Bâtiment", "": ""} {
		if got := lowerFirst(in); got != want {
			t.Errorf("lowerFirst(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTheNumberToCallFirst: the number asked after a danger told begins
// with the one number to call now, before every card's contact.
func TestTheNumberToCallFirst(t *testing.T) {
	b, _ := newBot(t)
	handle(t, b, Update{ChatID: 1840, Kind: Text, Text: "je suis bonne a segou ma patronne me frappe tous les jours"})
	got := text(handle(t, b, Update{ChatID: 1840, Kind: Text, Text: "le numero ?"}))
	if !strings.HasPrefix(got, "📞 <b>") || !strings.Contains(got, "+22370067806") {
		t.Errorf("the number to call now is not first:\n%s", got)
	}
	handle(t, b, Update{ChatID: 1841, Kind: Text, Text: "formation soudure a bamako"})
	if got := text(handle(t, b, Update{ChatID: 1841, Kind: Text, Text: "le numero ?"})); strings.HasPrefix(got, "📞 <b>") {
		t.Errorf("a number to call now without danger:\n%s", got)
	}
}

// TestWhereOneComesBackFrom: a country told as where one comes back from
// picks no fact of going there ("Bourses … au Maroc").
func TestWhereOneComesBackFrom(t *testing.T) {
	b, _ := newBot(t)
	handle(t, b, Update{ChatID: 1850, Kind: Text, Text: "je suis rentre du maroc, je cherche une subvention pour mon projet de poulailler a bamako"})
	if got := text(handle(t, b, Update{ChatID: 1850, Kind: Text, Text: "l'APEJ donne une subvention aux rapatriés du Maroc ?"})); strings.Contains(got, "au Maroc") {
		t.Errorf("the bursaries to train in Morocco answer a return from it:\n%s", got)
	}
}
