package store

import (
	"encoding/binary"
	"fmt"
	"maps"
	"time"

	bolt "go.etcd.io/bbolt"
)

// flushEvery is how often recorded chats, counts and the update offset are
// written, together, in one transaction: an update never waits for the
// disk (docs/benchmarks.md), and a crash loses at most this much of them.
// Cases are written at once: a case opened must not be lost.
const flushEvery = 500 * time.Millisecond

// writes are the chats, counts and offset recorded since the last flush.
type writes struct {
	chats  map[int64][]byte  // encoded
	counts map[string]uint64 // "day|key" → to add
	offset int
}

func newWrites() writes {
	return writes{chats: map[int64][]byte{}, counts: map[string]uint64{}}
}

func (w writes) empty() bool { return len(w.chats) == 0 && len(w.counts) == 0 && w.offset == 0 }

// pendingChat returns a chat recorded and not yet written, newest first.
func (s *Bolt) pendingChat(id int64) ([]byte, bool) {
	s.pmu.Lock()
	defer s.pmu.Unlock()
	if v, ok := s.pending.chats[id]; ok {
		return v, true
	}
	v, ok := s.inflight.chats[id]
	return v, ok
}

// flusher writes every flushEvery until Close.
func (s *Bolt) flusher() {
	defer close(s.stopped)
	t := time.NewTicker(flushEvery)
	defer t.Stop()
	for {
		select {
		case <-s.stop:
			return
		case <-t.C:
			s.flush()
		}
	}
}

// flush writes what is pending in one transaction. On failure the writes
// go back to pending, to be tried again, and the next writer is told.
func (s *Bolt) flush() error {
	s.flushMu.Lock()
	defer s.flushMu.Unlock()
	s.pmu.Lock()
	w := s.pending
	if w.empty() {
		s.pmu.Unlock()
		return nil
	}
	s.inflight, s.pending = w, newWrites()
	s.pmu.Unlock()

	err := s.update(func(tx *bolt.Tx) error { return w.write(tx) })

	s.pmu.Lock()
	defer s.pmu.Unlock()
	s.inflight = writes{}
	if err != nil {
		err = fmt.Errorf("store: write: %w", err)
		for id, v := range w.chats {
			if _, newer := s.pending.chats[id]; !newer {
				s.pending.chats[id] = v
			}
		}
		for k, n := range w.counts {
			s.pending.counts[k] += n
		}
		s.pending.offset = max(s.pending.offset, w.offset)
	}
	s.flushErr = err
	return err
}

func (w writes) write(tx *bolt.Tx) error {
	chats := tx.Bucket(chatsBucket)
	for id, v := range w.chats {
		if err := chats.Put(chatKey(id), v); err != nil {
			return err
		}
	}
	stats := tx.Bucket(statsBucket)
	for k, n := range w.counts {
		if v := stats.Get([]byte(k)); len(v) == 8 {
			n += binary.BigEndian.Uint64(v)
		}
		if err := stats.Put([]byte(k), binary.BigEndian.AppendUint64(nil, n)); err != nil {
			return err
		}
	}
	if w.offset == 0 {
		return nil
	}
	meta := tx.Bucket(metaBucket)
	if v := meta.Get(offsetKey); len(v) == 8 && int(binary.BigEndian.Uint64(v)) >= w.offset {
		return nil
	}
	return meta.Put(offsetKey, binary.BigEndian.AppendUint64(nil, uint64(w.offset)))
}

// pendingCounts returns the counts not yet written.
func (s *Bolt) pendingCounts() map[string]uint64 {
	s.pmu.Lock()
	defer s.pmu.Unlock()
	out := maps.Clone(s.pending.counts)
	for k, n := range s.inflight.counts {
		out[k] += n
	}
	return out
}

// A question is the last question of a chat, held in memory only.
type question struct {
	text string
	at   time.Time
}

// remember keeps a chat's last question, timed from when it was first
// given (the caller holds pmu).
func (s *Bolt) remember(chatID int64, text string, now time.Time) {
	switch q, ok := s.questions[chatID]; {
	case text == "":
		delete(s.questions, chatID)
	case !ok || q.text != text:
		s.questions[chatID] = question{text, now}
	}
}

// question returns a chat's last question, if it is still remembered.
func (s *Bolt) question(chatID int64, now time.Time) string {
	s.pmu.Lock()
	defer s.pmu.Unlock()
	q, ok := s.questions[chatID]
	if !ok || now.Sub(q.at) > questionLifetime {
		return ""
	}
	return q.text
}

// forgetQuestions drops the questions older than questionLifetime.
func (s *Bolt) forgetQuestions(now time.Time) {
	s.pmu.Lock()
	defer s.pmu.Unlock()
	for id, q := range s.questions {
		if now.Sub(q.at) > questionLifetime {
			delete(s.questions, id)
		}
	}
}
