package compare

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pakompas/compare/evaluation"
	"pakompas/importer"
	"pakompas/importer/demo"
)

// fixtureBeforeYears is an evaluation file written by pakompas before ids
// held the year: a verdict on every agreement of the demo, a note on every
// other one, a theme move on every tenth, and one orphan (uithoorn:99.9).
// It was made with that version's own code path: importer.ImportFS on the
// demo, then evaluation.Store.Update per agreement.
const fixtureBeforeYears = "testdata/evaluatie-voor-jaren.json"

// demoYears are the jaarschijven of the demo's files.
var demoYears = map[string]string{"aalsmeer": "2025-2027", "landsmeer": "2025-2028", "ouder-amstel": "2025", "uithoorn": "2025"}

// uithoorn2024 is an earlier jaarschijf of Uithoorn, in a folder named
// 2024, carrying numbers 1.1 and 1.2 of the demo's 2025 file.
const uithoorn2024 = "Nr;Afspraak;Trekker;Wanneer\n" +
	"1.1;De corporatie verhoogt per 1 juli 2024 de huren van sociale huurwoningen met maximaal de inflatie.;Corporatie;2024\n" +
	"1.2;De corporatie spant zich in om huurachterstanden te voorkomen.;Corporatie;2024\n"

// importTwoYears imports the demo as the fixture was made with it (its
// files of 2025 and later in spreadsheets: the demo's own 2024 files and
// its Word documents came after) plus Uithoorn's 2024 jaarschijf.
func importTwoYears(t *testing.T) *importer.Report {
	t.Helper()
	dir := t.TempDir()
	entries, err := fs.ReadDir(demo.FS, demo.Dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.Contains(e.Name(), "2024") && !strings.Contains(e.Name(), "2025") || strings.HasSuffix(e.Name(), ".docx") {
			continue
		}
		data, err := fs.ReadFile(demo.FS, demo.Dir+"/"+e.Name())
		if err == nil {
			err = os.WriteFile(filepath.Join(dir, e.Name()), data, 0o644)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "2024"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "2024", "uithoorn.csv"), []byte(uithoorn2024), 0o644); err != nil {
		t.Fatal(err)
	}
	rep := importer.Import(context.Background(), []string{dir}, importer.Options{})
	if rep.Failed() || len(rep.Agreements) != 119 {
		t.Fatalf("import: %d agreements, files %+v", len(rep.Agreements), rep.Files)
	}
	return rep
}

// An evaluation file from before ids held the year loads with every
// verdict, note and theme move on the agreement it was given, now under
// the id with the year: in the UI (a store, migrated on opening) and in
// the read-only commands. Where two years carry the old id (Uithoorn 1.1
// and 1.2 in 2024 and 2025), the work goes to the latest year only; a
// verdict set on the 2025 version is not shown on 2024; the orphan stays.
func TestEvaluationFromBeforeYears(t *testing.T) {
	rep := importTwoYears(t)
	data, err := os.ReadFile(fixtureBeforeYears)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), evaluation.DefaultFile)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	store, err := evaluation.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	before := store.Entries()
	if len(before) != 118 {
		t.Fatalf("fixture holds %d entries", len(before))
	}
	eng, err := NewEngine(Config{})
	if err != nil {
		t.Fatal(err)
	}
	reanalyze := func(ov Overrides) *Analysis { return eng.Analyze(rep, ov) }
	// As the UI does: the moves go into the analysis before the store is
	// migrated; the read-only commands read the file as it is.
	ev := NewEvaluation(eng.Analyze(rep, OverridesOf(store)), store, "", reanalyze)
	fresh, err := evaluation.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ro := ReadOnlyEvaluation(eng.Analyze(rep, OverridesOf(fresh)), JudgementsOf(fresh), OverridesOf(fresh))

	for name, e := range map[string]*Evaluation{"store": ev, "read only": ro} {
		an := e.Analysis()
		for _, old := range before {
			slug, rest, _ := strings.Cut(old.ID, ":")
			if old.ID == "uithoorn:99.9" {
				continue
			}
			i, ok := an.Index(slug + ":" + demoYears[slug] + ":" + rest)
			if !ok {
				t.Fatalf("%s: no agreement for %s", name, old.ID)
			}
			a := an.Agreements[i]
			if a.Number != old.Number || a.Text != old.Text {
				t.Errorf("%s: %s landed on %s %q", name, old.ID, a.ID, a.Text)
			}
			if e.Verdict(i) != old.Verdict || e.Note(i) != old.Note {
				t.Errorf("%s: %s: verdict %q note %q, want %q %q", name, a.ID, e.Verdict(i), e.Note(i), old.Verdict, old.Note)
			}
			if old.Theme != "" && (a.Theme != old.Theme || a.ThemeVia != "adviseur") {
				t.Errorf("%s: %s: theme %q via %q, want the move to %q", name, a.ID, a.Theme, a.ThemeVia, old.Theme)
			}
		}
		for _, id := range []string{"uithoorn:2024:1.1", "uithoorn:2024:1.2"} {
			i, _ := an.Index(id)
			if e.Verdict(i) != evaluation.None || e.Note(i) != "" || an.Agreements[i].ThemeVia == "adviseur" {
				t.Errorf("%s: %s carries the 2025 work: %q %q", name, id, e.Verdict(i), e.Note(i))
			}
		}
		if o := e.Orphans(); len(o) != 1 || o[0].ID != "uithoorn:99.9" || o[0].Note != "weg" {
			t.Errorf("%s: orphans %+v", name, o)
		}
	}

	// A verdict on the 2025 version is not shown on 2024.
	i25, _ := ev.Analysis().Index("uithoorn:2025:1.1")
	i24, _ := ev.Analysis().Index("uithoorn:2024:1.1")
	if err := ev.SetVerdict(i25, evaluation.NietVaag); err != nil {
		t.Fatal(err)
	}
	if ev.Verdict(i24) != evaluation.None {
		t.Errorf("the 2025 verdict shows on 2024: %q", ev.Verdict(i24))
	}
	// That save wrote every entry under its new id; nothing was lost.
	saved, err := evaluation.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if saved.Len() != 118 || saved.Get("uithoorn:2025:1.1").Verdict != evaluation.NietVaag || saved.Get("uithoorn:2025:1.1").Note != "notitie bij 1.1" {
		t.Errorf("saved: %d entries, uithoorn:2025:1.1 %+v", saved.Len(), saved.Get("uithoorn:2025:1.1"))
	}
	for _, e := range saved.Entries() {
		if e.ID != "uithoorn:99.9" && strings.Count(e.ID, ":") < 2 {
			t.Errorf("still under an old id after the save: %s", e.ID)
		}
	}
}

// MigratedIDs: an old id goes to the latest year that carries it; an id
// an agreement has now, and one no agreement's old id matches, stay.
func TestMigratedIDs(t *testing.T) {
	rep := importTwoYears(t)
	eng, err := NewEngine(Config{})
	if err != nil {
		t.Fatal(err)
	}
	an := eng.Analyze(rep, Overrides{})
	got := an.MigratedIDs([]string{"uithoorn:1.1", "aalsmeer:2.1", "uithoorn:2024:1.2", "uithoorn:99.9"})
	want := map[string]string{"uithoorn:1.1": "uithoorn:2025:1.1", "aalsmeer:2.1": "aalsmeer:2025-2027:2.1"}
	if len(got) != len(want) || got["uithoorn:1.1"] != want["uithoorn:1.1"] || got["aalsmeer:2.1"] != want["aalsmeer:2.1"] {
		t.Errorf("MigratedIDs = %v, want %v", got, want)
	}
}
