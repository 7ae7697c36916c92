package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// import --json gives every agreement its year and every file where its
// year came from; --jaar applies to the file that names none; the
// readable report says it per file.
func TestImportYears(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		filepath.Join("2024", "uithoorn.csv"): "Nr;Afspraak;Trekker\n1.1;De corporatie beperkt de huurverhoging tot inflatie.;Corporatie\n",
		"uithoorn.csv":                        "Nr;Afspraak;Trekker\n1.1;De corporatie beperkt de huurverhoging tot inflatie.;Corporatie\n",
	}
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var out, errOut bytes.Buffer
	if code := run([]string{"import", "--json", "--jaar", "2025", dir}, &out, &errOut); code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var rep struct {
		Files []struct {
			Years      []string `json:"years"`
			YearSource string   `json:"year_source"`
		} `json:"files"`
		Agreements []map[string]any `json:"agreements"`
	}
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Agreements) != 2 || rep.Agreements[0]["year"] != "2024" || rep.Agreements[1]["year"] != "2025" ||
		rep.Agreements[0]["id"] == rep.Agreements[1]["id"] {
		t.Errorf("agreements %v", rep.Agreements)
	}
	if f := rep.Files; len(f) != 2 || f[0].YearSource != "map" || f[1].YearSource != "--jaar" || f[1].Years[0] != "2025" {
		t.Errorf("files %+v", f)
	}
	out.Reset()
	if code := run([]string{"import", dir}, &out, &errOut); code != exitOK {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(out.String(), "jaarschijf 2024 (uit map)") || !strings.Contains(out.String(), "jaarschijf onbekend") {
		t.Errorf("report:\n%s", out.String())
	}
}
