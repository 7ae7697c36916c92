package demo

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// uithoornSheet is the sheet with the table; the workbook also has a prose
// sheet "Toelichting".
const uithoornSheet = "Afspraken 2025"

// uithoornHeaderRow is the row of Nr | Thema | Afspraak | ...
const uithoornHeaderRow = 5

// buildUithoorn writes the list layout. The table sheet is written with a
// StreamWriter because only that writes a formula together with its cached
// value (normal-mode SetCellValue drops the formula, SetCellFormula alone
// leaves no value).
func buildUithoorn(g Gemeente) (*Built, error) {
	f := excelize.NewFile()
	if err := f.SetSheetName("Sheet1", uithoornSheet); err != nil {
		return nil, err
	}
	st, err := newStyles(f, "d-m-yyyy")
	if err != nil {
		return nil, err
	}
	sw, err := f.NewStreamWriter(uithoornSheet)
	if err != nil {
		return nil, err
	}
	for i, w := range []float64{6, 22, 70, 26, 12, 13, 40} {
		if err := sw.SetColWidth(i+1, i+1, w); err != nil {
			return nil, err
		}
	}
	head := []struct {
		row   int
		text  string
		style int
	}{
		{1, "Prestatieafspraken 2025 gemeente " + g.Name, st.title},
		{2, "Monitor jaarschijf 2025 – " + Corporation + ", " + g.Tenants + " en gemeente " + g.Name + " – stand 1 oktober 2025", st.subtitle},
		{4, "Legenda status: groen = op schema, oranje = aandacht nodig, rood = achter op schema", st.italic},
	}
	for _, h := range head {
		if err := sw.SetRow(ref(1, h.row), []any{excelize.Cell{Value: h.text, StyleID: h.style}}); err != nil {
			return nil, err
		}
	}
	header := []any{}
	for _, h := range []string{"Nr", "Thema", "Afspraak", "Trekker", "Planning", "Status", "Toelichting"} {
		header = append(header, excelize.Cell{Value: h, StyleID: st.header})
	}
	if err := sw.SetRow(ref(1, uithoornHeaderRow), header, excelize.RowOpts{Height: 20}); err != nil {
		return nil, err
	}

	b := &Built{}
	row := uithoornHeaderRow
	themeStart := 0
	for i, a := range g.Afspraken {
		row++
		c := func(v any) excelize.Cell {
			if v == "" {
				v = nil
			}
			return excelize.Cell{Value: v, StyleID: st.wrap}
		}
		theme := c(nil)
		if i == 0 || g.Afspraken[i-1].Theme != a.Theme {
			theme = c(a.Theme) // merged down over the theme's rows below
			themeStart = row
		}
		owner := c(a.Owner)
		if a.OwnerFormula {
			owner.Formula = ref(4, row-1)
		}
		due := c(a.DueRaw)
		if !a.DueDate.IsZero() {
			due = excelize.Cell{Value: a.DueDate, StyleID: st.date}
		}
		status := c(a.Status)
		if id, ok := st.status[a.Status]; ok {
			status.StyleID = id
		}
		if err := sw.SetRow(ref(1, row), []any{c(a.Number), theme, c(a.Text), owner, due, status, c(a.Notes)}); err != nil {
			return nil, err
		}
		b.Pos = append(b.Pos, Pos{Sheet: uithoornSheet, Row: row})
		last := i == len(g.Afspraken)-1 || g.Afspraken[i+1].Theme != a.Theme
		if last && row > themeStart {
			if err := sw.MergeCell(ref(2, themeStart), ref(2, row)); err != nil {
				return nil, err
			}
		}
	}
	for _, r := range []int{1, 2} {
		if err := sw.MergeCell(ref(1, r), ref(7, r)); err != nil {
			return nil, err
		}
	}
	if err := sw.Flush(); err != nil {
		return nil, err
	}
	if err := writeProse(f, "Toelichting", st, uithoornToelichting); err != nil {
		return nil, err
	}
	f.SetActiveSheet(0)
	b.Sheets = []SheetInfo{
		{Name: uithoornSheet, Read: true, HeaderRow: uithoornHeaderRow, Agreements: len(g.Afspraken)},
		{Name: "Toelichting"},
	}
	b.Data, err = saveXLSX(f)
	return b, err
}

// writeProse adds a sheet with one paragraph per row in column A, the first
// as a title.
func writeProse(f *excelize.File, sheet string, st *styles, paras []string) error {
	if _, err := f.NewSheet(sheet); err != nil {
		return err
	}
	if err := f.SetColWidth(sheet, "A", "A", 100); err != nil {
		return err
	}
	for i, p := range paras {
		if p == "" {
			continue
		}
		cell := ref(1, i+1)
		if err := f.SetCellValue(sheet, cell, p); err != nil {
			return err
		}
		style := st.wrap
		if i == 0 {
			style = st.title
		}
		if err := f.SetCellStyle(sheet, cell, cell, style); err != nil {
			return fmt.Errorf("%s: %w", sheet, err)
		}
	}
	return nil
}

// uithoornToelichting is the prose of the second sheet; "" leaves a row
// empty.
var uithoornToelichting = []string{
	"Toelichting bij de monitor",
	"",
	"Deze monitor hoort bij de prestatieafspraken 2025-2028 tussen gemeente Uithoorn, Woonstichting Amstelland en Huurdersvereniging Uithoorn. Het tabblad 'Afspraken 2025' bevat de jaarschijf 2025.",
	"De kolom Trekker noemt de partij die het initiatief neemt; dat betekent niet dat de andere partijen geen rol hebben.",
	"De kolom Status geeft de stand van zaken per 1 oktober 2025. Groen: op schema. Oranje: aandacht nodig. Rood: achter op schema. Afgeronde afspraken staan op 'afgerond'.",
	"",
	"Vragen over de monitor kunt u stellen aan de beleidsadviseur wonen van de gemeente.",
}
