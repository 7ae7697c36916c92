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
	// gemeentenPerPage is how many gemeente columns a printed page holds.
	gemeentenPerPage = 4
)

// writeTheme writes the side-by-side sheet of one theme: a title, a legend,
// a header row with the gemeenten and one row per AlignedRow. Column A says
// on a group row in how many gemeenten the agreement occurs. Each cell
// holds "number text" of its agreements (several separated by an empty
// line), filled light red when one of them counts as vague; a gap on a
// group row reads "ontbreekt" in grey italics (see gapsAlways for wide
// sheets). Rows get a height that fits their longest text.
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
	pages := 0 // four gemeenten a page; beyond twelve, print as it is
	if ng <= 3*gemeentenPerPage {
		pages = max(1, (ng+gemeentenPerPage-1)/gemeentenPerPage)
	}
	if err := printSetup(f, sheet, pages, fmt.Sprintf("$%d:$%d", themeHeaderRow, themeHeaderRow), "$A:$A"); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	if err := sw.SetColWidth(1, 1, 11); err != nil {
		return err
	}
	const w = 40.0
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
	if err := sw.SetRow("A1", []any{excelize.Cell{StyleID: st.title, Value: ts.Label + ": afspraken per gemeente naast elkaar" + part.label}},
		excelize.RowOpts{Height: 21}); err != nil {
		return err
	}
	legend := "Eén rij is dezelfde afspraak in meerdere gemeenten (kolom Aanwezig). " +
		"Rood: vaag (het oordeel van de adviseur gaat voor). Grijs \"ontbreekt\": die gemeente heeft de afspraak niet."
	if ng > gapsAlways {
		legend += fmt.Sprintf(" Bij meer dan %d gemeenten alleen waar minstens de helft de afspraak heeft; alle gaten staan op het blad %s.",
			gapsAlways, sheetMissing)
	}
	if err := sw.SetRow("A2", []any{excelize.Cell{StyleID: st.subtitle, Value: legend}}); err != nil {
		return err
	}
	header := make([]any, ng+1)
	header[0] = excelize.Cell{StyleID: st.header, Value: "Aanwezig"}
	for g, name := range in.Gemeenten {
		header[g+1] = excelize.Cell{StyleID: st.header, Value: name}
	}
	if err := sw.SetRow(cell(1, themeHeaderRow), header, excelize.RowOpts{Height: 20}); err != nil {
		return err
	}
	vals := make([]any, ng+1)
	cells := make([]excelize.Cell, ng+1)
	var sb strings.Builder
	for r := part.rows.from; r < part.rows.to; r++ {
		row := &ts.Rows[r]
		present, lines := presentIn(row, ng), 1
		markGaps := row.Group != "" && (ng <= gapsAlways || 2*present >= ng)
		for g := range ng {
			vals[g+1] = nil
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
					cells[g+1] = excelize.Cell{StyleID: st.gap, Value: gapText}
				default:
					cells[g+1] = excelize.Cell{StyleID: st.otherTheme, Value: otherThemeText}
				}
				vals[g+1] = &cells[g+1]
				continue
			}
			sb.Reset()
			vague := false
			for k, i := range idx {
				a := &in.Agreements[i]
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
			style := st.wrap
			if vague {
				style = st.wrapVague
			}
			text := sb.String()
			lines = max(lines, wrappedLines(text, w))
			cells[g+1] = excelize.Cell{StyleID: style, Value: text}
			vals[g+1] = &cells[g+1]
		}
		vals[0] = nil
		if row.Group != "" {
			cells[0] = excelize.Cell{StyleID: st.cellCenter, Value: fmt.Sprintf("%d van %d", present, ng)}
			vals[0] = &cells[0]
		}
		if err := sw.SetRow(cell(1, themeHeaderRow+1+r-part.rows.from), vals, excelize.RowOpts{Height: heightFor(lines)}); err != nil {
			return err
		}
	}
	return sw.Flush()
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
