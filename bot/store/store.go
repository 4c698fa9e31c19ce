// Package store keeps the little Sira remembers about a chat: its language,
// its region and the short-lived navigation of its last answer (fiche refs,
// never the person's words), the cases handed to counsellors, counts for
// the unmet-needs report, and the Telegram update offset. Everything
// expires (see Sweep); the last question a person typed is kept in memory
// only, for an hour, and never written to disk.
package store

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// chatRetention is how long a chat's entry is kept after its last message.
const chatRetention = 90 * 24 * time.Hour

// navLifetime is how long the results of an answer stay pageable.
const navLifetime = 24 * time.Hour

// questionLifetime is how long the last question's text is remembered (in
// memory): long enough to hand it to a counsellor or to run it again in
// another region, right after the answer.
const questionLifetime = time.Hour

// Chat is what is kept about one chat.
type Chat struct {
	Lang string `json:"lang,omitempty"`
	// Script is how a Bambara chat reads: "" the Latin orthography, "nko".
	Script string `json:"script,omitempty"`
	Region string `json:"region,omitempty"`
	// Role is who the person said they are: RoleCounsellor once they
	// said they are an EOJ counsellor or forwarded a case; kept with the
	// chat, for programmes' contacts to be shown.
	Role string `json:"role,omitempty"`
	// Answer numbers the chat's answers: buttons name the one they belong
	// to, so that a button on an older answer does not act on the newest.
	Answer int `json:"answer,omitempty"`
	// Navigation of the last answer: the fiches' refs in rank order, what
	// was asked of them, the page shown last, whether they were
	// alternatives.
	Results []string `json:"results,omitempty"`
	Asked   string   `json:"asked,omitempty"`
	Page    int      `json:"page,omitempty"`
	// Need and Place (a town's or region's name) of the last question,
	// carried over to a follow-up that does not change them, and listed
	// again in another region once the question is forgotten.
	Need    string `json:"need,omitempty"`
	Place   string `json:"place,omitempty"`
	NoMatch bool   `json:"no_match,omitempty"`
	// Opened is the ref of the fiche whose details were shown last: a
	// part asked next ("c'est combien ?") is asked of it.
	Opened string `json:"opened,omitempty"`
	// Question is the last question, for a hand-off to show a counsellor:
	// held in memory for questionLifetime, never written to disk.
	Question string    `json:"-"`
	NavAt    time.Time `json:"nav_at,omitzero"`
	Updated  time.Time `json:"updated"`
}

// expireNav drops navigation older than navLifetime.
func (c *Chat) expireNav(now time.Time) {
	if !c.NavAt.IsZero() && now.Sub(c.NavAt) > navLifetime {
		c.Results, c.Asked, c.Page, c.NoMatch, c.NavAt = nil, "", 0, false, time.Time{}
		c.Need, c.Place, c.Opened = "", "", ""
	}
}

// RoleCounsellor is the Role of a chat whose person is an EOJ counsellor.
const RoleCounsellor = "counsellor"

var (
	chatsBucket = []byte("chats")
	metaBucket  = []byte("meta")
	offsetKey   = []byte("telegram_offset")
)

func chatKey(id int64) []byte {
	return binary.BigEndian.AppendUint64(nil, uint64(id))
}

// Load returns a chat's entry (zero for a new chat): the one written last,
// even if it is still waiting for the next flush.
func (s *Bolt) Load(_ context.Context, chatID int64) (Chat, error) {
	v, ok := s.pendingChat(chatID)
	if !ok {
		err := s.view(func(tx *bolt.Tx) error {
			v = clone(tx.Bucket(chatsBucket).Get(chatKey(chatID)))
			return nil
		})
		if err != nil {
			return Chat{}, fmt.Errorf("store: load chat: %w", err)
		}
	}
	var c Chat
	if v != nil {
		if err := json.Unmarshal(v, &c); err != nil {
			return Chat{}, fmt.Errorf("store: load chat %d: %w", chatID, err)
		}
	}
	now := s.now()
	c.expireNav(now)
	c.Question = s.question(chatID, now)
	return c, nil
}

// Save records a chat's entry, stamped with the time. It is written with
// the next flush (flushEvery); its question stays in memory.
func (s *Bolt) Save(_ context.Context, chatID int64, c Chat) error {
	now := s.now()
	c.Updated = now
	v, err := json.Marshal(c)
	if err != nil {
		return fmt.Errorf("store: save chat: %w", err)
	}
	s.pmu.Lock()
	defer s.pmu.Unlock()
	s.pending.chats[chatID] = v
	s.remember(chatID, c.Question, now)
	return s.flushErr
}

// Offset returns the next Telegram update id to ask for (0 at first).
func (s *Bolt) Offset(context.Context) (int, error) {
	var off int
	err := s.view(func(tx *bolt.Tx) error {
		if v := tx.Bucket(metaBucket).Get(offsetKey); len(v) == 8 {
			off = int(binary.BigEndian.Uint64(v))
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("store: offset: %w", err)
	}
	s.pmu.Lock()
	defer s.pmu.Unlock()
	return max(off, s.pending.offset, s.inflight.offset), nil
}

// SetOffset records that every update below offset has been handled; it
// is written with the next flush.
func (s *Bolt) SetOffset(_ context.Context, offset int) error {
	s.pmu.Lock()
	defer s.pmu.Unlock()
	s.pending.offset = max(s.pending.offset, offset)
	return s.flushErr
}

func clone(v []byte) []byte {
	if v == nil {
		return nil
	}
	return append([]byte(nil), v...)
}
