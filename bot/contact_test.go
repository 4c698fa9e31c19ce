package bot

import (
	"strings"
	"testing"

	"sira/index"
	"sira/index/places"
	"sira/seeds"
)

// coordinators is a fiche with a coordinator in two towns, as ENDA's.
var coordinators = &seeds.Fiche{Ref: "PX1", Name: "ONG Test", Audience: seeds.AudiencePublic, Status: seeds.StatusActive, Contacts: []seeds.Contact{
	{Name: "A", Role: "Coordinateur Bamako", Phones: []string{"+22370000011"}},
	{Name: "B", Role: "Coordinateur Koulikoro", Phones: []string{"+22370000012"}},
}}

// headOffice is a fiche with a line that names no place after one that
// names a town.
var headOffice = &seeds.Fiche{Ref: "PX2", Name: "Agence Test", Audience: seeds.AudiencePublic, Status: seeds.StatusActive, Contacts: []seeds.Contact{
	{Name: "C", Role: "Chef de l'antenne de Ségou", Phones: []string{"+22370000021"}},
	{Name: "D", Role: "Directeur général et chef de projet", Phones: []string{"+22370000022"}},
}}

func place(t *testing.T, name string) *places.Place {
	t.Helper()
	p, ok := places.Default().Lookup(name)
	if !ok {
		t.Fatalf("no place %q", name)
	}
	return &p
}

func TestCallFirst(t *testing.T) {
	tests := []struct {
		name     string
		lang     string
		f        *seeds.Fiche
		place    string
		phone    string
		whoHolds string
	}{
		{"the coordinator of the town asked", "fr", coordinators, "Koulikoro", "+22370000012", "Coordinateur Koulikoro"},
		{"a town of the coordinator's region", "fr", coordinators, "Kati", "+22370000012", "Coordinateur Koulikoro"},
		{"no coordinator there: the first, said whose", "fr", coordinators, "Kayes", "+22370000011", "Coordinateur Bamako"},
		{"no place asked: the fiche's order", "fr", coordinators, "", "+22370000011", "Coordinateur Bamako"},
		{"Bambara: whose is the place, a role being French", "bm", coordinators, "Koulikoro", "+22370000012", "Koulikoro"},
		{"the antenna of the town asked before the general line", "fr", headOffice, "Ségou", "+22370000021", "Chef de l'antenne de Ségou"},
		{"elsewhere: the general line before another town's, its first clause", "fr", headOffice, "Mopti", "+22370000022", "Directeur général"},
		{"Bambara: a line with no place is said by its person's name", "bm", headOffice, "Mopti", "+22370000022", "D"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := renderTurn(tt.lang, latin, "")
			var p *places.Place
			if tt.place != "" {
				p = place(t, tt.place)
			}
			phone, who, ok := tr.callFirst(tt.f, p)
			who = tr.plain(who)
			if !ok || phone != tt.phone || who != tt.whoHolds {
				t.Errorf("callFirst = %q, %q, %v; want %q, %q", phone, who, ok, tt.phone, tt.whoHolds)
			}
		})
	}
}

func TestWhoseShownOnlyWhenItTells(t *testing.T) {
	one := &seeds.Fiche{Contacts: []seeds.Contact{{Name: "E", Role: "Directrice", Phones: []string{"+22370000031"}}}}
	antenna := &seeds.Fiche{Contacts: []seeds.Contact{{Name: "F", Role: "Coordinateur de l'antenne Kayes", Phones: []string{"+22370000032"}}}}
	tests := []struct {
		name  string
		f     *seeds.Fiche
		place string
		shown bool
	}{
		{"one contact naming no place", one, "Mopti", false},
		{"one contact of the town asked", antenna, "Kayes", false},
		{"one contact of a town of the region asked", antenna, "Kita", false},
		{"one contact of another town than the one asked", antenna, "Mopti", true},
		{"one contact of a town, no place asked", antenna, "", false},
		{"two contacts", coordinators, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var p *places.Place
			if tt.place != "" {
				p = place(t, tt.place)
			}
			_, who, _ := renderTurn("fr", latin, "").callFirst(tt.f, p)
			if (who != "") != tt.shown {
				t.Errorf("whose = %q; want shown %v", who, tt.shown)
			}
		})
	}
}

func TestProgrammeNumberByReader(t *testing.T) {
	donor := &seeds.Fiche{Ref: "AX1", Name: "Bailleur", Kind: seeds.KindDonor, Audience: seeds.AudienceProgramme, Status: seeds.StatusActive,
		Contacts: []seeds.Contact{{Name: "G", Role: "Responsable", Emails: []string{"g@bailleur.org"}},
			{Name: "F", Role: "Expert secteur privé", Phones: []string{"+22370000041"}, Emails: []string{"f@bailleur.org"}}}}
	tests := []struct {
		name        string
		fc          focus
		ended       bool
		want, avoid []string
		contacts    []seeds.Contact // the donor's when nil
	}{
		{"a person: the counsellor's route, no officer's mobile", focus{}, false, []string{"conseiller des Espaces Orientation Jeunesse"}, []string{"+22370000041", "f@bailleur.org"}, nil},
		{"a counsellor asking donors: the programme's contact, labelled", focus{donors: true}, false, []string{"📞 Contact du programme (Expert secteur privé) : +22370000041 · f@bailleur.org"}, []string{"Espaces Orientation"}, nil},
		{"a person asking its contact: the route first, then the contact, labelled", focus{part: index.AskContact}, false, []string{"🧑 On y accède par un conseiller", "\n📞 Contact du programme (Expert secteur privé)"}, nil, nil},
		{"the contact that gives a number before one with an address only", focus{donors: true}, false, []string{"📞 Contact du programme (Expert secteur privé) : +22370000041"}, []string{"g@bailleur.org"}, nil},
		{"ended: no route to it, no officer", focus{}, true, nil, []string{"conseiller des Espaces Orientation Jeunesse", "+22370000041"}, nil},
		{"a contact with neither name nor role: no empty label", focus{donors: true}, false, []string{"✉️ Contact du programme : h@agence.org"}, []string{"()"}, []seeds.Contact{{Emails: []string{"h@agence.org"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := renderTurn("fr", latin, tt.fc.part)
			f := *donor
			if tt.ended {
				f.Status, f.Ended = seeds.StatusEnded, "2021"
			}
			if tt.contacts != nil {
				f.Contacts = tt.contacts
			}
			got := tr.plain(tr.card(1, index.Result{Fiche: &f}, tt.fc))
			cardHolds(t, got, tt.want, tt.avoid)
		})
	}
}

func TestCallNowPrefersTheLineOfThePlace(t *testing.T) {
	tr := renderTurn("fr", latin, "")
	general := &seeds.Fiche{Ref: "PX3", Name: "Croix Test", Audience: seeds.AudiencePublic, Status: seeds.StatusActive,
		Contacts: []seeds.Contact{{Name: "G", Role: "Délégué", Phones: []string{"+22370000051"}}}}
	results := []index.Result{{Fiche: general}, {Fiche: coordinators}}
	a := index.Answer{Results: results}
	a.Place = place(t, "Koulikoro")
	if got := tr.plain(tr.callNow(a)); !strings.Contains(got, "ONG Test (Coordinateur Koulikoro), +22370000012") {
		t.Errorf("Koulikoro: %q; want ONG Test's Koulikoro line", got)
	}
	a.Place = place(t, "Mopti")
	if got := tr.plain(tr.callNow(a)); !strings.Contains(got, "Croix Test, +22370000051") {
		t.Errorf("Mopti, no local line: %q; want the first actor's", got)
	}
	// The first actor with a town at the place is called before a lower
	// one with a coordinator's line there.
	general.Cities = []string{"Koulikoro"}
	a.Place = place(t, "Koulikoro")
	if got := tr.plain(tr.callNow(a)); !strings.Contains(got, "Croix Test, +22370000051") {
		t.Errorf("Koulikoro, the first actor there: %q; want the first actor's", got)
	}
}

// TestPersonAskedAfterADanger: a person asked for right after an answer
// to a danger told gets that answer's number to call now first, then the
// counsellor; asked after any other answer, the counsellor alone.
func TestPersonAskedAfterADanger(t *testing.T) {
	tests := []struct {
		first string
		call  bool
	}{
		{"je suis rentre du niger il y a 2 mois, j'ai tout perdu, je veux plus vivre", true},
		{"formation en soudure a kayes", false},
	}
	b, _ := newBot(t)
	for i, tt := range tests {
		chat := int64(900 + i)
		handle(t, b, Update{ChatID: chat, Kind: Text, Text: tt.first})
		got := text(handle(t, b, Update{ChatID: chat, Kind: Text, Text: "je veux juste parler a quelqu'un"}))
		call, counsellor := strings.Index(got, "Appelez maintenant"), strings.Index(got, "+22366745089")
		if (call >= 0) != tt.call || counsellor < 0 || call > counsellor {
			t.Errorf("%q, then a person asked: call now %v, want %v, before the counsellor's number:\n%s", tt.first, call >= 0, tt.call, got)
		}
	}
}

func TestContactLinesThePlaceFirst(t *testing.T) {
	tr := renderTurn("fr", latin, "")
	tr.chat.Place = "Koulikoro"
	got := tr.contactLines(coordinators)
	if len(got) != 2 || !strings.Contains(got[0], "+22370000012") || !strings.Contains(got[1], "+22370000011") {
		t.Errorf("details' contacts after a question in Koulikoro: %q; want Koulikoro's first, and Bamako's kept", got)
	}
}

// A programme's details and slip, as a person and as a counsellor who
// asked which donors fund something read them: the officer's number is
// listed (the details keep every number), the button to call it only for
// the counsellor; the counsellor's route first.
func TestProgrammeDetailsByReader(t *testing.T) {
	b, _ := newBot(t)
	tests := []struct {
		name     string
		chat     int64
		question string
		call     bool
	}{
		{"a person", 11, "la GIZ peut m'aider pour un atelier de couture ?", false},
		{"a counsellor asking donors", 12, "quels bailleurs financent la formation professionnelle des jeunes ?", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			handle(t, b, Update{ChatID: tt.chat, Kind: Text, Text: tt.question})
			rs := handle(t, b, Update{ChatID: tt.chat, Kind: Callback, Data: "d:A02"})
			body := text(rs)
			route, officer := strings.Index(body, "conseiller des Espaces Orientation Jeunesse"), strings.Index(body, "+22376490949")
			if route < 0 || officer < route {
				t.Errorf("details: the route at %d, the officer at %d; want both, the route first:\n%s", route, officer, body)
			}
			if got := hasData(rs[len(rs)-1], "p:A02"); got != tt.call {
				t.Errorf("call button %v, want %v", got, tt.call)
			}
			slip := text(handle(t, b, Update{ChatID: tt.chat, Kind: Callback, Data: "o:A02"}))
			if !strings.Contains(slip, "conseiller des Espaces Orientation Jeunesse") {
				t.Errorf("slip has no route to the programme:\n%s", slip)
			}
		})
	}
}

// cardHolds checks that a card holds each of want and none of avoid.
func cardHolds(t *testing.T, card string, want, avoid []string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(card, w) {
			t.Errorf("card lacks %q:\n%s", w, card)
		}
	}
	for _, w := range avoid {
		if strings.Contains(card, w) {
			t.Errorf("card holds %q:\n%s", w, card)
		}
	}
}

// TestNationalNumberAtARegionalTown: a service of the whole country asked
// about at a town of the regions whose office the report does not name
// there says its number is the national one; not where the report names
// the town, nor at Bamako, nor for a programme or a fiche of one region.
func TestNationalNumberAtARegionalTown(t *testing.T) {
	national := &seeds.Fiche{Ref: "PX3", Name: "Agence Nationale Test", Regions: []string{seeds.National}, Audience: seeds.AudiencePublic, Status: seeds.StatusActive,
		Zones:    "Présente dans toutes les régions ; 8 secrétariats régionaux (Kayes, Mopti).",
		Contacts: []seeds.Contact{{Name: "H", Role: "Directeur général adjoint", Phones: []string{"+22370000051"}}}}
	withAntenna := *national
	withAntenna.Contacts = append([]seeds.Contact{{Name: "I", Role: "Chef de l'antenne de Sikasso", Phones: []string{"+22370000052"}}}, national.Contacts...)
	programme := *national
	programme.Audience = seeds.AudienceProgramme
	regional := *national
	regional.Regions = []string{"segou"}
	tests := []struct {
		name, lang, place string
		f                 *seeds.Fiche
		want              string
	}{
		{"a regional town no line names", "fr", "Sikasso", national, "📍 Le rapport ne nomme aucun bureau à Sikasso ; ce numéro est national."},
		{"Bambara: the town by its Bambara name", "bm", "Ségou", national, "📍 A ka yɔrɔ min bɛ Segu, o ma fɔ yan; nin nimɔrɔ ye Mali bɛɛ ta ye."},
		{"a town its offices name", "fr", "Mopti", national, ""},
		{"a town of a region whose capital its offices name: none at the town", "fr", "Kita", national, "📍 Le rapport ne nomme aucun bureau à Kita ; ce numéro est national."},
		{"a town a contact's role names", "fr", "Sikasso", &withAntenna, ""},
		{"Bamako, where national offices are", "fr", "Bamako", national, ""},
		{"a programme, reached through partners", "fr", "Sikasso", &programme, ""},
		{"a fiche of one region", "fr", "Sikasso", &regional, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := renderTurn(tt.lang, latin, "")
			if got := tr.plain(tr.nationalLine(tt.f, place(t, tt.place))); got != tt.want {
				t.Errorf("nationalLine = %q, want %q", got, tt.want)
			}
		})
	}
	if got := renderTurn("fr", latin, "").nationalLine(national, nil); got != "" {
		t.Errorf("no place: %q, want none", got)
	}
}
