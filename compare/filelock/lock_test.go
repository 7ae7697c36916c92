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
// missing).
var kinds = map[string]tryFunc{"Lock": lockFile, "excl": tryExcl}

func TestOneHolderAtATime(t *testing.T) {
	for name, try := range kinds {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), ".a.json.lock")
			var inside, overlaps, total atomic.Int32
			var wg sync.WaitGroup
			for range 8 {
				wg.Go(func() {
					for range 20 {
						unlock, err := lockWith(try, path, 10*time.Second)
						if err != nil {
							t.Error(err)
							return
						}
						if inside.Add(1) != 1 {
							overlaps.Add(1)
						}
						time.Sleep(100 * time.Microsecond)
						inside.Add(-1)
						total.Add(1)
						unlock()
					}
				})
			}
			wg.Wait()
			if overlaps.Load() != 0 || total.Load() != 160 {
				t.Errorf("%d of %d holds overlapped", overlaps.Load(), total.Load())
			}
			if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("lock file left behind: %v", err)
			}
		})
	}
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

func TestFreshExclLockIsRespected(t *testing.T) {
	path := filepath.Join(t.TempDir(), ".a.json.lock")
	if err := os.WriteFile(path, []byte("12345\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := lockWith(tryExcl, path, 30*time.Millisecond); !errors.Is(err, ErrTimeout) {
		t.Fatalf("fresh lock file of another process: %v", err)
	}
}
