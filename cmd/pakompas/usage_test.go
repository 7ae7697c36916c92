package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"pakompas/tui"
)

// TestUsageIsDutch: every command's -h, --help and "pakompas help
// COMMAND" print its Dutch usage on stdout and exit 0: a usage line, what
// it does, every option with a Dutch placeholder and description, lines
// that fit 80 columns, and nothing of the flag package's English
// ("Usage of pakompas check:", "string", "default").
func TestUsageIsDutch(t *testing.T) {
	common := []string{"--alleen NAAM[,NAAM]", "--gemeente NAAM", "--password WACHTWOORD", "--config BESTAND"}
	cases := []struct {
		args []string
		want []string
	}{
		{[]string{"--help"}, append([]string{"pakompas [opties] PAD...", "--demo ", "--evaluatie BESTAND", "Commando's:", "  import ", "  check ", "  export "}, common...)},
		{[]string{"import", "--help"}, append([]string{"pakompas import [opties] PAD...", "--json ", "importverslag", "Exitcodes:"}, common...)},
		{[]string{"check", "--help"}, append([]string{"pakompas check [opties] PAD...", "--json ", "--evaluatie BESTAND", "--zonder-oordelen ",
			"  0  geen vage afspraken", "  1  vage afspraken gevonden", "  2  verkeerd gebruik", "  4  een of meer bestanden onleesbaar", "  5  ",
			"--kompas ", "✗ rood", "Met --kompas telt een rode indicator als 1"}, common...)},
		{[]string{"export", "--help"}, append([]string{"pakompas export -o BESTAND.xlsx [opties] PAD...", "-o BESTAND ", "--evaluatie BESTAND", "--force ", "Exitcodes:"}, common...)},
	}
	for _, c := range cases {
		name := strings.Join(c.args, " ")
		var out, errOut bytes.Buffer
		if code := run(c.args, &out, &errOut); code != exitOK || errOut.Len() != 0 {
			t.Errorf("%s: exit %d, stderr %q", name, code, errOut.String())
		}
		help := out.String()
		if !strings.HasPrefix(help, "Gebruik:\n  pakompas") || !strings.Contains(help, "\nOpties:\n") {
			t.Errorf("%s: no usage line or options:\n%s", name, help)
		}
		for _, w := range c.want {
			if !strings.Contains(help, w) {
				t.Errorf("%s: help lacks %q", name, w)
			}
		}
		for _, english := range []string{"Usage", "usage", " string", " value", "default", "flag"} {
			if strings.Contains(help, english) {
				t.Errorf("%s: help contains %q:\n%s", name, english, help)
			}
		}
		for _, line := range strings.Split(help, "\n") {
			if utf8.RuneCountInString(line) > 80 {
				t.Errorf("%s: line wider than 80 columns: %q", name, line)
			}
		}
		// -h and "pakompas help COMMAND" print the same.
		variants := [][]string{append(append([]string(nil), c.args[:len(c.args)-1]...), "-h")}
		if len(c.args) == 2 {
			variants = append(variants, []string{"help", c.args[0]})
		} else {
			variants = append(variants, []string{"help"})
		}
		for _, v := range variants {
			var again bytes.Buffer
			if code := run(v, &again, &errOut); code != exitOK || again.String() != help {
				t.Errorf("pakompas %s: exit %d, differs from %s", strings.Join(v, " "), code, name)
			}
		}
	}
}

// TestFlagErrorsInDutch: a bad option is named in Dutch with the way to
// the help, exit 2.
func TestFlagErrorsInDutch(t *testing.T) {
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"check", "--bogus", "x"}, "pakompas check: onbekende optie --bogus\nmeer: pakompas check --help\n"},
		{[]string{"export", "x", "-o"}, "pakompas export: optie -o heeft een waarde nodig\n"},
		{[]string{"import", "--json=ja", "x"}, "pakompas import: optie --json is een schakelaar: geef haar zonder waarde (niet \"ja\")\n"},
		{[]string{"import", "--alleen", ",", "x"}, "pakompas import: optie --alleen: geef een of meer namen, gescheiden door komma's\n"},
		{[]string{"--bogus"}, "pakompas: onbekende optie --bogus\nmeer: pakompas --help\n"},
	}
	for _, c := range cases {
		var out, errOut bytes.Buffer
		if code := run(c.args, &out, &errOut); code != exitUsage || !strings.Contains(errOut.String(), c.want) {
			t.Errorf("pakompas %q: exit %d, stderr %q, want %q", c.args, code, errOut.String(), c.want)
		}
	}
}

// TestUnknownCommand: a first argument that is no command and no path
// gets a Dutch error with the list of commands, exit 2, and no UI; a path
// (an existing file or folder, or a name with a separator or extension)
// still opens the UI as before.
func TestUnknownCommand(t *testing.T) {
	work := t.TempDir()
	t.Chdir(work)
	if err := os.Mkdir(filepath.Join(work, "Uithoorn"), 0o755); err != nil {
		t.Fatal(err)
	}
	var opened []string
	defer func(old func(tui.Options) error) { runTUI = old }(runTUI)
	runTUI = func(tui.Options) error { opened = append(opened, "ui"); return nil }

	for _, c := range []struct {
		args []string
		name string
	}{{[]string{"bogus"}, "bogus"}, {[]string{"exprot", "-o", "x.xlsx", "map"}, "exprot"}, {[]string{"help", "bogus"}, "bogus"}} {
		args := c.args
		opened = nil
		var out, errOut bytes.Buffer
		code := run(args, &out, &errOut)
		msg := errOut.String()
		if code != exitUsage || len(opened) != 0 || !strings.Contains(msg, "onbekend commando '"+c.name+"'") {
			t.Errorf("pakompas %q: exit %d, UI opened %v, stderr %q", args, code, opened, msg)
		}
		for _, cmd := range []string{"import", "check", "export", "help"} {
			if !strings.Contains(msg, "\n  "+cmd+" ") {
				t.Errorf("pakompas %q: the list of commands lacks %s:\n%s", args, cmd, msg)
			}
		}
	}
	var errOut bytes.Buffer
	run([]string{"bogus"}, &bytes.Buffer{}, &errOut)
	if !strings.HasPrefix(errOut.String(), "pakompas: onbekend commando 'bogus' (en geen bestand of map met die naam)\n") {
		t.Errorf("stderr %q", errOut.String())
	}

	for _, args := range [][]string{
		{"Uithoorn"},             // an existing folder without extension
		{"afspraken.xlsx"},       // a file name (the import reports it missing)
		{"map/nergens"},          // a path
		{"--demo"},               // an option
		{"--gemeente", "X", "y"}, // options first
		{filepath.Join(work, "Uithoorn"), "bogus"}, // only the first argument can be a command
	} {
		opened = nil
		var out, errOut bytes.Buffer
		if code := run(args, &out, &errOut); code != exitOK || len(opened) != 1 {
			t.Errorf("pakompas %q: exit %d, UI opened %v, stderr %q", args, code, opened, errOut.String())
		}
	}
}
