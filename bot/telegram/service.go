package telegram

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"sira/bot"
)

// State is what the transport keeps across restarts: the confirmed update
// offset, and per chat the last update whose replies were delivered, so
// that an update Telegram sends again after a crash is not answered twice.
type State interface {
	Offset(ctx context.Context) (int, error)
	SetOffset(ctx context.Context, offset int) error
	Answered(ctx context.Context, chat int64) (int, error)
	SetAnswered(ctx context.Context, chat int64, update int) error
}

// Handler is the conversation the transport feeds.
type Handler interface {
	Handle(ctx context.Context, u bot.Update) ([]bot.Reply, error)
}

// subscribed are the update kinds Sira handles: messages and their edits,
// button presses, and changes of the bot's own membership (a group that
// removes it, a person who blocks it).
var subscribed = []string{"message", "edited_message", "callback_query", "my_chat_member"}

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
	// NoticeWait is how long a button press waits for the conversation's
	// notice before it is answered without one.
	NoticeWait time.Duration
	Pace       Pace
	Retry      Retry
	Webhook    WebhookLimits
	Clock      Clock
	Log        *slog.Logger
}

// Service connects a Handler to Telegram.
type Service struct {
	api   *api
	state State
	cfg   Config
	log   *slog.Logger
	self  tgbotapi.User

	stop    context.CancelFunc // stops sending, after Drain
	sendCtx context.Context

	mu       sync.Mutex
	cancel   context.CancelFunc // ends the serving loop
	fatalErr error

	dispatch *dispatcher
	track    *offsets // polling only
	flights  flights  // webhook only
}

// New connects to the Bot API (getMe) and returns a service. Errors never
// contain the token.
func New(ctx context.Context, cfg Config, st State) (*Service, error) {
	if cfg.Token == "" {
		return nil, errors.New("telegram: no token")
	}
	if cfg.Endpoint == "" {
		cfg.Endpoint = tgbotapi.APIEndpoint
	}
	if err := checkEndpoint(cfg.Endpoint); err != nil {
		return nil, err
	}
	defaults(&cfg)
	sendCtx, stop := context.WithCancel(context.Background())
	httpClient := &http.Client{Timeout: cfg.PollTimeout + 15*time.Second}
	b, err := tgbotapi.NewBotAPIWithClient(cfg.Token, cfg.Endpoint, ctxClient{ctx: sendCtx, client: httpClient})
	if err != nil {
		stop()
		if code(err) == http.StatusUnauthorized {
			return nil, fmt.Errorf("telegram: connect: %w", ErrUnauthorized)
		}
		return nil, fmt.Errorf("telegram: connect: %w", redact(err, cfg.Token))
	}
	s := &Service{state: st, cfg: cfg, log: cfg.Log, self: b.Self, stop: stop, sendCtx: sendCtx}
	s.api = &api{bot: b, token: cfg.Token, retry: cfg.Retry, pace: newPacer(cfg.Pace, cfg.Clock), clock: cfg.Clock, log: cfg.Log, fatal: s.fail}
	return s, nil
}

func defaults(cfg *Config) {
	if cfg.PollTimeout == 0 {
		cfg.PollTimeout = 30 * time.Second
	}
	if cfg.Drain == 0 {
		cfg.Drain = 30 * time.Second
	}
	if cfg.NoticeWait == 0 {
		cfg.NoticeWait = 2 * time.Second
	}
	if cfg.Pace == (Pace{}) {
		cfg.Pace = DefaultPace
	}
	if cfg.Retry == (Retry{}) {
		cfg.Retry = DefaultRetry
	}
	cfg.Webhook = cfg.Webhook.orDefault()
	if cfg.Clock == nil {
		cfg.Clock = realClock{}
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
}

// checkEndpoint rejects an endpoint format that is not a URL with two %s
// (token, method): filled with the real token, a malformed one would put
// the token in a URL parser's error message.
func checkEndpoint(format string) error {
	bad := fmt.Errorf("telegram: endpoint %q must be a URL with two %%s, for the token and the method, like %q", format, tgbotapi.APIEndpoint)
	if strings.Count(format, "%s") != 2 || strings.Count(format, "%") != 2 {
		return bad
	}
	u, err := url.Parse(fmt.Sprintf(format, "TOKEN", "getMe"))
	if err != nil || u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return bad
	}
	return nil
}

// Username is the bot's username.
func (s *Service) Username() string { return s.self.UserName }

// Address is how people reach a bot on Telegram (bot.Address): its
// username, written after @, and t.me links that start a chat.
type Address string

// Name is the bot's username.
func (a Address) Name() string { return string(a) }

// Link opens a chat with the bot that starts with "/start payload".
func (a Address) Link(payload string) string {
	return "https://t.me/" + string(a) + "?start=" + payload
}

// Address is the bot's address, for the conversation.
func (s *Service) Address() Address { return Address(s.self.UserName) }

// fail stops the service with an error no retry can fix.
func (s *Service) fail(err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.fatalErr == nil {
		s.fatalErr = err
		s.log.Error("stopping", "err", err)
	}
	if s.cancel != nil {
		s.cancel()
	}
}

// begin starts a serving loop: its context ends with ctx or at a fatal
// error.
func (s *Service) begin(ctx context.Context, h Handler) context.Context {
	ctx, cancel := context.WithCancel(ctx)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.cancel = cancel
	if s.fatalErr != nil {
		cancel()
	}
	s.dispatch = newDispatcher(func(_ context.Context, in incoming) bool { return s.handle(h, in) })
	return ctx
}

// fatal is the error that stopped the service, if any.
func (s *Service) fatal() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.fatalErr
}

// handle runs one update through the conversation and delivers the
// replies. It reports whether the update is settled: answered, or refused
// for good; an update abandoned at shutdown is not, and Telegram sends it
// again after the restart.
func (s *Service) handle(h Handler, in incoming) bool {
	ctx := s.sendCtx
	u := in.update
	start := time.Now()
	if u.ChatID != 0 {
		if last, err := s.state.Answered(ctx, u.ChatID); err != nil {
			s.log.Error("read answered update", "chat", u.ChatID, "err", err)
		} else if in.id <= last {
			s.log.Info("update answered before a restart: not answered again", "update", in.id, "chat", u.ChatID)
			if in.press != nil {
				s.answerPress(in.press, "")
			}
			return true
		}
	}
	replies, err := s.run(ctx, h, in)
	if err != nil {
		s.log.Error("handle", "update", in.id, "chat", u.ChatID, "err", err)
	}
	if in.press != nil {
		notice := ""
		for _, r := range replies {
			if r.Notice != "" {
				notice = r.Notice
				break
			}
		}
		if late := s.notice(in.press, notice); late != "" && !hasText(replies) {
			replies = append([]bot.Reply{{Text: late}}, replies...)
		}
	}
	if err := s.deliver(ctx, h, in, replies); err != nil {
		if ctx.Err() != nil {
			s.log.Warn("shutdown: update left for Telegram to send again", "update", in.id, "chat", u.ChatID)
			return false
		}
		s.log.Error("replies lost", "update", in.id, "chat", u.ChatID, "err", err)
	}
	if u.ChatID != 0 {
		if err := s.state.SetAnswered(ctx, u.ChatID, in.id); err != nil {
			s.log.Error("save answered update", "chat", u.ChatID, "err", err)
		}
	}
	s.log.Debug("update handled", "update", in.id, "chat", u.ChatID, "kind", u.Kind, "ms", time.Since(start).Milliseconds())
	return true
}

func hasText(rs []bot.Reply) bool {
	for _, r := range rs {
		if r.Text != "" {
			return true
		}
	}
	return false
}

// errPanic marks an update whose handler panicked.
var errPanic = errors.New("the conversation panicked")

// run calls the conversation, recovering a panic: it is logged with the
// update id (never the text), and the person gets the error message.
func (s *Service) run(ctx context.Context, h Handler, in incoming) (replies []bot.Reply, err error) {
	defer func() {
		if v := recover(); v != nil {
			s.log.Error("panic in the conversation", "update", in.id, "chat", in.update.ChatID, "panic", panicText(v), "stack", string(debug.Stack()))
			replies, err = nil, errPanic
			if in.update.Room != bot.Overheard {
				replies = []bot.Reply{bot.Apology(in.update.LanguageHint)}
			}
		}
	}()
	return h.Handle(ctx, in.update)
}

// panicText says what panicked without risking a person's words: a
// runtime error's message, otherwise only the value's type.
func panicText(v any) string {
	if re, ok := v.(runtime.Error); ok {
		return re.Error()
	}
	return fmt.Sprintf("%T", v)
}

// Poll receives updates by long polling until ctx ends, then finishes the
// updates in flight (up to Drain) and returns. The offset is confirmed to
// Telegram, and saved, only once an update is settled (its replies
// delivered, or refused for good), so a crash loses nothing; an update
// already answered before a crash is not answered again. A refused token
// (401) or another process polling (409) stops it with an error.
func (s *Service) Poll(ctx context.Context, h Handler) error {
	ctx = s.begin(ctx, h)
	if _, err := s.api.call(ctx, "deleteWebhook", tgbotapi.Params{}); err != nil {
		return s.end(err)
	}
	next, err := s.state.Offset(ctx)
	if err != nil {
		return s.end(fmt.Errorf("telegram: read offset: %w", err))
	}
	s.track = newOffsets(next)
	poller := *s.api.bot
	poller.Client = ctxClient{ctx: ctx, client: &http.Client{Timeout: s.cfg.PollTimeout + 15*time.Second}}
	for ctx.Err() == nil {
		raws, err := s.getUpdates(ctx, &poller, s.track.current())
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			if code(err) == http.StatusConflict {
				s.fail(fmt.Errorf("telegram getUpdates: %w", ErrConflict))
				break
			}
			s.log.Warn("getUpdates", "err", err)
			if permanent(err) {
				s.api.clock.Sleep(ctx, s.cfg.Retry.MaxBackoff) // a 4xx will not go away at once
			}
			continue
		}
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
			s.submit(ctx, in, func(settled bool) {
				if settled {
					s.confirm(s.track.finish(id))
				}
			})
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
	return s.end(nil)
}

// submit queues an update; a button press is answered outside the queue.
func (s *Service) submit(ctx context.Context, in incoming, done func(bool)) {
	if in.update.Kind == bot.Callback {
		in.press = &press{id: in.update.CallbackID}
	}
	if in.press != nil {
		s.expectAnswer(in.press)
	}
	s.dispatch.submit(ctx, in, done)
}

func (s *Service) getUpdates(ctx context.Context, poller *tgbotapi.BotAPI, offset int) ([]json.RawMessage, error) {
	p := tgbotapi.Params{"timeout": strconv.Itoa(int(s.cfg.PollTimeout / time.Second))}
	p.AddNonZero("offset", offset)
	if err := p.AddInterface("allowed_updates", subscribed); err != nil {
		return nil, err
	}
	result, err := s.api.callWith(ctx, poller, "getUpdates", p)
	if err != nil {
		return nil, err
	}
	var raws []json.RawMessage
	if err := json.Unmarshal(result, &raws); err != nil {
		return nil, fmt.Errorf("getUpdates: %w", err)
	}
	return raws, nil
}

// confirm saves the offset below which every update is settled.
func (s *Service) confirm(next int) {
	if err := s.state.SetOffset(context.Background(), next); err != nil {
		s.log.Error("save offset", "err", err)
	}
}

// end waits for the updates in flight, up to Drain, then stops sending,
// and returns err or the error that stopped the service.
func (s *Service) end(err error) error {
	done := make(chan struct{})
	go func() { s.dispatch.wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(s.cfg.Drain):
		s.log.Warn("shutdown: updates still in flight after drain")
	}
	s.stop()
	if f := s.fatal(); f != nil {
		return f
	}
	return err
}

// SetWebhook tells Telegram to send updates to url with the secret.
func (s *Service) SetWebhook(ctx context.Context, url, secret string) error {
	p := tgbotapi.Params{"url": url, "secret_token": secret}
	if err := p.AddInterface("allowed_updates", subscribed); err != nil {
		return err
	}
	_, err := s.api.call(ctx, "setWebhook", p)
	return err
}

// Close stops sending.
func (s *Service) Close() { s.stop() }
