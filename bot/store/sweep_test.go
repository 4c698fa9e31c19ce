package store

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// rawFile returns the store's file as bytes, as `strings sira.db` would
// read it, once what is pending is written.
func rawFile(t *testing.T, s *Bolt) []byte {
	t.Helper()
	if err := s.flush(); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(s.path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestSweepLeavesNoExpiredTextInTheFile writes cases (their questions rewritten
// many times, leaving old copies in bbolt's free pages) and old counts,
// lets them expire, sweeps, and reads the raw file: none of their text is
// left, while what is still kept is.
func TestSweepLeavesNoExpiredTextInTheFile(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	now := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	s.now = func() time.Time { return now }
	old, _ := s.OpenCase(ctx, Case{Chat: 1, FirstName: "Mariam"})
	kept, _ := s.OpenCase(ctx, Case{Chat: 2, FirstName: "Issa"})
	for i := range 30 {
		s.UpdateCase(ctx, old.ID, func(c *Case) error {
			c.Question = "je vis au quartier Zerny-Secret"
			return nil
		})
		s.UpdateCase(ctx, kept.ID, func(c *Case) error {
			c.Question = "toujours ouvert"
			return nil
		})
		s.Save(ctx, int64(100+i), Chat{Lang: "fr", Asked: "contact-expire", Results: []string{"P01"}, NavAt: now})
		s.flush()
	}
	s.Count(ctx, "no_match_theme/ancienne-annee", 1)
	s.UpdateCase(ctx, old.ID, func(c *Case) error { c.Closed = now; return nil })
	before := rawFile(t, s)
	for _, text := range []string{"Zerny-Secret", "Mariam", "ancienne-annee", "contact-expire"} {
		if !bytes.Contains(before, []byte(text)) {
			t.Fatalf("%q is not in the file before the sweep: the test shows nothing", text)
		}
	}

	now = now.Add(statsRetention + 24*time.Hour)
	s.UpdateCase(ctx, kept.ID, func(c *Case) error { c.Active = now; return nil })
	sw, err := s.Sweep(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if sw.Cases != 1 || sw.StatsDays != 1 || sw.Chats != 30 {
		t.Errorf("Sweep = %+v", sw)
	}
	after := rawFile(t, s)
	for _, text := range []string{"Zerny-Secret", "Mariam", "ancienne-annee", "contact-expire"} {
		if bytes.Contains(after, []byte(text)) {
			t.Errorf("%q is still in the file after the sweep", text)
		}
	}
	if n := bytes.Count(after, []byte("toujours ouvert")); n != 1 {
		t.Errorf("the open case's question is %d times in the file, want once", n)
	}
	if c, ok, _ := s.Case(ctx, kept.ID); !ok || c.Question != "toujours ouvert" {
		t.Errorf("the open case after compaction: %+v", c)
	}
	// The store still works on the compacted file, and writes to it.
	s.Save(ctx, 7, Chat{Lang: "bm"})
	s.flush()
	if c, _ := s.Load(ctx, 7); c.Lang != "bm" {
		t.Errorf("after compaction: %+v", c)
	}
}

// TestQuestionNeverOnDisk: the last question is given back for an hour,
// from memory; the file never holds it.
func TestQuestionNeverOnDisk(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	s.now = func() time.Time { return now }
	s.Save(ctx, 1, Chat{Lang: "fr", Question: "je m'appelle Oumou, aidez-moi", NavAt: now})
	now = now.Add(30 * time.Minute)
	s.Save(ctx, 1, Chat{Lang: "fr", Question: "je m'appelle Oumou, aidez-moi", NavAt: now.Add(-30 * time.Minute), Answer: 2})
	if c, _ := s.Load(ctx, 1); c.Question != "je m'appelle Oumou, aidez-moi" {
		t.Errorf("after 30 minutes: question %q", c.Question)
	}
	if bytes.Contains(rawFile(t, s), []byte("Oumou")) {
		t.Error("the question was written to the file")
	}
	now = now.Add(31 * time.Minute) // an hour after it was asked, though saved since
	if c, _ := s.Load(ctx, 1); c.Question != "" || c.Lang != "fr" {
		t.Errorf("after an hour: %+v", c)
	}
	s.Save(ctx, 2, Chat{Question: "autre question"})
	s.Close()
	s, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if c, _ := s.Load(ctx, 2); c.Question != "" {
		t.Errorf("the question survived a restart: %q", c.Question)
	}
}

func TestIdleCases(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	s.now = func() time.Time { return now }
	quiet, _ := s.OpenCase(ctx, Case{Chat: 1, FirstName: "Awa"})
	talking, _ := s.OpenCase(ctx, Case{Chat: 2, FirstName: "Issa"})
	closed, _ := s.OpenCase(ctx, Case{Chat: 3, FirstName: "Sali"})
	now = now.Add(CaseIdle)
	s.UpdateCase(ctx, talking.ID, func(c *Case) error {
		c.Active = now
		return nil
	})
	s.UpdateCase(ctx, closed.ID, func(c *Case) error { c.Closed = now; return nil })
	idle, err := s.IdleCases(ctx, now.Add(-CaseIdle+time.Minute))
	if err != nil || len(idle) != 1 || idle[0].ID != quiet.ID {
		t.Errorf("IdleCases = %+v, %v; want case %d only", idle, err, quiet.ID)
	}
}

// TestBackupWhileOpen: a backup of an open store, pending writes
// included, is a sound store of its own, without the deleted text.
func TestBackupWhileOpen(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	c, _ := s.OpenCase(ctx, Case{Chat: 1, FirstName: "Awa", Question: "texte-efface"})
	s.UpdateCase(ctx, c.ID, func(c *Case) error { c.Question = ""; return nil })
	s.Save(ctx, 5, Chat{Lang: "bm"})
	s.Count(ctx, "cases/opened", 1)
	path := filepath.Join(t.TempDir(), "backup.db")
	if err := s.Backup(path); err != nil {
		t.Fatal(err)
	}
	r, err := InspectFile(path)
	if err != nil || r.Chats != 1 || r.Cases != 1 || r.OpenCases != 1 || r.StatsDays != 1 || len(r.Problems) > 0 {
		t.Errorf("InspectFile(backup) = %+v, %v", r, err)
	}
	data, _ := os.ReadFile(path)
	if bytes.Contains(data, []byte("texte-efface")) {
		t.Error("the backup holds a deleted question")
	}
	if _, err := os.Stat(path + ".tmp"); !os.IsNotExist(err) {
		t.Error("the temporary file was left")
	}
}

// TestSweepDropsCaseTextNoLongerKept: a case written when a case kept
// every message (its "lines"), and a closed case with its question, are
// rewritten by a sweep without them, and the file holds neither.
func TestSweepDropsCaseTextNoLongerKept(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	s.now = func() time.Time { return now }
	open, _ := s.OpenCase(ctx, Case{Chat: 1, FirstName: "Awa", Question: "ma question"})
	closed, _ := s.OpenCase(ctx, Case{Chat: 2, FirstName: "Issa"})
	old := map[int]string{
		open.ID:   `{"id":1,"chat":1,"first_name":"Awa","lang":"fr","opened":"2026-03-01T09:00:00Z","question":"ma question","lines":[{"from":"person","text":"ligne-ancienne-ouverte"}]}`,
		closed.ID: `{"id":2,"chat":2,"first_name":"Issa","lang":"fr","opened":"2026-03-01T09:00:00Z","closed":"2026-03-01T10:00:00Z","question":"question-fermee","lines":[{"from":"person","text":"ligne-ancienne-fermee"}]}`,
	}
	err := s.update(func(tx *bolt.Tx) error {
		for id, v := range old {
			if err := tx.Bucket(casesBucket).Put(caseKey(id), []byte(v)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Sweep(ctx); err != nil {
		t.Fatal(err)
	}
	after := rawFile(t, s)
	for _, text := range []string{"ligne-ancienne", "question-fermee"} {
		if bytes.Contains(after, []byte(text)) {
			t.Errorf("%q is still in the file after the sweep", text)
		}
	}
	if c, ok, _ := s.Case(ctx, open.ID); !ok || c.Question != "ma question" {
		t.Errorf("the open case after the sweep: %+v", c)
	}
}
