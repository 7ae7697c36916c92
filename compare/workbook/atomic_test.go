package workbook

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// assertEmptyDir fails when dir holds any file (a leftover temporary file
// or a half workbook).
func assertEmptyDir(t *testing.T, dir string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		t.Errorf("left behind: %s", e.Name())
	}
}

func TestRefuseOverwrite(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "evaluatie.xlsx")
	if err := Write(path, demoInput(), Options{}); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)

	in := demoInput()
	in.Version = "9.9.9"
	err := Write(path, in, Options{})
	if !errors.Is(err, ErrExists) || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "bestaat al") {
		t.Fatalf("second write without Force: %v, want a Dutch ErrExists naming the file", err)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Fatal("the existing file was changed")
	}

	if err := Write(path, in, Options{Force: true}); err != nil {
		t.Fatalf("Force: %v", err)
	}
	if after, _ := os.ReadFile(path); bytes.Equal(before, after) {
		t.Fatal("Force did not replace the file")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("folder holds %d entries, want only the workbook", len(entries))
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm()&0o044 == 0 {
		t.Errorf("workbook mode %v: others cannot read it", fi.Mode())
	}
}

func TestFailedWriteLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "evaluatie.xlsx")
	var tmpSeen string
	testHookBeforeRename = func(tmp string) error {
		tmpSeen = tmp
		if _, err := os.Stat(tmp); err != nil {
			t.Errorf("temporary file %s missing before rename: %v", tmp, err)
		}
		return errors.New("schijf vol")
	}
	defer func() { testHookBeforeRename = nil }()

	err := Write(path, demoInput(), Options{})
	if err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "schijf vol") {
		t.Fatalf("failed write: %v", err)
	}
	if filepath.Dir(tmpSeen) != dir {
		t.Errorf("temporary file %s not in the target folder", tmpSeen)
	}
	assertEmptyDir(t, dir)

	// With an existing file and Force: the old file survives a failure.
	testHookBeforeRename = nil
	if err := Write(path, demoInput(), Options{}); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)
	testHookBeforeRename = func(string) error { return errors.New("schijf vol") }
	in := demoInput()
	in.Version = "9.9.9"
	if err := Write(path, in, Options{Force: true}); err == nil {
		t.Fatal("want an error")
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Fatal("a failed forced write changed the existing file")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("folder holds %d entries after a failed write, want only the old workbook", len(entries))
	}
}

func TestTargetIsFolder(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "map.xlsx")
	if err := os.Mkdir(path, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := Write(path, demoInput(), Options{Force: true}); err == nil || !strings.Contains(err.Error(), "is een map") {
		t.Fatalf("folder as target: %v", err)
	}
}
