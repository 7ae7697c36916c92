package filelock

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"
)

// tryExcl takes the lock by creating the lock file with O_EXCL, writing
// the process id into it for whoever looks. A lock file older than
// StaleAfter is removed and the lock tried again. It is the lock where
// there is no flock, and on unix where the file system cannot flock.
func tryExcl(path string) (func(), bool, error) {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
	if err == nil {
		fmt.Fprintf(f, "%d\n", os.Getpid())
		f.Close()
		return func() { _ = os.Remove(path) }, true, nil
	}
	if !errors.Is(err, fs.ErrExist) {
		return nil, false, err
	}
	fi, serr := os.Stat(path)
	if serr == nil && time.Since(fi.ModTime()) > StaleAfter {
		_ = os.Remove(path)
	}
	return nil, false, nil
}
