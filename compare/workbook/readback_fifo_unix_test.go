//go:build unix

package workbook

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A named pipe given as the workbook (--evaluatie x.xlsx) is refused at
// once: opening it would wait for a writer for ever.
func TestReadBackRefusesANamedPipe(t *testing.T) {
	path := filepath.Join(t.TempDir(), "evaluatie.xlsx")
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	done := make(chan error, 1)
	go func() { _, err := ReadBack(path); done <- err }()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "geen gewoon bestand") {
			t.Errorf("ReadBack(fifo) = %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("ReadBack hangs on a named pipe")
	}
}
