package store

import (
	"context"
	"encoding/binary"
	"fmt"
	"sort"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Statistics are counts per day and key, nothing else: no chat ids, no
// messages, and keys from closed vocabularies (package stats). Keys read
// "questions/formation/kayes", "no_match_theme/metier", "fiche_shown/P01",
// "source/apej", "cases/opened", "cases/answer_minutes". They are kept for
// statsRetention.
var statsBucket = []byte("stats")

// statsRetention is how long a day's counts are kept: a year to compare
// with, and the month before it.
const statsRetention = 13 * 31 * 24 * time.Hour

// Count adds n to a key's count for today; it is written with the next
// flush.
func (s *Bolt) Count(_ context.Context, key string, n int) error {
	k := s.now().UTC().Format(time.DateOnly) + "|" + key
	s.pmu.Lock()
	defer s.pmu.Unlock()
	s.pending.counts[k] += uint64(n)
	return s.flushErr
}

// A Total is a key's count over a period.
type Total struct {
	Key   string `json:"key"`
	Count int    `json:"count"`
}

// Totals sums the counts of the days since the given time, by key, sorted
// by key, those not yet written included.
func (s *Bolt) Totals(_ context.Context, since time.Time) ([]Total, error) {
	from := since.UTC().Format(time.DateOnly)
	sums := map[string]int{}
	add := func(k string, n uint64) {
		if day, key, ok := strings.Cut(k, "|"); ok && day >= from {
			sums[key] += int(n)
		}
	}
	err := s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(statsBucket)
		if b == nil {
			return nil
		}
		c := b.Cursor()
		for k, v := c.Seek([]byte(from)); k != nil; k, v = c.Next() {
			if len(v) == 8 {
				add(string(k), binary.BigEndian.Uint64(v))
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: totals: %w", err)
	}
	for k, n := range s.pendingCounts() {
		add(k, n)
	}
	out := make([]Total, 0, len(sums))
	for k, n := range sums {
		out = append(out, Total{k, n})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out, nil
}
