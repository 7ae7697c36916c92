package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// import --json carries the regular-work verdict on every agreement
// ("regular"), and the flag that explains it on the regular ones
// ("regular_flag", issue 15).
func TestImportJSONRegular(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for _, n := range copyDemo(t, dir) {
		paths = append(paths, filepath.Join(dir, n))
	}
	var out, errOut bytes.Buffer
	if code := run(append([]string{"import", "--json"}, paths...), &out, &errOut); code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var doc struct {
		Agreements []map[string]any `json:"agreements"`
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	regular := 0
	for _, a := range doc.Agreements {
		r, ok := a["regular"].(bool)
		if !ok {
			t.Fatalf("agreement %v: regular = %v", a["id"], a["regular"])
		}
		flag, hasFlag := a["regular_flag"].(map[string]any)
		if r != hasFlag {
			t.Errorf("agreement %v: regular %v, flag %v", a["id"], r, a["regular_flag"])
		}
		if !r {
			continue
		}
		regular++
		msg, _ := flag["message"].(string)
		if flag["category"] != "regulier" || flag["rule"] == "" || !strings.HasSuffix(msg, "hoort op een dashboard, niet in de afspraken") {
			t.Errorf("agreement %v: flag %v", a["id"], flag)
		}
	}
	if regular == 0 || regular == len(doc.Agreements) {
		t.Errorf("%d of %d agreements regular", regular, len(doc.Agreements))
	}
}
