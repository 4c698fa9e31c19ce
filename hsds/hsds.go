// Package hsds exports fiches as Open Referral Human Services Data
// Specification 3.0 JSON, so that other service directories can use them.
// Each fiche becomes one organization with one service, its locations and
// its phones (the "compiled" organization object of HSDS 3.0).
package hsds

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/google/uuid"

	"sira/seeds"
)

// namespace makes ids stable across exports: the same fiche always gets the
// same organization id, so importers can update rather than duplicate.
var namespace = uuid.MustParse("5d1f0c3e-6a7b-4c1d-9e2f-0a1b2c3d4e5f")

func id(parts ...string) string {
	return uuid.NewSHA1(namespace, []byte(strings.Join(parts, "/"))).String()
}

// Organization is the HSDS 3.0 organization object with its compiled children.
type Organization struct {
	ID            string     `json:"id"`
	Name          string     `json:"name"`
	AlternateName string     `json:"alternate_name,omitempty"`
	Description   string     `json:"description"`
	Email         string     `json:"email,omitempty"`
	Website       string     `json:"website,omitempty"`
	Services      []Service  `json:"services"`
	Locations     []Location `json:"locations"`
	Phones        []Phone    `json:"phones"`
}

// Service is the HSDS 3.0 service object.
type Service struct {
	ID                     string        `json:"id"`
	OrganizationID         string        `json:"organization_id"`
	Name                   string        `json:"name"`
	Description            string        `json:"description"`
	Status                 string        `json:"status"`
	EligibilityDescription string        `json:"eligibility_description,omitempty"`
	FeesDescription        string        `json:"fees_description,omitempty"`
	Languages              []Language    `json:"languages"`
	ServiceAreas           []ServiceArea `json:"service_areas"`
	LastModified           string        `json:"last_modified,omitempty"`
}

// Language is the HSDS 3.0 language object (ISO 639 code).
type Language struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Code string `json:"code"`
}

// ServiceArea is the HSDS 3.0 service_area object.
type ServiceArea struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description,omitempty"`
}

// Location is the HSDS 3.0 location object with its address.
type Location struct {
	ID           string    `json:"id"`
	LocationType string    `json:"location_type"`
	Name         string    `json:"name"`
	Addresses    []Address `json:"addresses"`
}

// Address is the HSDS 3.0 address object.
type Address struct {
	ID            string `json:"id"`
	Address1      string `json:"address_1"`
	City          string `json:"city"`
	Region        string `json:"region,omitempty"`
	StateProvince string `json:"state_province"`
	PostalCode    string `json:"postal_code"`
	Country       string `json:"country"`
	AddressType   string `json:"address_type"`
}

// Phone is the HSDS 3.0 phone object.
type Phone struct {
	ID          string `json:"id"`
	Number      string `json:"number"`
	Type        string `json:"type"`
	Description string `json:"description,omitempty"`
}

// Convert turns one fiche into an HSDS organization.
func Convert(f seeds.Fiche) Organization {
	org := Organization{
		ID:          id(f.Ref),
		Name:        f.Name,
		Description: f.Summary,
		Services:    []Service{},
		Locations:   []Location{},
		Phones:      []Phone{},
	}
	if len(f.Acronyms) > 0 {
		org.AlternateName = f.Acronyms[0]
	}
	if e := f.Emails(); len(e) > 0 {
		org.Email = e[0]
	}
	if len(f.Websites) > 0 {
		org.Website = f.Websites[0]
	}
	svc := Service{
		ID:                     id(f.Ref, "service"),
		OrganizationID:         org.ID,
		Name:                   f.Name,
		Description:            strings.TrimSpace(f.Summary + "\n\n" + f.Offer),
		Status:                 "active",
		EligibilityDescription: strings.TrimSpace(strings.Join(nonEmpty(append(f.Conditions, f.Public)...), "\n\n")),
		FeesDescription:        f.Costs.Text,
		Languages: []Language{
			{ID: id(f.Ref, "lang", "fr"), Name: "French", Code: "fr"},
			{ID: id(f.Ref, "lang", "bm"), Name: "Bambara", Code: "bm"},
		},
		LastModified: f.Checked,
	}
	for _, r := range f.Regions {
		svc.ServiceAreas = append(svc.ServiceAreas, ServiceArea{
			ID: id(f.Ref, "area", r), Name: seeds.Regions[r], Description: f.Zones,
		})
	}
	org.Services = append(org.Services, svc)
	for _, c := range f.Cities {
		org.Locations = append(org.Locations, Location{
			ID: id(f.Ref, "loc", c), LocationType: "physical", Name: f.Name + " – " + c,
			Addresses: []Address{{
				ID: id(f.Ref, "addr", c), City: c, StateProvince: regionOf(f),
				Country: "ML", AddressType: "physical",
			}},
		})
	}
	for i, c := range f.Contacts {
		for _, p := range c.Phones {
			org.Phones = append(org.Phones, Phone{
				ID: id(f.Ref, "phone", fmt.Sprint(i), p), Number: p, Type: "voice",
				Description: strings.Trim(c.Name+", "+c.Role, ", "),
			})
		}
	}
	return org
}

// regionOf names the region of a fiche's cities: the fiche's only region,
// or empty when it has several.
func regionOf(f seeds.Fiche) string {
	if len(f.Regions) == 1 {
		return seeds.Regions[f.Regions[0]]
	}
	return ""
}

func nonEmpty(s ...string) []string {
	var out []string
	for _, x := range s {
		if strings.TrimSpace(x) != "" {
			out = append(out, x)
		}
	}
	return out
}

// Write writes one JSON file per fiche into dir and returns how many.
func Write(dir string, fiches []seeds.Fiche) (int, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, fmt.Errorf("hsds: %w", err)
	}
	for _, f := range fiches {
		data, err := json.MarshalIndent(Convert(f), "", "  ")
		if err != nil {
			return 0, fmt.Errorf("hsds: %s: %w", f.Ref, err)
		}
		name := filepath.Join(dir, strings.ToLower(f.Ref)+"-"+f.Slug+".json")
		if err := os.WriteFile(name, append(data, '\n'), 0o644); err != nil {
			return 0, fmt.Errorf("hsds: %w", err)
		}
	}
	return len(fiches), nil
}
