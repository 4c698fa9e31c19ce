package places

import (
	"math"
	"strings"
	"testing"

	"sira/index/fold"
)

func TestLookup(t *testing.T) {
	g := Default()
	tests := []struct{ in, want, region string }{
		{"Kayi", "kayes", "kayes"},
		{"KAYES", "kayes", "kayes"},
		{"Ségou", "segou", "segou"},
		{"segu", "segou", "segou"},
		{"Mɔti", "mopti", "mopti"},
		{"Tumutu", "tombouctou", "tombouctou"},
		{"bko", "bamako", "bamako"},
		{"Bamakɔ", "bamako", "bamako"},
		{"Gawo", "gao", "gao"},
		{"Kucala", "koutiala", "sikasso"},
		{"Keniéba", "kenieba", "kayes"},
		{"Kita", "kita", "kayes"},
		{"Sogoniko", "sogoniko", "bamako"},             // a quartier of Bamako
		{"baco djicoroni", "baco-djicoroni", "bamako"}, // a hyphenated name typed with a space
		{"Kɔlɔnjɛba", "kolondieba", "sikasso"},         // the lexicon's spelling
		{"Youwarou", "youwarou", "mopti"},              // a cercle's seat
	}
	for _, tt := range tests {
		p, ok := g.Lookup(tt.in)
		if !ok || p.ID != tt.want || p.Region != tt.region {
			t.Errorf("Lookup(%q) = %+v, %v; want %s in %s", tt.in, p, ok, tt.want, tt.region)
		}
	}
	if p, ok := g.Lookup("guitare"); ok {
		t.Errorf("Lookup(guitare) = %+v, want nothing", p)
	}
}

func TestFindMultiWord(t *testing.T) {
	words := strings.Fields(fold.String("formation a Kalaban Coro puis Segou"))
	got := Default().Find(words)
	if len(got) != 2 || got[0].ID != "kalabancoro" || got[0].Start != 2 || got[0].End != 4 || got[1].ID != "segou" {
		t.Fatalf("Find = %+v", got)
	}
}

// TestGuarded: a town whose name is also a common word (guarded.tsv) is
// no mention Find returns; FindGuarded does, and Lookup finds it by name.
// A guarded spelling that names a place of the gazetteer is an error.
func TestGuarded(t *testing.T) {
	words := strings.Fields(fold.String("je vis a San pres de Segou"))
	if got := Default().Find(words); len(got) != 1 || got[0].ID != "segou" {
		t.Errorf("Find = %+v, want Ségou alone", got)
	}
	if got := Default().FindGuarded(words); len(got) != 1 || got[0].ID != "san" || got[0].Start != 3 || got[0].Region != "segou" {
		t.Errorf("FindGuarded = %+v, want San at 3", got)
	}
	for _, name := range []string{"San", "Koro"} {
		if p, ok := Default().Lookup(name); !ok || p.Name != name {
			t.Errorf("Lookup(%q) = %+v %v", name, p, ok)
		}
	}
	const row = "kayes\tKayes\tkayes\t14.4\t-11.4\t\t\n"
	if _, err := ParseGuarded(row, row); err == nil {
		t.Error("a guarded town named as a gazetteer's parsed")
	}
}

func TestNearest(t *testing.T) {
	// A point just outside Sévaré is nearest to Sévaré, then Mopti.
	got := Default().Nearest(14.54, -4.09)
	if got[0].ID != "sevare" || got[1].ID != "mopti" {
		t.Fatalf("Nearest = %s, %s", got[0].ID, got[1].ID)
	}
	if d := Distance(12.6392, -8.0029, 14.4469, -11.4445); d < 380 || d > 440 {
		t.Errorf("Bamako–Kayes = %.0f km, want about 410", d)
	}
}

// TestTownsNamed: the distance to the nearest of towns named and whether
// one lies in a region read each town by any spelling and skip those the
// gazetteer does not know.
func TestTownsNamed(t *testing.T) {
	g := Default()
	kayes := 14.4469
	tests := []struct {
		towns  []string
		near   float64 // km from Kayes, about (-1: none known)
		region string
		in     bool
	}{
		{[]string{"Kayi"}, 0, "kayes", true},
		{[]string{"Bamako", "kays"}, 0, "bamako", true},
		{[]string{"Bamako"}, 410, "kayes", false},
		{[]string{"Kucala", "Bamako"}, 410, "sikasso", true},
		{[]string{"Nowhere"}, -1, "kayes", false},
		{nil, -1, "kayes", false},
	}
	for _, tt := range tests {
		d := g.DistanceToNearest(tt.towns, kayes, -11.4445)
		if tt.near < 0 && !math.IsInf(d, 1) || tt.near >= 0 && math.Abs(d-tt.near) > 30 {
			t.Errorf("DistanceToNearest(%v, Kayes) = %.0f, want about %v", tt.towns, d, tt.near)
		}
		if got := g.InRegion(tt.towns, tt.region); got != tt.in {
			t.Errorf("InRegion(%v, %s) = %v, want %v", tt.towns, tt.region, got, tt.in)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, bad := range []string{
		"a\tA\ta\t1\t2\t",                       // 6 columns
		"a\tA\ta\tx\t2\t\t",                     // bad lat
		"a\tA\ta\t1\t2\tb\t\nb\tB\tb\t1\t2\t\t", // b names two places
	} {
		if _, err := Parse(bad); err == nil {
			t.Errorf("Parse(%q) succeeded", bad)
		}
	}
}

func TestAbroad(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"je suis rentre de Libye", []string{"libye"}},
		{"n seginna ka bɔ Faransi", []string{"france"}},
		{"travailler aux Etats-Unis ou en Côte d'Ivoire", []string{"etats-unis", "cote-divoire"}},
		{"formation a Kayes", nil},
		{"bloque a Agadez", []string{"niger"}},        // a town names its country
		{"refoule a In Guezzam", []string{"algerie"}}, // in two words
	}
	for _, tt := range tests {
		var got []string
		for _, m := range Abroad().Find(strings.Fields(fold.String(strings.NewReplacer("-", " ", "'", " ").Replace(tt.in)))) {
			got = append(got, m.ID)
		}
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("Abroad().Find(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
	if ms := Abroad().Find([]string{"au", "niger", "a", "niamey"}); len(ms) != 2 || ms[0].Town || !ms[1].Town {
		t.Errorf("Abroad().Find(au niger a niamey) = %+v, want Niger by its name, then by its town", ms)
	}
	for _, bad := range []string{
		"a\tA",                     // 2 columns
		"a\tA\t\t\t\nb\tB\ta\t\t",  // a names two countries
		"a\tA\t\t\tx\nb\tB\t\t\tx", // x is a town of two countries
	} {
		if _, err := ParseCountries(bad); err == nil {
			t.Errorf("ParseCountries(%q) = nil error", bad)
		}
	}
}

func TestMisspelt(t *testing.T) {
	g, c := Default(), Abroad()
	tests := []struct {
		word, place string
	}{
		{"bamko", "bamako"},           // a letter dropped
		{"kayse", "kayes"},            // two swapped
		{"tomboucttou", "tombouctou"}, // a letter doubled
		{"nager", ""},                 // a letter changed in a short word: another word
		{"bko", ""},                   // too short to guess
	}
	for _, tt := range tests {
		p, _ := g.Misspelt(tt.word)
		if p.ID != tt.place {
			t.Errorf("Misspelt(%q) = %q, want %q", tt.word, p.ID, tt.place)
		}
	}
	if co, ok := c.Misspelt("farnce"); !ok || co.Name != "France" {
		t.Errorf("Misspelt(farnce) = %v %v, want France", co, ok)
	}
	if _, ok := c.Misspelt("nager"); ok {
		t.Error("nager read as Niger")
	}
	if co, ok := c.Misspelt("abijan"); ok {
		t.Errorf("Misspelt(abijan) = %v, want none: a town is never misspelt", co)
	}
}

func TestMaliContains(t *testing.T) {
	for _, tt := range []struct {
		name     string
		lat, lon float64
		want     bool
	}{
		{"Bamako", 12.6392, -8.0029, true},
		{"Kayes", 14.45, -11.43, true},
		{"Gao", 16.27, -0.04, true},
		{"Kidal", 18.44, 1.41, true},
		{"Paris", 48.8566, 2.3522, false},
		{"Dakar", 14.69, -17.44, false},
		{"Ouagadougou", 12.37, -1.52, false},
		{"Niamey", 13.51, 2.11, false},
		{"Conakry", 9.64, -13.58, false},
		{"Nouakchott", 18.08, -15.97, false},
		{"Tripoli", 32.89, 13.19, false},
		{"Abidjan", 5.35, -4.0, false},
	} {
		if got := Mali().Contains(tt.lat, tt.lon); got != tt.want {
			t.Errorf("%s: in Mali = %v", tt.name, got)
		}
	}
	// Every town of the gazetteer is in Mali.
	for _, p := range Default().Places() {
		if !Mali().Contains(p.Lat, p.Lon) {
			t.Errorf("%s (%v, %v) is outside Mali's border", p.Name, p.Lat, p.Lon)
		}
	}
	for _, bad := range []string{"", "lat\tlon\n1\t2\n", "x\ty\n1\t2\n3\t4\n5\t6\n", "lat\tlon\n1\t2\n3\tfour\n5\t6\n"} {
		if _, err := ParseBorder(bad); err == nil {
			t.Errorf("ParseBorder(%q) accepted", bad)
		}
	}
}
