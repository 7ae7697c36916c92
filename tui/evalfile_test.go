package tui

import (
	"os"
	"path/filepath"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"pakompas/compare/evaluation"
)

// TestEvaluationFileShown: the Laden screen names the evaluation file's
// full path while importing; the header names the file and says "nieuw"
// until the first save, then how many agreements it holds work on; the
// help gives the full path and the count.
func TestEvaluationFileShown(t *testing.T) {
	eval := evalFile(t)
	m := New(Options{Load: sharedDemoLoad, Evaluation: eval})
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	mustContain(t, m.View(), "Evaluatiebestand: "+filepath.Dir(eval))
	runLoad(t, m)
	mustContain(t, m.View(), "evaluatie.json: nieuw")
	// The help shows the line (wrapped to the width).
	mustContain(t, fullHelp(m), "Evaluatiebestand: /", "eerste notitie")
	mustContain(t, m.evalLine(), "Evaluatiebestand: "+eval+" — nieuw, wordt gemaakt bij het eerste oordeel")

	press(m, "tab", "1", "down", "2")
	mustContain(t, m.View(), "evaluatie.json: 2 bewerkt")
	mustContain(t, m.evalLine(), eval+" — werk aan 2 afspraken")
	press(m, "u")
	mustContain(t, m.View(), "evaluatie.json: 1 bewerkt")

	// Started again on the same file: the count is there at once.
	m2 := newLoaded(t, sharedDemoLoad, eval, 80, 24)
	mustContain(t, m2.View(), "evaluatie.json: 1 bewerkt")
}

// TestEvaluationFileDefaultAndReadOnly: without --evaluatie the file is
// the default one in the working folder, shown with its full path; a file
// that cannot be read makes the header say "alleen lezen".
func TestEvaluationFileDefaultAndReadOnly(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	if got, want := evalPath(Options{}), filepath.Join(wd, evaluation.DefaultFile); got != want {
		t.Fatalf("default evaluation file %q, want %q", got, want)
	}
	book := filepath.Join(t.TempDir(), "evaluatie.xlsx")
	if got, want := evalPath(Options{Evaluation: book}), filepath.Join(filepath.Dir(book), evaluation.DefaultFile); got != want {
		t.Fatalf("evaluation file for a workbook %q, want %q", got, want)
	}
	eval := evalFile(t)
	if err := os.WriteFile(eval, []byte("{kapot"), 0o644); err != nil {
		t.Fatal(err)
	}
	m := newLoaded(t, sharedDemoLoad, eval, 100, 30)
	mustContain(t, m.View(), "evaluatie.json: alleen lezen")
	mustContain(t, m.evalLine(), eval+" — alleen lezen: ")
}
