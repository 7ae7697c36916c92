package evaluation

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// writeNote writes a file holding one entry with the given note, changed
// at the given hour, in place (the same file, as an editor might), with
// modification time at.
func writeNote(t *testing.T, path, text, hour string, at time.Time) {
	t.Helper()
	data := `{"versie": 1, "afspraken": [{"id": "x:1", "notitie": "` + text + `", "gewijzigd": "2025-05-01T` + hour + `:00:00Z"}]}`
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString(data); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(path, at, at); err != nil {
		t.Fatal(err)
	}
}

// A file system that keeps whole seconds: a rewrite of the same size
// within the same second looks the same to stat, and the content check
// still sees it.
func TestSameSizeRewriteInTheSameSecondIsSeen(t *testing.T) {
	path := filepath.Join(t.TempDir(), DefaultFile)
	second := time.Now().Truncate(time.Second)
	writeNote(t, path, "aaaa", "10", second)
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	writeNote(t, path, "bbbb", "11", second)
	changed, err := s.Reload()
	if err != nil || !changed || s.Get("x:1").Note != "bbbb" || s.ExternalChanges() != 1 {
		t.Fatalf("Reload: %v, %v, note %q, %d external changes; want the rewrite seen", changed, err, s.Get("x:1").Note, s.ExternalChanges())
	}
}

// A file that was only touched (a backup tool, a copy that keeps the
// content) is not another process's change.
func TestTouchedFileIsNoChange(t *testing.T) {
	path := filepath.Join(t.TempDir(), DefaultFile)
	s := saveOne(t, path, "x:1")
	later := time.Now().Add(time.Minute)
	if err := os.Chtimes(path, later, later); err != nil {
		t.Fatal(err)
	}
	if changed, err := s.Reload(); err != nil || changed || s.ExternalChanges() != 0 {
		t.Fatalf("Reload after a touch: %v, %v, %d external changes", changed, err, s.ExternalChanges())
	}
	// The content check recorded the new time: the next check is by stat.
	if !s.seen.unchanged(mustStat(t, path)) {
		t.Error("the fingerprint was not renewed after the content check")
	}
}

func mustStat(t *testing.T, path string) os.FileInfo {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi
}

// A file that disappeared is not "another process removed everything":
// the next save writes memory again.
func TestRemovedFileIsWrittenAgain(t *testing.T) {
	path := filepath.Join(t.TempDir(), DefaultFile)
	s := saveOne(t, path, "x:1")
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if changed, err := s.Reload(); err != nil || changed || len(s.Entries()) != 1 {
		t.Fatalf("Reload of a removed file: %v, %v, %d entries", changed, err, len(s.Entries()))
	}
	note(t, s, "x:2", "tweede")
	data, err := os.ReadFile(path)
	if err != nil || !strings.Contains(string(data), `"x:1"`) || !strings.Contains(string(data), `"x:2"`) {
		t.Fatalf("file after the save: %s (%v)", data, err)
	}
}
