package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"pakompas/compare"
	"pakompas/compare/evaluation"
	"pakompas/compare/workbook"
)

// evalSource is the adviser's work a command read: verdicts, notes and
// theme moves, and the file they came from.
type evalSource struct {
	work compare.Judgements
	ov   compare.Overrides
	// path is the file as an absolute path; isNew is set when it does not
	// exist yet (nothing judged).
	path  string
	isNew bool
}

// readEvaluation reads the verdicts, notes and theme moves: --evaluatie,
// else the default evaluation file in the working directory. It says on
// stderr which file it read and what it held, or that the file is new: an
// adviser who started from another folder sees why her verdicts are
// missing (issue 12).
func readEvaluation(path, name string, stderr io.Writer) (evalSource, bool) {
	if path == "" {
		path = evaluation.DefaultFile
	}
	src := evalSource{path: path}
	if abs, err := filepath.Abs(path); err == nil {
		src.path = abs
	}
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) && !isWorkbookPath(path) {
		src.isNew = true
		fmt.Fprintf(stderr, "%s: geen oordelen: evaluatiebestand %s is nieuw (bestaat nog niet)\n", name, src.path)
		return src, true
	}
	j, ov, err := workbook.ReadEvaluation(path)
	var invalidRows *workbook.InvalidError
	var invalidVerdicts *evaluation.InvalidError
	switch {
	case errors.As(err, &invalidRows), errors.As(err, &invalidVerdicts):
		// What could be read is taken; the rest is named.
		fmt.Fprintln(stderr, "pakompas: let op:", err)
	case err != nil:
		fmt.Fprintln(stderr, "pakompas:", err)
		return src, false
	}
	src.work, src.ov = j, ov
	fmt.Fprintf(stderr, "%s: oordelen gelezen uit %s (%s)\n", name, src.path, src.counts())
	return src, true
}

// counts is "12 oordelen, 3 notities" (and the theme moves, when any).
func (s evalSource) counts() string {
	verdicts, notes := 0, 0
	for _, e := range s.work {
		if e.Verdict != evaluation.None {
			verdicts++
		}
		if e.Note != "" {
			notes++
		}
	}
	parts := []string{plural(verdicts, "oordeel", "oordelen"), plural(notes, "notitie", "notities")}
	if moves := len(s.ov.ByID) + len(s.ov.ByLocal); moves > 0 {
		parts = append(parts, plural(moves, "themaverplaatsing", "themaverplaatsingen"))
	}
	return strings.Join(parts, ", ")
}

// plural is "1 oordeel" or "3 oordelen".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// isWorkbookPath reports whether path names an exported workbook (.xlsx).
func isWorkbookPath(path string) bool {
	return strings.EqualFold(filepath.Ext(path), ".xlsx")
}
