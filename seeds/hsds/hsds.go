// Package hsds exports fiches as Open Referral Human Services Data
// Specification 3.0 JSON, so that other service directories can use them.
// Each fiche becomes one organization (the "compiled" organization object of
// HSDS 3.0) with one service, its locations, contacts and phones.
package hsds

import (
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/google/uuid"
	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"sira/index/ages"
	"sira/index/places"
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
	ID            string      `json:"id"`
	Name          string      `json:"name"`
	AlternateName string      `json:"alternate_name,omitempty"`
	Description   string      `json:"description"`
	Email         string      `json:"email,omitempty"`
	Website       string      `json:"website,omitempty"`
	Services      []Service   `json:"services"`
	Locations     []Location  `json:"locations"`
	Contacts      []Contact   `json:"contacts"`
	Phones        []Phone     `json:"phones"`
	Attributes    []Attribute `json:"attributes,omitempty"`
}

// Service is the HSDS 3.0 service object.
type Service struct {
	ID                     string              `json:"id"`
	OrganizationID         string              `json:"organization_id"`
	Name                   string              `json:"name"`
	Description            string              `json:"description"`
	Status                 string              `json:"status"`
	Alert                  string              `json:"alert,omitempty"`
	EligibilityDescription string              `json:"eligibility_description,omitempty"`
	MinimumAge             int                 `json:"minimum_age,omitempty"`
	MaximumAge             int                 `json:"maximum_age,omitempty"`
	FeesDescription        string              `json:"fees_description,omitempty"`
	CostOptions            []CostOption        `json:"cost_options,omitempty"`
	RequiredDocuments      []RequiredDocument  `json:"required_documents,omitempty"`
	AssuredDate            string              `json:"assured_date,omitempty"`
	ServiceAreas           []ServiceArea       `json:"service_areas"`
	ServiceAtLocations     []ServiceAtLocation `json:"service_at_locations"`
	Attributes             []Attribute         `json:"attributes,omitempty"`
}

// ServiceArea is the HSDS 3.0 service_area object.
type ServiceArea struct {
	ID          string `json:"id"`
	ServiceID   string `json:"service_id"`
	Name        string `json:"name"`
	Description string `json:"description,omitempty"`
}

// ServiceAtLocation links the service to one of the organization's locations.
type ServiceAtLocation struct {
	ID         string `json:"id"`
	ServiceID  string `json:"service_id"`
	LocationID string `json:"location_id"`
}

// CostOption is the HSDS 3.0 cost_option object: one thing paid for.
type CostOption struct {
	ID                string `json:"id"`
	ServiceID         string `json:"service_id"`
	Option            string `json:"option"`
	Currency          string `json:"currency"`
	Amount            int    `json:"amount"`
	AmountDescription string `json:"amount_description"`
}

// RequiredDocument is the HSDS 3.0 required_document object: one paper.
type RequiredDocument struct {
	ID        string `json:"id"`
	ServiceID string `json:"service_id"`
	Document  string `json:"document"`
}

// Location is the HSDS 3.0 location object with its address.
type Location struct {
	ID             string    `json:"id"`
	OrganizationID string    `json:"organization_id"`
	LocationType   string    `json:"location_type"`
	Name           string    `json:"name"`
	Description    string    `json:"description,omitempty"`
	Latitude       float64   `json:"latitude"`
	Longitude      float64   `json:"longitude"`
	Addresses      []Address `json:"addresses"`
}

// Address is the HSDS 3.0 address object. Mali has no postal codes and the
// report gives no street addresses: those fields, required, stay empty.
type Address struct {
	ID            string `json:"id"`
	LocationID    string `json:"location_id"`
	Address1      string `json:"address_1"`
	City          string `json:"city"`
	StateProvince string `json:"state_province"`
	PostalCode    string `json:"postal_code"`
	Country       string `json:"country"`
	AddressType   string `json:"address_type"`
}

// Contact is the HSDS 3.0 contact object: a named focal person.
type Contact struct {
	ID             string  `json:"id"`
	OrganizationID string  `json:"organization_id"`
	Name           string  `json:"name"`
	Title          string  `json:"title,omitempty"`
	Email          string  `json:"email,omitempty"`
	Phones         []Phone `json:"phones,omitempty"`
}

// Phone is the HSDS 3.0 phone object.
type Phone struct {
	ID             string `json:"id"`
	OrganizationID string `json:"organization_id"`
	ContactID      string `json:"contact_id,omitempty"`
	Number         string `json:"number"`
	Type           string `json:"type"`
	Description    string `json:"description,omitempty"`
}

// Attribute ties a taxonomy term to an organization or a service, with a
// value: the needs a service answers, its audience, the Bambara summary.
type Attribute struct {
	ID             string       `json:"id"`
	LinkID         string       `json:"link_id"`
	LinkEntity     string       `json:"link_entity"`
	TaxonomyTermID string       `json:"taxonomy_term_id"`
	TaxonomyTerm   TaxonomyTerm `json:"taxonomy_term"`
	Value          string       `json:"value,omitempty"`
}

// TaxonomyTerm is the HSDS 3.0 taxonomy_term object, from Sira's own
// taxonomies (Taxonomy names which).
type TaxonomyTerm struct {
	ID          string `json:"id"`
	Code        string `json:"code"`
	Name        string `json:"name"`
	Description string `json:"description"`
	Taxonomy    string `json:"taxonomy"`
	Language    string `json:"language,omitempty"`
}

// Sira's taxonomies, as the taxonomy field of the terms names them.
const (
	taxonomyNeeds    = "sira:besoins"  // the four needs: formation, financement, emploi, protection
	taxonomyAudience = "sira:public"   // public (walk in, call) or programme (through partners)
	taxonomyText     = "sira:contenus" // texts HSDS has no field for
)

// summaryBm is the code of the term whose attribute, on the organization,
// holds the Bambara summary: HSDS 3.0 has no translations.
const summaryBm = "summary_bm"

// term is one of Sira's taxonomy terms; their names are French.
func term(taxonomy, code, name, description string) TaxonomyTerm {
	return TaxonomyTerm{ID: id("term", taxonomy, code), Code: code, Name: name,
		Description: description, Taxonomy: taxonomy, Language: "fr"}
}

func attribute(linkID, entity string, t TaxonomyTerm, value string) Attribute {
	return Attribute{ID: id(linkID, "attr", t.ID), LinkID: linkID, LinkEntity: entity,
		TaxonomyTermID: t.ID, TaxonomyTerm: t, Value: value}
}

// Convert turns one fiche into an HSDS organization.
func Convert(f seeds.Fiche) Organization {
	org := Organization{
		ID:          id(f.Ref),
		Name:        f.Name,
		Description: f.Summary,
		Website:     website(f.Websites),
		Services:    []Service{},
		Locations:   []Location{},
		Contacts:    []Contact{},
		Phones:      []Phone{},
	}
	if len(f.Acronyms) > 0 {
		org.AlternateName = f.Acronyms[0]
	}
	if s := strings.TrimSpace(f.SummaryBm); s != "" {
		org.Attributes = append(org.Attributes, attribute(org.ID, "organization",
			term(taxonomyText, summaryBm, text("summary_bm"), text("summary_bm_about")), s))
	}
	contactEmails := map[string]bool{}
	for i, c := range f.Contacts {
		var contactID string
		if c.Name != "" {
			contact := Contact{ID: id(f.Ref, "contact", fmt.Sprint(i)), OrganizationID: org.ID, Name: c.Name, Title: c.Role}
			if len(c.Emails) > 0 {
				contact.Email = c.Emails[0]
				contactEmails[c.Emails[0]] = true
			}
			contactID = contact.ID
			org.Contacts = append(org.Contacts, contact)
		}
		for _, p := range c.Phones {
			phone := Phone{ID: id(f.Ref, "phone", fmt.Sprint(i), p), OrganizationID: org.ID, ContactID: contactID,
				Number: p, Type: "voice", Description: strings.Trim(c.Name+", "+c.Role, ", ")}
			org.Phones = append(org.Phones, phone)
			if contactID != "" {
				last := &org.Contacts[len(org.Contacts)-1]
				last.Phones = append(last.Phones, phone)
			}
		}
	}
	// The organization's address is the first one that is not already a
	// named person's, so that a fiche's general address is not lost.
	if emails := f.Emails(); len(emails) > 0 {
		org.Email = emails[0]
		for _, e := range emails {
			if !contactEmails[e] {
				org.Email = e
				break
			}
		}
	}
	svc := service(f, org.ID)
	for _, c := range f.Cities {
		loc, ok := location(f, org.ID, c)
		if !ok {
			continue // no coordinates, no location (a test checks every fiche's cities)
		}
		org.Locations = append(org.Locations, loc)
		svc.ServiceAtLocations = append(svc.ServiceAtLocations, ServiceAtLocation{
			ID: id(f.Ref, "sal", c), ServiceID: svc.ID, LocationID: loc.ID,
		})
	}
	org.Services = append(org.Services, svc)
	return org
}

// service is the fiche's one service: what it offers, to whom, at what cost,
// and whether it still runs.
func service(f seeds.Fiche, orgID string) Service {
	svc := Service{
		ID:                     id(f.Ref, "service"),
		OrganizationID:         orgID,
		Name:                   f.Name,
		Description:            strings.TrimSpace(f.Summary + "\n\n" + f.Offer),
		Status:                 "active",
		EligibilityDescription: strings.Join(nonEmpty(append(slices.Clone(f.Conditions), f.Public)...), "\n\n"),
		FeesDescription:        strings.TrimSpace(f.Costs.Text),
		AssuredDate:            assured(f.Checked),
		ServiceAreas:           []ServiceArea{},
		ServiceAtLocations:     []ServiceAtLocation{},
	}
	svc.MinimumAge, svc.MaximumAge = ages.Required(f.Conditions)
	switch f.Status {
	case seeds.StatusEnded:
		svc.Status = "inactive"
		svc.Alert = strings.TrimSpace(text("ended", "ended", f.Ended, "note", f.Note))
	case seeds.StatusPlanned:
		svc.Status = "inactive"
		svc.Alert = strings.TrimSpace(text("planned", "note", f.Note))
	}
	for _, r := range f.Regions {
		svc.ServiceAreas = append(svc.ServiceAreas, ServiceArea{
			ID: id(f.Ref, "area", r), ServiceID: svc.ID, Name: seeds.Regions[r], Description: f.Zones,
		})
	}
	for i, c := range f.Costs.Items {
		svc.CostOptions = append(svc.CostOptions, CostOption{
			ID: id(f.Ref, "cost", fmt.Sprint(i)), ServiceID: svc.ID, Option: c.What,
			Currency: "XOF", Amount: c.Min, AmountDescription: amount(c),
		})
	}
	for i, d := range f.Documents {
		svc.RequiredDocuments = append(svc.RequiredDocuments, RequiredDocument{
			ID: id(f.Ref, "doc", fmt.Sprint(i)), ServiceID: svc.ID, Document: d,
		})
	}
	for _, n := range f.Needs {
		svc.Attributes = append(svc.Attributes, attribute(svc.ID, "service",
			term(taxonomyNeeds, n, n, text("need_about", "need", n)), ""))
	}
	svc.Attributes = append(svc.Attributes, attribute(svc.ID, "service",
		term(taxonomyAudience, f.Audience, f.Audience, text(f.Audience+"_about")), ""))
	return svc
}

// location places the fiche in a city, at the gazetteer's coordinates of the
// town centre; false when the gazetteer does not know the city.
func location(f seeds.Fiche, orgID, city string) (Location, bool) {
	p, ok := places.Default().Lookup(city)
	if !ok {
		return Location{}, false
	}
	locID := id(f.Ref, "loc", city)
	return Location{
		ID: locID, OrganizationID: orgID, LocationType: "physical", Name: f.Name + " – " + city,
		Description: text("location_about", "town", p.Name),
		Latitude:    p.Lat, Longitude: p.Lon,
		Addresses: []Address{{
			ID: id(f.Ref, "addr", city), LocationID: locID, City: city,
			StateProvince: seeds.Regions[p.Region], Country: "ML", AddressType: "physical",
		}},
	}, true
}

// amount writes a cost item's amount for a reader, grouped the French way
// (no-break spaces): "200 000 à 345 000 FCFA pour la formation", "10 000
// FCFA, une fois".
func amount(c seeds.CostItem) string {
	s := french.Sprintf("%d", c.Min)
	if c.Max > 0 {
		s = text("range", "min", s, "max", french.Sprintf("%d", c.Max))
	}
	return text("per_"+c.Per, "amount", s+"\u00a0FCFA")
}

var french = message.NewPrinter(language.French)

// assured writes a fiche's checked date as a full date: a month ("2022-12")
// or a year alone ("2021") becomes its first day.
func assured(checked string) string {
	switch len(checked) {
	case len("2021"):
		return checked + "-01-01"
	case len("2022-12"):
		return checked + "-01"
	}
	return checked
}

// website returns the first of the fiche's addresses that is a web address
// HSDS accepts (absolute http or https URI), adding "http://" to a bare
// "www." one; "" when none is.
func website(sites []string) string {
	for _, s := range sites {
		if strings.HasPrefix(s, "www.") {
			s = "http://" + s
		}
		u, err := url.Parse(s)
		if err == nil && (u.Scheme == "http" || u.Scheme == "https") && strings.Contains(u.Host, ".") &&
			!strings.HasSuffix(u.Host, "-") {
			return s
		}
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

// allFile is the file holding every organization as one JSON array, for a
// directory that loads the whole export at once.
const allFile = "organizations.json"

// Write writes one JSON file per fiche into dir, and allFile with all of
// them, and returns how many organizations it wrote.
func Write(dir string, fiches []seeds.Fiche) (int, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, fmt.Errorf("hsds: %w", err)
	}
	all := make([]Organization, 0, len(fiches))
	for _, f := range fiches {
		org := Convert(f)
		all = append(all, org)
		if err := writeJSON(filepath.Join(dir, strings.ToLower(f.Ref)+"-"+f.Slug+".json"), org); err != nil {
			return 0, err
		}
	}
	if err := writeJSON(filepath.Join(dir, allFile), all); err != nil {
		return 0, err
	}
	return len(all), nil
}

func writeJSON(name string, v any) error {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return fmt.Errorf("hsds: %s: %w", filepath.Base(name), err)
	}
	if err := os.WriteFile(name, append(data, '\n'), 0o644); err != nil {
		return fmt.Errorf("hsds: %w", err)
	}
	return nil
}
