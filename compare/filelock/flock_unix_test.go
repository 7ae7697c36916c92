//go:build unix

package filelock

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// noFlock is the lock on a file system that cannot flock, failing with err.
func noFlock(err error) tryFunc {
	return flockOr(func(int, int) error { return err })
}

func init() {
	kinds["Lock without flock (ENOLCK)"] = noFlock(syscall.ENOLCK)
	kinds["Lock without flock (ENOTSUP)"] = noFlock(syscall.ENOTSUP)
	kinds["Lock without flock (EOPNOTSUPP)"] = noFlock(syscall.EOPNOTSUPP)
}

// Where flock is not supported, the lock is the O_EXCL lock file: it
// holds this process' id, a tryExcl of another process waits for it, and
// unlock removes it.
func TestNoFlockIsExcl(t *testing.T) {
	path := filepath.Join(t.TempDir(), ".a.json.lock")
	unlock, err := lockWith(noFlock(syscall.ENOTSUP), path, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil || strings.TrimSpace(string(data)) != strconv.Itoa(os.Getpid()) {
		t.Errorf("lock file holds %q, %v; want this process' id", data, err)
	}
	if _, err := lockWith(tryExcl, path, 30*time.Millisecond); !errors.Is(err, ErrTimeout) {
		t.Errorf("an O_EXCL locker got in: %v", err)
	}
	unlock()
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("lock file left behind: %v", err)
	}
}

// Processes without flock and processes with only O_EXCL (another
// system on the same share) exclude each other.
func TestNoFlockAndExclTogether(t *testing.T) {
	path := filepath.Join(t.TempDir(), ".a.json.lock")
	if overlaps, total := contend(t, path, tryExcl, noFlock(syscall.ENOLCK)); overlaps != 0 || total != 160 {
		t.Errorf("%d of %d holds overlapped", overlaps, total)
	}
}

// Any other flock failure is an error, not a reason to fall back.
func TestFlockErrorIsReported(t *testing.T) {
	path := filepath.Join(t.TempDir(), ".a.json.lock")
	if _, err := lockWith(noFlock(syscall.EBADF), path, time.Second); !errors.Is(err, syscall.EBADF) {
		t.Fatalf("flock failing with EBADF: %v", err)
	}
}
