package main

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pakompas/importer/demo"
)

// copyDemo writes the embedded demo files into dir and returns their names.
func copyDemo(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := fs.ReadDir(demo.FS, demo.Dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		data, err := fs.ReadFile(demo.FS, demo.Dir+"/"+e.Name())
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, e.Name()), data, 0o644); err != nil {
			t.Fatal(err)
		}
		names = append(names, e.Name())
	}
	return names
}

// jsonReport mirrors the JSON contract by its field names only, so a
// renamed field fails this test.
type jsonReport struct {
	Files []struct {
		Path       string   `json:"path"`
		Gemeenten  []string `json:"gemeenten"`
		Agreements int      `json:"agreements"`
		Sheets     []any    `json:"sheets"`
		Skipped    []struct {
			Sheet  string `json:"sheet"`
			Row    int    `json:"row"`
			Reason string `json:"reason"`
		} `json:"skipped"`
		Warnings  []string `json:"warnings"`
		Error     string   `json:"error"`
		ErrorKind string   `json:"error_kind"`
	} `json:"files"`
	Agreements []map[string]any `json:"agreements"`
}

// A folder with good and bad files: exit 1, every file listed, every good
// file's agreements complete (same as importing the good files alone).
func TestImportJSONMixedFolder(t *testing.T) {
	dir := t.TempDir()
	good := copyDemo(t, dir)
	bad := filepath.Join(dir, "kapot")
	if err := os.Mkdir(bad, 0o755); err != nil {
		t.Fatal(err)
	}
	badNames := []string{"afgebroken.xlsx", "beveiligd.xlsx", "geen-tabel.xlsx", "leeg.csv",
		"oud-formaat.xls", "webpagina.xlsx", "zipbom.xlsx"}
	copyBad(t, bad, badNames...)

	var out, errOut bytes.Buffer
	code := run([]string{"import", dir, "--json"}, &out, &errOut)
	if code != exitFailures {
		t.Fatalf("exit %d, want %d (stderr %q)", code, exitFailures, errOut.String())
	}
	var rep jsonReport
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("not one JSON document: %v", err)
	}
	if len(rep.Files) != len(good)+len(badNames) {
		t.Fatalf("%d files listed, want %d", len(rep.Files), len(good)+len(badNames))
	}
	failed := map[string]string{}
	for _, f := range rep.Files {
		if f.Error != "" {
			failed[filepath.Base(f.Path)] = f.ErrorKind
		}
	}
	if len(failed) != len(badNames) {
		t.Errorf("failed files: %v", failed)
	}

	// The good files alone give exactly the same agreements.
	var goodOut bytes.Buffer
	var goodPaths []string
	for _, n := range good {
		goodPaths = append(goodPaths, filepath.Join(dir, n))
	}
	if code := run(append([]string{"import", "--json"}, goodPaths...), &goodOut, &errOut); code != exitOK {
		t.Fatalf("good files alone: exit %d", code)
	}
	var goodRep jsonReport
	if err := json.Unmarshal(goodOut.Bytes(), &goodRep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Agreements) != len(goodRep.Agreements) || len(rep.Agreements) < 100 {
		t.Fatalf("agreements: %d in the mixed folder, %d from the good files alone", len(rep.Agreements), len(goodRep.Agreements))
	}
	for i, a := range rep.Agreements {
		if a["id"] != goodRep.Agreements[i]["id"] || a["text"] != goodRep.Agreements[i]["text"] {
			t.Errorf("agreement %d differs: %v vs %v", i, a["id"], goodRep.Agreements[i]["id"])
		}
	}
	// The contract's field names are all present on every agreement.
	for _, key := range []string{"id", "gemeente", "theme_raw", "number", "text", "owner", "due", "due_raw", "status", "notes", "kind_raw", "source", "year"} {
		for _, a := range rep.Agreements {
			if _, ok := a[key]; !ok {
				t.Fatalf("agreement %v lacks %q", a["id"], key)
			}
		}
	}
	src, _ := rep.Agreements[0]["source"].(map[string]any)
	if src["file"] == "" || src["row"] == nil {
		t.Errorf("source = %v", src)
	}
}

func TestImportExitCodes(t *testing.T) {
	dir := t.TempDir()
	copyDemo(t, dir)
	cases := []struct {
		args []string
		code int
		out  string // substring of stdout
		err  string // substring of stderr
	}{
		{[]string{"import", dir}, exitOK, "177 afspraken", ""},
		{[]string{"import"}, exitUsage, "", "geef een of meer bestanden"},
		{[]string{"import", "--bestaat-niet", dir}, exitUsage, "", "bestaat-niet"},
		{[]string{"import", filepath.Join(dir, "nergens.xlsx")}, exitFailures, "FOUT", ""},
		{[]string{}, exitUsage, "", "pakompas --demo"},
		{[]string{"help"}, exitOK, "Gebruik", ""},
	}
	for _, c := range cases {
		var out, errOut bytes.Buffer
		code := run(c.args, &out, &errOut)
		if code != c.code || !strings.Contains(out.String(), c.out) || !strings.Contains(errOut.String(), c.err) {
			t.Errorf("pakompas %q: exit %d, stdout %.200q, stderr %.200q", c.args, code, out.String(), errOut.String())
		}
	}
}
