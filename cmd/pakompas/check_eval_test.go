package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// checkJSON runs "check --json" and returns the document and stderr.
func checkJSON(t *testing.T, args ...string) (checkResult, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	if code := run(append([]string{"check", "--json"}, args...), &out, &errOut); code != exitVague {
		t.Fatalf("check %q: exit %d: %s", args, code, errOut.String())
	}
	var doc checkResult
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	return doc, errOut.String()
}

// checkResult mirrors "check --json" by field names.
type checkResult struct {
	Agreements   int    `json:"agreements"`
	WithVerdicts bool   `json:"with_verdicts"`
	Evaluation   string `json:"evaluation"`
	Vague        []struct {
		ID      string `json:"id"`
		Vague   bool   `json:"vague"`
		Verdict string `json:"verdict"`
	} `json:"vague"`
}

// writeEvaluation writes an evaluation file with the given verdicts by id.
func writeEvaluation(t *testing.T, path string, verdicts map[string]string) {
	t.Helper()
	var entries []string
	for id, v := range verdicts {
		entries = append(entries, `{"id": "`+id+`", "oordeel": "`+v+`", "gewijzigd": "2025-01-02T03:04:05Z"}`)
	}
	data := `{"versie": 1, "afspraken": [` + strings.Join(entries, ",") + `]}`
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestCheckCountsLikeExport: with an evaluation file that turns one
// automatically vague agreement into "niet vaag", check lists one fewer
// and its count is the export's; --zonder-oordelen gives the automatic
// count; the text output says which of the two it is. Before issue 12,
// check ignored the verdicts (64 where TUI and export said 63).
func TestCheckCountsLikeExport(t *testing.T) {
	dir := t.TempDir()
	copyDemo(t, dir)
	work := t.TempDir()
	t.Chdir(work)

	auto, _ := checkJSON(t, "--zonder-oordelen", dir)
	if auto.WithVerdicts || auto.Evaluation != "" || len(auto.Vague) < 2 {
		t.Fatalf("--zonder-oordelen: %+v", auto)
	}
	judged := auto.Vague[0].ID
	evalPath := filepath.Join(work, "pakompas-evaluatie.json") // the default file, found in the working directory
	writeEvaluation(t, evalPath, map[string]string{judged: "niet vaag"})

	with, _ := checkJSON(t, dir)
	if !with.WithVerdicts || with.Evaluation != evalPath {
		t.Errorf("with verdicts: with_verdicts %v, evaluation %q", with.WithVerdicts, with.Evaluation)
	}
	if len(with.Vague) != len(auto.Vague)-1 {
		t.Errorf("check: %d vague with the verdict, %d without", len(with.Vague), len(auto.Vague))
	}
	for _, a := range with.Vague {
		if a.ID == judged {
			t.Errorf("%s judged niet vaag is still listed", judged)
		}
	}

	var out, errOut bytes.Buffer
	wb := filepath.Join(t.TempDir(), "evaluatie.xlsx")
	if code := run([]string{"export", "-o", wb, dir}, &out, &errOut); code != exitOK {
		t.Fatalf("export: exit %d: %s", code, errOut.String())
	}
	m := regexp.MustCompile(`(\d+) afspraken, (\d+) vaag`).FindStringSubmatch(out.String())
	if m == nil {
		t.Fatalf("export output: %s", out.String())
	}
	if n, _ := strconv.Atoi(m[2]); n != len(with.Vague) {
		t.Errorf("export says %d vague, check %d", n, len(with.Vague))
	}

	// The readable output says what the count is based on.
	out.Reset()
	run([]string{"check", dir}, &out, &errOut)
	if want := "met de oordelen van de adviseur uit " + evalPath + " (1 oordeel, 0 notities)"; !strings.Contains(out.String(), want) {
		t.Errorf("check output lacks %q:\n%s", want, lastLines(out.String(), 3))
	}
	out.Reset()
	run([]string{"check", "--zonder-oordelen", dir}, &out, &errOut)
	if want := "zonder oordelen van de adviseur (--zonder-oordelen)"; !strings.Contains(out.String(), want) {
		t.Errorf("check output lacks %q:\n%s", want, lastLines(out.String(), 3))
	}
}

// TestCheckListsAdviserVague: an agreement the check passed but the
// adviser judged vague is listed, with her verdict as the reason.
func TestCheckListsAdviserVague(t *testing.T) {
	dir := writeFiles(t, map[string]string{"uithoorn.csv": "Nr;Thema;Afspraak;Trekker;Planning\n" +
		"1.1;Nieuwbouw;De corporatie levert in 2026 48 sociale huurwoningen op in plan Zijdelveld-Noord.;Corporatie;2026\n"})
	evalPath := filepath.Join(t.TempDir(), "oordelen.json")
	writeEvaluation(t, evalPath, map[string]string{"uithoorn:1.1": "vaag"})
	var out, errOut bytes.Buffer
	if code := run([]string{"check", "--evaluatie", evalPath, dir}, &out, &errOut); code != exitVague {
		t.Fatalf("exit %d, want 1: %s", code, errOut.String())
	}
	if !strings.Contains(out.String(), "Uithoorn  oordeel adviseur: vaag  De corporatie levert") {
		t.Errorf("output:\n%s", out.String())
	}
	doc, _ := checkJSON(t, "--evaluatie", evalPath, dir)
	if len(doc.Vague) != 1 || doc.Vague[0].Vague || doc.Vague[0].Verdict != "vaag" {
		t.Errorf("json: %+v", doc.Vague)
	}
}

// TestEvaluationFileNamedOnStderr: check and export say which evaluation
// file they read (absolute path) and what it held, or that it is new.
func TestEvaluationFileNamedOnStderr(t *testing.T) {
	dir := t.TempDir()
	copyDemo(t, dir)
	work := t.TempDir()
	t.Chdir(work)
	defaultPath := filepath.Join(work, "pakompas-evaluatie.json")
	other := filepath.Join(t.TempDir(), "elders.json")
	writeEvaluation(t, other, map[string]string{"uithoorn:1.1": "vaag", "uithoorn:1.2": "twijfel", "aalsmeer:1.1": "niet vaag"})
	data, _ := os.ReadFile(other)
	// A note and a theme move on one more agreement.
	data = bytes.Replace(data, []byte(`]}`), []byte(`,{"id": "landsmeer:1.1", "notitie": "navragen", "thema": "leefbaarheid", "gewijzigd": "2025-01-02T03:04:05Z"}]}`), 1)
	if err := os.WriteFile(other, data, 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"check new", []string{"check", dir},
			"pakompas check: geen oordelen: evaluatiebestand " + defaultPath + " is nieuw (bestaat nog niet)"},
		{"export new", []string{"export", "-o", filepath.Join(t.TempDir(), "a.xlsx"), dir},
			"pakompas export: geen oordelen: evaluatiebestand " + defaultPath + " is nieuw (bestaat nog niet)"},
		{"check read", []string{"check", "--evaluatie", other, dir},
			"pakompas check: oordelen gelezen uit " + other + " (3 oordelen, 1 notitie, 1 themaverplaatsing)"},
		{"export read", []string{"export", "--evaluatie", other, "-o", filepath.Join(t.TempDir(), "b.xlsx"), dir},
			"pakompas export: oordelen gelezen uit " + other + " (3 oordelen, 1 notitie, 1 themaverplaatsing)"},
		{"relative path made absolute", []string{"check", "--evaluatie", "nergens.json", dir},
			"evaluatiebestand " + filepath.Join(work, "nergens.json") + " is nieuw (bestaat nog niet)"},
	}
	for _, c := range cases {
		var out, errOut bytes.Buffer
		run(c.args, &out, &errOut)
		if !strings.Contains(errOut.String(), c.want+"\n") {
			t.Errorf("%s: stderr lacks %q:\n%s", c.name, c.want, errOut.String())
		}
	}
	// --zonder-oordelen reads no file and names none.
	var out, errOut bytes.Buffer
	run([]string{"check", "--zonder-oordelen", dir}, &out, &errOut)
	if strings.Contains(errOut.String(), "oordelen") {
		t.Errorf("--zonder-oordelen: stderr %q", errOut.String())
	}
}

// lastLines returns the last n lines of s, for messages.
func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}
