// Package bot is Sira's conversation: it takes an Update (a message, a
// button press, a location) and returns the Replies to send. It knows
// nothing of Telegram: the Telegram transport, the console and the tests
// all drive the same Handle.
package bot

// Kind says what an update carries.
type Kind int

// Kinds of update.
const (
	Text     Kind = iota // a text message (commands included)
	Callback             // an inline button pressed
	Location             // a shared location
	Media                // voice, audio, photo, video, sticker, document, contact…
	Other                // anything else: ignored
)

// An Update is one thing a person did, as the conversation needs it.
type Update struct {
	ChatID int64
	// Group is true in groups and supergroups, where Sira speaks only when
	// Addressed: a command, a mention of the bot, or a reply to it.
	Group     bool
	Addressed bool
	Kind      Kind
	Text      string // the message text, without the bot's @mention
	// CallbackID and Data are set for Callback updates.
	CallbackID string
	Data       string
	// Forwarded is true for a message forwarded from someone else: a
	// counsellor passing on a young person's question.
	Forwarded bool
	Lat, Lon  float64 // for Location
	// LanguageHint is the client's language_code: a weak sign (clients
	// rarely report "bm"), used only for a first message with no other sign.
	LanguageHint string
	// FirstName is the sender's first name: all a counsellor is shown.
	FirstName string
	// FromID identifies the sender (a counsellor taking a case).
	FromID int64
	// RepliedTo is the text of the bot's own message this one replies to
	// (a counsellor answering a case post), or "".
	RepliedTo string
}

// A Reply is one message to send (or, with Edit, to put in place of the
// message whose button was pressed).
type Reply struct {
	// Chat is where to send it: 0 for the chat of the update, or another
	// (the counsellors' group, a person whose case a counsellor answers).
	Chat    int64
	Text    string     // Telegram HTML
	Buttons [][]Button // inline keyboard under the message
	Menu    [][]string // reply keyboard (the main menu); nil leaves it as is
	Edit    bool
	// Notice answers a button press with a short toast; every Callback
	// update gets exactly one answer, with or without text.
	Notice string
}

// A Button is an inline button: it sends Data back, or opens URL.
type Button struct {
	Label string
	Data  string
	URL   string
}
