package evaluation

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"

	"pakompas/compare/atomicfile"
)

// racyWindow is how close to the moment it was recorded a file's
// modification time must be for the time to prove nothing on a file
// system that keeps whole seconds (FAT keeps 2 s, some network shares 1
// s): a rewrite within that window can keep the same time.
const racyWindow = 2 * time.Second

// fingerprint is the file as a store last read or wrote it.
type fingerprint struct {
	// info is the file's status then (nil when unknown).
	info fs.FileInfo
	// sum is the content's hash; known is false before any read or write.
	sum   [sha256.Size]byte
	known bool
	// at is when it was recorded.
	at time.Time
}

func newFingerprint(fi fs.FileInfo, data []byte) fingerprint {
	return fingerprint{info: fi, sum: sha256.Sum256(data), known: true, at: time.Now()}
}

// statFingerprint is the fingerprint of data just written to path.
func statFingerprint(path string, data []byte) fingerprint {
	fi, err := os.Stat(path)
	if err != nil {
		fi = nil // the next check reads the file
	}
	return newFingerprint(fi, data)
}

// unchanged reports whether fi is certainly the file recorded: the same
// file (every save puts a new file in place), size and modification time,
// and a time that can be trusted. A time with a fraction of a second comes
// from a file system that keeps fine times, where a rewrite after the
// recording gets a later time; a time in whole seconds may be coarse, and
// then it must be older than the recording by racyWindow. Otherwise the
// content is compared (pullLocked).
func (f fingerprint) unchanged(fi fs.FileInfo) bool {
	if f.info == nil || !os.SameFile(f.info, fi) || f.info.Size() != fi.Size() || !f.info.ModTime().Equal(fi.ModTime()) {
		return false
	}
	mtime := fi.ModTime()
	return mtime.Nanosecond() != 0 || mtime.Before(f.at.Add(-racyWindow))
}

// Reload merges what another process wrote to the file since this store
// last read or wrote it, without writing; it reports whether there was
// anything. A file that cannot be read or parsed leaves memory as it is
// and returns the error.
func (s *Store) Reload() (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.pullLocked()
}

// pullLocked merges the file into memory when its content changed since
// this store last read or wrote it. A missing file has nothing to merge.
func (s *Store) pullLocked() (bool, error) {
	fi, err := os.Stat(s.path)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("evaluatiebestand: %w", err) // err names the file
	}
	if s.seen.unchanged(fi) {
		return false, nil
	}
	data, fi, err := atomicfile.ReadFile(s.path, MaxFileSize)
	if err != nil {
		return false, fmt.Errorf("evaluatiebestand: %w", err) // err names the file
	}
	seen := newFingerprint(fi, data)
	if s.seen.known && seen.sum == s.seen.sum {
		s.seen = seen // touched, not changed
		return false, nil
	}
	disk, err := decode(s.path, data)
	if err != nil {
		return false, err
	}
	s.seen = seen
	s.external++
	if s.entries.merge(disk.entries, func(id string) { delete(s.enc, id) }) {
		s.ids = nil // sorted again on the next save
	}
	s.moves.merge(disk.moves, func(string) {})
	return true, nil
}
