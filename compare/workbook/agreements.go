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
	// hdrRegular heads why an agreement is regular work, empty when not.
	hdrRegular = "Regulier werk"
)

// tableAll is the name of the Excel table on Alle afspraken.
const tableAll = "Afspraken"

// column describes one column of a list sheet: its header, its width
// range (a fixed width when lo == hi), how its cells look and, on Alle
// afspraken, what it shows of an agreement (nil for an empty cell).
type column struct {
	header string
	lo, hi float64
	align  cellAlign
	value  func(a *Agreement) any
}

type cellAlign uint8

const (
	alignTop cellAlign = iota
	alignWrap
	alignCenter
)

// The columns of Alle afspraken, in order. The Id column is last so an
// adviser reading left to right meets it after everything that matters.
// The widths are kept narrow (long texts wrap) because the sheet prints
// one page wide: every unit of width makes the printed letters smaller.
var allColumns = []column{
	{"Gemeente", 12, 16, alignWrap, func(a *Agreement) any { return str(a.Gemeente) }},
	{"Thema (nationaal)", 14, 18, alignWrap, func(a *Agreement) any { return str(a.ThemeLabel) }},
	{"Thema (lokaal)", 14, 18, alignWrap, func(a *Agreement) any { return str(a.ThemeRaw) }},
	{"Nr", 6, 8, alignTop, func(a *Agreement) any { return str(a.Number) }},
	{"Afspraak", 50, 50, alignWrap, func(a *Agreement) any { return str(a.Text) }},
	{"Trekker", 12, 18, alignWrap, func(a *Agreement) any { return str(a.Owner) }},
	{"Rol", 10, 13, alignTop, func(a *Agreement) any { return str(a.Role) }},
	{"Termijn", 10, 14, alignWrap, func(a *Agreement) any { return str(a.Due) }},
	{"Status", 10, 13, alignTop, func(a *Agreement) any { return str(a.Status) }},
	{"Type", 11, 12, alignTop, func(a *Agreement) any { return str(a.Type) }},
	{hdrRegular, 14, 22, alignWrap, func(a *Agreement) any { return str(a.Regular) }},
	{"Wie", 7, 7, alignCenter, func(a *Agreement) any { return yesNo(a.Smart[0]) }},
	{"Wat", 7, 7, alignCenter, func(a *Agreement) any { return yesNo(a.Smart[1]) }},
	{"Hoeveel", 9, 9, alignCenter, func(a *Agreement) any { return yesNo(a.Smart[2]) }},
	{"Wanneer", 10, 10, alignCenter, func(a *Agreement) any { return yesNo(a.Smart[3]) }},
	{"Vaag (automatisch)", 12, 12, alignCenter, func(a *Agreement) any { return yesNo(a.Vague) }},
	{hdrCheck, 14, 18, alignWrap, func(a *Agreement) any { return str(checkNote(a)) }},
	{hdrVerdict, 12, 12, alignCenter, func(a *Agreement) any { return str(string(a.Verdict)) }},
	{hdrNote, 30, 30, alignWrap, func(a *Agreement) any { return str(a.Note) }},
	{"Signaalwoorden", 14, 20, alignWrap, func(a *Agreement) any { return str(strings.Join(a.Matches, "; ")) }},
	{hdrRules, 12, 18, alignWrap, func(a *Agreement) any { return str(strings.Join(a.RuleIDs, ", ")) }},
	{"Bestand", 14, 22, alignWrap, func(a *Agreement) any { return str(a.File) }},
	{"Blad", 10, 14, alignWrap, func(a *Agreement) any { return str(a.Sheet) }},
	{"Rij", 6, 6, alignCenter, func(a *Agreement) any {
		if a.Row > 0 {
			return a.Row
		}
		return nil
	}},
	{hdrID, 10, 18, alignTop, func(a *Agreement) any { return str(a.ID) }},
}

// hdrRules heads the rule ids of the adviser's workbook; hdrReason the
// flags' messages that replace them in the external one.
const (
	hdrRules  = "Regels"
	hdrReason = "Reden"
)

// hdrCheck heads the adviser's column of what pakompas is unsure of
// (checkNote); the adviser's workbook only, as outside readers get the
// adviser's verdicts and themes.
const hdrCheck = "Nakijken"

// checkNote says what to check of a, in the words of the Afspraak screen:
// an automatic vague verdict that rests only on what is missing ("vaag,
// minder zeker: geen vaag woord") and a theme placed from the text that
// the scorer was unsure of ("thema onzeker, misschien Beschikbaarheid en
// nieuwbouw"); empty when there is nothing or the adviser settled it.
func checkNote(a *Agreement) string {
	var parts []string
	if a.VagueUnsettled {
		parts = append(parts, "vaag, minder zeker: geen vaag woord")
	}
	if a.ThemeDoubt != "" {
		parts = append(parts, "thema onzeker, misschien "+a.ThemeDoubt)
	}
	return strings.Join(parts, "; ")
}

// externColumns are the columns of Alle afspraken for outside readers:
// no Notitie, and Reden (why it was flagged, in words) instead of the
// rule ids.
var externColumns = func() []column {
	var out []column
	for _, c := range allColumns {
		switch c.header {
		case hdrNote, hdrCheck:
			continue
		case hdrRules:
			c = column{hdrReason, 20, 30, alignWrap, func(a *Agreement) any { return str(joinNonEmpty(a.Reasons, "; ")) }}
		}
		out = append(out, c)
	}
	return out
}()

// columnsFor returns the columns of Alle afspraken for the workbook's
// audience.
func columnsFor(in *Input) []column {
	if in.external() {
		return externColumns
	}
	return allColumns
}

// Column numbers (1-based) of the adviser's Alle afspraken, for tests.
var (
	allColText = columnIndex(allColumns, "Afspraak")
	allColID   = columnIndex(allColumns, hdrID)
)

func columnIndex(cols []column, header string) int {
	for i, c := range cols {
		if c.header == header {
			return i + 1
		}
	}
	panic("workbook: no column " + header)
}

// str is s as a cell value: nil (an empty cell) for "".
func str(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// joinNonEmpty joins the non-empty strings of xs with sep.
func joinNonEmpty(xs []string, sep string) string {
	var b strings.Builder
	for _, x := range xs {
		if x == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(sep)
		}
		b.WriteString(x)
	}
	return b.String()
}

// agreementRow fills vals with the cells of agreement a in the columns
// cols, nil for empty.
func agreementRow(vals []any, cols []column, a *Agreement) {
	for i, c := range cols {
		vals[i] = c.value(a)
	}
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
	if err := printSetup(f, part.sheet, 1, "$1:$1", ""); err != nil {
		return err
	}
	cols := columnsFor(in)
	if err := setUsedRange(f, part.sheet, len(cols), 1+part.rows.to-part.rows.from); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(part.sheet)
	if err != nil {
		return err
	}
	widths := make([]*width, len(cols))
	for i, c := range cols {
		widths[i] = newWidth(c.header, c.lo, c.hi)
	}
	measureWidths(widths, len(in.Agreements), func(i int, ws []*width) {
		a := &in.Agreements[i]
		for c, col := range cols {
			if ws[c].lo < ws[c].hi {
				if s, ok := col.value(a).(string); ok {
					ws[c].see(s)
				}
			}
		}
	})
	colWidth, colStyle, err := columnHead(sw, st, cols, widths)
	if err != nil {
		return err
	}
	if err := streamRows(sw, in.splices, part.rows.from, part.rows.to, 2, len(cols), false, colStyle, func(i int, vals []any, _ []excelize.Cell) float64 {
		agreementRow(vals, cols, &in.Agreements[i])
		return rowHeight(vals, colWidth, cols)
	}); err != nil {
		return err
	}
	last := max(part.rows.to-part.rows.from+1, 2) // a table has at least one data row
	if err := allFormats(f, st, part.sheet, cols, last); err != nil {
		return err
	}
	if err := sw.AddTable(&excelize.Table{
		Range:     fmt.Sprintf("A1:%s", cell(len(cols), last)),
		Name:      tableName(tableAll, part.index),
		StyleName: "TableStyleLight9",
	}); err != nil {
		return err
	}
	return sw.Flush()
}

// rowHeight estimates the height of a row of a list sheet from its
// wrapped cells (a text, or a styled cell holding one).
func rowHeight(vals []any, widths []float64, cols []column) float64 {
	lines := 1
	for i, v := range vals {
		if cols[i].align != alignWrap {
			continue
		}
		if c, ok := v.(*excelize.Cell); ok {
			v = c.Value
		}
		if s, ok := v.(string); ok {
			lines = max(lines, wrappedLines(s, widths[i]))
		}
	}
	return heightFor(lines)
}

// allFormats adds the drop-down and conditional formats of a sheet of
// Alle afspraken (columns cols) for data rows 2..last.
func allFormats(f *excelize.File, st *styles, sheet string, cols []column, last int) error {
	colRange := func(col int) string { return fmt.Sprintf("%s2:%s%d", colName(col), colName(col), last) }
	colText, colVague, colVerdict := columnIndex(cols, "Afspraak"), columnIndex(cols, "Vaag (automatisch)"), columnIndex(cols, hdrVerdict)
	dv := excelize.NewDataValidation(true)
	dv.SetSqref(colRange(colVerdict))
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
	if err := f.SetConditionalFormat(sheet, colRange(colVague), []excelize.ConditionalFormatOptions{
		{Type: "cell", Criteria: "==", Value: `"ja"`, Format: &st.cfVague},
	}); err != nil {
		return err
	}
	if err := f.SetConditionalFormat(sheet, colRange(colVerdict), []excelize.ConditionalFormatOptions{
		{Type: "cell", Criteria: "==", Value: `"vaag"`, Format: &st.cfVague},
		{Type: "cell", Criteria: "==", Value: `"niet vaag"`, Format: &st.cfGood},
		{Type: "cell", Criteria: "==", Value: `"twijfel"`, Format: &st.cfDoubt},
	}); err != nil {
		return err
	}
	// The agreement text is red when it counts as vague: the verdict
	// decides, else the automatic classification. A formula, so it follows
	// the adviser's edits in Excel.
	v, o := colName(colVerdict), colName(colVague)
	return f.SetConditionalFormat(sheet, colRange(colText), []excelize.ConditionalFormatOptions{{
		Type:     "formula",
		Criteria: fmt.Sprintf(`OR($%s2="vaag",AND($%s2<>"niet vaag",$%s2="ja"))`, v, v, o),
		Format:   &st.cfVagueText,
	}})
}

// columnHead sets the widths (measured in widths) and styles of a streamed
// table's columns, freezes its header row and writes it; it returns the
// column widths for the row heights and the column styles (for the rows'
// cells without a style of their own).
func columnHead(sw *excelize.StreamWriter, st *styles, cols []column, widths []*width) ([]float64, []int, error) {
	colWidth := make([]float64, len(cols))
	colStyle := make([]int, len(cols))
	for i, c := range cols {
		colWidth[i] = widths[i].get()
		if err := sw.SetColWidth(i+1, i+1, colWidth[i]); err != nil {
			return nil, nil, err
		}
		style := st.cellTop
		switch c.align {
		case alignWrap:
			style = st.cellWrap
		case alignCenter:
			style = st.cellCenter
		}
		if err := sw.SetColStyle(i+1, i+1, style); err != nil {
			return nil, nil, err
		}
		colStyle[i] = style
	}
	if err := sw.SetPanes(&excelize.Panes{
		Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}},
	}); err != nil {
		return nil, nil, err
	}
	header := make([]any, len(cols))
	for i, c := range cols {
		header[i] = excelize.Cell{StyleID: st.header, Value: c.header}
	}
	if err := sw.SetRow("A1", header, excelize.RowOpts{Height: 32}); err != nil {
		return nil, nil, err
	}
	return colWidth, colStyle, nil
}
