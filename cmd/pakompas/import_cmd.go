package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"pakompas/importer"
)

// runImport implements "pakompas import": the import report, readable or
// as one JSON document.
func runImport(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("pakompas import", stderr)
	asJSON := fs.Bool("json", false, "schrijf het verslag als JSON")
	gem := fs.String("gemeente", "", "gemeente voor een bestand zonder gemeentekolom")
	password := fs.String("password", "", "wachtwoord voor beveiligde xlsx-bestanden")
	paths, err := parseArgs(fs, args)
	if err != nil {
		return exitUsage
	}
	if len(paths) == 0 {
		fmt.Fprintln(stderr, "pakompas import: geef een of meer bestanden of mappen op")
		return exitUsage
	}
	rep := importer.Import(context.Background(), paths, importer.Options{Gemeente: *gem, Password: *password})
	return writeReport(rep, *asJSON, stdout, stderr)
}

// writeReport prints rep and returns the exit code: 1 when a file failed.
func writeReport(rep *importer.Report, asJSON bool, stdout, stderr io.Writer) int {
	var err error
	if asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		err = enc.Encode(rep)
	} else {
		err = rep.WriteText(stdout)
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
