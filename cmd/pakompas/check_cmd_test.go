package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestCheckDemo(t *testing.T) {
	dir := t.TempDir()
	copyDemo(t, dir)
	var out, errOut bytes.Buffer
	if code := run([]string{"check", dir}, &out, &errOut); code != exitFailures {
		t.Fatalf("exit %d, want 1 (vague agreements found); stderr %s", code, errOut.String())
	}
	// file:sheet:row  gemeente  rule 'words'  text
	line := regexp.MustCompile(`^  (\S.*\.(xlsx|csv)):(?:[^:]+:)?(\d+)  (Aalsmeer|Landsmeer|Ouder-Amstel|Uithoorn)  [a-z0-9-]+( '[^']+')?.*  \S`)
	findings, perTheme := 0, 0
	for _, l := range strings.Split(out.String(), "\n") {
		switch {
		case line.MatchString(l):
			findings++
		case strings.HasPrefix(l, "  per thema: "):
			perTheme++
		}
	}
	if findings == 0 || perTheme != 4 {
		t.Fatalf("%d findings, %d theme counts in:\n%s", findings, perTheme, out.String())
	}
	if !strings.Contains(out.String(), "afspraken vaag in 4 gemeente(n)") {
		t.Errorf("no summary line:\n%s", out.String())
	}

	// JSON: the same number of vague agreements, each with its flags.
	out.Reset()
	if code := run([]string{"check", "--json", dir}, &out, &errOut); code != exitFailures {
		t.Fatalf("--json exit %d", code)
	}
	var doc struct {
		Agreements int `json:"agreements"`
		Vague      []struct {
			ID    string `json:"id"`
			Vague bool   `json:"vague"`
			Theme string `json:"theme"`
			Flags []struct {
				Rule, Category, Match, Message string
			} `json:"flags"`
		} `json:"vague"`
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Vague) != findings || doc.Agreements != 117 {
		t.Errorf("json: %d vague of %d, text listed %d", len(doc.Vague), doc.Agreements, findings)
	}
	for _, a := range doc.Vague {
		if !a.Vague || len(a.Flags) == 0 || a.Flags[0].Message == "" || a.Theme == "" {
			t.Errorf("%s: %+v", a.ID, a)
		}
	}
}

func TestCheckExitCodes(t *testing.T) {
	dir := t.TempDir()
	concrete := "Nr;Thema;Afspraak;Trekker;Planning\n" +
		"1.1;Nieuwbouw;De corporatie levert in 2026 48 sociale huurwoningen op in plan Zijdelveld-Noord.;Corporatie;2026\n" +
		"1.2;Nieuwbouw;De gemeente stelt uiterlijk 31 december 2025 twee locaties beschikbaar voor flexwoningen.;Gemeente;31-12-2025\n"
	path := filepath.Join(dir, "uithoorn.csv")
	if err := os.WriteFile(path, []byte(concrete), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if code := run([]string{"check", path}, &out, &errOut); code != exitOK {
		t.Errorf("only concrete agreements: exit %d\n%s", code, out.String())
	}
	broken := filepath.Join(dir, "kapot.xlsx")
	if err := os.WriteFile(broken, []byte("<html>geen spreadsheet</html>"), 0o644); err != nil {
		t.Fatal(err)
	}
	errOut.Reset()
	if code := run([]string{"check", dir}, &out, &errOut); code != exitUsage || !strings.Contains(errOut.String(), "kapot.xlsx") {
		t.Errorf("read error: exit %d, stderr %q", code, errOut.String())
	}
	if code := run([]string{"check"}, &out, &errOut); code != exitUsage {
		t.Errorf("no paths: exit %d", code)
	}
	cfg := filepath.Join(dir, "slecht.toml")
	if err := os.WriteFile(cfg, []byte("[themas\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	errOut.Reset()
	if code := run([]string{"check", "--config", cfg, path}, &out, &errOut); code != exitUsage || !strings.Contains(errOut.String(), "slecht.toml") {
		t.Errorf("bad config: exit %d, stderr %q", code, errOut.String())
	}
}
