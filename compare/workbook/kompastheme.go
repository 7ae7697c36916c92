package workbook

import (
	"fmt"

	"github.com/xuri/excelize/v2"

	"pakompas/compare/kompas"
)

// sheetKompasThemes is the sheet of the indicators per gemeente and
// theme, right after Kompasscan.
const sheetKompasThemes = "Kompas per thema"

// tableKompasThemes is the name of its Excel table.
const tableKompasThemes = "KompasPerThema"

// kompasThemeLead are the columns before the indicators: gemeente and
// theme.
var kompasThemeLead = []column{
	{"Gemeente", 14, 30, alignTop, nil},
	{"Thema", 18, 34, alignTop, nil},
}

// kompasThemeRow is one row of Kompas per thema: a gemeente and one of
// its themes with agreements.
type kompasThemeRow struct{ g, t int }

// kompasThemeRows lists the rows: per gemeente, in the scan's order, the
// themes under which it has agreements, in taxonomy order.
func kompasThemeRows(r *kompas.Result) []kompasThemeRow {
	var rows []kompasThemeRow
	for g := range r.Gemeenten {
		for t := range r.Themes {
			if r.ThemeScore(g, t, kompas.KeyThemes).Count > 0 {
				rows = append(rows, kompasThemeRow{g, t})
			}
		}
	}
	return rows
}

// kompasThemeLabel is an indicator's column name on Kompas per thema:
// under a theme the largest theme's count is that theme's number of
// agreements.
func kompasThemeLabel(ind kompas.Indicator) string {
	if ind.Key == kompas.KeyThemes {
		return "Afspraken"
	}
	return ind.Label
}

// writeKompasThemes writes Kompas per thema (Input.Kompas): one row per
// gemeente and theme with agreements, the indicators the scan judges per
// theme (aantal, vaag, resultaat, gemengd, regulier werk) as columns,
// each cell the figure and the level in words on the level's fill, as on
// Kompasscan; an Excel table, so the adviser filters on a gemeente or
// sorts on a column. Streamed: nationally it has thousands of rows.
func writeKompasThemes(f *excelize.File, st *styles, in *Input) error {
	r := in.Kompas
	ks, err := newKompasStyles(f)
	if err != nil {
		return err
	}
	cols := append([]column(nil), kompasThemeLead...)
	for _, row := range r.ThemeRows {
		label := kompasThemeLabel(r.Indicators[row])
		cols = append(cols, column{label, 13, 16, alignCenter, nil})
	}
	rows := kompasThemeRows(r)
	widths := make([]*width, len(cols))
	for i, c := range cols {
		widths[i] = newWidth(c.header, c.lo, c.hi)
	}
	for _, kr := range rows {
		widths[0].see(r.Gemeenten[kr.g])
		widths[1].see(r.ThemeLabels[kr.t])
	}
	if err := printSetup(f, sheetKompasThemes, 1, "$1:$1", ""); err != nil {
		return err
	}
	if err := setUsedRange(f, sheetKompasThemes, len(cols), 1+max(1, len(rows))); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(sheetKompasThemes)
	if err != nil {
		return err
	}
	colWidth, colStyle, err := columnHead(sw, st, cols, widths)
	if err != nil {
		return err
	}
	if len(rows) == 0 {
		if err := sw.SetRow("A2", []any{"Geen afspraken onder een thema: er is niets per thema te beoordelen."}); err != nil {
			return err
		}
		return sw.Flush()
	}
	lead := len(kompasThemeLead)
	if err := streamRows(sw, in.splices, 0, len(rows), 2, len(cols), true, colStyle, func(i int, vals []any, cells []excelize.Cell) float64 {
		kr := rows[i]
		vals[0], vals[1] = r.Gemeenten[kr.g], r.ThemeLabels[kr.t]
		for j, row := range r.ThemeRows {
			s := r.ThemeScore(kr.g, kr.t, r.Indicators[row].Key)
			cells[lead+j] = excelize.Cell{StyleID: ks.level[s.Level], Value: kompasCell(s)}
			vals[lead+j] = &cells[lead+j]
		}
		return rowHeight(vals[:lead], colWidth[:lead], cols[:lead])
	}); err != nil {
		return err
	}
	if err := sw.AddTable(&excelize.Table{
		Range:     fmt.Sprintf("A1:%s", cell(len(cols), len(rows)+1)),
		Name:      tableKompasThemes,
		StyleName: "TableStyleLight9",
	}); err != nil {
		return err
	}
	return sw.Flush()
}
