//go:build !unix

package store

import "os"

// tryLock does nothing where flock is missing: bbolt's own lock on sira.db
// still keeps a second process out (after a one-second wait).
func tryLock(*os.File) error { return nil }
