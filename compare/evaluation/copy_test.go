package evaluation

import (
	"errors"
	"path/filepath"
	"testing"

	"pakompas/compare/atomicfile"
)

// TestSaveCopyHoldsUnsavedWork: when the evaluation file cannot be
// written, a copy elsewhere holds every change, and reopening the copy
// gives them back.
func TestSaveCopyHoldsUnsavedWork(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "eval.json")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Update("a:1", Snapshot{}, func(e *Entry) { e.Verdict = Vaag }); err != nil {
		t.Fatal(err)
	}
	failNext(s, true) // the disk is full from now on
	if _, err := s.Update("a:2", Snapshot{}, func(e *Entry) { e.Note = "nog bespreken" }); err == nil {
		t.Fatal("a failing save succeeded")
	}
	if s.Unsaved() == nil {
		t.Fatal("Unsaved is nil after a failed save")
	}
	rescue := filepath.Join(t.TempDir(), "gered.json")
	if err := s.SaveCopy(rescue); err != nil {
		t.Fatal(err)
	}
	c, err := Open(rescue)
	if err != nil {
		t.Fatal(err)
	}
	if c.Get("a:1").Verdict != Vaag || c.Get("a:2").Note != "nog bespreken" {
		t.Fatalf("copy holds %+v", c.Entries())
	}
	// A copy never replaces a file.
	if err := s.SaveCopy(rescue); !errors.Is(err, atomicfile.ErrExists) {
		t.Fatalf("second copy to the same path: %v, want ErrExists", err)
	}
}
