package seeds

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/BurntSushi/toml"
)

//go:embed fiches/*.toml fiches/trades.tsv
var embedded embed.FS

// Embedded returns the fiches shipped with the binary.
func Embedded() fs.FS {
	sub, err := fs.Sub(embedded, "fiches")
	if err != nil {
		panic(err) // the embed pattern guarantees the folder
	}
	return sub
}

// LoadDir loads the fiches of a folder on disk (an edited copy), or the
// embedded ones when dir is empty.
func LoadDir(dir string) ([]Fiche, error) {
	if dir == "" {
		return Load(Embedded())
	}
	return Load(os.DirFS(dir))
}

// Load reads every *.toml file at the root of fsys, validates each fiche and
// the set as a whole, names the trades in Bambara from tradesFile when fsys
// has one, and returns the fiches sorted by ref. Any problem is an error
// naming the file and field (or line): a fiche is never dropped silently.
func Load(fsys fs.FS) ([]Fiche, error) {
	names, err := fs.Glob(fsys, "*.toml")
	if err != nil {
		return nil, fmt.Errorf("seeds: list fiches: %w", err)
	}
	if len(names) == 0 {
		return nil, errors.New("seeds: no fiche files (*.toml) found")
	}
	var (
		fiches []Fiche
		errs   []error
	)
	loaded, failed := loadFiles(fsys, names)
	for i := range names {
		if failed[i] != nil {
			errs = append(errs, failed[i])
			continue
		}
		fiches = append(fiches, loaded[i])
	}
	errs = append(errs, checkUnique(fiches)...)
	trades, terrs := readTrades(fsys)
	unnamed := nameTrades(fiches, trades)
	if len(errs) == 0 { // with a fiche missing, its trades would look unknown
		errs = append(errs, unnamed...)
	}
	errs = append(errs, terrs...)
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	sort.Slice(fiches, func(i, j int) bool { return refLess(fiches[i].Ref, fiches[j].Ref) })
	return fiches, nil
}

// loadFiles decodes and validates the files named, one a core at a time:
// decoding the TOML is most of start-up's time outside the index
// (docs/benchmarks.md), and the files are apart. Each file's fiche and
// error are at its name's place. fsys is read from several goroutines (as
// embed.FS, os.DirFS and fstest.MapFS allow).
func loadFiles(fsys fs.FS, names []string) ([]Fiche, []error) {
	loaded, failed := make([]Fiche, len(names)), make([]error, len(names))
	var (
		next atomic.Int64 // the next file to take
		wg   sync.WaitGroup
	)
	for range min(runtime.GOMAXPROCS(0), len(names)) {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < len(names); i = int(next.Add(1) - 1) {
				loaded[i], failed[i] = loadFile(fsys, names[i])
			}
		})
	}
	wg.Wait()
	return loaded, failed
}

func loadFile(fsys fs.FS, name string) (Fiche, error) {
	var f Fiche
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return f, fmt.Errorf("%s: %w", name, err)
	}
	md, err := toml.Decode(string(data), &f)
	if err != nil {
		return f, fmt.Errorf("%s: %w", name, err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		return f, fmt.Errorf("%s: unknown field %q", name, und[0].String())
	}
	f.File = path.Base(name)
	if err := f.Validate(); err != nil {
		return f, err
	}
	return f, nil
}

var (
	refPattern   = regexp.MustCompile(`^(P|A|R)\d{2}$`)
	slugPattern  = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	phonePattern = regexp.MustCompile(`^\+[1-9]\d{7,14}$`)
	emailPattern = regexp.MustCompile(`^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$`)
	datePattern  = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`) // a year alone when the page gives no month
	yearPattern  = regexp.MustCompile(`^\d{4}(-\d{2})?$`)
)

// maxSummaryBm is the longest Bambara summary allowed, in characters: one or
// two short sentences.
const maxSummaryBm = 300

// MaxSummary is the longest summary allowed, in characters: it is the line a
// person reads on a phone before deciding to open the fiche.
const MaxSummary = 200

// Validate checks one fiche. Errors read "file: field: problem".
func (f *Fiche) Validate() error {
	var errs []error
	bad := func(field, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s: %s: %s", f.File, field, fmt.Sprintf(format, args...)))
	}
	if !refPattern.MatchString(f.Ref) {
		bad("ref", "%q is not P01…, A01… or R01…", f.Ref)
	}
	if !slugPattern.MatchString(f.Slug) {
		bad("slug", "%q must be lower-case ASCII words joined by '-'", f.Slug)
	}
	if strings.TrimSpace(f.Name) == "" {
		bad("name", "missing")
	}
	if !slices.Contains(Kinds, f.Kind) {
		bad("kind", "unknown kind %q (one of %s)", f.Kind, strings.Join(Kinds, ", "))
	}
	if len(f.Needs) == 0 {
		bad("needs", "missing: at least one of %s", strings.Join(Needs, ", "))
	}
	for _, n := range f.Needs {
		if !slices.Contains(Needs, n) {
			bad("needs", "unknown need %q", n)
		}
	}
	if len(f.Trades) > 0 && !f.HasNeed(NeedTraining) {
		bad("needs", "%s missing: it lists trades it teaches", NeedTraining)
	}
	if len(f.Regions) == 0 {
		bad("regions", "missing")
	}
	for _, r := range f.Regions {
		if _, ok := Regions[r]; !ok {
			bad("regions", "unknown region %q", r)
		}
	}
	for _, c := range f.TradesIn {
		if !slices.Contains(f.Cities, c) {
			bad("trades_in", "%q is not one of its cities", c)
		}
	}
	if n := len([]rune(f.Summary)); n == 0 || n > MaxSummary {
		bad("summary", "must be 1 to %d characters, has %d", MaxSummary, n)
	}
	for i, c := range f.Contacts {
		for _, p := range c.Phones {
			if !phonePattern.MatchString(p) {
				bad(fmt.Sprintf("contacts[%d].phones", i), "%q is not E.164 (+22363157238)", p)
			}
		}
		for _, e := range c.Emails {
			if !emailPattern.MatchString(e) {
				bad(fmt.Sprintf("contacts[%d].emails", i), "%q is not an email address", e)
			}
		}
	}
	if strings.TrimSpace(f.Text) == "" {
		bad("text", "missing")
	}
	if !slices.Contains(statuses, f.Status) {
		bad("status", "unknown status %q (one of %s)", f.Status, strings.Join(statuses, ", "))
	}
	switch {
	case f.Status == StatusEnded && !yearPattern.MatchString(f.Ended):
		bad("ended", "an ended project needs the year it stopped (2021 or 2021-06), has %q", f.Ended)
	case f.Status != StatusEnded && f.Ended != "":
		bad("ended", "only an ended project has an end year (status is %q)", f.Status)
	}
	for _, n := range f.AidEnded {
		if !slices.Contains(f.Needs, n) {
			bad("aid_ended", "%q is not one of the fiche's needs", n)
		}
	}
	if len(f.AidEnded) > 0 && strings.TrimSpace(f.Note) == "" {
		bad("note", "an aid ended needs the project it belonged to")
	}
	if f.Status == StatusPlanned && strings.TrimSpace(f.Note) == "" {
		bad("note", "a planned centre needs what the report said of its opening")
	}
	if !slices.Contains(audiences, f.Audience) {
		bad("audience", "unknown audience %q (one of %s)", f.Audience, strings.Join(audiences, ", "))
	}
	switch n := len([]rune(strings.TrimSpace(f.SummaryBm))); {
	case n == 0:
		bad("summary_bm", "missing: one or two sentences in Bambara")
	case n > maxSummaryBm:
		bad("summary_bm", "must be at most %d characters, has %d", maxSummaryBm, n)
	}
	for _, l := range []struct {
		field string
		list  []string
	}{{"conditions", f.Conditions}, {"documents", f.Documents}} {
		for i, s := range l.list {
			if strings.TrimSpace(s) == "" {
				bad(fmt.Sprintf("%s[%d]", l.field, i), "empty")
			}
		}
	}
	var named []int // the sums the text names, read only when there are items to check
	if len(f.Costs.Items) > 0 {
		named = Amounts(f.Text + "\n" + f.Costs.Text)
	}
	for i, c := range f.Costs.Items {
		field := fmt.Sprintf("costs.items[%d]", i)
		if strings.TrimSpace(c.What) == "" {
			bad(field+".what", "missing: say what is paid for")
		}
		if c.Per != "" && !slices.Contains(Periods, c.Per) {
			bad(field+".per", "unknown period %q (one of %s, or none when the report gives none)", c.Per, strings.Join(Periods, ", "))
		}
		if c.Min <= 0 {
			bad(field+".min", "missing: the amount in FCFA")
		}
		if c.Max != 0 && c.Max <= c.Min {
			bad(field+".max", "%d is not above min %d (omit max for a single amount)", c.Max, c.Min)
		}
		for _, n := range []int{c.Min, c.Max} {
			if n > 0 && !slices.Contains(named, n) {
				bad(field, "%d FCFA is not an amount the fiche's text names", n)
			}
		}
	}
	if !datePattern.MatchString(f.Checked) {
		bad("checked", "%q is not a date (2022-12, or 2021 when the source gives only the year)", f.Checked)
	}
	return errors.Join(errs...)
}

func checkUnique(fiches []Fiche) []error {
	var errs []error
	refs := map[string]string{}
	slugs := map[string]string{}
	for _, f := range fiches {
		if prev, ok := refs[f.Ref]; ok {
			errs = append(errs, fmt.Errorf("%s: ref: duplicate %q (also in %s)", f.File, f.Ref, prev))
		}
		refs[f.Ref] = f.File
		if prev, ok := slugs[f.Slug]; ok {
			errs = append(errs, fmt.Errorf("%s: slug: duplicate %q (also in %s)", f.File, f.Slug, prev))
		}
		slugs[f.Slug] = f.File
	}
	return errs
}

// refLess orders partner fiches before actors before projects, then by number.
func refLess(a, b string) bool {
	pa, pb := strings.IndexByte("PAR", a[0]), strings.IndexByte("PAR", b[0])
	if pa != pb {
		return pa < pb
	}
	return a < b
}
