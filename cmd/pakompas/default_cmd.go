package main

import (
	"context"
	"fmt"
	"io"

	"pakompas/compare"
	"pakompas/compare/evaluation"
	"pakompas/importer"
	"pakompas/importer/demo"
	"pakompas/tui"
)

// runDefault handles "pakompas [--demo] [PATH...]": the terminal UI on the
// given files and folders or on the embedded demo set.
func runDefault(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("pakompas", stderr)
	useDemo := fs.Bool("demo", false, "open de ingebouwde demoset (vier gemeenten)")
	evalPath := fs.String("evaluatie", evaluation.DefaultFile, "bestand waarin oordelen en notities worden bewaard; een geëxporteerd werkboek (.xlsx) wordt overgenomen in "+evaluation.DefaultFile+" ernaast")
	common := addCommonFlags(fs)
	paths, err := parseArgs(fs, args)
	if err != nil {
		return exitUsage
	}
	if !*useDemo && len(paths) == 0 {
		fmt.Fprintln(stderr, "pakompas: geef bestanden of mappen met prestatieafspraken op, of probeer 'pakompas --demo' (meer: pakompas help)")
		return exitUsage
	}
	eng, ok := common.engine(stderr)
	if !ok {
		return exitUsage
	}
	opts := common.importOptions()
	load := func(progress func(done, total int, path string), ov compare.Overrides, passwords map[string]string) (*compare.Analysis, tui.Reanalyze, error) {
		opts := opts
		opts.Progress, opts.Passwords = progress, passwords
		var rep *importer.Report
		if *useDemo {
			rep = importer.ImportFS(context.Background(), demo.FS, []string{demo.Dir}, opts)
		} else {
			rep = importer.Import(context.Background(), paths, opts)
		}
		// A theme move in the UI analyses the same import again.
		reanalyze := func(ov compare.Overrides) *compare.Analysis { return eng.Analyze(rep, ov) }
		return eng.Analyze(rep, ov), reanalyze, nil
	}
	if err := tui.Run(tui.Options{Load: load, Evaluation: *evalPath, Version: version()}); err != nil {
		fmt.Fprintln(stderr, "pakompas:", err)
		return exitUsage
	}
	return exitOK
}
