package demo

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// aalsmeerSheet is the only sheet of the Aalsmeer workbook.
const aalsmeerSheet = "Jaarschijf"

// buildAalsmeer writes the jaarschijf layout: a two-row header with a
// merged "Planning" block over the year columns, and merged bold section
// rows "1. Betaalbaarheid en huurbeleid" above the numbered agreements, with
// an empty row between sections and a footnote under the table.
func buildAalsmeer(g Gemeente) (*Built, error) {
	f := excelize.NewFile()
	sh := aalsmeerSheet
	if err := f.SetSheetName("Sheet1", sh); err != nil {
		return nil, err
	}
	st, err := newStyles(f, "d-m-yyyy")
	if err != nil {
		return nil, err
	}
	for i, w := range []float64{6, 70, 22, 7, 7, 7, 34} {
		col, err := excelize.ColumnNumberToName(i + 1)
		if err != nil {
			return nil, err
		}
		if err := f.SetColWidth(sh, col, col, w); err != nil {
			return nil, err
		}
	}
	merge := func(from, to string) error { return f.MergeCell(sh, from, to) }
	style := func(from, to string, id int) error { return f.SetCellStyle(sh, from, to, id) }

	steps := []error{
		setRow(f, sh, 1, "Prestatieafspraken gemeente "+g.Name),
		setRow(f, sh, 2, "Jaarschijf 2025-2027 bij de prestatieafspraken 2023-2027 van gemeente "+g.Name+", "+Corporation+" en "+g.Tenants),
		merge("A1", "G1"), merge("A2", "G2"),
		style("A1", "A1", st.title), style("A2", "A2", st.subtitle),
		setRow(f, sh, 4, "Nr", "Afspraak", "Trekker", "Planning", nil, nil, "Stand van zaken"),
		setRow(f, sh, 5, nil, nil, nil, 2025, 2026, 2027),
		merge("A4", "A5"), merge("B4", "B5"), merge("C4", "C5"), merge("D4", "F4"), merge("G4", "G5"),
		style("A4", "G5", st.header),
	}
	for _, err := range steps {
		if err != nil {
			return nil, err
		}
	}

	b := &Built{}
	row := 5
	section := 0
	for i, a := range g.Afspraken {
		if i == 0 || g.Afspraken[i-1].Theme != a.Theme {
			if i > 0 {
				row++ // one empty row between sections
			}
			row++
			section++
			title := fmt.Sprintf("%d. %s", section, a.Theme)
			if err := firstErr(
				setRow(f, sh, row, title),
				merge(ref(1, row), ref(7, row)),
				style(ref(1, row), ref(7, row), st.section),
			); err != nil {
				return nil, err
			}
		}
		row++
		vals := []any{a.Number, a.Text, a.Owner}
		for _, y := range a.Years {
			vals = append(vals, y)
		}
		vals = append(vals, a.Status)
		for j, v := range vals {
			if v == "" {
				vals[j] = nil
			}
		}
		if err := firstErr(
			setRow(f, sh, row, vals...),
			style(ref(1, row), ref(7, row), st.wrap),
		); err != nil {
			return nil, err
		}
		b.Pos = append(b.Pos, Pos{Sheet: sh, Row: row})
	}
	row += 2
	if err := firstErr(
		setRow(f, sh, row, "x = uitvoering in dat jaar; Q1 t/m Q4 = gereed in dat kwartaal."),
		style(ref(1, row), ref(1, row), st.italic),
		f.SetPanes(sh, &excelize.Panes{Freeze: true, YSplit: 5, TopLeftCell: "A6", ActivePane: "bottomLeft"}),
	); err != nil {
		return nil, err
	}
	b.Sheets = []SheetInfo{{Name: sh, Read: true, HeaderRow: 5, Agreements: len(g.Afspraken)}}
	b.Data, err = saveXLSX(f)
	return b, err
}

// firstErr returns the first non-nil error.
func firstErr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
