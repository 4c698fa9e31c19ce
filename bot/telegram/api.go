// Package telegram is Sira's Telegram transport: long polling or webhook in,
// paced and retried calls out, through go-telegram-bot-api v5. It fills the
// gaps of that library (unmaintained since 2021): its own polling loop with
// offsets confirmed only once handled, 429 and 5xx handling, per-chat and
// global pacing, webhook secret checks, fields newer than Bot API 5.5
// (forward_origin) read from the raw JSON, and a token that never reaches a
// log line or an error.
package telegram

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// redacted is an error whose text has the token removed (tgbotapi puts the
// request URL, token included, in network errors).
type redacted struct {
	msg string
	err error
}

func (e *redacted) Error() string { return e.msg }
func (e *redacted) Unwrap() error { return e.err }

func redact(err error, token string) error {
	if err == nil || token == "" {
		return err
	}
	return &redacted{msg: strings.ReplaceAll(err.Error(), token, "<token>"), err: err}
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

// api is the Bot API as Sira calls it.
type api struct {
	bot   *tgbotapi.BotAPI
	token string
	retry Retry
	pace  *pacer
}

// Retry says how calls are retried.
type Retry struct {
	Attempts   int           // tries in all, for 5xx and network errors
	Backoff    time.Duration // first wait; doubles each time
	MaxBackoff time.Duration
	// MaxRetryAfter caps how long a 429's retry_after is honoured; a
	// longer one is waited for in full but counted as a failure after.
	MaxRetryAfter time.Duration
}

// DefaultRetry suits the real Bot API.
var DefaultRetry = Retry{Attempts: 5, Backoff: 500 * time.Millisecond, MaxBackoff: 10 * time.Second, MaxRetryAfter: 60 * time.Second}

// call makes one Bot API call, retried: after a 429 once retry_after has
// passed, after a 5xx or network error with backoff. Other errors (400,
// 403…) are returned at once.
func (a *api) call(ctx context.Context, method string, params tgbotapi.Params) (json.RawMessage, error) {
	backoff := a.retry.Backoff
	var err error
	for attempt := 1; ; attempt++ {
		var resp *tgbotapi.APIResponse
		resp, err = a.bot.MakeRequest(method, params)
		if err == nil {
			return resp.Result, nil
		}
		err = redact(err, a.token)
		var tgErr *tgbotapi.Error
		wait := backoff
		switch {
		case errors.As(err, &tgErr) && tgErr.Code == http.StatusTooManyRequests:
			wait = time.Duration(max(tgErr.RetryAfter, 1)) * time.Second
			wait = min(wait, a.retry.MaxRetryAfter)
			a.pace.hold(wait) // everyone slows down, not only this call
		case errors.As(err, &tgErr) && tgErr.Code < 500:
			return nil, fmt.Errorf("telegram %s: %w", method, err)
		default:
			backoff = min(backoff*2, a.retry.MaxBackoff)
		}
		if attempt >= a.retry.Attempts || ctx.Err() != nil {
			return nil, fmt.Errorf("telegram %s: %d attempts: %w", method, attempt, err)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("telegram %s: %w", method, ctx.Err())
		case <-time.After(wait):
		}
	}
}

// isBlocked reports whether an error says the user blocked the bot.
func isBlocked(err error) bool {
	var tgErr *tgbotapi.Error
	return errors.As(err, &tgErr) && tgErr.Code == http.StatusForbidden
}
