// Package telegram is Sira's Telegram transport: long polling or webhook in,
// paced and retried calls out, through go-telegram-bot-api v5. It fills the
// gaps of that library (unmaintained since 2021): its own polling loop with
// offsets confirmed only once an update's replies are delivered, 429 and
// 5xx handling, per-chat and global pacing, webhook secret checks and
// timeouts, fields and methods newer than Bot API 5.5 (forward_origin,
// my_chat_member, copyMessage, reply_parameters, link_preview_options,
// descriptions, command scopes) sent as raw parameters, and a token that
// never reaches a log line or an error.
package telegram

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"sira/bot"
)

// redacted is an error whose text has the token removed (tgbotapi puts the
// request URL, token included, in network errors).
type redacted struct {
	msg string
	err error
}

func (e *redacted) Error() string { return e.msg }
func (e *redacted) Unwrap() error { return e.err }

// redact removes the token from an error's text, and each of its halves
// too: a URL parser quoting a malformed endpoint may cut it at its colon.
func redact(err error, token string) error {
	if err == nil || token == "" {
		return err
	}
	msg := strings.ReplaceAll(err.Error(), token, "<token>")
	id, secret, _ := strings.Cut(token, ":")
	for _, part := range []string{secret, id} {
		if len(part) >= 4 {
			msg = strings.ReplaceAll(msg, part, "<token>")
		}
	}
	return &redacted{msg: msg, err: err}
}

// ctxClient gives every request of a tgbotapi.BotAPI a context, so that a
// long poll can be abandoned at shutdown and calls have a deadline.
type ctxClient struct {
	ctx    context.Context
	client *http.Client
}

func (c ctxClient) Do(req *http.Request) (*http.Response, error) {
	return c.client.Do(req.WithContext(c.ctx))
}

// ErrUnauthorized says Telegram refused the token: nothing can work until
// it is fixed, so the service stops.
var ErrUnauthorized = errors.New("telegram refused the token (401 Unauthorized): check TELEGRAM_BOT_TOKEN")

// ErrConflict says another process receives this bot's updates.
var ErrConflict = errors.New("another process is receiving this bot's updates (409 Conflict): only one sira serve may run per bot token")

// api is the Bot API as Sira calls it.
type api struct {
	bot   *tgbotapi.BotAPI
	token string
	retry Retry
	pace  *pacer
	clock Clock
	log   *slog.Logger
	// fatal is told of an error nothing can retry (a refused token): the
	// service stops with it.
	fatal func(error)
}

// Retry says how calls are retried. A 429 is always waited out in full,
// whatever its retry_after, and is not counted against GiveUp's budget
// of failures.
type Retry struct {
	Backoff    time.Duration // first wait after a 5xx or network error; doubles
	MaxBackoff time.Duration
	// GiveUp is how long a call keeps being retried through 5xx and network
	// errors before it fails.
	GiveUp time.Duration
}

// DefaultRetry suits the real Bot API: an outage of minutes delays
// answers rather than losing them.
var DefaultRetry = Retry{Backoff: 500 * time.Millisecond, MaxBackoff: 30 * time.Second, GiveUp: 10 * time.Minute}

// call makes one Bot API call, retried: after a 429 once retry_after has
// passed (holding every other call too), after a 5xx or network error with
// backoff until GiveUp. Other errors (400, 403…) are returned at once; a
// 401 also stops the service.
func (a *api) call(ctx context.Context, method string, params tgbotapi.Params) (json.RawMessage, error) {
	return a.callWith(ctx, a.bot, method, params)
}

func (a *api) callWith(ctx context.Context, b *tgbotapi.BotAPI, method string, params tgbotapi.Params) (json.RawMessage, error) {
	backoff := a.retry.Backoff
	var failing time.Time // when the current run of 5xx and network errors began
	for {
		resp, err := b.MakeRequest(method, params)
		if err == nil {
			return resp.Result, nil
		}
		err = redact(err, a.token)
		var tgErr *tgbotapi.Error
		var wait time.Duration
		switch {
		case errors.As(err, &tgErr) && tgErr.Code == http.StatusTooManyRequests:
			wait = time.Duration(max(tgErr.RetryAfter, 1)) * time.Second
			a.pace.hold(wait) // the limit is the bot's: everyone waits
			a.log.Warn("telegram flood limit", "method", method, "retry_after", wait)
		case errors.As(err, &tgErr) && tgErr.Code == http.StatusUnauthorized:
			err = fmt.Errorf("telegram %s: %w", method, ErrUnauthorized)
			a.fatal(err)
			return nil, err
		case errors.As(err, &tgErr) && tgErr.Code < 500:
			return nil, classify(method, tgErr, err)
		default:
			now := a.clock.Now()
			if failing.IsZero() {
				failing = now
			}
			if now.Sub(failing) >= a.retry.GiveUp {
				return nil, fmt.Errorf("telegram %s: still failing after %v: %w", method, a.retry.GiveUp, err)
			}
			wait, backoff = backoff, min(backoff*2, a.retry.MaxBackoff)
		}
		if serr := a.clock.Sleep(ctx, wait); serr != nil {
			return nil, fmt.Errorf("telegram %s: %w (last error: %v)", method, serr, err)
		}
	}
}

// classify turns a Bot API refusal into what the conversation can act on:
// a chat that cannot be reached (a person who blocked the bot, a group
// that removed it), or a group that moved to a new id.
func classify(method string, tgErr *tgbotapi.Error, err error) error {
	if tgErr.MigrateToChatID != 0 {
		return fmt.Errorf("telegram %s: %w: %w", method, &bot.MovedError{To: tgErr.MigrateToChatID}, err)
	}
	if tgErr.Code == http.StatusForbidden || unreachableText(tgErr.Message) {
		return fmt.Errorf("telegram %s: %w: %w", method, bot.ErrUnreachable, err)
	}
	return fmt.Errorf("telegram %s: %w", method, err)
}

// unreachableText recognises the 400s that mean the bot cannot write to a
// chat at all (Telegram says 403 for most such cases, 400 for these).
func unreachableText(desc string) bool {
	d := strings.ToLower(desc)
	for _, s := range []string{"chat not found", "not a member", "kicked", "chat_write_forbidden", "have no rights to send", "deactivated", "was deleted"} {
		if strings.Contains(d, s) {
			return true
		}
	}
	return false
}

// code is the Bot API error code of err, or 0.
func code(err error) int {
	var tgErr *tgbotapi.Error
	if errors.As(err, &tgErr) {
		return tgErr.Code
	}
	return 0
}
