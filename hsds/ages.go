package hsds

import (
	"regexp"
	"strconv"

	"sira/fold"
)

// agePattern finds how the report bounds a person's age, on folded text:
// ranges ("de 18 à 35 ans", "entre 15 et 18 ans", "15-24 ans", "15 ans au
// moins et 35 ans au plus"), lower bounds ("plus de 15 ans", "au moins 18
// ans", "18 ans révolus") and upper bounds ("moins de 18 ans", "35 ans au
// plus", "jusqu'à 35 ans"). Alternatives are tried in order at each place.
var agePattern = regexp.MustCompile(`(\d{1,2})\s*ans\s+au\s+moins\s+et\s+(\d{1,2})\s*ans\s+au\s+plus` +
	`|(?:\bde|\bentre)\s*(\d{1,2})\s*(?:ans\s*)?(?:a|et)\s*(\d{1,2})\s*ans` +
	`|(\d{1,2})\s*(?:a|-|–)\s*(\d{1,2})\s*ans` +
	`|(?:plus\s+de|au\s+moins|minimum(?:\s+de)?|a\s+partir\s+de)\s*(\d{1,2})\s*ans` +
	`|(\d{1,2})\s*ans\s+(?:au\s+moins|et\s+plus|minimum|revolus)` +
	`|moins\s+de\s*(\d{1,2})\s*ans` +
	`|(?:au\s+plus|maximum(?:\s+de)?|jusqu'a)\s*(\d{1,2})\s*ans` +
	`|(\d{1,2})\s*ans\s+(?:au\s+plus|maximum)`)

// The groups of agePattern: which bound each number is. "moins de 18 ans"
// is at most 17: ages are counted in whole years.
var ageGroups = []struct{ min, max, exclusiveMax int }{
	{1, 2, 0}, {3, 4, 0}, {5, 6, 0}, {7, 0, 0}, {8, 0, 0}, {0, 0, 9}, {0, 10, 0}, {0, 11, 0},
}

// A number of years is a person's age only where the clause speaks of
// people or age (ageCue before it), not where it is a duration ("sur 3 ans",
// "durée de 2 à 3 ans", "3 ans d'existence"), nor after a negation ("elle
// n'est pas exigible pour les candidats de moins de 18 ans").
var (
	ageCue      = regexp.MustCompile(`\b(?:age|agee?s?|avoir|ayant|jeunes?|enfants?|personnes?|candidate?s?|beneficiaires?|filles?|garcons?|femmes?|hommes?|entrepreneurs?|apprenante?s?|eleves?|naissance)\b`)
	durationCue = regexp.MustCompile(`\b(?:sur|pendant|durant|duree|depuis|dure)\s*$`)
	durationOf  = regexp.MustCompile(`^\s*(?:d'|de\b|du\b|dans\b)`)
	negation    = regexp.MustCompile(`\b(?:pas|ne)\b|\bn'`)
	clauses     = regexp.MustCompile(`[.;\n]`)
)

// Ages reads the ages the conditions state: the lowest lower bound and the
// highest upper bound any of them gives (each route of entry is a way in),
// 0 for a bound none gives.
func Ages(conditions []string) (minAge, maxAge int) {
	for _, c := range conditions {
		for _, clause := range clauses.Split(fold.String(c), -1) {
			for _, m := range agePattern.FindAllStringSubmatchIndex(clause, -1) {
				before, after := clause[:m[0]], clause[m[1]:]
				if !ageCue.MatchString(before) || negation.MatchString(before) ||
					durationCue.MatchString(before) || durationOf.MatchString(after) {
					continue
				}
				lo, hi := bounds(clause, m)
				if lo > 0 && (minAge == 0 || lo < minAge) {
					minAge = lo
				}
				if hi > maxAge {
					maxAge = hi
				}
			}
		}
	}
	if minAge > 0 && maxAge > 0 && minAge > maxAge {
		return 0, 0 // contradictory: say nothing rather than something wrong
	}
	return minAge, maxAge
}

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
		if lo > 0 || hi > 0 {
			return lo, hi
		}
	}
	return 0, 0
}
