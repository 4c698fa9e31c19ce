package understand

import (
	"slices"
	"testing"
)

// TestEvidence: a question the reader finds nothing of the fiches' in has
// no evidence, whatever its words; a helper asked (helpers.tsv), the people
// served named where the question asks, who asks told, a need, a place or
// a part asked are evidence, each of its kind.
func TestEvidence(t *testing.T) {
	rd := plainReader(t)
	for _, tt := range []struct {
		q    string
		want Evidence
	}{
		{"c'est quand les élections présidentielles ?", 0},
		{"qui a gagné le match hier soir ?", 0},
		{"qui aide les femmes qui font du savon", EvidenceHelper},
		{"ki forme ds le batiment", EvidenceHelper},
		{"qui peut m'aider pour mon poulailler", EvidenceHelp | EvidenceHelper},
		{"aidez-moi svp", EvidenceHelp},
		{"ya koi pour nous", EvidenceHelper},
		{"il y a quoi comme aide", EvidenceHelper},
		{"travaux HIMO pour les jeunes de ma commune", EvidencePublic},
	} {
		q := rd.Understand(tt.q)
		if got := q.Evidence() &^ EvidenceWho; got != tt.want {
			t.Errorf("Understand(%q).Evidence() = %b, want %b", tt.q, got, tt.want)
		}
	}
	for _, tt := range []struct {
		q    string
		kind Evidence
	}{
		{"je cherche une formation", EvidenceNeed},
		{"a Kayes ?", EvidencePlace},
		{"c'est combien ?", EvidencePart},
		{"je suis rentré de Libye", EvidenceWho},
	} {
		if got := rd.Understand(tt.q).Evidence(); got&tt.kind == 0 {
			t.Errorf("Understand(%q).Evidence() = %b, want %b among them", tt.q, got, tt.kind)
		}
	}
}

// TestSpokenLanguage: a country's adjective after a verb of speaking
// (speak.tsv) is the language asked, no country; elsewhere it stays one.
func TestSpokenLanguage(t *testing.T) {
	rd := plainReader(t)
	for _, tt := range []struct {
		q       string
		country bool
	}{
		{"je veux parler anglais", false},
		{"je veux parler l'arabe", false},
		{"ma femme est anglaise", true},
	} {
		q := rd.Understand(tt.q)
		for _, tm := range q.Terms {
			if tm.Variants[0] == "anglais" || tm.Variants[0] == "arabe" || tm.Variants[0] == "anglaise" {
				if tm.Country != tt.country {
					t.Errorf("Understand(%q): %q Country %v, want %v", tt.q, tm.Variants[0], tm.Country, tt.country)
				}
			}
		}
	}
}

// TestTimeFrame: a feast or a ceremony told as the time of an ask
// (time_frames.tsv: after a French word of time, before a Bambara one) is
// no thing asked, and names no topic; asked itself, or after a word of
// wanting, it stays out of scope.
func TestTimeFrame(t *testing.T) {
	rd := plainReader(t)
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{"après la Tabaski je veux ouvrir un atelier de couture à Bamako", nil},
		{"depuis l'enterrement de mon mari je cherche du travail", nil},
		{"Avant la Tabaski je dois gagner de l'argent, qui peut me trouver du travail à Ségou ?", nil},
		{"avant la Tabaski je veux un prêt pour la fête", []string{"ceremony"}},
		{"seliba kɔfɛ, n b'a fɛ ka jago daminɛ Bamakɔ", nil},
		{"furu kofe n be baara nyini bamako", nil},
		{"seliba bɛ kɛ tuma jumɛn?", []string{"ceremony"}}, // when, asked of the feast
		{"je veux un crédit pour mon mariage", []string{"ceremony"}},
		{"après la Tabaski, je veux un prêt pour le mariage de ma fille", []string{"ceremony"}},
		{"juru furu kama, jɔn bɛ wari juru di?", []string{"ceremony"}},
		{"n b'a fɛ ka wari sɔrɔ n ka furu kama", []string{"ceremony"}},
	} {
		q := rd.Understand(tt.q)
		if !slices.Equal(q.OutOfScope, tt.want) {
			t.Errorf("Understand(%q).OutOfScope = %v, want %v", tt.q, q.OutOfScope, tt.want)
		}
		if tt.want == nil && slices.ContainsFunc(q.Terms, func(tm Term) bool {
			return tm.Role == Topic && slices.ContainsFunc(tm.Variants, func(v string) bool { return v == "mariage" || v == "tabaski" || v == "kofe" })
		}) {
			t.Errorf("Understand(%q): the frame searched as a topic: %+v", tt.q, q.Terms)
		}
	}
}
