package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"pakompas/compare/printable/printabletest"
)

// Every command's readable output and every message is free of control
// characters from input (escape sequences in a cell, in a file or sheet
// name); the visible words stay. JSON keeps the text as it was read.
func TestHostileInputNeverReachesTheTerminal(t *testing.T) {
	dir := t.TempDir()
	printabletest.Write(t, dir)
	out := filepath.Join(t.TempDir(), "evaluatie.xlsx")
	for _, c := range []struct {
		name string
		args []string
		want []string // on stdout
	}{
		{"check", []string{"check", dir}, []string{printabletest.Visible, "afspraken-", "kompas-", "Afspraken:2"}},
		{"import", []string{"import", dir}, []string{"afspraken-", "kompas-", "Afspraken", "kapot-"}},
		{"export", []string{"export", "-o", out, dir}, []string{"geschreven"}},
		{"export again", []string{"export", "-o", out, dir}, nil}, // bestaat al
		{"unreadable evaluation", []string{"export", "-o", out + "2.xlsx", "--evaluatie", filepath.Join(dir, printabletest.BadName), dir}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			run(c.args, &stdout, &stderr)
			printabletest.Check(t, "stdout", stdout.String(), false)
			printabletest.Check(t, "stderr", stderr.String(), false)
			for _, w := range c.want {
				if !strings.Contains(stdout.String(), w) {
					t.Errorf("stdout lacks %q:\n%s", w, stdout.String())
				}
			}
			if stderr.Len() == 0 && c.name != "check" && c.name != "import" {
				t.Errorf("no message on stderr")
			}
		})
	}
	// The broken file's error names it (without the controls).
	var stdout, stderr bytes.Buffer
	run([]string{"check", dir}, &stdout, &stderr)
	if !strings.Contains(stderr.String(), "kapot-") {
		t.Errorf("the broken file's error is not on stderr: %q", stderr.String())
	}
}

// JSON keeps what was read: the escape characters, escaped as JSON does.
func TestHostileInputKeptInJSON(t *testing.T) {
	dir := t.TempDir()
	printabletest.Write(t, dir)
	for _, cmd := range []string{"import", "check"} {
		var stdout, stderr bytes.Buffer
		run([]string{cmd, "--json", dir}, &stdout, &stderr)
		if !strings.Contains(stdout.String(), `\u001b]52;c;aGFjaw==\u0007`) {
			t.Errorf("%s --json lost the cell's escape characters", cmd)
		}
		var doc map[string]any
		if err := json.Unmarshal(stdout.Bytes(), &doc); err != nil {
			t.Errorf("%s --json: %v", cmd, err)
		}
		printabletest.Check(t, cmd+" stderr", stderr.String(), false)
	}
}
