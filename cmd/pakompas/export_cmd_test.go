package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"pakompas/compare/evaluation"
	"pakompas/compare/workbook"
	"pakompas/compare/workbook/workbooktest"
)

// Export, let a colleague change a verdict and a note in Excel, export
// again with that workbook as the evaluation: the change is in the new one.
func TestExportRoundTrip(t *testing.T) {
	dir := t.TempDir()
	copyDemo(t, dir)
	first := filepath.Join(t.TempDir(), "evaluatie.xlsx")
	var out, errOut bytes.Buffer
	if code := run([]string{"export", "-o", first, dir}, &out, &errOut); code != exitOK {
		t.Fatalf("export: exit %d: %s", code, errOut.String())
	}
	if !strings.Contains(out.String(), "(143 afspraken, 45 vaag, 6 gemeenten; 34 van eerdere jaarschijven op Verloop)") {
		t.Errorf("output %q", out.String())
	}
	// Refuses to overwrite without --force.
	if code := run([]string{"export", "-o", first, dir}, &out, &errOut); code != exitUsage || !strings.Contains(errOut.String(), first) {
		t.Errorf("overwrite without --force: exit %d, %q", code, errOut.String())
	}

	const id = "uithoorn:2025:1.2" // the demo's Uithoorn file is jaarschijf 2025
	if err := workbooktest.SetJudgement(first, id, "niet vaag", "Besproken met de gemeente: voldoende concreet."); err != nil {
		t.Fatal(err)
	}

	second := filepath.Join(t.TempDir(), "evaluatie-2.xlsx")
	errOut.Reset()
	if code := run([]string{"export", "-o", second, "--evaluatie", first, dir}, &out, &errOut); code != exitOK {
		t.Fatalf("second export: exit %d: %s", code, errOut.String())
	}
	got, err := workbook.ReadBack(second)
	if err != nil {
		t.Fatal(err)
	}
	if j := got[id]; j.Verdict != evaluation.NietVaag || j.Note != "Besproken met de gemeente: voldoende concreet." {
		t.Errorf("round trip lost the colleague's work: %+v", j)
	}
	if len(got) != 177 {
		t.Errorf("%d rows read back", len(got))
	}
}

// The adviser's theme moves in the evaluation file reach the headless
// export, so it matches what the UI exports.
func TestExportAppliesThemeMoves(t *testing.T) {
	dir := t.TempDir()
	copyDemo(t, dir)
	evalPath := filepath.Join(t.TempDir(), "evaluatie.json")
	s, err := evaluation.Open(evalPath)
	if err != nil {
		t.Fatal(err)
	}
	// A Betaalbaarheid agreement, the move saved under its id from before
	// ids held the year: it is exported under the id it has now.
	const oldID, id = "uithoorn:1.1", "uithoorn:2025:1.1"
	if _, err := s.Update(oldID, evaluation.Snapshot{}, func(e *evaluation.Entry) { e.Theme = "duurzaamheid" }); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "evaluatie.xlsx")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"export", "-o", out, "--evaluatie", evalPath, dir}, &stdout, &stderr); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	f, err := excelize.OpenFile(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows("Alle afspraken")
	col := map[string]int{}
	for c, v := range rows[0] {
		col[v] = c
	}
	for _, r := range rows[1:] {
		if len(r) > col["Id"] && r[col["Id"]] == id {
			if got := r[col["Thema (nationaal)"]]; got != "Duurzaamheid" {
				t.Errorf("%s exported under %q, want the adviser's move to Duurzaamheid", id, got)
			}
			return
		}
	}
	t.Fatalf("%s not exported", id)
}
