package understand

import (
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2"

	"sira/fold"
	"sira/index/analysis"
	"sira/lexicon"
	"sira/seeds"
)

// words is a Vocabulary of a few fiches: how many of ten hold each word.
type words map[string]int

func (w words) Holds(s string) bool  { return w[fold.String(s)] > 0 }
func (w words) Common(s string) bool { return w[fold.String(s)] > 5 }
func (w words) Rare(s string) bool   { return w[fold.String(s)] <= maxNameDF }
func (w words) Related(string) []string {
	return nil
}

// maxNameDF is the test vocabulary's rare: as many fiches as the index's.
const maxNameDF = 3

// testReader reads questions without a bleve index: the shipped language
// files and lexicon, and a Vocabulary of a few words.
func testReader(t *testing.T, corpus Vocabulary) *Reader {
	t.Helper()
	d, err := ShippedLang()
	if err != nil {
		t.Fatal(err)
	}
	m := bleve.NewIndexMapping()
	if err := analysis.Define(m, analysis.ResourcesOf(d, lexicon.Default())); err != nil {
		t.Fatal(err)
	}
	a := Analyzers{Bambara: m.AnalyzerNamed(analysis.BambaraAnalyzer), French: m.AnalyzerNamed(analysis.QuestionFrenchAnalyzer)}
	rd, err := New(NewLanguage(d, lexicon.Default()), a, corpus, nil)
	if err != nil {
		t.Fatal(err)
	}
	return rd
}

// plainReader is a reader whose fiches hold no word: for the language's
// mechanisms alone.
func plainReader(t *testing.T) *Reader { return testReader(t, words{}) }

// TestRoles reads sentences into roles: the need, the place, what is
// asked, the topics (what the question is about) and who asks (a
// background that ranks but decides nothing), with no bleve index.
func TestRoles(t *testing.T) {
	rd := testReader(t, words{"soudure": 2, "couture": 3, "credit": 4, "atelier": 2, "libye": 1, "formation": 8, "elevage": 2})
	tests := []struct {
		q          string
		need       string
		place      string
		topics     []string
		background []string
		asked      string
	}{
		{"ou apprendre la soudure a Kayes", seeds.NeedTraining, "kayes", []string{"soudure"}, nil, ""},
		{"je suis rentré de Libye, je veux apprendre la couture", seeds.NeedTraining, "", []string{"couture"}, []string{"Libye"}, ""},
		{"un crédit pour agrandir mon atelier de couture", seeds.NeedFinance, "", []string{"credit", "atelier", "couture"}, nil, ""},
		{"combien coûte la formation en soudure", seeds.NeedTraining, "", []string{"soudure"}, nil, AskCost},
		{"n b'a fɛ ka kalali dege Segu", seeds.NeedTraining, "segou", []string{"couture"}, nil, ""},
		{"Ma femme vend du pain ou des beignets. Elle cherche un crédit", seeds.NeedFinance, "", []string{"credit"}, nil, ""},
	}
	for _, tt := range tests {
		q := rd.Understand(tt.q)
		place := ""
		if q.Place != nil {
			place = q.Place.ID
		}
		var background []string
		for _, u := range q.Terms {
			if u.Background {
				background = append(background, u.Variants[0])
			}
		}
		if q.Need != tt.need || place != tt.place || q.Asked != tt.asked {
			t.Errorf("%q: need %q place %q asked %q, want %q %q %q", tt.q, q.Need, place, q.Asked, tt.need, tt.place, tt.asked)
		}
		for _, topic := range tt.topics {
			if !slices.Contains(q.Topics(), topic) {
				t.Errorf("%q: topics %v, want %q among them", tt.q, q.Topics(), topic)
			}
		}
		if !slices.Equal(background, tt.background) {
			t.Errorf("%q: who asks %v, want %v", tt.q, background, tt.background)
		}
	}
}
