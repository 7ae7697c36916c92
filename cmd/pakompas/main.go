// Command pakompas compares the prestatieafspraken of several gemeenten:
// it imports their agreement spreadsheets, flags vague agreements, and
// exports an evaluation workbook.
//
//	pakompas --demo                       the embedded demo set
//	pakompas import [--json] PATH...      import report (exit 1 if a file failed)
//	pakompas check [--json] PATH...       vague agreements, like a linter (exit 1 if any)
//	pakompas export -o FILE PATH...       the evaluation workbook (Excel)
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"pakompas/compare/printable"
)

// Exit codes shared by all subcommands.
const (
	exitOK       = 0
	exitFailures = 1 // some input could not be read (or, for check, some agreement is vague)
	exitUsage    = 2
)

func main() {
	setMemoryLimit(os.Getenv)
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run dispatches to a subcommand and returns the exit code. Messages may
// quote input (a file name, a cell), so stderr, like every readable
// report on stdout, goes through printable: the terminal never gets a
// control character from input. JSON on stdout is written as it is.
func run(args []string, stdout, stderr io.Writer) int {
	stderr = printable.Writer(stderr)
	if len(args) > 0 {
		switch args[0] {
		case "import":
			return runImport(args[1:], stdout, stderr)
		case "check":
			return runCheck(args[1:], stdout, stderr)
		case "export":
			return runExport(args[1:], stdout, stderr)
		case "help", "-h", "--help", "-help":
			fmt.Fprint(stdout, usage)
			return exitOK
		}
	}
	return runDefault(args, stdout, stderr)
}

const usage = `pakompas vergelijkt de prestatieafspraken van meerdere gemeenten.

Gebruik:
  pakompas --demo                 open de demoset (vier gemeenten)
  pakompas PAD...                 lees bestanden of mappen in
  pakompas import [--json] [--gemeente NAAM] [--password WW] PAD...
                                  importverslag; --json voor scripts
                                  (exit 0: alles gelezen, 1: een bestand gaf een fout, 2: verkeerd gebruik)
  pakompas check [--json] PAD...  vage afspraken per gemeente, met de reden
                                  (exit 0: geen vage afspraken, 1: wel, 2: verkeerd gebruik of leesfout)
  pakompas export -o BESTAND.xlsx [--evaluatie BESTAND] [--force] PAD...
                                  het evaluatiewerkboek (Excel), met oordelen en notities
                                  uit het evaluatiebestand (.json) of een eerder werkboek (.xlsx)

Voor elk commando: --gemeente NAAM, --password WW, --config BESTAND
(standaard pakompas.toml in de huidige map, als dat bestaat).

Een PAD is een .xlsx- of .csv-bestand, of een map (die wordt doorzocht).
`

// version is the module version the binary was built from ("dev" for a
// local build), shown in the workbook.
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}
