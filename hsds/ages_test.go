package hsds

import "testing"

func TestAges(t *testing.T) {
	for _, c := range []struct {
		conditions []string
		min, max   int
	}{
		{[]string{"Les critères d’admission sont : avoir plus de 15 ans, fournir un acte de naissance"}, 15, 0},
		{[]string{"Avoir plus de 16 ans"}, 16, 0},
		{[]string{"Les bénéficiaires sont les élèves ayant obtenu le DEF (âgés entre 17 et 18 ans)"}, 17, 18},
		{[]string{"Avoir le DEF (français, sciences) et être âgé de18 à 30 ans"}, 18, 30},
		{[]string{"Une copie d’acte de naissance (15 ans au moins et 35 ans au plus) à la date du concours"}, 15, 35},
		{[]string{"Jeunes entrepreneurs, MPME de 18 à 30 ans (FACEJ) ou 15 à 40 ans (ADEL)"}, 15, 40},
		{[]string{"Groupes vulnérables et jeunes (14 à 40 ans)"}, 14, 40},
		{[]string{"Enfants et jeunes (15-24 ans) non scolarisés"}, 15, 24},
		{[]string{"Enfants victimes de la traite (moins de 18 ans)"}, 0, 17},
		{[]string{"Avoir 18 ans révolus"}, 18, 0},
		{[]string{"Jeunes de 18 ans et plus"}, 18, 0},
		{[]string{"Jeunes jusqu’à 35 ans"}, 0, 35},
		{[]string{"Avoir plus de 15 ans", "Jeunes sans emploi âgés de 18 à 35 ans"}, 15, 35}, // two routes: the loosest
		{[]string{"Avoir plus de 15 ans, ne pas être inscrit dans un autre centre"}, 15, 0},
		// Not ages.
		{[]string{"L’attestation n’est pas exigible pour les candidats de moins de 18 ans"}, 0, 0},
		{[]string{"Avoir au moins 3 ans d’existence et un chiffre d’affaires de plus de 100 millions FCFA"}, 0, 0},
		{[]string{"Zira Capital entre dans le capital pour un minimum de 5 ans"}, 0, 0},
		{[]string{"Cet accompagnement des jeunes se déroule sur 3 ans maximum"}, 0, 0},
		{[]string{"Formation des jeunes pour une durée de 2 à 3 ans"}, 0, 0},
		{[]string{"Le BT se déroule sur 4 ans avec stages"}, 0, 0},
		{[]string{"Avoir le DEF"}, 0, 0},
		{nil, 0, 0},
		{[]string{"Jeunes de plus de 40 ans", "jeunes de moins de 18 ans"}, 0, 0}, // contradictory
	} {
		lo, hi := Ages(c.conditions)
		if lo != c.min || hi != c.max {
			t.Errorf("Ages(%q) = %d, %d; want %d, %d", c.conditions, lo, hi, c.min, c.max)
		}
	}
}
