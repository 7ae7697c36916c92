//go:build unix

package filelock

import (
	"errors"
	"io/fs"
	"os"
	"syscall"
)

// lockFile locks with flock(2) on unix, and with the O_EXCL lock file on
// a file system that cannot flock.
var lockFile tryFunc = flockOr(syscall.Flock)

// flockOr returns the flock lock, taken by flock (syscall.Flock outside
// the tests). It opens (or creates) the lock file and tries to flock it.
// A holder removes the file before it lets go, so after taking the lock
// the file must still be the one at path; if it is not, the lock is on a
// file nobody else will look at, and it is tried again.
//
// Where the file system cannot flock (ENOLCK, ENOTSUP, EOPNOTSUPP: an NFS
// share whose lock daemon is not reachable, some SMB and FUSE mounts) the
// lock falls back to tryExcl, the lock file created with O_EXCL, which
// such file systems do honour. The lock file just created to try flock is
// removed first; one that was already there is an O_EXCL holder's (or a
// stale one), and tryExcl waits for it or clears it.
func flockOr(flock func(fd, how int) error) tryFunc {
	return func(path string) (func(), bool, error) {
		for {
			f, created, err := openLockFile(path)
			if err != nil {
				return nil, false, err
			}
			err = flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
			if errors.Is(err, syscall.EWOULDBLOCK) || errors.Is(err, syscall.EINTR) {
				f.Close()
				return nil, false, nil
			}
			if cannotFlock(err) {
				f.Close()
				if created {
					_ = os.Remove(path)
				}
				return tryExcl(path)
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
}

// openLockFile opens the lock file at path, creating it if it is not
// there; created says whether this call made it. A folder that is not
// there (a share gone) is an error.
func openLockFile(path string) (f *os.File, created bool, err error) {
	for {
		f, err = os.OpenFile(path, os.O_RDONLY|os.O_CREATE|os.O_EXCL, 0o666)
		if err == nil {
			return f, true, nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return nil, false, err
		}
		f, err = os.OpenFile(path, os.O_RDONLY, 0)
		if !errors.Is(err, fs.ErrNotExist) {
			return f, false, err
		}
		// The holder removed it between the two opens: create it.
	}
}

// cannotFlock reports whether err says the file system does not support
// flock, as opposed to a lock held or a real failure.
func cannotFlock(err error) bool {
	return errors.Is(err, syscall.ENOLCK) || errors.Is(err, syscall.ENOTSUP) || errors.Is(err, syscall.EOPNOTSUPP)
}
