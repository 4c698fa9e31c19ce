package report

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"sira/seeds"
)

var (
	emailPattern = regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`)
	// Mali's country code in the report's spellings: "+223", "+ 223", "00223".
	countryCode = regexp.MustCompile(`(\+\s?|00)223\s*/?`)
	// Eight digits, each optionally followed by one separator: "63.15.72.38",
	// "78 81 10 78", "700678.06", "66897121".
	localNumber = regexp.MustCompile(`\d(?:[ .]?\d){7}`)
	urlPattern  = regexp.MustCompile(`https?://\S+|www\.\S+`)
)

// Phones finds the Malian phone numbers in s, in E.164 form.
func Phones(s string) []string {
	s = countryCode.ReplaceAllString(s, " ")
	var out []string
	for _, m := range localNumber.FindAllString(s, -1) {
		digits := strings.NewReplacer(" ", "", ".", "").Replace(m)
		out = appendNew(out, "+223"+digits)
	}
	return out
}

// Emails finds the email addresses in s ("a@x.fr/b@y.ml" gives both).
func Emails(s string) []string {
	var out []string
	for _, m := range emailPattern.FindAllString(s, -1) {
		out = appendNew(out, strings.TrimRight(m, "."))
	}
	return out
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return list
		}
	}
	return append(list, s)
}

// contacts builds the contact list from the "Point focal" and "Contact"
// fields. The report often lists the people first and their numbers after,
// one line each: they are paired by order, and extra lines go to the last
// person.
func contacts(focal, contact []string) []seeds.Contact {
	var people []seeds.Contact
	var reach [][]string // lines carrying numbers or addresses, in order
	bulleted := len(focal) > 0 && startsBullet(focal[0])
	for _, line := range focal {
		person := cleanPerson(line)
		if hasReach(line) {
			reach = append(reach, []string{line})
		}
		switch {
		case person == "":
		case len(people) > 0 && (!strings.Contains(person, ",") || startsLower(person) || bulleted && !startsBullet(line)):
			// A wrapped line of the previous person's role.
			last := &people[len(people)-1]
			last.Role = strings.TrimSpace(last.Role + " " + person)
		default:
			name, role, _ := strings.Cut(person, ",")
			people = append(people, seeds.Contact{Name: strings.TrimSpace(name), Role: strings.TrimSpace(role)})
		}
	}
	for _, line := range contact {
		if hasReach(line) {
			reach = append(reach, []string{line})
		}
	}
	if len(people) == 0 {
		people = []seeds.Contact{{}}
	}
	for i, r := range reach {
		p := &people[min(i, len(people)-1)]
		for _, line := range r {
			for _, ph := range Phones(line) {
				p.Phones = appendNew(p.Phones, ph)
			}
			for _, e := range Emails(line) {
				p.Emails = appendNew(p.Emails, e)
			}
		}
	}
	return people
}

func hasReach(line string) bool {
	return len(Phones(line)) > 0 || len(Emails(line)) > 0
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

func startsBullet(line string) bool {
	return strings.HasPrefix(line, "•") || strings.HasPrefix(line, "-")
}

// cleanPerson strips numbers, addresses and separators from a focal line,
// leaving "Name, Role".
func cleanPerson(line string) string {
	line = emailPattern.ReplaceAllString(line, "")
	line = countryCode.ReplaceAllString(line, "")
	line = localNumber.ReplaceAllString(line, "")
	line = strings.TrimLeft(line, "•- ")
	if i := strings.Index(line, ";"); i >= 0 {
		line = line[:i]
	}
	return strings.Trim(strings.TrimSpace(line), ",/ ")
}
