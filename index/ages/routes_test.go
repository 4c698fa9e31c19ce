package ages

import (
	"reflect"
	"testing"
)

func TestRoutes(t *testing.T) {
	for _, tc := range []struct {
		name       string
		conditions []string
		want       []Route
	}{
		{"none", nil, nil},
		{"one general condition", []string{"Les critères d’admission sont : avoir plus de 15 ans, fournir un acte de naissance, avoir un certificat du niveau d’éducation (si existant)."},
			[]Route{{Min: 16}}},
		{"the diploma waived for the unschooled", []string{"Avoir plus de 16 ans ; l’attestation du diplôme d’étude fondamentale pour les jeunes scolarisés ou un certificat du niveau d’éducation pour les jeunes non scolarisés."},
			[]Route{{Min: 17}}},
		{"named routes", []string{
			"Élève évoluant dans le cadre du cursus scolaire : disposer du diplôme d’étude fondamentale, être orienté par le ministère.",
			"Migrants de retour : l’OIM propose des listes de migrants de retour ; aucune condition n’est requise.",
			"Jeunes sans emploi de 18 à 35 ans : accompagnés par des programmes de formation soutenus par des PTF.",
		}, []Route{{School: true}, {Returnees: true}, {Min: 18, Max: 35}}},
		{"a general condition joins each route", []string{
			"Filières CAP et BT : être diplômés du DEF et être âgé de 18 à 30 ans.",
			"Filières sans compétences : le DEF n’est pas requis.",
			"Les recrutements s’effectuent au début de chaque année scolaire.",
		}, []Route{{Min: 18, Max: 30, School: true}, {}}},
		{"anyone", []string{"Tous les entrepreneurs motivés, sans limite d’âge."}, nil},
	} {
		if got := Routes(tc.conditions); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: got %+v, want %+v", tc.name, got, tc.want)
		}
	}
}

func TestRouteTakes(t *testing.T) {
	for _, tc := range []struct {
		r                  Route
		years              int
		schooled, returned bool
		want               bool
	}{
		{Route{School: true}, 16, false, false, false},
		{Route{School: true}, 16, true, false, true},
		{Route{Returnees: true}, 16, false, false, false},
		{Route{Returnees: true}, 16, false, true, true},
		{Route{Min: 18, Max: 35}, 16, false, false, false},
		{Route{Min: 18, Max: 35}, 0, false, false, true},
	} {
		if got := tc.r.Takes(tc.years, tc.schooled, tc.returned); got != tc.want {
			t.Errorf("%+v.Takes(%d, %v, %v) = %v", tc.r, tc.years, tc.schooled, tc.returned, got)
		}
	}
}

// TestRequiresSchool: one condition requires the school diploma when it
// names it and no word waives it.
func TestRequiresSchool(t *testing.T) {
	for c, want := range map[string]bool{
		"Filières CAP et BT : Les candidats doivent être diplômés du DEF et être âgés de 18 à 30 ans.": true,
		"Filières sans compétences : le DEF n’est pas requis.":                                         false,
		"Jeunes déscolarisés et sans emploi : un niveau acceptable en français.":                       false,
		"Élève du cursus scolaire : disposer du diplôme d’étude fondamentale.":                         true,
	} {
		if got := RequiresSchool(c); got != want {
			t.Errorf("RequiresSchool(%q) = %v, want %v", c, got, want)
		}
	}
}
