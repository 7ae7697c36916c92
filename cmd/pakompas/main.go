// Command pakompas compares the prestatieafspraken of several gemeenten:
// it imports their agreement spreadsheets, flags vague agreements, and
// exports an evaluation workbook.
//
//	pakompas --demo                       the embedded demo set
//	pakompas import [--json] PATH...      import report (exit 1 if a file failed)
package main

import (
	"fmt"
	"io"
	"os"
)

// Exit codes shared by all subcommands.
const (
	exitOK       = 0
	exitFailures = 1 // some input could not be read (or, for check, some agreement is vague)
	exitUsage    = 2
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run dispatches to a subcommand and returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "import":
			return runImport(args[1:], stdout, stderr)
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

Een PAD is een .xlsx- of .csv-bestand, of een map (die wordt doorzocht).
`
