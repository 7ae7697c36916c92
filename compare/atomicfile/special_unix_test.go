//go:build unix

package atomicfile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"pakompas/compare/atomicfile/atomicfiletest"
)

func TestRefusesANamedPipe(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pijp.json")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	err := atomicfiletest.Within(t, "reading a named pipe", func() error { _, _, err := ReadFile(fifo, 1<<20); return err })
	if !errors.Is(err, ErrNotRegular) || !strings.Contains(err.Error(), "named pipe") {
		t.Fatalf("read: %v", err)
	}
	err = atomicfiletest.Within(t, "writing a named pipe", func() error { return WriteFile(fifo, []byte("x"), Options{}) })
	if !errors.Is(err, ErrNotRegular) || !strings.Contains(err.Error(), fifo) {
		t.Fatalf("write: %v", err)
	}
	// Through a link too.
	link := filepath.Join(dir, "link.json")
	if err := os.Symlink(fifo, link); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(link, []byte("x"), Options{}); !errors.Is(err, ErrNotRegular) {
		t.Fatalf("write through a link: %v", err)
	}
	if fi, _ := os.Lstat(fifo); fi.Mode()&fs.ModeNamedPipe == 0 {
		t.Error("the named pipe was replaced")
	}
	assertOnly(t, dir, "link.json", "pijp.json")
}

// As root a rename over /dev/null would replace the device with a file.
func TestRefusesADevice(t *testing.T) {
	fi, err := os.Stat(os.DevNull)
	if err != nil || fi.Mode()&fs.ModeDevice == 0 {
		t.Skip("no device at", os.DevNull)
	}
	if err := WriteFile(os.DevNull, []byte("x"), Options{}); !errors.Is(err, ErrNotRegular) || !strings.Contains(err.Error(), "apparaat") {
		t.Fatalf("write: %v", err)
	}
	if _, _, err := ReadFile(os.DevNull, 1<<20); !errors.Is(err, ErrNotRegular) {
		t.Fatalf("read: %v", err)
	}
	if fi, _ := os.Stat(os.DevNull); fi.Mode()&fs.ModeDevice == 0 {
		t.Fatal(os.DevNull, "is no longer a device")
	}
}

func TestRootKeepsTheOwner(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("only root can give a file to another user")
	}
	path := filepath.Join(t.TempDir(), "a.json")
	if err := os.WriteFile(path, []byte("oud"), 0o640); err != nil {
		t.Fatal(err)
	}
	if err := os.Chown(path, 4321, 4322); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(path, []byte("nieuw"), Options{}); err != nil {
		t.Fatal(err)
	}
	fi, _ := os.Stat(path)
	st := fi.Sys().(*syscall.Stat_t)
	if st.Uid != 4321 || st.Gid != 4322 || fi.Mode().Perm() != 0o640 {
		t.Errorf("owner %d:%d mode %v, want 4321:4322 0640", st.Uid, st.Gid, fi.Mode().Perm())
	}
}
