package seeds

import (
	"fmt"
	"io/fs"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
)

func TestEmbeddedFiches(t *testing.T) {
	fiches, err := Load(Embedded())
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for i := 1; i <= 37; i++ {
		want = append(want, fmt.Sprintf("P%02d", i))
	}
	for i := 1; i <= 11; i++ {
		want = append(want, fmt.Sprintf("A%02d", i))
	}
	for i := 1; i <= 4; i++ {
		want = append(want, fmt.Sprintf("R%02d", i))
	}
	if len(fiches) != len(want) {
		t.Fatalf("got %d fiches, want %d", len(fiches), len(want))
	}
	for i, f := range fiches {
		if f.Ref != want[i] {
			t.Errorf("fiche %d: ref %s, want %s", i, f.Ref, want[i])
		}
		if f.Name == "" || len(f.Regions) == 0 || len(f.Needs) == 0 {
			t.Errorf("%s: name, region or need missing", f.Ref)
		}
		if !strings.HasPrefix(f.File, strings.ToLower(f.Ref)+"-"+f.Slug) {
			t.Errorf("%s: file %s does not match ref and slug %s", f.Ref, f.File, f.Slug)
		}
	}
}

const goodFiche = `
ref = "P01"
slug = "cfp-test"
name = "CFP Test"
kind = "centre de formation"
needs = ["formation"]
regions = ["bamako"]
summary = "Un centre."
summary_bm = "Kalanso don."
status = "active"
audience = "public"
conditions = ["Avoir plus de 15 ans."]
documents = ["acte de naissance"]
text = "Le texte. Inscription : 10.000 FCFA ; formation entre 200.000 et 345.000 FCFA."
checked = "2022-12"
[[costs.items]]
what = "inscription"
min = 10000
per = "une fois"
[[costs.items]]
what = "formation"
min = 200000
max = 345000
per = "formation"
[[trades]]
name = "Mécanique auto"
duration = "13 mois"
[[trades]]
name = "Électronique"
[[contacts]]
phones = ["+22363157238"]
emails = ["a@b.ml"]
`

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  []string // substrings of the error
	}{
		{"bad region", map[string]string{
			"p01.toml": strings.Replace(goodFiche, `["bamako"]`, `["paris"]`, 1),
		}, []string{"p01.toml", "regions", `"paris"`}},
		{"trades taught in a town it does not work in", map[string]string{
			"p01.toml": strings.Replace(goodFiche, `regions = ["bamako"]`, `regions = ["bamako"]`+"\ntrades_in = [\"Kayes\"]", 1),
		}, []string{"p01.toml", "trades_in", `"Kayes" is not one of its cities`}},
		{"bad phone", map[string]string{
			"p01.toml": strings.Replace(goodFiche, "+22363157238", "63 15 72 38", 1),
		}, []string{"p01.toml", "contacts[0].phones", "E.164"}},
		{"bad email", map[string]string{
			"p01.toml": strings.Replace(goodFiche, "a@b.ml", "a-at-b", 1),
		}, []string{"p01.toml", "contacts[0].emails"}},
		{"duplicate ref", map[string]string{
			"p01.toml": goodFiche,
			"p02.toml": strings.Replace(goodFiche, "cfp-test", "cfp-autre", 1),
		}, []string{"p02.toml", "ref", "duplicate", "p01.toml"}},
		{"duplicate slug", map[string]string{
			"p01.toml": goodFiche,
			"p02.toml": strings.Replace(goodFiche, `"P01"`, `"P02"`, 1),
		}, []string{"p02.toml", "slug", "duplicate"}},
		{"missing name", map[string]string{
			"p01.toml": strings.Replace(goodFiche, `name = "CFP Test"`, "", 1),
		}, []string{"p01.toml", "name", "missing"}},
		{"missing need", map[string]string{
			"p01.toml": strings.Replace(goodFiche, `["formation"]`, `[]`, 1),
		}, []string{"p01.toml", "needs", "missing"}},
		{"trades taught, training not served", map[string]string{
			"p01.toml": strings.Replace(goodFiche, `needs = ["formation"]`, `needs = ["protection"]`, 1),
		}, []string{"p01.toml", "needs", "formation missing"}},
		{"unknown field", map[string]string{
			"p01.toml": goodFiche + "\ncolour = \"red\"\n",
		}, []string{"p01.toml", "colour"}},
		{"long summary", map[string]string{
			"p01.toml": strings.Replace(goodFiche, "Un centre.", strings.Repeat("a", 201), 1),
		}, []string{"p01.toml", "summary", "201"}},
		{"unknown status", map[string]string{
			"p01.toml": strings.Replace(goodFiche, `"active"`, `"closed"`, 1),
		}, []string{"p01.toml", "status", `"closed"`}},
		{"ended without a year", map[string]string{
			"p01.toml": strings.Replace(goodFiche, `"active"`, `"ended"`, 1),
		}, []string{"p01.toml", "ended", "year"}},
		{"end year on an active fiche", map[string]string{
			"p01.toml": strings.Replace(goodFiche, `status = "active"`, `status = "active"`+"\nended = \"2021\"", 1),
		}, []string{"p01.toml", "ended", "only an ended"}},
		{"aid ended of a need not offered", map[string]string{
			"p01.toml": strings.Replace(goodFiche, `status = "active"`, `status = "active"`+"\nnote = \"PROMISA\"\naid_ended = [\"protection\"]", 1),
		}, []string{"p01.toml", "aid_ended", `"protection"`}},
		{"aid ended without a note", map[string]string{
			"p01.toml": strings.Replace(goodFiche, `status = "active"`, `status = "active"`+"\naid_ended = [\"formation\"]", 1),
		}, []string{"p01.toml", "note", "project"}},
		{"planned without a note", map[string]string{
			"p01.toml": strings.Replace(goodFiche, `"active"`, `"planned"`, 1),
		}, []string{"p01.toml", "note"}},
		{"unknown audience", map[string]string{
			"p01.toml": strings.Replace(goodFiche, `"public"`, `"everyone"`, 1),
		}, []string{"p01.toml", "audience", `"everyone"`}},
		{"empty Bambara summary", map[string]string{
			"p01.toml": strings.Replace(goodFiche, `summary_bm = "Kalanso don."`, `summary_bm = " "`, 1),
		}, []string{"p01.toml", "summary_bm", "missing"}},
		{"no Bambara summary", map[string]string{
			"p01.toml": strings.Replace(goodFiche, `summary_bm = "Kalanso don."`, "", 1),
		}, []string{"p01.toml", "summary_bm", "missing"}},
		{"long Bambara summary", map[string]string{
			"p01.toml": strings.Replace(goodFiche, "Kalanso don.", strings.Repeat("a", 301), 1),
		}, []string{"p01.toml", "summary_bm", "301"}},
		{"empty document", map[string]string{
			"p01.toml": strings.Replace(goodFiche, `["acte de naissance"]`, `["acte de naissance", " "]`, 1),
		}, []string{"p01.toml", "documents[1]", "empty"}},
		{"cost item without what", map[string]string{
			"p01.toml": strings.Replace(goodFiche, `what = "inscription"`, `what = ""`, 1),
		}, []string{"p01.toml", "costs.items[0].what"}},
		{"cost amount not in the text", map[string]string{
			"p01.toml": strings.Replace(goodFiche, "min = 10000", "min = 15000", 1),
		}, []string{"p01.toml", "costs.items[0]", "15000"}},
		{"cost range upside down", map[string]string{
			"p01.toml": strings.Replace(goodFiche, "max = 345000", "max = 10000", 1),
		}, []string{"p01.toml", "costs.items[1].max"}},
		{"unknown period", map[string]string{
			"p01.toml": strings.Replace(goodFiche, `per = "une fois"`, `per = "semaine"`, 1),
		}, []string{"p01.toml", "costs.items[0].per", `"semaine"`}},
		{"broken toml", map[string]string{"p01.toml": "ref = "}, []string{"p01.toml"}},
		{"no files", map[string]string{}, []string{"no fiche files"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for name, body := range tt.files {
				fsys[name] = &fstest.MapFile{Data: []byte(body)}
			}
			_, err := Load(fsys)
			if err == nil {
				t.Fatal("Load succeeded, want an error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
		})
	}
}

func TestLoadGood(t *testing.T) {
	fiches, err := Load(fstest.MapFS{"p01.toml": {Data: []byte(goodFiche)}})
	if err != nil {
		t.Fatal(err)
	}
	f := fiches[0]
	if f.File != "p01.toml" || len(f.Phones()) != 1 || len(f.Emails()) != 1 {
		t.Errorf("loaded %+v", f)
	}
	if !f.Serves("bamako") || f.Serves("kayes") || !f.HasNeed("formation") || f.HasNeed("emploi") {
		t.Error("Serves/HasNeed disagree with the fiche")
	}
}

// TestPeriodMayBeAbsent: a cost item whose period the report does not give
// has none, and loads; a period given must be one of Periods.
func TestPeriodMayBeAbsent(t *testing.T) {
	body := strings.Replace(goodFiche, "per = \"une fois\"\n", "", 1)
	fiches, err := Load(fstest.MapFS{"p01.toml": {Data: []byte(body)}})
	if err != nil {
		t.Fatal(err)
	}
	if got := fiches[0].Costs.Items[0]; got.What != "inscription" || got.Per != "" {
		t.Errorf("item without a period loaded as %+v", got)
	}
}

// TestCheckedMayBeAYear: a page that gives only a year is checked as that
// year; anything else that is no date is refused.
func TestCheckedMayBeAYear(t *testing.T) {
	for checked, ok := range map[string]bool{"2021": true, "2022-12": true, "2023-04-30": true, "21": false, "2021-1": false, "fin 2021": false} {
		body := strings.Replace(goodFiche, `checked = "2022-12"`, `checked = "`+checked+`"`, 1)
		_, err := Load(fstest.MapFS{"p01.toml": {Data: []byte(body)}})
		if ok && err != nil || !ok && (err == nil || !strings.Contains(err.Error(), "checked")) {
			t.Errorf("checked %q: err = %v", checked, err)
		}
	}
}

// TestLoadFilesAsOneByOne: the files decoded at once give, at each name's
// place, the fiche and the error of decoding them one by one: the shipped
// fiches, and files broken, unknown or good in turn.
func TestLoadFilesAsOneByOne(t *testing.T) {
	shipped := Embedded()
	names, err := fs.Glob(shipped, "*.toml")
	if err != nil {
		t.Fatal(err)
	}
	odd := fstest.MapFS{}
	for i, body := range []string{goodFiche, "ref = ", goodFiche + "\nunknown = 1\n", "", goodFiche} {
		odd[fmt.Sprintf("p%02d.toml", i)] = &fstest.MapFile{Data: []byte(body)}
	}
	oddNames, _ := fs.Glob(odd, "*.toml")
	for _, c := range []struct {
		fsys  fs.FS
		names []string
	}{{shipped, names}, {odd, oddNames}} {
		loaded, failed := loadFiles(c.fsys, c.names)
		for i, name := range c.names {
			f, err := loadFile(c.fsys, name)
			if !reflect.DeepEqual(loaded[i], f) || fmt.Sprint(failed[i]) != fmt.Sprint(err) {
				t.Errorf("%s: loadFiles gave %s, %v; loadFile %s, %v", name, loaded[i].Ref, failed[i], f.Ref, err)
			}
		}
	}
}
