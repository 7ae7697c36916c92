package tui

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"pakompas/compare"
	"pakompas/compare/evaluation"
	"pakompas/compare/workbook"
	"pakompas/compare/workbook/workbooktest"
)

// TestTUIExportEqualsCommandExport: an adviser moves agreements (one by
// id, one local theme name), judges and writes notes in the TUI, then
// exports. The export command, given the same input and the same
// evaluation file, writes the same workbook: every cell of every sheet
// (the creation date aside). Before the one owner, moves in the TUI left
// the alignment groups on their old themes and the sheet Ontbrekend
// differed (issue 10).
func TestTUIExportEqualsCommandExport(t *testing.T) {
	dir := writeDemo(t)
	eval := evalFile(t)
	m := newLoaded(t, analyzePaths(dir), eval, 100, 30)

	// Moves: an agreement that has partners in other gemeenten, and the
	// local theme name of another one.
	i, _ := moveCandidate(t, m)
	a := m.sess.an.Agreements[i]
	openAgreement(t, m, a.ID)
	moveTo(t, m, m.sess.themeIdx[a.Theme]+1, "a")
	for j, b := range m.sess.an.Agreements {
		if b.ThemeRaw != "" && b.ThemeRaw != a.ThemeRaw && b.Gemeente != a.Gemeente {
			openAgreement(t, m, m.sess.an.Agreements[j].ID)
			moveTo(t, m, (m.sess.themeIdx[b.Theme]+2)%len(m.sess.matrix().Themes), "l")
			break
		}
	}
	// Verdicts and notes.
	for k, id := range []string{m.sess.an.Agreements[2].ID, m.sess.an.Agreements[40].ID, m.sess.an.Agreements[77].ID} {
		setVerdict(t, m, id, evaluation.Verdicts()[1+k%3])
		writeNote(t, m, id, "notitie bij "+id)
	}
	if m.sess.busy() {
		t.Fatal("a re-analysis is still pending")
	}

	tuiPath := filepath.Join(t.TempDir(), "tui.xlsx")
	press(m, "e")
	runExport(t, m, exportTo(t, m, tuiPath))

	// What "pakompas export --evaluatie eval dir" does.
	j, ov, err := workbook.ReadEvaluation(eval)
	if err != nil {
		t.Fatal(err)
	}
	an, _, err := analyzePaths(dir)(nil, ov, nil)
	if err != nil {
		t.Fatal(err)
	}
	cliPath := filepath.Join(t.TempDir(), "cli.xlsx")
	if err := workbook.Write(cliPath, workbook.InputOf(compare.ReadOnlyEvaluation(an, j, ov), time.Now(), m.opts.Version), workbook.Options{}); err != nil {
		t.Fatal(err)
	}

	got, want := mustCells(t, tuiPath), mustCells(t, cliPath)
	if len(got) != len(want) {
		t.Fatalf("the TUI's workbook has %d cells, the command's %d", len(got), len(want))
	}
	for k, v := range want {
		if got[k] != v {
			t.Fatalf("cell %s: TUI %q, command %q", k, got[k], v)
		}
	}
	if !strings.Contains(strings.Join(mapValues(got), "\n"), "notitie bij") {
		t.Fatal("the notes are not in the workbook")
	}
}

func mapValues(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for _, v := range m {
		out = append(out, v)
	}
	return out
}

func mustCells(t *testing.T, path string) map[string]string {
	t.Helper()
	c, err := workbooktest.Cells(path)
	if err != nil {
		t.Fatal(err)
	}
	return c
}
