package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// fileName is the store's file in its folder.
const fileName = "sira.db"

// Bolt is the store on disk (bbolt). One process at a time opens a folder's
// store; the others reach it through that process (package remote).
type Bolt struct {
	dir, path string
	readOnly  bool
	temp      bool     // the folder is removed on Close (OpenTemp)
	lock      *os.File // the folder's lock, held until Close
	now       func() time.Time

	mu sync.RWMutex // held exclusively only while compaction replaces the file
	db *bolt.DB

	pmu       sync.Mutex // guards what follows
	pending   writes     // recorded, not yet written
	inflight  writes     // being written by flush
	questions map[int64]question
	flushErr  error    // the last flush's failure, told to the next writer
	aside     []string // records set aside when the store was opened

	journal *journal // answered updates (transport.go); nil for a reader

	flushMu   sync.Mutex // one flush at a time
	stop      chan struct{}
	stopped   chan struct{}
	closeOnce sync.Once
	closeErr  error
}

// Open opens the store in dir for the bot, creating both if needed. It
// stops with a clear error, never a crash, if another sira process holds
// the store (ErrInUse) or the file is damaged (saying what to do); records
// that cannot be decoded are set aside (SetAside says which). Writes are
// flushed every flushEvery.
func Open(dir string) (*Bolt, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	s, err := open(dir, false)
	if err != nil {
		return nil, err
	}
	if s.journal, err = openJournal(dir, s.now()); err != nil {
		s.Close()
		return nil, err
	}
	s.stop, s.stopped = make(chan struct{}), make(chan struct{})
	go s.flusher()
	return s, nil
}

// OpenReader opens the existing store in dir for reading only (the report,
// a check, a backup while the bot is stopped). A missing folder or file is
// an error, not an empty store.
func OpenReader(dir string) (*Bolt, error) {
	path := filepath.Join(dir, fileName)
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("no store at %s (is the data folder right?)", path)
	} else if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	return open(dir, true)
}

// OpenTemp opens a store in a new temporary folder, removed by Close: for
// the console, which keeps nothing, and for tests.
func OpenTemp() (*Bolt, error) {
	dir, err := os.MkdirTemp("", "sira-")
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	s, err := Open(dir)
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	s.temp = true
	return s, nil
}

func open(dir string, readOnly bool) (*Bolt, error) {
	path := filepath.Join(dir, fileName)
	lock, err := lockDir(dir, path)
	if err != nil {
		return nil, err
	}
	s := &Bolt{dir: dir, path: path, readOnly: readOnly, lock: lock, now: time.Now,
		pending: newWrites(), questions: map[int64]question{}}
	if s.db, err = openFile(path, readOnly); err != nil {
		lock.Close()
		return nil, err
	}
	if err := s.prepare(); err != nil {
		s.db.Close()
		lock.Close()
		return nil, err
	}
	return s, nil
}

// openFile checks the file before bbolt maps it, then opens it. bbolt's
// own lock waits a second at most: the folder's lock already keeps sira
// processes apart.
func openFile(path string, readOnly bool) (*bolt.DB, error) {
	if _, err := os.Stat(path); err == nil {
		if err := precheck(path); err != nil {
			return nil, err
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("store: %w", err)
	}
	var db *bolt.DB
	err := guard(path, func() (err error) {
		db, err = bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second, ReadOnly: readOnly})
		return err
	})
	switch {
	case errors.Is(err, berrors.ErrTimeout):
		return nil, fmt.Errorf("the store %s is %w", path, ErrInUse)
	case errors.Is(err, berrors.ErrInvalid), errors.Is(err, berrors.ErrChecksum), errors.Is(err, berrors.ErrVersionMismatch):
		return nil, damaged(path, "%v", err)
	case errors.As(err, new(*fs.PathError)):
		return nil, fmt.Errorf("store: %w", err) // it names the file
	case err != nil:
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	return db, nil
}

// prepare checks every page and record (before anything is written: a
// garbled free list would send writes astray), makes the buckets, and sets
// aside the records that cannot be decoded.
func (s *Bolt) prepare() error {
	if problems, err := s.check(); err != nil {
		return err
	} else if len(problems) > 0 {
		more := ""
		if len(problems) > 1 {
			more = fmt.Sprintf(", and %d more problems", len(problems)-1)
		}
		return damaged(s.path, "%s%s", problems[0], more)
	}
	if s.readOnly {
		return nil
	}
	err := s.update(func(tx *bolt.Tx) error {
		for _, b := range buckets {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	s.aside, err = s.setAside()
	return err
}

// buckets are the store's buckets, made when it is opened for writing.
var buckets = [][]byte{chatsBucket, metaBucket, casesBucket, openCaseBucket, statsBucket, asideBucket}

// Close writes what is pending, closes the file and releases the folder
// (and removes it, if temporary). It may be called more than once.
func (s *Bolt) Close() error {
	s.closeOnce.Do(func() {
		if s.stop != nil {
			close(s.stop)
			<-s.stopped
		}
		err := s.flush()
		s.mu.Lock()
		if s.db != nil {
			err = errors.Join(err, s.db.Close())
		}
		s.mu.Unlock()
		err = errors.Join(err, s.journal.close(), s.lock.Close())
		if s.temp {
			os.RemoveAll(s.dir)
		}
		s.closeErr = err
	})
	return s.closeErr
}

// Path is the store's file.
func (s *Bolt) Path() string { return s.path }

// SetAside lists the records set aside when the store was opened, by
// bucket and key (never their content): they could not be decoded.
func (s *Bolt) SetAside() []string { return s.aside }

// errClosed is returned by a store whose file could not be reopened after
// compaction.
var errClosed = errors.New("store: closed")

// view runs a read transaction, a damaged page giving an error.
func (s *Bolt) view(fn func(*bolt.Tx) error) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.db == nil {
		return errClosed
	}
	return guard(s.path, func() error { return s.db.View(fn) })
}

// update runs a write transaction, a damaged page giving an error (bbolt
// rolls the transaction back).
func (s *Bolt) update(fn func(*bolt.Tx) error) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.db == nil {
		return errClosed
	}
	return guard(s.path, func() error { return s.db.Update(fn) })
}
