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
	c := newCommand("pakompas import", "pakompas import [opties] PAD...",
		"Leest de bestanden in en toont het importverslag: per bestand de gemeente, de bladen en kolommen die zijn gelezen, "+
			"de overgeslagen rijen met de reden, waarschuwingen en fouten. Met --json alle afspraken met wat eruit is afgeleid, voor scripts.",
		importFooter)
	asJSON := c.boolFlag("json", "schrijf het verslag en de afspraken als JSON")
	common := addCommonFlags(c)
	paths, code, ok := c.parse(args, stdout, stderr)
	if !ok {
		return code
	}
	if len(paths) == 0 {
		return c.usageError(stderr, "geef een of meer bestanden of mappen op")
	}
	an, ok := analyze(paths, common, compare.Overrides{}, c.name, stderr)
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

const importFooter = `Exitcodes:
  0  alle bestanden gelezen
  1  een of meer bestanden gaven een fout (de andere zijn gelezen)
  2  verkeerd gebruik

Een PAD is een .xlsx- of .csv-bestand, of een map (die wordt doorzocht).`
