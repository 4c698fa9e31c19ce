package ages

import (
	"strings"

	"sira/index/fold"
)

// A Route is one way into a fiche its conditions tell: a route named
// before a colon ("Élève évoluant dans le cadre du cursus scolaire : …",
// "Migrants de retour : …") with what every condition not so named
// requires as well, or, when none is named, those conditions together.
type Route struct {
	// Min and Max are the ages the route requires, 0 for a bound not given.
	Min, Max int
	// School says the route requires the school diploma (the DEF: the
	// words of kind school), and no words of the route waive it for the
	// unschooled (school_waived: "non scolarisés", "le DEF n'est pas requis").
	School bool
	// Returnees says the route is named for returnees alone (its name is
	// one of the words of kind returnees: "Migrants de retour : …").
	Returnees bool
}

var (
	schoolWords   = ageWordRegexp("school", "", "")
	schoolWaived  = ageWordRegexp("school_waived", "", "")
	returneeNames = func() map[string]bool {
		out := map[string]bool{}
		for _, w := range ageWords["returnees"] {
			out[w] = true
		}
		return out
	}()
)

// Routes reads the routes of entry the conditions tell (see Route); none
// when there are no conditions or one says anyone may come.
func Routes(conditions []string) []Route {
	var general Route
	var named []Route
	for _, c := range conditions {
		text := fold.String(c)
		if noLimit.MatchString(text) && !labelled.MatchString(text) {
			return nil
		}
		r := route(text)
		if label := labelled.FindString(text); label != "" {
			r.Returnees = returneeNames[strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(label), ":"))]
			named = append(named, r)
			continue
		}
		general = general.and(r)
	}
	if len(named) == 0 {
		if general == (Route{}) && len(conditions) == 0 {
			return nil
		}
		return []Route{general}
	}
	for i := range named {
		named[i] = named[i].and(general)
	}
	return named
}

// RequiresSchool reports whether one condition of entry requires the
// school diploma and no word of it waives it (Route.School).
func RequiresSchool(condition string) bool { return route(fold.String(condition)).School }

// route reads what one folded condition requires.
func route(text string) Route {
	r := Route{School: schoolWords.MatchString(text) && !schoolWaived.MatchString(text)}
	for _, b := range entryAges(text) {
		r = r.and(Route{Min: b[0], Max: b[1]})
	}
	return r
}

// and is a route that requires what both r and o require.
func (r Route) and(o Route) Route {
	out := Route{Min: max(r.Min, o.Min), Max: r.Max, School: r.School || o.School, Returnees: r.Returnees || o.Returnees}
	if o.Max > 0 && (out.Max == 0 || o.Max < out.Max) {
		out.Max = o.Max
	}
	return out
}

// Takes reports whether the route takes a person of the age told (0: none
// told), who has the school diploma or not and is told a returnee or not.
func (r Route) Takes(years int, schooled, returned bool) bool {
	return Takes(r.Min, r.Max, years) && (schooled || !r.School) && (returned || !r.Returnees)
}
