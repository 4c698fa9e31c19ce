package bot

import (
	_ "embed"
	"errors"
	"fmt"
	"regexp"
	"slices"

	"sira/index/tsv"
	"sira/seeds"
)

// commands.tsv holds the words typed after "/" and what each does; the
// menus of commands are read from it too.
//
//go:embed commands.tsv
var commandsTSV string

// What a command does, besides browsing a need (seeds.Needs).
const (
	doStart      = "start"
	doHelp       = "help"
	doLanguage   = "language"
	doRegion     = "region"
	doCounsellor = "counsellor"
	doLeave      = "leave"
	doStats      = "stats" // the counsellors' group
	doClose      = "close" // the counsellors' group
)

// The menus a command word may be shown in.
const (
	menuPeople = "people"
	menuGroup  = "group"
	menuNone   = "-"
)

// commandSet is commands.tsv read: what each word does, and the menus.
type commandSet struct {
	does          map[string]string
	people, group []string // the words of each menu, in order
}

// commandWord is what Telegram allows as a command.
var commandWord = regexp.MustCompile(`^[a-z0-9_]{1,32}$`)

// readCommands reads a commands file: a word Telegram would not take, a
// word twice, or an unknown action or menu is an error naming the line.
func readCommands(data string) (commandSet, error) {
	rows, errs := tsv.Read(data, "word", "does", "menu")
	set := commandSet{does: map[string]string{}}
	known := append([]string{doStart, doHelp, doLanguage, doRegion, doCounsellor, doLeave, doStats, doClose}, seeds.Needs...)
	line := tsv.Seen{}
	for _, r := range rows {
		word, does, menu := r.Cols[0], r.Cols[1], r.Cols[2]
		twice := line.Twice(r, word, word)
		switch {
		case !commandWord.MatchString(word):
			errs = append(errs, fmt.Errorf("line %d: %q is not a command Telegram takes (a-z, 0-9, _)", r.Line, word))
		case twice != nil:
			errs = append(errs, twice)
		case !slices.Contains(known, does):
			errs = append(errs, fmt.Errorf("line %d: unknown action %q", r.Line, does))
		case menu == menuPeople:
			set.people = append(set.people, word)
		case menu == menuGroup:
			set.group = append(set.group, word)
		case menu != menuNone:
			errs = append(errs, fmt.Errorf("line %d: unknown menu %q (%s, %s or %s)", r.Line, menu, menuPeople, menuGroup, menuNone))
		}
		set.does[word] = does
	}
	if len(errs) > 0 {
		return commandSet{}, fmt.Errorf("bot: commands.tsv: %w", errors.Join(errs...))
	}
	return set, nil
}

var commands = func() commandSet {
	c, err := readCommands(commandsTSV)
	if err != nil {
		panic(err) // embedded, checked by tests
	}
	return c
}()
