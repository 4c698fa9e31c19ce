package store

import (
	"context"
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
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	s.now = func() time.Time { return now }
	s.Save(ctx, 1, Chat{Lang: "fr", Results: []string{"P01"}, NavAt: now})
	now = now.Add(25 * time.Hour)
	s.Save(ctx, 2, Chat{Lang: "bm"})
	if c, _ := s.Load(ctx, 1); c.Results != nil || c.Lang != "fr" {
		t.Errorf("navigation not expired after a day: %+v", c)
	}
	now = now.Add(Retention - time.Hour)
	n, err := s.Purge(ctx)
	if err != nil || n != 1 {
		t.Fatalf("Purge = %d, %v; want the one chat older than %v", n, err, Retention)
	}
	if c, _ := s.Load(ctx, 1); c.Lang != "" {
		t.Error("chat 1 survived retention")
	}
	if c, _ := s.Load(ctx, 2); c.Lang != "bm" {
		t.Error("chat 2 was purged too early")
	}
}

func TestMemory(t *testing.T) {
	ctx := context.Background()
	m := NewMemory()
	m.Save(ctx, 1, Chat{Lang: "bm"})
	if c, _ := m.Load(ctx, 1); c.Lang != "bm" || c.Updated.IsZero() {
		t.Errorf("Load = %+v", c)
	}
	if err := m.SetOffset(ctx, 5); err != nil {
		t.Fatal(err)
	}
	if err := m.SetOffset(ctx, 3); err == nil {
		t.Error("offset went back")
	}
}
