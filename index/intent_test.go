package index

import (
	"context"
	"slices"
	"strings"
	"testing"

	"sira/seeds"
)

func TestIntent(t *testing.T) {
	ix := testIndex(t)
	tests := []struct {
		q      string
		intent Intent
		follow Follow
		asked  string
	}{
		{"bonjour", Greeting, Follow{}, ""},
		{"Bonsoir !", Greeting, Follow{}, ""},
		{"slt ça va", Greeting, Follow{}, ""},
		{"I ni ce", Greeting, Follow{}, ""},
		{"aw ni sogoma", Greeting, Follow{}, ""},
		{"merci beaucoup", Thanks, Follow{}, ""},
		{"mrc", Thanks, Follow{}, ""},
		{"barika", Thanks, Follow{}, ""},
		{"au revoir", Goodbye, Follow{}, ""},
		{"k'an bɛn", Goodbye, Follow{}, ""},
		{"le premier", FollowUp, Follow{Rank: 1}, ""},
		{"plus de détails sur le premier", FollowUp, Follow{Rank: 1, Details: true}, ""},
		{"le 2", FollowUp, Follow{Rank: 2}, ""},
		{"2", FollowUp, Follow{Rank: 2}, ""},
		{"la dernière", FollowUp, Follow{Rank: -1}, ""},
		{"a fɔlɔ", FollowUp, Follow{Rank: 1}, ""},
		{"il y a d'autres ?", FollowUp, Follow{More: true}, ""},
		{"a tɔw", FollowUp, Follow{More: true}, ""},
		{"c'est combien ?", FollowUp, Follow{}, AskCost},
		{"le numéro", FollowUp, Follow{}, AskContact},
		{"quels papiers", FollowUp, Follow{}, AskConditions},
		{"les conditions ?", FollowUp, Follow{}, AskConditions},
		{"c'est où ?", FollowUp, Follow{}, AskWhere},
		{"a sɔngɔ ye joli ye?", FollowUp, Follow{}, AskCost},
		{"a nimɔrɔ", FollowUp, Follow{}, AskContact},
		{"ߊ ߛߐ߲ߜ߭ߐ ߦߋ ߖߏߟߌ ߦߋ؟", FollowUp, Follow{}, AskCost}, // N'Ko
		// Searches: a topic, a fiche named or a place makes a message one.
		{"bonjour je cherche une formation en soudure", Search, Follow{}, ""},
		{"merci, et la couture à Ségou ?", Search, Follow{}, ""},
		{"combien coûte la formation au CFP Senou", Search, Follow{}, AskCost},
		{"le numéro de l'ANPE", Search, Follow{}, AskContact},
		{"il a un CAP et veut une subvention", Search, Follow{}, ""},
	}
	for _, tt := range tests {
		q := ix.Understand(tt.q)
		if q.Intent != tt.intent || q.Follow != tt.follow || q.Asked != tt.asked {
			t.Errorf("Understand(%q) = intent %q %+v asked %q, want %q %+v %q", tt.q, q.Intent, q.Follow, q.Asked, tt.intent, tt.follow, tt.asked)
		}
	}
}

func TestScript(t *testing.T) {
	ix := testIndex(t)
	for q, want := range map[string]string{
		"n b'a fɛ ka kalan": ScriptLatin, "ߒ ߓߴߊ ߝߍ ߞߊ ߞߊߟߊ߲": ScriptNKo, "formation": ScriptLatin,
	} {
		if got := ix.Understand(q).Script; got != want {
			t.Errorf("Understand(%q).Script = %q, want %q", q, got, want)
		}
	}
}

// TestDistress reads danger told in many words, French and Bambara, in
// the sentence that asks or in a story; and no danger where there is none.
func TestDistress(t *testing.T) {
	ix := testIndex(t)
	tests := []struct {
		q          string
		sign       string // one of the signs read, "" for none
		distressed bool
	}{
		{"on m'a vendu en Libye", "sold", true},
		{"ils m ont vendu a un patron", "sold", true},
		{"j'ai travaillé deux ans sans salaire", "unpaid", true},
		{"une fille forcée a travailler comme bonne", "forced_labour", true},
		{"mon petit frère de 12 ans est seul à la gare", "minor_alone", true},
		{"enfant non accompagné a Gao", "minor_alone", true},
		{"je dors dehors depuis une semaine", "shelter", true},
		{"on est dans la rue a Segou", "shelter", true},
		{"j'ai faim", "hunger", true},
		{"mon mari me frappe", "violence", true},
		{"ma soeur a été violée", "violence", true},
		{"expulsé d'Algérie", "expelled", true},
		{"j'ai peur, on me menace", "fear", true},
		{"j'ai perdu tous mes papiers", "papers_lost", true},
		{"le patron garde mon passeport", "papers_lost", true},
		{"je n'ai plus de nouvelles de mon fils", "family_lost", true},
		{"ma femme est malade à Mopti", "illness", true},
		{"u ye n feere Libi", "sold", true},
		{"n bɛ sunɔgɔ kɛnɛma", "shelter", true},
		{"u ye n gɛn", "expelled", true},
		{"siran bɛ n na", "fear", true},
		{"kɔngɔ bɛ n na", "hunger", true},
		{"n ka sɛbɛnw tununna", "papers_lost", true},
		{"denmisɛn dɔ tununna", "minor_alone", true},
		{"n balimakɛ tununna kabini san fila", "family_lost", true},
		{"jɔnjago", "trafficking", true},
		{"😭🙏", "fear", true},
		// Danger in the story, a request for something else: told, not the answer.
		{"On nous a battus en Libye. Maintenant je suis rentré. Je voudrais apprendre la soudure à Kayes ?", "violence", false},
		// No danger.
		{"assurance maladie pour ma famille", "", false},
		{"je veux vendre mes moutons", "", false},
		{"formation en soudure a Kayes", "", false},
		{"n b'a fɛ ka mobili dilan dege", "", false},
	}
	for _, tt := range tests {
		q := ix.Understand(tt.q)
		if (tt.sign == "") != (len(q.Distress) == 0) || tt.sign != "" && !slices.Contains(q.Distress, tt.sign) || q.Distressed != tt.distressed {
			t.Errorf("Understand(%q) = distress %v distressed %v, want %q %v", tt.q, q.Distress, q.Distressed, tt.sign, tt.distressed)
		}
		if q.Distressed && q.Need != seeds.NeedProtection {
			t.Errorf("Understand(%q).Need = %q, want protection", tt.q, q.Need)
		}
	}
}

// TestDistressAnswer: a message of danger gets the protection actors a
// person can reach, those serving the place first; never "nothing fits".
func TestDistressAnswer(t *testing.T) {
	ix := testIndex(t)
	for _, q := range []string{
		"je dors dehors a Gao, je n'ai rien a manger",
		"on m a vendu et je travaille sans salaire a Kayes",
		"n bɛ sunɔgɔ kɛnɛma Gao",
		"j'ai perdu tous mes papiers",
		"😭",
	} {
		a, err := ix.Ask(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if a.NoMatch || len(a.Results) < 3 {
			t.Errorf("Ask(%q): no_match %v, %d results", q, a.NoMatch, len(a.Results))
			continue
		}
		for i, r := range a.Results {
			if !r.Fiche.HasNeed(seeds.NeedProtection) || !r.Fiche.Open() {
				t.Errorf("Ask(%q): %s is no open protection actor", q, r.Fiche.Ref)
			}
			if a.Place != nil && i == 0 && !serves(r.Fiche, a.Place) {
				t.Errorf("Ask(%q): first %s does not serve %s", q, r.Fiche.Ref, a.Place.Name)
			}
		}
	}
}

func TestMatching(t *testing.T) {
	ix := testIndex(t)
	f := &seeds.Fiche{
		Trades: []seeds.Trade{{Name: "Alphabétisation"}, {Name: "Mécanique auto", Duration: "13 mois"}, {Name: "Couture"}},
		Costs: seeds.Costs{Items: []seeds.CostItem{
			{What: "alphabétisation", Min: 5000, Per: "mois"},
			{What: "formation en mécanique auto", Min: 25000, Per: "mois"},
			{What: "inscription", Min: 2000, Per: "une fois"},
		}},
	}
	tests := []struct {
		q             string
		trades, items []int
	}{
		{"c'est combien la mécanique auto au centre", []int{1}, []int{1}},
		{"je veux apprendre la mecanique", []int{1}, []int{1}},
		{"n b'a fɛ ka mobili dilan dege", []int{1}, []int{1}},
		{"formation en couture", []int{2}, nil},
		{"le numéro", nil, nil},
	}
	for _, tt := range tests {
		a, err := ix.Ask(context.Background(), tt.q, 3)
		if err != nil {
			t.Fatal(err)
		}
		trades, items := ix.Matching(f, a)
		if !slices.Equal(trades, tt.trades) || !slices.Equal(items, tt.items) {
			t.Errorf("Matching(%q) = %v %v, want %v %v", tt.q, trades, items, tt.trades, tt.items)
		}
	}
}

// TestLongMessage: a message of Telegram's full length, a story then the
// request, is read whole and answered.
func TestLongMessage(t *testing.T) {
	ix := testIndex(t)
	q := longMessage()
	if n := len([]rune(q)); n > MaxQuestion || n < 3500 {
		t.Fatalf("the message has %d characters", n)
	}
	a, err := ix.Ask(context.Background(), q, 3)
	if err != nil {
		t.Fatal(err)
	}
	if a.NoMatch || len(a.Results) == 0 || a.Place == nil || a.Place.ID != "kayes" || a.Need != seeds.NeedTraining {
		t.Errorf("the request after a long story: no_match %v, place %v, need %q, %v", a.NoMatch, a.Place, a.Need, refs(a))
	}
}

// TestRefusalOnEvidence: "nothing fits" when the question asks for a thing
// known to be out of scope, or an activity no partner teaches; never for an
// unknown word alone, never for a fiche named.
func TestRefusalOnEvidence(t *testing.T) {
	ix := testIndex(t)
	tests := []struct {
		q       string
		noMatch bool
	}{
		{"comment avoir le permis de conduire a bamako", true},
		{"je cherche un visa pour la France", true},
		{"un pret pour le mariage de ma fille", true},
		{"aide pour payer le loyer", true},
		{"je veux entrer dans l'armee", true},
		{"cours de guitare a Segou", true},
		{"formation en poterie a Mopti", true},
		{"n b'a fe ka juru ta ka seliba saga san", true},
		// An unknown word beside what a fiche answers: answered.
		{"formation en soudure et zingage a Kayes", false},
		{"ou apprendre le zingage a Bamako", false},
		{"jveu apprendre a faire des bougies pr vendre", false},
		// A fiche named is never refused, whatever else is asked.
		{"numero du CFP Missabougou pour le permis", false},
	}
	for _, tt := range tests {
		a, err := ix.Ask(context.Background(), tt.q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if a.NoMatch != tt.noMatch {
			t.Errorf("Ask(%q): no_match %v (out of scope %v), want %v; %v", tt.q, a.NoMatch, a.OutOfScope, tt.noMatch, refs(a))
		}
	}
}

// TestFrenchReadAsFrench: a French question is read without Bambara's
// contractions and stems ("n'a" is not "ni a", "cela" is not "ce").
func TestFrenchReadAsFrench(t *testing.T) {
	ix := testIndex(t)
	words, _, _, _ := ix.rd.words("il n'a pas de travail, cela dure", ix.rd.frenchQuestion)
	if got := strings.Join(words, " "); got != "il n a pas de travail cela dure" {
		t.Errorf("French reader: %q", got)
	}
	words, _, _, _ = ix.rd.words("n b'a fɛ ka sɛnɛkɛlaw dɛmɛ", ix.rd.bambara)
	if got := strings.Join(words, " "); got != "n be a fe ka senekela deme" {
		t.Errorf("Bambara reader: %q", got)
	}
}

// TestOrIsNotWhere: "ou" (or) in a story does not make it ask; "où" does,
// and so does "ou" first or last in its sentence, as phones write "où".
func TestOrIsNotWhere(t *testing.T) {
	ix := testIndex(t)
	tests := []struct {
		text string
		asks []int // the sentences that ask
	}{
		{"Ma femme vend du pain ou des beignets. Elle cherche un crédit", []int{1}},
		{"Ma femme vend du pain et des beignets. Elle cherche un crédit", []int{1}},
		{"Il fait du pain, où le vendre. Elle cherche un crédit", []int{0, 1}},
		{"Bonjour. ou je peux apprendre la soudure", []int{1}},
		{"La formation de soudure c'est ou. Merci", []int{0, 1}},
	}
	for _, tt := range tests {
		words, _, sentence, ends := ix.rd.words(tt.text, ix.rd.frenchQuestion)
		got := ix.v.requests(words, sentence, ends)
		var asks []int
		for s := range sentence[len(sentence)-1] + 1 {
			if got[s] {
				asks = append(asks, s)
			}
		}
		if !slices.Equal(asks, tt.asks) {
			t.Errorf("requests(%q) = %v, want %v", tt.text, asks, tt.asks)
		}
	}
}

// TestMinor: a child told of by a word or an age under 18, in French and
// Bambara; an adult's age is no child.
func TestMinor(t *testing.T) {
	ix := testIndex(t)
	for q, want := range map[string]bool{
		"mon fils de 15 ans dort dehors":        true,
		"un ado est seul a la gare":             true,
		"a si ye san 13 ye, a bɛ sunɔgɔ kɛnɛma": true,
		"denmisɛn dɔ tununna":                   true,
		"un homme de 40 ans dort dehors":        false,
		"j'ai faim depuis 3 jours":              false,
	} {
		if got := ix.Understand(q).Minor; got != want {
			t.Errorf("Understand(%q).Minor = %v, want %v", q, got, want)
		}
	}
}
