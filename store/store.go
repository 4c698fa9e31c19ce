// Package store keeps the little Sira remembers about a chat: its language,
// its region and the short-lived navigation of its last answer (fiche refs,
// never the person's words), plus the Telegram update offset. Entries not
// touched for Retention are deleted.
package store

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Retention is how long a chat's entry is kept after its last message.
const Retention = 90 * 24 * time.Hour

// NavLifetime is how long the results of an answer stay pageable.
const NavLifetime = 24 * time.Hour

// Chat is what is kept about one chat.
type Chat struct {
	Lang string `json:"lang,omitempty"`
	// Script is how a Bambara chat reads: "" the Latin orthography, "nko".
	Script string `json:"script,omitempty"`
	Region string `json:"region,omitempty"`
	// Navigation of the last answer: the fiches' refs in rank order, what
	// was asked of them, the page shown, and whether they were alternatives.
	Results []string `json:"results,omitempty"`
	Asked   string   `json:"asked,omitempty"`
	Page    int      `json:"page,omitempty"`
	NoMatch bool     `json:"no_match,omitempty"`
	// Question is the last question, kept with the navigation (24 hours)
	// only so that a hand-off can show it to a counsellor.
	Question string    `json:"question,omitempty"`
	NavAt    time.Time `json:"nav_at,omitzero"`
	Updated  time.Time `json:"updated"`
}

// expireNav drops navigation older than NavLifetime.
func (c *Chat) expireNav(now time.Time) {
	if !c.NavAt.IsZero() && now.Sub(c.NavAt) > NavLifetime {
		c.Results, c.Asked, c.Page, c.NoMatch, c.Question, c.NavAt = nil, "", 0, false, "", time.Time{}
	}
}

var (
	chatsBucket = []byte("chats")
	metaBucket  = []byte("meta")
	offsetKey   = []byte("telegram_offset")
)

// Bolt is the store on disk (bbolt), for the Telegram bot.
type Bolt struct {
	db   *bolt.DB
	now  func() time.Time
	temp string // removed on Close (OpenTemp)
}

// Open opens (or creates) the store in dir and removes expired entries.
func Open(dir string) (*Bolt, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	db, err := bolt.Open(filepath.Join(dir, "sira.db"), 0o600, &bolt.Options{Timeout: 2 * time.Second})
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", dir, err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{chatsBucket, metaBucket, casesBucket, openCaseBucket, statsBucket} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("store: %w", err)
	}
	s := &Bolt{db: db, now: time.Now}
	if _, err := s.Purge(context.Background()); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// Close closes the store (and removes it, if temporary).
func (s *Bolt) Close() error {
	err := s.db.Close()
	if s.temp != "" {
		os.RemoveAll(s.temp)
	}
	return err
}

func chatKey(id int64) []byte {
	return binary.BigEndian.AppendUint64(nil, uint64(id))
}

// Load returns a chat's entry (zero for a new chat).
func (s *Bolt) Load(_ context.Context, chatID int64) (Chat, error) {
	var c Chat
	err := s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(chatsBucket).Get(chatKey(chatID))
		if v == nil {
			return nil
		}
		return json.Unmarshal(v, &c)
	})
	if err != nil {
		return Chat{}, fmt.Errorf("store: load chat: %w", err)
	}
	c.expireNav(s.now())
	return c, nil
}

// Save writes a chat's entry, stamping it with the time.
func (s *Bolt) Save(_ context.Context, chatID int64, c Chat) error {
	c.Updated = s.now()
	v, err := json.Marshal(c)
	if err != nil {
		return fmt.Errorf("store: save chat: %w", err)
	}
	// Batch: chats handled side by side share one transaction and one
	// fsync, instead of one each.
	return s.db.Batch(func(tx *bolt.Tx) error {
		return tx.Bucket(chatsBucket).Put(chatKey(chatID), v)
	})
}

// Purge deletes the chats not touched for Retention and the cases closed
// more than CaseRetention ago, and returns how many.
func (s *Bolt) Purge(context.Context) (int, error) {
	cutoff := s.now().Add(-Retention)
	n := 0
	err := s.db.Update(func(tx *bolt.Tx) error {
		closed, err := purgeCases(tx, s.now())
		if err != nil {
			return err
		}
		n += closed
		b := tx.Bucket(chatsBucket)
		var stale [][]byte
		err = b.ForEach(func(k, v []byte) error {
			var c Chat
			if json.Unmarshal(v, &c) != nil || c.Updated.Before(cutoff) {
				stale = append(stale, append([]byte(nil), k...))
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, k := range stale {
			if err := b.Delete(k); err != nil {
				return err
			}
		}
		n += len(stale)
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("store: purge: %w", err)
	}
	return n, nil
}

// Offset returns the next Telegram update id to ask for (0 at first).
func (s *Bolt) Offset(context.Context) (int, error) {
	var off int
	err := s.db.View(func(tx *bolt.Tx) error {
		if v := tx.Bucket(metaBucket).Get(offsetKey); len(v) == 8 {
			off = int(binary.BigEndian.Uint64(v))
		}
		return nil
	})
	return off, err
}

// SetOffset records that every update below offset has been handled.
func (s *Bolt) SetOffset(_ context.Context, offset int) error {
	return s.db.Batch(func(tx *bolt.Tx) error {
		b := tx.Bucket(metaBucket)
		// Batched calls may run out of order: never move the offset back.
		if v := b.Get(offsetKey); len(v) == 8 && int(binary.BigEndian.Uint64(v)) >= offset {
			return nil
		}
		return b.Put(offsetKey, binary.BigEndian.AppendUint64(nil, uint64(offset)))
	})
}

// OpenTemp opens a store in a new temporary folder, removed by Close: for
// the console, which keeps nothing, and for tests.
func OpenTemp() (*Bolt, error) {
	dir, err := os.MkdirTemp("", "sira-")
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	s, err := Open(dir)
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	s.temp = dir
	return s, nil
}
