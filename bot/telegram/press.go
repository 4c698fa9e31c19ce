package telegram

import (
	"sync"
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
	id   string
	once sync.Once
}

// answerPress answers p with notice unless it was answered already, and
// says whether this call answered it.
func (s *Service) answerPress(p *press, notice string) bool {
	answered := false
	p.once.Do(func() {
		answered = true
		params := tgbotapi.Params{"callback_query_id": p.id}
		if notice != "" {
			params["text"] = cut(notice, 200)
		}
		s.side.Add(1)
		go func() {
			defer s.side.Done()
			if _, err := s.api.call(s.sendCtx, "answerCallbackQuery", params); err != nil {
				s.log.Warn("answer callback", "err", err)
			}
		}()
	})
	return answered
}

// expectAnswer arranges the answer to a press that was just queued.
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
