package store

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Swept says what a sweep removed.
type Swept struct {
	Chats     int // entries not touched for chatRetention
	Navs      int // entries whose navigation expired (navLifetime), rewritten without it
	Cases     int // cases closed more than caseRetention ago
	StatsDays int // day counts older than statsRetention
	Aside     int // records set aside more than asideRetention ago
}

// Sweep deletes what has expired, then compacts the store into a new file
// that replaces it: bbolt keeps deleted and overwritten values in its free
// pages, where they could be read from the file; a compacted copy has
// none. The bot sweeps at start-up and hourly; a last question is never
// on disk, and in memory lives at most questionLifetime.
func (s *Bolt) Sweep(context.Context) (Swept, error) {
	if err := s.flush(); err != nil {
		return Swept{}, err
	}
	now := s.now()
	s.forgetQuestions(now)
	if s.journal != nil {
		if err := s.journal.rewrite(now); err != nil {
			return Swept{}, err
		}
	}
	var sw Swept
	err := s.update(func(tx *bolt.Tx) error {
		var err error
		if sw.Chats, sw.Navs, err = sweepChats(tx.Bucket(chatsBucket), now); err != nil {
			return err
		}
		if sw.Cases, _, err = sweepRecords(tx.Bucket(casesBucket), func(c *Case) bool {
			c.forget()
			return c.Open() || now.Sub(c.Closed) <= caseRetention
		}); err != nil {
			return err
		}
		if sw.StatsDays, err = deleteBefore(tx.Bucket(statsBucket), now.Add(-statsRetention)); err != nil {
			return err
		}
		sw.Aside, err = deleteBefore(tx.Bucket(asideBucket), now.Add(-asideRetention))
		return err
	})
	if err != nil {
		return Swept{}, fmt.Errorf("store: sweep: %w", err)
	}
	return sw, s.compact()
}

// sweepChats deletes the chats not touched for chatRetention and rewrites
// those whose navigation expired.
func sweepChats(b *bolt.Bucket, now time.Time) (deleted, rewritten int, err error) {
	return sweepRecords(b, func(c *Chat) bool {
		c.expireNav(now)
		return now.Sub(c.Updated) <= chatRetention
	})
}

// sweepRecords deletes the records of b that keep refuses, and rewrites
// those keep changed (an expired part dropped) or that hold a field no
// longer kept. A record that cannot be decoded is left for the next
// opening to set aside.
func sweepRecords[T any](b *bolt.Bucket, keep func(*T) bool) (deleted, rewritten int, err error) {
	type put struct{ k, v []byte }
	var puts []put
	deleted, err = deleteWhere(b, func(k, v []byte) bool {
		var r T
		if json.Unmarshal(v, &r) != nil {
			return false
		}
		if !keep(&r) {
			return true
		}
		if nv, err := json.Marshal(r); err == nil && !bytes.Equal(nv, v) {
			puts = append(puts, put{clone(k), nv})
		}
		return false
	})
	for _, p := range puts {
		if err := b.Put(p.k, p.v); err != nil {
			return deleted, 0, err
		}
	}
	return deleted, len(puts), err
}

// deleteWhere deletes the records of b that match.
func deleteWhere(b *bolt.Bucket, match func(k, v []byte) bool) (int, error) {
	var stale [][]byte
	err := b.ForEach(func(k, v []byte) error {
		if match(k, v) {
			stale = append(stale, clone(k))
		}
		return nil
	})
	for _, k := range stale {
		if err := b.Delete(k); err != nil {
			return 0, err
		}
	}
	return len(stale), err
}

// deleteBefore deletes the records of a bucket keyed "YYYY-MM-DD|…" dated
// before the day of t.
func deleteBefore(b *bolt.Bucket, t time.Time) (int, error) {
	cutoff := []byte(t.UTC().Format(time.DateOnly))
	return deleteWhere(b, func(k, _ []byte) bool { return bytes.Compare(k, cutoff) < 0 })
}

// compact copies the store into a new file and puts it in place of the
// old one, holding every other use of the store meanwhile (milliseconds
// for a store of thousands of chats).
func (s *Bolt) compact() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.db == nil {
		return errClosed
	}
	tmp := s.path + ".new"
	if err := compactInto(tmp, s.db, s.path); err != nil {
		return err
	}
	if err := s.db.Close(); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("store: compact: %w", err)
	}
	s.db = nil
	renameErr := os.Rename(tmp, s.path)
	if renameErr == nil {
		renameErr = syncDir(s.dir)
	}
	db, err := openFile(s.path, false)
	if err != nil {
		return fmt.Errorf("store: reopen after compaction: %w", err)
	}
	s.db = db
	if renameErr != nil {
		os.Remove(tmp)
		return fmt.Errorf("store: compact: %w", renameErr)
	}
	return nil
}

// compactInto writes a compacted copy of db to path (replacing any file
// there), synced to disk.
func compactInto(path string, db *bolt.DB, dbPath string) error {
	os.Remove(path)
	dst, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		return fmt.Errorf("store: copy: %w", err)
	}
	err = guard(dbPath, func() error { return bolt.Compact(dst, db, 0) })
	if cerr := dst.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return fmt.Errorf("store: copy: %w", err)
	}
	return nil
}

// syncDir makes a rename in dir durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
