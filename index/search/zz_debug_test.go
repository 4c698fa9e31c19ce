package search

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestZZDebug prints the ranking keys of each question in $ZZQ (id \t want \t question). Not committed.
func TestZZDebug(t *testing.T) {
	path := os.Getenv("ZZQ")
	if path == "" {
		t.Skip()
	}
	ix := testIndex(t)
	f, _ := os.Open(path)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		parts := strings.Split(sc.Text(), "\t")
		id, want, text := parts[0], strings.Split(parts[1], ","), parts[2]
		qs := ix.rd.Understand(text)
		a, err := ix.answer(context.Background(), qs, 10)
		if err != nil {
			t.Fatal(err)
		}
		q := a.Query
		var top, gold *candidate
		for _, r := range a.Results {
			if r.cand == nil {
				continue
			}
			if top == nil {
				top = r.cand
			}
			if gold == nil && slices.Contains(want, r.Fiche.Ref) {
				gold = r.cand
			}
		}
		key := "gold-absent"
		if top != nil && gold != nil {
			key = decide(top, gold)
		}
		fmt.Printf("%s\t%s\tneed=%s kind=%q money=%v starts=%v pub=%v fit=%v\t%s\n", id, key, q.Need, q.Kind, q.Money, q.Starts, q.Public, a.Fit, text)
		if os.Getenv("ZZV") != "" {
			fmt.Print("    ")
			for _, tm := range q.Terms {
				fmt.Printf("%s:%v ", tm.Role, tm.Variants)
			}
			fmt.Println()
			for _, r := range a.Results {
				c := r.cand
				if c == nil {
					continue
				}
				g := " "
				if slices.Contains(want, r.Fiche.Ref) {
					g = "*"
				}
				fmt.Printf("   %s%s %-12.12s rank=%.2f age=%v serv=%v near=%d head=%d who=%.2f for=%.2f pub=%v lends=%v score=%.3f fit=%.2f\n", g, c.fiche.Ref, c.fiche.Slug, c.rankCov, c.takesAge, c.serves, c.near, c.headCov, c.whoCov, c.forCov, c.forPublic, c.lends, c.score, c.fitCov)
			}
		}
	}
}

func decide(a, b *candidate) string {
	switch {
	case a == b:
		return "same"
	case a.named != b.named:
		return "named"
	case a.runs != b.runs:
		return "runs"
	case a.rankCov != b.rankCov:
		return "rankCov"
	case a.takesAge != b.takesAge:
		return "age"
	case a.serves != b.serves:
		return "serves"
	case (a.near == 2) != (b.near == 2):
		return "town"
	case a.headCov != b.headCov:
		return "head"
	case a.whoCov != b.whoCov:
		return "who"
	case a.forCov != b.forCov:
		return "for"
	case a.forPublic != b.forPublic:
		return "public"
	case a.hires != b.hires:
		return "hires"
	case a.near != b.near:
		return "near"
	case a.lends != b.lends:
		return "lends"
	}
	return "score"
}

func TestZZStarts(t *testing.T) {
	ix := testIndex(t)
	for _, f := range ix.Fiches() {
		if ix.helpsStart(f.Ref) {
			fmt.Println("starts", f.Ref, f.Slug, f.Status)
		}
	}
}

func TestZZStems(t *testing.T) {
	ix := testIndex(t)
	for _, w := range []string{"ouvrir", "ouvre", "ouvrier", "ouvert", "monter", "monte", "montant", "montage", "commencer", "commence", "commencement", "lancer", "lance", "creer", "cree", "creation", "createur", "demarrer", "demarrage", "incubateur", "incubation"} {
		fmt.Println("stem", w, ix.frenchCache.terms(w))
	}
}
