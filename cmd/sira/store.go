package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"sira/bot/store"
	"sira/bot/store/remote"
)

func init() {
	commands["store"] = command{"check the bot's store, or back it up, even while the bot runs (check [FILE] | backup FILE)", runStore}
}

// dataFlag adds --data DIR, the bot's state folder.
func dataFlag(fs *flag.FlagSet) *string {
	return fs.String("data", "", "the bot's data `DIR` (default $SIRA_DATA_DIR, then ./data)")
}

// dataDir is the bot's state folder: the flag, else $SIRA_DATA_DIR, else ./data.
func dataDir(flag string) string {
	if flag != "" {
		return flag
	}
	if env := os.Getenv("SIRA_DATA_DIR"); env != "" {
		return env
	}
	return filepath.Join(".", "data")
}

// withStore runs local on the folder's store, opened for reading, or,
// while `sira serve` holds it, served through that process.
func withStore(dir string, local func(*store.Bolt) error, served func(*remote.Client) error) error {
	st, err := store.OpenReader(dir)
	if errors.Is(err, store.ErrInUse) {
		if rerr := served(remote.Dial(dir)); rerr != nil {
			return fmt.Errorf("%v, and it gave no answer: %w", err, rerr)
		}
		return nil
	}
	if err != nil {
		return err
	}
	defer st.Close()
	return local(st)
}

func runStore(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("store", stderr)
	data := dataFlag(fs)
	if len(args) == 0 || strings.HasPrefix(args[0], "-") { // -h, or flags before the subcommand
		if err := parse(fs, args); err != nil {
			return err
		}
		return fmt.Errorf("%w: sira store check [--data DIR] [FILE] | sira store backup [--data DIR] FILE", errUsage)
	}
	sub := args[0]
	if err := parse(fs, args[1:]); err != nil {
		return err
	}
	dir := dataDir(*data)
	switch {
	case sub == "check" && fs.NArg() == 1:
		r, err := store.InspectFile(fs.Arg(0))
		if err != nil {
			return err
		}
		return printReport(stdout, r)
	case sub == "check" && fs.NArg() == 0:
		var r store.Report
		err := withStore(dir,
			func(st *store.Bolt) (err error) { r, err = st.Inspect(); return err },
			func(c *remote.Client) (err error) { r, err = c.Inspect(ctx); return err })
		if err != nil {
			return err
		}
		return printReport(stdout, r)
	case sub == "backup" && fs.NArg() == 1:
		path := fs.Arg(0)
		err := withStore(dir,
			func(st *store.Bolt) error { return st.Backup(path) },
			func(c *remote.Client) error { return c.Backup(ctx, path) })
		if err != nil {
			return err
		}
		r, err := store.InspectFile(path)
		if err != nil {
			return fmt.Errorf("the backup %s does not read back: %w", path, err)
		}
		fmt.Fprintf(stdout, "backup written to %s and checked: %s\n", path, summary(r))
		return nil
	}
	return fmt.Errorf("%w: sira store check [--data DIR] [FILE] | sira store backup [--data DIR] FILE", errUsage)
}

// printReport prints what a check found; problems make it fail.
func printReport(w io.Writer, r store.Report) error {
	if len(r.Problems)+len(r.Undecodable) == 0 {
		fmt.Fprintf(w, "%s is sound: %s\n", r.Path, summary(r))
		return nil
	}
	fmt.Fprintf(w, "%s: %s\n", r.Path, summary(r))
	for _, p := range r.Problems {
		fmt.Fprintln(w, "  page problem:", p)
	}
	for _, k := range r.Undecodable {
		fmt.Fprintln(w, "  cannot be decoded:", k)
	}
	return fmt.Errorf("%s has %d problems: restore a backup, or move it aside to start with an empty store", r.Path, len(r.Problems)+len(r.Undecodable))
}

func summary(r store.Report) string {
	parts := []string{
		fmt.Sprintf("%d chats", r.Chats),
		fmt.Sprintf("%d cases (%d open)", r.Cases, r.OpenCases),
		fmt.Sprintf("%d days of statistics", r.StatsDays),
		fmt.Sprintf("%d records set aside", r.Aside),
		fmt.Sprintf("%d KB", (r.Size+1023)/1024),
	}
	return strings.Join(parts, ", ")
}
