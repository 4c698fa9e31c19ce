package bot

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"sira/index"
	"sira/index/places"
	"sira/seeds"
)

// This file chooses whom a card tells a person to call, and says whose a
// number is: a person on a cheap phone calls one number, the right one.

// How a fiche's contact fits the place a question is asked about, the
// best first: its role names the place, or a town of the place's region;
// it names no place (the fiche's general line); it names another place.
const (
	reachHere = iota
	reachRegion
	reachGeneral
	reachElsewhere
)

// fit says how contact c fits place (nil: no place asked, every contact
// general but those that name a place).
func fit(c seeds.Contact, place *places.Place) int {
	zone := placesIn(c.Role)
	switch {
	case len(zone) == 0:
		return reachGeneral
	case place == nil:
		return reachElsewhere
	case slices.ContainsFunc(zone, func(p places.Place) bool { return p.ID == place.ID }):
		return reachHere
	case slices.ContainsFunc(zone, func(p places.Place) bool { return p.Region == place.Region }):
		return reachRegion
	}
	return reachElsewhere
}

// byPlace are the fiche's contacts that give a number or an address, the
// one to call first for place first (fit), in the fiche's order otherwise.
func byPlace(f *seeds.Fiche, place *places.Place) []seeds.Contact {
	var out []seeds.Contact
	for _, c := range f.Contacts {
		if len(c.Phones)+len(c.Emails) > 0 {
			out = append(out, c)
		}
	}
	slices.SortStableFunc(out, func(a, b seeds.Contact) int { return cmp.Compare(fit(a, place), fit(b, place)) })
	return out
}

// whoseShown says whether a card names whose contact c of a fiche is,
// for place: when the fiche has several contacts, or c's role names
// another place than the one asked (a coordinator of another town).
func whoseShown(f *seeds.Fiche, c seeds.Contact, place *places.Place) bool {
	return len(byPlace(f, nil)) > 1 || place != nil && fit(c, place) == reachElsewhere
}

// maxWhose bounds a role shown beside a number.
const maxWhose = 48

// roleClauses are where a role's first clause ends: an opening
// parenthesis, a comma, the report's word for "and" (report_fr.tsv), a
// dash, a semicolon.
var roleClauses = func() []string {
	seps := []string{" (", ", "}
	for _, w := range wordsOf("join", "and") {
		seps = append(seps, " "+w+" ")
	}
	return append(seps, " – ", " - ", " ; ")
}()

// whose says whose a contact is, short, kept as it is in N'Ko: in French
// its role up to its first clause ("Coordinateur national" of
// "Coordinateur national et responsable de la composante…"), else its
// name; in Bambara, where a role is French, the places its role names
// (in N'Ko by their Bambara names: townName), else its name.
func (t *turn) whose(c seeds.Contact) string {
	if t.bambara() {
		var names []string
		for _, p := range placesIn(c.Role) {
			names = append(names, t.townName(p))
		}
		if len(names) > 0 {
			return strings.Join(names, ", ")
		}
		return keep(esc(c.Name))
	}
	role := strings.TrimSpace(c.Role)
	for _, sep := range roleClauses {
		if i := strings.Index(role, sep); i > 0 {
			role = role[:i]
		}
	}
	if role == "" {
		return keep(esc(c.Name))
	}
	if utf8.RuneCountInString(role) > maxWhose {
		role = wholeSentences(role, maxWhose)
	}
	return keep(esc(upperFirst(role)))
}

// callFirst is the number a person should call first at a fiche for
// place, and whose it is when the card must say it (whoseShown); ok is
// false when the fiche gives no number.
func (t *turn) callFirst(f *seeds.Fiche, place *places.Place) (phone, who string, ok bool) {
	for _, c := range byPlace(f, place) {
		if len(c.Phones) == 0 {
			continue
		}
		if whoseShown(f, c, place) {
			who = t.whose(c)
		}
		return c.Phones[0], who, true
	}
	return "", "", false
}

// local reports whether a fiche has a number for place itself or its
// region: the actor's line there.
func local(f *seeds.Fiche, place *places.Place) bool {
	return place != nil && slices.ContainsFunc(f.Contacts, func(c seeds.Contact) bool {
		return len(c.Phones) > 0 && fit(c, place) <= reachRegion
	})
}

// atPlace reports whether a fiche is at the place asked: a contact's line
// for it (local) or one of its towns in it (the AME at Bamako, the
// Croix-Rouge's safe point at Kayes).
func atPlace(f *seeds.Fiche, place *places.Place) bool {
	return place != nil && (local(f, place) || slices.ContainsFunc(f.Cities, func(c string) bool { return namesPlace(c, place) }))
}

// nationalLine says, on the card of a service of the whole country asked
// about at a town of the regions, that the report names no office of it
// there and that its number is the national one (the APEJ's, the ANPE's
// at Sikasso): a person calls knowing whom they reach. "" at Bamako, where
// their number is the town's, and where the report names the place (the
// fiche's towns, its offices, a contact's role).
func (t *turn) nationalLine(f *seeds.Fiche, place *places.Place) string {
	if place == nil || place.Region == seeds.Capital || !service(f) || !slices.Contains(f.Regions, seeds.National) || len(f.Phones()) == 0 {
		return ""
	}
	if local(f, place) || namesPlace(f.Zones, place) || slices.ContainsFunc(f.Cities, func(c string) bool { return namesPlace(c, place) }) {
		return ""
	}
	return "📍 " + t.p.T("national_number", map[string]any{"Place": t.placeName(*place)})
}

// numberLine is the card's line to reach a fiche. A service: the one
// number to call first for the place asked, said whose when the fiche has
// several (the others are in the details), or its e-mail. A programme
// reached through partners: for a counsellor asking about donors, its
// contact, labelled as the programme's; for anyone else, the counsellor's
// route to it, never a programme officer's mobile. "" when there is
// nothing to call.
func (t *turn) numberLine(f *seeds.Fiche, fc focus) string {
	place := t.placeOf(fc)
	if f.Audience == seeds.AudienceProgramme {
		if !fc.donors {
			return t.programmeRoute(f)
		}
		cs := byPlace(f, place)
		if len(cs) == 0 {
			return ""
		}
		// The first that gives a number, else the first.
		c, emoji := cs[0], "📞 "
		if i := slices.IndexFunc(cs, func(c seeds.Contact) bool { return len(c.Phones) > 0 }); i > 0 {
			c = cs[i]
		}
		var reach []string
		if len(c.Phones) > 0 {
			reach = append(reach, c.Phones[0])
		} else {
			emoji = "✉️ "
		}
		if len(c.Emails) > 0 {
			reach = append(reach, c.Emails[0])
		}
		return emoji + t.p.T("programme_contact", map[string]any{"Who": t.whose(c), "Reach": keep(esc(strings.Join(reach, " · ")))})
	}
	if phone, who, ok := t.callFirst(f, place); ok {
		return withWhose("📞 "+phone, who)
	}
	return emailLine(f)
}

// programmeRoute is how a person reaches a programme: through an EOJ
// counsellor, and the number to call them; "" for one that ended, which
// nobody reaches (its label says when it ended).
func (t *turn) programmeRoute(f *seeds.Fiche) string {
	if f.Status == seeds.StatusEnded {
		return ""
	}
	return "🧑 " + t.p.T("programme_route", map[string]any{"Phone": t.apejPhone()})
}

func withWhose(line, who string) string {
	if who == "" {
		return line
	}
	return line + " — " + who
}

// reachLines answer a question about how to reach a fiche: a service's
// contacts, the one for the place asked first, one line each with the
// person's name, and whose it is when the fiche has several (at most maxReach), then the e-mail
// addresses and the web site; a programme's contact labelled as the programme's, under
// the counsellor's route unless donors were asked about. None when the
// report gives no way to reach it.
func (t *turn) reachLines(f *seeds.Fiche, fc focus) []string {
	if f.Audience == seeds.AudienceProgramme {
		// Asked for, the programme's contact is given, labelled as its
		// own; a person reads the counsellor's route first.
		var lines []string
		if l := t.programmeRoute(f); l != "" && !fc.donors {
			lines = append(lines, l)
		}
		fc.donors = true
		if l := t.numberLine(f, fc); l != "" {
			lines = append(lines, l)
		}
		return lines
	}
	var lines []string
	place := t.placeOf(fc)
	for _, c := range byPlace(f, place) {
		if len(c.Phones) == 0 || len(lines) == maxReach {
			continue
		}
		// The person is named: a caller asks for someone, and "c'est qui
		// le responsable ?" is the contact asked.
		who := keep(esc(c.Name))
		if w := t.whose(c); whoseShown(f, c, place) && w != who {
			who = strings.TrimPrefix(who+", "+w, ", ")
		}
		lines = append(lines, withWhose("📞 "+strings.Join(c.Phones[:min(2, len(c.Phones))], ", "), who))
	}
	if em := emailLine(f); em != "" {
		lines = append(lines, em)
	}
	if len(f.Websites) > 0 {
		lines = append(lines, "🌐 "+keep(esc(f.Websites[0])))
	}
	return lines
}

// maxReach bounds the contacts a card lists; the details list them all.
const maxReach = 3

// placeOf is the place the numbers are chosen for: the question's, else
// the last question's or the chat's region.
func (t *turn) placeOf(fc focus) *places.Place {
	if fc.place != nil {
		return fc.place
	}
	return t.lastPlace()
}

// emailLine lists up to two e-mail addresses, kept in Latin letters in an
// N'Ko answer; "" when the fiche has none.
func emailLine(f *seeds.Fiche) string {
	em := f.Emails()
	if len(em) == 0 {
		return ""
	}
	return "✉️ " + keep(esc(strings.Join(em[:min(2, len(em))], ", ")))
}

// call sends a fiche's numbers as contact cards, the one for the place of
// the last question first: one tap to call, or to save the number for
// later. A fiche with no phone gets its details.
func (t *turn) call(f *seeds.Fiche) []Reply {
	var rs []Reply
	for _, c := range byPlace(f, t.lastPlace()) {
		if len(c.Phones) == 0 {
			continue
		}
		name := shortName(f)
		if c.Name != "" {
			name = c.Name + " — " + name
		}
		rs = append(rs, Reply{Contact: &Contact{Phone: c.Phones[0], Name: name}})
		if len(rs) == maxReach {
			break
		}
	}
	if len(rs) == 0 {
		return t.details(f)
	}
	return rs
}

// callNow is the line of a protection answer that says whom to call now
// (called): its number for the place asked, and whose it is when the
// fiche has several; "" when no actor shown gives a number.
func (t *turn) callNow(a index.Answer) string {
	first := called(a)
	if first == nil {
		return ""
	}
	phone, who, _ := t.callFirst(first, a.Place)
	name := keep(esc(shortName(first)))
	if who != "" {
		name += " (" + who + ")"
	}
	return t.p.T("call_now", map[string]any{"Name": name, "Phone": phone})
}

// called is the actor of a protection answer to call now: among the open
// actors on its first page that give a number, the first when it is at
// the place asked (atPlace), else the first with a line for the place (or
// its region), else the first; nil when none. An actor ranked lower is
// not called before the first one there for its contact's role alone (a
// children's coordinator at Bamako before the AME at Bamako for a man).
func called(a index.Answer) *seeds.Fiche {
	var first *seeds.Fiche
	for _, r := range a.Results[:min(pageSize, len(a.Results))] {
		f := r.Fiche
		if !f.Open() || len(f.Phones()) == 0 {
			continue
		}
		if first == nil {
			first = f
			if atPlace(f, a.Place) {
				break
			}
		}
		if local(f, a.Place) {
			first = f
			break
		}
	}
	return first
}
