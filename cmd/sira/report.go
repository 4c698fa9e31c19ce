package main

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"sira/bot/store"
	"sira/bot/store/remote"
)

func init() {
	commands["report"] = command{"unmet-needs report as CSV (--since 30d), from the bot's store, even while the bot runs", runReport}
}

// parseSince reads "30d", "12h", "2w".
func parseSince(s string) (time.Duration, error) {
	if n, ok := strings.CutSuffix(s, "d"); ok {
		days, err := strconv.Atoi(n)
		return time.Duration(days) * 24 * time.Hour, err
	}
	if n, ok := strings.CutSuffix(s, "w"); ok {
		weeks, err := strconv.Atoi(n)
		return time.Duration(weeks) * 7 * 24 * time.Hour, err
	}
	return time.ParseDuration(s)
}

func runReport(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("report", stderr)
	since := fs.String("since", "30d", "the period, back from now: `30d`, 2w, 12h")
	data := dataFlag(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	d, err := parseSince(*since)
	if err != nil || d <= 0 {
		return fmt.Errorf("%w: --since %q: want a period like 30d", errUsage, *since)
	}
	var totals []store.Total
	from := time.Now().Add(-d)
	err = withStore(dataDir(*data),
		func(st *store.Bolt) (err error) { totals, err = st.Totals(ctx, from); return err },
		func(c *remote.Client) (err error) { totals, err = c.Totals(ctx, from); return err })
	if err != nil {
		return err
	}
	return writeReport(stdout, totals)
}

// writeReport writes section,key,count rows: questions per need and
// region, themes with no fiche, fiches shown, poster sources, and cases
// opened, taken, closed with their mean answer time.
func writeReport(w io.Writer, totals []store.Total) error {
	out := csv.NewWriter(w)
	out.Write([]string{"section", "key", "count"})
	var answered, minutes int
	for _, t := range totals {
		section, key, _ := strings.Cut(t.Key, "/")
		switch t.Key {
		case "cases/answered":
			answered = t.Count
		case "cases/answer_minutes":
			minutes = t.Count
			continue
		}
		out.Write([]string{section, key, strconv.Itoa(t.Count)})
	}
	if answered > 0 {
		out.Write([]string{"cases", "mean_answer_minutes", strconv.Itoa(minutes / answered)})
	}
	out.Flush()
	return out.Error()
}
