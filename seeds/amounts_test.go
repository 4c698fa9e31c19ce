package seeds

import (
	"slices"
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
