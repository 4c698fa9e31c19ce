package telegram

import (
	"context"
	"sync/atomic"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// A press is the answer Telegram expects to a button press, exactly once
// and quickly, or the button keeps spinning and the query goes stale. It
// is sent outside the chat's queue: as soon as the conversation has
// handled the press (with its notice as a toast), and at the latest
// NoticeWait after it arrived, even while the chat's earlier replies are
// still going out.
type press struct {
	id       string
	answered atomic.Bool
}

// pressStale bounds the retries of an answer: a query goes stale soon.
const pressStale = 10 * time.Second

// answerPress answers p with notice unless it was answered already, and
// says whether this call answered it.
func (s *Service) answerPress(p *press, notice string) bool {
	if !p.answered.CompareAndSwap(false, true) {
		return false
	}
	params := tgbotapi.Params{"callback_query_id": p.id}
	if notice != "" {
		params["text"] = cut(notice, 200)
	}
	ctx, cancel := context.WithTimeout(s.sendCtx, pressStale)
	defer cancel()
	if _, err := s.api.call(ctx, "answerCallbackQuery", params); err != nil {
		s.log.Warn("answer callback", "err", err)
	}
	return true
}

// expectAnswer arranges the answer to a press that was just queued: the
// timer's goroutine answers it if the conversation has not by then.
func (s *Service) expectAnswer(p *press) {
	time.AfterFunc(s.cfg.NoticeWait, func() { s.answerPress(p, "") })
}

// notice answers a handled press with the conversation's notice; a notice
// that comes too late for the toast is returned, to send as a message.
func (s *Service) notice(p *press, notice string) (late string) {
	if s.answerPress(p, notice) {
		return ""
	}
	return notice
}
