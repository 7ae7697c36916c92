package atomicfile

import (
	"fmt"
	"io"
	"io/fs"
	"os"
)

// ReadFile reads the regular file at path (following symbolic links) and
// returns its content and its FileInfo. A path that is not a regular file
// is refused with ErrNotRegular; a named pipe is checked before it is
// opened and opened without blocking, so ReadFile never hangs on one. A
// missing file gives an error that matches fs.ErrNotExist.
func ReadFile(path string) ([]byte, fs.FileInfo, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, nil, notRegular(path, fi.Mode())
	}
	f, err := os.OpenFile(path, os.O_RDONLY|openNonBlock, 0)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	// The path may have been replaced between Stat and Open.
	if fi, err = f.Stat(); err != nil {
		return nil, nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, nil, notRegular(path, fi.Mode())
	}
	data, err := io.ReadAll(f)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: lezen: %w", path, err)
	}
	return data, fi, nil
}
