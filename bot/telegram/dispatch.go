package telegram

import (
	"context"
	"sync"
)

// dispatcher runs updates: each chat's in order, chats side by side, so a
// slow chat never holds up the others.
type dispatcher struct {
	run func(context.Context, incoming) (settled bool)

	mu     sync.Mutex
	queues map[int64][]job
	busy   map[int64]bool
	wg     sync.WaitGroup
}

type job struct {
	in   incoming
	done func(settled bool)
}

func newDispatcher(run func(context.Context, incoming) bool) *dispatcher {
	return &dispatcher{run: run, queues: map[int64][]job{}, busy: map[int64]bool{}}
}

// submit queues an update behind the chat's others; done runs once it is
// handled, told whether it was settled (its replies delivered, or refused
// for good) or abandoned at shutdown.
func (d *dispatcher) submit(ctx context.Context, in incoming, done func(settled bool)) {
	chat := in.update.ChatID
	d.mu.Lock()
	d.queues[chat] = append(d.queues[chat], job{in, done})
	if d.busy[chat] {
		d.mu.Unlock()
		return
	}
	d.busy[chat] = true
	d.wg.Add(1)
	d.mu.Unlock()
	go d.drain(ctx, chat)
}

func (d *dispatcher) drain(ctx context.Context, chat int64) {
	defer d.wg.Done()
	for {
		d.mu.Lock()
		q := d.queues[chat]
		if len(q) == 0 {
			delete(d.queues, chat)
			delete(d.busy, chat)
			d.mu.Unlock()
			return
		}
		j := q[0]
		d.queues[chat] = q[1:]
		d.mu.Unlock()
		j.done(d.run(ctx, j.in))
	}
}

// wait blocks until every submitted update has been handled.
func (d *dispatcher) wait() { d.wg.Wait() }

// offsets tracks which updates are handled, to confirm to Telegram only the
// ids below which everything is done.
type offsets struct {
	mu      sync.Mutex
	next    int          // every update below next is handled
	pending map[int]bool // dispatched, not yet handled
	done    map[int]bool // handled, above next
	changed chan struct{}
}

func newOffsets(next int) *offsets {
	return &offsets{next: next, pending: map[int]bool{}, done: map[int]bool{}, changed: make(chan struct{}, 1)}
}

// start marks an update dispatched; false if it already was (Telegram sends
// unconfirmed updates again).
func (o *offsets) start(id int) bool {
	o.mu.Lock()
	defer o.mu.Unlock()
	if id < o.next || o.pending[id] || o.done[id] {
		return false
	}
	o.pending[id] = true
	return true
}

// finish marks an update handled and returns the new confirmed offset.
func (o *offsets) finish(id int) int {
	o.mu.Lock()
	defer o.mu.Unlock()
	delete(o.pending, id)
	o.done[id] = true
	o.advance()
	select {
	case o.changed <- struct{}{}:
	default:
	}
	return o.next
}

// advance moves next past the handled updates below the lowest pending one.
func (o *offsets) advance() {
	low := -1
	for id := range o.pending {
		if low < 0 || id < low {
			low = id
		}
	}
	for id := range o.done {
		if low >= 0 && id > low {
			continue
		}
		delete(o.done, id)
		o.next = max(o.next, id+1)
	}
}

func (o *offsets) current() int {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.next
}
