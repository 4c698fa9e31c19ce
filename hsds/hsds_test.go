package hsds

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"sira/seeds"
)

func TestWriteEveryFiche(t *testing.T) {
	fiches, err := seeds.Load(seeds.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	n, err := Write(dir, fiches)
	if err != nil || n != len(fiches) {
		t.Fatalf("Write = %d, %v", n, err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	if len(files) != len(fiches) {
		t.Fatalf("%d files for %d fiches", len(files), len(fiches))
	}
	names := map[string]bool{}
	ids := map[string]bool{}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		var org map[string]any
		if err := json.Unmarshal(data, &org); err != nil {
			t.Fatalf("%s: invalid JSON: %v", file, err)
		}
		for _, k := range []string{"id", "name", "description", "services", "locations", "phones"} {
			if _, ok := org[k]; !ok {
				t.Errorf("%s: no %q", file, k)
			}
		}
		svc := org["services"].([]any)[0].(map[string]any)
		for _, k := range []string{"id", "organization_id", "name", "status", "languages", "service_areas"} {
			if _, ok := svc[k]; !ok {
				t.Errorf("%s: service has no %q", file, k)
			}
		}
		if svc["organization_id"] != org["id"] {
			t.Errorf("%s: service points to another organization", file)
		}
		names[org["name"].(string)] = true
		ids[org["id"].(string)] = true
	}
	for _, f := range fiches {
		if !names[f.Name] {
			t.Errorf("%s missing from the export", f.Ref)
		}
	}
	if len(ids) != len(fiches) {
		t.Errorf("%d distinct ids for %d fiches", len(ids), len(fiches))
	}
}

func TestConvertFields(t *testing.T) {
	fiches, _ := seeds.Load(seeds.Embedded())
	org := Convert(fiches[0]) // P01, CFP Missabougou
	svc := org.Services[0]
	if svc.FeesDescription == "" || svc.EligibilityDescription == "" {
		t.Errorf("P01 service lacks fees or eligibility: %+v", svc)
	}
	if len(org.Phones) != 1 || org.Phones[0].Number != "+22363157238" {
		t.Errorf("P01 phones = %+v", org.Phones)
	}
	if len(org.Locations) != 1 || org.Locations[0].Addresses[0].City != "Bamako" || org.Locations[0].Addresses[0].Country != "ML" {
		t.Errorf("P01 locations = %+v", org.Locations)
	}
	if again := Convert(fiches[0]); again.ID != org.ID {
		t.Error("ids are not stable across exports")
	}
}
