package workbook

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A workbook that would unpack to more than the read-back limit is
// refused before anything is inflated, in Dutch, naming the file and the
// way out.
func TestReadBackRefusesTooLarge(t *testing.T) {
	path, _, _ := writeDemo(t)
	old := maxReadBackUnzipped
	maxReadBackUnzipped = 64 << 10 // the demo workbook unpacks to more
	t.Cleanup(func() { maxReadBackUnzipped = old })
	start := time.Now()
	_, err := ReadBack(path)
	if err == nil {
		t.Fatal("ReadBack read a workbook over the limit")
	}
	for _, w := range []string{path, "uitgepakt", "zip-bom", ".json"} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error lacks %q: %v", w, err)
		}
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("refusing took %v", d)
	}
	// Within the limit it reads.
	maxReadBackUnzipped = old
	if _, err := ReadBack(path); err != nil {
		t.Errorf("within the limit: %v", err)
	}
}

// A folder given as the workbook is refused by name.
func TestReadBackRefusesAFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "map.xlsx")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	_, err := ReadBack(dir)
	if err == nil || !strings.Contains(err.Error(), "geen gewoon bestand") || !strings.Contains(err.Error(), dir) {
		t.Errorf("ReadBack(folder) = %v", err)
	}
}

// Continuations of Alle afspraken are recognised as an adviser may have
// respaced or recased them; other sheets are not.
func TestIsAllSheet(t *testing.T) {
	for name, want := range map[string]bool{
		"Alle afspraken": true, "alle  afspraken ": true, "Alle afspraken (2)": true, "ALLE AFSPRAKEN (12)": true,
		"Alle afspraken ()": false, "Alle afspraken (x)": false, "Alle afspraken 2": false, "Ontbrekend": false,
		"Alle afspraken (2) kopie": false,
	} {
		if got := isAllSheet(name); got != want {
			t.Errorf("isAllSheet(%q) = %v, want %v", name, got, want)
		}
	}
}
