// Package remote lets other sira commands read a store the bot holds. One
// process at a time may open a store (bbolt maps and locks its file), so
// while `sira serve` runs, `sira report`, `sira store check` and `sira store
// backup` ask it, over a Unix socket in the store's folder (sira.sock: the
// folder's permissions, 0700, keep other users out).
package remote

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"sira/bot/store"
)

// socketName is the socket's file in the store's folder.
const socketName = "sira.sock"

// Server answers on a store folder's socket.
type Server struct {
	srv *http.Server
	ln  net.Listener
}

// Listen opens the socket of st's folder (replacing one a crashed process
// left: the folder's lock says none other is serving).
func Listen(st *store.Bolt) (*Server, error) {
	path := filepath.Join(filepath.Dir(st.Path()), socketName)
	os.Remove(path)
	ln, err := net.Listen("unix", path)
	if err != nil {
		return nil, fmt.Errorf("remote: %w", err)
	}
	os.Chmod(path, 0o600)
	mux := http.NewServeMux()
	mux.HandleFunc("GET /totals", func(w http.ResponseWriter, r *http.Request) {
		since, err := time.Parse(time.RFC3339, r.URL.Query().Get("since"))
		if err != nil {
			http.Error(w, "since: "+err.Error(), http.StatusBadRequest)
			return
		}
		totals, err := st.Totals(r.Context(), since)
		reply(w, totals, err)
	})
	mux.HandleFunc("GET /inspect", func(w http.ResponseWriter, _ *http.Request) {
		report, err := st.Inspect()
		reply(w, report, err)
	})
	mux.HandleFunc("GET /backup", func(w http.ResponseWriter, _ *http.Request) {
		f, err := os.CreateTemp(filepath.Dir(st.Path()), "backup-*.db")
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		f.Close()
		defer os.Remove(f.Name())
		if err := st.Backup(f.Name()); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		backup, err := os.Open(f.Name())
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		defer backup.Close()
		w.Header().Set("Content-Type", "application/octet-stream")
		io.Copy(w, backup)
	})
	return &Server{ln: ln, srv: &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: time.Minute}}, nil
}

// Serve answers until ctx ends, then closes the socket.
func (s *Server) Serve(ctx context.Context) error {
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		s.srv.Shutdown(shut)
	}()
	if err := s.srv.Serve(s.ln); !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("remote: %w", err)
	}
	return nil
}

// reply writes v as JSON, or err as a server error.
func reply(w http.ResponseWriter, v any, err error) {
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

// A Client asks the process that holds a folder's store.
type Client struct {
	path string
	http *http.Client
}

// Dial returns a client of the store in dir; it connects at each call.
func Dial(dir string) *Client {
	path := filepath.Join(dir, socketName)
	return &Client{path: path, http: &http.Client{Transport: &http.Transport{
		DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
			var d net.Dialer
			return d.DialContext(ctx, "unix", path)
		},
	}}}
}

// Totals is store.Totals, asked of the serving process.
func (c *Client) Totals(ctx context.Context, since time.Time) ([]store.Total, error) {
	var out []store.Total
	err := c.getJSON(ctx, "/totals?since="+url.QueryEscape(since.Format(time.RFC3339)), &out)
	return out, err
}

// Inspect is store.Inspect, asked of the serving process.
func (c *Client) Inspect(ctx context.Context) (store.Report, error) {
	var r store.Report
	err := c.getJSON(ctx, "/inspect", &r)
	return r, err
}

// Backup has the serving process write a backup, and copies it to path
// (through a temporary file renamed once complete).
func (c *Client) Backup(ctx context.Context, path string) error {
	body, err := c.get(ctx, "/backup")
	if err != nil {
		return err
	}
	defer body.Close()
	tmp := path + ".tmp"
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	_, err = io.Copy(f, body)
	if serr := f.Sync(); err == nil {
		err = serr
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("remote: backup: %w", err)
	}
	return nil
}

func (c *Client) getJSON(ctx context.Context, path string, v any) error {
	body, err := c.get(ctx, path)
	if err != nil {
		return err
	}
	defer body.Close()
	if err := json.NewDecoder(body).Decode(v); err != nil {
		return fmt.Errorf("remote: %w", err)
	}
	return nil
}

// get asks for path; the server's error comes back as the error.
func (c *Client) get(ctx context.Context, path string) (io.ReadCloser, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://sira"+path, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("no answer on %s: %w", c.path, unwrapURL(err))
	}
	if resp.StatusCode != http.StatusOK {
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
		resp.Body.Close()
		return nil, errors.New(strings.TrimSpace(string(msg)))
	}
	return resp.Body, nil
}

// unwrapURL drops net/http's "Get "http://sira/…":" prefix.
func unwrapURL(err error) error {
	var u *url.Error
	if errors.As(err, &u) {
		return u.Err
	}
	return err
}
