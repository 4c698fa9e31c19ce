package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"sira/seeds"
	"sira/seeds/hsds"
	"sira/seeds/report"
)

func init() {
	commands["fiches"] = command{"list the fiches (--json for all fields)", runFiches}
	commands["import"] = command{"draft fiche files from a new edition of the partner report", runImport}
	commands["export"] = command{"write the fiches as Open Referral HSDS 3.0 JSON (--hsds DIR)", runExport}
}

// fichesFlag adds --fiches DIR, the folder of an edited copy of the fiches.
func fichesFlag(fs *flag.FlagSet) *string {
	return fs.String("fiches", "", "serve the fiche files of `DIR` instead of the embedded ones")
}

func newFlags(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("sira "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

// parse parses the command's flags. Help asked for (-h, --help) comes back
// as flag.ErrHelp, the usage already printed: it is not a usage error.
func parse(fs *flag.FlagSet, args []string) error {
	err := fs.Parse(args)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, flag.ErrHelp):
		return err
	}
	return fmt.Errorf("%w: %v", errUsage, err)
}

// ficheJSON is the JSON shape of `sira fiches --json`: the fiche with its
// phones and emails flattened for tools that do not want the contact list.
type ficheJSON struct {
	seeds.Fiche
	Phones []string `json:"phones"`
	Emails []string `json:"emails"`
}

func runFiches(_ context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("fiches", stderr)
	dir := fichesFlag(fs)
	asJSON := fs.Bool("json", false, "print every fiche as a JSON array")
	if err := parse(fs, args); err != nil {
		return err
	}
	fiches, err := seeds.LoadDir(*dir)
	if err != nil {
		return err
	}
	if *asJSON {
		out := make([]ficheJSON, len(fiches))
		for i, f := range fiches {
			out[i] = ficheJSON{Fiche: f, Phones: nonNil(f.Phones()), Emails: nonNil(f.Emails())}
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "REF\tNAME\tREGIONS\tNEEDS")
	for _, f := range fiches {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", f.Ref, f.Name, strings.Join(f.Regions, ","), strings.Join(f.Needs, ","))
	}
	return tw.Flush()
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func runImport(_ context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("import", stderr)
	// No default: drafts written over the curated seeds/fiches would
	// silently undo their hand corrections.
	out := fs.String("out", "", "write the draft fiche files to `DIR` (required; a new folder, not seeds/fiches)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 || *out == "" {
		return fmt.Errorf("%w: sira import --out DIR REPORT.txt", errUsage)
	}
	text, err := os.ReadFile(fs.Arg(0))
	if err != nil {
		return err
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	fiches := report.Import(string(text))
	for _, f := range fiches {
		path := filepath.Join(*out, report.FileName(f))
		note := fmt.Sprintf("Fiche %s, drafted by `sira import` from the %s partner report.\nRead it against the report and correct by hand; say what you corrected here.", f.Ref, report.Edition)
		if err := os.WriteFile(path, report.Encode(f, note), 0o644); err != nil {
			return err
		}
	}
	fmt.Fprintf(stdout, "wrote %d fiches to %s\n", len(fiches), *out)
	return nil
}

func runExport(_ context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("export", stderr)
	dir := fichesFlag(fs)
	out := fs.String("hsds", "", "write HSDS 3.0 JSON files to `DIR`")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *out == "" {
		return fmt.Errorf("%w: sira export --hsds DIR", errUsage)
	}
	fiches, err := seeds.LoadDir(*dir)
	if err != nil {
		return err
	}
	n, err := hsds.Write(*out, fiches)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %d organizations to %s\n", n, *out)
	return nil
}
