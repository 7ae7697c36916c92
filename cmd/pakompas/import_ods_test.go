package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// import --json on the same gemeente as .xlsx and as .ods (LibreOffice's
// conversion): the format says which, and the rest of the document is the
// same but for the file names, ids included.
func TestImportJSONODS(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(t.TempDir()) // no pakompas.toml from the package folder
	doc := func(path string) map[string]any {
		var out, errOut bytes.Buffer
		if code := run([]string{"import", "--json", path}, &out, &errOut); code != exitOK {
			t.Fatalf("%s: exit %d; stderr %s", path, code, errOut.String())
		}
		var d map[string]any
		if err := json.Unmarshal(out.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		return d
	}
	x := doc(filepath.Join(wd, "..", "..", "importer", "demo", "files", "uithoorn_prestatieafspraken_2025.xlsx"))
	o := doc(filepath.Join(wd, "..", "..", "importer", "testdata", "ods", "uithoorn_prestatieafspraken_2025.ods"))
	for d, want := range map[*map[string]any]string{&x: "xlsx", &o: "ods"} {
		file := (*d)["files"].([]any)[0].(map[string]any)
		if file["format"] != want {
			t.Errorf("format %v, want %s", file["format"], want)
		}
		delete(file, "format")
		delete(file, "path")
		for _, a := range (*d)["agreements"].([]any) {
			delete(a.(map[string]any)["source"].(map[string]any), "file")
		}
	}
	if n := len(o["agreements"].([]any)); n != 31 {
		t.Errorf("%d agreements from the ods", n)
	}
	if !reflect.DeepEqual(x, o) {
		t.Errorf("the documents differ beyond format and file names")
	}
}
