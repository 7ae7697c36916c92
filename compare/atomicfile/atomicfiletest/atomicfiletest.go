// Package atomicfiletest helps tests check how files are written: the
// mode a new file gets here, and calls that must not hang.
package atomicfiletest

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// NewFileMode is the permission a new file gets in dir when a program
// asks for 0666: 0666 minus the umask. It creates and removes a file.
func NewFileMode(t testing.TB, dir string) fs.FileMode {
	t.Helper()
	ref := filepath.Join(dir, ".umask-ref")
	f, err := os.OpenFile(ref, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o666)
	if err != nil {
		t.Fatal(err)
	}
	defer os.Remove(ref)
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		t.Fatal(err)
	}
	return fi.Mode().Perm()
}

// Within runs f and returns its error; it fails the test if f takes more
// than 5 seconds (reading a named pipe, for one, can wait for ever).
func Within(t testing.TB, what string, f func() error) error {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- f() }()
	select {
	case err := <-done:
		return err
	case <-time.After(5 * time.Second):
		t.Fatalf("%s hangs", what)
		return nil
	}
}
