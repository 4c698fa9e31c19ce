package main

import (
	"context"
	"fmt"
	"io"

	"sira/bot"
	"sira/bot/console"
	"sira/store"
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
	ix, err := openIndex(src)
	if err != nil {
		return err
	}
	defer ix.Close()
	st, err := store.OpenTemp() // removed on exit: the console keeps nothing
	if err != nil {
		return err
	}
	defer st.Close()
	fmt.Fprintln(stdout, "Sira — écrivez votre question (Ctrl-D pour quitter). Tapez un numéro pour choisir. /lieu LAT LON partage une position.")
	// A signal (Ctrl-C, the terminal closing, kill) ends the session as
	// Ctrl-D does, removing the store, though the console still waits on
	// the terminal for a line.
	done := make(chan error, 1)
	go func() {
		done <- console.Run(ctx, bot.New(ix, st, bot.Options{Username: "SiraBot", Console: true}), stdin, stdout)
	}()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		return nil
	}
}
