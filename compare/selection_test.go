package compare

import (
	"context"
	"testing"

	"pakompas/compare/evaluation"
	"pakompas/importer"
	"pakompas/importer/demo"
)

// TestOrphansOutsideSelection: with the import limited to some gemeenten,
// the adviser's work on the others is out of view, not orphaned; work on
// a selected gemeente whose agreement is gone still is.
func TestOrphansOutsideSelection(t *testing.T) {
	eng, err := NewEngine(Config{})
	if err != nil {
		t.Fatal(err)
	}
	all := importer.ImportFS(context.Background(), demo.FS, []string{demo.Dir}, importer.Options{})
	rep, err := importer.Select(all, []string{"uithoorn"})
	if err != nil {
		t.Fatal(err)
	}
	an := eng.Analyze(rep, Overrides{})
	j := Judgements{
		"uithoorn:2025:1.1":      {ID: "uithoorn:2025:1.1", Verdict: evaluation.Vaag},
		"uithoorn:99.9":          {ID: "uithoorn:99.9", Verdict: evaluation.Vaag, Gemeente: "Uithoorn"},
		"aalsmeer:2025-2027:1.1": {ID: "aalsmeer:2025-2027:1.1", Verdict: evaluation.Vaag},
		"x-oud:2":                {ID: "x-oud:2", Note: "weg", Gemeente: "Landsmeer"},
		"x-oud:3":                {ID: "x-oud:3", Note: "weg", Gemeente: "Uithoorn"},
	}
	got := an.Orphans(j)
	if len(got) != 2 || got[0].ID != "uithoorn:99.9" || got[1].ID != "x-oud:3" {
		t.Errorf("orphans %+v, want uithoorn:99.9 and x-oud:3", got)
	}
	// Without a selection every entry not in the analysis is an orphan.
	if n := len(eng.Analyze(all, Overrides{}).Orphans(j)); n != 3 {
		t.Errorf("without selection: %d orphans, want 3", n)
	}
}
