package understand

import (
	"slices"
	"testing"

	"sira/seeds"
)

// TestFunderNamed: a country asked about as the funder names the
// programmes' fiches whose name or summary name it; a country where a
// migrant has been, wants to go or is asked about otherwise names none.
func TestFunderNamed(t *testing.T) {
	fiches := []*seeds.Fiche{
		{Ref: "A07", Name: "Coopération Danoise (DANIDA)", Audience: seeds.AudienceProgramme, Summary: "DANIDA (coopération danoise) : aide les jeunes."},
		{Ref: "A05", Name: "LuxDev", Audience: seeds.AudienceProgramme, Summary: "LuxDev (Luxembourg) : projets de formation."},
		{Ref: "A02", Name: "GIZ", Audience: seeds.AudienceProgramme, Summary: "GIZ (coopération allemande) : projets."},
		{Ref: "P33", Name: "Caritas Suisse", Audience: seeds.AudiencePublic, Summary: "Caritas Suisse : formation agricole."},
	}
	rd := fichesReader(t, words{"jeunes": 9, "entrepreneurs": 5, "formation": 9, "projets": 6}, fiches)
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"Est-ce que le Danemark finance encore les jeunes entrepreneurs ?", []string{"A07"}},
		{"le luxembourg aide les jeunes au mali ?", []string{"A05"}},
		{"l'Allemagne a des projets pour les jeunes ?", []string{"A02"}},
		{"La Suisse finance des formations ?", nil}, // Caritas is no programme it funds through
		{"je suis rentré d'Allemagne, je cherche une formation", nil},
		{"Le Danemark c'est un pays froid ?", nil},
		{"je veux aller en Allemagne pour travailler", nil},
	} {
		q := rd.Understand(tc.q)
		if !slices.Equal(q.Named, tc.want) || !slices.Equal(q.ByProgramme, tc.want) {
			t.Errorf("%q: named %q (by programme %q), want %q", tc.q, q.Named, q.ByProgramme, tc.want)
		}
	}
}

// TestFundersAsked: "qui finance …" asks who funds when the message tells
// no need of its own; a want, a first-person story (not a counsellor's)
// make it a person's money ask, and a word of help or of paying asks for
// no funder.
func TestFundersAsked(t *testing.T) {
	rd := testReader(t, words{"jeunes": 9, "formation": 9, "projets": 6, "ruraux": 3, "boutique": 3, "atelier": 3})
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"qui finance les projets des jeunes a segou", true},
		{"ki finance les jeunes ruraux a koulikoro", true},
		{"Qui finance la formation professionnelle des jeunes à Mopti en ce moment ?", true},
		{"quels sont les organismes qui financent les jeunes à Ségou ?", true},
		{"Un conseiller de Tombouctou demande : qui finance les projets des jeunes à Gao ?", true},
		{"Conseiller EOJ de Ségou : qui finance les projets des jeunes ? Je dois orienter un groupe.", true},
		{"Je suis couturière à Ségou, j'ai mon atelier. Qui finance ?", false},
		{"jsui a sikasso jveu ouvrir une boutique qui finance", false},
		{"mon fils a fini sa formation, il veut s'installer. Qui finance les jeunes comme lui ?", false},
		{"Un conseiller de Kayes : un jeune veut ouvrir une boutique, qui finance ?", false},
		{"qui aide les jeunes a segou", false},
		{"qui paie la formation ?", false},
		{"jɔn bɛ wari di kamalenw ma Segu?", false},
	} {
		if got := rd.Understand(tc.q).FundersAsked; got != tc.want {
			t.Errorf("%q: FundersAsked %v, want %v", tc.q, got, tc.want)
		}
	}
}
