package hsds

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"sira/seeds"
)

// schema is the HSDS 3.0 organization schema (testdata/organization.json),
// with formats asserted: "date-time", "uuid", "email" and "uri" are checked,
// not only noted.
var schema = sync.OnceValues(func() (*jsonschema.Schema, error) {
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	return c.Compile("testdata/organization.json")
})

func validate(t *testing.T, name string, data []byte) {
	t.Helper()
	sch, err := schema()
	if err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(strings.NewReader(string(data)))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if err := sch.Validate(inst); err != nil {
		t.Errorf("%s: not valid HSDS 3.0: %v", name, err)
	}
}

// export writes the embedded fiches' export to a temporary folder.
func export(t *testing.T) ([]seeds.Fiche, string) {
	t.Helper()
	fiches, err := seeds.Load(seeds.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	n, err := Write(dir, fiches)
	if err != nil || n != len(fiches) {
		t.Fatalf("Write = %d, %v", n, err)
	}
	return fiches, dir
}

// TestExportValid validates every exported organization, one file each and
// the whole array, against the HSDS 3.0 schema.
func TestExportValid(t *testing.T) {
	fiches, dir := export(t)
	for _, f := range fiches {
		name := strings.ToLower(f.Ref) + "-" + f.Slug + ".json"
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		validate(t, name, data)
	}
	data, err := os.ReadFile(filepath.Join(dir, allFile))
	if err != nil {
		t.Fatal(err)
	}
	var all []json.RawMessage
	if err := json.Unmarshal(data, &all); err != nil {
		t.Fatalf("%s: %v", allFile, err)
	}
	if len(all) != len(fiches) {
		t.Fatalf("%s holds %d organizations for %d fiches", allFile, len(all), len(fiches))
	}
	for i, org := range all {
		validate(t, allFile+"["+fiches[i].Ref+"]", org)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	if len(files) != len(fiches)+1 {
		t.Errorf("%d files for %d fiches and %s", len(files), len(fiches), allFile)
	}
}

// The validator is strict: the faults of the first export (a month as
// last_modified, a bare "www." website, an unknown status) are caught.
func TestSchemaRefusesFaults(t *testing.T) {
	sch, err := schema()
	if err != nil {
		t.Fatal(err)
	}
	good := Convert(seeds.Fiche{Ref: "P01", Name: "CFP Test", Summary: "Un centre.", Status: "active", Audience: "public"})
	for _, bad := range []string{
		`"services":[{"id":"` + good.Services[0].ID + `","name":"x","status":"active","last_modified":"2022-12"}]`,
		`"website":"www.cfp.ml"`,
		`"services":[{"id":"` + good.Services[0].ID + `","name":"x","status":"ended"}]`,
		`"locations":[{"id":"not-a-uuid","location_type":"physical"}]`,
	} {
		inst, err := jsonschema.UnmarshalJSON(strings.NewReader(`{"id":"` + good.ID + `","name":"x","description":"y",` + bad + `}`))
		if err != nil {
			t.Fatal(err)
		}
		if sch.Validate(inst) == nil {
			t.Errorf("%s: valid, want refused", bad)
		}
	}
}

// Every fiche's cities are locations, at the gazetteer's coordinates, each
// tied to the service by a service_at_location.
func TestExportLocations(t *testing.T) {
	fiches, err := seeds.Load(seeds.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fiches {
		org := Convert(f)
		if len(org.Locations) != len(f.Cities) {
			t.Errorf("%s: %d locations for cities %v", f.Ref, len(org.Locations), f.Cities)
		}
		sals := org.Services[0].ServiceAtLocations
		if len(org.Locations) > 0 && len(sals) != len(org.Locations) {
			t.Errorf("%s: %d service_at_locations for %d locations", f.Ref, len(sals), len(org.Locations))
		}
		for i, loc := range org.Locations {
			if loc.Latitude < 10 || loc.Latitude > 25 || loc.Longitude < -12.5 || loc.Longitude > 4.5 {
				t.Errorf("%s: %s at %v, %v, outside Mali", f.Ref, loc.Name, loc.Latitude, loc.Longitude)
			}
			if i < len(sals) && (sals[i].LocationID != loc.ID || sals[i].ServiceID != org.Services[0].ID) {
				t.Errorf("%s: service_at_location %d points elsewhere", f.Ref, i)
			}
		}
	}
}

// fiche is a complete fiche, for the fields the embedded ones may not all have.
var fiche = seeds.Fiche{
	Ref: "P01", Slug: "cfp-test", Name: "CFP Test", Acronyms: []string{"CFPT"}, Kind: "centre de formation",
	Needs: []string{"formation", "emploi"}, Regions: []string{"bamako"}, Cities: []string{"Bamako", "Kati"},
	Status: seeds.StatusActive, Audience: seeds.AudiencePublic,
	Summary: "Un centre.", SummaryBm: "Kalanyɔrɔ don Bamakɔ.",
	Conditions: []string{"Les candidats doivent être âgés de 15 à 35 ans.", "Filières sans DEF : aucun diplôme demandé."},
	Documents:  []string{"acte de naissance", "quatre photos d'identité"},
	Costs: seeds.Costs{Text: "Inscription 10.000 FCFA ; formation de 200.000 à 345.000 FCFA.", Items: []seeds.CostItem{
		{What: "inscription", Min: 10000, Per: "une fois"},
		{What: "formation", Min: 200000, Max: 345000, Per: "formation"},
	}},
	Contacts: []seeds.Contact{
		{Name: "Madame Touré", Role: "Directrice", Phones: []string{"+22363157238"}, Emails: []string{"toure@cfp.ml", "contact@cfp.ml"}},
		{Phones: []string{"+22320000000"}},
	},
	Websites: []string{"https://www.rmo-", "www.cfp.ml"},
	Checked:  "2022-12",
}

func TestConvert(t *testing.T) {
	org := Convert(fiche)
	svc := org.Services[0]
	if svc.Status != "active" || svc.Alert != "" {
		t.Errorf("status %q, alert %q", svc.Status, svc.Alert)
	}
	if svc.AssuredDate != "2022-12-01" {
		t.Errorf("assured_date %q, want 2022-12-01", svc.AssuredDate)
	}
	if svc.MinimumAge != 15 || svc.MaximumAge != 35 {
		t.Errorf("ages %d–%d, want 15–35", svc.MinimumAge, svc.MaximumAge)
	}
	if len(svc.RequiredDocuments) != 2 || svc.RequiredDocuments[1].Document != "quatre photos d'identité" {
		t.Errorf("required_documents %+v", svc.RequiredDocuments)
	}
	want := []CostOption{
		{Option: "inscription", Currency: "XOF", Amount: 10000, AmountDescription: "10\u00a0000\u00a0FCFA, une fois"},
		{Option: "formation", Currency: "XOF", Amount: 200000, AmountDescription: "200\u00a0000 à 345\u00a0000\u00a0FCFA pour la formation"},
	}
	costs := slices.Clone(svc.CostOptions)
	for i := range costs {
		if costs[i].ServiceID != svc.ID {
			t.Errorf("cost option %d not tied to the service", i)
		}
		costs[i].ID, costs[i].ServiceID = "", ""
	}
	if !slices.Equal(costs, want) {
		t.Errorf("cost_options %+v, want %+v", costs, want)
	}
	if len(org.Contacts) != 1 || org.Contacts[0].Name != "Madame Touré" || org.Contacts[0].Title != "Directrice" ||
		org.Contacts[0].Email != "toure@cfp.ml" || len(org.Contacts[0].Phones) != 1 {
		t.Errorf("contacts %+v: want Madame Touré alone, with her phone and first email", org.Contacts)
	}
	if len(org.Phones) != 2 || org.Phones[0].ContactID != org.Contacts[0].ID || org.Phones[1].ContactID != "" {
		t.Errorf("phones %+v: want both numbers, the first tied to its contact", org.Phones)
	}
	if org.Email != "contact@cfp.ml" {
		t.Errorf("email %q, want the address that is no person's", org.Email)
	}
	if org.Website != "http://www.cfp.ml" {
		t.Errorf("website %q, want the first valid one, with its scheme", org.Website)
	}
	var needs, audience []string
	for _, a := range svc.Attributes {
		switch a.TaxonomyTerm.Taxonomy {
		case taxonomyNeeds:
			needs = append(needs, a.TaxonomyTerm.Code)
		case taxonomyAudience:
			audience = append(audience, a.TaxonomyTerm.Code)
		}
		if a.LinkID != svc.ID || a.TaxonomyTermID != a.TaxonomyTerm.ID {
			t.Errorf("attribute %+v not tied to the service and its term", a)
		}
	}
	if !slices.Equal(needs, fiche.Needs) || !slices.Equal(audience, []string{"public"}) {
		t.Errorf("needs %v, audience %v", needs, audience)
	}
	if len(org.Attributes) != 1 || org.Attributes[0].TaxonomyTerm.Code != summaryBm ||
		org.Attributes[0].Value != fiche.SummaryBm || org.Attributes[0].LinkID != org.ID {
		t.Errorf("organization attributes %+v: want the Bambara summary", org.Attributes)
	}
	if len(org.Locations) != 2 || org.Locations[1].Addresses[0].City != "Kati" ||
		org.Locations[1].Addresses[0].StateProvince != "Koulikoro" {
		t.Errorf("locations %+v: want Bamako and Kati, in Koulikoro region", org.Locations)
	}
	if again := Convert(fiche); again.ID != org.ID || again.Services[0].ID != svc.ID {
		t.Error("ids are not stable across exports")
	}
	data, err := json.Marshal(org)
	if err != nil {
		t.Fatal(err)
	}
	validate(t, "fiche", data)
	for _, k := range []string{`"languages"`, `"last_modified"`} {
		if strings.Contains(string(data), k) {
			t.Errorf("export has %s: the fiches do not say it", k)
		}
	}
}

// An ended project and a centre not yet open are inactive, with why.
func TestConvertStatus(t *testing.T) {
	for _, c := range []struct {
		status, ended, note, alert string
	}{
		{seeds.StatusEnded, "2021", "", "Terminé en 2021."},
		{seeds.StatusEnded, "2021-06", "Dernière cohorte en juin.", "Terminé en 2021-06. Dernière cohorte en juin."},
		{seeds.StatusPlanned, "", "Le centre ouvrira en 2023.", "Pas encore ouvert. Le centre ouvrira en 2023."},
	} {
		f := fiche
		f.Status, f.Ended, f.Note = c.status, c.ended, c.note
		svc := Convert(f).Services[0]
		if svc.Status != "inactive" || svc.Alert != c.alert {
			t.Errorf("%s: status %q, alert %q; want inactive, %q", c.status, svc.Status, svc.Alert, c.alert)
		}
	}
}

// The embedded fiches: R01–R04 ended, so inactive; donors are programmes.
func TestConvertEmbedded(t *testing.T) {
	fiches, err := seeds.Load(seeds.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fiches {
		svc := Convert(f).Services[0]
		if (f.Status == seeds.StatusActive) != (svc.Status == "active") {
			t.Errorf("%s: fiche %s, service %s", f.Ref, f.Status, svc.Status)
		}
		if len(svc.CostOptions) != len(f.Costs.Items) || len(svc.RequiredDocuments) != len(f.Documents) {
			t.Errorf("%s: %d cost options for %d items, %d documents for %d", f.Ref,
				len(svc.CostOptions), len(f.Costs.Items), len(svc.RequiredDocuments), len(f.Documents))
		}
	}
}

func TestWebsite(t *testing.T) {
	for _, c := range []struct {
		sites []string
		want  string
	}{
		{[]string{"https://www.rmo-", "https://www.rmo-jobcenter.com/fr/mali.html"}, "https://www.rmo-jobcenter.com/fr/mali.html"},
		{[]string{"www.grdr.org", "http://www.grdr.org/"}, "http://www.grdr.org"},
		{[]string{"facebook"}, ""},
		{nil, ""},
	} {
		if got := website(c.sites); got != c.want {
			t.Errorf("website(%q) = %q, want %q", c.sites, got, c.want)
		}
	}
}

// TestAssuredDate: checked is a year, a month or a day; HSDS wants a day.
func TestAssuredDate(t *testing.T) {
	for in, want := range map[string]string{"2021": "2021-01-01", "2022-12": "2022-12-01", "2023-04-30": "2023-04-30"} {
		if got := assured(in); got != want {
			t.Errorf("assured(%q) = %q, want %q", in, got, want)
		}
	}
}
