package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// ErrTooLarge is returned (wrapped, naming the file and the limit) for a
// file larger than ReadFile's limit.
var ErrTooLarge = errors.New("bestand te groot")

// ReadFile reads the regular file at path (following symbolic links) and
// returns its content and its FileInfo. A path that is not a regular file
// is refused with ErrNotRegular; a named pipe is checked before it is
// opened and opened without blocking, so ReadFile never hangs on one. A
// file of more than limit bytes is refused with ErrTooLarge, also when it
// grows while it is read; nothing past the limit is read. A missing file
// gives an error that matches fs.ErrNotExist.
func ReadFile(path string, limit int64) ([]byte, fs.FileInfo, error) {
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
	if fi.Size() > limit {
		return nil, nil, tooLarge(path, limit)
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, nil, fmt.Errorf("%s: lezen: %w", path, err)
	}
	if int64(len(data)) > limit {
		return nil, nil, tooLarge(path, limit)
	}
	return data, fi, nil
}

// tooLarge is the error for a file past limit bytes.
func tooLarge(path string, limit int64) error {
	return fmt.Errorf("%s: %w: meer dan %d MB (de grens); is dit het goede bestand?", path, ErrTooLarge, limit>>20)
}
