package compare

import (
	"context"
	"errors"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"testing"

	"pakompas/compare/evaluation"
	"pakompas/importer"
	"pakompas/importer/demo"
)

// demoOwner opens an evaluation store in a temp folder and makes the owner
// of the demo analysis, with the engine and report it re-analyses with.
func demoOwner(t *testing.T) (*Evaluation, func(Overrides) *Analysis, string) {
	t.Helper()
	eng, err := NewEngine(Config{})
	if err != nil {
		t.Fatal(err)
	}
	rep := importer.ImportFS(context.Background(), demo.FS, []string{demo.Dir}, importer.Options{})
	run := func(ov Overrides) *Analysis { return eng.Analyze(rep, ov) }
	path := filepath.Join(t.TempDir(), "evaluatie.json")
	store, err := evaluation.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	return NewEvaluation(run(Overrides{}), store, "", run), run, path
}

// TestOwnerMatrixFollowsVerdicts: after random verdicts the owner's matrix
// is the one BuildMatrix counts with the verdicts applied, and the owner's
// vague count matches the agreements it calls vague.
func TestOwnerMatrixFollowsVerdicts(t *testing.T) {
	ev, _, _ := demoOwner(t)
	an := ev.Analysis()
	r := rand.New(rand.NewPCG(1, 2))
	verdicts := evaluation.Verdicts()
	for range 60 {
		i := r.IntN(len(an.Agreements))
		if err := ev.SetVerdict(i, verdicts[r.IntN(len(verdicts))]); err != nil {
			t.Fatal(err)
		}
		want := BuildMatrix(an, func(k int) bool {
			return EffectiveVague(an.Agreements[k], ev.Entry(an.Agreements[k].ID).Verdict)
		})
		if got := ev.Matrix(); !reflect.DeepEqual(got, want) {
			t.Fatalf("matrix after a verdict on %d differs from a recount", i)
		}
	}
	n := 0
	superseded := an.Superseded()
	for i := range an.Agreements {
		if ev.Vague(i) && !superseded(i) { // the matrix is the current jaarschijf
			n++
		}
	}
	if got := ev.Matrix().Total.Vague; got != n {
		t.Fatalf("matrix total vague %d, owner says %d", got, n)
	}
}

// TestOwnerMoveEqualsFreshAnalysis: moves made through the owner (by
// agreement and by local theme name) give the same analysis as a fresh
// Analyze with the overrides read back from the evaluation file, which is
// what the export command does.
func TestOwnerMoveEqualsFreshAnalysis(t *testing.T) {
	ev, run, path := demoOwner(t)
	an := ev.Analysis()
	keys := an.Taxonomy.Themes()
	r := rand.New(rand.NewPCG(3, 4))
	for range 8 {
		i := r.IntN(len(ev.Analysis().Agreements))
		if err := ev.MoveAgreement(i, keys[r.IntN(len(keys))].Key); err != nil {
			t.Fatal(err)
		}
		ev.Reanalyze()
	}
	for _, a := range an.Agreements {
		if a.ThemeRaw != "" {
			if err := ev.MoveLocal(a.ThemeRaw, "leefbaarheid"); err != nil {
				t.Fatal(err)
			}
			break
		}
	}
	ev.Reanalyze()

	s, err := evaluation.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	fresh := run(OverridesOf(s))
	got := ev.Analysis()
	for i, a := range fresh.Agreements {
		if g := got.Agreements[i]; g.Theme != a.Theme || g.Group != a.Group {
			t.Fatalf("%s: owner theme %q group %q, fresh analysis %q %q", a.ID, g.Theme, g.Group, a.Theme, a.Group)
		}
	}
	if !reflect.DeepEqual(got.Groups, fresh.Groups) || !reflect.DeepEqual(got.Gaps, fresh.Gaps) {
		t.Fatal("alignment groups or gaps differ from a fresh analysis")
	}
	want := ReadOnlyEvaluation(fresh, JudgementsOf(s), OverridesOf(s))
	if !reflect.DeepEqual(ev.Matrix(), want.Matrix()) {
		t.Fatal("matrix differs from a fresh analysis with the same evaluation file")
	}
	if ev.Generation() != 9 {
		t.Fatalf("generation %d after 9 re-analyses", ev.Generation())
	}
}

// TestOwnerReadOnly: a read-only owner refuses work with the reason.
func TestOwnerReadOnly(t *testing.T) {
	an := demoAnalysis(t, Config{})
	ev := NewEvaluation(an, nil, "het evaluatiebestand is onleesbaar", nil)
	err := ev.SetVerdict(0, evaluation.Vaag)
	if !errors.Is(err, ErrReadOnly) || err.Error() != "alleen lezen: het evaluatiebestand is onleesbaar" {
		t.Fatalf("verdict on a read-only evaluation: %v", err)
	}
	if ev.Reanalyzer() != nil {
		t.Fatal("a read-only evaluation without an engine offers a re-analysis")
	}
	if ev.Verdict(0) != evaluation.None {
		t.Fatal("a refused verdict was kept")
	}
}

// TestOwnerTakesOverAnotherAdviser: two advisers on one evaluation file.
// What the other saved shows up in this owner after a Reload, and after
// this owner's own next change; a theme move of the other says a
// re-analysis is due.
func TestOwnerTakesOverAnotherAdviser(t *testing.T) {
	ev, _, path := demoOwner(t)
	other, err := evaluation.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	an := ev.Analysis()
	a1, a2 := an.Agreements[1], an.Agreements[2]
	if _, err := other.Update(a1.ID, evaluation.Snapshot{}, func(e *evaluation.Entry) { e.Verdict = evaluation.Twijfel }); err != nil {
		t.Fatal(err)
	}
	changed, moves, err := ev.Reload()
	if err != nil || !changed || moves {
		t.Fatalf("Reload after the other's verdict: changed %v moves %v err %v", changed, moves, err)
	}
	if ev.Verdict(1) != evaluation.Twijfel {
		t.Fatalf("the other adviser's verdict is not shown: %q", ev.Verdict(1))
	}
	// The other moves an agreement; this owner judges another one and so
	// merges the file on its save.
	if _, err := other.Update(a2.ID, evaluation.Snapshot{}, func(e *evaluation.Entry) { e.Theme = "leefbaarheid" }); err != nil {
		t.Fatal(err)
	}
	if err := ev.SetNote(3, "eigen notitie"); err != nil {
		t.Fatal(err)
	}
	if ev.Overrides().ByID[a2.ID] != "leefbaarheid" || ev.Note(3) != "eigen notitie" {
		t.Fatalf("after a save: overrides %v, note %q", ev.Overrides().ByID, ev.Note(3))
	}
	ev.Reanalyze()
	if got := ev.Analysis().Agreements[2].Theme; got != "leefbaarheid" {
		t.Fatalf("the other's move is not in the analysis: %q", got)
	}
}
