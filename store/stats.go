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
// messages. Keys read "questions/formation/kayes", "no_match_theme/bijouterie",
// "fiche_shown/P01", "source/apej", "cases/opened", "cases/answer_minutes".

var statsBucket = []byte("stats")

// Count adds n to a key's count for today.
func (s *Bolt) Count(_ context.Context, key string, n int) error {
	day := s.now().UTC().Format(time.DateOnly)
	k := []byte(day + "|" + key)
	return s.db.Batch(func(tx *bolt.Tx) error {
		b := tx.Bucket(statsBucket)
		cur := uint64(0)
		if v := b.Get(k); len(v) == 8 {
			cur = binary.BigEndian.Uint64(v)
		}
		return b.Put(k, binary.BigEndian.AppendUint64(nil, cur+uint64(n)))
	})
}

// A Total is a key's count over a period.
type Total struct {
	Key   string
	Count int
}

// Totals sums the counts of the days since the given time, by key, sorted
// by key.
func (s *Bolt) Totals(_ context.Context, since time.Time) ([]Total, error) {
	from := since.UTC().Format(time.DateOnly)
	sums := map[string]int{}
	err := s.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(statsBucket).Cursor()
		for k, v := c.Seek([]byte(from)); k != nil; k, v = c.Next() {
			_, key, ok := strings.Cut(string(k), "|")
			if ok && len(v) == 8 {
				sums[key] += int(binary.BigEndian.Uint64(v))
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: totals: %w", err)
	}
	out := make([]Total, 0, len(sums))
	for k, n := range sums {
		out = append(out, Total{k, n})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out, nil
}
