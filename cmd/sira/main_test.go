package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sira/bot"
	"sira/index/lang"
)

// sira runs the command in-process and returns its output and exit code.
func sira(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

func TestFichesJSON(t *testing.T) {
	out, errs, code := sira(t, "", "fiches", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var fiches []map[string]any
	if err := json.Unmarshal([]byte(out), &fiches); err != nil {
		t.Fatal(err)
	}
	if len(fiches) != 52 {
		t.Fatalf("%d fiches, want 52", len(fiches))
	}
	want := map[string]bool{}
	for i := 1; i <= 37; i++ {
		want[fmt.Sprintf("P%02d", i)] = true
	}
	for i := 1; i <= 11; i++ {
		want[fmt.Sprintf("A%02d", i)] = true
	}
	for i := 1; i <= 4; i++ {
		want[fmt.Sprintf("R%02d", i)] = true
	}
	for _, f := range fiches {
		for _, k := range []string{"ref", "slug", "name", "regions", "cities", "needs", "phones", "emails", "summary", "text"} {
			if _, ok := f[k]; !ok {
				t.Errorf("%v: no %q", f["ref"], k)
			}
		}
		if len(f["regions"].([]any)) == 0 || len(f["needs"].([]any)) == 0 {
			t.Errorf("%v: no region or need", f["ref"])
		}
		delete(want, f["ref"].(string))
	}
	if len(want) > 0 {
		t.Errorf("refs missing: %v", want)
	}
}

// TestFichesJSONFields checks the JSON names of the fiche fields of issue
// 15 on an edited copy holding every one of them, and the facts the
// embedded fiches must show: ended projects with their year, donors as
// programmes.
func TestFichesJSONFields(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "r01-test.toml"), []byte(`
ref = "R01"
slug = "test"
name = "Projet test"
kind = "projet"
needs = ["formation"]
regions = ["bamako"]
summary = "Un projet."
summary_bm = "Kalan don."
status = "ended"
ended = "2021"
note = "Dernière cohorte en 2021."
audience = "programme"
conditions = ["Avoir plus de 15 ans."]
documents = ["acte de naissance"]
text = "Formation mécanique : 200.000 à 345.000 FCFA."
checked = "2021-06"
[[costs.items]]
what = "formation mécanique auto"
min = 200000
max = 345000
per = "formation"
[[trades]]
name = "Mécanique auto"
duration = "13 mois"
`), 0o644)
	os.WriteFile(filepath.Join(dir, "trades.tsv"), []byte("fr\tbm\tsource\nMécanique auto\tmobili dilan\tlexicon/sira.tsv:10 mobili dilan\n"), 0o644)
	out, errs, code := sira(t, "", "fiches", "--json", "--fiches", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var fiches []struct {
		Status     string   `json:"status"`
		Ended      string   `json:"ended"`
		Note       string   `json:"note"`
		Audience   string   `json:"audience"`
		SummaryBm  string   `json:"summary_bm"`
		Conditions []string `json:"conditions"`
		Documents  []string `json:"documents"`
		Costs      struct {
			Items []map[string]any `json:"items"`
		} `json:"costs"`
		Trades []map[string]string `json:"trades"`
	}
	if err := json.Unmarshal([]byte(out), &fiches); err != nil || len(fiches) != 1 {
		t.Fatalf("%d fiches, %v", len(fiches), err)
	}
	f := fiches[0]
	if f.Status != "ended" || f.Ended != "2021" || f.Note == "" || f.Audience != "programme" || f.SummaryBm != "Kalan don." ||
		len(f.Conditions) != 1 || len(f.Documents) != 1 {
		t.Errorf("fields %+v", f)
	}
	item := f.Costs.Items
	if len(item) != 1 || item[0]["what"] != "formation mécanique auto" || item[0]["min"] != 200000.0 ||
		item[0]["max"] != 345000.0 || item[0]["per"] != "formation" {
		t.Errorf("costs.items %v", item)
	}
	if len(f.Trades) != 1 || f.Trades[0]["bm"] != "mobili dilan" {
		t.Errorf("trades %v: want the Bambara name as bm", f.Trades)
	}

	out, errs, code = sira(t, "", "fiches", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var embedded []map[string]any
	if err := json.Unmarshal([]byte(out), &embedded); err != nil {
		t.Fatal(err)
	}
	for _, f := range embedded {
		ref := f["ref"].(string)
		if ref[0] == 'R' && (f["status"] != "ended" || f["ended"] == nil) {
			t.Errorf("%s: status %v, ended %v", ref, f["status"], f["ended"])
		}
		if ref[0] == 'A' && f["audience"] != "programme" {
			t.Errorf("%s: audience %v, want programme", ref, f["audience"])
		}
		for _, k := range []string{"status", "audience", "summary_bm"} {
			if _, ok := f[k]; !ok {
				t.Errorf("%s: no %q", ref, k)
			}
		}
	}
}

func TestFichesTable(t *testing.T) {
	out, _, code := sira(t, "", "fiches")
	if code != 0 || !strings.Contains(out, "P01") || !strings.Contains(out, "CFP Missabougou") {
		t.Fatalf("exit %d, output:\n%s", code, out)
	}
}

func TestFichesFromEditedCopy(t *testing.T) {
	dir := t.TempDir()
	files, _ := filepath.Glob("../../seeds/fiches/*")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, filepath.Base(f)), data, 0o644)
	}
	out, _, code := sira(t, "", "fiches", "--fiches", dir, "--json")
	if code != 0 || strings.Count(out, `"ref"`) != 52 || !strings.Contains(out, `"bm": "mobili dilan"`) {
		t.Fatalf("exit %d, %d fiches, trade names in Bambara: %v", code, strings.Count(out, `"ref"`), strings.Contains(out, `"bm"`))
	}
	// A bad edit stops with the file and field named.
	bad := filepath.Join(dir, "p01-cfp-missabougou.toml")
	data, _ := os.ReadFile(bad)
	os.WriteFile(bad, bytes.Replace(data, []byte(`regions = ["bamako"]`), []byte(`regions = ["bamakoo"]`), 1), 0o644)
	_, errs, code := sira(t, "", "fiches", "--fiches", dir)
	if code != 1 || !strings.Contains(errs, "p01-cfp-missabougou.toml: regions") {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
}

// Drafts from the report are not fiches yet: they stop on what only a
// person can write, the Bambara summary.
func TestImportedDraftsNeedBambara(t *testing.T) {
	dir := t.TempDir()
	if out, _, code := sira(t, "", "import", "--out", dir, "../../seeds/report/testdata/report-2022.txt"); code != 0 || !strings.Contains(out, "48") {
		t.Fatalf("import: exit %d, %s", code, out)
	}
	_, errs, code := sira(t, "", "fiches", "--fiches", dir)
	if code != 1 || !strings.Contains(errs, "p01-cfp-missabougou.toml: summary_bm: missing") {
		t.Fatalf("exit %d, stderr %.300q", code, errs)
	}
}

// TestLangFromEditedCopy serves an edited copy of the language files: an
// activity added there is read (an unknown word alone never refuses; a
// listed activity no fiche teaches does), and a word listed twice stops
// with the file and line named.
func TestLangFromEditedCopy(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, lang.Files); err != nil {
		t.Fatal(err)
	}
	const q = "ou apprendre le zingage a Bamako"
	askOne := func() string {
		out, errs, code := sira(t, q, "ask", "--json", "--lang", dir)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		return out
	}
	if out := askOne(); !strings.Contains(out, `"no_match":false`) {
		t.Fatalf("before the edit, %q was refused for an unknown word: %s", q, out)
	}
	file := filepath.Join(dir, "fr", "activities.tsv")
	data, _ := os.ReadFile(file)
	os.WriteFile(file, append(data, "zingage\n"...), 0o644)
	if out := askOne(); !strings.Contains(out, `"no_match":true`) {
		t.Errorf("the activity added was not read: %s", out)
	}
	os.WriteFile(file, append(data, "guitare\n"...), 0o644)
	_, errs, code := sira(t, q, "ask", "--json", "--lang", dir)
	if code != 1 || !strings.Contains(errs, "fr/activities.tsv:") || !strings.Contains(errs, `"guitare" is already at`) {
		t.Errorf("a word listed twice: exit %d, stderr %q", code, errs)
	}
}

func TestExportHSDS(t *testing.T) {
	dir := t.TempDir()
	out, errs, code := sira(t, "", "export", "--hsds", dir)
	if code != 0 || !strings.Contains(out, "52") {
		t.Fatalf("exit %d: %s %s", code, out, errs)
	}
	data, err := os.ReadFile(filepath.Join(dir, "organizations.json"))
	if err != nil {
		t.Fatal(err)
	}
	var orgs []map[string]any
	if err := json.Unmarshal(data, &orgs); err != nil || len(orgs) != 52 {
		t.Fatalf("organizations.json: %d organizations, %v", len(orgs), err)
	}
}

// TestHelp: help asked for lists the commands on stdout and succeeds.
func TestHelp(t *testing.T) {
	for _, arg := range []string{"help", "-h", "--help"} {
		if out, _, code := sira(t, "", arg); code != 0 || !strings.Contains(out, "chat ") || !strings.Contains(out, "serve ") {
			t.Errorf("sira %s: exit %d, stdout %q", arg, code, out)
		}
	}
}

// TestCommandHelp: every command's -h and --help print its flags and
// succeed, as `sira -h` does; a wrong flag stays a usage error.
func TestCommandHelp(t *testing.T) {
	for name := range commands {
		for _, arg := range []string{"-h", "--help"} {
			out, errs, code := sira(t, "", name, arg)
			if code != 0 || !strings.Contains(errs, "Usage of sira "+name) || strings.Contains(errs, "help requested") || out != "" {
				t.Errorf("sira %s %s: exit %d, stdout %q, stderr %q", name, arg, code, out, errs)
			}
		}
	}
}

// TestImportNeedsOut: without --out, import writes nothing (the curated
// seeds/fiches are never its default) and its help says --out is required.
func TestImportNeedsOut(t *testing.T) {
	if _, errs, code := sira(t, "", "import", "../../seeds/report/testdata/report-2022.txt"); code != 2 || !strings.Contains(errs, "--out DIR") {
		t.Errorf("import without --out: exit %d, %s", code, errs)
	}
	if _, errs, _ := sira(t, "", "import", "-h"); !strings.Contains(errs, "required") {
		t.Errorf("import -h does not say --out is required: %s", errs)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{{}, {"nope"}, {"export"}, {"import"}, {"fiches", "--bogus"}, {"store"}, {"store", "--bogus"}, {"store", "nope"}} {
		if _, _, code := sira(t, "", args...); code != 2 {
			t.Errorf("sira %v: exit %d, want 2", args, code)
		}
	}
}

// TestChatConsole drives `sira chat` through stdin, in French then Bambara,
// pressing numbered choices as a person would.
func TestChatConsole(t *testing.T) {
	in := strings.Join([]string{
		"ou je peux apprendre la soudure a kayes",
		"1", // details of the first result
		"n b'a fɛ ka mobili dilan dege Bamakɔ",
		"/langue",
		"2", // Bamanankan
		"/aide",
		"/lieu 12.64 -8.0",
		"/conseiller",
	}, "\n") + "\n"
	out, errs, code := sira(t, in, "chat")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{
		"Bonjour ! Je suis Sira",            // greeting, as /start
		"[1] 📚 Me former",                   // the menu as numbered choices
		"Atelier École de Kayes",            // French answer, Kayes centres
		"Contacts",                          // details after pressing 1
		"Yɔrɔ 3 minnu bɛ se ka i dɛmɛ",      // Bambara answer
		"CFP Missabougou",                   //
		"N bɛna i jaabi bamanankan na",      // language switched by button
		"walima butɔni dɔ digi",             // help now in Bambara
		"Yɔrɔ minnu ka surun i la (Bamakɔ)", // location, by its Bambara name
	} {
		if !strings.Contains(out, want) {
			t.Errorf("console output lacks %q", want)
		}
	}
	if strings.Contains(out, "<b>") {
		t.Error("console shows HTML tags")
	}
}

func TestServeWithoutToken(t *testing.T) {
	t.Setenv("TELEGRAM_BOT_TOKEN", "")
	_, errs, code := sira(t, "", "serve")
	if code != 1 || !strings.Contains(errs, "sira chat") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}

// TestServeStoppedLeavesNoSocket: a serve that stops at start-up (the Bot
// API refuses the connection) takes its store socket away with it.
func TestServeStoppedLeavesNoSocket(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close() // nothing listens there now
	dir := t.TempDir()
	t.Setenv("TELEGRAM_BOT_TOKEN", "1:x")
	t.Setenv("TELEGRAM_API_ENDPOINT", "http://"+addr+"/bot%s/%s")
	if _, errs, code := sira(t, "", "serve", "--data", dir); code != 1 || !strings.Contains(errs, "connect") {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if _, err := os.Stat(filepath.Join(dir, "sira.sock")); !os.IsNotExist(err) {
		t.Errorf("sira.sock left: %v", err)
	}
}

// delivered is a bot.Sender whose every message arrives.
type delivered struct{}

func (delivered) Send(context.Context, bot.Reply) (int, error) { return 1, nil }
func (delivered) Reach(context.Context, int64) error           { return nil }

// TestReport fills a store through a conversation, then reads the report.
func TestReport(t *testing.T) {
	dir := t.TempDir()
	b, st := storeBot(t, dir)
	ctx := context.Background()
	for _, u := range []bot.Update{
		{ChatID: 1, Kind: bot.Text, Text: "/start src_apej"},
		{ChatID: 1, Kind: bot.Text, Text: "formation soudure a Kayes"},
		{ChatID: 2, Kind: bot.Text, Text: "formation en bijouterie"},
		{ChatID: 2, Kind: bot.Text, Text: "/conseiller", FirstName: "Awa"},
		{ChatID: -1, Kind: bot.Callback, Data: "k:1", FirstName: "Fatou", FromID: 7},
		{ChatID: -1, Kind: bot.Callback, Data: "x:1", FirstName: "Fatou", FromID: 7},
	} {
		if _, err := b.Handle(ctx, u); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()
	out, errs, code := sira(t, "", "report", "--since", "30d", "--data", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{
		"section,key,count",
		"questions,formation/kayes,1",
		"no_match_theme,other,1", // bijouterie: no fiche, no lexicon row
		"fiche_shown,P0",
		"source,apej,1",
		"cases,opened,1",
		"cases,taken,1",
		"cases,closed,1",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "Awa") || strings.Contains(out, "soudure a Kayes") {
		t.Errorf("report holds personal data:\n%s", out)
	}
	if _, _, code := sira(t, "", "report", "--since", "soon", "--data", dir); code != 2 {
		t.Errorf("bad --since: exit %d", code)
	}
}

// TestCounsellorsConfig checks SIRA_COUNSELLOR_CHAT at start-up: missing
// or not a group id turns hand-off off with a message, instead of failing
// at the first case. (A group the bot cannot reach: TestGroupUnreachable in
// bot/telegram.)
func TestCounsellorsConfig(t *testing.T) {
	for _, tt := range []struct {
		env, log string
		want     int64
	}{
		{"", "is not set", 0},
		{"abc", "must be a group's id", 0},
		{"12345", "must be a group's id", 0},
		{"-100", "", -100},
	} {
		t.Setenv("SIRA_COUNSELLOR_CHAT", tt.env)
		var logs bytes.Buffer
		got := counsellors(slog.New(slog.NewTextHandler(&logs, nil)))
		if got != tt.want || !strings.Contains(logs.String(), tt.log) {
			t.Errorf("SIRA_COUNSELLOR_CHAT=%q: %d, log %q", tt.env, got, logs.String())
		}
	}
}

// TestAskJSON: one JSON line per question, in input order, even for empty,
// broken or huge input.
func TestAskJSON(t *testing.T) {
	questions := []string{
		"ou je peux apprendre la soudure a kayes",
		"",
		"n b'a fɛ ka mobili dilan dege Bamakɔ",
		"\xff\xfe",
		"cours de pilotage d'avion",
		strings.Repeat("formation ", 20000),
		"*a*a* ~ + - ^ :",
	}
	out, errs, code := sira(t, strings.Join(questions, "\n")+"\n", "ask", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if len(lines) != len(questions) {
		t.Fatalf("%d lines for %d questions", len(lines), len(questions))
	}
	type answer struct {
		Question, Lang, Need, Place, Asked string
		NoMatch                            bool `json:"no_match"`
		Results                            []struct {
			Ref, Slug, Name string
			Score           float64
			Why             []string
		}
	}
	var answers []answer
	for i, l := range lines {
		var a answer
		if err := json.Unmarshal([]byte(l), &a); err != nil {
			t.Fatalf("line %d: %v", i, err)
		}
		answers = append(answers, a)
	}
	if a := answers[0]; a.Lang != "fr" || a.Need != "formation" || a.Place != "Kayes" || a.NoMatch || len(a.Results) != 3 || a.Results[0].Slug == "" {
		t.Errorf("first answer = %+v", a)
	}
	if a := answers[2]; a.Lang != "bm" || a.Results[0].Ref != "P01" {
		t.Errorf("Bambara answer = %+v", a)
	}
	if !answers[1].NoMatch || !answers[4].NoMatch || !answers[6].NoMatch {
		t.Error("empty, off-topic or syntax-only questions not reported as no_match")
	}
	if answers[5].NoMatch || len(answers[5].Results) == 0 {
		t.Error("a 200 KB question got no answer")
	}
}

func TestEval(t *testing.T) {
	out, errs, code := sira(t, "", "eval", "-v", "../../index/testdata/dev.tsv")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"hit@1", "all ", "bm ", "fr ", "negative", "failing:"} {
		if !strings.Contains(out, want) {
			t.Errorf("eval output lacks %q:\n%s", want, out)
		}
	}
	bad := filepath.Join(t.TempDir(), "bad.tsv")
	os.WriteFile(bad, []byte("id\tlang\tquestion\trelevant\tkind\nX1\tfr\tonly three\n"), 0o644)
	if _, _, code := sira(t, "", "eval", bad); code != 1 {
		t.Errorf("malformed eval file: exit %d", code)
	}
}
