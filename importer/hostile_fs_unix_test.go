//go:build unix

package importer

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// importWithin imports paths and fails the test if that takes longer than
// limit (the import is left hanging then: this is what the test is about).
func importWithin(t *testing.T, limit time.Duration, paths ...string) *Report {
	t.Helper()
	done := make(chan *Report, 1)
	go func() { done <- Import(context.Background(), paths, Options{}) }()
	select {
	case rep := <-done:
		return rep
	case <-time.After(limit):
		t.Fatalf("import of %v still running after %v", paths, limit)
		return nil
	}
}

// Issue 11 row 2: a FIFO named x.csv in an input folder, or given as the
// path, hung the import for ever. Only regular files are read; the FIFO is
// reported as no regular file and the rest imports.
func TestFIFONeverHangs(t *testing.T) {
	dir := t.TempDir()
	book{sheets: []sheetSpec{{name: "A", rows: [][]any{{"Nr", "Afspraak"}, {"1", "De corporatie bouwt 10 woningen."}}}}}.xlsx(t, dir, "uithoorn.xlsx")
	fifo := filepath.Join(dir, "x.csv")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	for _, paths := range [][]string{{dir}, {fifo}} {
		rep := importWithin(t, 5*time.Second, paths...)
		fr := byName(rep)["x.csv"]
		if fr.ErrorKind != ErrNotRegular || !strings.Contains(fr.Error, "geen gewoon bestand") || !strings.Contains(fr.Error, "FIFO") {
			t.Errorf("%v: FIFO reported as %q (%s)", paths, fr.ErrorKind, fr.Error)
		}
	}
	if rep := importWithin(t, 5*time.Second, dir); len(rep.Agreements) != 1 {
		t.Errorf("the good file: %d agreements", len(rep.Agreements))
	}
	// A FIFO put where a listed regular file was (the path changed after
	// listing) is refused when opened, without waiting for a writer.
	opened := make(chan error, 1)
	go func() {
		src, err := openOS(fifo)
		if err == nil {
			src.close()
		}
		opened <- err
	}()
	select {
	case err := <-opened:
		if fe := pathError(fifo, err); fe.Kind != ErrNotRegular {
			t.Errorf("opening a FIFO: %v (%s)", err, fe.Kind)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("opening a FIFO blocks")
	}
}

// Issue 11 row 10: a symbolic link loop and a link to a folder named like
// a spreadsheet were "niet gevonden" (not_found). Each has its own kind
// and message; a link to a folder with another name is listed as not
// walked; a missing file is still not_found.
func TestLinksAndFoldersOwnErrors(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	sub := filepath.Join(dir, "sub")
	for _, d := range []string{in, sub} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	links := map[string]string{
		"lus-a.csv":  filepath.Join(in, "lus-b.csv"),
		"lus-b.csv":  filepath.Join(in, "lus-a.csv"),
		"map.xlsx":   sub,
		"andere-map": sub,
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(in, name)); err != nil {
			t.Fatal(err)
		}
	}
	files := byName(importWithin(t, 5*time.Second, in, filepath.Join(dir, "weg.csv")))
	for name, kind := range map[string]ErrorKind{"lus-a.csv": ErrSymlinkLoop, "lus-b.csv": ErrSymlinkLoop, "map.xlsx": ErrIsDir, "weg.csv": ErrNotFound} {
		if f := files[name]; f.ErrorKind != kind || f.Error != messages[kind] {
			t.Errorf("%s: %q (%s), want %q", name, f.ErrorKind, f.Error, kind)
		}
	}
	if f := files["andere-map"]; f.Error != "" || !strings.Contains(f.Ignored, "koppeling naar een map") {
		t.Errorf("link to a folder: %+v", f)
	}
	// A link to a folder given as the path is walked: the adviser chose it.
	if err := os.WriteFile(filepath.Join(sub, "uithoorn.csv"), []byte("Nr;Afspraak\n1;De corporatie bouwt 10 woningen.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if rep := importWithin(t, 5*time.Second, filepath.Join(in, "andere-map")); len(rep.Agreements) != 1 {
		t.Errorf("a link to a folder as the path: %+v", rep.Files)
	}
	// The loop given directly as a path.
	if f := byName(importWithin(t, 5*time.Second, filepath.Join(in, "lus-a.csv")))["lus-a.csv"]; f.ErrorKind != ErrSymlinkLoop {
		t.Errorf("loop as a path: %q (%s)", f.ErrorKind, f.Error)
	}
}

// Issue 11 row 10: no permission to read a file or a folder is said as
// such. (Root reads everything, so there this runs on synthetic errors
// only; TestPathErrorKinds covers the mapping.)
func TestPermissionDenied(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root can read files without permission")
	}
	dir := t.TempDir()
	file := writeFile(t, dir, "geheim.csv", []byte("Nr;Afspraak\n1;Tekst.\n"))
	closed := filepath.Join(dir, "dicht")
	if err := os.Mkdir(closed, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, closed, "a.csv", []byte("Nr;Afspraak\n1;Tekst.\n"))
	for _, p := range []string{file, closed} {
		if err := os.Chmod(p, 0); err != nil {
			t.Fatal(err)
		}
		defer os.Chmod(p, 0o755)
	}
	files := byName(importWithin(t, 5*time.Second, file, closed))
	for _, name := range []string{"geheim.csv", "dicht"} {
		if f := files[name]; f.ErrorKind != ErrPermission || f.Error != messages[ErrPermission] {
			t.Errorf("%s: %q (%s)", name, f.ErrorKind, f.Error)
		}
	}
}

// Every way a path can fail maps to its own kind.
func TestPathErrorKinds(t *testing.T) {
	pe := func(err error) error { return &fs.PathError{Op: "open", Path: "x.csv", Err: err} }
	cases := map[error]ErrorKind{
		pe(syscall.ENOENT):  ErrNotFound,
		pe(syscall.ENOTDIR): ErrNotFound,
		pe(syscall.EACCES):  ErrPermission,
		pe(syscall.EPERM):   ErrPermission,
		pe(syscall.ELOOP):   ErrSymlinkLoop,
		pe(syscall.EISDIR):  ErrIsDir,
		pe(errNotRegular):   ErrNotRegular,
		pe(syscall.EIO):     ErrReadFailed,
	}
	for err, kind := range cases {
		if fe := pathError("x.csv", err); fe.Kind != kind || !errors.Is(fe, err) {
			t.Errorf("%v: %q", err, fe.Kind)
		}
	}
	if fe := pathError("x.csv", pe(syscall.EIO)); !strings.Contains(fe.Msg, "input/output error") {
		t.Errorf("read error message %q", fe.Msg)
	}
}
