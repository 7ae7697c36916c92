package workbook

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"pakompas/importer"
)

// sheetList writes a sheet of sections in normal mode: a title, then per
// section a heading, a header row and rows. Long texts go in the last
// columns, which wrap.
type sheetList struct {
	f     *excelize.File
	st    *styles
	sheet string
	row   int // the next row to write
	ws    []float64
	// last and lastCol are the bottom row and the rightmost column that
	// got a value (the used range).
	last, lastCol int
}

func (l *sheetList) set(col int, v any, style int) error {
	if err := rowFits(l.row); err != nil {
		return err
	}
	ref := cell(col, l.row)
	if err := l.f.SetCellValue(l.sheet, ref, v); err != nil {
		return err
	}
	l.last, l.lastCol = max(l.last, l.row), max(l.lastCol, col)
	return l.f.SetCellStyle(l.sheet, ref, ref, style)
}

// usedRange records the range the list's values fill (setUsedRange).
func (l *sheetList) usedRange() error { return setUsedRange(l.f, l.sheet, l.lastCol, l.last) }

// title writes a bold heading on its own row.
func (l *sheetList) title(text string, style int) error {
	if err := l.set(1, text, style); err != nil {
		return err
	}
	l.row++
	return nil
}

// header writes a header row.
func (l *sheetList) header(cols ...string) error {
	for i, c := range cols {
		if err := l.set(i+1, c, l.st.headerLeft); err != nil {
			return err
		}
	}
	l.row++
	return nil
}

// line writes one row of values; empty strings stay empty cells, numbers
// are centred. With a wrapping style the row gets the height its texts
// need.
func (l *sheetList) line(style int, vals ...any) error {
	lines := 1
	wrap := style == l.st.cellWrap || style == l.st.errText
	for i, v := range vals {
		st := style
		switch v := v.(type) {
		case string:
			if v == "" {
				continue
			}
			if wrap && i < len(l.ws) {
				lines = max(lines, wrappedLines(v, l.ws[i]))
			}
		case int:
			st = l.st.cellCenter
		}
		if err := l.set(i+1, v, st); err != nil {
			return err
		}
	}
	return l.endRow(lines)
}

// endRow sets the height of the current row for lines lines of text and
// moves to the next row.
func (l *sheetList) endRow(lines int) error {
	if h := heightFor(lines); h > 0 {
		if err := l.f.SetRowHeight(l.sheet, l.row, h); err != nil {
			return err
		}
	}
	l.row++
	return nil
}

// listing writes the lines of one list on a sheetList, at most maxListed:
// the lines past that are counted, and end says how many there were and
// where to find them all.
type listing struct {
	l     *sheetList
	n     int
	where string
}

// line writes a line of the list (see sheetList.line) while fewer than
// maxListed were written, and counts it.
func (c *listing) line(style int, vals ...any) error {
	c.n++
	if c.n > maxListed {
		return nil
	}
	return c.l.line(style, vals...)
}

// end writes "geen" for an empty list, or the line about the lines not
// shown.
func (c *listing) end() error {
	switch {
	case c.n == 0:
		return c.l.line(c.l.st.cellTop, "geen")
	case c.n > maxListed:
		return c.l.line(c.l.st.subtitle, moreLine(c.n, c.where))
	}
	return nil
}

// widths sets the column widths.
func (l *sheetList) widths(ws ...float64) error {
	l.ws = ws
	for i, w := range ws {
		if err := l.f.SetColWidth(l.sheet, colName(i+1), colName(i+1), w); err != nil {
			return err
		}
	}
	return nil
}

// writeReport writes Importverslag: the files, their sheets with header row
// and column mapping, the skipped rows (consecutive rows with the same
// reason as one range), warnings, errors, ignored files, and the orphaned
// verdicts and notes.
func writeReport(f *excelize.File, st *styles, in *Input) error {
	l := &sheetList{f: f, st: st, sheet: sheetReport, row: 1}
	if err := l.widths(45, 24, 12, 12, 36, 70); err != nil {
		return err
	}
	if err := l.title("Importverslag", st.title); err != nil {
		return err
	}
	r := in.Report
	if r == nil {
		if err := l.title("Geen importverslag beschikbaar.", st.subtitle); err != nil {
			return err
		}
	} else if err := writeReportFiles(l, r); err != nil {
		return err
	}

	if !in.external() { // orphans are the adviser's bookkeeping
		if err := writeOrphans(l, in); err != nil {
			return err
		}
	}
	if err := l.usedRange(); err != nil {
		return err
	}
	return printSetup(f, sheetReport, 1, "$1:$1", "")
}

// writeOrphans writes the section about verdicts and notes whose
// agreement is gone.
func writeOrphans(l *sheetList, in *Input) error {
	st := l.st
	l.row++
	if err := l.title("Verweesde oordelen", st.section); err != nil {
		return err
	}
	if err := l.title("Oordelen en notities waarvan de afspraak niet meer in de invoer staat (verweesd). "+
		"Ze blijven bewaard in het evaluatiebestand.", st.subtitle); err != nil {
		return err
	}
	orphans := &listing{l: l, where: "ze staan alle in het evaluatiebestand"}
	if len(in.Orphans) > 0 {
		if err := l.header("Id", "Gemeente", "Nr", "Oordeel", "Notitie", "Afspraak"); err != nil {
			return err
		}
	}
	for _, o := range in.Orphans {
		if err := orphans.line(st.cellWrap, o.ID, o.Gemeente, o.Number, string(o.Verdict), o.Note, o.Text); err != nil {
			return err
		}
	}
	return orphans.end()
}

// writeReportFiles writes the sections about the files.
func writeReportFiles(l *sheetList, r *importer.Report) error {
	st := l.st
	src := sourcesOf(r, nil)
	sum := fmt.Sprintf("%s: %d gelezen, %d niet gelezen (fout), %d genegeerd; %s.", count(len(r.Files), "bestand", "bestanden"),
		len(src.read), len(src.failed), len(src.ignored), count(len(r.Agreements), "afspraak", "afspraken"))
	if err := l.title(sum, st.subtitle); err != nil {
		return err
	}

	l.row++
	if err := l.title("Bestanden", st.section); err != nil {
		return err
	}
	if err := l.header("Bestand", "Resultaat", "Formaat", "Afspraken", "Gemeenten", "Melding"); err != nil {
		return err
	}
	const all = "pakompas import toont alles"
	files := &listing{l: l, where: all}
	for _, fr := range r.Files {
		result, msg, style := "gelezen", "", st.cellWrap
		switch {
		case fr.Error != "":
			result, msg, style = "fout", fr.Error, st.errText
		case fr.Ignored != "":
			result, msg = "genegeerd", fr.Ignored
		}
		if err := files.line(style, fr.Path, result, fr.Format, fr.Agreements, strings.Join(fr.Gemeenten, ", "), msg); err != nil {
			return err
		}
	}
	if err := files.end(); err != nil {
		return err
	}

	l.row++
	if err := l.title("Bladen en kolommen", st.section); err != nil {
		return err
	}
	if err := l.header("Bestand", "Blad", "Gelezen", "Kopregel", "Afspraken", "Reden of kolomindeling"); err != nil {
		return err
	}
	sheets := &listing{l: l, where: all}
	for _, fr := range r.Files {
		for _, s := range fr.Sheets {
			name := sheetLabel(s.Name)
			header := any("")
			if s.HeaderRow > 0 {
				header = s.HeaderRow
			}
			text := s.Reason
			if s.Read {
				var cols []string
				for _, c := range s.Columns {
					field := c.Field.DutchName()
					cols = append(cols, fmt.Sprintf("%s %q → %s", c.Column, c.Header, field))
				}
				text = strings.Join(cols, "\n")
			}
			if err := sheets.line(st.cellWrap, fr.Path, name, yesNo(s.Read), header, s.Agreements, text); err != nil {
				return err
			}
		}
	}
	if err := sheets.end(); err != nil {
		return err
	}

	l.row++
	if err := l.title("Overgeslagen rijen", st.section); err != nil {
		return err
	}
	if err := l.header("Bestand", "Blad", "Rijen", "Aantal", "Reden"); err != nil {
		return err
	}
	skipped := &listing{l: l, where: all}
	for _, fr := range r.Files {
		for _, g := range groupSkipped(fr.Skipped) {
			if err := skipped.line(st.cellWrap, fr.Path, sheetLabel(g.sheet), g.rows(), g.n, g.reason); err != nil {
				return err
			}
		}
	}
	if err := skipped.end(); err != nil {
		return err
	}

	l.row++
	if err := l.title("Fouten en waarschuwingen", st.section); err != nil {
		return err
	}
	if err := l.header("Bestand", "Soort", "", "", "", "Melding"); err != nil {
		return err
	}
	notes := &listing{l: l, where: all}
	for _, fr := range r.Files {
		if fr.Error != "" {
			if err := notes.line(st.errText, fr.Path, "fout", "", "", "", fr.Error); err != nil {
				return err
			}
		}
		for _, w := range fr.Warnings {
			if err := notes.line(st.cellWrap, fr.Path, "let op", "", "", "", w); err != nil {
				return err
			}
		}
	}
	return notes.end()
}

// skipGroup is a run of consecutive skipped rows of one sheet with the
// same reason.
type skipGroup struct {
	sheet, reason string
	from, to, n   int
}

func (g skipGroup) rows() string {
	if g.from == g.to {
		return fmt.Sprint(g.from)
	}
	return fmt.Sprintf("%d–%d", g.from, g.to)
}

// groupSkipped joins consecutive rows of the same sheet and reason.
func groupSkipped(rows []importer.SkippedRow) []skipGroup {
	var out []skipGroup
	for _, r := range rows {
		if k := len(out) - 1; k >= 0 && out[k].sheet == r.Sheet && out[k].reason == r.Reason && out[k].to+1 == r.Row {
			out[k].to = r.Row
			out[k].n++
			continue
		}
		out = append(out, skipGroup{sheet: r.Sheet, reason: r.Reason, from: r.Row, to: r.Row, n: 1})
	}
	return out
}

// sheetLabel names a sheet in the report; a CSV file has no sheet name.
func sheetLabel(name string) string {
	if name == "" {
		return "(csv)"
	}
	return name
}
