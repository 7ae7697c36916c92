package main

import (
	"encoding/json"
	"fmt"
	"io"

	"pakompas/compare"
	"pakompas/compare/printable"
	"pakompas/importer"
)

// runImport implements "pakompas import": the import report, readable or
// as one JSON document with every agreement and its derived facts.
func runImport(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("pakompas import", stderr)
	asJSON := fs.Bool("json", false, "schrijf het verslag als JSON")
	common := addCommonFlags(fs)
	paths, err := parseArgs(fs, args)
	if err != nil {
		return exitUsage
	}
	if len(paths) == 0 {
		fmt.Fprintln(stderr, "pakompas import: geef een of meer bestanden of mappen op")
		return exitUsage
	}
	an, ok := analyze(paths, common, compare.Overrides{}, stderr)
	if !ok {
		return exitUsage
	}
	return writeReport(an, *asJSON, stdout, stderr)
}

// jsonDoc is the document "import --json" writes: the importer's file
// reports and the agreements with their derived fields.
type jsonDoc struct {
	Files      []importer.FileReport `json:"files"`
	Agreements []compare.Agreement   `json:"agreements"`
}

// writeReport prints the import report and returns the exit code: 1 when
// a file failed.
func writeReport(an *compare.Analysis, asJSON bool, stdout, stderr io.Writer) int {
	var err error
	if asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		err = enc.Encode(jsonDoc{Files: an.Report.Files, Agreements: an.Agreements})
	} else {
		err = an.Report.WriteText(printable.Writer(stdout))
	}
	if err != nil {
		fmt.Fprintln(stderr, "pakompas:", err)
		return exitFailures
	}
	if an.Report.Failed() {
		return exitFailures
	}
	return exitOK
}
