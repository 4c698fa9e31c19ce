package bot

import (
	"context"
	"errors"
	"fmt"
)

// A Sender delivers a message now, outside the replies to an update, and
// says whether it arrived: the hand-off tells a person "c'est transmis"
// only once the counsellors' group has their message. The Telegram
// transport is one; the console has none, and hand-off is then off.
type Sender interface {
	// Send delivers r to r.Chat and returns the id of the message sent.
	Send(ctx context.Context, r Reply) (messageID int, err error)
	// Reach checks that the bot can write to a chat.
	Reach(ctx context.Context, chat int64) error
}

// ErrUnreachable says a chat cannot be written to: the person blocked the
// bot, or the group removed it.
var ErrUnreachable = errors.New("chat unreachable")

// A MovedError says a group became a supergroup, with a new id.
type MovedError struct{ To int64 }

func (e *MovedError) Error() string { return fmt.Sprintf("group moved to chat %d", e.To) }
