package filelock

import (
	"errors"
	"fmt"
	"time"
)

// ErrTimeout is returned (wrapped, naming the lock file) when another
// process held the lock for the whole wait.
var ErrTimeout = errors.New("vergrendeld door een ander proces")

// StaleAfter is the age after which a lock file of the O_EXCL fallback
// counts as left by a crashed process. A holder keeps the lock only for
// one read and write of a small file.
const StaleAfter = 5 * time.Second

// Lock takes the lock guarded by the lock file at path, waiting at most
// wait for another holder to let go. The returned function releases it
// and removes the lock file.
func Lock(path string, wait time.Duration) (unlock func(), err error) {
	return lockWith(lockFile, path, wait)
}

// tryFunc tries once to take the lock at path: ok false means another
// process holds it.
type tryFunc func(path string) (unlock func(), ok bool, err error)

// lockWith polls try until it takes the lock or wait has passed.
func lockWith(try tryFunc, path string, wait time.Duration) (func(), error) {
	deadline := time.Now().Add(wait)
	pause := time.Millisecond
	for {
		unlock, ok, err := try(path)
		if err != nil {
			return nil, fmt.Errorf("vergrendeling %s: %w", path, err)
		}
		if ok {
			return unlock, nil
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("%s: %w (langer dan %v)", path, ErrTimeout, wait)
		}
		time.Sleep(pause)
		pause = min(2*pause, 50*time.Millisecond)
	}
}
