package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"runtime/debug"
	"strings"
)

// errDamaged marks a store file that cannot be read safely.
var errDamaged = errors.New("damaged")

// A damagedError names the damaged file, what is wrong, and what to do.
type damagedError struct {
	Path    string
	Problem string
}

func (e *damagedError) Error() string {
	return fmt.Sprintf("the store %s is damaged (%s): restore a backup in its place (sira store backup makes one), or move it aside to start with an empty store", e.Path, e.Problem)
}

func (e *damagedError) Unwrap() error { return errDamaged }

func damaged(path, format string, args ...any) error {
	return &damagedError{Path: path, Problem: fmt.Sprintf(format, args...)}
}

// guard runs fn, which reads the store's memory-mapped file through bbolt:
// a damaged page makes bbolt panic, or fault on an address past the end of
// a truncated file. Both become a damagedError instead of a stack dump.
func guard(path string, fn func() error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			problem, _, _ := strings.Cut(fmt.Sprint(r), "\n")
			err = damaged(path, "%s", problem)
		}
	}()
	return fn()
}

// bbolt's file format (version 2): every page begins with a 16-byte header;
// pages 0 and 1 are meta pages, the newer valid one in force. The meta says
// how many pages the file must hold; checking that before bbolt maps the
// file keeps a truncated file from faulting as it is read.
const (
	boltMagic      = 0xED0CDAED
	boltVersion    = 2
	pageHeaderSize = 16
	metaSize       = 56 // magic, version, page size, flags, root (16), freelist, pgid, txid: then the checksum
)

type meta struct {
	pageSize uint32
	pgid     uint64 // the high-water mark: pages in use are below it
	txid     uint64
}

// readMeta reads the meta page at off, or says why it is not one.
func readMeta(f io.ReaderAt, off int64) (meta, error) {
	buf := make([]byte, metaSize+8)
	if _, err := f.ReadAt(buf, off+pageHeaderSize); err != nil {
		return meta{}, err
	}
	le := binary.NativeEndian
	if le.Uint32(buf[0:]) != boltMagic {
		return meta{}, errors.New("not a bbolt file")
	}
	if le.Uint32(buf[4:]) != boltVersion {
		return meta{}, errors.New("unknown bbolt version")
	}
	h := fnv.New64a()
	h.Write(buf[:metaSize])
	if h.Sum64() != le.Uint64(buf[metaSize:]) {
		return meta{}, errors.New("header checksum mismatch")
	}
	return meta{pageSize: le.Uint32(buf[8:]), pgid: le.Uint64(buf[40:]), txid: le.Uint64(buf[48:])}, nil
}

// precheck looks at a store file before bbolt maps it: an empty file (which
// bbolt would silently make a new store of), no valid header, or fewer
// bytes than the header says the file holds.
func precheck(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return err
	}
	size := info.Size()
	if size == 0 {
		return damaged(path, "the file is empty")
	}
	m0, err0 := readMeta(f, 0)
	pageSize := int64(os.Getpagesize())
	if err0 == nil {
		pageSize = int64(m0.pageSize)
	}
	m1, err1 := readMeta(f, pageSize)
	m := m0
	switch {
	case err0 != nil && err1 != nil:
		if errors.Is(err0, io.EOF) {
			return damaged(path, "the file is cut short: %d bytes", size)
		}
		return damaged(path, "no valid header: %v", err0)
	case err0 != nil || err1 == nil && m1.txid > m0.txid:
		m = m1
	}
	if need := int64(m.pgid) * int64(m.pageSize); size < need {
		return damaged(path, "the file is cut short: %d bytes of %d", size, need)
	}
	return nil
}
