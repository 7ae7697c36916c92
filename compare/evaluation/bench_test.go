package evaluation

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// BenchmarkUpdateLargeFile is one key press's save with 5,000 judged
// agreements in the file: the change check (the file is read and hashed
// when its time cannot be trusted), the concatenation and the atomic
// write with its fsyncs.
func BenchmarkUpdateLargeFile(b *testing.B) {
	s := largeStore(b)
	b.ResetTimer()
	for i := range b.N {
		if _, err := s.Update("g1:1", Snapshot{}, func(e *Entry) { e.Note = fmt.Sprint("notitie ", i) }); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkChangeCheck is the part of a save that looks for another
// process's changes: the file is read and hashed (its time cannot be
// trusted right after a save), nothing is merged.
func BenchmarkChangeCheck(b *testing.B) {
	s := largeStore(b)
	b.ResetTimer()
	for range b.N {
		s.seen.info = nil // as right after a save
		if changed, err := s.Reload(); err != nil || changed {
			b.Fatal(changed, err)
		}
	}
}

// largeStore opens a file with 5,000 judged agreements.
func largeStore(b *testing.B) *Store {
	f := fileFormat{Version: formatVersion}
	text := strings.Repeat("Partijen gaan in gesprek over de woningbouwopgave. ", 4)
	for i := range 5000 {
		f.Entries = append(f.Entries, Entry{ID: fmt.Sprintf("g%d:%d", i%342, i), Verdict: Vaag, Note: "navragen",
			Gemeente: "G", Number: fmt.Sprint(i), Text: text, Changed: time.Now().UTC()})
	}
	data, err := json.Marshal(f)
	if err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(b.TempDir(), DefaultFile)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		b.Fatal(err)
	}
	s, err := Open(path)
	if err != nil {
		b.Fatal(err)
	}
	return s
}
