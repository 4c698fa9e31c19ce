package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"sira/bot/store"
)

// TestMain lets a test run sira in a process of its own: with
// SIRA_TEST_ARGS set (a JSON list of arguments), the test binary is sira.
func TestMain(m *testing.M) {
	if args := os.Getenv("SIRA_TEST_ARGS"); args != "" {
		os.Args = []string{"sira"}
		if err := json.Unmarshal([]byte(args), &os.Args); err != nil {
			panic(err)
		}
		os.Args = append([]string{"sira"}, os.Args...)
		main()
		return
	}
	os.Exit(m.Run())
}

// process is sira running in a process of its own.
type process struct {
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	lines  chan string // its output, stdout and stderr, line by line
	output strings.Builder
}

func start(t *testing.T, env []string, args ...string) *process {
	t.Helper()
	a, _ := json.Marshal(args)
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(append(os.Environ(), "SIRA_TEST_ARGS="+string(a)), env...)
	p := &process{cmd: cmd, lines: make(chan string, 1000)}
	var err error
	if p.stdin, err = cmd.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = cmd.Stdout
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			p.lines <- sc.Text()
		}
		close(p.lines)
	}()
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	return p
}

// waitFor reads the process's output until a line holds want.
func (p *process) waitFor(t *testing.T, want string) {
	t.Helper()
	deadline := time.After(60 * time.Second)
	for {
		select {
		case line, ok := <-p.lines:
			if !ok {
				t.Fatalf("the process ended before %q:\n%s", want, p.output.String())
			}
			p.output.WriteString(line + "\n")
			if strings.Contains(line, want) {
				return
			}
		case <-deadline:
			t.Fatalf("no %q after a minute:\n%s", want, p.output.String())
		}
	}
}

// stop signals the process and waits, half a minute at most, for it to
// end well.
func (p *process) stop(t *testing.T, sig os.Signal) {
	t.Helper()
	p.cmd.Process.Signal(sig)
	deadline := time.After(30 * time.Second)
	for ended := false; !ended; {
		select {
		case line, ok := <-p.lines:
			p.output.WriteString(line + "\n")
			ended = !ok
		case <-deadline:
			p.cmd.Process.Kill()
			t.Fatalf("still running 30 s after %v:\n%s", sig, p.output.String())
		}
	}
	if err := p.cmd.Wait(); err != nil {
		t.Errorf("after %v: %v\n%s", sig, err, p.output.String())
	}
}

// fakeTelegram answers what serve asks at start-up, and holds getUpdates
// open, with no update, until the poller gives up or the test ends.
func fakeTelegram(t *testing.T) *httptest.Server {
	quit := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm() // read the body: a client gone is then seen
		switch {
		case strings.HasSuffix(r.URL.Path, "/getMe"):
			fmt.Fprint(w, `{"ok":true,"result":{"id":1,"is_bot":true,"first_name":"Sira","username":"SiraBot"}}`)
		case strings.HasSuffix(r.URL.Path, "/getUpdates"):
			select {
			case <-r.Context().Done():
			case <-quit:
			}
			fmt.Fprint(w, `{"ok":true,"result":[]}`)
		default:
			fmt.Fprint(w, `{"ok":true,"result":true}`)
		}
	}))
	t.Cleanup(func() { close(quit); srv.Close() })
	return srv
}

// TestReportWhileServing runs `sira serve` in a process of its own on a
// folder, then, from this one: `sira report` prints the CSV, a second
// `sira serve` stops at once saying the store is in use, `sira store check`
// and `sira store backup` work through the serving process.
func TestReportWhileServing(t *testing.T) {
	dir := t.TempDir()
	st, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	st.Count(context.Background(), "questions/formation/kayes", 3)
	st.Close()
	api := fakeTelegram(t)
	t.Setenv("TELEGRAM_BOT_TOKEN", "1:secret")
	t.Setenv("TELEGRAM_API_ENDPOINT", api.URL+"/bot%s/%s")
	t.Setenv("SIRA_COUNSELLOR_CHAT", "")
	serve := start(t, nil, "serve", "--data", dir)
	serve.waitFor(t, "sira started")

	out, errs, code := sira(t, "", "report", "--data", dir)
	if code != 0 || !strings.Contains(out, "questions,formation/kayes,3") {
		t.Errorf("report while serving: exit %d, %q, %q", code, out, errs)
	}
	begin := time.Now()
	_, errs, code = sira(t, "", "serve", "--data", dir)
	if code != 1 || !strings.Contains(errs, "the store "+filepath.Join(dir, "sira.db")+" is in use by another sira process (pid ") {
		t.Errorf("second serve: exit %d, %q", code, errs)
	}
	if d := time.Since(begin); d > 2*time.Second {
		t.Errorf("second serve stopped after %v", d)
	}
	out, errs, code = sira(t, "", "store", "check", "--data", dir)
	if code != 0 || !strings.Contains(out, "is sound") || !strings.Contains(out, "1 days of statistics") {
		t.Errorf("store check while serving: exit %d, %q, %q", code, out, errs)
	}
	backup := filepath.Join(t.TempDir(), "backup.db")
	out, errs, code = sira(t, "", "store", "backup", "--data", dir, backup)
	if code != 0 || !strings.Contains(out, "checked") {
		t.Errorf("store backup while serving: exit %d, %q, %q", code, out, errs)
	}
	if out, _, code := sira(t, "", "store", "check", backup); code != 0 || !strings.Contains(out, "is sound") {
		t.Errorf("check of the backup: exit %d, %q", code, out)
	}

	serve.stop(t, syscall.SIGTERM)
	if strings.Contains(serve.output.String(), "secret") {
		t.Error("serve's log shows the token")
	}
	// Stopped, the store is read directly.
	if out, _, code := sira(t, "", "report", "--data", dir); code != 0 || !strings.Contains(out, "questions,formation/kayes,3") {
		t.Errorf("report after serve: exit %d, %q", code, out)
	}
}

// TestChatRemovesItsStoreOnSignals: `sira chat` ends on SIGHUP (the
// terminal closed) and SIGTERM as on Ctrl-D, its temporary store removed.
func TestChatRemovesItsStoreOnSignals(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGHUP, syscall.SIGTERM, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			tmp := t.TempDir()
			chat := start(t, []string{"TMPDIR=" + tmp}, "chat")
			chat.waitFor(t, "Je suis Sira")
			if dirs, _ := filepath.Glob(filepath.Join(tmp, "sira-*")); len(dirs) != 1 {
				t.Fatalf("temporary stores during the chat: %v", dirs)
			}
			chat.stop(t, sig)
			if dirs, _ := filepath.Glob(filepath.Join(tmp, "sira-*")); len(dirs) != 0 {
				t.Errorf("left after %v: %v", sig, dirs)
			}
		})
	}
	t.Run("Ctrl-D", func(t *testing.T) {
		tmp := t.TempDir()
		chat := start(t, []string{"TMPDIR=" + tmp}, "chat")
		chat.waitFor(t, "Je suis Sira")
		chat.stdin.Close()
		chat.stop(t, syscall.Signal(0))
		if dirs, _ := filepath.Glob(filepath.Join(tmp, "sira-*")); len(dirs) != 0 {
			t.Errorf("left after Ctrl-D: %v", dirs)
		}
	})
}

func TestReportNeedsTheDataFolder(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nowhere")
	out, errs, code := sira(t, "", "report", "--data", missing)
	if code != 1 || out != "" || !strings.Contains(errs, "no store at "+filepath.Join(missing, "sira.db")) {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if _, err := os.Stat(missing); !os.IsNotExist(err) {
		t.Error("report made the folder")
	}
}
