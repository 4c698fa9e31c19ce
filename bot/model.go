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
	Member               // the bot's own membership of the chat changed
	Moved                // the group became a supergroup, with a new id
	Other                // anything else: ignored
)

// Kinds of media, as Update.Media names them.
const (
	Voice       = "voice"
	Audio       = "audio"
	Photo       = "photo"
	Video       = "video"
	VideoNote   = "video_note"
	Document    = "document"
	Animation   = "animation"
	Sticker     = "sticker"
	ContactCard = "contact"
)

// Room says where an update comes from: a person alone with Sira, or a
// group (or supergroup), where Sira speaks only when spoken to.
type Room int

// Rooms of an update.
const (
	Private   Room = iota // a person alone with Sira
	Addressed             // a group, and the update speaks to Sira: a command, a mention of it, a reply to it, its button
	Overheard             // a group, and people talk among themselves: Sira keeps quiet
)

// Group says whether the room is a group.
func (r Room) Group() bool { return r != Private }

// Origin says whose words a message is, and whether they are new.
type Origin int

// Origins of a message.
const (
	Typed     Origin = iota // the sender's own new message
	Edited                  // a message the sender changed: its new text
	Forwarded               // someone else's message passed on: a counsellor passing on a young person's question
)

// An Update is one thing a person did, as the conversation needs it.
type Update struct {
	ChatID int64
	// MessageID is the message's id in its chat (for a Callback, the
	// message whose button was pressed): what a copy of it names.
	MessageID int
	Room      Room
	Kind      Kind
	Origin    Origin // for a message: the sender's own, edited, forwarded
	Text      string // the message text, without the bot's @mention; a caption for Media
	Media     string // for Media: Voice, Photo…
	// CallbackID and Data are set for Callback updates.
	CallbackID string
	Data       string
	Lat, Lon   float64 // for Location
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
	// Status is, for Member, the bot's new status in the chat: "member",
	// "administrator", "left", "kicked" ("kicked" in a private chat: the
	// person blocked the bot); Gone says it can no longer write there.
	Status string
	Gone   bool
	// MovedTo is, for Moved, the group's new id (ChatID is its old one).
	MovedTo int64
}

// A Reply is one message to send (or, with Edit, to put in place of the
// message whose button was pressed).
type Reply struct {
	// Chat is where a Sender delivers it (the counsellors' group, a
	// person whose case a counsellor answers); the replies Handle returns
	// go to the update's chat.
	Chat    int64
	Text    string     // Telegram HTML
	Buttons [][]Button // inline keyboard under the message
	Menu    *Menu      // reply keyboard (the main menu); nil leaves it as is
	Edit    bool
	// EditID names the message Edit replaces when it is not the one whose
	// button was pressed (a case post, edited when the case closes).
	EditID int
	// Copy, when set, sends a copy of that message (a voice note, a
	// photo…) instead of a text; Text is then its caption.
	Copy *Copy
	// Contact, when set, sends a contact card: one tap to call or save.
	Contact *Contact
	// Notice answers a button press with a short toast; every Callback
	// update gets exactly one answer, with or without text.
	Notice string
}

// Copy names a message to copy: media crossing the hand-off.
type Copy struct {
	From    int64 // its chat
	Message int
}

// A Contact is a phone number with a name, sent as a card.
type Contact struct {
	Phone string // E.164
	Name  string
}

// A Button is an inline button: it sends Data back, or opens URL.
type Button struct {
	Label string
	Data  string
	URL   string
}

// A Menu is the keyboard under the typing field: rows of keys that send
// their label as text, and a hint shown in the empty field.
type Menu struct {
	Rows        [][]Key
	Placeholder string
}

// A Key is a menu key; SendsLocation asks the phone to share where the
// person is instead of sending the label.
type Key struct {
	Label         string
	SendsLocation bool
}
