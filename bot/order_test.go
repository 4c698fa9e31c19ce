package bot

import (
	"context"
	"html"
	"slices"
	"strings"
	"testing"
	"time"

	"sira/bot/store"
	"sira/index"
	"sira/seeds"
)

func TestShownOrder(t *testing.T) {
	fs := testFiches(t) // P01, P02 open; P04 a centre not yet open; A01 a donor; A02 a programme not yet launched; R01 ended
	rs := func(refs ...string) []index.Result {
		var out []index.Result
		for _, r := range refs {
			out = append(out, index.Result{Fiche: fs[r]})
		}
		return out
	}
	refs := func(rs []index.Result) string {
		var out []string
		for _, r := range rs {
			out = append(out, r.Fiche.Ref)
		}
		return strings.Join(out, " ")
	}
	search := rs("R01", "A01", "A02", "P04", "P01", "P02")
	// strong marks the results that fit by name, trades or summary.
	strong := func(rs []index.Result, refs ...string) []index.Result {
		out := slices.Clone(rs)
		for i := range out {
			out[i].Strong = slices.Contains(refs, out[i].Fiche.Ref)
		}
		return out
	}
	// covers sets the share of the things asked each result holds.
	covers := func(rs []index.Result, shares ...float64) []index.Result {
		out := slices.Clone(rs)
		for i := range out {
			out[i].Covers = shares[i]
		}
		return out
	}
	// returnees marks the first result as for Malians come back only.
	returnees := func(rs []index.Result) []index.Result {
		out := slices.Clone(rs)
		out[0].Returnees = true
		return out
	}
	back := returnees(rs("P01", "P02", "P03", "P04"))
	// minors marks the first result as for minors only.
	minors := func(rs []index.Result) []index.Result {
		out := slices.Clone(rs)
		out[0].Minors = true
		return out
	}
	young := minors(rs("P01", "P02", "P03"))
	// lapsed marks the results whose answer is not given now (a centre not
	// yet open, an aid that ended), as the search marks them.
	lapsed := func(rs []index.Result, refs ...string) []index.Result {
		out := slices.Clone(rs)
		for i := range out {
			out[i].Lapsed = slices.Contains(refs, out[i].Fiche.Ref)
		}
		return out
	}
	tests := []struct {
		name string
		a    index.Answer
		want string
	}{
		{"asked to learn, no return told: a fiche for returnees only goes below the first page of services that fit as well", index.Answer{Query: index.Query{Need: seeds.NeedTraining}, Results: back}, "P02 P03 P04 P01"},
		{"asked to learn, a return told: a fiche for returnees keeps its place", index.Answer{Query: index.Query{Need: seeds.NeedTraining, Public: []string{"retour"}}, Results: back}, "P01 P02 P03 P04"},
		{"an age of majority told: a fiche for minors only is not shown", index.Answer{Query: index.Query{Need: seeds.NeedTraining, Years: 30}, Results: young}, "P02 P03"},
		{"a grown person told (a spouse), in danger: a fiche for minors only is not shown", index.Answer{Query: index.Query{Need: seeds.NeedProtection, Grown: true, Distressed: true}, Results: young}, "P02 P03"},
		{"an age under majority told: a fiche for minors only keeps its place", index.Answer{Query: index.Query{Need: seeds.NeedTraining, Years: 16}, Results: young}, "P01 P02 P03"},
		{"a grown person told, a fiche for minors only named: it stays", index.Answer{Query: index.Query{Need: seeds.NeedTraining, Years: 30, Named: []string{"P01"}}, Results: young}, "P01 P02 P03"},
		{"protection asked: a fiche for returnees keeps its place", index.Answer{Query: index.Query{Need: seeds.NeedProtection}, Results: back}, "P01 P02 P03 P04"},
		{"asked to learn, in danger: a fiche for returnees keeps its place", index.Answer{Query: index.Query{Need: seeds.NeedTraining, Distressed: true}, Results: back}, "P01 P02 P03 P04"},
		{"a job asked, no return told: a fiche for returnees only stays above those that fit less", index.Answer{Query: index.Query{Need: seeds.NeedJob}, Results: strong(back, "P01")}, "P01 P02 P03 P04"},
		{"services (one not yet open among them), programmes; no ended project", index.Answer{Results: search}, "P04 P01 P02 A01 A02"},
		{"a question about donors: programmes first, ended projects last", index.Answer{Query: index.Query{Programmes: true}, Results: search}, "A01 A02 P04 P01 P02 R01"},
		{"a question about what programmes did: ended projects where the search puts them", index.Answer{Query: index.Query{Programmes: true, Past: true}, Results: search}, "R01 A01 A02 P04 P01 P02"},
		{"a fiche named comes first, ended or not", index.Answer{Query: index.Query{Named: []string{"R01"}}, Results: search}, "R01 P04 P01 P02 A01 A02"},
		{"no service at all: the search's best fit first", index.Answer{Results: rs("R01", "A01", "A02")}, "R01 A01 A02"},
		{"a distress answer keeps the search's order, without the ended project, donors below the first page", index.Answer{Query: index.Query{Distressed: true}, Results: search}, "P04 P01 P02 A01 A02"},
		{"a job asked: a centre not yet open goes below the first page of open services", index.Answer{Query: index.Query{Need: seeds.NeedJob}, Results: rs("P04", "P01", "P02", "P03")}, "P01 P02 P03 P04"},
		{"a job asked: a centre not yet open that fits best goes below the services that fit, above those that fit nothing", index.Answer{Query: index.Query{Need: seeds.NeedJob}, Results: covers(strong(rs("P04", "P01", "P02", "P03"), "P04", "P01"), 1, 0.5, 0, 0)}, "P01 P04 P02 P03"},
		{"asked to learn, a centre not yet open keeps its place", index.Answer{Query: index.Query{Need: seeds.NeedTraining}, Results: rs("P04", "P01")}, "P04 P01"},
		{"fewer open services than a page: a centre not yet open before a donor", index.Answer{Query: index.Query{Need: seeds.NeedJob}, Results: rs("A01", "P04", "P01")}, "P01 P04 A01"},
		{"a programme that fits strongly goes below the services that fit as well, above the others", index.Answer{Results: strong(rs("P04", "A01", "P01", "P02"), "A01", "P01")}, "P04 P01 A01 P02"},
		{"a programme that fits strongly stays below a service the search put first", index.Answer{Results: strong(rs("P04", "A01", "P01"), "A01")}, "P04 A01 P01"},
		{"a programme that fits weakly goes below every service", index.Answer{Results: strong(rs("A01", "P04", "P01"), "P04")}, "P04 P01 A01"},
		{"a strong programme first when no service fits strongly", index.Answer{Results: strong(rs("A01", "P04", "P01"), "A01")}, "A01 P04 P01"},
		{"a programme that holds more of the question than the services, by its head, stays above them", index.Answer{Results: strong(covers(rs("A01", "P04", "P01"), 1, 0.5, 0.5), "A01")}, "A01 P04 P01"},
		{"a programme goes below the services that hold as much of the question", index.Answer{Results: strong(covers(rs("P04", "A01", "P01", "P02"), 0.5, 0.5, 0.5, 0.25), "P04", "A01", "P01")}, "P04 P01 A01 P02"},
		{"a donor that holds more of the question only in its text goes below the first page of services", index.Answer{Results: covers(rs("A01", "P04", "P01", "P02"), 1, 0.5, 0.5, 0.5)}, "P04 P01 P02 A01"},
		{"asked to learn, a donor that fits by its head still goes below the first page", index.Answer{Query: index.Query{Need: seeds.NeedTraining}, Results: strong(rs("A01", "P04", "P01", "P02"), "A01")}, "P04 P01 P02 A01"},
		{"fewer services than a page: a donor below them all", index.Answer{Query: index.Query{Need: seeds.NeedTraining}, Results: rs("A01", "P04")}, "P04 A01"},
		{"a counsellor orients through the partners: the donor that holds more stays above", index.Answer{Query: index.Query{Writer: index.WriterCounsellor}, Results: covers(rs("A01", "P04", "P01"), 1, 0.5, 0.5)}, "A01 P04 P01"},
		{"a question about donors: a service that holds more still goes below the programmes", index.Answer{Query: index.Query{Programmes: true, Donors: true}, Results: covers(rs("P01", "A01"), 1, 0.5)}, "A01 P01"},
		{"a question about programmes, not donors: a service that holds more stays above them", index.Answer{Query: index.Query{Programmes: true}, Results: covers(rs("P01", "A01"), 1, 0.5)}, "P01 A01"},
		{"a question about programmes: a service that holds as much goes below them", index.Answer{Query: index.Query{Programmes: true}, Results: covers(rs("P01", "A01"), 0.5, 0.5)}, "A01 P01"},
		{"alternatives when nothing fits: every service first", index.Answer{Fit: index.NoFit, Results: strong(rs("A01", "P04", "P01"), "A01")}, "P04 P01 A01"},
		{"a question about donors: a service that fits strongly goes above the programmes that fit weakly", index.Answer{Query: index.Query{Programmes: true}, Results: strong(rs("A01", "P01", "A02", "P04"), "A01", "P01")}, "A01 P01 A02 P04"},
		{"a question about programmes: an ended project that fits strongly and holds more than any open fiche is what is asked, first", index.Answer{Query: index.Query{Programmes: true}, Results: strong(covers(rs("A01", "R01", "P01"), 0.5, 1, 0.5), "R01")}, "R01 A01 P01"},
		{"a question about programmes: an ended project that holds no more than an open fiche stays last", index.Answer{Query: index.Query{Programmes: true}, Results: strong(covers(rs("A01", "R01", "P01"), 1, 1, 0.5), "R01")}, "A01 P01 R01"},
		{"any other question: an ended project that holds the most is still not shown", index.Answer{Results: strong(covers(rs("R01", "P01"), 1, 0.5), "R01")}, "P01"},
		{"a fiche whose answer is not given now, below an open service that fits as well: not shown", index.Answer{Query: index.Query{Need: seeds.NeedTraining}, Results: lapsed(rs("P01", "P04", "P02"), "P04")}, "P01 P02"},
		{"a fiche whose answer is not given now, no open service fits as well: shown", index.Answer{Query: index.Query{Need: seeds.NeedTraining}, Results: lapsed(covers(rs("P04", "P01"), 1, 0.5), "P04")}, "P04 P01"},
		{"a fiche whose answer is not given now first, an open service fits as well: not shown", index.Answer{Query: index.Query{Need: seeds.NeedTraining}, Results: lapsed(rs("P04", "P01"), "P04")}, "P01"},
		{"a fiche whose answer is not given now, asked of the past: where the search puts it", index.Answer{Query: index.Query{Need: seeds.NeedTraining, Past: true}, Results: lapsed(rs("P01", "P04"), "P04")}, "P01 P04"},
	}
	for _, tt := range tests {
		if got := refs(shownOrder(tt.a)); got != tt.want {
			t.Errorf("%s: %s, want %s", tt.name, got, tt.want)
		}
	}
	for _, tt := range []struct {
		a    index.Answer
		want bool
	}{
		{index.Answer{Results: rs("A01", "R01", "P04", "P01")}, true},
		{index.Answer{Results: rs("A01", "P01")}, false},
		{index.Answer{Query: index.Query{Programmes: true}, Results: rs("A01")}, false},
		{index.Answer{Fit: index.NoFit, Results: rs("A01")}, false},
		{index.Answer{Query: index.Query{Named: []string{"A01"}}, Results: rs("A01")}, false},
		{index.Answer{Query: index.Query{Named: []string{"A01"}}, Results: rs("A01", "R01")}, true},
	} {
		if got := noDoor(tt.a); got != tt.want {
			t.Errorf("noDoor(%s) = %v", refs(tt.a.Results), got)
		}
	}
}

// TestCountsTheFichesShown: the counts of fiches shown name the cards a
// person saw, in the order shown, not the search's first three. The
// questions are ones the search answers with a fiche a person cannot walk
// into first (a programme, an ended project, a centre not yet open); at
// least one must still be, or the test shows nothing.
func TestCountsTheFichesShown(t *testing.T) {
	tested := 0
	for _, q := range []string{
		"ne be kalan fe, n be Kati, n b a fe ka jiri baara dege",
		"financement des jeunes ruraux",
		"formation professionnelle des jeunes a Koutiala",
		"n b'a fe ka baara soro Segou",
		"insertion des migrants de retour Gao",
	} {
		b, st := newBot(t)
		a, err := ix.Search(context.Background(), ix.Understand(q), maxResults)
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Results) == 0 || a.Results[0].Fiche.Open() {
			continue
		}
		tested++
		shown := html.UnescapeString(text(handle(t, b, Update{Kind: Text, Text: q})))
		totals, err := st.Totals(context.Background(), time.Now().Add(-time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		for _, tot := range totals {
			ref, ok := strings.CutPrefix(tot.Key, "fiche_shown/")
			if f, known := ix.Fiche(ref); ok && known && !strings.Contains(shown, f.Name) {
				t.Errorf("%q: %s counted as shown, not on the page:\n%s", q, ref, shown)
			}
		}
	}
	if tested == 0 {
		t.Fatal("the search puts a fiche a person can walk into first for every question: choose others")
	}
}

// TestRankInThePageShown: a rank names a card of the page the person sees:
// its own number, or a smaller rank counted in it.
func TestRankInThePageShown(t *testing.T) {
	results := []string{"a", "b", "c", "d", "e", "f", "g"}
	tests := []struct {
		name       string
		page, rank int
		want       int
	}{
		{"the first page: the rank itself", 0, 2, 1},
		{"the first page: a number beyond it", 0, 5, 4},
		{"the second page, 'le premier': its first card", 1, 1, 3},
		{"the second page, 'le troisième': its third card", 1, 3, 5},
		{"the second page, 'le 5', a number shown on it", 1, 5, 4},
		{"the third page, 'le premier': its first card", 2, 1, 6},
		{"the third page, 'le 4', a card of the second page by its number", 2, 4, 3},
		{"the last of the second page", 1, -1, 5},
		{"the last of a short third page", 2, -1, 6},
	}
	for _, tt := range tests {
		tr := &turn{chat: store.Chat{Results: results, Page: tt.page}}
		if got := tr.ranked(tt.rank); got != tt.want {
			t.Errorf("%s: ranked(%d) = %d, want %d", tt.name, tt.rank, got, tt.want)
		}
	}
}

// TestOtherFocusLast: a structure whose kind serves another need first,
// met only by a word of its text, goes below the later results that hold
// as much of the question; a distress answer keeps the search's order.
func TestOtherFocusLast(t *testing.T) {
	centre := &seeds.Fiche{Ref: "C", Kind: "centre de formation"}
	shelter := &seeds.Fiche{Ref: "S", Kind: "protection"}
	agency := &seeds.Fiche{Ref: "A", Kind: "agence publique"}
	far := &seeds.Fiche{Ref: "F", Kind: "centre de formation"}
	results := []index.Result{
		{Fiche: centre, Strong: true, Covers: 1},
		{Fiche: shelter, Covers: 1},
		{Fiche: agency, Covers: 1},
		{Fiche: far, Covers: 0},
	}
	tests := []struct {
		a    index.Answer
		want string
	}{
		{index.Answer{Query: index.Query{Need: seeds.NeedTraining}, Results: results}, "C A S F"},
		{index.Answer{Query: index.Query{Need: seeds.NeedProtection}, Results: results}, "C S A F"},
		{index.Answer{Query: index.Query{Need: seeds.NeedTraining, Distressed: true}, Results: results}, "C S A F"},
		{index.Answer{Results: results}, "C S A F"},
	}
	for _, tt := range tests {
		var got []string
		for _, r := range otherFocusLast(tt.a) {
			got = append(got, r.Fiche.Ref)
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("otherFocusLast(need %q, distressed %v) = %v, want %s", tt.a.Need, tt.a.Distressed, got, tt.want)
		}
	}
}

// TestNotTaughtHere: a trade asked to learn in a place is said taught
// nowhere there when no open service shown there teaches it — also when
// no result lists it and only fiches elsewhere do (hairdressing in
// Bamako, asked at Kayes); not where one teaches it, nor for a job asked.
func TestNotTaughtHere(t *testing.T) {
	b, _ := newBot(t)
	tr := renderTurn("fr", latin, "")
	tr.Bot = b
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"formation coiffure a Kayes", true},
		{"formation coiffure a Bamako", false},
		{"formation soudure a Kayes", false},
		{"travail de chauffeur a Gao", false},
	} {
		a, err := b.ix.Ask(context.Background(), tt.q, 10)
		if err != nil {
			t.Fatal(err)
		}
		if got := tr.notTaughtHere(a); got != tt.want {
			t.Errorf("notTaughtHere(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}
