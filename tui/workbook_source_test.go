package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"pakompas/compare"
	"pakompas/compare/evaluation"
	"pakompas/compare/workbook"
	"pakompas/compare/workbook/workbooktest"
)

// --evaluatie with an exported workbook: what a colleague changed in
// "Oordeel adviseur" and "Notitie" comes back, is taken into the
// evaluation file next to the workbook, and the work goes on there.
func TestEvaluationFromWorkbook(t *testing.T) {
	an, _, err := demoLoad(nil, compare.Overrides{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	xlsx := filepath.Join(dir, "evaluatie.xlsx")
	if err := workbook.Write(xlsx, workbook.InputOf(compare.ReadOnlyEvaluation(an, nil, compare.Overrides{}), time.Now(), "test"), workbook.Options{}); err != nil {
		t.Fatal(err)
	}
	id := an.Agreements[3].ID
	if err := workbooktest.SetJudgement(xlsx, id, "twijfel", "Navragen bij de huurdersvereniging."); err != nil {
		t.Fatal(err)
	}

	m := newLoaded(t, demoLoad, xlsx, 100, 30)
	if m.sess.readOnly() != "" {
		t.Fatalf("read-only: %s", m.sess.readOnly())
	}
	i, _ := m.sess.an.Index(id)
	if m.sess.verdict(i) != evaluation.Twijfel || m.sess.note(i) != "Navragen bij de huurdersvereniging." {
		t.Fatalf("not taken over: %q %q", m.sess.verdict(i), m.sess.note(i))
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
