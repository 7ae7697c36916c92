package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pakompas/compare/evaluation"
	"pakompas/compare/workbook"
)

// An existing workbook is refused with a message that names the file and
// the way out: another name, or --force.
func TestExportExistsMentionsForce(t *testing.T) {
	dir := t.TempDir()
	copyDemo(t, dir)
	out := filepath.Join(t.TempDir(), "evaluatie.xlsx")
	if err := os.WriteFile(out, []byte("van een collega"), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	code := run([]string{"export", "-o", out, dir}, &stdout, &stderr)
	if code != exitUsage {
		t.Fatalf("exit %d, want %d", code, exitUsage)
	}
	for _, want := range []string{out, "bestaat al", "--force"} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("message lacks %q: %s", want, stderr.String())
		}
	}
	if data, _ := os.ReadFile(out); string(data) != "van een collega" {
		t.Error("the existing file was changed")
	}
}

// An evaluation file saved with a byte order mark (Notepad) is read, and
// an unknown verdict in it is named (file and id) and not exported; the
// known verdicts are.
func TestExportEvaluationWithBOMAndUnknownVerdict(t *testing.T) {
	dir := t.TempDir()
	copyDemo(t, dir)
	evalPath := filepath.Join(t.TempDir(), "evaluatie.json")
	data := "\ufeff" + `{"versie": 1, "afspraken": [
	  {"id": "uithoorn:1.2", "oordeel": "bogus", "notitie": "navragen", "gewijzigd": "2025-01-02T03:04:05Z"},
	  {"id": "uithoorn:1.1", "oordeel": "niet vaag", "gewijzigd": "2025-01-02T03:04:05Z"}]}`
	if err := os.WriteFile(evalPath, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "evaluatie.xlsx")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"export", "-o", out, "--evaluatie", evalPath, dir}, &stdout, &stderr); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	for _, want := range []string{"let op", evalPath, "uithoorn:1.2", `"bogus"`} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("stderr lacks %q: %s", want, stderr.String())
		}
	}
	got, err := workbook.ReadBack(out)
	if err != nil {
		t.Fatalf("the workbook does not read back: %v", err)
	}
	// Saved under the ids from before ids held the year; exported under
	// the ids the agreements have now (jaarschijf 2025).
	if j := got["uithoorn:2025:1.2"]; j.Verdict != evaluation.None || j.Note != "navragen" {
		t.Errorf("uithoorn:2025:1.2 exported as %+v, want no verdict and the note", j)
	}
	if j := got["uithoorn:2025:1.1"]; j.Verdict != evaluation.NietVaag {
		t.Errorf("uithoorn:2025:1.1 exported as %+v, want niet vaag", j)
	}
}
