package eval

import (
	"strings"
	"testing"
)

// TestEvaluate scores hits, misses, refusals and negatives by language.
func TestEvaluate(t *testing.T) {
	cases, err := ReadCases(strings.NewReader("id\tlang\tquestion\trelevant\tkind\n" +
		"1\tfr\tfirst\tP01\ttrain\n" + // hit at rank 1
		"2\tfr\tthird\tP03,P09\ttrain\n" + // hit at rank 3
		"3\tbm\trefused\tP01\tprotect\n" + // right fiche, but "nothing fits"
		"4\tbm\tnegative\t\tnegative\n")) // recognised
	if err != nil {
		t.Fatal(err)
	}
	answers := map[string]Got{
		"first":    {Refs: []string{"P01", "P02"}, Lang: "fr"},
		"third":    {Refs: []string{"P01", "P02", "P03"}, Lang: "fr"},
		"refused":  {Refs: []string{"P01"}, NoMatch: true, Lang: "bm"},
		"negative": {NoMatch: true, Lang: "fr"},
	}
	rep, err := Evaluate(cases, func(q string) (Got, error) { return answers[q], nil })
	if err != nil {
		t.Fatal(err)
	}
	all, fr := rep.All, rep.ByLang["fr"]
	if all.Positives != 3 || all.Negatives != 1 || all.Hit1 != 1.0/3 || all.Hit3 != 2.0/3 || all.NegOK != 1 || all.FalseNoMatch != 1.0/3 || all.LangOK != 0.75 {
		t.Errorf("all = %+v", all)
	}
	if fr.Hit1 != 0.5 || fr.Hit3 != 1 || fr.MRR != (1+1.0/3)/2 {
		t.Errorf("fr = %+v", fr)
	}
	if len(rep.Failing) != 3 { // rank 3, refused, language
		t.Errorf("failing = %q", rep.Failing)
	}
	if _, err := ReadCases(strings.NewReader("1\tfr\tq\n")); err == nil {
		t.Error("a line of 3 columns was read")
	}
}
