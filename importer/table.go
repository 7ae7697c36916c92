package importer

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"pakompas/importer/due"
)

// pending is an agreement read from a table before the file-level facts
// (gemeente, id) are settled.
type pending struct {
	Agreement
	// gemeenteRaw is the gemeente column's value (filled down), "" when
	// the table has no gemeente column.
	gemeenteRaw string
	// yearFrom is where Agreement.Year was found for this row ("kolom",
	// "blad"), "" while it is not set (the file's year then applies).
	yearFrom string
}

// tableOut is what one sheet's table yielded.
type tableOut struct {
	rows    []pending
	skipped []SkippedRow
	// title holds the non-empty cells above the header row, where titles
	// like "Prestatieafspraken 2025 gemeente Uithoorn" live.
	title []string
}

// Reasons for skipped rows, as the import report shows them.
const (
	reasonTitle     = "titel of tekst boven de tabel"
	reasonHeader    = "kopregel"
	reasonEmpty     = "lege rij"
	reasonRepeat    = "herhaalde kopregel"
	reasonNoText    = "geen afspraaktekst"
	reasonSectionFm = "sectieregel: thema '%s'"
)

// tableReader walks the data rows of one sheet under its header.
type tableReader struct {
	g          *grid
	h          *header
	sheetTheme string
	// columns per field, -1 when absent
	text, num, theme, gem, owner, due, status, notes, kind, year int
	// numbered is true when most agreement rows carry a number, dotted
	// when agreement numbers are dotted ("2.1"): both tell a lone title
	// row from an agreement without a number.
	numbered, dotted bool
	// textMerged are the rows whose text cell is merged across columns.
	textMerged rowSpans
}

var dottedNumberRE = regexp.MustCompile(`^\d{1,2}\.\d{1,3}`)

// readTable turns the rows of g under header h into agreements, and
// accounts for every other row.
func readTable(g *grid, h *header, sheetTheme string) tableOut {
	t := &tableReader{
		g: g, h: h, sheetTheme: sheetTheme,
		text: h.column(FieldText), num: h.column(FieldNumber), theme: h.column(FieldTheme),
		gem: h.column(FieldGemeente), owner: h.column(FieldOwner), due: h.column(FieldDue),
		status: h.column(FieldStatus), notes: h.column(FieldNotes), kind: h.column(FieldKind),
		year: h.column(FieldJaarschijf),
	}
	t.stats()
	if t.text >= 0 {
		t.textMerged = acrossRows(g.merges, t.text)
	}
	var out tableOut
	var section, lastTheme, lastGem, lastYear string
	for i, r := range g.rows {
		skip := func(reason string) {
			out.skipped = append(out.skipped, SkippedRow{Sheet: g.sheet, Row: r.num, Reason: reason})
		}
		filled := r.filled()
		switch {
		case len(filled) == 0:
			skip(reasonEmpty)
			continue
		case i < h.first:
			for _, c := range filled {
				out.title = append(out.title, r.cells[c])
			}
			skip(reasonTitle)
			continue
		case i <= h.row:
			skip(reasonHeader)
			continue
		}
		text := tidyText(r.cell(t.text))
		if t.repeatsHeader(r, text) {
			skip(reasonRepeat)
			continue
		}
		if title, ok := t.section(r, filled); ok {
			section, lastTheme = title, ""
			skip(fmt.Sprintf(reasonSectionFm, title))
			continue
		}
		if text == "" {
			skip(reasonNoText)
			continue
		}
		if v := tidyText(r.cell(t.theme)); v != "" {
			lastTheme = v
		}
		if v := tidyText(r.cell(t.gem)); v != "" {
			lastGem = v
		}
		if v, ok := ParseYear(r.cell(t.year)); ok {
			lastYear = v
		}
		a := pending{gemeenteRaw: lastGem}
		if lastYear != "" {
			a.Year, a.yearFrom = lastYear, yearFromColumn
		}
		a.ThemeRaw = firstNonEmpty(lastTheme, section, sheetTheme)
		a.Number = tidyText(r.cell(t.num))
		if a.Number == "" {
			a.Number, text = splitLeadingNumber(text)
		} else if rest, ok := strings.CutPrefix(text, a.Number+" "); ok {
			text = strings.TrimSpace(rest)
		}
		a.Text = text
		a.Owner = tidyText(r.cell(t.owner))
		a.Status = tidyText(r.cell(t.status))
		a.Notes = tidyText(r.cell(t.notes))
		a.KindRaw = tidyText(r.cell(t.kind))
		a.Due, a.DueRaw = t.dueOf(r)
		a.Source = Source{Sheet: g.sheet, Row: r.num}
		out.rows = append(out.rows, a)
	}
	return out
}

// stats looks over the data rows once to learn how agreements are numbered.
func (t *tableReader) stats() {
	withText, withNum, dotted := 0, 0, 0
	for _, r := range t.g.rows[t.h.row+1:] {
		if strings.TrimSpace(r.cell(t.text)) == "" {
			continue
		}
		withText++
		n := strings.TrimSpace(r.cell(t.num))
		if n == "" {
			n, _ = splitLeadingNumber(strings.TrimSpace(r.cell(t.text)))
		}
		if n != "" {
			withNum++
		}
		if dottedNumberRE.MatchString(n) {
			dotted++
		}
	}
	t.numbered = withText > 0 && withNum*2 >= withText
	t.dotted = dotted > 0
}

// section recognises a section row that heads the agreements under it
// (the theme-as-rows layout) and returns its title. A section row has one
// filled cell (often merged across the table, often numbered "2."), or a
// whole number in the number column and a short title in the text column.
func (t *tableReader) section(r gridRow, filled []int) (string, bool) {
	if len(filled) == 2 && t.num >= 0 && t.text >= 0 && filled[0] == min(t.num, t.text) && filled[1] == max(t.num, t.text) {
		num, text := strings.TrimSpace(r.cell(t.num)), tidyText(r.cell(t.text))
		if t.dotted && isWholeNumber(num) && looksLikeTitle(text) {
			_, title := splitSectionTitle(text)
			return title, title != ""
		}
		return "", false
	}
	if len(filled) != 1 {
		return "", false
	}
	c := filled[0]
	v := tidyText(r.cells[c])
	if !looksLikeTitle(v) {
		return "", false
	}
	num, title := splitSectionTitle(v)
	if title == "" || !hasLetter(title) {
		return "", false
	}
	switch {
	case c == t.text:
		switch {
		case t.textMerged.contains(r.num - 1):
		case num != "" && (!t.dotted || isWholeNumber(num)):
		case t.num >= 0 && t.numbered:
		case t.theme < 0 && len(strings.Fields(v)) <= 4:
		default:
			return "", false
		}
		return title, true
	case c == t.num || c == t.theme || t.h.fieldAt(c) == FieldNone:
		return title, true
	}
	return "", false
}

// repeatsHeader reports whether r, whose text cell reads text (tidied),
// repeats the header (as printed on every page of a long table).
func (t *tableReader) repeatsHeader(r gridRow, text string) bool {
	if t.text < 0 || text != tidyText(t.h.top(t.text)) {
		return false
	}
	same := 0
	for c := range r.cells {
		if v := tidyText(r.cells[c]); v != "" && v == tidyText(t.h.top(c)) {
			same++
		}
	}
	return same >= 2
}

// dueOf reads the deadline from the due column (an Excel date serial is
// converted and shown as d-m-yyyy) or else from a planning block of year
// columns marked per agreement.
func (t *tableReader) dueOf(r gridRow) (string, string) {
	raw := strings.TrimSpace(r.cell(t.due))
	if raw != "" {
		if v, err := strconv.ParseFloat(raw, 64); err == nil && v >= 20000 && v <= 80000 {
			if d, ok := due.FromSerial(v, t.g.date1904); ok {
				tm, _ := time.Parse("2006-01-02", d)
				return d, tm.Format("2-1-2006")
			}
		}
		return due.Parse(raw), tidyText(raw)
	}
	var marks []due.YearMark
	for _, y := range t.h.years {
		if v := tidyText(r.cell(y.col)); v != "" {
			marks = append(marks, due.YearMark{Year: y.year, Value: v})
		}
	}
	if len(marks) == 0 {
		return "", ""
	}
	return due.FromYearMarks(marks)
}

// isWholeNumber reports whether s numbers a chapter rather than an
// agreement: "2", "2.", "II", "B".
func isWholeNumber(s string) bool {
	s = strings.TrimSuffix(strings.TrimSpace(s), ".")
	if s == "" {
		return false
	}
	if _, err := strconv.Atoi(s); err == nil {
		return true
	}
	if len(s) == 1 && s[0] >= 'A' && s[0] <= 'Z' {
		return true
	}
	return strings.Trim(strings.ToUpper(s), "IVX") == "" && len(s) <= 4
}

func hasLetter(s string) bool {
	for _, r := range s {
		if r > '9' || (r >= 'A' && r <= 'Z') || (r >= 'a' && r <= 'z') {
			return true
		}
	}
	return false
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}
