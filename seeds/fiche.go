// Package seeds holds Sira's partner fiches: the hand-editable TOML files
// under fiches/, embedded in the binary, and the loader that validates them.
package seeds

import "slices"

// A Fiche is one partner, donor or project that Sira can point people to.
// Field names follow the TOML files; see README.md for how to edit them.
type Fiche struct {
	Ref      string   `toml:"ref" json:"ref"`
	Slug     string   `toml:"slug" json:"slug"`
	Name     string   `toml:"name" json:"name"`
	Acronyms []string `toml:"acronyms" json:"acronyms,omitempty"`
	Kind     string   `toml:"kind" json:"kind"`
	Needs    []string `toml:"needs" json:"needs"`
	Regions  []string `toml:"regions" json:"regions"`
	Cities   []string `toml:"cities" json:"cities"`
	Zones    string   `toml:"zones" json:"zones,omitempty"`
	// TradesIn are the towns of Cities where its trades are taught, when
	// not all of them (ENDA works in five, teaches in Bamako); empty,
	// wherever it works.
	TradesIn []string `toml:"trades_in" json:"trades_in,omitempty"`
	// Status says whether a person can still go there: StatusActive,
	// StatusEnded (with Ended, the year it stopped) or StatusPlanned (with
	// Note saying what the report said).
	Status string `toml:"status" json:"status"`
	Ended  string `toml:"ended" json:"ended,omitempty"`
	Note   string `toml:"note" json:"note,omitempty"`
	// AidEnded are needs of Needs whose aid the report describes only
	// within a project that has ended (Note names it): Caritas's aid to
	// vulnerable migrants was PROMISA (2020-2023). A person asking one is
	// sent first to those whose aid runs, where they reach them as surely.
	AidEnded []string `toml:"aid_ended" json:"aid_ended,omitempty"`
	// Audience says who reaches it: AudiencePublic (a person can call or
	// walk in) or AudienceProgramme (reached through its partners).
	Audience  string  `toml:"audience" json:"audience"`
	Summary   string  `toml:"summary" json:"summary"`
	SummaryBm string  `toml:"summary_bm" json:"summary_bm"`
	Offer     string  `toml:"offer" json:"offer,omitempty"`
	Trades    []Trade `toml:"trades" json:"trades,omitempty"`
	Costs     Costs   `toml:"costs" json:"costs"`
	// Conditions are the entry requirements, one route of entry each, in
	// full; Documents the papers to bring, one each.
	Conditions []string  `toml:"conditions" json:"conditions,omitempty"`
	Documents  []string  `toml:"documents" json:"documents,omitempty"`
	Public     string    `toml:"public" json:"public,omitempty"`
	Returnees  string    `toml:"returnees" json:"returnees,omitempty"`
	Capacity   string    `toml:"capacity" json:"capacity,omitempty"`
	Contacts   []Contact `toml:"contacts" json:"contacts,omitempty"`
	Websites   []string  `toml:"websites" json:"websites,omitempty"`
	Text       string    `toml:"text" json:"text"`
	Checked    string    `toml:"checked" json:"checked"`

	// File is where the fiche was loaded from, for error messages.
	File string `toml:"-" json:"-"`
}

// A Trade is a training course (filière) and its duration when the fiche
// gives one. Bambara is its name in Bambara, from the trade names file
// (trades.tsv beside the fiches), not from the fiche.
type Trade struct {
	Name     string `toml:"name" json:"name"`
	Duration string `toml:"duration,omitempty" json:"duration,omitempty"`
	Bambara  string `toml:"-" json:"bm,omitempty"`
}

// Costs keeps the report's wording and what is paid for, item by item.
type Costs struct {
	Text  string     `toml:"text" json:"text,omitempty"`
	Items []CostItem `toml:"items" json:"items,omitempty"`
}

// A CostItem is one thing paid for: Min FCFA, or Min to Max FCFA, each Per
// (empty when the report does not say how often). Every amount is one the
// fiche's text names (checked on load).
type CostItem struct {
	What string `toml:"what" json:"what"`
	Min  int    `toml:"min" json:"min"`
	Max  int    `toml:"max,omitempty" json:"max,omitempty"`
	Per  string `toml:"per,omitempty" json:"per,omitempty"`
}

// A Contact is a focal person with the numbers and addresses the report
// pairs with them. Name may be empty when the report gives only a number.
type Contact struct {
	Name   string   `toml:"name" json:"name,omitempty"`
	Role   string   `toml:"role" json:"role,omitempty"`
	Phones []string `toml:"phones" json:"phones,omitempty"`
	Emails []string `toml:"emails" json:"emails,omitempty"`
}

// Open reports whether a person can go there now: active and receiving the
// public.
func (f *Fiche) Open() bool { return f.Status == StatusActive && f.Audience == AudiencePublic }

// Runs reports whether it still gives anything: not ended, and not every
// need's aid ended with its projects (AidEnded: AVSF, whose projects the
// report names all ended by 2025).
func (f *Fiche) Runs() bool {
	return f.Status != StatusEnded && (len(f.AidEnded) == 0 || slices.ContainsFunc(f.Needs, func(n string) bool { return !slices.Contains(f.AidEnded, n) }))
}

// AidEndedFor reports whether its aid for need ended with a project
// (AidEnded); for no need, the need its kind serves (Focus), or, a fiche of
// many needs, every one of them: nothing it answers runs.
func (f *Fiche) AidEndedFor(need string) bool {
	if need == "" {
		need = f.Focus()
	}
	if need == "" {
		return len(f.AidEnded) > 0 && !f.Runs()
	}
	return slices.Contains(f.AidEnded, need)
}

// TaughtIn lists the towns where it teaches its trades: those TradesIn
// names, else its towns.
func (f *Fiche) TaughtIn() []string {
	if len(f.TradesIn) > 0 {
		return f.TradesIn
	}
	return f.Cities
}

// Phones lists every phone number of the fiche, in contact order.
func (f *Fiche) Phones() []string {
	var out []string
	for _, c := range f.Contacts {
		out = append(out, c.Phones...)
	}
	return out
}

// Emails lists every email address of the fiche, in contact order.
func (f *Fiche) Emails() []string {
	var out []string
	for _, c := range f.Contacts {
		out = append(out, c.Emails...)
	}
	return out
}

// Serves reports whether the fiche works in region (national fiches serve all).
func (f *Fiche) Serves(region string) bool {
	for _, r := range f.Regions {
		if r == region || r == National {
			return true
		}
	}
	return false
}

// HasNeed reports whether the fiche answers need.
func (f *Fiche) HasNeed(need string) bool {
	for _, n := range f.Needs {
		if n == need {
			return true
		}
	}
	return false
}
