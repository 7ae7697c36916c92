// Command pakompas compares the prestatieafspraken of several gemeenten:
// it imports their agreement spreadsheets, flags vague agreements, and
// exports an evaluation workbook.
//
//	pakompas --demo                       the embedded demo set
//	pakompas PATH...                      the terminal UI on files and folders
//	pakompas import [--json] PATH...      import report (exit 1 if a file failed)
//	pakompas check [--json] PATH...       vague agreements, like a linter (exit codes in check --help)
//	pakompas export -o FILE [--voor extern] PATH...  the evaluation workbook (Excel)
//	pakompas help [COMMAND]               Dutch help
package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"pakompas/compare/printable"
)

// Exit codes shared by all subcommands (check adds its own bits, see
// checkExit).
const (
	exitOK       = 0
	exitFailures = 1 // some input could not be read
	exitUsage    = 2
)

func main() {
	setMemoryLimit(os.Getenv)
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// commands are the subcommands by name.
var commands = map[string]func(args []string, stdout, stderr io.Writer) int{
	"import": runImport,
	"check":  runCheck,
	"export": runExport,
}

// run dispatches to a subcommand and returns the exit code. Messages may
// quote input (a file name, a cell), so stderr, like every readable
// report on stdout, goes through printable: the terminal never gets a
// control character from input. JSON on stdout is written as it is.
func run(args []string, stdout, stderr io.Writer) int {
	stderr = printable.Writer(stderr)
	if len(args) == 0 {
		return runDefault(args, stdout, stderr)
	}
	if cmd, ok := commands[args[0]]; ok {
		return cmd(args[1:], stdout, stderr)
	}
	switch args[0] {
	case "help", "-h", "--help", "-help":
		if len(args) > 1 && args[0] == "help" {
			if _, ok := commands[args[1]]; ok {
				return run([]string{args[1], "--help"}, stdout, stderr)
			}
			return unknownCommand(args[1], stderr)
		}
		return runDefault([]string{"--help"}, stdout, stderr)
	}
	if looksLikeCommand(args[0]) {
		return unknownCommand(args[0], stderr)
	}
	return runDefault(args, stdout, stderr)
}

// looksLikeCommand reports whether the first argument is meant as a
// command rather than a path: it is not an option, no file or folder of
// that name exists, and it has neither a path separator nor an extension
// ("bogus", not "map/", "afspraken.xlsx" or an existing folder "Uithoorn").
// A path that does not exist but looks like one still opens the UI, whose
// import report says the file was not found.
func looksLikeCommand(arg string) bool {
	if arg == "" || strings.HasPrefix(arg, "-") || strings.ContainsAny(arg, `/\`) || filepath.Ext(arg) != "" {
		return false
	}
	_, err := os.Lstat(arg)
	return err != nil
}

// unknownCommand says in Dutch that name is no command, lists the
// commands, and returns exitUsage.
func unknownCommand(name string, stderr io.Writer) int {
	fmt.Fprintf(stderr, "pakompas: onbekend commando '%s' (en geen bestand of map met die naam)\n\n%s\n\nmeer: pakompas help\n",
		name, commandList)
	return exitUsage
}

// The program's help (pakompas --help, pakompas help): the default
// command, the UI, with the list of commands.
const (
	mainSynopsis = `pakompas [opties] PAD...           open het programma op bestanden of mappen
pakompas --demo                    open het programma op de demoset
pakompas COMMANDO [opties] PAD...  een commando (zie Commando's)
pakompas help COMMANDO             de hulp bij een commando`

	mainAbout = `pakompas vergelijkt de prestatieafspraken van meerdere gemeenten: het leest hun spreadsheets, ` +
		`zet de afspraken per thema naast elkaar, wijst vage afspraken aan en schrijft een evaluatiewerkboek. ` +
		`Oordelen en notities van de adviseur worden bewaard in het evaluatiebestand (standaard ` +
		`pakompas-evaluatie.json in de map waar pakompas wordt gestart).`

	commandList = `Commando's:
  import   het importverslag: wat uit elk bestand is gelezen (of als JSON)
  check    de vage afspraken per gemeente, zoals een linter (met exitcode)
  export   het evaluatiewerkboek (Excel)
  help     deze hulp; 'pakompas help COMMANDO' of 'pakompas COMMANDO --help'
           voor een commando`

	mainFooter = commandList + `

Een PAD is een .xlsx-, .ods-, .csv-, .docx- of .odt-bestand, of een map
(doorzocht).`
)

// version is the module version the binary was built from ("dev" for a
// local build), shown in the workbook.
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}
