package telegram

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"sync"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"sira/bot"
	"sira/locales"
)

// Offsets is where the confirmed update offset survives a restart.
type Offsets interface {
	Offset(ctx context.Context) (int, error)
	SetOffset(ctx context.Context, offset int) error
}

// Handler is the conversation the transport feeds.
type Handler interface {
	Handle(ctx context.Context, u bot.Update) ([]bot.Reply, error)
}

// Config configures a Service.
type Config struct {
	Token string
	// Endpoint is tgbotapi's endpoint format, "https://api.telegram.org/bot%s/%s"
	// by default; tests and self-hosted Bot API servers set their own.
	Endpoint string
	// PollTimeout is the long-polling wait (Telegram allows up to 50 s).
	PollTimeout time.Duration
	// Drain is how long shutdown waits for updates in flight.
	Drain time.Duration
	Pace  Pace
	Retry Retry
	Log   *slog.Logger
}

// Service connects a Handler to Telegram.
type Service struct {
	api     *api
	handler Handler
	offsets Offsets
	cfg     Config
	log     *slog.Logger
	self    tgbotapi.User

	stop     context.CancelFunc // cancels polling and, after Drain, sending
	sendCtx  context.Context
	dispatch *dispatcher
	track    *offsets

	recentMu sync.Mutex
	recent   map[int]bool // webhook update ids seen, against redelivery
}

// New connects to the Bot API (getMe) and returns a service. Errors never
// contain the token.
func New(ctx context.Context, cfg Config, h Handler, off Offsets) (*Service, error) {
	if cfg.Token == "" {
		return nil, errors.New("telegram: no token")
	}
	if cfg.Endpoint == "" {
		cfg.Endpoint = tgbotapi.APIEndpoint
	}
	if cfg.PollTimeout == 0 {
		cfg.PollTimeout = 30 * time.Second
	}
	if cfg.Drain == 0 {
		cfg.Drain = 30 * time.Second
	}
	if cfg.Pace == (Pace{}) {
		cfg.Pace = DefaultPace
	}
	if cfg.Retry == (Retry{}) {
		cfg.Retry = DefaultRetry
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	sendCtx, stop := context.WithCancel(context.Background())
	httpClient := &http.Client{Timeout: cfg.PollTimeout + 15*time.Second}
	b, err := tgbotapi.NewBotAPIWithClient(cfg.Token, cfg.Endpoint, ctxClient{ctx: sendCtx, client: httpClient})
	if err != nil {
		stop()
		return nil, fmt.Errorf("telegram: connect: %w", redact(err, cfg.Token))
	}
	s := &Service{
		api:     &api{bot: b, token: cfg.Token, retry: cfg.Retry, pace: newPacer(cfg.Pace)},
		handler: h, offsets: off, cfg: cfg, log: cfg.Log, self: b.Self,
		stop: stop, sendCtx: sendCtx, recent: map[int]bool{},
	}
	s.dispatch = newDispatcher(s.handle)
	return s, nil
}

// CheckChat makes sure the bot can see a chat (the counsellors' group):
// a wrong id is caught at start-up, not at the first hand-off.
func (s *Service) CheckChat(ctx context.Context, chat int64) error {
	_, err := s.api.call(ctx, "getChat", tgbotapi.Params{"chat_id": strconv.FormatInt(chat, 10)})
	return err
}

// Username is the bot's username, for share links.
func (s *Service) Username() string { return s.self.UserName }

// SetCommands registers the commands with their descriptions in French
// (the default) and in Bambara (language_code "bm").
func (s *Service) SetCommands(ctx context.Context, names []string) error {
	for _, lang := range locales.Languages {
		p := locales.For(lang)
		type cmd struct {
			Command     string `json:"command"`
			Description string `json:"description"`
		}
		var cmds []cmd
		for _, n := range names {
			cmds = append(cmds, cmd{n, p.T("cmd_"+n, nil)})
		}
		params := tgbotapi.Params{}
		if err := params.AddInterface("commands", cmds); err != nil {
			return err
		}
		if lang != locales.French {
			params["language_code"] = lang
		}
		if _, err := s.api.call(ctx, "setMyCommands", params); err != nil {
			return err
		}
	}
	return nil
}

// handle runs one update through the conversation and delivers the replies.
func (s *Service) handle(_ context.Context, in incoming) {
	ctx := s.sendCtx
	start := time.Now()
	replies, err := s.handler.Handle(ctx, in.update)
	if err != nil {
		s.log.Error("handle", "update", in.id, "err", err)
	}
	if err := s.deliver(ctx, in, replies); err != nil {
		s.log.Error("deliver", "update", in.id, "err", err)
	}
	s.log.Debug("update handled", "update", in.id, "chat", in.update.ChatID, "kind", in.update.Kind, "ms", time.Since(start).Milliseconds())
}

// Poll receives updates by long polling until ctx ends, then finishes the
// updates in flight (up to Drain) and returns. The offset is confirmed to
// Telegram, and saved, only once an update is handled: a crash or a
// restart loses nothing, and answers nothing twice.
func (s *Service) Poll(ctx context.Context) error {
	if _, err := s.api.call(ctx, "deleteWebhook", tgbotapi.Params{}); err != nil {
		return err
	}
	next, err := s.offsets.Offset(ctx)
	if err != nil {
		return fmt.Errorf("telegram: read offset: %w", err)
	}
	s.track = newOffsets(next)
	pollCtx, cancelPoll := context.WithCancel(ctx)
	defer cancelPoll()
	poller := *s.api.bot
	poller.Client = ctxClient{ctx: pollCtx, client: &http.Client{Timeout: s.cfg.PollTimeout + 15*time.Second}}
	backoff := s.cfg.Retry.Backoff
	for ctx.Err() == nil {
		raws, err := s.getUpdates(&poller, s.track.current())
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			wait := backoff
			var tgErr *tgbotapi.Error
			if errors.As(err, &tgErr) && tgErr.RetryAfter > 0 {
				wait = time.Duration(tgErr.RetryAfter) * time.Second
			} else {
				backoff = min(backoff*2, s.cfg.Retry.MaxBackoff)
			}
			s.log.Warn("getUpdates", "err", err, "retry_in", wait)
			sleep(ctx, wait)
			continue
		}
		backoff = s.cfg.Retry.Backoff
		fresh := 0
		for _, raw := range raws {
			in, ok := convert(raw, s.self)
			if !ok {
				s.log.Warn("malformed update skipped")
				if id := updateID(raw); id > 0 && s.track.start(id) {
					s.confirm(s.track.finish(id))
				}
				continue
			}
			if !s.track.start(in.id) {
				continue
			}
			fresh++
			id := in.id
			s.dispatch.submit(ctx, in, func() { s.confirm(s.track.finish(id)) })
		}
		if fresh == 0 && len(raws) > 0 {
			// Only updates still in flight came back: wait for one to finish.
			select {
			case <-ctx.Done():
			case <-s.track.changed:
			case <-time.After(time.Second):
			}
		}
	}
	return s.shutdown()
}

func (s *Service) getUpdates(poller *tgbotapi.BotAPI, offset int) ([]json.RawMessage, error) {
	p := tgbotapi.Params{"timeout": strconv.Itoa(int(s.cfg.PollTimeout / time.Second))}
	p.AddNonZero("offset", offset)
	if err := p.AddInterface("allowed_updates", []string{"message", "edited_message", "callback_query"}); err != nil {
		return nil, err
	}
	resp, err := poller.MakeRequest("getUpdates", p)
	if err != nil {
		return nil, redact(err, s.cfg.Token)
	}
	var raws []json.RawMessage
	if err := json.Unmarshal(resp.Result, &raws); err != nil {
		return nil, fmt.Errorf("getUpdates: %w", err)
	}
	return raws, nil
}

// confirm saves the offset below which every update is handled.
func (s *Service) confirm(next int) {
	if err := s.offsets.SetOffset(context.Background(), next); err != nil {
		s.log.Error("save offset", "err", err)
	}
}

// shutdown waits for the updates in flight, up to Drain, then stops sending.
func (s *Service) shutdown() error {
	done := make(chan struct{})
	go func() { s.dispatch.wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(s.cfg.Drain):
		s.log.Warn("shutdown: updates still in flight after drain")
	}
	s.stop()
	return nil
}

func sleep(ctx context.Context, d time.Duration) {
	select {
	case <-ctx.Done():
	case <-time.After(d):
	}
}

// SetWebhook tells Telegram to send updates to url with the secret.
func (s *Service) SetWebhook(ctx context.Context, url, secret string) error {
	p := tgbotapi.Params{"url": url, "secret_token": secret}
	if err := p.AddInterface("allowed_updates", []string{"message", "edited_message", "callback_query"}); err != nil {
		return err
	}
	_, err := s.api.call(ctx, "setWebhook", p)
	return err
}

// maxWebhookBody bounds an update's size; real ones are a few KB.
const maxWebhookBody = 1 << 20

// Webhook returns the http.Handler for webhook mode. It checks the secret
// Telegram sends in X-Telegram-Bot-Api-Secret-Token, answers 200 once the
// update is handled (so Telegram sends it again after a crash), and drops
// updates it has already handled.
func (s *Service) Webhook(secret string) http.Handler {
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
		body, err := io.ReadAll(io.LimitReader(r.Body, maxWebhookBody+1))
		if err != nil || len(body) > maxWebhookBody {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		in, ok := convert(body, s.self)
		if !ok {
			s.log.Warn("malformed webhook update skipped")
			w.WriteHeader(http.StatusOK) // a retry would not make it valid
			return
		}
		if !s.firstTime(in.id) {
			w.WriteHeader(http.StatusOK)
			return
		}
		done := make(chan struct{})
		s.dispatch.submit(r.Context(), in, func() { close(done) })
		select {
		case <-done:
			w.WriteHeader(http.StatusOK)
		case <-r.Context().Done():
		}
	})
}

// maxRecent bounds the webhook's memory of update ids.
const maxRecent = 10000

func (s *Service) firstTime(id int) bool {
	s.recentMu.Lock()
	defer s.recentMu.Unlock()
	if s.recent[id] {
		return false
	}
	if len(s.recent) >= maxRecent {
		clear(s.recent)
	}
	s.recent[id] = true
	return true
}

// Close stops sending.
func (s *Service) Close() { s.stop() }
