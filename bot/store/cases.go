package store

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// caseRetention is how long a case's texts are kept after it is closed.
const caseRetention = 30 * 24 * time.Hour

// A Case is a conversation handed to the counsellors. It holds the
// person's first name only, never a phone number or a username, and of
// what was written only the question its post shows, while it is open:
// the messages of either side go to the other and are not kept.
type Case struct {
	ID        int       `json:"id"`
	Chat      int64     `json:"chat"`
	FirstName string    `json:"first_name"`
	Lang      string    `json:"lang"`
	Region    string    `json:"region,omitempty"`
	Opened    time.Time `json:"opened"`
	TakenBy   string    `json:"taken_by,omitempty"` // the counsellor's first name
	TakerID   int64     `json:"taker_id,omitempty"`
	Answered  time.Time `json:"answered,omitzero"` // first counsellor message
	Closed    time.Time `json:"closed,omitzero"`
	// Question is the person's question as the case post shows it (the
	// post is drawn again when the case is taken or closed); it is not
	// written once the case is closed. Active is when either side last
	// wrote.
	Question string    `json:"question,omitempty"`
	Active   time.Time `json:"active,omitzero"`
	// Shown are the refs of the fiches Sira had shown the person, and
	// PostID the case post's message in the counsellors' group (edited
	// when the case is taken or closed).
	Shown  []string `json:"shown,omitempty"`
	PostID int      `json:"post_id,omitempty"`
}

// Open reports whether the case is still open.
func (c Case) Open() bool { return c.Closed.IsZero() }

// forget drops what a closed case no longer keeps: its question.
func (c *Case) forget() {
	if !c.Open() {
		c.Question = ""
	}
}

var (
	casesBucket    = []byte("cases")
	openCaseBucket = []byte("open_case") // chat → id of its open case
	caseSeqKey     = []byte("case_seq")
)

func caseKey(id int) []byte { return binary.BigEndian.AppendUint64(nil, uint64(id)) }

// OpenCase stores a new case, giving it the next number.
func (s *Bolt) OpenCase(_ context.Context, c Case) (Case, error) {
	err := s.update(func(tx *bolt.Tx) error {
		meta := tx.Bucket(metaBucket)
		seq := 0
		if v := meta.Get(caseSeqKey); len(v) == 8 {
			seq = int(binary.BigEndian.Uint64(v))
		}
		seq++
		if err := meta.Put(caseSeqKey, caseKey(seq)); err != nil {
			return err
		}
		c.ID = seq
		if c.Opened.IsZero() {
			c.Opened = s.now()
		}
		if err := putCase(tx, c); err != nil {
			return err
		}
		return tx.Bucket(openCaseBucket).Put(chatKey(c.Chat), caseKey(c.ID))
	})
	if err != nil {
		return Case{}, fmt.Errorf("store: open case: %w", err)
	}
	return c, nil
}

func putCase(tx *bolt.Tx, c Case) error {
	v, err := json.Marshal(c)
	if err != nil {
		return err
	}
	return tx.Bucket(casesBucket).Put(caseKey(c.ID), v)
}

func getCase(tx *bolt.Tx, id int) (Case, bool, error) {
	v := tx.Bucket(casesBucket).Get(caseKey(id))
	if v == nil {
		return Case{}, false, nil
	}
	var c Case
	err := json.Unmarshal(v, &c)
	return c, err == nil, err
}

// Case returns a case by number.
func (s *Bolt) Case(_ context.Context, id int) (c Case, ok bool, err error) {
	err = s.view(func(tx *bolt.Tx) error {
		c, ok, err = getCase(tx, id)
		return err
	})
	if err != nil {
		return c, ok, fmt.Errorf("store: case %d: %w", id, err)
	}
	return c, ok, nil
}

// OpenCaseOf returns the open case of a chat, if any.
func (s *Bolt) OpenCaseOf(_ context.Context, chat int64) (c Case, ok bool, err error) {
	err = s.view(func(tx *bolt.Tx) error {
		v := tx.Bucket(openCaseBucket).Get(chatKey(chat))
		if len(v) != 8 {
			return nil
		}
		c, ok, err = getCase(tx, int(binary.BigEndian.Uint64(v)))
		return err
	})
	if err != nil {
		return c, ok, fmt.Errorf("store: open case of chat %d: %w", chat, err)
	}
	return c, ok, nil
}

// saveCase writes a case; a closed case stops being its chat's open case,
// and is written without its question.
func saveCase(tx *bolt.Tx, c Case) error {
	c.forget()
	if err := putCase(tx, c); err != nil {
		return err
	}
	if !c.Open() {
		return tx.Bucket(openCaseBucket).Delete(chatKey(c.Chat))
	}
	return nil
}

// DeleteCase removes a case that never reached the counsellors.
func (s *Bolt) DeleteCase(_ context.Context, id int) error {
	err := s.update(func(tx *bolt.Tx) error {
		c, ok, err := getCase(tx, id)
		if err != nil || !ok {
			return err
		}
		if v := tx.Bucket(openCaseBucket).Get(chatKey(c.Chat)); len(v) == 8 && int(binary.BigEndian.Uint64(v)) == id {
			if err := tx.Bucket(openCaseBucket).Delete(chatKey(c.Chat)); err != nil {
				return err
			}
		}
		return tx.Bucket(casesBucket).Delete(caseKey(id))
	})
	if err != nil {
		return fmt.Errorf("store: delete case %d: %w", id, err)
	}
	return nil
}

// OpenCases returns the cases still open.
func (s *Bolt) OpenCases(ctx context.Context) ([]Case, error) {
	return s.IdleCases(ctx, time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC))
}

// ErrNoCase is returned for a case number that does not exist.
var ErrNoCase = errors.New("store: no such case")

// UpdateCase changes a case in one transaction: a counsellor's reply and
// the person's next message, handled side by side, cannot undo each
// other's changes. An error from change leaves the case as it was, and is
// returned as it is; a case that does not exist is ErrNoCase.
func (s *Bolt) UpdateCase(_ context.Context, id int, change func(*Case) error) (Case, error) {
	var c Case
	var refused error // change's own error
	err := s.update(func(tx *bolt.Tx) error {
		var ok bool
		var err error
		if c, ok, err = getCase(tx, id); err != nil {
			return err
		}
		if !ok {
			return ErrNoCase
		}
		if refused = change(&c); refused != nil {
			return refused
		}
		return saveCase(tx, c)
	})
	if err != nil && err != refused && err != ErrNoCase {
		return c, fmt.Errorf("store: update case %d: %w", id, err)
	}
	return c, err
}

// CaseIdle is how long an open case may go without a message, from the
// person or a counsellor, before it is closed (both sides are told).
const CaseIdle = 14 * 24 * time.Hour

// IdleCases returns the open cases with no message since before.
func (s *Bolt) IdleCases(_ context.Context, before time.Time) ([]Case, error) {
	var out []Case
	err := s.view(func(tx *bolt.Tx) error {
		return tx.Bucket(openCaseBucket).ForEach(func(_, v []byte) error {
			if len(v) != 8 {
				return nil
			}
			c, ok, err := getCase(tx, int(binary.BigEndian.Uint64(v)))
			if err == nil && ok && c.Open() && c.lastActive().Before(before) {
				out = append(out, c)
			}
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("store: idle cases: %w", err)
	}
	return out, nil
}

// lastActive is when the case last moved: opened, or its last message.
func (c Case) lastActive() time.Time {
	if c.Active.After(c.Opened) {
		return c.Active
	}
	return c.Opened
}
