package telegram

import (
	"context"
	"crypto/subtle"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"
)

// WebhookLimits bound what a webhook connection may hold: anyone who knows
// the URL can open one, and a connection that stalls must not keep a file
// handle for ever.
type WebhookLimits struct {
	ReadHeader time.Duration // to read the request's headers
	Read       time.Duration // to read the whole request, body included
	Write      time.Duration // to answer (an update is answered once handled)
	Idle       time.Duration // a kept-alive connection with no request
	MaxHeader  int           // bytes of headers
}

// DefaultWebhookLimits close a stalled connection within 30 seconds; real
// updates are a few KB sent at once.
var DefaultWebhookLimits = WebhookLimits{ReadHeader: 10 * time.Second, Read: 30 * time.Second, Write: 60 * time.Second, Idle: 60 * time.Second, MaxHeader: 16 << 10}

func (l WebhookLimits) orDefault() WebhookLimits {
	if l == (WebhookLimits{}) {
		return DefaultWebhookLimits
	}
	return l
}

// maxWebhookBody bounds an update's size; real ones are a few KB.
const maxWebhookBody = 1 << 20

// ServeWebhook receives updates on l, as Telegram posts them to the URL
// set by SetWebhook, until ctx ends; then it stops taking updates, drains
// those in flight (up to Drain) and returns, as Poll does. A refused
// token (401) stops it with an error.
func (s *Service) ServeWebhook(ctx context.Context, l net.Listener, secret string, h Handler) error {
	ctx = s.begin(ctx, h)
	lim := s.cfg.Webhook
	srv := &http.Server{
		Handler:           s.webhook(ctx, secret),
		ReadHeaderTimeout: lim.ReadHeader,
		ReadTimeout:       lim.Read,
		WriteTimeout:      lim.Write,
		IdleTimeout:       lim.Idle,
		MaxHeaderBytes:    lim.MaxHeader,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(l) }()
	var err error
	select {
	case <-ctx.Done():
	case err = <-served:
	}
	// Shutdown stops accepting and waits for the requests in flight, each
	// of which waits for its update to be handled.
	shut, cancel := context.WithTimeout(context.Background(), s.cfg.Drain)
	defer cancel()
	if serr := srv.Shutdown(shut); serr != nil {
		s.log.Warn("webhook shutdown", "err", serr)
	}
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	return s.end(err)
}

// webhook is the webhook's handler. It checks the secret Telegram sends in
// X-Telegram-Bot-Api-Secret-Token, answers 200 once the update is settled
// (so Telegram sends it again after a crash), and handles an update sent
// again while in flight only once.
func (s *Service) webhook(ctx context.Context, secret string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		got := r.Header.Get("X-Telegram-Bot-Api-Secret-Token")
		if subtle.ConstantTimeCompare([]byte(got), []byte(secret)) != 1 {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxWebhookBody))
		if err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		in, ok := convert(body, s.self)
		if !ok {
			s.log.Warn("malformed webhook update skipped")
			w.WriteHeader(http.StatusOK) // a retry would not make it valid
			return
		}
		f, first := s.flights.take(in.id)
		if first {
			s.submit(ctx, in, f.land)
		}
		select {
		case <-f.done:
			if f.settled {
				w.WriteHeader(http.StatusOK)
			} else {
				http.Error(w, "shutting down", http.StatusServiceUnavailable)
			}
		case <-r.Context().Done():
		}
	})
}

// flights are the webhook updates seen, in flight or settled: Telegram
// sends an update again when the answer to its post is slow.
type flights struct {
	mu   sync.Mutex
	byID map[int]*flight
}

type flight struct {
	done    chan struct{}
	settled bool
}

func (f *flight) land(settled bool) {
	f.settled = settled
	close(f.done)
}

// maxFlights bounds the webhook's memory of update ids.
const maxFlights = 10000

// take returns the flight of an update id, and whether it is new.
func (fs *flights) take(id int) (*flight, bool) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	if f, ok := fs.byID[id]; ok {
		return f, false
	}
	if fs.byID == nil || len(fs.byID) >= maxFlights {
		old := fs.byID
		fs.byID = map[int]*flight{}
		for id, f := range old { // keep those still in flight
			select {
			case <-f.done:
			default:
				fs.byID[id] = f
			}
		}
	}
	f := &flight{done: make(chan struct{})}
	fs.byID[id] = f
	return f, true
}
