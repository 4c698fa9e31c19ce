package bot

import "sira/locales"

// An Intro is what a person sees of the bot before and around /start, in
// one language: a description on the empty chat's screen, a short one on
// the bot's profile, and the menu of commands in private chats.
type Intro struct {
	// Lang is the language of the people it is for; "" for everyone else
	// (French, the default).
	Lang        string
	Description string
	Short       string
	Commands    []Command
}

// A Command is a command of a menu and what it does.
type Command struct{ Name, Description string }

// Intros are the bot's introductions in each of its languages, the default
// first.
func Intros() []Intro {
	var out []Intro
	for _, lang := range locales.Languages {
		p := locales.For(lang)
		in := Intro{Lang: lang, Description: p.T("bot_description", nil), Short: p.T("bot_short_description", nil), Commands: menu(p, commands.people)}
		if lang == locales.French {
			in.Lang = ""
		}
		out = append(out, in)
	}
	return out
}

// GroupMenu is the menu of the counsellors' group, in French.
func GroupMenu() []Command { return menu(group, commands.group) }

// menu describes the words of a menu (commands.tsv), each by the locale
// message "cmd_<word>".
func menu(p locales.Printer, names []string) []Command {
	cmds := make([]Command, len(names))
	for i, n := range names {
		cmds[i] = Command{n, p.T("cmd_"+n, nil)}
	}
	return cmds
}
