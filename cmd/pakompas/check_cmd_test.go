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
	t.Chdir(t.TempDir()) // no evaluation file from the package folder
	dir := t.TempDir()
	copyDemo(t, dir)
	var out, errOut bytes.Buffer
	if code := run([]string{"check", dir}, &out, &errOut); code != exitFailures {
		t.Fatalf("exit %d, want 1 (vague agreements found); stderr %s", code, errOut.String())
	}
	// file:sheet:row  gemeente  rule 'words'  text
	line := regexp.MustCompile(`^  (\S.*\.(xlsx|csv|docx)):(?:[^:]+:)?(\d+)  (Aalsmeer|Amstelveen|De Ronde Venen|Landsmeer|Ouder-Amstel|Uithoorn)  [a-z0-9-]+( '[^']+')?.*  \S`)
	findings, perTheme, carried := 0, 0, 0
	for _, l := range strings.Split(out.String(), "\n") {
		switch {
		case line.MatchString(l) && strings.Contains(l, "  doorgeschoven "):
			// The info lines of the demo's agreements back from 2024.
			carried++
		case line.MatchString(l):
			findings++
		case strings.HasPrefix(l, "  per thema: "):
			perTheme++
		}
	}
	if findings == 0 || perTheme != 6 || carried != 3 {
		t.Fatalf("%d findings, %d theme counts, %d doorgeschoven in:\n%s", findings, perTheme, carried, out.String())
	}
	if !strings.Contains(out.String(), "afspraken vaag in 6 gemeente(n)") {
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
	if len(doc.Vague) != findings || doc.Agreements != 177 {
		t.Errorf("json: %d vague of %d, text listed %d", len(doc.Vague), doc.Agreements, findings)
	}
	for _, a := range doc.Vague {
		if !a.Vague || len(a.Flags) == 0 || a.Flags[0].Message == "" || a.Theme == "" {
			t.Errorf("%s: %+v", a.ID, a)
		}
	}
}

// TestCheckExitCodes: each exit code of check, as "check --help" lists
// them. Vague agreements found are never hidden by an unreadable file:
// 1 and 4 add up to 5.
func TestCheckExitCodes(t *testing.T) {
	t.Chdir(t.TempDir()) // no evaluation file from the package folder
	concrete := "Nr;Thema;Afspraak;Trekker;Planning\n" +
		"1.1;Nieuwbouw;De corporatie levert in 2026 48 sociale huurwoningen op in plan Zijdelveld-Noord.;Corporatie;2026\n" +
		"1.2;Nieuwbouw;De gemeente stelt uiterlijk 31 december 2025 twee locaties beschikbaar voor flexwoningen.;Gemeente;31-12-2025\n"
	vague := "Nr;Thema;Afspraak;Trekker\n1.1;Leefbaarheid;Partijen streven naar een schone en veilige woonomgeving.;Partijen\n"
	broken := "<html>geen spreadsheet</html>"
	clean := writeFiles(t, map[string]string{"uithoorn.csv": concrete})
	vagueDir := writeFiles(t, map[string]string{"uithoorn.csv": concrete, "landsmeer.csv": vague})
	brokenDir := writeFiles(t, map[string]string{"uithoorn.csv": concrete, "kapot.xlsx": broken})
	both := writeFiles(t, map[string]string{"landsmeer.csv": vague, "kapot.xlsx": broken})
	badConfig := filepath.Join(writeFiles(t, map[string]string{"slecht.toml": "[themas\n"}), "slecht.toml")
	cases := []struct {
		name string
		args []string
		code int
		err  string // on stderr
	}{
		{"nothing vague", []string{"check", clean}, 0, ""},
		{"vague", []string{"check", vagueDir}, 1, ""},
		{"unreadable", []string{"check", brokenDir}, 4, "kapot.xlsx"},
		{"unreadable and vague", []string{"check", both}, 5, "kapot.xlsx"},
		{"no paths", []string{"check"}, 2, "geef een of meer bestanden"},
		{"bad config", []string{"check", "--config", badConfig, clean}, 2, "slecht.toml"},
		{"bad flag", []string{"check", "--bogus", clean}, 2, "onbekende optie --bogus"},
		{"unknown gemeente", []string{"check", "--alleen", "Aalsmeer", clean}, 2, "gevonden: Uithoorn"},
		{"bad evaluation", []string{"check", "--evaluatie", badConfig, clean}, 2, "slecht.toml"},
		{"both evaluation flags", []string{"check", "--zonder-oordelen", "--evaluatie", "x.json", clean}, 2, "niet allebei"},
	}
	for _, c := range cases {
		var out, errOut bytes.Buffer
		if code := run(c.args, &out, &errOut); code != c.code || !strings.Contains(errOut.String(), c.err) {
			t.Errorf("%s: exit %d, want %d; stderr %q", c.name, code, c.code, errOut.String())
		}
	}
}

// writeFiles writes name → content into a new temporary folder and
// returns the folder.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}
