package workbook

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"pakompas/compare/atomicfile"
)

// ErrExists is returned (wrapped, with the file name) when the target
// exists and Options.Force is not set.
var ErrExists = atomicfile.ErrExists

// checkTarget refuses a path that is not an .xlsx file, lies in a folder
// that does not exist, is not a regular file (a folder, a device), or
// exists without force: before the workbook is built, not after.
func checkTarget(path string, force bool) error {
	if !strings.EqualFold(filepath.Ext(path), ".xlsx") {
		return fmt.Errorf("%s: een werkmap moet de extensie .xlsx hebben", path)
	}
	if fi, err := os.Stat(filepath.Dir(path)); err != nil || !fi.IsDir() {
		return fmt.Errorf("%s: de map %s bestaat niet", path, filepath.Dir(path))
	}
	_, _, err := atomicfile.Check(path, saveOptions(force))
	return err
}

// testHookBeforeRename, when set by a test, runs after the temporary file
// is complete and before it is moved into place; an error aborts the save.
var testHookBeforeRename func(tmp string) error

// saveOptions are the atomic write's options for an export: never replace
// a file unless forced.
func saveOptions(force bool) atomicfile.Options {
	return atomicfile.Options{NoReplace: !force, BeforeRename: testHookBeforeRename}
}
