package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"pakompas/compare"
	"pakompas/compare/evaluation"
	"pakompas/importer"
	"pakompas/importer/demo"
	"pakompas/tui"
)

// runTUI runs the terminal UI; tests replace it to see what it is given.
var runTUI = tui.Run

// runDefault handles "pakompas [--demo] [PATH...]": the terminal UI on the
// given files and folders or on the embedded demo set. Its help is the
// program's help (the commands are listed in it).
func runDefault(args []string, stdout, stderr io.Writer) int {
	c := newCommand("pakompas", mainSynopsis, mainAbout, mainFooter)
	useDemo := c.boolFlag("demo", "open de ingebouwde demoset (zes gemeenten, twee ook met jaarschijf 2024)")
	evalPath := c.stringFlag("evaluatie", "BESTAND", "bestand waarin oordelen en notities worden bewaard (standaard "+
		evaluation.DefaultFile+" in de huidige map); een geëxporteerd werkboek (.xlsx) wordt overgenomen in "+
		evaluation.DefaultFile+" ernaast")
	common := addCommonFlags(c)
	paths, code, ok := c.parse(args, stdout, stderr)
	if !ok {
		return code
	}
	if !*useDemo && len(paths) == 0 {
		return c.usageError(stderr, "geef bestanden of mappen met prestatieafspraken op, of probeer 'pakompas --demo'")
	}
	eng, ok := common.engine(stderr)
	if !ok {
		return exitUsage
	}
	opts := common.importOptions()
	load := func(progress func(done, total int, path string), ov compare.Overrides, passwords map[string]string) (*compare.Analysis, tui.Reanalyze, error) {
		opts := opts
		opts.Progress, opts.Passwords = progress, passwords
		defer bulkGC(os.Getenv)() // the UI then runs at the usual setting
		var rep *importer.Report
		if *useDemo {
			rep = importer.ImportFS(context.Background(), demo.FS, []string{demo.Dir}, opts)
		} else {
			rep = importer.Import(context.Background(), paths, opts)
		}
		// --alleen: the UI gets only the selected gemeenten.
		rep, err := common.selectGemeenten(rep)
		if err != nil {
			return nil, nil, err
		}
		// A theme move in the UI analyses the same import again.
		reanalyze := func(ov compare.Overrides) *compare.Analysis { return eng.Analyze(rep, ov) }
		return eng.Analyze(rep, ov), reanalyze, nil
	}
	if err := runTUI(tui.Options{Load: load, Evaluation: *evalPath, Version: version()}); err != nil {
		fmt.Fprintln(stderr, "pakompas:", err)
		return exitUsage
	}
	return exitOK
}
