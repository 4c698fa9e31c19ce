package console

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"sira/bot"
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
// label or number, "/lieu LAT LON") and the checks on the answer: plain
// substrings of what the person is shown (the replies' text without
// markup, notices, button labels). An expected fact is found in any case
// (a check "missabougou" finds "CFP Missabougou"); a forbidden one only
// as written, since forbids name acronyms and headings ("OIT" is not the
// "oit" of "exploitation").
type Turn struct {
	Say string `json:"say"`
	// Lang is the language the turn is said in: "fr", "bm" (Latin Bambara)
	// or "nko" (Bambara in N'Ko script). Not a check: the checks say what a
	// reply in that language must hold or not.
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
	Check        string // "expect …", "any of …", "forbid …"
	Answer       string
}

// Play runs each conversation in a chat of its own, starting from nothing
// (first chat id: firstChat), through the same handler and input rules as
// the console, and checks every answer.
func Play(ctx context.Context, b *bot.Bot, convs []Conversation, firstChat int64) Score {
	var sc Score
	for i, c := range convs {
		s := &session{bot: b, out: io.Discard, chat: firstChat + int64(i)}
		passed := true
		for n, turn := range c.Turns {
			answer := s.answer(ctx, turn.Say)
			shown := strings.ToLower(answer)
			has := func(w string) bool { return strings.Contains(shown, strings.ToLower(w)) }
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
				check(has(w), "expect "+w)
			}
			if len(turn.ExpectAny) > 0 {
				any := false
				for _, w := range turn.ExpectAny {
					any = any || has(w)
				}
				check(any, "any of "+strings.Join(turn.ExpectAny, " | "))
			}
			for _, w := range turn.Forbid {
				check(!strings.Contains(answer, w), "forbid "+w)
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
