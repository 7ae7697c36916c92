package demo

import (
	"github.com/xuri/excelize/v2"
)

// voortgangSheet is the only sheet of a voortgang workbook.
const voortgangSheet = "Voortgang"

// voortgangHeaderRow is the row of Jaarschijf | Thema | Nr | ...
const voortgangHeaderRow = 4

// buildVoortgang writes the layout of a year-end progress report, as a
// gemeente sends it to the gemeenteraad: a title and a "stand per" line,
// then one flat table whose first column repeats the jaarschijf on every
// row (Jaarschijf | Thema | Nr | Afspraak | Trekker | Gereed | Voortgang),
// the theme written on every row, the deadline a text, and an autofilter
// over the table. The demo's previous years (2024) are written in it, a
// layout neither gemeente used for its current year.
func buildVoortgang(g Gemeente) (*Built, error) {
	f := excelize.NewFile()
	sh := voortgangSheet
	if err := f.SetSheetName("Sheet1", sh); err != nil {
		return nil, err
	}
	st, err := newStyles(f, "d-m-yyyy")
	if err != nil {
		return nil, err
	}
	for i, w := range []float64{11, 24, 5, 70, 24, 12, 14} {
		col, err := excelize.ColumnNumberToName(i + 1)
		if err != nil {
			return nil, err
		}
		if err := f.SetColWidth(sh, col, col, w); err != nil {
			return nil, err
		}
	}
	if err := firstErr(
		setRow(f, sh, 1, "Voortgangsrapportage prestatieafspraken "+g.Year+" gemeente "+g.Name),
		setRow(f, sh, 2, "Stand per 1 december "+g.Year+"; opgesteld door "+Corporation+", "+g.Tenants+" en gemeente "+g.Name),
		f.SetCellStyle(sh, "A1", "A1", st.title),
		f.SetCellStyle(sh, "A2", "A2", st.subtitle),
		setRow(f, sh, voortgangHeaderRow, "Jaarschijf", "Thema", "Nr", "Afspraak", "Trekker", "Gereed", "Voortgang"),
		f.SetCellStyle(sh, ref(1, voortgangHeaderRow), ref(7, voortgangHeaderRow), st.header),
	); err != nil {
		return nil, err
	}
	b := &Built{}
	row := voortgangHeaderRow
	for _, a := range g.Afspraken {
		row++
		vals := []any{atoiOr(g.Year), a.Theme, a.Number, a.Text, a.Owner, a.DueRaw, a.Status}
		for j, v := range vals {
			if v == "" {
				vals[j] = nil
			}
		}
		style := st.wrap
		if id, ok := st.status[a.Status]; ok {
			style = id
		}
		if err := firstErr(
			setRow(f, sh, row, vals...),
			f.SetCellStyle(sh, ref(1, row), ref(6, row), st.wrap),
			f.SetCellStyle(sh, ref(7, row), ref(7, row), style),
		); err != nil {
			return nil, err
		}
		b.Pos = append(b.Pos, Pos{Sheet: sh, Row: row})
	}
	if err := f.AutoFilter(sh, ref(1, voortgangHeaderRow)+":"+ref(7, row), nil); err != nil {
		return nil, err
	}
	b.Sheets = []SheetInfo{{Name: sh, Read: true, HeaderRow: voortgangHeaderRow, Agreements: len(g.Afspraken)}}
	b.Data, err = saveXLSX(f)
	return b, err
}

// atoiOr is s as a number when it is one (Excel stores the year 2024 as
// a number), else s.
func atoiOr(s string) any {
	if v, ok := atoi(s); ok {
		return v
	}
	return s
}
