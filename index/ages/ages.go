package ages

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"sira/index/fold"
)

// agePattern finds how the report bounds a person's age, on folded text
// (the words: ages_fr.tsv):
// ranges ("de 18 à 35 ans", "entre 15 et 18 ans", "15-24 ans", "15 ans au
// moins et 35 ans au plus"), lower bounds ("au moins 18 ans", "18 ans
// révolus", "plus de 15 ans") and upper bounds ("moins de 18 ans", "35 ans
// au plus", "jusqu'à 35 ans"). Alternatives are tried in order at each
// place.
var agePattern = ageRegexp(`(\d{1,2})\s*{years}\s+{pair_min}\s+{pair_and}\s+(\d{1,2})\s*{years}\s+{pair_max}` +
	`|\b{range_from}\s*(\d{1,2})\s*(?:{years}\s*)?{range_to}\s*(\d{1,2})\s*{years}` +
	`|(\d{1,2})\s*{range_dash}\s*(\d{1,2})\s*{years}` +
	`|{min_before}\s*(\d{1,2})\s*{years}` +
	`|(\d{1,2})\s*{years}\s+{min_after}` +
	`|{under_before}\s*(\d{1,2})\s*{years}` +
	`|{max_before}\s*(\d{1,2})\s*{years}` +
	`|(\d{1,2})\s*{years}\s+{max_after}` +
	`|{over_before}\s*(\d{1,2})\s*{years}`)

// The groups of agePattern: which bound each number is. "moins de 18 ans"
// is at most 17 and "plus de 15 ans" at least 16: ages are counted in
// whole years.
var ageGroups = []struct{ min, max, exclusiveMax, exclusiveMin int }{
	{1, 2, 0, 0}, {3, 4, 0, 0}, {5, 6, 0, 0}, {7, 0, 0, 0}, {8, 0, 0, 0}, {0, 0, 9, 0}, {0, 10, 0, 0}, {0, 11, 0, 0}, {0, 0, 0, 12},
}

// A number of years bounds who may enter only where it is required of the
// person ("avoir plus de 15 ans", "doivent être âgés de 15 à 35 ans", "âge
// minimum") or names the whole public the condition begins with ("Jeunes
// maliens âgés de 15 à 40 ans"). It does not where it qualifies one group of
// several ("jeunes (14 à 40 ans), personnes handicapées, femmes"), is a
// share ("50 % des bénéficiaires sont âgés de…"), a duration ("sur 3 ans",
// "3 ans d'existence"), or follows a negation.
var (
	required    = ageWordRegexp("required", "", "")
	durationCue = ageWordRegexp("duration_before", "", `\s*$`)
	durationOf  = ageWordRegexp("duration_after", `^\s*`, "")
	negation    = ageWordRegexp("negation", "", "")
	clauses     = regexp.MustCompile(`[.;\n]`)
	// noLimit: a condition saying anyone may come, so no age is a bound.
	noLimit = ageRegexp(`{no_limit}`)
	// labelled: a condition for one route of entry or one programme,
	// named before a colon ("Filières CAP et BT : …").
	labelled = regexp.MustCompile(`^[^:]{1,80}:\s`)
)

// startWords is how many words may come before an age that names the public
// a condition begins with: "Jeunes maliens âgés de 15 à 40 ans".
const startWords = 3

// Takes reports whether the bounds Required returns (0 for a bound not
// given) take a person of the age told; 0 years, no age told, is taken.
func Takes(minAge, maxAge, years int) bool {
	return years == 0 || (minAge == 0 || years >= minAge) && (maxAge == 0 || years <= maxAge)
}

// AnyAge reports whether one of the conditions that apply to all says
// anyone may come, whatever their age ("sans distinction d'âge", "sans
// limite d'âge"); one route named before a colon ("Migrants de retour :
// … aucune condition n'est requise") is no door for all.
func AnyAge(conditions []string) bool {
	return slices.ContainsFunc(conditions, func(c string) bool {
		text := fold.String(c)
		return noLimit.MatchString(text) && !labelled.MatchString(text)
	})
}

// Required reads the ages the conditions require: 0 for a bound they do not
// give. Each condition is one route of entry or one requirement. An age in a
// condition that applies to all counts; one in a route named before a colon
// counts only when every named route has one (the widest bounds then). When
// a condition says anyone may come, or the bounds contradict, there is none.
func Required(conditions []string) (minAge, maxAge int) {
	var general, routes [][2]int
	named, namedWithAge := 0, 0
	for _, c := range conditions {
		text := fold.String(c)
		if noLimit.MatchString(text) {
			return 0, 0
		}
		found := entryAges(text)
		switch {
		case labelled.MatchString(text):
			named++
			if len(found) > 0 {
				namedWithAge++
				routes = append(routes, found...)
			}
		default:
			general = append(general, found...)
		}
	}
	use := general
	if len(use) == 0 && namedWithAge == named {
		use = routes
	}
	for _, b := range use {
		if b[0] > 0 && (minAge == 0 || b[0] < minAge) {
			minAge = b[0]
		}
		maxAge = max(maxAge, b[1])
	}
	if minAge > 0 && maxAge > 0 && minAge > maxAge {
		return 0, 0 // contradictory: say nothing rather than something wrong
	}
	return minAge, maxAge
}

// Until returns the oldest age a text about people (a fiche's public)
// bounds them to, wherever it says it ("victimes de la traite (moins de 18
// ans)": 17), required or not; 0 when it says no age, or one age with no
// upper bound ("plus de 15 ans").
func Until(text string) (maxAge int) {
	text = fold.String(text)
	for _, m := range agePattern.FindAllStringSubmatchIndex(text, -1) {
		_, hi := bounds(text, m)
		if hi == 0 {
			return 0
		}
		maxAge = max(maxAge, hi)
	}
	return maxAge
}

// entryAges lists the bounds (lower, upper; 0 for none) one folded
// condition requires.
func entryAges(text string) [][2]int {
	var out [][2]int
	for i, clause := range clauses.Split(text, -1) {
		if strings.Contains(clause, "%") || !strings.ContainsAny(clause, "0123456789") || !saysYears(clause) {
			continue // a share, or no number or word of years: each of agePattern's ways has both
		}
		for _, m := range agePattern.FindAllStringSubmatchIndex(clause, -1) {
			before, after := clause[:m[0]], clause[m[1]:]
			opensPublic := i == 0 && len(strings.FieldsFunc(before, notLetter)) <= startWords &&
				!strings.HasSuffix(strings.TrimSpace(before), "(")
			if !(required.MatchString(before) || opensPublic) || negation.MatchString(before) ||
				durationCue.MatchString(before) || durationOf.MatchString(after) {
				continue
			}
			if lo, hi := bounds(clause, m); lo > 0 || hi > 0 {
				out = append(out, [2]int{lo, hi})
			}
		}
	}
	return out
}

// yearsWords are the first words of the words of years (ages_fr.tsv): a
// clause without one holds no match of agePattern, which the pattern would
// take longer to say.
var yearsWords = func() []string {
	var out []string
	for _, w := range ageWords["years"] {
		out = append(out, strings.Fields(w)[0])
	}
	return out
}()

// saysYears reports whether a clause holds one of yearsWords.
func saysYears(clause string) bool {
	return slices.ContainsFunc(yearsWords, func(w string) bool { return strings.Contains(clause, w) })
}

func notLetter(r rune) bool { return !('a' <= r && r <= 'z') }

// bounds returns the lower and upper age of one match of agePattern.
func bounds(s string, m []int) (lo, hi int) {
	num := func(g int) int {
		if g == 0 || m[2*g] < 0 {
			return 0
		}
		n, _ := strconv.Atoi(s[m[2*g]:m[2*g+1]])
		return n
	}
	for _, g := range ageGroups {
		lo, hi = num(g.min), num(g.max)
		if x := num(g.exclusiveMax); x > 0 {
			hi = x - 1
		}
		if x := num(g.exclusiveMin); x > 0 {
			lo = x + 1
		}
		if lo > 0 || hi > 0 {
			return lo, hi
		}
	}
	return 0, 0
}
