package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"pakompas/compare"
	"pakompas/tui"
)

// twoFiles is a folder of two files: landsmeer.csv names its gemeente in
// its file name, afspraken.csv names none.
func twoFiles(t *testing.T) string {
	t.Helper()
	return writeFiles(t, map[string]string{
		"landsmeer.csv": "Nr;Thema;Afspraak\n1;Leefbaarheid;Partijen streven naar een schone en veilige woonomgeving.\n",
		"afspraken.csv": "Nr;Thema;Afspraak\n1;Nieuwbouw;De corporatie levert in 2026 48 sociale huurwoningen op.\n",
	})
}

// gemeentenByFile imports with args and returns the gemeente of each
// file's agreements, by file name.
func gemeentenByFile(t *testing.T, args ...string) (map[string]string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	if code := run(append([]string{"import", "--json"}, args...), &out, &errOut); code != exitOK {
		t.Fatalf("import %q: exit %d: %s", args, code, errOut.String())
	}
	var doc struct {
		Files []struct {
			Path     string   `json:"path"`
			Warnings []string `json:"warnings"`
		} `json:"files"`
		Agreements []struct {
			Gemeente string `json:"gemeente"`
			Source   struct {
				File string `json:"file"`
			} `json:"source"`
		} `json:"agreements"`
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, a := range doc.Agreements {
		got[filepath.Base(a.Source.File)] = a.Gemeente
	}
	var warnings []string
	for _, f := range doc.Files {
		for _, w := range f.Warnings {
			warnings = append(warnings, filepath.Base(f.Path)+": "+w)
		}
	}
	return got, strings.Join(warnings, "\n")
}

// TestGemeenteOptionKeepsFilesOwn: "--gemeente Uithoorn map/" labels only
// the file that names no gemeente; the file naming Landsmeer stays
// Landsmeer's, and the import report, check and export name that file
// and say the option was not applied (issue 12: it was relabelled
// silently).
func TestGemeenteOptionKeepsFilesOwn(t *testing.T) {
	t.Chdir(t.TempDir())
	dir := twoFiles(t)
	got, warnings := gemeentenByFile(t, "--gemeente", "Uithoorn", dir)
	if got["landsmeer.csv"] != "Landsmeer" || got["afspraken.csv"] != "Uithoorn" {
		t.Errorf("gemeenten by file: %v", got)
	}
	want := "landsmeer.csv: bestand noemt zelf gemeente Landsmeer (bestandsnaam): --gemeente Uithoorn niet toegepast"
	if !strings.Contains(warnings, want) || strings.Contains(warnings, "afspraken.csv") {
		t.Errorf("warnings:\n%s\nwant %q", warnings, want)
	}

	var out, errOut bytes.Buffer
	run([]string{"import", "--gemeente", "Uithoorn", dir}, &out, &errOut)
	if !strings.Contains(out.String(), "let op: bestand noemt zelf gemeente Landsmeer") {
		t.Errorf("import report:\n%s", out.String())
	}
	for _, args := range [][]string{
		{"check", "--gemeente", "Uithoorn", dir},
		{"export", "-o", filepath.Join(t.TempDir(), "w.xlsx"), "--gemeente", "Uithoorn", dir},
	} {
		out.Reset()
		errOut.Reset()
		run(args, &out, &errOut)
		wantErr := filepath.Join(dir, "landsmeer.csv") + ": let op: bestand noemt zelf gemeente Landsmeer (bestandsnaam): --gemeente Uithoorn niet toegepast"
		if !strings.Contains(errOut.String(), wantErr) {
			t.Errorf("%s: stderr lacks %q:\n%s", args[0], wantErr, errOut.String())
		}
	}
	// check reports Landsmeer's vague agreement under Landsmeer.
	out.Reset()
	run([]string{"check", "--gemeente", "Uithoorn", dir}, &out, &errOut)
	if !strings.Contains(out.String(), "Landsmeer: 1 vage afspraken") {
		t.Errorf("check:\n%s", out.String())
	}
}

// TestAlleenSelectsGemeenten: --alleen keeps only the named gemeenten
// (case- and diacritics-blind, repeatable and comma-separated) in import,
// check, export and the UI; an unknown name is an error that lists the
// gemeenten found.
func TestAlleenSelectsGemeenten(t *testing.T) {
	t.Chdir(t.TempDir())
	dir := twoFiles(t)
	got, _ := gemeentenByFile(t, "--gemeente", "Uithoorn", "--alleen", "LANDSMEER", dir)
	if len(got) != 1 || got["landsmeer.csv"] != "Landsmeer" {
		t.Errorf("import --alleen LANDSMEER: %v", got)
	}
	got, _ = gemeentenByFile(t, "--gemeente", "Uithoorn", "--alleen", "landsméér,uithoorn", dir)
	if len(got) != 2 {
		t.Errorf("comma-separated: %v", got)
	}
	got, _ = gemeentenByFile(t, "--gemeente", "Uithoorn", "--alleen", "uithoorn", "--alleen", "Landsmeer", dir)
	if len(got) != 2 {
		t.Errorf("repeated: %v", got)
	}

	var out, errOut bytes.Buffer
	if code := run([]string{"check", "--gemeente", "Uithoorn", "--alleen", "Uithoorn", dir}, &out, &errOut); code != exitOK {
		t.Errorf("check --alleen Uithoorn: exit %d (Landsmeer's vague agreement should be out):\n%s", code, out.String())
	}
	if !strings.Contains(out.String(), "0 van 1 afspraken vaag in 1 gemeente(n) (alleen Uithoorn)") {
		t.Errorf("check output:\n%s", out.String())
	}
	out.Reset()
	if code := run([]string{"export", "-o", filepath.Join(t.TempDir(), "w.xlsx"), "--alleen", "landsmeer", dir}, &out, &errOut); code != exitOK ||
		!strings.Contains(out.String(), "(1 afspraken, 1 vaag, 1 gemeenten)") {
		t.Errorf("export --alleen landsmeer: exit %d: %s", code, out.String())
	}

	// The UI is given only the selection.
	var opts tui.Options
	defer func(old func(tui.Options) error) { runTUI = old }(runTUI)
	runTUI = func(o tui.Options) error { opts = o; return nil }
	if code := run([]string{"--alleen", "Landsmeer", dir}, &out, &errOut); code != exitOK {
		t.Fatalf("pakompas --alleen: exit %d: %s", code, errOut.String())
	}
	an, _, err := opts.Load(func(int, int, string) {}, compare.Overrides{}, nil)
	if err != nil || strings.Join(an.Gemeenten, ",") != "Landsmeer" {
		t.Errorf("the UI's analysis: %v, %v", an, err)
	}

	// An unknown name: exit 2 and the gemeenten found, in every command.
	want := "--alleen: gemeente 'Amsterdam' komt niet voor in de ingelezen bestanden; gevonden: Landsmeer"
	for _, args := range [][]string{
		{"import", dir},
		{"check", dir},
		{"export", "-o", filepath.Join(t.TempDir(), "w.xlsx"), dir},
	} {
		errOut.Reset()
		code := run(append(args, "--alleen", "Amsterdam"), &out, &errOut)
		if code != exitUsage || !strings.Contains(errOut.String(), want) {
			t.Errorf("%s: exit %d, stderr %q", args[0], code, errOut.String())
		}
	}
	run([]string{"--alleen", "Amsterdam", dir}, &out, &errOut)
	if _, _, err := opts.Load(func(int, int, string) {}, compare.Overrides{}, nil); err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("the UI's load: %v", err)
	}
}
