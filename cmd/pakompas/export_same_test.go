package main

import (
	"bytes"
	"context"
	"math/rand/v2"
	"path/filepath"
	"testing"
	"time"

	"pakompas/compare"
	"pakompas/compare/evaluation"
	"pakompas/compare/workbook"
	"pakompas/compare/workbook/workbooktest"
	"pakompas/importer"
)

// TestExportEqualsTheUIsWorkbook: random theme moves (by agreement and by
// local theme name), verdicts and notes made through the owner, as the
// TUI makes them, with the re-analysis after each move. The workbook the
// TUI would write from that owner and the one "pakompas export
// --evaluatie" writes from the saved file hold the same cells (issue 10:
// they differed in 3 of 40 random moves when the TUI patched its analysis).
func TestExportEqualsTheUIsWorkbook(t *testing.T) {
	dir := t.TempDir()
	copyDemo(t, dir)
	eng, err := compare.NewEngine(compare.Config{})
	if err != nil {
		t.Fatal(err)
	}
	rep := importer.Import(context.Background(), []string{dir}, importer.Options{})
	reanalyze := func(ov compare.Overrides) *compare.Analysis { return eng.Analyze(rep, ov) }
	for seed := range uint64(3) {
		evalPath := filepath.Join(t.TempDir(), "evaluatie.json")
		store, err := evaluation.Open(evalPath)
		if err != nil {
			t.Fatal(err)
		}
		ev := compare.NewEvaluation(reanalyze(compare.Overrides{}), store, "", reanalyze)
		r := rand.New(rand.NewPCG(seed, 40))
		themes := ev.Analysis().Taxonomy.Themes()
		for range 12 {
			an := ev.Analysis()
			i := r.IntN(len(an.Agreements))
			key := themes[r.IntN(len(themes))].Key
			switch r.IntN(4) {
			case 0:
				err = ev.MoveAgreement(i, key)
			case 1:
				err = ev.MoveLocal(an.Agreements[i].ThemeRaw, key)
			case 2:
				err = ev.SetVerdict(i, evaluation.Verdicts()[r.IntN(4)])
			default:
				err = ev.SetNote(i, "notitie "+an.Agreements[i].ID)
			}
			if err != nil {
				t.Fatal(err)
			}
			ev.Reanalyze()
		}
		ui := filepath.Join(t.TempDir(), "tui.xlsx")
		if err := workbook.Write(ui, workbook.InputOf(ev, time.Now(), version()), workbook.Options{}); err != nil {
			t.Fatal(err)
		}
		cli := filepath.Join(t.TempDir(), "cli.xlsx")
		var out, errOut bytes.Buffer
		if code := run([]string{"export", "-o", cli, "--evaluatie", evalPath, dir}, &out, &errOut); code != exitOK {
			t.Fatalf("export: exit %d: %s", code, errOut.String())
		}
		got, want := mustCells(t, ui), mustCells(t, cli)
		if len(got) != len(want) {
			t.Fatalf("seed %d: the UI's workbook has %d cells, the command's %d", seed, len(got), len(want))
		}
		for k, v := range want {
			if got[k] != v {
				t.Fatalf("seed %d: cell %s: UI %q, command %q", seed, k, got[k], v)
			}
		}
	}
}

func mustCells(t *testing.T, path string) map[string]string {
	t.Helper()
	c, err := workbooktest.Cells(path)
	if err != nil {
		t.Fatal(err)
	}
	return c
}
