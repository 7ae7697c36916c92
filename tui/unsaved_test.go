package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pakompas/compare/evaluation"
)

// TestFailingSaveIsShownRetriedAndRescued: the folder of the evaluation
// file disappears (a network share gone). A verdict still shows, the
// footer says on every frame that it is not saved, q does not quit but
// writes a copy elsewhere, and when the folder is back the next key saves
// everything; the copy and the file both hold the verdict.
func TestFailingSaveIsShownRetriedAndRescued(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "share")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	eval := filepath.Join(dir, "evaluatie.json")
	home := t.TempDir()
	t.Setenv("HOME", home)
	m := newLoaded(t, sharedDemoLoad, eval, 100, 30)
	id := agreementID(t, m, "Uithoorn", "1.2")
	openAgreement(t, m, id) // saves nothing yet

	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	setVerdict(t, m, id, evaluation.Vaag)
	i := dt(m).idx
	if m.sess.verdict(i) != evaluation.Vaag {
		t.Fatal("the verdict whose save failed is not shown")
	}
	mustContain(t, m.View(), "Niet bewaard")
	press(m, "j")
	mustContain(t, m.View(), "Niet bewaard") // on every frame, not once

	// A note typed while the share is gone is kept and comes back in the
	// editor.
	writeNote(t, m, id, "terugbellen")
	if m.sess.note(i) != "terugbellen" {
		t.Fatalf("the note whose save failed is gone: %q", m.sess.note(i))
	}
	press(m, "n")
	if v := dt(m).note.Value(); v != "terugbellen" {
		t.Fatalf("the editor reopens with %q", v)
	}
	press(m, "esc")

	if cmd := press(m, "q"); isQuit(cmd) || m.quitting {
		t.Fatal("q quit with unsaved work")
	}
	copies, _ := filepath.Glob(filepath.Join(home, "pakompas-evaluatie-gered-*.json"))
	if len(copies) != 1 {
		t.Fatalf("rescue copies in home: %v", copies)
	}
	mustContain(t, m.View(), "~/"+filepath.Base(copies[0]))
	c, err := evaluation.Open(copies[0])
	if err != nil || c.Get(id).Verdict != evaluation.Vaag {
		t.Fatalf("rescue copy: %v, %+v", err, c.Get(id))
	}

	// The share is back: the next key writes everything.
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	press(m, "k")
	if v := m.View(); strings.Contains(v, "Niet bewaard") {
		t.Fatalf("still unsaved after the folder came back:\n%s", v)
	}
	s, err := evaluation.Open(eval)
	if err != nil || s.Get(id).Verdict != evaluation.Vaag || s.Get(id).Note != "terugbellen" {
		t.Fatalf("evaluation file after retry: %v, %+v", err, s.Get(id))
	}
	if cmd := press(m, "q"); !isQuit(cmd) {
		t.Fatal("q did not quit once everything was saved")
	}
}
