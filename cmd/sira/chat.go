package main

import (
	"context"
	"fmt"
	"io"

	"sira/bot"
	"sira/bot/console"
	"sira/bot/store"
	"sira/bot/telegram"
)

func init() {
	commands["chat"] = command{"talk with Sira in this terminal (no token, no network)", runChat}
}

func runChat(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("chat", stderr)
	src := indexFlags(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	b, closeBot, err := consoleBot(src)
	if err != nil {
		return err
	}
	defer closeBot()
	fmt.Fprintln(stdout, "Sira — écrivez votre question (Ctrl-D pour quitter). Tapez un numéro pour choisir. /lieu LAT LON partage une position.")
	// A signal (Ctrl-C, the terminal closing, kill) ends the session as
	// Ctrl-D does, removing the store, though the console still waits on
	// the terminal for a line.
	done := make(chan error, 1)
	go func() {
		done <- console.Run(ctx, b, stdin, stdout)
	}()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		return nil
	}
}

// consoleBot is the conversation the console drives, over the fiches and
// language files of src and a temporary store that closeBot removes: the
// console keeps nothing.
func consoleBot(src sources) (b *bot.Bot, closeBot func(), err error) {
	ix, err := openIndex(src)
	if err != nil {
		return nil, nil, err
	}
	st, err := store.OpenTemp()
	if err != nil {
		ix.Close()
		return nil, nil, err
	}
	return bot.New(ix, st, bot.Options{Address: telegram.Address("SiraBot"), NoCounsellors: console.NoCounsellors}), func() { st.Close(); ix.Close() }, nil
}
