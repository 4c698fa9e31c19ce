// Package eval measures search quality on question sets written like
// shared/eval/dev.tsv: hit@1, hit@3, MRR, negatives recognised, answerable
// questions wrongly refused, language, overall and per language and kind.
package eval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strings"
)

// A Case is one evaluation question: columns id, lang, question, relevant
// (comma-separated refs; empty when no fiche answers honestly), kind.
type Case struct {
	ID, Lang, Question string
	Relevant           []string
	Kind               string
}

// ReadCases reads an evaluation file in the format of shared/eval/dev.tsv.
func ReadCases(r io.Reader) ([]Case, error) {
	var out []Case
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if n == 1 && strings.HasPrefix(line, "id\t") || strings.TrimSpace(line) == "" {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 5 {
			return nil, fmt.Errorf("eval line %d: want 5 columns, got %d", n, len(cols))
		}
		c := Case{ID: cols[0], Lang: cols[1], Question: cols[2], Kind: cols[4]}
		for _, r := range strings.Split(cols[3], ",") {
			if r = strings.TrimSpace(r); r != "" {
				c.Relevant = append(c.Relevant, r)
			}
		}
		out = append(out, c)
	}
	return out, sc.Err()
}

// ReadFile reads an evaluation file (ReadCases).
func ReadFile(path string) ([]Case, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	cases, err := ReadCases(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return cases, nil
}

// Score is the measures over a group of cases.
type Score struct {
	N, Positives, Negatives int
	Hit1, Hit3, MRR         float64 // over positives
	NegOK                   float64 // share of negatives answered no_match
	FalseNoMatch            float64 // share of positives answered no_match
	LangOK                  float64
}

// A Report is the evaluation overall, per language and per kind, and the
// cases that failed.
type Report struct {
	All     Score
	ByLang  map[string]Score
	ByKind  map[string]Score
	Failing []string
}

type tally struct {
	n, pos, neg                     int
	hit1, hit3, rr, negOK, fnm, lng float64
}

func (t *tally) score() Score {
	s := Score{N: t.n, Positives: t.pos, Negatives: t.neg}
	if t.pos > 0 {
		s.Hit1, s.Hit3, s.MRR, s.FalseNoMatch = t.hit1/float64(t.pos), t.hit3/float64(t.pos), t.rr/float64(t.pos), t.fnm/float64(t.pos)
	}
	if t.neg > 0 {
		s.NegOK = t.negOK / float64(t.neg)
	}
	if t.n > 0 {
		s.LangOK = t.lng / float64(t.n)
	}
	return s
}

// Got is what an answer is judged on: the refs of its first results, in
// order, whether it says nothing fits, and the language it was read in.
type Got struct {
	Refs    []string
	NoMatch bool
	Lang    string
}

// Evaluate asks every case and scores the answers: a positive counts as a
// hit when a relevant fiche is among the first results and Sira did not
// call the answer a no-match; a negative counts when Sira says no_match.
func Evaluate(cases []Case, ask func(question string) (Got, error)) (Report, error) {
	all := &tally{}
	byLang, byKind := map[string]*tally{}, map[string]*tally{}
	var failing []string
	for _, c := range cases {
		a, err := ask(c.Question)
		if err != nil {
			return Report{}, fmt.Errorf("eval: %s: %w", c.ID, err)
		}
		lang := a.Lang
		rank := 0
		for i, ref := range a.Refs {
			if slices.Contains(c.Relevant, ref) {
				rank = i + 1
				break
			}
		}
		if a.NoMatch {
			rank = 0
		}
		for _, t := range []*tally{all, get(byLang, c.Lang), get(byKind, c.Kind)} {
			t.n++
			if lang == c.Lang {
				t.lng++
			}
			if len(c.Relevant) == 0 {
				t.neg++
				if a.NoMatch {
					t.negOK++
				}
				continue
			}
			t.pos++
			if a.NoMatch {
				t.fnm++
			}
			if rank == 1 {
				t.hit1++
			}
			if rank >= 1 && rank <= 3 {
				t.hit3++
				t.rr += 1 / float64(rank)
			}
		}
		ok := (len(c.Relevant) == 0) == a.NoMatch && (len(c.Relevant) == 0 || rank == 1) && lang == c.Lang
		if !ok {
			failing = append(failing, fmt.Sprintf("%s\t%s\twant %s\tgot %s no_match=%v lang=%s\t%s",
				c.ID, c.Lang, strings.Join(c.Relevant, ","), strings.Join(a.Refs, ","), a.NoMatch, lang, c.Question))
		}
	}
	rep := Report{All: all.score(), ByLang: map[string]Score{}, ByKind: map[string]Score{}, Failing: failing}
	for k, t := range byLang {
		rep.ByLang[k] = t.score()
	}
	for k, t := range byKind {
		rep.ByKind[k] = t.score()
	}
	return rep, nil
}

func get(m map[string]*tally, k string) *tally {
	if m[k] == nil {
		m[k] = &tally{}
	}
	return m[k]
}

// Write prints the report as a table.
func (r Report) Write(w io.Writer) {
	fmt.Fprintf(w, "%-10s %4s %4s %4s  %6s %6s %6s  %6s %6s  %6s\n", "group", "n", "pos", "neg", "hit@1", "hit@3", "MRR", "neg_ok", "false_nm", "lang")
	row := func(name string, s Score) {
		fmt.Fprintf(w, "%-10s %4d %4d %4d  %6.3f %6.3f %6.3f  %6.3f %6.3f  %6.3f\n", name, s.N, s.Positives, s.Negatives, s.Hit1, s.Hit3, s.MRR, s.NegOK, s.FalseNoMatch, s.LangOK)
	}
	row("all", r.All)
	for _, group := range []map[string]Score{r.ByLang, r.ByKind} {
		keys := make([]string, 0, len(group))
		for k := range group {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			row(k, group[k])
		}
	}
}
