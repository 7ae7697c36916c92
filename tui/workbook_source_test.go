package tui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"pakompas/compare"
	"pakompas/compare/evaluation"
	"pakompas/compare/workbook"
)

// --evaluatie with an exported workbook: what a colleague changed in
// "Oordeel adviseur" and "Notitie" comes back, is taken into the
// evaluation file next to the workbook, and the work goes on there.
func TestEvaluationFromWorkbook(t *testing.T) {
	an, err := demoLoad(nil, compare.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	xlsx := filepath.Join(dir, "evaluatie.xlsx")
	if err := workbook.Write(xlsx, an.WorkbookInput(compare.Judgements{}, nil, time.Now(), "test"), workbook.Options{}); err != nil {
		t.Fatal(err)
	}
	id := an.Agreements[3].ID
	setInWorkbook(t, xlsx, id, "twijfel", "Navragen bij de huurdersvereniging.")

	m := newLoaded(t, demoLoad, xlsx, 100, 30)
	if m.sess.readOnly != "" {
		t.Fatalf("read-only: %s", m.sess.readOnly)
	}
	i, _ := m.sess.an.Index(id)
	if m.sess.verdicts[i] != evaluation.Twijfel || m.sess.notes[i] != "Navragen bij de huurdersvereniging." {
		t.Fatalf("not taken over: %q %q", m.sess.verdicts[i], m.sess.notes[i])
	}
	if !strings.Contains(m.status, "1 oordelen en notities uit het werkboek overgenomen") {
		t.Errorf("status %q", m.status)
	}
	jsonPath := filepath.Join(dir, evaluation.DefaultFile)
	s, err := evaluation.Open(jsonPath)
	if err != nil {
		t.Fatal(err)
	}
	if e := s.Get(id); e.Verdict != evaluation.Twijfel {
		t.Errorf("evaluation file holds %+v", e)
	}
	// The workbook itself is never written.
	before, _ := os.ReadFile(xlsx)
	press(m, "q")
	after, _ := os.ReadFile(xlsx)
	if string(before) != string(after) {
		t.Error("the workbook changed")
	}
}

// setInWorkbook sets one agreement's verdict and note in Alle afspraken.
func setInWorkbook(t *testing.T, path, id, verdict, note string) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("Alle afspraken")
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for r, row := range rows {
		if slices.Contains(row, "Id") && len(col) == 0 {
			for c, v := range row {
				col[v] = c + 1
			}
			continue
		}
		if len(col) > 0 && col["Id"]-1 < len(row) && row[col["Id"]-1] == id {
			vc, _ := excelize.CoordinatesToCellName(col["Oordeel adviseur"], r+1)
			nc, _ := excelize.CoordinatesToCellName(col["Notitie"], r+1)
			if err := f.SetCellValue("Alle afspraken", vc, verdict); err != nil {
				t.Fatal(err)
			}
			if err := f.SetCellValue("Alle afspraken", nc, note); err != nil {
				t.Fatal(err)
			}
			if err := f.Save(); err != nil {
				t.Fatal(err)
			}
			return
		}
	}
	t.Fatalf("%s not in the workbook", id)
}
