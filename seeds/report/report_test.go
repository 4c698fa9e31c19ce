package report

import (
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"sira/seeds"
)

func readReport(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("testdata/report-2022.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestImportRealReport(t *testing.T) {
	fiches := Import(readReport(t))
	if len(fiches) != 48 {
		t.Fatalf("got %d fiches, want 37 partners + 11 actors", len(fiches))
	}
	for _, f := range fiches {
		// A draft lacks only what a person must write: the Bambara summary.
		if err := f.Validate(); err != nil {
			for _, e := range strings.Split(err.Error(), "\n") {
				if !strings.Contains(e, ": summary_bm: ") {
					t.Errorf("%s: %s", f.Ref, e)
				}
			}
		}
	}
	byRef := map[string]seeds.Fiche{}
	for _, f := range fiches {
		byRef[f.Ref] = f
	}
	tests := []struct {
		ref, name, region, city string
	}{
		{"P01", "CFP Missabougou", "bamako", "Bamako"},
		{"P05", "Institut de Formation Professionnelle Industrielle (IFPI) de Kayes", "kayes", "Kayes"},
		{"P09", "Centre de Formation Professionnelle de Markala", "segou", "Markala"},
		{"P32", "Croix Rouge Malienne", seeds.National, ""},
		{"A08", "Fonds International pour le Développement Agricole (FIDA)", seeds.National, ""},
	}
	for _, tt := range tests {
		f := byRef[tt.ref]
		if f.Name != tt.name {
			t.Errorf("%s name = %q, want %q", tt.ref, f.Name, tt.name)
		}
		if !slices.Contains(f.Regions, tt.region) {
			t.Errorf("%s regions = %v, want %s", tt.ref, f.Regions, tt.region)
		}
		if tt.city != "" && !slices.Contains(f.Cities, tt.city) {
			t.Errorf("%s cities = %v, want %s", tt.ref, f.Cities, tt.city)
		}
	}
	p01 := byRef["P01"]
	if len(p01.Trades) != 17 || p01.Trades[0] != (seeds.Trade{Name: "Mécanique auto", Duration: "13 mois"}) {
		t.Errorf("P01 trades = %v", p01.Trades)
	}
	if !reflect.DeepEqual(seeds.Amounts(p01.Costs.Text), []int{10000, 2500, 200000, 345000, 1250, 130000}) {
		t.Errorf("P01 costs = %q", p01.Costs.Text)
	}
	if len(p01.Conditions) != 1 || !strings.Contains(p01.Conditions[0], "acte de naissance") {
		t.Errorf("P01 conditions = %q", p01.Conditions)
	}
	// Names listed apart from their numbers are paired by order.
	p34 := byRef["P34"].Contacts
	if len(p34) != 2 || p34[1].Name != "Seckna Bagayoko" || p34[1].Phones[0] != "+22376428883" || p34[1].Emails[0] != "seckna@yahoo.fr" {
		t.Errorf("P34 contacts = %+v", p34)
	}
	// Contacts inside the "Point focal" line.
	p02 := byRef["P02"].Contacts
	if len(p02) != 1 || p02[0].Name != "Djibrilla Moussa" || p02[0].Role != "Directeur" {
		t.Errorf("P02 contacts = %+v", p02)
	}
}

func TestSplitDropsPageNoise(t *testing.T) {
	for _, sec := range Split(readReport(t)) {
		for _, l := range sec.Lines {
			if pageNumber.MatchString(l) || ficheHeading.MatchString(l) {
				t.Errorf("%s keeps line %q", sec.Ref, l)
			}
		}
	}
}

// TestShippedContactsCoverReport walks the report and checks that every
// phone number and email address in a fiche's contact block is in the
// shipped (hand-corrected) fiche. Its digit reader is written apart from the
// importer's on purpose, so that one bug cannot hide in both.
func TestShippedContactsCoverReport(t *testing.T) {
	shipped, err := seeds.Load(seeds.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	byRef := map[string]seeds.Fiche{}
	for _, f := range shipped {
		byRef[f.Ref] = f
	}
	var phones, emails int
	for _, sec := range Split(readReport(t)) {
		f := byRef[sec.Ref]
		inContacts := false
		for _, l := range sec.Lines {
			if l == "Contacts" {
				inContacts = true
			}
			if !inContacts {
				continue
			}
			for _, p := range digitsOf(l) {
				phones++
				if !containsFold(f.Phones(), p) {
					t.Errorf("%s: phone %s (line %q) missing from %s", sec.Ref, p, l, f.File)
				}
			}
			if strings.HasPrefix(l, "mailto:") {
				continue
			}
			for _, w := range strings.FieldsFunc(l, func(r rune) bool { return r == ' ' || r == ',' || r == '/' || r == ';' }) {
				if strings.Contains(w, "@") {
					emails++
					if !containsFold(f.Emails(), strings.TrimRight(w, ".")) {
						t.Errorf("%s: email %s missing from %s", sec.Ref, w, f.File)
					}
				}
			}
		}
	}
	if phones != 49 || emails != 47 {
		t.Errorf("report has %d phones and %d email addresses in contact blocks, want 49 and 47", phones, emails)
	}
}

// digitsOf reads Malian numbers: runs of digits joined by ' ' or '.', with
// the country code (+223, 00223) dropped.
func digitsOf(line string) []string {
	var out []string
	var run strings.Builder
	flush := func() {
		d := run.String()
		run.Reset()
		d = strings.TrimPrefix(strings.TrimPrefix(d, "00223"), "223")
		if len(d) == 8 {
			out = append(out, "+223"+d)
		}
	}
	for i, r := range line {
		switch {
		case r >= '0' && r <= '9':
			run.WriteRune(r)
		case (r == ' ' || r == '.') && run.Len() > 0 && i+1 < len(line) && line[i+1] >= '0' && line[i+1] <= '9':
		default:
			flush()
		}
	}
	flush()
	return out
}

func TestEncodeRoundTrip(t *testing.T) {
	for _, f := range Import(readReport(t)) {
		var back seeds.Fiche
		if _, err := toml.Decode(string(Encode(f, "a comment\nover two lines")), &back); err != nil {
			t.Fatalf("%s: %v", f.Ref, err)
		}
		if !reflect.DeepEqual(normalize(f), normalize(back)) {
			t.Errorf("%s: round trip changed the fiche\n got %+v\nwant %+v", f.Ref, back, f)
		}
	}
}

// normalize makes nil and empty slices compare equal.
func normalize(f seeds.Fiche) seeds.Fiche {
	fix := func(s []string) []string {
		if len(s) == 0 {
			return nil
		}
		return s
	}
	f.Acronyms, f.Cities, f.Websites = fix(f.Acronyms), fix(f.Cities), fix(f.Websites)
	f.Conditions, f.Documents = fix(f.Conditions), fix(f.Documents)
	for i := range f.Contacts {
		f.Contacts[i].Phones, f.Contacts[i].Emails = fix(f.Contacts[i].Phones), fix(f.Contacts[i].Emails)
	}
	return f
}

func TestTOMLStringQuoting(t *testing.T) {
	for _, s := range []string{`say "hi"`, `back\slash`, "tab\there", "two\nlines", "has ''' quotes\nand lines", "ctrl\x01"} {
		var v struct{ S string }
		if _, err := toml.Decode("S = "+tomlString(s), &v); err != nil || v.S != s {
			t.Errorf("tomlString(%q) decodes to %q, %v", s, v.S, err)
		}
	}
}

func TestPhonesAndEmails(t *testing.T) {
	tests := []struct {
		in     string
		phones []string
		emails []string
	}{
		{"+223 63.15.72.38", []string{"+22363157238"}, nil},
		{"+223/700678.06, ospel@rodekors.dk", []string{"+22370067806"}, []string{"ospel@rodekors.dk"}},
		{"00223 83 22 25 42", []string{"+22383222542"}, nil},
		{"+223 20.22.26.91/76.49.74.47, brahtim@yahoo.fr", []string{"+22320222691", "+22376497447"}, []string{"brahtim@yahoo.fr"}},
		{"sissokosale79@yahoo.fr/contact@createam.ml", nil, []string{"sissokosale79@yahoo.fr", "contact@createam.ml"}},
		{"Michel / + 223/76.66.84.66", []string{"+22376668466"}, nil},
		{"créé en 2006, 2.299 apprenants", nil, nil},
	}
	for _, tt := range tests {
		if got := Phones(tt.in); !reflect.DeepEqual(got, tt.phones) {
			t.Errorf("Phones(%q) = %v, want %v", tt.in, got, tt.phones)
		}
		if got := Emails(tt.in); !reflect.DeepEqual(got, tt.emails) {
			t.Errorf("Emails(%q) = %v, want %v", tt.in, got, tt.emails)
		}
	}
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}
