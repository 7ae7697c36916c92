package atomicfile

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
)

// Options change how Write replaces a file.
type Options struct {
	// NoReplace refuses to replace an existing file (ErrExists); the
	// workbook export sets it unless the user forces the overwrite.
	NoReplace bool
	// Wrap, when set, wraps the writer of the temporary file (tests use it
	// to fail or slow down half-way).
	Wrap func(io.Writer) io.Writer
	// BeforeRename, when set, runs after the temporary file is complete
	// and before it is moved into place; an error aborts the write (tests
	// use it to fail at the last moment).
	BeforeRename func(tmp string) error
}

// WriteFile replaces the file at path with data (see Write).
func WriteFile(path string, data []byte, opts Options) error {
	return replace(path, opts, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// Write replaces the file at path with what write writes, atomically: a
// temporary file in the same folder is written, synced and renamed over
// the file (or linked into place with opts.NoReplace), and the folder is
// synced. A symbolic link at path is followed; the mode of an existing
// file is kept; a path that is not a regular file is refused. On any error
// the temporary file is removed and path is untouched. Errors name path.
func Write(path string, opts Options, write func(io.Writer) error) error {
	return replace(path, opts, func(w io.Writer) error {
		bw := bufio.NewWriterSize(w, 1<<20)
		if err := write(bw); err != nil {
			return err
		}
		return bw.Flush()
	})
}

// replace is Write with write's output going to the file unbuffered.
func replace(path string, opts Options, write func(io.Writer) error) (err error) {
	target, old, err := Check(path, opts)
	if err != nil {
		return err
	}
	dir := filepath.Dir(target)
	tmp, err := createTemp(dir, filepath.Base(target), old)
	if err != nil {
		return fmt.Errorf("kan %s niet schrijven: %w", path, err)
	}
	name := tmp.Name()
	closed := false
	defer func() {
		if err != nil {
			if !closed {
				_ = tmp.Close()
			}
			_ = os.Remove(name)
		}
	}()
	var w io.Writer = tmp
	if opts.Wrap != nil {
		w = opts.Wrap(tmp)
	}
	if err = write(w); err == nil {
		err = tmp.Sync()
	}
	closed = true
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil && opts.BeforeRename != nil {
		err = opts.BeforeRename(name)
	}
	if err != nil {
		return fmt.Errorf("kan %s niet schrijven: %w", path, err)
	}
	if err = moveIntoPlace(name, target, path, opts.NoReplace); err != nil {
		return err
	}
	syncDir(dir)
	return nil
}

// createTemp creates a new temporary file for base in dir. It is created
// with mode 0666 (the umask applies) like any new file; when old describes
// the file it will replace, it gets that file's mode and, where the system
// allows, its owner.
func createTemp(dir, base string, old fs.FileInfo) (*os.File, error) {
	for range 1000 {
		name := filepath.Join(dir, "."+base+"."+strconv.FormatUint(rand.Uint64(), 36)+".tmp")
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		if old != nil {
			if err := keepMode(f, old); err != nil {
				f.Close()
				os.Remove(name)
				return nil, err
			}
		}
		return f, nil
	}
	return nil, fmt.Errorf("geen vrije naam voor een tijdelijk bestand in %s", dir)
}

// keepMode gives f the owner (best effort) and the permission bits of
// old, in that order: changing the owner may clear the setuid bits.
func keepMode(f *os.File, old fs.FileInfo) error {
	keepOwner(f, old)
	return f.Chmod(old.Mode() & (fs.ModePerm | fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky))
}

// moveIntoPlace moves the complete temporary file tmp to target (the
// resolved path; path is the name the user gave, for messages). Without
// noReplace it renames over whatever file is there. With noReplace it
// links tmp to target, which fails if target appeared in the meantime;
// where hard links are not supported (FAT, some network shares) it checks
// and renames.
func moveIntoPlace(tmp, target, path string, noReplace bool) error {
	if !noReplace {
		if err := os.Rename(tmp, target); err != nil {
			return fmt.Errorf("kan %s niet vervangen (is het bestand elders geopend?): %w", path, err)
		}
		return nil
	}
	err := os.Link(tmp, target)
	switch {
	case err == nil:
		_ = os.Remove(tmp)
		return nil
	case errors.Is(err, fs.ErrExist):
		return &existsError{path}
	}
	if _, serr := os.Lstat(target); serr == nil {
		return &existsError{path}
	}
	if err := os.Rename(tmp, target); err != nil {
		return fmt.Errorf("kan %s niet schrijven: %w", path, err)
	}
	return nil
}

// syncDir makes a rename in dir durable where the system allows it; the
// data is safe either way.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	_ = d.Sync()
	_ = d.Close()
}
