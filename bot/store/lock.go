package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// ErrInUse is returned when another sira process holds the store.
var ErrInUse = errors.New("in use by another sira process")

// lockName is the file in the store's folder that one process at a time
// holds: the bot, or a command reading the store while the bot is stopped.
// It is not sira.db itself, which compaction replaces by another file.
const lockName = "sira.lock"

// lockDir takes the folder's lock without waiting, and writes the
// process id in it for the next one to name.
func lockDir(dir, storePath string) (*os.File, error) {
	path := filepath.Join(dir, lockName)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	if err := tryLock(f); err != nil {
		f.Close()
		if errors.Is(err, errLocked) {
			pid, _ := os.ReadFile(path)
			who := ""
			if p := strings.TrimSpace(string(pid)); p != "" {
				who = " (pid " + p + ")"
			}
			return nil, fmt.Errorf("the store %s is %w%s", storePath, ErrInUse, who)
		}
		return nil, fmt.Errorf("store: lock %s: %w", path, err)
	}
	f.Truncate(0)
	f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	return f, nil
}

// errLocked is tryLock's answer when another process holds the lock.
var errLocked = errors.New("locked")
