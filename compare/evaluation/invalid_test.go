package evaluation

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeFile writes data to a new evaluation file and returns its path.
func writeFile(t *testing.T, data string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), DefaultFile)
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// A file saved by Notepad starts with a UTF-8 byte order mark; it loads.
func TestFileWithBOMLoads(t *testing.T) {
	path := writeFile(t, "\ufeff"+`{"versie": 1, "afspraken": [{"id": "uithoorn:1", "oordeel": "vaag", "gewijzigd": "2025-01-02T03:04:05Z"}]}`)
	s, err := Open(path)
	if err != nil {
		t.Fatalf("a file with a BOM is refused: %v", err)
	}
	if got := s.Get("uithoorn:1").Verdict; got != Vaag {
		t.Errorf("verdict %q, want vaag", got)
	}
}

// An unknown verdict is named (file and id), counts as none everywhere the
// store is read, and stays in the file until the adviser changes that
// entry; the rest of the file is used. A verdict in another case is read.
func TestUnknownVerdictIsReportedAndNotUsed(t *testing.T) {
	path := writeFile(t, `{"versie": 1, "afspraken": [
	  {"id": "a:1", "oordeel": "bogus", "notitie": "navragen", "gewijzigd": "2025-01-02T03:04:05Z"},
	  {"id": "a:2", "oordeel": "Niet  Vaag", "gewijzigd": "2025-01-02T03:04:05Z"},
	  {"id": "a:3", "oordeel": "misschien", "gewijzigd": "2025-01-02T03:04:05Z"}]}`)
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	var invalid *InvalidError
	if err := s.Invalid(); !errors.As(err, &invalid) {
		t.Fatalf("Invalid() = %v, want an *InvalidError", err)
	}
	msg := s.Invalid().Error()
	for _, want := range []string{path, "a:1", `"bogus"`, "a:3", `"misschien"`, "kies vaag, niet vaag of twijfel"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message lacks %q: %s", want, msg)
		}
	}
	if strings.Contains(msg, "a:2") {
		t.Errorf("a known verdict is reported: %s", msg)
	}
	if e := s.Get("a:1"); e.Verdict != None || e.Note != "navragen" {
		t.Errorf("Get(a:1) = %+v, want no verdict and the note", e)
	}
	if e := s.Get("a:2"); e.Verdict != NietVaag {
		t.Errorf("Get(a:2).Verdict = %q, want niet vaag", e.Verdict)
	}
	for _, e := range s.Entries() {
		if !e.Verdict.Valid() {
			t.Errorf("Entries() holds unknown verdict %+v", e)
		}
	}
	for _, e := range s.Orphans(func(string) bool { return false }) {
		if !e.Verdict.Valid() {
			t.Errorf("Orphans() holds unknown verdict %+v", e)
		}
	}
	// A change to another entry keeps the unknown verdict in the file.
	if _, err := s.Update("a:2", Snapshot{}, func(e *Entry) { e.Note = "ok" }); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	if !strings.Contains(string(data), `"bogus"`) {
		t.Errorf("the unknown verdict was dropped from the file:\n%s", data)
	}
	// A change to the entry itself replaces it (it counted as none).
	if _, err := s.Update("a:1", Snapshot{}, func(e *Entry) { e.Note = "navragen bij gemeente" }); err != nil {
		t.Fatalf("a note on an entry with an unknown verdict: %v", err)
	}
	data, _ = os.ReadFile(path)
	if strings.Contains(string(data), `"bogus"`) {
		t.Errorf("the changed entry kept its unknown verdict:\n%s", data)
	}
	if err := s.Invalid(); err == nil || !strings.Contains(err.Error(), "a:3") || strings.Contains(err.Error(), "a:1") {
		t.Errorf("after the change Invalid() = %v, want only a:3", err)
	}
}

// TestOpenRefusesHugeFile: an evaluation file past MaxFileSize is refused
// with a message naming it, before it is read, and is left as it was.
func TestOpenRefusesHugeFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pakompas-evaluatie.json")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	// A sparse file: MaxFileSize+1 bytes on paper, nothing on disk.
	if err := f.Truncate(MaxFileSize + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if _, err := Open(path); err == nil || strings.Count(err.Error(), path) != 1 || !strings.Contains(err.Error(), "te groot") {
		t.Fatalf("Open of a %d-byte file: %v (want the path named once)", MaxFileSize+1, err)
	}
	if fi, err := os.Stat(path); err != nil || fi.Size() != MaxFileSize+1 {
		t.Fatalf("file changed: %v %v", fi, err)
	}
}
