package tui

import (
	"fmt"
	"path/filepath"

	"pakompas/compare/evaluation"
	"pakompas/compare/printable"
)

// Where the adviser's work is saved is always on screen: the header names
// the evaluation file and how many agreements it holds work on ("nieuw"
// before the first save), the Laden screen and the help give the full
// path. Started from another folder, the adviser sees at once that this
// is not the file with her work.

// evalPath is the evaluation file the program opens for opts, absolute:
// the file named, or the default one in the working folder; next to an
// exported workbook that is the source of the work.
func evalPath(opts Options) string {
	path := opts.Evaluation
	switch {
	case path == "":
		path = evaluation.DefaultFile
	case isWorkbook(path):
		path = filepath.Join(filepath.Dir(path), evaluation.DefaultFile)
	}
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return path
}

// evalState says in a word or two what the evaluation file holds: "nieuw"
// (not saved yet), "12 bewerkt" (agreements with a verdict, note or move),
// "alleen lezen"; bad marks the read-only state, warn a new file.
func (c *common) evalState() (state string, warn, bad bool) {
	st := c.sess.store()
	switch {
	case st == nil:
		return "alleen lezen", false, true
	case !st.Exists():
		return "nieuw", true, false
	}
	return fmt.Sprintf("%d bewerkt", st.Len()), false, false
}

// evalLine is the full account of the evaluation file, for the Laden
// screen and the help: the path and what it holds.
func (c *common) evalLine() string {
	line := "Evaluatiebestand: " + c.evalPath
	if c.sess == nil {
		return printable.String(line)
	}
	st := c.sess.store()
	switch {
	case st == nil:
		line += " — alleen lezen: " + c.sess.readOnly()
	case !st.Exists():
		line += " — nieuw, wordt gemaakt bij het eerste oordeel of de eerste notitie"
	default:
		n := st.Len()
		line += fmt.Sprintf(" — werk aan %d %s (oordeel, notitie of ander thema)", n, map[bool]string{true: "afspraak", false: "afspraken"}[n == 1])
	}
	return printable.String(line)
}

// evalLabel is the header's part on the evaluation file: the file name
// and its state, or (short) "evaluatie" and the state.
func (m *Model) evalLabel(short bool) string {
	s := m.styles
	name := printable.String(filepath.Base(m.evalPath))
	if short {
		name = "evaluatie"
	}
	state, warn, bad := m.evalState()
	st := s.Dim
	switch {
	case bad:
		st = s.Bad
	case warn:
		st = s.Warn
	}
	return s.Dim.Render(name+": ") + st.Render(state)
}
