package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"pakompas/compare/evaluation"
	"pakompas/compare/workbook/workbooktest"
)

// TestExportForExtern: "pakompas export --voor extern" on a folder with
// the demo files and two unreadable ones writes the workbook to send: the
// adviser's verdict is there, her note and the folder of her files are
// not, and the counts say which files were read and which were not.
// An unknown audience is refused in Dutch.
func TestExportForExtern(t *testing.T) {
	dir := t.TempDir()
	copyDemo(t, dir)
	for _, bad := range []string{"leeg.csv", "oud-formaat.xls"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "bad", bad))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, bad), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	evalPath := filepath.Join(t.TempDir(), "evaluatie.json")
	s, err := evaluation.Open(evalPath)
	if err != nil {
		t.Fatal(err)
	}
	const id, note = "uithoorn:1.2", "Niet doorsturen: navragen bij de wethouder."
	if _, err := s.Update(id, evaluation.Snapshot{}, func(e *evaluation.Entry) { e.Verdict, e.Note = evaluation.NietVaag, note }); err != nil {
		t.Fatal(err)
	}

	out := filepath.Join(t.TempDir(), "voor-gemeente.xlsx")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"export", "--voor", "extern", "-o", out, "--evaluatie", evalPath, dir}, &stdout, &stderr); code != exitFailures {
		t.Fatalf("exit %d, want %d (written, some files failed): %s", code, exitFailures, stderr.String())
	}
	cells, err := workbooktest.Cells(out)
	if err != nil {
		t.Fatal(err)
	}
	verdict := false
	for ref, v := range cells {
		if strings.Contains(v, note) || strings.Contains(v, dir) || strings.Contains(v, `\`) || strings.Contains(v, "dev") {
			t.Errorf("%s = %q: a note, a folder or the development version", ref, v)
		}
		verdict = verdict || (strings.HasPrefix(ref, "Alle afspraken!") && v == "niet vaag")
	}
	if !verdict {
		t.Error("the adviser's verdict is not in the external workbook")
	}
	f, err := excelize.OpenFile(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if v, _ := f.GetCellValue("Samenvatting", "A3"); v != "177 afspraken van 6 gemeenten uit 8 bestanden, waarvan 34 van een eerdere jaarschijf (zie Verloop); 2 bestanden niet gelezen (zie Importverslag)." {
		t.Errorf("Samenvatting A3 %q", v)
	}

	stderr.Reset()
	if code := run([]string{"export", "--voor", "gemeente", "-o", filepath.Join(t.TempDir(), "x.xlsx"), dir}, &stdout, &stderr); code != exitUsage ||
		!strings.Contains(stderr.String(), "kies intern of extern") {
		t.Errorf("--voor gemeente: exit %d, %q", code, stderr.String())
	}
}
