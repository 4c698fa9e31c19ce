package seeds

import (
	"slices"
	"strings"
	"testing"
)

func TestAmounts(t *testing.T) {
	for _, c := range []struct {
		text string
		want []int
	}{
		{"les frais d’inscription s’élèvent à 10.000 FCFA + 2.500 FCFA par mois", []int{10000, 2500}},
		{"entre 200.000 FCFA pour le maraichage et 345.000 pour la menuiserie", []int{200000, 345000}},
		{"frais d’infirmerie de 1.250 FCFA", []int{1250}},
		{"un chiffre d’affaires de plus de 100 millions FCFA", []int{100_000_000}},
		{"jusqu’à 1,5 million de FCFA", []int{1_500_000}},
		{"25 000 FCFA par an", []int{25000}},
		{"durée de 6 mois, 30 % de théorie", nil},
		{"75000 FCFA", []int{75000}},
		{"10.000 puis encore 10.000", []int{10000}},
	} {
		if got := Amounts(c.text); !slices.Equal(got, c.want) {
			t.Errorf("Amounts(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestAmountsInAsFindAll: the matches amountsIn yields are those of
// FindAllStringSubmatch, for every fiche's text and odd texts.
func TestAmountsInAsFindAll(t *testing.T) {
	texts := []string{"", "x", "1", "a1b22c", "1.000.000 1,5 million 2\u00a0500", "10.000FCFA12 000 millions"}
	fiches, err := Load(Embedded())
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fiches {
		texts = append(texts, f.Text, f.Costs.Text)
	}
	for _, s := range texts {
		got := slices.Collect(amountsIn(s))
		want := amountPattern.FindAllStringSubmatch(s, -1)
		if !slices.EqualFunc(got, want, slices.Equal[[]string]) {
			t.Errorf("amountsIn(%.40q) = %q, want %q", s, got, want)
		}
	}
}

func TestScales(t *testing.T) {
	if got, err := readScales(scalesTSV); err != nil || got["millions"] != 1_000_000 || got["milliard"] != 1_000_000_000 {
		t.Fatalf("readScales = %v, %v", got, err)
	}
	const header = "word\ttimes\n"
	for _, tt := range []struct{ data, want string }{
		{header + "million\t1000000\nmillion\t1000000\n", `line 3: "million" twice (also line 2)`},
		{header + "Million\t1000000\n", `line 2: "Million": write it in lower case`},
		{header + "million\tmille\n", `line 2: "mille": want a whole number above 1`},
		{header + "million\t1\n", `line 2: "1": want a whole number above 1`},
		{header, "no word of scale"},
		{"word\n", "header"},
	} {
		if _, err := readScales(tt.data); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("readScales(%q) = %v, want %q", tt.data, err, tt.want)
		}
	}
}
