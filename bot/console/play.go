package console

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"sira/bot"
	"sira/fold"
)

// A Conversation is a written exchange with Sira: what a person says, turn
// by turn, and what each answer must and must not hold. Files hold one
// JSON object per line.
type Conversation struct {
	ID    string `json:"id"`
	Note  string `json:"note"`
	Turns []Turn `json:"turns"`
}

// A Turn is one thing said (typed as in the console: a message, a button's
// label or number, "/lieu LAT LON") and the checks on the answer. Checks
// compare folded text (no case, no accents, no-break spaces as spaces), so
// "Ségou" meets "segou".
type Turn struct {
	Say string `json:"say"`
	// Lang is the language the answer must be in: "fr", "bm" (Latin
	// Bambara) or "nko" (Bambara in N'Ko script); "" checks nothing.
	Lang      string   `json:"lang"`
	ExpectAll []string `json:"expect_all"` // each must appear
	ExpectAny []string `json:"expect_any"` // one of them must appear (one check)
	Forbid    []string `json:"forbid"`     // none may appear (one check each)
}

// ReadConversations reads a conversations file (JSON lines; blank lines
// and lines starting with # are skipped).
func ReadConversations(r io.Reader) ([]Conversation, error) {
	var out []Conversation
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<22)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var c Conversation
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		out = append(out, c)
	}
	return out, sc.Err()
}

// A Score counts what a conversations file passed.
type Score struct {
	Conversations, ConversationsPassed int
	Turns, TurnsPassed                 int
	Checks, ChecksPassed               int
	Failures                           []Failure
}

// A Failure is one check a turn failed, with the answer it was made on.
type Failure struct {
	Conversation string
	Turn         int // from 1
	Say          string
	Check        string // "expect …", "any of …", "forbid …", "lang …"
	Answer       string
}

// LanguageCheck says whether an answer is in lang ("fr", "bm", "nko"):
// given by the caller, who knows what marks each language.
type LanguageCheck func(answer, lang string) bool

// Play runs each conversation in a chat of its own, starting from nothing
// (first chat id: firstChat), through the same handler and input rules as
// the console, and checks every answer.
func Play(ctx context.Context, b *bot.Bot, convs []Conversation, firstChat int64, inLang LanguageCheck) Score {
	var sc Score
	for i, c := range convs {
		s := &session{bot: b, out: io.Discard, chat: firstChat + int64(i)}
		passed := true
		for n, turn := range c.Turns {
			answer := s.answer(ctx, turn.Say)
			folded := key(answer)
			fails := 0
			check := func(ok bool, what string) {
				sc.Checks++
				if ok {
					sc.ChecksPassed++
					return
				}
				fails++
				sc.Failures = append(sc.Failures, Failure{Conversation: c.ID, Turn: n + 1, Say: turn.Say, Check: what, Answer: answer})
			}
			for _, w := range turn.ExpectAll {
				check(strings.Contains(folded, key(w)), "expect "+w)
			}
			if len(turn.ExpectAny) > 0 {
				any := false
				for _, w := range turn.ExpectAny {
					any = any || strings.Contains(folded, key(w))
				}
				check(any, "any of "+strings.Join(turn.ExpectAny, " | "))
			}
			for _, w := range turn.Forbid {
				check(!strings.Contains(folded, key(w)), "forbid "+w)
			}
			if turn.Lang != "" && inLang != nil {
				check(inLang(answer, turn.Lang), "lang "+turn.Lang)
			}
			sc.Turns++
			if fails == 0 {
				sc.TurnsPassed++
			} else {
				passed = false
			}
		}
		sc.Conversations++
		if passed {
			sc.ConversationsPassed++
		}
	}
	return sc
}

// key is the form checks compare: folded, and with no-break spaces read as
// spaces ("200 000 FCFA").
func key(s string) string {
	return strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(fold.String(s))
}

// answer sends what was said and returns everything the person is shown:
// the replies' text, notices and button labels.
func (s *session) answer(ctx context.Context, say string) string {
	var shown strings.Builder
	s.out = &shown
	s.send(ctx, s.update(say)) // the console's writer never fails here
	return shown.String()
}

// String is the score in one line.
func (sc Score) String() string {
	return fmt.Sprintf("conversations %d/%d, turns %d/%d (%.0f %%), checks %d/%d (%.0f %%)",
		sc.ConversationsPassed, sc.Conversations, sc.TurnsPassed, sc.Turns, pct(sc.TurnsPassed, sc.Turns),
		sc.ChecksPassed, sc.Checks, pct(sc.ChecksPassed, sc.Checks))
}

func pct(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return 100 * float64(n) / float64(d)
}
