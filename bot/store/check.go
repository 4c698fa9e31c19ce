package store

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"
)

// asideBucket holds the records that could not be decoded, keyed
// "YYYY-MM-DD|bucket|hex key", for asideRetention: kept for whoever
// investigates, not silently deleted.
var asideBucket = []byte("aside")

// asideRetention is how long a record set aside is kept.
const asideRetention = 30 * 24 * time.Hour

// A Report is what `sira store check` tells.
type Report struct {
	Path                    string
	Size                    int64
	Chats, Cases, OpenCases int
	StatsDays, Aside        int
	Problems, Undecodable   []string // pages that do not hold together; records by bucket and key
}

// check reads every page and record, then runs bbolt's own consistency
// check, and returns the problems found. Reading comes first, guarded: a
// damaged page then gives an error here rather than a fault in the
// goroutine where bbolt checks.
func (s *Bolt) check() ([]string, error) {
	var sum uint32
	err := s.view(func(tx *bolt.Tx) error {
		return tx.ForEach(func(_ []byte, b *bolt.Bucket) error {
			return b.ForEach(func(k, v []byte) error {
				sum = crc32.Update(crc32.Update(sum, crc32.IEEETable, k), crc32.IEEETable, v)
				return nil
			})
		})
	})
	if err != nil {
		return nil, err
	}
	var problems []string
	// Check is safe beside writers only in a write transaction; rolled back.
	run := s.view
	if !s.readOnly {
		run = func(fn func(*bolt.Tx) error) error {
			if err := s.update(func(tx *bolt.Tx) error { fn(tx); return errRollback }); !errors.Is(err, errRollback) {
				return err
			}
			return nil
		}
	}
	err = run(func(tx *bolt.Tx) error {
		for err := range tx.Check() {
			problems = append(problems, err.Error())
		}
		return nil
	})
	return problems, err
}

var errRollback = errors.New("rollback")

// recordKey names a record: its bucket and its key in hex.
func recordKey(bucket, key []byte) string { return string(bucket) + "/" + hex.EncodeToString(key) }

// undecodable lists the records that cannot be read: a chat or case that
// is not its JSON, a count or index entry of the wrong size.
func undecodable(tx *bolt.Tx) [][2][]byte {
	var out [][2][]byte
	decodes := map[string]func([]byte) bool{
		string(chatsBucket):    func(v []byte) bool { var c Chat; return json.Unmarshal(v, &c) == nil },
		string(casesBucket):    func(v []byte) bool { var c Case; return json.Unmarshal(v, &c) == nil },
		string(openCaseBucket): func(v []byte) bool { return len(v) == 8 },
		string(statsBucket):    func(v []byte) bool { return len(v) == 8 },
	}
	for name, ok := range decodes {
		b := tx.Bucket([]byte(name))
		if b == nil {
			continue
		}
		b.ForEach(func(k, v []byte) error {
			if !ok(v) {
				out = append(out, [2][]byte{[]byte(name), clone(k)})
			}
			return nil
		})
	}
	return out
}

// setAside moves the records that cannot be decoded to the aside bucket,
// and returns them by bucket and key.
func (s *Bolt) setAside() ([]string, error) {
	var moved []string
	err := s.update(func(tx *bolt.Tx) error {
		day := s.now().UTC().Format(time.DateOnly)
		aside := tx.Bucket(asideBucket)
		for _, r := range undecodable(tx) {
			b := tx.Bucket(r[0])
			if err := aside.Put([]byte(day+"|"+recordKey(r[0], r[1])), clone(b.Get(r[1]))); err != nil {
				return err
			}
			if err := b.Delete(r[1]); err != nil {
				return err
			}
			moved = append(moved, recordKey(r[0], r[1]))
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: set aside: %w", err)
	}
	return moved, nil
}

// Inspect checks the store and counts what it holds.
func (s *Bolt) Inspect() (Report, error) {
	if err := s.flush(); err != nil {
		return Report{}, err
	}
	r := Report{Path: s.path}
	problems, err := s.check()
	if err != nil {
		return Report{}, fmt.Errorf("store: inspect: %w", err)
	}
	r.Problems = problems
	days := map[string]bool{}
	err = s.view(func(tx *bolt.Tx) error {
		for _, k := range undecodable(tx) {
			r.Undecodable = append(r.Undecodable, recordKey(k[0], k[1]))
		}
		count := func(name []byte, fn func(k, v []byte)) {
			if b := tx.Bucket(name); b != nil {
				b.ForEach(func(k, v []byte) error { fn(k, v); return nil })
			}
		}
		count(chatsBucket, func(_, _ []byte) { r.Chats++ })
		count(casesBucket, func(_, _ []byte) { r.Cases++ })
		count(openCaseBucket, func(_, _ []byte) { r.OpenCases++ })
		count(statsBucket, func(k, _ []byte) { days[string(k[:min(len(k), len(time.DateOnly))])] = true })
		count(asideBucket, func(_, _ []byte) { r.Aside++ })
		r.Size = tx.Size()
		return nil
	})
	if err != nil {
		return Report{}, fmt.Errorf("store: inspect: %w", err)
	}
	r.StatsDays = len(days)
	return r, nil
}

// InspectFile checks a store file that no process has open: a backup
// before it is restored.
func InspectFile(path string) (Report, error) {
	db, err := openFile(path, true)
	if err != nil {
		return Report{}, err
	}
	s := &Bolt{dir: filepath.Dir(path), path: path, readOnly: true, db: db, now: time.Now, pending: newWrites()}
	defer db.Close()
	return s.Inspect()
}

// Backup writes a consistent, compacted copy of the store to path, through
// a temporary file renamed once complete: safe while the bot runs, and
// free of the deleted values bbolt's free pages still hold.
func (s *Bolt) Backup(path string) error {
	if err := s.flush(); err != nil {
		return err
	}
	tmp := path + ".tmp"
	s.mu.RLock()
	err := errClosed
	if s.db != nil {
		err = compactInto(tmp, s.db, s.path)
	}
	s.mu.RUnlock()
	if err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("store: backup: %w", err)
	}
	return syncDir(filepath.Dir(path))
}
