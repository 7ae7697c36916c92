package evaluation

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pakompas/compare/atomicfile"
	"pakompas/compare/atomicfile/atomicfiletest"
)

// saveOne opens path and saves one verdict through the store.
func saveOne(t *testing.T, path, id string) *Store {
	t.Helper()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Update(id, Snapshot{}, func(e *Entry) { e.Verdict = Vaag }); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestSaveFollowsASymlink(t *testing.T) {
	dir := t.TempDir()
	shared := filepath.Join(dir, "gedeeld")
	if err := os.Mkdir(shared, 0o755); err != nil {
		t.Fatal(err)
	}
	target := filepath.Join(shared, DefaultFile)
	link := filepath.Join(dir, DefaultFile)
	if err := os.Symlink(filepath.Join("gedeeld", DefaultFile), link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	saveOne(t, link, "u:1")
	saveOne(t, link, "u:2")
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&fs.ModeSymlink == 0 {
		t.Fatalf("the evaluation file is no longer a link (%v)", err)
	}
	r, err := Open(target)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(r.Entries()); n != 2 {
		t.Fatalf("the link's target holds %d entries, want 2", n)
	}
}

func TestSaveKeepsTheFileMode(t *testing.T) {
	dir := t.TempDir()
	for _, mode := range []fs.FileMode{0o644, 0o640, 0o600} {
		path := filepath.Join(dir, "eval"+mode.String()+".json")
		if err := os.WriteFile(path, nil, mode); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(path, mode); err != nil {
			t.Fatal(err)
		}
		saveOne(t, path, "u:1")
		if fi, _ := os.Stat(path); fi.Mode().Perm() != mode {
			t.Errorf("mode %v became %v", mode, fi.Mode().Perm())
		}
	}
	// A new file is an ordinary file: 0666 minus the umask, like a
	// reference file created here, not private 0600.
	want := atomicfiletest.NewFileMode(t, dir)
	path := filepath.Join(dir, DefaultFile)
	saveOne(t, path, "u:1")
	if got, _ := os.Stat(path); got.Mode().Perm() != want {
		t.Errorf("new evaluation file mode %v, want %v", got.Mode().Perm(), want)
	}
}

func TestOpenRefusesAFolder(t *testing.T) {
	path := filepath.Join(t.TempDir(), DefaultFile)
	if err := os.Mkdir(path, 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(path); !errors.Is(err, atomicfile.ErrNotRegular) || !strings.Contains(err.Error(), "is een map") {
		t.Fatalf("Open of a folder: %v", err)
	}
}
