package main

import (
	"bufio"
	"fmt"
	"io"
	"os"

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
	eng, ok := common.engine(stderr)
	if !ok {
		return exitUsage
	}
	rep, ok := importSelected(paths, common, c.name, stderr)
	if !ok {
		return exitUsage
	}
	var err error
	if *asJSON {
		defer jsonMemoryLimit(os.Getenv)()
		err = writeImportJSON(eng.Analyze(rep, compare.Overrides{}), stdout)
	} else {
		// The readable report shows what was read, nothing derived: no
		// analysis.
		err = writeImportText(rep, stdout)
	}
	if err != nil {
		fmt.Fprintln(stderr, "pakompas:", err)
		return exitFailures
	}
	if rep.Failed() {
		return exitFailures
	}
	return exitOK
}

// importHead is the document "import --json" writes without its last
// field, "agreements": every agreement with its derived fields, in import
// order (compare.Agreement).
type importHead struct {
	Files []importer.FileReport `json:"files"`
}

// writeImportJSON writes the document of "import --json", one agreement at
// a time.
func writeImportJSON(an *compare.Analysis, stdout io.Writer) error {
	return writeJSONDoc(stdout, importHead{Files: an.Report.Files}, "agreements", len(an.Agreements), an.Agreements == nil,
		func(i int) any { return &an.Agreements[i] })
}

// writeImportText writes the readable import report through a buffer.
func writeImportText(rep *importer.Report, stdout io.Writer) error {
	bw := bufio.NewWriter(stdout)
	err := rep.WriteText(printable.Writer(bw))
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	return err
}

const importFooter = `Exitcodes:
  0  alle bestanden gelezen
  1  een of meer bestanden gaven een fout (de andere zijn gelezen)
  2  verkeerd gebruik

Een PAD is een .xlsx-, .ods-, .csv-, .docx- of .odt-bestand, of een map
(doorzocht).`
