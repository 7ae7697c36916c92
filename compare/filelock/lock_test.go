package filelock

import (
	"errors"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// kinds are the lock implementations this system can run: the one Lock
// uses and the O_EXCL fallback (tested everywhere, used where flock is
// missing); on unix also Lock on a file system that cannot flock
// (flock_unix_test.go).
var kinds = map[string]tryFunc{"Lock": lockFile, "excl": tryExcl}

func TestOneHolderAtATime(t *testing.T) {
	for name, try := range kinds {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), ".a.json.lock")
			if overlaps, total := contend(t, path, try); overlaps != 0 || total != 160 {
				t.Errorf("%d of %d holds overlapped", overlaps, total)
			}
			if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("lock file left behind: %v", err)
			}
		})
	}
}

// contend runs 8 goroutines that each take the lock at path 20 times,
// goroutine i with tries[i%len(tries)], and returns how many holds
// overlapped another and how many there were.
func contend(t *testing.T, path string, tries ...tryFunc) (overlaps, total int32) {
	t.Helper()
	var inside, over, n atomic.Int32
	var wg sync.WaitGroup
	for i := range 8 {
		try := tries[i%len(tries)]
		wg.Go(func() {
			for range 20 {
				unlock, err := lockWith(try, path, 10*time.Second)
				if err != nil {
					t.Error(err)
					return
				}
				if inside.Add(1) != 1 {
					over.Add(1)
				}
				time.Sleep(100 * time.Microsecond)
				inside.Add(-1)
				n.Add(1)
				unlock()
			}
		})
	}
	wg.Wait()
	return over.Load(), n.Load()
}

func TestWaitEnds(t *testing.T) {
	for name, try := range kinds {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), ".a.json.lock")
			unlock, err := lockWith(try, path, time.Second)
			if err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			_, err = lockWith(try, path, 50*time.Millisecond)
			if !errors.Is(err, ErrTimeout) {
				t.Fatalf("second lock: %v, want ErrTimeout", err)
			}
			if d := time.Since(start); d > 2*time.Second {
				t.Errorf("waited %v", d)
			}
			unlock()
			unlock2, err := lockWith(try, path, 50*time.Millisecond)
			if err != nil {
				t.Fatalf("after unlock: %v", err)
			}
			unlock2()
		})
	}
}

// A lock file left by a crashed process does not block for ever.
func TestLeftoverLockFile(t *testing.T) {
	for name, try := range kinds {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), ".a.json.lock")
			if err := os.WriteFile(path, []byte("12345\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			old := time.Now().Add(-2 * StaleAfter)
			if err := os.Chtimes(path, old, old); err != nil {
				t.Fatal(err)
			}
			unlock, err := lockWith(try, path, time.Second)
			if err != nil {
				t.Fatalf("stale lock file: %v", err)
			}
			unlock()
		})
	}
}

// A lock file whose folder is gone (a share gone for a moment) is an
// error at once, not a wait.
func TestMissingFolder(t *testing.T) {
	for name, try := range kinds {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "weg", ".a.json.lock")
			done := make(chan error, 1)
			go func() {
				_, err := lockWith(try, path, time.Second)
				done <- err
			}()
			select {
			case err := <-done:
				if !errors.Is(err, os.ErrNotExist) {
					t.Errorf("lock in a missing folder: %v", err)
				}
			case <-time.After(5 * time.Second):
				t.Fatal("lock in a missing folder does not return")
			}
		})
	}
}

func TestFreshExclLockIsRespected(t *testing.T) {
	path := filepath.Join(t.TempDir(), ".a.json.lock")
	if err := os.WriteFile(path, []byte("12345\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := lockWith(tryExcl, path, 30*time.Millisecond); !errors.Is(err, ErrTimeout) {
		t.Fatalf("fresh lock file of another process: %v", err)
	}
}
