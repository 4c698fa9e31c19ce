package store

import (
	"bytes"
	"context"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// filledStore writes a store with chats, cases and counts in dir, closed,
// and returns its file's bytes.
func filledStore(t *testing.T, dir string) []byte {
	t.Helper()
	ctx := context.Background()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 300 {
		s.Save(ctx, int64(i), Chat{Lang: "bm", Region: "kayes", Results: []string{"P01", "P02"}, NavAt: time.Now()})
		s.Count(ctx, "questions/formation/kayes", 1)
	}
	for i := range 20 {
		s.OpenCase(ctx, Case{Chat: int64(i), FirstName: "Awa", Question: strings.Repeat("aidez-moi ", 50)})
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(dir, fileName))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// expectDamaged opens a damaged store: a damagedError naming the file,
// on one line, and no panic.
func expectDamaged(t *testing.T, dir, problem string) {
	t.Helper()
	s, err := Open(dir)
	if err == nil {
		s.Close()
		t.Fatalf("%s: opened", problem)
	}
	var d *damagedError
	if !errors.As(err, &d) || !strings.Contains(err.Error(), filepath.Join(dir, fileName)) ||
		!strings.Contains(err.Error(), problem) || strings.Contains(err.Error(), "\n") {
		t.Errorf("error = %q, want one line naming the file and %q", err, problem)
	}
	if !strings.Contains(err.Error(), "restore a backup") || !strings.Contains(err.Error(), "move it aside") {
		t.Errorf("error = %q, does not say what to do", err)
	}
}

func TestDamagedStoreStopsClearly(t *testing.T) {
	good := filledStore(t, t.TempDir())
	for _, tt := range []struct {
		name, problem string
		damage        func([]byte) []byte
	}{
		{"empty file", "the file is empty", func([]byte) []byte { return nil }},
		{"truncated to half", "cut short", func(b []byte) []byte { return b[:len(b)/2] }},
		{"truncated inside the header", "cut short", func(b []byte) []byte { return b[:100] }},
		{"headers garbled", "no valid header", func(b []byte) []byte {
			b = bytes.Clone(b)
			copy(b[16:], bytes.Repeat([]byte{0xAB}, 64))
			copy(b[4096+16:], bytes.Repeat([]byte{0xAB}, 64))
			return b
		}},
		{"not a store", "no valid header", func([]byte) []byte { return bytes.Repeat([]byte("hello "), 5000) }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			os.WriteFile(filepath.Join(dir, fileName), tt.damage(good), 0o600)
			expectDamaged(t, dir, tt.problem)
			// Nothing was made of it: the file is as it was.
			if got, _ := os.ReadFile(filepath.Join(dir, fileName)); !bytes.Equal(got, tt.damage(good)) {
				t.Error("opening changed the damaged file")
			}
		})
	}
}

// TestGarbledPages garbles each page of a store in turn: opening never
// panics or faults; it fails with a damagedError or, for a page no longer
// in use, opens a store that reads without panicking.
func TestGarbledPages(t *testing.T) {
	good := filledStore(t, t.TempDir())
	const pageSize = 4096
	rng := rand.New(rand.NewPCG(1, 2))
	failed := 0
	for page := 2; page < len(good)/pageSize; page++ {
		for _, garble := range []func([]byte){
			func(p []byte) { // random bytes
				for i := range p {
					p[i] = byte(rng.Uint32())
				}
			},
			func(p []byte) { // a sane header over random page ids and offsets
				for i := 16; i < len(p); i++ {
					p[i] = byte(rng.Uint32())
				}
			},
		} {
			data := bytes.Clone(good)
			garble(data[page*pageSize : (page+1)*pageSize])
			dir := t.TempDir()
			os.WriteFile(filepath.Join(dir, fileName), data, 0o600)
			s, err := Open(dir)
			if err != nil {
				var d *damagedError
				if !errors.As(err, &d) {
					t.Errorf("page %d: error %v, want a damagedError", page, err)
				}
				failed++
				continue
			}
			ctx := context.Background()
			s.Totals(ctx, time.Time{})
			for i := range 300 {
				s.Load(ctx, int64(i))
			}
			s.Close()
		}
	}
	if failed == 0 {
		t.Error("no garbled page was found damaged")
	}
	t.Logf("%d garbled stores refused", failed)
}

// TestUndecodableRecordSetAside: a chat whose bytes are not its JSON is
// set aside by key, the others load, and the check tells of it.
func TestUndecodableRecordSetAside(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	s.Save(ctx, 42, Chat{Lang: "bm", Region: "segou"})
	s.Save(ctx, 43, Chat{Lang: "fr", Region: "kayes"})
	s.Close()
	path := filepath.Join(dir, fileName)
	data, _ := os.ReadFile(path)
	i := bytes.Index(data, []byte(`{"lang":"bm"`))
	if i < 0 {
		t.Fatal("chat 42 not found in the file")
	}
	data[i] = '['
	os.WriteFile(path, data, 0o600)

	s, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := s.SetAside(); len(got) != 1 || got[0] != "chats/000000000000002a" {
		t.Errorf("SetAside = %v, want chat 42 by key", got)
	}
	if c, err := s.Load(ctx, 42); err != nil || c.Lang != "" {
		t.Errorf("chat 42 = %+v, %v; want a new chat", c, err)
	}
	if c, _ := s.Load(ctx, 43); c.Region != "kayes" {
		t.Errorf("chat 43 = %+v", c)
	}
	r, err := s.Inspect()
	if err != nil || r.Aside != 1 || r.Chats != 1 || len(r.Problems)+len(r.Undecodable) != 0 {
		t.Errorf("Inspect = %+v, %v", r, err)
	}
}

func TestSecondOpenIsRefused(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	start := time.Now()
	for _, open := range []func(string) (*Bolt, error){Open, OpenReader} {
		_, err := open(dir)
		if !errors.Is(err, ErrInUse) || !strings.Contains(err.Error(), "the store "+filepath.Join(dir, fileName)+" is in use by another sira process (pid ") {
			t.Errorf("second open: %v", err)
		}
	}
	if d := time.Since(start); d > 500*time.Millisecond {
		t.Errorf("refused after %v, not at once", d)
	}
}

func TestReaderNeedsAStore(t *testing.T) {
	for _, dir := range []string{filepath.Join(t.TempDir(), "nowhere"), t.TempDir()} {
		if _, err := OpenReader(dir); err == nil || !strings.Contains(err.Error(), "no store at") {
			t.Errorf("OpenReader(%s): %v", dir, err)
		}
	}
}

// A file that is not there is named once in the error.
func TestInspectMissingFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "none.db")
	_, err := InspectFile(path)
	if err == nil || strings.Count(err.Error(), path) != 1 || !errors.Is(err, os.ErrNotExist) {
		t.Errorf("InspectFile(%s) = %v", path, err)
	}
}
