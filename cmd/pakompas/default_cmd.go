package main

import (
	"context"
	"fmt"
	"io"

	"pakompas/compare"
	"pakompas/importer"
	"pakompas/importer/demo"
)

// runDefault handles "pakompas [--demo] [PATH...]". Until the terminal UI
// lands it prints the import report of the given files or the demo set.
func runDefault(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("pakompas", stderr)
	useDemo := fs.Bool("demo", false, "open de ingebouwde demoset (vier gemeenten)")
	common := addCommonFlags(fs)
	paths, err := parseArgs(fs, args)
	if err != nil {
		return exitUsage
	}
	eng, ok := common.engine(stderr)
	if !ok {
		return exitUsage
	}
	var rep *importer.Report
	switch {
	case *useDemo:
		rep = importer.ImportFS(context.Background(), demo.FS, []string{demo.Dir}, common.importOptions())
	case len(paths) > 0:
		rep = importer.Import(context.Background(), paths, common.importOptions())
	default:
		fmt.Fprintln(stderr, "pakompas: geef bestanden of mappen met prestatieafspraken op, of probeer 'pakompas --demo' (meer: pakompas help)")
		return exitUsage
	}
	return writeReport(eng.Analyze(rep, compare.Overrides{}), false, stdout, stderr)
}
