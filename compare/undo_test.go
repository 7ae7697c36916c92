package compare

import (
	"errors"
	"testing"

	"pakompas/compare/evaluation"
)

// onDisk reads the entry for id back from the evaluation file.
func onDisk(t *testing.T, path, id string) evaluation.Entry {
	t.Helper()
	s, err := evaluation.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	return s.Get(id)
}

// TestOwnerUndo: verdicts, a note written in drafts, a move of one
// agreement and of a local theme name are taken back last first, each
// undo saved to the evaluation file, a move's undo re-placing the
// agreement where the analysis put it; then nothing is left.
func TestOwnerUndo(t *testing.T) {
	ev, _, path := demoOwner(t)
	an := ev.Analysis()
	a := an.Agreements[5]
	local := -1
	for i, b := range an.Agreements {
		if b.ThemeRaw != "" && b.ThemeRaw != a.ThemeRaw {
			local = i
			break
		}
	}
	if local < 0 {
		t.Fatal("the demo has no second local theme name")
	}
	lb := an.Agreements[local]
	target := "leefbaarheid"
	if a.Theme == target || lb.Theme == target {
		target = "duurzaamheid"
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(ev.SetVerdict(5, evaluation.Vaag))
	must(ev.SetVerdict(5, evaluation.Twijfel))
	must(ev.SetVerdict(5, evaluation.Twijfel)) // no change, no step
	must(ev.AmendNote(5, "eerst"))
	must(ev.AmendNote(5, "eerst navragen"))
	must(ev.MoveAgreement(5, target))
	must(ev.MoveLocal(lb.ThemeRaw, target))
	ev.Reanalyze()
	if ev.Analysis().Agreements[5].Theme != target || ev.Analysis().Agreements[local].Theme != target {
		t.Fatal("the moves are not in the analysis")
	}

	undo := func(want Change) Undone {
		t.Helper()
		u, err := ev.Undo()
		if err != nil || u.Change != want {
			t.Fatalf("Undo: %+v, %v; want change %d", u, err, want)
		}
		if u.Moves() {
			ev.Reanalyze()
		}
		return u
	}
	if u := undo(ChangeLocalTheme); u.Local != lb.ThemeRaw || u.Restored != "" {
		t.Fatalf("undone local move %+v", u)
	}
	if got := ev.Analysis().Agreements[local].Theme; got != lb.Theme {
		t.Fatalf("after undoing the local move the agreement is in %q, want %q", got, lb.Theme)
	}
	undo(ChangeTheme)
	if got := ev.Analysis().Agreements[5].Theme; got != a.Theme || onDisk(t, path, a.ID).Theme != "" {
		t.Fatalf("after undoing the move: theme %q (want %q), on disk %q", got, a.Theme, onDisk(t, path, a.ID).Theme)
	}
	// The note's drafts are one step.
	undo(ChangeNote)
	if ev.Note(5) != "" || onDisk(t, path, a.ID).Note != "" {
		t.Fatalf("after undoing the note: %q, on disk %q", ev.Note(5), onDisk(t, path, a.ID).Note)
	}
	if u := undo(ChangeVerdict); u.Restored != string(evaluation.Vaag) || ev.Verdict(5) != evaluation.Vaag {
		t.Fatalf("first verdict undo: %+v, verdict %q", u, ev.Verdict(5))
	}
	if onDisk(t, path, a.ID).Verdict != evaluation.Vaag {
		t.Fatal("the undone verdict is not saved")
	}
	undo(ChangeVerdict)
	if ev.Verdict(5) != evaluation.None || ev.Matrix().Total.Vague != BuildMatrix(ev.Analysis(), nil).Total.Vague {
		t.Fatal("after undoing every verdict the counts are not the analysis' own")
	}
	if _, err := ev.Undo(); !errors.Is(err, ErrNothingToUndo) {
		t.Fatalf("Undo with nothing left: %v", err)
	}
	if en := onDisk(t, path, a.ID); en.Verdict != evaluation.None || en.Note != "" || en.Theme != "" {
		t.Fatalf("work left on disk after undoing everything: %+v", en)
	}
}

// TestOwnerUndoKeepsAnotherAdvisersChange: a note another adviser changed
// after this owner's change is not undone; the step is dropped and the
// one before it is next.
func TestOwnerUndoKeepsAnotherAdvisersChange(t *testing.T) {
	ev, _, path := demoOwner(t)
	id := ev.Analysis().Agreements[2].ID
	if err := ev.SetVerdict(2, evaluation.NietVaag); err != nil {
		t.Fatal(err)
	}
	if err := ev.SetNote(2, "mijn notitie"); err != nil {
		t.Fatal(err)
	}
	other, err := evaluation.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := other.Update(id, evaluation.Snapshot{}, func(e *evaluation.Entry) { e.Note = "notitie van een collega" }); err != nil {
		t.Fatal(err)
	}
	if _, _, err := ev.Reload(); err != nil {
		t.Fatal(err)
	}
	if _, err := ev.Undo(); !errors.Is(err, ErrChangedSince) {
		t.Fatalf("Undo of a note changed since: %v, want ErrChangedSince", err)
	}
	if ev.Note(2) != "notitie van een collega" || onDisk(t, path, id).Note != "notitie van een collega" {
		t.Fatalf("the colleague's note is gone: %q", ev.Note(2))
	}
	if u, err := ev.Undo(); err != nil || u.Change != ChangeVerdict || ev.Verdict(2) != evaluation.None {
		t.Fatalf("the step before: %+v, %v, verdict %q", u, err, ev.Verdict(2))
	}
}

// TestOwnerUndoReadOnly: a read-only owner has nothing to undo.
func TestOwnerUndoReadOnly(t *testing.T) {
	ev := NewEvaluation(demoAnalysis(t, Config{}), nil, "onleesbaar", nil)
	_ = ev.SetVerdict(0, evaluation.Vaag)
	if ev.CanUndo() {
		t.Fatal("a refused verdict can be undone")
	}
	if _, err := ev.Undo(); !errors.Is(err, ErrNothingToUndo) {
		t.Fatalf("Undo on a read-only owner: %v", err)
	}
}
