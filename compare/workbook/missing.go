package workbook

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"
)

// tableMissing is the name of the Excel table on Ontbrekend.
const tableMissing = "OntbrekendeAfspraken"

var missingColumns = []column{
	{"Thema", 14, 28, alignTop, nil},
	{"Afspraak", 60, 60, alignWrap, nil},
	{"Aanwezig in", 24, 45, alignWrap, nil},
	{"Ontbreekt in", 24, 45, alignWrap, nil},
	{"Aantal aanwezig", 10, 10, alignCenter, nil},
	{"Aantal ontbreekt", 11, 11, alignCenter, nil},
}

// writeMissing writes one sheet of Ontbrekend (part: the rows that go on
// it): per theme the agreements that some gemeenten have and others lack,
// with both lists, as an Excel table. It is streamed like Alle afspraken,
// since nationally it has thousands of rows.
func writeMissing(f *excelize.File, st *styles, in *Input, part listPart) error {
	if err := printSetup(f, part.sheet, 1, "$1:$1", ""); err != nil {
		return err
	}
	// With none, a line in B2 says so.
	if err := setUsedRange(f, part.sheet, len(missingColumns), max(2, 1+part.rows.to-part.rows.from)); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(part.sheet)
	if err != nil {
		return err
	}
	widths := make([]*width, len(missingColumns))
	for i, c := range missingColumns {
		widths[i] = newWidth(c.header, c.lo, c.hi)
	}
	measureWidths(widths, len(in.Missing), func(i int, ws []*width) {
		m := &in.Missing[i]
		ws[0].see(m.ThemeLabel)
		ws[2].see(strings.Join(m.Has, ", "))
		ws[3].see(strings.Join(m.Missing, ", "))
	})
	colWidth, colStyle, err := columnHead(sw, st, missingColumns, widths)
	if err != nil {
		return err
	}
	if len(in.Missing) == 0 {
		if err := sw.SetRow("A2", []any{nil, "Geen ontbrekende afspraken: elke gedeelde afspraak staat in alle gemeenten."}); err != nil {
			return err
		}
		return sw.Flush()
	}
	if err := streamRows(sw, in.splices, part.rows.from, part.rows.to, 2, len(missingColumns), false, colStyle, func(i int, vals []any, _ []excelize.Cell) float64 {
		m := &in.Missing[i]
		vals[0], vals[1] = m.ThemeLabel, m.Text
		vals[2], vals[3] = strings.Join(m.Has, ", "), strings.Join(m.Missing, ", ")
		vals[4], vals[5] = len(m.Has), len(m.Missing)
		return rowHeight(vals, colWidth, missingColumns)
	}); err != nil {
		return err
	}
	if err := sw.AddTable(&excelize.Table{
		Range:     fmt.Sprintf("A1:%s", cell(len(missingColumns), part.rows.to-part.rows.from+1)),
		Name:      tableName(tableMissing, part.index),
		StyleName: "TableStyleLight9",
	}); err != nil {
		return err
	}
	return sw.Flush()
}
