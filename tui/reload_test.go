package tui

import (
	"testing"

	"pakompas/compare/evaluation"
)

// TestAnotherAdviserShowsUp: a colleague saves a verdict in the same
// evaluation file; at the next check the TUI shows it and says so, and
// the adviser's own later verdict keeps the colleague's.
func TestAnotherAdviserShowsUp(t *testing.T) {
	eval := evalFile(t)
	m := newLoaded(t, sharedDemoLoad, eval, 100, 30)
	colleague, err := evaluation.Open(eval)
	if err != nil {
		t.Fatal(err)
	}
	id := agreementID(t, m, "Uithoorn", "1.2")
	if _, err := colleague.Update(id, evaluation.Snapshot{}, func(e *evaluation.Entry) { e.Verdict = evaluation.Twijfel }); err != nil {
		t.Fatal(err)
	}
	m.Update(reloadMsg{})
	mustContain(t, m.View(), "Werk van een andere adviseur")
	i, _ := m.sess.an.Index(id)
	if m.sess.verdict(i) != evaluation.Twijfel {
		t.Fatalf("the colleague's verdict is not shown: %q", m.sess.verdict(i))
	}
	other := agreementID(t, m, "Aalsmeer", "1.1")
	setVerdict(t, m, other, evaluation.Vaag)
	s, err := evaluation.Open(eval)
	if err != nil {
		t.Fatal(err)
	}
	if s.Get(id).Verdict != evaluation.Twijfel || s.Get(other).Verdict != evaluation.Vaag {
		t.Fatalf("file holds %q and %q", s.Get(id).Verdict, s.Get(other).Verdict)
	}
}
