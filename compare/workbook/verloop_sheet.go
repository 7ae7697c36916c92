package workbook

import (
	"fmt"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"

	"pakompas/compare/verloop"
	"pakompas/importer/model"
)

// The sheet Verloop.
const (
	sheetVerloop = "Verloop"
	// tableVerloop is the name of its Excel table.
	tableVerloop = "Verloop"
	// verloopHeaderRow is its header row: a title and a legend above it.
	verloopHeaderRow = 3
	// Headers of the columns before and after the years.
	hdrVerloopState   = "Verloop"
	hdrVerloopCarried = "Doorgeschoven (jaren)"
	hdrVerloopEdits   = "Wijzigingen"
	// goneText marks the year in which an agreement vanished.
	goneText = "vervallen"
)

// verloopLead are the columns before the years; verloopTail those after.
var (
	verloopLead = []column{
		{"Gemeente", 12, 16, alignWrap, nil},
		{"Thema (nationaal)", 14, 18, alignWrap, nil},
		{hdrVerloopState, 13, 13, alignWrap, nil},
		{hdrVerloopCarried, 14, 14, alignCenter, nil},
	}
	verloopTail = []column{
		{hdrVerloopEdits, 24, 36, alignWrap, nil},
		{hdrID, 10, 18, alignTop, nil},
	}
)

// yearLabel heads the column of version y: the year or period, or
// model.YearName's name for none, capitalised as a heading ("Jaar
// onbekend").
func yearLabel(y string) string {
	name := model.YearName(y)
	return strings.ToUpper(name[:1]) + name[1:]
}

// verloopColumns are the columns of Verloop: the lead, per year its text
// and status, the tail. The year texts narrow as years are added, so
// the sheet still prints on one page wide at a readable size.
func verloopColumns(years []string) []column {
	textWidth := 40.0
	if len(years) > 2 {
		textWidth = max(24, 40-6*float64(len(years)-2))
	}
	cols := slices.Clone(verloopLead)
	for _, y := range years {
		cols = append(cols,
			column{yearLabel(y), textWidth, textWidth, alignWrap, nil},
			column{"Status " + yearLabel(y), 12, 12, alignWrap, nil})
	}
	return append(cols, verloopTail...)
}

// verloopRows makes the rows of Verloop: one per chain.
type verloopRows struct {
	in      *Input
	st      *styles
	v       *Verloop
	cols    []column
	widths  []float64
	yearCol map[string]int // version → its text column (0-based)
	// years of each gemeente: its versions in order
	years map[string][]string
}

// newVerloopRows prepares what the rows need, before they are made on
// several goroutines at once.
func newVerloopRows(in *Input, st *styles, cols []column, widths []float64) *verloopRows {
	r := &verloopRows{in: in, st: st, v: in.Verloop, cols: cols, widths: widths,
		yearCol: map[string]int{}, years: map[string][]string{}}
	for k, y := range in.Verloop.Years {
		r.yearCol[y] = len(verloopLead) + 2*k
	}
	for _, s := range in.Verloop.Gemeenten {
		r.years[s.Gemeente] = s.Years
	}
	return r
}

// stateStyle is the fill of a state: green nieuw, amber gewijzigd, red
// vervallen, none for ongewijzigd and the first year.
func (r *verloopRows) stateStyle(c verloop.Change) int {
	switch c {
	case verloop.Nieuw:
		return r.st.vlNieuw
	case verloop.Gewijzigd:
		return r.st.vlGewijzigd
	case verloop.Vervallen:
		return r.st.vlVervallen
	}
	return r.st.wrap
}

// fill is the rowFill of chain i.
func (r *verloopRows) fill(i int, vals []any, cells []excelize.Cell) float64 {
	c := &r.v.Chains[i]
	set := func(col, style int, v any) {
		cells[col] = excelize.Cell{StyleID: style, Value: v}
		vals[col] = &cells[col]
	}
	last := &r.in.Agreements[c.Links[len(c.Links)-1].Agreement]
	gy := r.years[c.Gemeente]
	// Every year column: grey where the gemeente has no such version,
	// else bordered (empty before the chain starts and after it ends).
	for y, col := range r.yearCol {
		style := r.st.wrap
		if !slices.Contains(gy, y) {
			style = r.st.gap
		}
		set(col, style, nil)
		set(col+1, style, nil)
	}
	for _, l := range c.Links {
		a := &r.in.Agreements[l.Agreement]
		col, ok := r.yearCol[l.Year]
		if !ok {
			continue // not a year of Verloop.Years: a bug upstream
		}
		text := a.Text
		if a.Number != "" {
			text = a.Number + " " + text
		}
		set(col, r.stateStyle(l.Step), text)
		set(col+1, r.st.wrap, str(a.Status))
	}
	if c.State == verloop.Vervallen {
		if k := slices.Index(gy, c.Links[len(c.Links)-1].Year); k >= 0 && k+1 < len(gy) {
			set(r.yearCol[gy[k+1]], r.st.vlGone, goneText)
		}
	}
	set(0, r.st.wrap, str(c.Gemeente))
	set(1, r.st.wrap, str(last.ThemeLabel))
	set(2, r.stateStyle(c.State), string(c.State))
	if c.Carried > 0 {
		set(3, r.st.vlCarried, c.Carried)
	} else {
		set(3, r.st.presence, nil)
	}
	tail := len(r.cols) - len(verloopTail)
	set(tail, r.st.wrap, str(editsText(c, len(gy) > 2)))
	set(tail+1, r.st.wrap, str(last.ID))
	return rowHeight(vals, r.widths, r.cols)
}

// editsText is what changed in a chain, step by step: "ten minste 40 →
// minimaal 60", "+ added words", "− removed words", the edits of one
// year joined by "; ", after "alleen jaartallen: " when they only move
// years on. With withYear (a gemeente of more than two
// versions) each year's edits are a line of their own, the year first.
func editsText(c *Chain, withYear bool) string {
	var lines []string
	for _, l := range c.Links {
		if l.Step != verloop.Gewijzigd || len(l.Edits) == 0 {
			continue
		}
		parts := make([]string, len(l.Edits))
		for k, e := range l.Edits {
			switch {
			case e.Old == "":
				parts[k] = "+ " + e.New
			case e.New == "":
				parts[k] = "− " + e.Old
			default:
				parts[k] = e.Old + " → " + e.New
			}
		}
		line := strings.Join(parts, "; ")
		if l.YearsOnly {
			line = "alleen jaartallen: " + line
		}
		if withYear {
			line = yearLabel(l.Year) + ": " + line
		}
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n")
}

// verloopLegend explains the colours of Verloop, beside the samples.
const verloopLegend = "Eén rij is één afspraak door de jaren heen; per jaar de tekst (met nummer) en de status uit de " +
	"monitor van dat jaar. " +
	"De kleur zegt wat er dat jaar gebeurde: groen nieuw, geel gewijzigd (kolom Wijzigingen: wat er veranderde), " +
	"wit ongewijzigd, rood \"vervallen\" in het jaar dat de afspraak er niet meer in staat. Grijs: dat jaar is voor " +
	"die gemeente niet ingelezen. Doorgeschoven: zoveel jaren achter elkaar overgenomen zonder gereed te zijn " +
	"(of met een latere termijn). Kolom Verloop vat de rij samen: vervallen, anders nieuw, anders gewijzigd, anders ongewijzigd."

// writeVerloop writes one sheet of Verloop (part: the chains that go on
// it): a title, a legend with a sample of each colour, a header with two
// columns per year (text, status), and a row per chain coloured by what
// happened to it each year, as an Excel table under a frozen header. It
// is streamed and spliced like Alle afspraken: nationally it has a row
// per agreement.
func writeVerloop(f *excelize.File, st *styles, in *Input, part listPart) error {
	v := in.Verloop
	if err := printSetup(f, part.sheet, 1, fmt.Sprintf("$%d:$%d", verloopHeaderRow, verloopHeaderRow), ""); err != nil {
		return err
	}
	cols := verloopColumns(v.Years)
	if err := setUsedRange(f, part.sheet, len(cols), verloopHeaderRow+part.rows.to-part.rows.from); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(part.sheet)
	if err != nil {
		return err
	}
	ws := make([]*width, len(cols))
	for i, c := range cols {
		ws[i] = newWidth(c.header, c.lo, c.hi)
	}
	tail := len(cols) - len(verloopTail)
	measureWidths(ws, len(v.Chains), func(i int, ws []*width) {
		c := &v.Chains[i]
		a := &in.Agreements[c.Links[len(c.Links)-1].Agreement]
		ws[0].see(c.Gemeente)
		ws[1].see(a.ThemeLabel)
		ws[tail].see(editsText(c, false))
		ws[tail+1].see(a.ID)
	})
	widths := make([]float64, len(cols))
	for i := range cols {
		widths[i] = ws[i].get()
		if err := sw.SetColWidth(i+1, i+1, widths[i]); err != nil {
			return err
		}
	}
	top := cell(2, verloopHeaderRow+1)
	if err := sw.SetPanes(&excelize.Panes{
		Freeze: true, XSplit: 1, YSplit: verloopHeaderRow, TopLeftCell: top, ActivePane: "bottomRight",
		Selection: []excelize.Selection{{SQRef: top, ActiveCell: top, Pane: "bottomRight"}},
	}); err != nil {
		return err
	}
	if err := verloopHeading(sw, st, "Verloop: afspraken per gemeente over de jaren"+part.label, widths); err != nil {
		return err
	}
	header := make([]any, len(cols))
	lines := 1
	for i, c := range cols {
		header[i] = excelize.Cell{StyleID: st.header, Value: c.header}
		lines = max(lines, wrappedLines(c.header, widths[i]-2)) // bold, with a filter button
	}
	if err := sw.SetRow(cell(1, verloopHeaderRow), header, excelize.RowOpts{Height: max(32, heightFor(lines))}); err != nil {
		return err
	}
	rows := newVerloopRows(in, st, cols, widths)
	if err := streamRows(sw, in.splices, part.rows.from, part.rows.to, verloopHeaderRow+1, len(cols), true, nil, rows.fill); err != nil {
		return err
	}
	last := verloopHeaderRow + max(part.rows.to-part.rows.from, 1) // a table has at least one data row
	if err := sw.AddTable(&excelize.Table{
		Range:     fmt.Sprintf("%s:%s", cell(1, verloopHeaderRow), cell(len(cols), last)),
		Name:      tableName(tableVerloop, part.index),
		StyleName: "TableStyleLight9",
	}); err != nil {
		return err
	}
	return sw.Flush()
}

// verloopHeading writes the title (row 1, merged over the sheet) and the
// legend (row 2): a sample cell of each colour under the first columns,
// then the explanation merged over the rest.
func verloopHeading(sw *excelize.StreamWriter, st *styles, title string, widths []float64) error {
	all := 0.0
	for _, w := range widths {
		all += w
	}
	if err := sw.SetRow("A1", []any{excelize.Cell{StyleID: st.titleWrap, Value: title}},
		excelize.RowOpts{Height: float64(wrappedLines(title, all/1.3)) * titleHeight}); err != nil {
		return err
	}
	if err := sw.MergeCell("A1", cell(len(widths), 1)); err != nil {
		return err
	}
	samples := []excelize.Cell{
		{StyleID: st.vlNieuwSample, Value: string(verloop.Nieuw)},
		{StyleID: st.vlGewijzigdSample, Value: string(verloop.Gewijzigd)},
		{StyleID: st.vlGone, Value: goneText},
		{StyleID: st.vlCarried, Value: "doorgeschoven"},
	}
	row := make([]any, len(samples)+1)
	for i := range samples {
		row[i] = samples[i]
	}
	from := len(samples) + 1
	row[len(samples)] = excelize.Cell{StyleID: st.subtitleWrap, Value: verloopLegend}
	rest := 0.0
	for _, w := range widths[len(samples):] {
		rest += w
	}
	if err := sw.SetRow("A2", row, excelize.RowOpts{Height: max(lineHeight, heightFor(wrappedLines(verloopLegend, rest)))}); err != nil {
		return err
	}
	if from < len(widths) {
		return sw.MergeCell(cell(from, 2), cell(len(widths), 2))
	}
	return nil
}
