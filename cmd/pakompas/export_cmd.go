package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"time"

	"pakompas/compare"
	"pakompas/compare/atomicfile"
	"pakompas/compare/evaluation"
	"pakompas/compare/printable"
	"pakompas/compare/workbook"
)

// runExport implements "pakompas export -o FILE [--evaluatie FILE]
// [--voor intern|extern] PATH...": the evaluation workbook, headless;
// --voor extern writes the variant to send to a gemeente (see
// workbook.Extern). Exit 0 when written, 1 when written
// but some input file failed, 2 on usage errors or when nothing was written.
func runExport(args []string, stdout, stderr io.Writer) int {
	stdout = printable.Writer(stdout) // paths from input
	fs := newFlagSet("pakompas export", stderr)
	out := fs.String("o", "", "het werkboek dat wordt geschreven (.xlsx)")
	evalPath := fs.String("evaluatie", "", "oordelen en notities: evaluatiebestand (.json) of een eerder geëxporteerd werkboek (.xlsx); standaard "+evaluation.DefaultFile+" als dat bestaat")
	force := fs.Bool("force", false, "overschrijf een bestaand werkboek")
	voor := fs.String("voor", workbook.Intern.String(), "voor wie het werkboek is: intern (alles, voor de adviseur) of extern "+
		"(om te versturen: zonder notities, mappen, ontwikkelversie en regelpatronen)")
	common := addCommonFlags(fs)
	paths, err := parseArgs(fs, args)
	if err != nil {
		return exitUsage
	}
	if *out == "" || len(paths) == 0 {
		fmt.Fprintln(stderr, "pakompas export: gebruik: pakompas export -o evaluatie.xlsx [--evaluatie BESTAND] [--voor intern|extern] PAD...")
		return exitUsage
	}
	audience, err := workbook.ParseAudience(*voor)
	if err != nil {
		fmt.Fprintln(stderr, "pakompas export: --voor:", err)
		return exitUsage
	}
	j, ov, ok := readEvaluation(*evalPath, stderr)
	if !ok {
		return exitUsage
	}
	an, ok := analyze(paths, common, ov, stderr)
	if !ok {
		return exitUsage
	}
	ev := compare.ReadOnlyEvaluation(an, j, ov)
	orphans := ev.Orphans()
	if err := workbook.Write(*out, workbook.InputOf(ev, time.Now(), version()), workbook.Options{Force: *force, Audience: audience}); err != nil {
		if errors.Is(err, atomicfile.ErrExists) {
			fmt.Fprintf(stderr, "pakompas export: %s bestaat al; kies een andere naam met -o, of overschrijf het met --force\n", *out)
			return exitUsage
		}
		fmt.Fprintln(stderr, "pakompas export:", err)
		return exitUsage
	}
	vague := ev.Matrix().Total.Vague
	fmt.Fprintf(stdout, "geschreven: %s (%d afspraken, %d vaag, %d gemeenten", *out, len(an.Agreements), vague, len(an.Gemeenten))
	if len(orphans) > 0 {
		fmt.Fprintf(stdout, "; %d verweesde oordelen", len(orphans))
	}
	fmt.Fprintln(stdout, ")")
	for _, f := range an.Report.Files {
		if f.Error != "" {
			fmt.Fprintf(stderr, "pakompas export: %s: %s\n", f.Path, f.Error)
		}
	}
	if an.Report.Failed() {
		return exitFailures
	}
	return exitOK
}

// readEvaluation reads the verdicts, notes and theme moves: --evaluatie,
// else the default evaluation file when it exists, else none.
func readEvaluation(path string, stderr io.Writer) (compare.Judgements, compare.Overrides, bool) {
	if path == "" {
		if _, err := os.Stat(evaluation.DefaultFile); errors.Is(err, fs.ErrNotExist) {
			return compare.Judgements{}, compare.Overrides{}, true
		}
		path = evaluation.DefaultFile
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
		return nil, compare.Overrides{}, false
	}
	return j, ov, true
}
