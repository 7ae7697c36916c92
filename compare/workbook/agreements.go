package workbook

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"pakompas/compare/evaluation"
)

// Headers of Alle afspraken that ReadBack looks for.
const (
	hdrVerdict = "Oordeel adviseur"
	hdrNote    = "Notitie"
	hdrID      = "Id"
)

// tableAll is the name of the Excel table on Alle afspraken.
const tableAll = "Afspraken"

// column describes one column of a list sheet: its header, its width
// range (a fixed width when lo == hi) and how its cells look.
type column struct {
	header string
	lo, hi float64
	align  cellAlign
}

type cellAlign uint8

const (
	alignTop cellAlign = iota
	alignWrap
	alignCenter
)

// The columns of Alle afspraken, in order. The Id column is last so an
// adviser reading left to right meets it after everything that matters.
var allColumns = []column{
	{"Gemeente", 12, 24, alignTop},
	{"Thema (nationaal)", 14, 28, alignTop},
	{"Thema (lokaal)", 14, 30, alignWrap},
	{"Nr", 6, 8, alignTop},
	{"Afspraak", 60, 60, alignWrap},
	{"Trekker", 12, 24, alignWrap},
	{"Rol", 10, 14, alignTop},
	{"Termijn", 10, 16, alignTop},
	{"Status", 10, 14, alignTop},
	{"Type", 11, 12, alignTop},
	{"Wie", 7, 7, alignCenter},
	{"Wat", 7, 7, alignCenter},
	{"Hoeveel", 9, 9, alignCenter},
	{"Wanneer", 10, 10, alignCenter},
	{"Vaag (automatisch)", 12, 12, alignCenter},
	{hdrVerdict, 14, 14, alignCenter},
	{hdrNote, 40, 40, alignWrap},
	{"Signaalwoorden", 16, 30, alignWrap},
	{"Regels", 14, 28, alignWrap},
	{"Bestand", 14, 40, alignWrap},
	{"Blad", 10, 20, alignTop},
	{"Rij", 6, 6, alignCenter},
	{hdrID, 10, 24, alignTop},
}

// Column numbers (1-based) of Alle afspraken used by formats and tests.
var (
	allColText    = columnIndex(allColumns, "Afspraak")
	allColVague   = columnIndex(allColumns, "Vaag (automatisch)")
	allColVerdict = columnIndex(allColumns, hdrVerdict)
	allColID      = columnIndex(allColumns, hdrID)
)

func columnIndex(cols []column, header string) int {
	for i, c := range cols {
		if c.header == header {
			return i + 1
		}
	}
	panic("workbook: no column " + header)
}

// agreementRow fills vals with the cells of agreement a, nil for empty.
func agreementRow(vals []any, a *Agreement) {
	str := func(s string) any {
		if s == "" {
			return nil
		}
		return s
	}
	vals[0] = str(a.Gemeente)
	vals[1] = str(a.ThemeLabel)
	vals[2] = str(a.ThemeRaw)
	vals[3] = str(a.Number)
	vals[4] = str(a.Text)
	vals[5] = str(a.Owner)
	vals[6] = str(a.Role)
	vals[7] = str(a.Due)
	vals[8] = str(a.Status)
	vals[9] = str(a.Type)
	for i, ok := range a.Smart {
		vals[10+i] = yesNo(ok)
	}
	vals[14] = yesNo(a.Vague)
	vals[15] = str(string(a.Verdict))
	vals[16] = str(a.Note)
	vals[17] = str(strings.Join(a.Matches, "; "))
	vals[18] = str(strings.Join(a.RuleIDs, ", "))
	vals[19] = str(a.File)
	vals[20] = str(a.Sheet)
	if a.Row > 0 {
		vals[21] = a.Row
	} else {
		vals[21] = nil
	}
	vals[22] = str(a.ID)
}

// writeAll writes one sheet of Alle afspraken (part: the agreements that
// go on it; see spans) with a StreamWriter: one row per agreement under a
// frozen header, an Excel table, conditional formats on the vague and
// verdict columns and on the agreement text, and a drop-down on the
// verdict column. Column widths fit all agreements, so every part looks
// the same.
//
// Order matters (engineering notes §5.6): the sheet properties and print
// setup before the stream is opened, widths and panes before the first
// row, the data validation and conditional formats after the rows but
// before Flush (they then land in the stream's worksheet; after Flush they
// would be dropped silently), the table last.
func writeAll(f *excelize.File, st *styles, in *Input, part listPart) error {
	if err := printSetup(f, part.sheet, 2, "$1:$1", ""); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(part.sheet)
	if err != nil {
		return err
	}
	widths := make([]*width, len(allColumns))
	for i, c := range allColumns {
		widths[i] = newWidth(c.header, c.lo, c.hi)
	}
	vals := make([]any, len(allColumns))
	if len(in.Agreements) > 0 {
		for i := range in.Agreements {
			agreementRow(vals, &in.Agreements[i])
			for c, v := range vals {
				if s, ok := v.(string); ok && widths[c].lo < widths[c].hi {
					widths[c].see(s)
				}
			}
		}
	}
	colWidth, err := columnHead(sw, st, allColumns, widths)
	if err != nil {
		return err
	}
	for i := part.rows.from; i < part.rows.to; i++ {
		agreementRow(vals, &in.Agreements[i])
		if err := sw.SetRow(cell(1, i-part.rows.from+2), vals, excelize.RowOpts{Height: rowHeight(vals, colWidth, allColumns)}); err != nil {
			return err
		}
	}
	last := max(part.rows.to-part.rows.from+1, 2) // a table has at least one data row
	if err := allFormats(f, st, part.sheet, last); err != nil {
		return err
	}
	if err := sw.AddTable(&excelize.Table{
		Range:     fmt.Sprintf("A1:%s", cell(len(allColumns), last)),
		Name:      tableName(tableAll, part.index),
		StyleName: "TableStyleLight9",
	}); err != nil {
		return err
	}
	return sw.Flush()
}

// rowHeight estimates the height of a row of a list sheet from its
// wrapped cells.
func rowHeight(vals []any, widths []float64, cols []column) float64 {
	lines := 1
	for i, v := range vals {
		if s, ok := v.(string); ok && cols[i].align == alignWrap {
			lines = max(lines, wrappedLines(s, widths[i]))
		}
	}
	return heightFor(lines)
}

// allFormats adds the drop-down and conditional formats of a sheet of
// Alle afspraken for data rows 2..last.
func allFormats(f *excelize.File, st *styles, sheet string, last int) error {
	colRange := func(col int) string { return fmt.Sprintf("%s2:%s%d", colName(col), colName(col), last) }
	dv := excelize.NewDataValidation(true)
	dv.SetSqref(colRange(allColVerdict))
	var keys []string
	for _, v := range evaluation.Verdicts() {
		if v != evaluation.None {
			keys = append(keys, string(v))
		}
	}
	if err := dv.SetDropList(keys); err != nil {
		return err
	}
	dv.SetInput("Oordeel adviseur", "Kies vaag, niet vaag of twijfel. Leeg: de automatische beoordeling telt.")
	dv.SetError(excelize.DataValidationErrorStyleStop, "Onbekend oordeel", "Kies vaag, niet vaag of twijfel, of laat de cel leeg.")
	if err := f.AddDataValidation(sheet, dv); err != nil {
		return err
	}
	if err := f.SetConditionalFormat(sheet, colRange(allColVague), []excelize.ConditionalFormatOptions{
		{Type: "cell", Criteria: "==", Value: `"ja"`, Format: &st.cfVague},
	}); err != nil {
		return err
	}
	if err := f.SetConditionalFormat(sheet, colRange(allColVerdict), []excelize.ConditionalFormatOptions{
		{Type: "cell", Criteria: "==", Value: `"vaag"`, Format: &st.cfVague},
		{Type: "cell", Criteria: "==", Value: `"niet vaag"`, Format: &st.cfGood},
		{Type: "cell", Criteria: "==", Value: `"twijfel"`, Format: &st.cfDoubt},
	}); err != nil {
		return err
	}
	// The agreement text is red when it counts as vague: the verdict
	// decides, else the automatic classification. A formula, so it follows
	// the adviser's edits in Excel.
	v, o := colName(allColVerdict), colName(allColVague)
	return f.SetConditionalFormat(sheet, colRange(allColText), []excelize.ConditionalFormatOptions{{
		Type:     "formula",
		Criteria: fmt.Sprintf(`OR($%s2="vaag",AND($%s2<>"niet vaag",$%s2="ja"))`, v, v, o),
		Format:   &st.cfVagueText,
	}})
}

// columnHead sets the widths (measured in widths) and styles of a streamed
// table's columns, freezes its header row and writes it; it returns the
// column widths for the row heights.
func columnHead(sw *excelize.StreamWriter, st *styles, cols []column, widths []*width) ([]float64, error) {
	colWidth := make([]float64, len(cols))
	for i, c := range cols {
		colWidth[i] = widths[i].get()
		if err := sw.SetColWidth(i+1, i+1, colWidth[i]); err != nil {
			return nil, err
		}
		style := st.cellTop
		switch c.align {
		case alignWrap:
			style = st.cellWrap
		case alignCenter:
			style = st.cellCenter
		}
		if err := sw.SetColStyle(i+1, i+1, style); err != nil {
			return nil, err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{
		Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}},
	}); err != nil {
		return nil, err
	}
	header := make([]any, len(cols))
	for i, c := range cols {
		header[i] = excelize.Cell{StyleID: st.header, Value: c.header}
	}
	if err := sw.SetRow("A1", header, excelize.RowOpts{Height: 32}); err != nil {
		return nil, err
	}
	return colWidth, nil
}
