package workbook

import (
	"encoding/json"
	"os/exec"
	"reflect"
	"testing"
)

// openpyxlVerloop reads the sheet Verloop of the workbook in argv[1] with
// openpyxl, a reader other than excelize, and prints as JSON its values,
// each cell's fill colour (RGB, "" for none), the frozen cell and the
// tables with their ranges.
const openpyxlVerloop = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["Verloop"]
rows, fills = [], []
for row in ws.iter_rows(min_row=1):
    rows.append(["" if c.value is None else str(c.value) for c in row])
    fl = []
    for c in row:
        rgb = c.fill.fgColor.rgb if c.fill is not None and c.fill.fill_type == "solid" else ""
        fl.append(rgb[-6:] if isinstance(rgb, str) else "")
    fills.append(fl)
print(json.dumps({"sheets": wb.sheetnames, "rows": rows, "fills": fills, "freeze": ws.freeze_panes,
    "tables": {n: ws.tables[n].ref for n in ws.tables}}))
`

// openpyxlPython is the Python that has openpyxl (Debian's
// python3-openpyxl).
const openpyxlPython = "/usr/bin/python3"

// skipWithoutOpenpyxl skips the test where openpyxlPython has no openpyxl.
func skipWithoutOpenpyxl(t *testing.T) {
	t.Helper()
	if err := exec.Command(openpyxlPython, "-c", "import openpyxl").Run(); err != nil {
		t.Skipf("no openpyxl for %s: %v", openpyxlPython, err)
	}
}

// runOpenpyxl runs script with the workbook path as its argument and
// returns what it prints; the test fails with Python's error output.
func runOpenpyxl(t *testing.T, script, path string) []byte {
	t.Helper()
	out, err := exec.Command(openpyxlPython, "-c", script, path).Output()
	if err != nil {
		var stderr []byte
		if ee, ok := err.(*exec.ExitError); ok {
			stderr = ee.Stderr
		}
		t.Fatalf("openpyxl: %v\n%s", err, stderr)
	}
	return out
}

// TestVerloopOpenpyxl opens the workbook with Python's openpyxl (as a
// real client other than excelize reads it) and finds the rows, states,
// years and colours of Verloop. Skipped where /usr/bin/python3 has no
// openpyxl.
func TestVerloopOpenpyxl(t *testing.T) {
	skipWithoutOpenpyxl(t)
	path, _ := exportYears(t, nil, Intern)
	out := runOpenpyxl(t, openpyxlVerloop, path)
	var got struct {
		Sheets []string
		Rows   [][]string
		Fills  [][]string
		Freeze string
		Tables map[string]string
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if len(got.Rows) != verloopHeaderRow+len(verloopWant) || !reflect.DeepEqual(got.Rows[verloopHeaderRow-1], verloopHeader) {
		t.Fatalf("rows %q", got.Rows)
	}
	for i, want := range verloopWant {
		if !reflect.DeepEqual(got.Rows[verloopHeaderRow+i], want) {
			t.Errorf("row %d\n got %q\nwant %q", verloopHeaderRow+1+i, got.Rows[verloopHeaderRow+i], want)
		}
	}
	for ref, want := range verloopFills {
		col, row := int(ref[0]-'A'), int(ref[1]-'0')
		if g := got.Fills[row-1][col]; g != want {
			t.Errorf("%s fill %q, want %q", ref, g, want)
		}
	}
	if got.Freeze != "B4" || got.Tables[tableVerloop] != "A3:L9" {
		t.Errorf("freeze %q, tables %v", got.Freeze, got.Tables)
	}
}
