package workbook

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// ErrExists is returned (wrapped, with the file name) when the target
// exists and Options.Force is not set.
var ErrExists = errors.New("bestand bestaat al")

// existsError names the file that would be overwritten.
type existsError struct{ path string }

func (e *existsError) Error() string {
	return fmt.Sprintf("%s bestaat al: kies een andere naam of geef uitdrukkelijk opdracht om te overschrijven", e.path)
}

func (e *existsError) Is(target error) bool { return target == ErrExists }

// checkTarget refuses a path that is not an .xlsx file, is a folder, lies
// in a folder that does not exist, or exists without force.
func checkTarget(path string, force bool) error {
	if !strings.EqualFold(filepath.Ext(path), ".xlsx") {
		return fmt.Errorf("%s: een werkmap moet de extensie .xlsx hebben", path)
	}
	if fi, err := os.Stat(filepath.Dir(path)); err != nil || !fi.IsDir() {
		return fmt.Errorf("%s: de map %s bestaat niet", path, filepath.Dir(path))
	}
	fi, err := os.Stat(path)
	switch {
	case err == nil && fi.IsDir():
		return fmt.Errorf("%s is een map, geen bestand", path)
	case err == nil && !force:
		return &existsError{path}
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%s: kan niet nagaan of het bestand al bestaat: %w", path, err)
	}
	return nil
}

// testHookBeforeRename, when set by a test, runs after the temporary file
// is complete and before it is moved into place; an error aborts the save.
var testHookBeforeRename func(tmp string) error

// saveAtomic writes through write to a temporary file next to path, syncs
// it and moves it into place. Without force it never replaces a file: it
// links the temporary file to path, which fails if path appeared in the
// meantime (where links are not supported it checks and renames). On any
// error the temporary file is removed and path is untouched.
func saveAtomic(path string, force bool, write func(io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
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
	bw := bufio.NewWriterSize(tmp, 1<<20)
	if err = write(bw); err == nil {
		err = bw.Flush()
	}
	if err == nil {
		err = tmp.Sync()
	}
	if err == nil {
		// CreateTemp makes the file private; a workbook is an ordinary file.
		err = tmp.Chmod(0o644)
	}
	closed = true
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("kan %s niet schrijven: %w", path, err)
	}
	if testHookBeforeRename != nil {
		if err = testHookBeforeRename(name); err != nil {
			return fmt.Errorf("kan %s niet schrijven: %w", path, err)
		}
	}
	if force {
		if err = os.Rename(name, path); err != nil {
			return fmt.Errorf("kan %s niet vervangen (is het bestand geopend in Excel?): %w", path, err)
		}
	} else {
		if err = os.Link(name, path); err == nil {
			_ = os.Remove(name)
		} else if errors.Is(err, fs.ErrExist) {
			err = &existsError{path}
			return err
		} else { // no hard links here (FAT, some network shares)
			if _, serr := os.Lstat(path); serr == nil {
				err = &existsError{path}
				return err
			}
			if err = os.Rename(name, path); err != nil {
				return fmt.Errorf("kan %s niet schrijven: %w", path, err)
			}
		}
	}
	syncDir(dir)
	return nil
}

// syncDir makes the rename durable where the system allows it.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	_ = d.Sync()
	_ = d.Close()
}
