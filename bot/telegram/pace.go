package telegram

import (
	"context"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// Pace is how fast Sira sends: Telegram allows about one message a second
// in a chat, twenty a minute in a group and thirty a second in all.
type Pace struct {
	PerChat  time.Duration // one message per PerChat in a private chat…
	PerGroup time.Duration // …and per PerGroup in a group
	Burst    int           // messages a chat may send at once (a card and its details)
	Global   rate.Limit    // messages per second over all chats
}

// DefaultPace is Telegram's published limits.
var DefaultPace = Pace{PerChat: time.Second, PerGroup: 3 * time.Second, Burst: 3, Global: 30}

// pacer holds one limiter per chat and one for all.
type pacer struct {
	pace   Pace
	global *rate.Limiter
	clock  Clock

	mu    sync.Mutex
	chats map[int64]*rate.Limiter
	until time.Time // after a 429, nobody sends before this
}

func newPacer(p Pace, c Clock) *pacer {
	return &pacer{pace: p, global: rate.NewLimiter(p.Global, max(int(p.Global), 1)), clock: c, chats: map[int64]*rate.Limiter{}}
}

// maxLimiters bounds the per-chat limiters kept; past it the idle ones go.
const maxLimiters = 10000

// wait blocks until chatID may send one more message.
func (p *pacer) wait(ctx context.Context, chatID int64, group bool) error {
	p.mu.Lock()
	l, ok := p.chats[chatID]
	if !ok {
		if len(p.chats) >= maxLimiters {
			for id, old := range p.chats {
				if old.Tokens() >= float64(old.Burst()) {
					delete(p.chats, id)
				}
			}
		}
		every := p.pace.PerChat
		if group {
			every = p.pace.PerGroup
		}
		l = rate.NewLimiter(rate.Every(every), max(p.pace.Burst, 1))
		p.chats[chatID] = l
	}
	until := p.until
	p.mu.Unlock()
	if d := until.Sub(p.clock.Now()); d > 0 {
		if err := p.clock.Sleep(ctx, d); err != nil {
			return err
		}
	}
	if err := l.Wait(ctx); err != nil {
		return err
	}
	return p.global.Wait(ctx)
}

// hold stops all sending for d (a 429 applies to the bot, not one call).
func (p *pacer) hold(d time.Duration) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if t := p.clock.Now().Add(d); t.After(p.until) {
		p.until = t
	}
}
