package workbook

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Texts of the theme sheets.
const (
	gapText        = "ontbreekt"
	otherThemeText = "onder ander thema"
	themeHeaderRow = 3
	// gapsAlways is the number of gemeenten up to which every gap of a
	// group row reads "ontbreekt". With more gemeenten (the national
	// overview) a gap is marked only where at least half of them have the
	// agreement: an agreement shared by 2 of 342 gemeenten would otherwise
	// fill its row with 340 "ontbreekt" cells (1.5 million cells
	// nationally, most of the export's time and size) and say nothing the
	// column Aanwezig ("2 van 342") and the sheet Ontbrekend do not.
	gapsAlways = 12
	// ownText fills column Aanwezig on a row of agreements that stand
	// alone: each is its gemeente's own.
	ownText = "eigen"
)

// The print layout of a theme sheet: A4 landscape holds about
// themePrintWidth column units at a readable scale (fit to the page
// width, ~75%) and pageWidth at 100%. Gemeente columns are between
// themeColMin and themeColMax wide, as wide as gemeentenPerPage of them
// fit in themePrintWidth. Up to gapsAlways gemeenten print one page wide
// (beyond eight at a smaller scale: a comparison split over pages is
// harder to read than small letters); more gemeenten (the national
// overview, not meant for paper) gemeentenPerPage to a page, column
// Aanwezig repeated.
const (
	themePrintWidth  = 190.0
	pageWidth        = 135.0
	themeColA        = 11.0
	themeColMin      = 22.0
	themeColMax      = 40.0
	gemeentenPerPage = 8
	titleHeight      = 21.0 // points per line of the 14 pt title
)

// themeColWidth is the width of a gemeente column for ng gemeenten.
func themeColWidth(ng int) float64 {
	per := min(max(ng, 1), gemeentenPerPage)
	return min(max(float64(int((themePrintWidth-themeColA)/float64(per))), themeColMin), themeColMax)
}

// themePages is how many pages wide a theme sheet of ng gemeenten prints.
func themePages(ng int) int {
	if ng <= gapsAlways {
		return 1
	}
	return (ng + gemeentenPerPage - 1) / gemeentenPerPage
}

// headingSpan is how many columns the title and legend of a theme sheet
// are merged over: all of them when the sheet prints one page wide, else
// those that surely fit on the first page, so print cuts no text.
func headingSpan(ng int, w float64) int {
	if themePages(ng) == 1 {
		return ng + 1
	}
	return 1 + min(ng, int((pageWidth-themeColA)/w))
}

// writeTheme writes the side-by-side sheet of one theme: a title, a legend,
// a header row with the gemeenten and one row per AlignedRow. Column A says
// on a group row in how many gemeenten the agreement occurs, on a row of
// agreements that stand alone "eigen". Each cell holds "number text" of
// its agreements (several separated by an empty line), filled light red
// when one of them counts as vague; a gap on a group row reads "ontbreekt"
// in grey italics (see gapsAlways for wide sheets). Every cell of the
// table has a border, also an empty one (up to gapsAlways gemeenten: on
// the national overview that would add millions of empty cells). Rows get
// a height that fits their longest text; the title and legend are merged
// over the sheet's width and wrap, so print cuts neither.
//
// The sheet is streamed: with 342 gemeenten as columns a normal-mode sheet
// would hold every cell as a struct; the stream writes each row once.
//
// part is the rows of ts that go on this sheet: a theme with more rows
// than a sheet holds continues on "Label (2)", with the same headings and
// "(deel 2 van 3)" in the title.
func writeTheme(f *excelize.File, st *styles, in *Input, ts *ThemeSheet, part listPart) error {
	sheet := part.sheet
	ng := len(in.Gemeenten)
	if err := printSetup(f, sheet, themePages(ng), fmt.Sprintf("$%d:$%d", themeHeaderRow, themeHeaderRow), "$A:$A"); err != nil {
		return err
	}
	if err := setUsedRange(f, sheet, ng+1, themeHeaderRow+part.rows.to-part.rows.from); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	if err := sw.SetColWidth(1, 1, themeColA); err != nil {
		return err
	}
	w := themeColWidth(ng)
	if ng > 0 {
		if err := sw.SetColWidth(2, ng+1, w); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{
		Freeze: true, XSplit: 1, YSplit: themeHeaderRow, TopLeftCell: cell(2, themeHeaderRow+1), ActivePane: "bottomRight",
		Selection: []excelize.Selection{{SQRef: cell(2, themeHeaderRow+1), ActiveCell: cell(2, themeHeaderRow+1), Pane: "bottomRight"}},
	}); err != nil {
		return err
	}
	if err := themeHeading(sw, st, ts.Label+": afspraken per gemeente naast elkaar"+part.label, ng, w); err != nil {
		return err
	}
	header := make([]any, ng+1)
	header[0] = excelize.Cell{StyleID: st.header, Value: "Aanwezig"}
	for g, name := range in.Gemeenten {
		header[g+1] = excelize.Cell{StyleID: st.header, Value: name}
	}
	headerLines := 1
	for _, name := range in.Gemeenten {
		headerLines = max(headerLines, wrappedLines(name, w-2)) // bold
	}
	if err := sw.SetRow(cell(1, themeHeaderRow), header, excelize.RowOpts{Height: max(20, heightFor(headerLines))}); err != nil {
		return err
	}
	rows := themeRows{in: in, st: st, ts: ts, ng: ng, w: w, border: ng <= gapsAlways, empty: &excelize.Cell{StyleID: st.wrap}}
	if err := streamRows(sw, in.splices, part.rows.from, part.rows.to, themeHeaderRow+1, ng+1, true, nil, rows.fill); err != nil {
		return err
	}
	return sw.Flush()
}

// themeRows makes the rows of a theme sheet: per row a cell per gemeente
// (ng of width w) with its agreements, "ontbreekt" or "andere thema",
// bordered when border (empty then has the border).
type themeRows struct {
	in     *Input
	st     *styles
	ts     *ThemeSheet
	ng     int
	w      float64
	border bool
	empty  *excelize.Cell
}

// fill is the rowFill of theme row r.
func (t *themeRows) fill(r int, vals []any, cells []excelize.Cell) float64 {
	row := &t.ts.Rows[r]
	present, lines := presentIn(row, t.ng), 1
	markGaps := row.Group != "" && (t.ng <= gapsAlways || 2*present >= t.ng)
	var sb strings.Builder
	for g := range t.ng {
		vals[g+1] = nil
		if t.border {
			vals[g+1] = t.empty
		}
		var idx []int
		if g < len(row.Cells) {
			idx = row.Cells[g]
		}
		if len(idx) == 0 {
			switch {
			case row.Group == "":
				continue
			case isGap(row, g):
				if !markGaps {
					continue
				}
				cells[g+1] = excelize.Cell{StyleID: t.st.gap, Value: gapText}
			default:
				cells[g+1] = excelize.Cell{StyleID: t.st.otherTheme, Value: otherThemeText}
				lines = max(lines, wrappedLines(otherThemeText, t.w))
			}
			vals[g+1] = &cells[g+1]
			continue
		}
		sb.Reset()
		vague := false
		for k, i := range idx {
			a := &t.in.Agreements[i]
			if k > 0 {
				sb.WriteString("\n\n")
			}
			if a.Number != "" {
				sb.WriteString(a.Number)
				sb.WriteByte(' ')
			}
			sb.WriteString(a.Text)
			vague = vague || a.CountsVague
		}
		style := t.st.wrap
		if vague {
			style = t.st.wrapVague
		}
		text := sb.String()
		lines = max(lines, wrappedLines(text, t.w))
		cells[g+1] = excelize.Cell{StyleID: style, Value: text}
		vals[g+1] = &cells[g+1]
	}
	presence := ownText
	if row.Group != "" {
		presence = fmt.Sprintf("%d van %d", present, t.ng)
	}
	cells[0] = excelize.Cell{StyleID: t.st.presence, Value: presence}
	vals[0] = &cells[0]
	return heightFor(lines)
}

// themeHeading writes the title (row 1) and the legend (row 2) of a theme
// sheet, each merged over the sheet's width (column Aanwezig and ng
// gemeente columns of width w) and as high as its wrapped text.
func themeHeading(sw *excelize.StreamWriter, st *styles, title string, ng int, w float64) error {
	legend := "Eén rij is dezelfde afspraak in meerdere gemeenten (kolom Aanwezig); \"" + ownText + "\": afspraken die alleen " +
		"die gemeente heeft. Rood: vaag (het oordeel van de adviseur gaat voor). Grijs \"ontbreekt\": die gemeente heeft de afspraak niet."
	if ng > gapsAlways {
		legend += fmt.Sprintf(" Bij meer dan %d gemeenten alleen waar minstens de helft de afspraak heeft; alle gaten staan op het blad %s.",
			gapsAlways, sheetMissing)
	}
	span := headingSpan(ng, w)
	width := themeColA + float64(span-1)*w
	for i, h := range []struct {
		text   string
		style  int
		height float64
	}{
		// The title's 14 pt letters are about 1.3 times as wide.
		{title, st.titleWrap, float64(wrappedLines(title, width/1.3)) * titleHeight},
		{legend, st.subtitleWrap, max(lineHeight, heightFor(wrappedLines(legend, width)))},
	} {
		row := i + 1
		if err := sw.SetRow(cell(1, row), []any{excelize.Cell{StyleID: h.style, Value: h.text}}, excelize.RowOpts{Height: h.height}); err != nil {
			return err
		}
		if span > 1 {
			if err := sw.MergeCell(cell(1, row), cell(span, row)); err != nil {
				return err
			}
		}
	}
	return nil
}

// isGap reports whether gemeente g lacks the agreement of a group row
// whose cell g is empty.
func isGap(row *AlignedRow, g int) bool {
	return row.Missing == nil || (g < len(row.Missing) && row.Missing[g])
}

// presentIn counts the gemeenten that have the row's agreement: on this
// row, or (a group row) under another theme.
func presentIn(row *AlignedRow, ng int) int {
	n := 0
	for g := range ng {
		if g < len(row.Cells) && len(row.Cells[g]) > 0 {
			n++
		} else if row.Group != "" && !isGap(row, g) {
			n++
		}
	}
	return n
}
