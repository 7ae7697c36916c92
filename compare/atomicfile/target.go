package atomicfile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// ErrExists is returned (wrapped, naming the file) when Options.NoReplace
// is set and the path exists.
var ErrExists = errors.New("bestand bestaat al")

// ErrNotRegular is returned (wrapped, naming the file) for a path that is
// not a regular file: a folder, a device, a named pipe or a socket.
var ErrNotRegular = errors.New("geen gewoon bestand")

// maxLinks is how many symbolic links Resolve follows before it gives up
// (the limit Linux uses for one path).
const maxLinks = 40

// Resolve follows path while it is a symbolic link and returns the path of
// the file it ends at, which need not exist (a dangling link resolves to
// the file it would create). A path that is not a link is returned as is.
func Resolve(path string) (string, error) {
	p := path
	for range maxLinks {
		fi, err := os.Lstat(p)
		if errors.Is(err, fs.ErrNotExist) {
			return p, nil
		}
		if err != nil {
			return "", fmt.Errorf("%s: %w", path, err)
		}
		if fi.Mode()&fs.ModeSymlink == 0 {
			return p, nil
		}
		dest, err := os.Readlink(p)
		if err != nil {
			return "", fmt.Errorf("%s: %w", path, err)
		}
		if !filepath.IsAbs(dest) {
			dest = filepath.Join(filepath.Dir(p), dest)
		}
		p = dest
	}
	return "", fmt.Errorf("%s: meer dan %d symbolische koppelingen achter elkaar", path, maxLinks)
}

// Check tells whether Write may write path: it refuses a path that is not
// a regular file and, with opts.NoReplace, one that exists. It returns the
// resolved path (see Resolve) and what is there now (nil when nothing is).
func Check(path string, opts Options) (string, fs.FileInfo, error) {
	target, err := Resolve(path)
	if err != nil {
		return "", nil, err
	}
	fi, err := os.Lstat(target)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return target, nil, nil
	case err != nil:
		return "", nil, fmt.Errorf("%s: kan niet nagaan wat er staat: %w", path, err)
	case !fi.Mode().IsRegular():
		return "", nil, notRegular(path, fi.Mode())
	case opts.NoReplace:
		return "", nil, &existsError{path}
	}
	return target, fi, nil
}

// notRegular is the error for a path that holds mode's kind of file.
func notRegular(path string, mode fs.FileMode) error {
	return &notRegularError{path: path, mode: mode}
}

type notRegularError struct {
	path string
	mode fs.FileMode
}

func (e *notRegularError) Error() string {
	if e.mode.IsDir() {
		return fmt.Sprintf("%s is een map, geen bestand", e.path)
	}
	return fmt.Sprintf("%s is geen gewoon bestand maar %s: kies een ander bestand", e.path, kindOf(e.mode))
}

func (e *notRegularError) Is(target error) bool { return target == ErrNotRegular }

// kindOf names a kind of file that is not regular, in Dutch.
func kindOf(mode fs.FileMode) string {
	switch {
	case mode&fs.ModeNamedPipe != 0:
		return "een named pipe (FIFO)"
	case mode&fs.ModeSocket != 0:
		return "een socket"
	case mode&fs.ModeDevice != 0:
		return "een apparaat"
	}
	return "een speciaal bestand"
}

// existsError names the file that would be replaced.
type existsError struct{ path string }

func (e *existsError) Error() string {
	return fmt.Sprintf("%s bestaat al: kies een andere naam of geef uitdrukkelijk opdracht om te overschrijven", e.path)
}

func (e *existsError) Is(target error) bool { return target == ErrExists }
