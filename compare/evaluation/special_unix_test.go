//go:build unix

package evaluation

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"pakompas/compare/atomicfile"
	"pakompas/compare/atomicfile/atomicfiletest"
)

func TestOpenRefusesANamedPipe(t *testing.T) {
	path := filepath.Join(t.TempDir(), DefaultFile)
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	err := atomicfiletest.Within(t, "Open of a named pipe", func() error { _, err := Open(path); return err })
	if !errors.Is(err, atomicfile.ErrNotRegular) {
		t.Fatalf("Open of a named pipe: %v", err)
	}
}

// As root, --evaluatie /dev/null must not replace the device.
func TestOpenRefusesADevice(t *testing.T) {
	if fi, err := os.Stat(os.DevNull); err != nil || fi.Mode()&fs.ModeDevice == 0 {
		t.Skip("no device at", os.DevNull)
	}
	if _, err := Open(os.DevNull); !errors.Is(err, atomicfile.ErrNotRegular) {
		t.Fatalf("Open(%s): %v", os.DevNull, err)
	}
}

// The file is replaced by a named pipe while the store is open: the next
// save refuses it, without hanging, and keeps the change in memory.
func TestSaveRefusesANamedPipe(t *testing.T) {
	path := filepath.Join(t.TempDir(), DefaultFile)
	s := saveOne(t, path, "u:1")
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	err := atomicfiletest.Within(t, "saving to a named pipe", func() error {
		_, err := s.Update("u:2", Snapshot{}, func(e *Entry) { e.Note = "n" })
		return err
	})
	if !errors.Is(err, atomicfile.ErrNotRegular) || !errors.Is(err, ErrUnsaved) {
		t.Fatalf("save to a named pipe: %v", err)
	}
	if s.Get("u:2").Note != "n" || s.Unsaved() == nil {
		t.Error("the unsaved change is not kept")
	}
	if fi, _ := os.Lstat(path); fi.Mode()&fs.ModeNamedPipe == 0 {
		t.Error("the named pipe was replaced")
	}
	if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 1 {
		t.Errorf("files left next to the named pipe: %v", entries)
	}
}
