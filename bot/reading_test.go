package bot

import (
	"strings"
	"testing"
)

func TestReportWords(t *testing.T) {
	if _, err := readReportWords(reportTSV); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ word, kind, unit string }{{"mois", "unit", "mois"}, {"ans", "year", "an"}, {"an", "year", "an"}, {"semaines", "unit", "semaine"}} {
		if got := unitOf(tt.word); got != tt.unit {
			t.Errorf("unitOf(%q) = %q, want %q", tt.word, got, tt.unit)
		}
	}
	if n := lastJoin(" et Bamako"); n != len(" et ") {
		t.Errorf("lastJoin = %d", n)
	}
	const header = "word\tkind\tmeans\n"
	for _, tt := range []struct{ data, want string }{
		{header + "mois\tunite\tmois\n", `line 2: unknown kind "unite"`},
		{header + "mois\tunit\tmonth\n", `line 2: a unit means one of heure, jour, semaine, mois, not "month"`},
		{header + "et\tjoin\tand\net\tjoin\tand\n", `line 3: "et" twice (also line 2)`},
		{header + "et\tjoin\n", "line 2: want 3 columns"},
		{header + "six\tnumber\tsix\n", `line 2: a number means its value in digits, not "six"`},
		{"word\tkind\n", "header"},
	} {
		if _, err := readReportWords(tt.data); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("readReportWords(%q) = %v, want %q", tt.data, err, tt.want)
		}
	}
}

// The patterns read the report's French with the file's words.
func TestReportPatterns(t *testing.T) {
	for _, tt := range []struct {
		name string
		ok   func(string) bool
		yes  []string
		no   []string
	}{
		{"reportDuration", reportDuration.MatchString, []string{"Cycle adapté de 3 à 6 mois", "pendant 3 ans", "72 heures", "d’une durée de six mois renouvelables", "pendant deux ans"}, []string{"3 ans d'existence", "15 à 35 ans", "trois fois", "dixième mois", "un an d'existence"}},
		{"reportAmount", reportAmount.MatchString, []string{"subvention de 200 000 à 250 000 FCFA", "2 500 USD", "10 euros"}, []string{"200 000"}},
		{"bigAmount", bigAmount.MatchString, []string{"20 Millions EUR", "1.000.000 EUR"}, []string{"250 000 FCFA"}},
		{"agePattern", agePattern.MatchString, []string{"sans limite d'âge", "15 à 40 ans", "plus de 16 ans", "dès 16 ans"}, []string{"3 ans d'existence", "loi 81-08 AN-RM"}},
	} {
		for _, s := range tt.yes {
			if !tt.ok(s) {
				t.Errorf("%s does not read %q", tt.name, s)
			}
		}
		for _, s := range tt.no {
			if tt.ok(s) {
				t.Errorf("%s reads %q", tt.name, s)
			}
		}
	}
}
