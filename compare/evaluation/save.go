package evaluation

import (
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"pakompas/compare/atomicfile"
	"pakompas/compare/filelock"
)

// ErrUnsaved matches the errors of a failed save: the change is kept in
// memory and written by the next save that succeeds.
var ErrUnsaved = errors.New("niet bewaard")

// unsavedError is a failed save's error; its message is the cause's.
type unsavedError struct{ err error }

func (e *unsavedError) Error() string        { return e.err.Error() }
func (e *unsavedError) Unwrap() error        { return e.err }
func (e *unsavedError) Is(target error) bool { return target == ErrUnsaved }

// lockWait is how long a save waits for another process's save.
const lockWait = 10 * time.Second

// saveLocked writes the whole file and records the outcome for Unsaved.
func (s *Store) saveLocked() error {
	if err := s.writeLocked(); err != nil {
		s.unsaved = &unsavedError{err}
		return s.unsaved
	}
	s.unsaved = nil
	return nil
}

// writeLocked merges what another process wrote and writes the whole file
// atomically, holding the lock next to the file so that no other store's
// read, merge and write falls in between.
func (s *Store) writeLocked() error {
	// Refuse a folder or a device before a lock file is put next to it.
	target, _, err := atomicfile.Check(s.path, atomicfile.Options{})
	if err != nil {
		return err
	}
	unlock, err := filelock.Lock(lockPath(target), lockWait)
	if err != nil {
		return fmt.Errorf("evaluatie %s: %w", s.path, err)
	}
	defer unlock()
	if _, err := s.pullLocked(); err != nil {
		return err
	}
	data, err := s.encodeLocked()
	if err != nil {
		return err
	}
	if err := atomicfile.WriteFile(s.path, data, atomicfile.Options{Wrap: s.wrap}); err != nil {
		return err
	}
	s.seen = statFingerprint(s.path, data)
	return nil
}

// lockPath is the lock file of the evaluation file at target (the
// resolved path, so every link to one file shares one lock).
func lockPath(target string) string {
	dir, base := filepath.Split(target)
	return filepath.Join(dir, "."+base+".lock")
}
