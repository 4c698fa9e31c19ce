package store

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
)

// What the Telegram transport keeps besides the offset: per chat, the last
// update whose replies were delivered, so that an update Telegram sends
// again after a crash is not answered twice; and the new id of a group
// that became a supergroup.

// answeredLifetime is how long an answered update is remembered: Telegram
// keeps an unconfirmed update for 24 hours at most.
const answeredLifetime = 24 * time.Hour

// journalName is the file, beside the store, of the answered updates.
const journalName = "answered.log"

// journal records answered updates, a fixed-size record (chat, update,
// time) appended with one plain write each: it must survive the process
// being killed right after a reply went out, which a write does (the
// kernel holds it) at a fraction of a flush's cost; a power cut may lose
// the last ones, and those updates are answered again. The file is
// rewritten with the records still useful when the store opens and at
// each sweep.
type journal struct {
	mu   sync.Mutex
	path string
	f    *os.File
	last map[int64]answered
}

type answered struct {
	update int
	at     time.Time
}

const recordSize = 24

func openJournal(dir string, now time.Time) (*journal, error) {
	j := &journal{path: filepath.Join(dir, journalName), last: map[int64]answered{}}
	data, err := os.ReadFile(j.path)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("store: %w", err)
	}
	for ; len(data) >= recordSize; data = data[recordSize:] { // a torn last record is dropped
		chat := int64(binary.BigEndian.Uint64(data))
		a := answered{int(binary.BigEndian.Uint64(data[8:])), time.Unix(int64(binary.BigEndian.Uint64(data[16:])), 0)}
		if a.update > j.last[chat].update {
			j.last[chat] = a
		}
	}
	return j, j.rewrite(now)
}

func record(chat int64, a answered) []byte {
	b := binary.BigEndian.AppendUint64(nil, uint64(chat))
	b = binary.BigEndian.AppendUint64(b, uint64(a.update))
	return binary.BigEndian.AppendUint64(b, uint64(a.at.Unix()))
}

// rewrite drops the records older than answeredLifetime and writes the
// rest to a new file that replaces the journal.
func (j *journal) rewrite(now time.Time) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	var buf []byte
	for chat, a := range j.last {
		if now.Sub(a.at) > answeredLifetime {
			delete(j.last, chat)
			continue
		}
		buf = append(buf, record(chat, a)...)
	}
	tmp := j.path + ".new"
	if err := os.WriteFile(tmp, buf, 0o600); err != nil {
		return fmt.Errorf("store: journal: %w", err)
	}
	if err := os.Rename(tmp, j.path); err != nil {
		return fmt.Errorf("store: journal: %w", err)
	}
	if j.f != nil {
		j.f.Close()
	}
	f, err := os.OpenFile(j.path, os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return fmt.Errorf("store: journal: %w", err)
	}
	j.f = f
	return nil
}

func (j *journal) get(chat int64) int {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.last[chat].update
}

func (j *journal) add(chat int64, a answered) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	if a.update <= j.last[chat].update {
		return nil
	}
	j.last[chat] = a
	if _, err := j.f.Write(record(chat, a)); err != nil {
		return fmt.Errorf("store: journal: %w", err)
	}
	return nil
}

func (j *journal) close() error {
	if j == nil || j.f == nil {
		return nil
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.f.Close()
}

// errNoJournal is returned by a store opened for reading only.
var errNoJournal = errors.New("store: opened for reading only")

// Answered returns the last update of a chat whose replies were delivered
// (0 if none within answeredLifetime).
func (s *Bolt) Answered(_ context.Context, chat int64) (int, error) {
	if s.journal == nil {
		return 0, errNoJournal
	}
	return s.journal.get(chat), nil
}

// SetAnswered records that an update's replies were delivered.
func (s *Bolt) SetAnswered(_ context.Context, chat int64, update int) error {
	if s.journal == nil {
		return errNoJournal
	}
	return s.journal.add(chat, answered{update, s.now()})
}

// movedKey is the meta key of a group's new id.
func movedKey(from int64) []byte { return append([]byte("moved|"), chatKey(from)...) }

// Moved returns the new id of a group that became a supergroup, or the
// id itself.
func (s *Bolt) Moved(_ context.Context, chat int64) (int64, error) {
	to := chat
	err := s.view(func(tx *bolt.Tx) error {
		if v := tx.Bucket(metaBucket).Get(movedKey(chat)); len(v) == 8 {
			to = int64(binary.BigEndian.Uint64(v))
		}
		return nil
	})
	if err != nil {
		return chat, fmt.Errorf("store: moved: %w", err)
	}
	return to, nil
}

// SetMoved records a group's new id.
func (s *Bolt) SetMoved(_ context.Context, from, to int64) error {
	err := s.update(func(tx *bolt.Tx) error {
		return tx.Bucket(metaBucket).Put(movedKey(from), chatKey(to))
	})
	if err != nil {
		return fmt.Errorf("store: set moved: %w", err)
	}
	return nil
}
