package atomicfile

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pakompas/compare/atomicfile/atomicfiletest"
)

// readString returns the content of path, failing the test if it cannot.
func readString(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// assertOnly fails unless dir holds exactly the names given (no
// temporary file left behind).
func assertOnly(t *testing.T, dir string, names ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	if strings.Join(got, ",") != strings.Join(names, ",") {
		t.Errorf("folder holds %v, want %v", got, names)
	}
}

func TestWriteCreatesAndReplaces(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.json")
	for _, content := range []string{"eerste", "tweede, langer", "3"} {
		if err := WriteFile(path, []byte(content), Options{}); err != nil {
			t.Fatal(err)
		}
		if got := readString(t, path); got != content {
			t.Fatalf("file holds %q, want %q", got, content)
		}
	}
	assertOnly(t, dir, "a.json")
}

func TestNewFileGetsTheUmaskMode(t *testing.T) {
	dir := t.TempDir()
	want := atomicfiletest.NewFileMode(t, dir)
	path := filepath.Join(dir, "nieuw.json")
	if err := WriteFile(path, []byte("x"), Options{}); err != nil {
		t.Fatal(err)
	}
	got, _ := os.Stat(path)
	if got.Mode().Perm() != want {
		t.Errorf("new file mode %v, want %v (0666 minus the umask)", got.Mode().Perm(), want)
	}
	if got.Mode().Perm() == 0o600 && want != 0o600 {
		t.Error("new file is private")
	}
}

func TestExistingFileKeepsItsMode(t *testing.T) {
	dir := t.TempDir()
	for _, mode := range []fs.FileMode{0o644, 0o640, 0o600, 0o664, 0o604} {
		path := filepath.Join(dir, "f"+mode.String())
		if err := os.WriteFile(path, []byte("oud"), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(path, mode); err != nil {
			t.Fatal(err)
		}
		if err := WriteFile(path, []byte("nieuw"), Options{}); err != nil {
			t.Fatal(err)
		}
		fi, _ := os.Stat(path)
		if fi.Mode().Perm() != mode {
			t.Errorf("mode %v became %v", mode, fi.Mode().Perm())
		}
	}
}

func TestWriteFollowsSymlinks(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "echt")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	target := filepath.Join(sub, "evaluatie.json")
	if err := os.WriteFile(target, []byte("oud"), 0o640); err != nil {
		t.Fatal(err)
	}
	// A relative link to the target, and an absolute link to that link.
	rel := filepath.Join(dir, "rel.json")
	if err := os.Symlink(filepath.Join("echt", "evaluatie.json"), rel); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	abs := filepath.Join(dir, "abs.json")
	if err := os.Symlink(rel, abs); err != nil {
		t.Fatal(err)
	}
	for i, link := range []string{rel, abs} {
		content := []byte{'a' + byte(i)}
		if err := WriteFile(link, content, Options{}); err != nil {
			t.Fatal(err)
		}
		if fi, err := os.Lstat(link); err != nil || fi.Mode()&fs.ModeSymlink == 0 {
			t.Fatalf("%s is no longer a link (%v)", link, err)
		}
		if got := readString(t, target); got != string(content) {
			t.Fatalf("target holds %q after writing %q through %s", got, content, link)
		}
		if fi, _ := os.Stat(target); fi.Mode().Perm() != 0o640 {
			t.Errorf("target mode %v, want 0640", fi.Mode().Perm())
		}
	}
	assertOnly(t, sub, "evaluatie.json")

	// A dangling link creates the file it points to.
	dangling := filepath.Join(dir, "nog-niet.json")
	if err := os.Symlink(filepath.Join(sub, "later.json"), dangling); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(dangling, []byte("later"), Options{}); err != nil {
		t.Fatal(err)
	}
	if got := readString(t, filepath.Join(sub, "later.json")); got != "later" {
		t.Errorf("dangling link target holds %q", got)
	}
	if fi, _ := os.Lstat(dangling); fi.Mode()&fs.ModeSymlink == 0 {
		t.Error("the dangling link was replaced")
	}
}

func TestSymlinkLoopIsAnError(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	if err := os.Symlink(b, a); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := os.Symlink(a, b); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(a, []byte("x"), Options{}); err == nil || !strings.Contains(err.Error(), a) {
		t.Fatalf("link loop: %v", err)
	}
}

func TestRefusesAFolder(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "map.json")
	if err := os.Mkdir(path, 0o755); err != nil {
		t.Fatal(err)
	}
	err := WriteFile(path, []byte("x"), Options{})
	if !errors.Is(err, ErrNotRegular) || !strings.Contains(err.Error(), "is een map") {
		t.Fatalf("write to a folder: %v", err)
	}
	if _, _, err := ReadFile(path, 1<<20); !errors.Is(err, ErrNotRegular) {
		t.Fatalf("read of a folder: %v", err)
	}
	assertOnly(t, dir, "map.json")
}

func TestNoReplace(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "werkmap.xlsx")
	if err := WriteFile(path, []byte("eerste"), Options{NoReplace: true}); err != nil {
		t.Fatal(err)
	}
	err := WriteFile(path, []byte("tweede"), Options{NoReplace: true})
	if !errors.Is(err, ErrExists) || !strings.Contains(err.Error(), path) {
		t.Fatalf("second write: %v, want ErrExists naming the file", err)
	}
	if got := readString(t, path); got != "eerste" {
		t.Fatalf("file changed to %q", got)
	}
	// The race Check cannot see: the file appears while the new one is
	// being written. The link into place must refuse it then too.
	other := filepath.Join(dir, "later.xlsx")
	err = WriteFile(other, []byte("van ons"), Options{NoReplace: true, BeforeRename: func(string) error {
		return os.WriteFile(other, []byte("van een ander"), 0o644)
	}})
	if !errors.Is(err, ErrExists) {
		t.Fatalf("file appearing during the write: %v", err)
	}
	if got := readString(t, other); got != "van een ander" {
		t.Fatalf("the other file was replaced: %q", got)
	}
	assertOnly(t, dir, "later.xlsx", "werkmap.xlsx")
}

func TestFailedWriteKeepsOldFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.json")
	if err := WriteFile(path, []byte("oud"), Options{}); err != nil {
		t.Fatal(err)
	}
	full := errors.New("schijf vol")
	for _, opts := range []Options{
		{Wrap: func(io.Writer) io.Writer { return failWriter{full} }},
		{BeforeRename: func(string) error { return full }},
	} {
		err := Write(path, opts, func(w io.Writer) error {
			_, err := w.Write(bytes.Repeat([]byte("nieuw "), 1<<18))
			return err
		})
		if !errors.Is(err, full) || !strings.Contains(err.Error(), path) {
			t.Fatalf("error %v, want the disk error naming the file", err)
		}
		if got := readString(t, path); got != "oud" {
			t.Fatalf("file holds %q after a failed write", got)
		}
		assertOnly(t, dir, "a.json")
	}
	// An error from the caller's write function aborts too.
	if err := Write(path, Options{}, func(io.Writer) error { return full }); !errors.Is(err, full) {
		t.Fatalf("error %v", err)
	}
	assertOnly(t, dir, "a.json")
}

type failWriter struct{ err error }

func (f failWriter) Write([]byte) (int, error) { return 0, f.err }

func TestReadFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.json")
	if _, _, err := ReadFile(path, 1<<20); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("missing file: %v", err)
	}
	want := bytes.Repeat([]byte("0123456789"), 100_000)
	if err := os.WriteFile(path, want, 0o644); err != nil {
		t.Fatal(err)
	}
	got, fi, err := ReadFile(path, 1<<20)
	if err != nil || !bytes.Equal(got, want) || fi.Size() != int64(len(want)) {
		t.Fatalf("read %d bytes (%v), want %d", len(got), err, len(want))
	}
}

// TestReadFileLimit: a file past the limit is refused, naming the file,
// and a file of exactly the limit is read.
func TestReadFileLimit(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.json")
	if err := os.WriteFile(path, bytes.Repeat([]byte("x"), 1001), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := ReadFile(path, 1000); !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), path) {
		t.Fatalf("1001 bytes with limit 1000: %v", err)
	}
	if got, _, err := ReadFile(path, 1001); err != nil || len(got) != 1001 {
		t.Fatalf("1001 bytes with limit 1001: %d, %v", len(got), err)
	}
}
