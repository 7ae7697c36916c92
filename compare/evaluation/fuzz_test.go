package evaluation

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// FuzzOpen feeds random bytes to the evaluation file loader as the file on
// disk. It must never panic; a file it cannot parse is never written (not
// by Open, not by a store that had the file open before it became
// unreadable); a file it can parse takes a new change and reads back with
// every entry it held, unknown verdicts included.
//
//	go test -fuzz=FuzzOpen ./compare/evaluation
func FuzzOpen(f *testing.F) {
	for _, s := range []string{
		"",
		`{"versie": 1, "afspraken": []}`,
		"\ufeff" + `{"versie": 1, "afspraken": [{"id": "a:1", "oordeel": "vaag", "gewijzigd": "2025-01-02T03:04:05Z"}]}`,
		`{"versie": 1, "afspraken": [{"id": "a:1", "oordeel": "bogus", "notitie": "x", "gewijzigd": "2025-01-02T03:04:05Z"}]}`,
		`{"versie": 1, "thema_per_lokale_naam": {"Wonen": "leefbaarheid"}, "thema_per_lokale_naam_gewijzigd": {"Wonen": "2025-01-02T03:04:05Z", "Oud": "2024-01-01T00:00:00Z"}, "verwijderd": {"a:2": "2025-02-01T00:00:00Z"}, "afspraken": [{"id": "a:2", "oordeel": "Niet Vaag", "thema": "duurzaamheid", "gewijzigd": "2025-01-01T00:00:00Z"}]}`,
		`{"versie": 2}`,
		`{"versie": 1, "afspraken": [{"id": "", "oordeel": "vaag"}, {"id": "a:1"}, {"id": "a:1", "notitie": "twee"}]}`,
		`[1, 2, 3]`,
		`{"versie": 1, "afspraken": [{"id": "a:1", "gewijzigd": "9999-12-31T23:59:59.999999999Z"}]}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		dir := t.TempDir()
		path := filepath.Join(dir, DefaultFile)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		s, err := Open(path)
		if err != nil {
			unreadable(t, dir, path, data)
			return
		}
		roundTrip(t, s, path)
	})
}

// unreadable checks that a file Open refused is never written.
func unreadable(t *testing.T, dir, path string, data []byte) {
	if got, _ := os.ReadFile(path); !bytes.Equal(got, data) {
		t.Fatal("Open changed a file it could not parse")
	}
	// A store that opened the file while it was missing (or readable)
	// finds it unreadable at its next save.
	other := filepath.Join(dir, "ander.json")
	s, err := Open(other)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(other, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Update("a:1", Snapshot{}, func(e *Entry) { e.Verdict = Vaag }); err == nil {
		t.Fatal("a save over a file that cannot be parsed succeeded")
	}
	if got, _ := os.ReadFile(other); !bytes.Equal(got, data) {
		t.Fatal("a save overwrote a file it could not parse")
	}
}

// roundTrip makes one change and checks the file reads back with
// everything it held plus the change.
func roundTrip(t *testing.T, s *Store, path string) {
	before := s.Entries()
	raw := map[string]Verdict{}
	s.mu.Lock()
	for id, e := range s.entries.live {
		raw[id] = e.Verdict
	}
	s.mu.Unlock()
	id := "fuzz:nieuw"
	for s.Get(id).Note != "" || s.Get(id).Verdict != None || s.Get(id).Theme != "" {
		id += "+"
	}
	if _, err := s.Update(id, Snapshot{Text: "nieuw"}, func(e *Entry) { e.Note = "nieuwe notitie" }); err != nil {
		t.Fatalf("a file that was read cannot be saved: %v", err)
	}
	r, err := Open(path)
	if err != nil {
		t.Fatalf("the store wrote a file it cannot read: %v", err)
	}
	if got := r.Get(id); got.Note != "nieuwe notitie" {
		t.Fatalf("the change is lost: %+v", got)
	}
	for _, e := range before {
		if e.ID == id {
			continue
		}
		got := r.Get(e.ID)
		if got.Verdict != e.Verdict || got.Note != e.Note || got.Theme != e.Theme || !got.Changed.Equal(e.Changed) {
			t.Fatalf("entry %q changed on a save: %+v, was %+v", e.ID, got, e)
		}
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	for id, v := range raw {
		if e, ok := r.entries.live[id]; ok && e.Verdict != v {
			t.Fatalf("entry %q: verdict %q saved as %q", id, v, e.Verdict)
		}
	}
}

// FuzzOpenFields builds a well-formed evaluation file from random fields
// (ids, verdicts, notes, themes, change and removal times, the version), so
// the fuzzer reaches what FuzzOpen's random bytes rarely do: the merge of
// entries with removals, odd times and unknown verdicts. The checks are
// FuzzOpen's.
//
//	go test -fuzz=FuzzOpenFields ./compare/evaluation
func FuzzOpenFields(f *testing.F) {
	f.Add(1, "a:1", "vaag", "notitie", "", "2025-01-02T03:04:05Z", "a:1", "2024-01-01T00:00:00Z", "Wonen", "leefbaarheid")
	f.Add(1, "a:1", "bogus", "", "duurzaamheid", "2025-01-02T03:04:05Z", "a:1", "2026-01-01T00:00:00Z", "", "")
	f.Add(0, "", "Niet Vaag", "\x1b[2J", "x", "9999-12-31T23:59:59.999999999Z", "fuzz:nieuw", "9999-12-31T23:59:59.999999999Z", "fuzz:nieuw", "")
	f.Add(2, "a", "", "", "", "0001-01-01T00:00:00Z", "", "", "", "")
	f.Fuzz(func(t *testing.T, version int, id, verdict, note, theme, changed, removedID, removedAt, local, key string) {
		q := func(s string) string { b, _ := json.Marshal(s); return string(b) }
		data := fmt.Sprintf(`{"versie": %d, "thema_per_lokale_naam": {%s: %s}, "thema_per_lokale_naam_gewijzigd": {%s: %s},
			"verwijderd": {%s: %s}, "afspraken": [{"id": %s, "oordeel": %s, "notitie": %s, "thema": %s, "gewijzigd": %s}]}`,
			version, q(local), q(key), q(local), q(changed), q(removedID), q(removedAt), q(id), q(verdict), q(note), q(theme), q(changed))
		dir := t.TempDir()
		path := filepath.Join(dir, DefaultFile)
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		s, err := Open(path)
		if err != nil {
			unreadable(t, dir, path, []byte(data))
			return
		}
		roundTrip(t, s, path)
	})
}
