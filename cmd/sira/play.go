package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"sira/bot/console"
)

func init() {
	commands["play"] = command{"play conversations (JSON lines) through the console's handler and score the answers", runPlay}
}

func runPlay(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("play", stderr)
	src := indexFlags(fs)
	verbose := fs.Bool("v", false, "print every failed check with its answer")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("%w: sira play FILE.jsonl…", errUsage)
	}
	b, closeBot, err := consoleBot(src)
	if err != nil {
		return err
	}
	defer closeBot()
	for i, name := range fs.Args() {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		convs, err := console.ReadConversations(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		sc := console.Play(ctx, b, convs, int64(1000+i*100000)) // each file's chats its own
		fmt.Fprintf(stdout, "%s: %s\n", name, sc)
		if *verbose {
			for _, f := range sc.Failures {
				fmt.Fprintf(stdout, "\n--- %s turn %d: %q\n    failed: %s\n%s\n", f.Conversation, f.Turn, f.Say, f.Check, indent(f.Answer))
			}
		}
	}
	return nil
}

func indent(s string) string {
	return "    " + strings.ReplaceAll(strings.TrimSpace(s), "\n", "\n    ")
}
