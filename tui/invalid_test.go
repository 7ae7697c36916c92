package tui

import (
	"os"
	"strings"
	"testing"
)

// An evaluation file with a byte order mark and an unknown verdict opens:
// the status line names the file and the id, the agreement shows no
// verdict, and the Importverslag says it too. The entry is saved under
// the id from before ids held the year; it is named by the id it moved to.
func TestUnknownVerdictInEvaluationFile(t *testing.T) {
	eval := evalFile(t)
	data := "\ufeff" + `{"versie": 1, "afspraken": [{"id": "uithoorn:1.2", "oordeel": "bogus", "notitie": "navragen", "gewijzigd": "2025-01-02T03:04:05Z"}]}`
	if err := os.WriteFile(eval, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	m := newLoaded(t, sharedDemoLoad, eval, 120, 40)
	if m.sess.readOnly() != "" {
		t.Fatalf("the session is read only: %s", m.sess.readOnly())
	}
	if !m.statusErr || !strings.Contains(m.status, eval) || !strings.Contains(m.status, "uithoorn:2025:1.2") || !strings.Contains(m.status, "bogus") {
		t.Errorf("status %q does not name the file, the id and the verdict", m.status)
	}
	// Saved under the id from before ids held the year: the note is on the
	// agreement of jaarschijf 2025 now.
	i, ok := m.sess.an.Index("uithoorn:2025:1.2")
	if !ok {
		t.Fatal("uithoorn:2025:1.2 not in the demo")
	}
	if v := m.sess.verdict(i); v != "" {
		t.Errorf("verdict %q, want none", v)
	}
	if n := m.sess.note(i); n != "navragen" {
		t.Errorf("note %q, want the note from the file", n)
	}
	press(m, "i")
	for range 40 {
		press(m, "pgdown")
	}
	mustContain(t, m.View(), "bogus")
}
