package workbook

import (
	"encoding/json"
	"slices"
	"testing"

	"pakompas/compare"
	"pakompas/compare/kompas"
)

// TestKompasThemesSheet: Kompas per thema follows Kompasscan in both
// workbooks; per gemeente it has a row for each theme with agreements and
// none for the others, and each indicator cell is the scan's ThemeScore
// with its level in words and the level's fill; an Excel table covers it.
func TestKompasThemesSheet(t *testing.T) {
	ev := demoEvaluation(t, compare.Config{}, compare.Judgements{})
	wantFill := map[kompas.Level]string{kompas.Green: "C6EFCE", kompas.Amber: "FFEB9C", kompas.Red: "FFC7CE", kompas.None: ""}
	for _, a := range []Audience{Intern, Extern} {
		_, r, f := openKompas(t, ev, a)
		if got := f.GetSheetList(); got[1] != sheetKompas || got[2] != sheetKompasThemes {
			t.Fatalf("%s: sheets %q, want Kompas per thema third", a, got)
		}
		rows, err := f.GetRows(sheetKompasThemes)
		if err != nil {
			t.Fatal(err)
		}
		head := []string{"Gemeente", "Thema", "Afspraken", "Vaag", "Resultaat", "Gemengd", "Regulier werk"}
		if !slices.Equal(rows[0], head) {
			t.Fatalf("%s: header %q, want %q", a, rows[0], head)
		}
		// The rows: every gemeente's themes with agreements, in order.
		want, levels := 0, map[kompas.Level]int{}
		for g, name := range r.Gemeenten {
			for ti, label := range r.ThemeLabels {
				if r.ThemeScore(g, ti, kompas.KeyThemes).Count == 0 {
					continue
				}
				want++
				if want >= len(rows) {
					t.Fatalf("%s: %d rows, the scan has more gemeente×theme pairs", a, len(rows)-1)
				}
				row := rows[want]
				if row[0] != name || row[1] != label {
					t.Fatalf("%s: row %d is %q / %q, want %s / %s", a, want+1, row[0], row[1], name, label)
				}
				for j, k := range r.ThemeRows {
					s := r.ThemeScore(g, ti, r.Indicators[k].Key)
					if row[2+j] != kompasCell(s) {
						t.Errorf("%s: %s %s %s: %q, want %q", a, name, label, r.Indicators[k].Key, row[2+j], kompasCell(s))
					}
					if got := cellFill(t, f, sheetKompasThemes, cell(3+j, want+1)); got != wantFill[s.Level] {
						t.Errorf("%s: %s %s %s (%s) filled %q, want %q", a, name, label, r.Indicators[k].Key, s.Level.Word(), got, wantFill[s.Level])
					}
					levels[s.Level]++
				}
			}
		}
		if len(rows)-1 != want || want == len(r.Gemeenten)*len(r.Themes) {
			t.Errorf("%s: %d rows for %d gemeente×theme pairs with agreements (of %d)", a, len(rows)-1, want, len(r.Gemeenten)*len(r.Themes))
		}
		if levels[kompas.Green] == 0 || levels[kompas.Amber] == 0 || levels[kompas.Red] == 0 {
			t.Errorf("%s: levels %v, want green, amber and red on the demo", a, levels)
		}
		tables, err := f.GetTables(sheetKompasThemes)
		if err != nil || len(tables) != 1 || tables[0].Range != "A1:"+cell(len(head), want+1) {
			t.Errorf("%s: tables %+v (%v), want one over A1:%s", a, tables, err, cell(len(head), want+1))
		}
	}
}

// openpyxlKompasThemes prints the rows of Kompas per thema and the fill
// of each cell as openpyxl reads them.
const openpyxlKompasThemes = `
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["Kompas per thema"]
rows, fills = [], []
for row in ws.iter_rows(min_row=1):
    rows.append(["" if c.value is None else str(c.value) for c in row])
    fills.append([(c.fill.fgColor.rgb[-6:] if c.fill is not None and c.fill.fill_type == "solid" and isinstance(c.fill.fgColor.rgb, str) else "") for c in row])
print(json.dumps({"rows": rows, "fills": fills, "tables": {n: ws.tables[n].ref for n in ws.tables}}))
`

// TestKompasThemesOpenpyxl reads Kompas per thema with openpyxl (a
// client other than excelize): the same cells, a red cell filled red, and
// the table. Skipped where /usr/bin/python3 has no openpyxl.
func TestKompasThemesOpenpyxl(t *testing.T) {
	skipWithoutOpenpyxl(t)
	ev := demoEvaluation(t, compare.Config{}, compare.Judgements{})
	path, _, f := openKompas(t, ev, Intern)
	out := runOpenpyxl(t, openpyxlKompasThemes, path)
	var got struct {
		Rows, Fills [][]string
		Tables      map[string]string
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	want, err := f.GetRows(sheetKompasThemes)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.EqualFunc(got.Rows, want, slices.Equal[[]string]) {
		t.Fatalf("openpyxl reads\n%q\nexcelize\n%q", got.Rows, want)
	}
	red := 0
	for r, row := range got.Rows {
		for c, v := range row {
			if len(v) > 6 && v[len(v)-6:] == "(rood)" {
				red++
				if got.Fills[r][c] != "FFC7CE" {
					t.Errorf("%s: %q filled %q, want FFC7CE", cell(c+1, r+1), v, got.Fills[r][c])
				}
			}
		}
	}
	if red == 0 {
		t.Error("no red cell on the demo's Kompas per thema")
	}
	if got.Tables[tableKompasThemes] != "A1:"+cell(7, len(want)) {
		t.Errorf("tables %v", got.Tables)
	}
}
