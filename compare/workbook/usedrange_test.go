package workbook

import (
	"encoding/json"
	"testing"

	"github.com/xuri/excelize/v2"
)

// valueExtent is the bottom row and rightmost column of sheet that hold
// a value (1-based; 0 for an empty sheet).
func valueExtent(t *testing.T, f *excelize.File, sheet string) (cols, rows int) {
	t.Helper()
	all, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	for r, row := range all {
		for c, v := range row {
			if v != "" {
				rows, cols = max(rows, r+1), max(cols, c+1)
			}
		}
	}
	return cols, rows
}

// TestUsedRange: every sheet of the workbook (two years, both audiences)
// says in its <dimension> the range its values fill, not excelize's
// "A1": exactly on the streamed sheets, and on the sheets written cell by
// cell at most a few rows and columns more (blank spacing rows, a merged
// heading's span), never less.
func TestUsedRange(t *testing.T) {
	streamed := map[string]bool{sheetKompasThemes: true, sheetAll: true, sheetMissing: true, sheetVerloop: true}
	for _, a := range []Audience{Intern, Extern} {
		path, an := exportYears(t, nil, a)
		f, err := excelize.OpenFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, t2 := range an.Taxonomy.Themes() {
			streamed[t2.Label] = true
		}
		for _, sheet := range f.GetSheetList() {
			dim, err := f.GetSheetDimension(sheet)
			if err != nil {
				t.Fatal(err)
			}
			cols, rows := valueExtent(t, f, sheet)
			want := "A1:" + cell(cols, rows)
			if streamed[sheet] {
				if dim != want {
					t.Errorf("%s: %s dimension %s, the values fill %s", a, sheet, dim, want)
				}
				continue
			}
			dc, dr, err := excelize.CellNameToCoordinates(dim[len("A1:"):])
			if err != nil {
				t.Fatalf("%s: %s dimension %q: %v", a, sheet, dim, err)
			}
			if dc < cols || dr < rows || dr > rows+3 || dc > cols+2 {
				t.Errorf("%s: %s dimension %s, the values fill %s", a, sheet, dim, want)
			}
		}
		f.Close()
	}
}

// openpyxlReadOnly counts, per sheet, the rows openpyxl's read-only mode
// yields (it reads no further than the sheet's dimension).
const openpyxlReadOnly = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
print(json.dumps({ws.title: sum(1 for _ in ws.iter_rows()) for ws in wb.worksheets}))
`

// TestUsedRangeOpenpyxlReadOnly: openpyxl in read-only mode, the way a
// script reads a national workbook, sees every row of Alle afspraken,
// Kompas per thema and Verloop. Skipped where /usr/bin/python3 has no
// openpyxl.
func TestUsedRangeOpenpyxlReadOnly(t *testing.T) {
	skipWithoutOpenpyxl(t)
	path, _ := exportYears(t, nil, Intern)
	out := runOpenpyxl(t, openpyxlReadOnly, path)
	var got map[string]int
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, sheet := range []string{sheetAll, sheetKompasThemes, sheetVerloop} {
		_, rows := valueExtent(t, f, sheet)
		if got[sheet] != rows || rows < 2 {
			t.Errorf("%s: openpyxl read-only yields %d rows, the sheet has %d", sheet, got[sheet], rows)
		}
	}
}
