//go:build unix

package filelock

import (
	"errors"
	"os"
	"syscall"
)

// lockFile locks with flock(2) on unix.
var lockFile tryFunc = tryFlock

// tryFlock opens (or creates) the lock file and tries to flock it. A
// holder removes the file before it lets go, so after taking the lock the
// file must still be the one at path; if it is not, the lock is on a file
// nobody else will look at, and it is tried again.
func tryFlock(path string) (func(), bool, error) {
	for {
		f, err := os.OpenFile(path, os.O_RDONLY|os.O_CREATE, 0o666)
		if err != nil {
			return nil, false, err
		}
		err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if errors.Is(err, syscall.EWOULDBLOCK) || errors.Is(err, syscall.EINTR) {
			f.Close()
			return nil, false, nil
		}
		if err != nil {
			f.Close()
			return nil, false, err
		}
		held, herr := f.Stat()
		now, nerr := os.Stat(path)
		if herr == nil && nerr == nil && os.SameFile(held, now) {
			return func() {
				_ = os.Remove(path)
				_ = f.Close()
			}, true, nil
		}
		f.Close()
	}
}
