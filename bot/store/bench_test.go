package store

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// BenchmarkUpdateWrites measures what one question costs the store as the
// conversation sees it: the chat loaded, four counts (need and region,
// three fiches shown) and the chat saved. "batch" writes each as bbolt's
// Batch did before (every call waits for its batch's commit and fsync);
// "tick" records them and lets the flusher write them every flushEvery,
// the final flush included in the time.
func BenchmarkUpdateWrites(b *testing.B) {
	ctx := context.Background()
	keys := []string{"questions/formation/kayes", "fiche_shown/P01", "fiche_shown/P02", "fiche_shown/P03"}
	chat := Chat{Lang: "fr", Region: "kayes", Results: []string{"P01", "P02", "P03"}, Asked: "cost"}
	b.Run("batch", func(b *testing.B) {
		s := openBench(b)
		for i := 0; b.Loop(); i++ {
			id := int64(i % 100)
			s.Load(ctx, id)
			for _, k := range keys {
				batchCount(s, k)
			}
			batchSave(s, id, chat)
		}
	})
	b.Run("tick", func(b *testing.B) {
		s := openBench(b)
		for i := 0; b.Loop(); i++ {
			id := int64(i % 100)
			s.Load(ctx, id)
			for _, k := range keys {
				s.Count(ctx, k, 1)
			}
			s.Save(ctx, id, chat)
		}
		s.flush()
	})
}

func openBench(b *testing.B) *Bolt {
	s, err := Open(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

// batchCount and batchSave are Count and Save as they were written
// before writes were grouped per tick.
func batchCount(s *Bolt, key string) error {
	k := []byte(time.Now().UTC().Format(time.DateOnly) + "|" + key)
	return s.db.Batch(func(tx *bolt.Tx) error {
		b := tx.Bucket(statsBucket)
		cur := uint64(0)
		if v := b.Get(k); len(v) == 8 {
			cur = binary.BigEndian.Uint64(v)
		}
		return b.Put(k, binary.BigEndian.AppendUint64(nil, cur+1))
	})
}

func batchSave(s *Bolt, id int64, c Chat) error {
	c.Updated = time.Now()
	v, err := json.Marshal(c)
	if err != nil {
		return err
	}
	return s.db.Batch(func(tx *bolt.Tx) error { return tx.Bucket(chatsBucket).Put(chatKey(id), v) })
}
