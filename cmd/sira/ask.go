package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"sira/index"
	"sira/index/eval"
	"sira/index/understand"
	"sira/locales"
	"sira/seeds"
)

func init() {
	commands["ask"] = command{"answer questions from the fiches (--json: one JSON line each)", runAsk}
	commands["eval"] = command{"measure search quality on a TSV of questions (shared/eval/dev.tsv format)", runEval}
}

// sources are where an index's fiches and language files come from: the
// embedded ones, or edited copies (--fiches DIR, --lang DIR).
type sources struct{ fiches, lang *string }

// indexFlags adds --fiches DIR and --lang DIR.
func indexFlags(fs *flag.FlagSet) sources {
	return sources{fichesFlag(fs), fs.String("lang", "", "read questions with the language files of `DIR` (fr/, bm/) instead of the embedded ones")}
}

func openIndex(src sources) (*index.Index, error) {
	if *src.lang == "" {
		// The shipped language files are read and checked once a process
		// (index.New takes them then): on another core while the fiches load.
		go understand.ShippedLang()
	}
	fiches, err := seeds.LoadDir(*src.fiches)
	if err != nil {
		return nil, err
	}
	if *src.lang == "" {
		return index.New(fiches)
	}
	d, err := index.LoadLang(os.DirFS(*src.lang))
	if err != nil {
		return nil, err
	}
	return index.NewWith(fiches, d)
}

// askJSON is one line of `sira ask --json`.
type askJSON struct {
	Question string       `json:"question"`
	Lang     string       `json:"lang"`
	Need     string       `json:"need"`
	Place    string       `json:"place"`
	Asked    string       `json:"asked"`
	NoMatch  bool         `json:"no_match"`
	Results  []resultJSON `json:"results"`
}

type resultJSON struct {
	Ref   string   `json:"ref"`
	Slug  string   `json:"slug"`
	Name  string   `json:"name"`
	Score float64  `json:"score"`
	Why   []string `json:"why"`
}

func runAsk(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("ask", stderr)
	src := indexFlags(fs)
	asJSON := fs.Bool("json", false, "one JSON object per line, in input order")
	if err := parse(fs, args); err != nil {
		return err
	}
	questions := fs.Args()
	if len(questions) == 0 {
		if !*asJSON {
			return fmt.Errorf("%w: sira ask \"question\" (or --json with questions on stdin)", errUsage)
		}
		var err error
		if questions, err = readLines(stdin); err != nil {
			return err
		}
	}
	ix, err := openIndex(src)
	if err != nil {
		return err
	}
	defer ix.Close()
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	for _, q := range questions {
		a, err := ix.Ask(ctx, q, 3)
		if err != nil {
			return err
		}
		if *asJSON {
			if err := enc.Encode(toJSON(q, a)); err != nil {
				return err
			}
			continue
		}
		printAnswer(out, a)
	}
	return nil
}

// readLines reads one question per line; a line of any length is kept (and
// cut later), so that a huge line still gets its answer line.
func readLines(r io.Reader) ([]string, error) {
	var out []string
	br := bufio.NewReader(r)
	for {
		line, err := br.ReadString('\n')
		if line != "" || err == nil {
			out = append(out, strings.TrimRight(line, "\r\n"))
		}
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
	}
}

func toJSON(question string, a index.Answer) askJSON {
	j := askJSON{Question: question, Lang: a.Lang, Need: a.Need, Asked: a.Asked, NoMatch: a.Fit != index.Fits, Results: []resultJSON{}}
	if j.Lang == "" {
		j.Lang = index.French
	}
	if a.Place != nil {
		j.Place = a.Place.Name
	}
	for _, r := range a.Results {
		j.Results = append(j.Results, resultJSON{Ref: r.Fiche.Ref, Slug: r.Fiche.Slug, Name: r.Fiche.Name, Score: r.Score, Why: why(r.Why)})
	}
	return j
}

func printAnswer(w io.Writer, a index.Answer) {
	fmt.Fprintf(w, "« %s »  [langue %s, besoin %s, lieu %s, demande %s]\n", a.Text, orDash(a.Lang), orDash(a.Need), placeName(a), orDash(a.Asked))
	if len(a.Terms) > 0 {
		fmt.Fprintf(w, "   lu : %s\n", terms(a.Terms))
	}
	switch {
	case a.Fit != index.Fits && len(a.Results) > 0:
		fmt.Fprintln(w, "Aucune fiche ne répond vraiment. Fiches les plus proches :")
	case a.Fit != index.Fits:
		fmt.Fprintln(w, "Aucune fiche ne répond.")
	}
	for i, r := range a.Results {
		fmt.Fprintf(w, "%d. %s (%s) — %s\n   %s\n   pourquoi : %s\n", i+1, r.Fiche.Name, r.Fiche.Ref, where(r.Fiche), r.Fiche.Summary, strings.Join(why(r.Why), " ; "))
	}
	fmt.Fprintln(w)
}

// why words what made a fiche match (messages why_*, in French).
func why(rs []index.Reason) []string {
	if rs == nil {
		return nil
	}
	p := locales.For(locales.French)
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = p.T("why_"+string(r.Match), map[string]any{"Words": strings.Join(r.Words, ", ")})
	}
	return out
}

// terms says how the question's words were read: each term's role and
// variants, the thing asked marked ("topic* soudure; who Libye").
func terms(ts []understand.Term) string {
	parts := make([]string, len(ts))
	for i, t := range ts {
		head := ""
		if t.Head {
			head = "*" // the thing asked
		}
		parts[i] = t.Role.String() + head + " " + strings.Join(t.Variants, "|")
	}
	return strings.Join(parts, "; ")
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// where names a fiche's towns, or its regions when it names no town.
func where(f *seeds.Fiche) string {
	if len(f.Cities) > 0 {
		return strings.Join(f.Cities, ", ")
	}
	var names []string
	for _, r := range f.Regions {
		names = append(names, seeds.Regions[r])
	}
	return strings.Join(names, ", ")
}

func placeName(a index.Answer) string {
	if a.Place == nil {
		return "-"
	}
	return a.Place.Name
}

func runEval(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("eval", stderr)
	src := indexFlags(fs)
	verbose := fs.Bool("v", false, "list the questions that failed")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("%w: sira eval FILE.tsv", errUsage)
	}
	cases, err := eval.ReadFile(fs.Arg(0))
	if err != nil {
		return err
	}
	ix, err := openIndex(src)
	if err != nil {
		return err
	}
	defer ix.Close()
	rep, err := index.Evaluate(ctx, ix, cases)
	if err != nil {
		return err
	}
	rep.Write(stdout)
	if *verbose {
		fmt.Fprintln(stdout, "\nfailing:")
		for _, l := range rep.Failing {
			fmt.Fprintln(stdout, l)
		}
	}
	return nil
}
