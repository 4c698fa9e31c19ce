// Package seeds holds Sira's partner fiches: the hand-editable TOML files
// under fiches/, embedded in the binary, and the loader that validates them.
package seeds

// A Fiche is one partner, donor or project that Sira can point people to.
// Field names follow the TOML files; see README.md for how to edit them.
type Fiche struct {
	Ref        string    `toml:"ref" json:"ref"`
	Slug       string    `toml:"slug" json:"slug"`
	Name       string    `toml:"name" json:"name"`
	Acronyms   []string  `toml:"acronyms" json:"acronyms,omitempty"`
	Kind       string    `toml:"kind" json:"kind"`
	Needs      []string  `toml:"needs" json:"needs"`
	Regions    []string  `toml:"regions" json:"regions"`
	Cities     []string  `toml:"cities" json:"cities"`
	Zones      string    `toml:"zones" json:"zones,omitempty"`
	Summary    string    `toml:"summary" json:"summary"`
	Offer      string    `toml:"offer" json:"offer,omitempty"`
	Trades     []Trade   `toml:"trades" json:"trades,omitempty"`
	Costs      Costs     `toml:"costs" json:"costs"`
	Conditions string    `toml:"conditions" json:"conditions,omitempty"`
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

// A Trade is a training course (filière) and its duration when the fiche gives one.
type Trade struct {
	Name     string `toml:"name" json:"name"`
	Duration string `toml:"duration,omitempty" json:"duration,omitempty"`
}

// Costs keeps the fiche's wording and the FCFA amounts it names, so that
// answers can quote the text and filters can compare numbers.
type Costs struct {
	Text string `toml:"text" json:"text,omitempty"`
	FCFA []int  `toml:"fcfa" json:"fcfa,omitempty"`
}

// A Contact is a focal person with the numbers and addresses the report
// pairs with them. Name may be empty when the report gives only a number.
type Contact struct {
	Name   string   `toml:"name" json:"name,omitempty"`
	Role   string   `toml:"role" json:"role,omitempty"`
	Phones []string `toml:"phones" json:"phones,omitempty"`
	Emails []string `toml:"emails" json:"emails,omitempty"`
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
