package store

import (
	"context"
	"errors"
	"os"
	"strconv"
	"sync"
	"testing"
	"time"
)

func TestBoltKeepsLanguageAcrossReopen(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Save(ctx, 42, Chat{Lang: "bm", Region: "kayes"}); err != nil {
		t.Fatal(err)
	}
	if err := s.SetOffset(ctx, 1001); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	c, err := s.Load(ctx, 42)
	if err != nil || c.Lang != "bm" || c.Region != "kayes" {
		t.Fatalf("after reopen: %+v, %v", c, err)
	}
	if off, _ := s.Offset(ctx); off != 1001 {
		t.Errorf("offset = %d", off)
	}
	if c, _ := s.Load(ctx, 7); c.Lang != "" {
		t.Errorf("unknown chat = %+v", c)
	}
}

func TestRetentionAndNavExpiry(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	s.now = func() time.Time { return now }
	s.Save(ctx, 1, Chat{Lang: "fr", Results: []string{"P01"}, NavAt: now})
	s.Save(ctx, 3, Chat{Lang: "fr", Results: []string{"P02"}, NavAt: now})
	now = now.Add(25 * time.Hour)
	s.Save(ctx, 2, Chat{Lang: "bm"})
	if c, _ := s.Load(ctx, 1); c.Results != nil || c.Lang != "fr" {
		t.Errorf("navigation not expired after a day: %+v", c)
	}
	sw, err := s.Sweep(ctx)
	if err != nil || sw.Navs != 2 || sw.Chats != 0 {
		t.Fatalf("Sweep after a day = %+v, %v; want 2 navigations dropped", sw, err)
	}
	now = now.Add(chatRetention - time.Hour)
	sw, err = s.Sweep(ctx)
	if err != nil || sw.Chats != 2 {
		t.Fatalf("Sweep = %+v, %v; want the two chats older than %v", sw, err, chatRetention)
	}
	if c, _ := s.Load(ctx, 1); c.Lang != "" {
		t.Error("chat 1 survived retention")
	}
	if c, _ := s.Load(ctx, 2); c.Lang != "bm" {
		t.Error("chat 2 was swept too early")
	}
}

func TestTempIsRemoved(t *testing.T) {
	s, err := OpenTemp()
	if err != nil {
		t.Fatal(err)
	}
	dir := s.dir
	s.Save(context.Background(), 1, Chat{Lang: "bm"})
	s.Close()
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("%s still there after Close", dir)
	}
}

func TestCases(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	s.now = func() time.Time { return now }
	a, _ := s.OpenCase(ctx, Case{Chat: 10, FirstName: "Awa"})
	b, _ := s.OpenCase(ctx, Case{Chat: 11, FirstName: "Issa"})
	if a.ID != 1 || b.ID != 2 {
		t.Fatalf("case numbers %d, %d", a.ID, b.ID)
	}
	if c, ok, _ := s.OpenCaseOf(ctx, 10); !ok || c.ID != 1 {
		t.Fatalf("open case of 10 = %+v %v", c, ok)
	}
	s.UpdateCase(ctx, a.ID, func(c *Case) error { c.Closed, c.Question = now, "aidez-moi"; return nil })
	if _, ok, _ := s.OpenCaseOf(ctx, 10); ok {
		t.Error("closed case still open for its chat")
	}
	if c, _, _ := s.Case(ctx, a.ID); c.Question != "" {
		t.Errorf("a closed case keeps its question %q", c.Question)
	}
	now = now.Add(caseRetention + time.Hour)
	if sw, err := s.Sweep(ctx); err != nil || sw.Cases != 1 {
		t.Errorf("Sweep = %+v, %v; want one case", sw, err)
	}
	if _, ok, _ := s.Case(ctx, 1); ok {
		t.Error("closed case kept past its retention")
	}
	if _, ok, _ := s.Case(ctx, 2); !ok {
		t.Error("open case purged")
	}
}

func TestStats(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	day := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	s.now = func() time.Time { return day }
	s.Count(ctx, "questions/formation/kayes", 1)
	s.Count(ctx, "questions/formation/kayes", 2)
	day = day.Add(48 * time.Hour)
	s.Count(ctx, "questions/formation/kayes", 1)
	s.Count(ctx, "fiche_shown/P01", 1)
	all, _ := s.Totals(ctx, time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC))
	if len(all) != 2 || all[1] != (Total{"questions/formation/kayes", 4}) {
		t.Errorf("totals = %v", all)
	}
	recent, _ := s.Totals(ctx, time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC))
	if len(recent) != 2 || recent[1].Count != 1 {
		t.Errorf("since March 2 = %v", recent)
	}
}

func TestUpdateCaseIsAtomic(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	c, _ := s.OpenCase(ctx, Case{Chat: 5, FirstName: "Awa"})
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.UpdateCase(ctx, c.ID, func(c *Case) error {
				c.Shown = append(c.Shown, strconv.Itoa(i))
				return nil
			})
		}()
	}
	wg.Wait()
	got, _, _ := s.Case(ctx, c.ID)
	if len(got.Shown) != 20 {
		t.Errorf("%d refs after 20 concurrent appends", len(got.Shown))
	}
	refused := errors.New("no")
	if _, err := s.UpdateCase(ctx, c.ID, func(c *Case) error { c.TakenBy = "X"; return refused }); err != refused {
		t.Errorf("UpdateCase error = %v", err)
	}
	if got, _, _ := s.Case(ctx, c.ID); got.TakenBy != "" {
		t.Error("a refused change was saved")
	}
	if _, err := s.UpdateCase(ctx, 99, func(*Case) error { return nil }); !errors.Is(err, ErrNoCase) {
		t.Errorf("unknown case: %v", err)
	}
}

// openTest opens a store in the test's temporary folder, closed when the
// test ends.
func openTest(t *testing.T) *Bolt {
	t.Helper()
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
