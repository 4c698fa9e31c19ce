package index

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestDebugQ(t *testing.T) {
	ix := testIndex(t)
	for _, q := range strings.Split(os.Getenv("SIRA_Q"), "|") {
		u := ix.Understand(q)
		fmt.Printf("Q: %s\n lang=%s need=%s kind=%s named=%v frame=%v place=%v\n", q, u.Lang, u.Need, u.Kind, u.Named, u.frame, u.Place != nil)
		for _, x := range u.units {
			fmt.Printf("  unit %v topic=%v noun=%v purpose=%v bg=%v need=%s boost=%.2f stems=%v\n", x.variants, x.topic, x.noun, x.purpose, x.background, x.need, x.boost, x.stems)
		}
		a, _ := ix.Ask(context.Background(), q, 6)
		fmt.Printf(" nomatch=%v elsewhere=%v\n", a.NoMatch, a.Elsewhere)
		for _, r := range a.Results {
			fmt.Printf("  %s %-40.40s score=%.3f cov=%.2f strong=%v near=%d %v\n", r.Fiche.Ref, r.Fiche.Name, r.Score, r.coverage, r.strong, r.near, r.Why)
		}
	}
}
