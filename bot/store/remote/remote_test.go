package remote

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sira/bot/store"
)

func TestRemoteReadsAServedStore(t *testing.T) {
	dir := t.TempDir()
	st, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx, cancel := context.WithCancel(context.Background())
	srv, err := Listen(st)
	if err != nil {
		t.Fatal(err)
	}
	served := make(chan error)
	go func() { served <- srv.Serve(ctx) }()

	st.Count(ctx, "questions/formation/kayes", 2)
	st.Save(ctx, 1, store.Chat{Lang: "bm"})
	c := Dial(dir)
	totals, err := c.Totals(ctx, time.Now().Add(-time.Hour))
	if err != nil || len(totals) != 1 || totals[0] != (store.Total{Key: "questions/formation/kayes", Count: 2}) {
		t.Errorf("Totals = %v, %v", totals, err)
	}
	r, err := c.Inspect(ctx)
	if err != nil || r.Chats != 1 || r.StatsDays != 1 || len(r.Problems) > 0 || r.Path != st.Path() {
		t.Errorf("Inspect = %+v, %v", r, err)
	}
	backup := filepath.Join(t.TempDir(), "copy.db")
	if err := c.Backup(ctx, backup); err != nil {
		t.Fatal(err)
	}
	if r, err := store.InspectFile(backup); err != nil || r.Chats != 1 {
		t.Errorf("the backup: %+v, %v", r, err)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, "backup-*")); len(left) > 0 {
		t.Errorf("the server left %v", left)
	}

	cancel()
	if err := <-served; err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, socketName)); !os.IsNotExist(err) {
		t.Error("the socket is left after Serve")
	}
	if _, err := c.Totals(context.Background(), time.Time{}); err == nil || !strings.Contains(err.Error(), "no answer on "+filepath.Join(dir, socketName)) {
		t.Errorf("with no server: %v", err)
	}
}
