package ages

import (
	"slices"
	"strings"
	"testing"

	"sira/index/fold"
	"sira/seeds"
)

func TestAges(t *testing.T) {
	for _, c := range []struct {
		conditions []string
		min, max   int
	}{
		// Required of the person, or naming the whole public.
		{[]string{"Les critères d’admission sont : avoir plus de 15 ans, fournir un acte de naissance"}, 16, 0},
		{[]string{"Avoir plus de 16 ans ; fournir un acte de naissance"}, 17, 0},
		{[]string{"Les bénéficiaires doivent être âgés de 15 à 35 ans.", "La procédure d’entrée comprend le dépôt de dossier."}, 15, 35},
		{[]string{"Avoir le DEF (français, sciences) et être âgé de18 à 30 ans"}, 18, 30},
		{[]string{"Jeunes maliens âgés de 15 à 40 ans, de tout niveau (le rapport donne aussi comme critère : être âgé entre 18 et 40 ans).",
			"Bourses au Maroc : niveau baccalauréat, moins de 24 ans."}, 15, 40},
		{[]string{"Âge minimum 18 ans"}, 18, 0},
		{[]string{"Avoir 18 ans révolus"}, 18, 0},
		{[]string{"Jeunes de 18 ans et plus"}, 18, 0},
		{[]string{"Jeunes jusqu’à 35 ans"}, 0, 35},
		{[]string{"Avoir 15 ans au moins et 35 ans au plus"}, 15, 35},
		// Whole years: under 18 is at most 17, over 15 at least 16.
		{[]string{"Jeunes de moins de 18 ans"}, 0, 17},
		{[]string{"Avoir plus de 15 ans"}, 16, 0},
		// Every route bounded: the widest bounds.
		{[]string{"Filière A : avoir plus de 15 ans.", "Filière B : avoir au moins 18 ans et moins de 40 ans."}, 16, 39},
		{[]string{"Avoir plus de 15 ans, ne pas être inscrit dans un autre centre"}, 16, 0},
		// A route among others, a group among others, a share, a duration: no bound.
		{[]string{"Filières CAP et BT : être diplômé du DEF et être âgé de 18 à 30 ans.", "Filières sans compétences : le DEF n’est pas requis."}, 0, 0},
		{[]string{"Jeunes filles et garçons déscolarisés, mineurs vulnérables, jeunes entrepreneurs, MPME de 18 à 30 ans (FACEJ) ou 15 à 40 ans (ADEL)."}, 0, 0},
		{[]string{"Groupes vulnérables et jeunes (14 à 40 ans), personnes handicapées, femmes."}, 0, 0},
		{[]string{"Jeunes filles et garçons, victimes de la traite (moins de 18 ans)."}, 0, 0},
		{[]string{"Tous les migrants de retour au Mali.", "Projet ‘Avenir Brillant’ (terminé) : jeunes sans emploi âgés de 18 à 35 ans."}, 0, 0},
		{[]string{"Organisations paysannes ; migrants vulnérables.", "Dans le cercle de Yanfolila : appui à 80 jeunes, hommes et femmes, âgés de 18 à 35 ans."}, 0, 0},
		{[]string{"PAFEEM : critères : 50 % des bénéficiaires des AGR sont des jeunes âgés de 18 à 40 ans ; 30 % sont des femmes."}, 0, 0},
		{[]string{"Migrants de retour : aucune condition n’est requise.", "Les jeunes doivent être âgés de 18 à 35 ans."}, 0, 0},
		{[]string{"Tous les entrepreneurs motivés, sans limite d’âge."}, 0, 0},
		{[]string{"L’attestation n’est pas exigible pour les candidats de moins de 18 ans"}, 0, 0},
		{[]string{"Critères minimums : avoir au moins 3 ans d’existence, chiffre d’affaires > 100 millions FCFA"}, 0, 0},
		{[]string{"Zira Capital entre dans le capital pour un minimum de 5 ans"}, 0, 0},
		{[]string{"Cet accompagnement doit se dérouler sur 3 ans maximum"}, 0, 0},
		{[]string{"Avoir suivi une formation d’une durée de 2 à 3 ans"}, 0, 0},
		{[]string{"Avoir le DEF"}, 0, 0},
		{nil, 0, 0},
		{[]string{"Jeunes de plus de 40 ans", "Jeunes de moins de 18 ans"}, 0, 0}, // contradictory
	} {
		lo, hi := Required(c.conditions)
		if lo != c.min || hi != c.max {
			t.Errorf("Required(%q) = %d, %d; want %d, %d", c.conditions, lo, hi, c.min, c.max)
		}
	}
}

func TestUntil(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"Jeunes filles et garçons non-scolarisés et déscolarisés, mineurs vulnérables, victimes de la traite (moins de 18 ans).", 17},
		{"Jeunes de 18 à 35 ans ; mineurs (moins de 18 ans)", 35},
		{"Avoir plus de 15 ans", 0},
		{"Jeunes de plus de 15 ans et enfants de moins de 12 ans", 0},
		{"Tous les migrants de retour au Mali", 0},
	} {
		if got := Until(c.text); got != c.want {
			t.Errorf("Until(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}

func TestAgeWords(t *testing.T) {
	words, err := readAgeWords(ageWordsTSV)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(words["min_before"], "a partir de") || !slices.Contains(words["negation"], "n'") {
		t.Errorf("readAgeWords = %v", words)
	}
	var all strings.Builder
	all.WriteString("word\tkind\n")
	for _, kind := range ageKinds {
		all.WriteString("x\t" + kind + "\n")
	}
	for _, tt := range []struct{ data, want string }{
		{all.String() + "ans\tannees\n", `unknown kind "annees"`},
		{all.String() + "ans\tyears\nans\tyears\n", `"ans" twice (also line`},
		{all.String() + "révolus\tmin_after\n", `"révolus": write it folded, "revolus"`},
		{"word\tkind\nans\tyears\n", `no word of kind "range_from"`},
		{"word\tkind\nans\n", "line 2: want 2 columns"},
	} {
		if _, err := readAgeWords(tt.data); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("readAgeWords(%q) = %v, want %q", tt.data, err, tt.want)
		}
	}
}

// TestTakes: bounds of 0 are not given; no age told is taken.
func TestTakes(t *testing.T) {
	for _, tt := range []struct {
		lo, hi, years int
		want          bool
	}{
		{15, 35, 0, true},
		{15, 35, 15, true},
		{15, 35, 35, true},
		{15, 35, 14, false},
		{15, 35, 36, false},
		{18, 0, 60, true},
		{0, 17, 18, false},
		{0, 0, 45, true},
	} {
		if got := Takes(tt.lo, tt.hi, tt.years); got != tt.want {
			t.Errorf("Takes(%d, %d, %d) = %v, want %v", tt.lo, tt.hi, tt.years, got, tt.want)
		}
	}
}

// TestSaysYearsOfEveryMatch: a clause agePattern matches holds a word of
// years, so the clauses saysYears passes over are none it would read: the
// conditions of every fiche and clauses written to match.
func TestSaysYearsOfEveryMatch(t *testing.T) {
	texts := []string{"avoir 18 ans", "de 15 a 35 ans", "15-24 ans", "au moins 18 ans", "18 ans revolus", "moins de 18 ans", "pendant 3 ans", "15 a 35 an", "age 18"}
	fiches, err := seeds.Load(seeds.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fiches {
		texts = append(append(texts, f.Conditions...), f.Public, f.Text)
	}
	matched := 0
	for _, text := range texts {
		for _, clause := range clauses.Split(fold.String(text), -1) {
			if agePattern.MatchString(clause) {
				matched++
				if !saysYears(clause) {
					t.Errorf("agePattern matches %q, which saysYears passes over", clause)
				}
			}
		}
	}
	if matched < 20 {
		t.Errorf("%d clauses matched: too few to tell", matched)
	}
}

// TestAnyAge: a condition for all that says anyone may come takes any age;
// a route named before a colon that requires nothing is no door for all.
func TestAnyAge(t *testing.T) {
	for _, c := range []struct {
		conditions []string
		want       bool
	}{
		{[]string{"Tous les demandeurs d’emploi, sans distinction d’âge ou de sexe."}, true},
		{[]string{"Tous les entrepreneurs motivés, sans limite d’âge et sans niveau de base."}, true},
		{[]string{"Migrants de retour : l'école adapte la formation et aucune condition n’est requise.", "Jeunes de 18 à 35 ans."}, false},
		{[]string{"Avoir plus de 15 ans."}, false},
	} {
		if got := AnyAge(c.conditions); got != c.want {
			t.Errorf("AnyAge(%q) = %v, want %v", c.conditions, got, c.want)
		}
	}
}
