package telegram_test

import (
	"sort"
	"testing"
	"time"
)

// BenchmarkThroughput pushes 1,000 chats × 10 messages through the fake Bot
// API with Telegram's limits scaled up (fastPace: same proportions, so a
// run takes seconds, not the ten minutes 10,000 messages take at 30/s). It
// checks that every update is answered exactly once and that no chat was
// sent messages faster than its limit, and reports throughput and the 99th
// percentile of the time from an update's arrival to its answer.
func BenchmarkThroughput(b *testing.B) {
	const chats, perChat = 1000, 10
	for range b.N {
		b.StopTimer()
		fake := newFakeAPI(b)
		h := start(b, fake, b.TempDir())
		b.StartTimer()
		t0 := time.Now()
		for m := 0; m < perChat; m++ {
			for c := int64(1); c <= chats; c++ {
				fake.text(c, "/aide")
			}
		}
		fake.waitForUpTo(5*time.Minute, "all answered", func() bool { return len(fake.sent("sendMessage", 0)) >= chats*perChat })
		elapsed := time.Since(t0)
		b.StopTimer()
		h.stop()
		sent := fake.sent("sendMessage", 0)
		if len(sent) != chats*perChat {
			b.Fatalf("%d messages for %d updates", len(sent), chats*perChat)
		}
		byChat := map[string][]time.Time{}
		for _, c := range sent {
			byChat[c.Params.Get("chat_id")] = append(byChat[c.Params.Get("chat_id")], c.At)
		}
		var lat []time.Duration
		for id, times := range byChat {
			if len(times) != perChat {
				b.Fatalf("chat %s answered %d times", id, len(times))
			}
			sort.Slice(times, func(i, j int) bool { return times[i].Before(times[j]) })
			// Past the burst, Burst+1 messages span at least Burst intervals.
			for i := fastPace.Burst; i < len(times); i++ {
				if gap := times[i].Sub(times[i-fastPace.Burst]); gap < time.Duration(fastPace.Burst-1)*fastPace.PerChat {
					b.Fatalf("chat %s: %d messages in %v", id, fastPace.Burst+1, gap)
				}
			}
			for i, at := range times {
				lat = append(lat, at.Sub(fake.pushed[id][i]))
			}
		}
		sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
		b.ReportMetric(float64(chats*perChat)/elapsed.Seconds(), "updates/s")
		b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
		b.StartTimer()
	}
}
