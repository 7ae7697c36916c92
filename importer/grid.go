package importer

import (
	"strconv"
	"strings"
)

// grid is one sheet's cells as read, before any interpretation: the common
// ground of the xlsx and csv readers, so that finding the table works the
// same on both.
type grid struct {
	// sheet is the sheet name ("" for CSV).
	sheet string
	// rows in sheet order; row numbers are 1-based and may skip (excelize
	// omits nothing inside the data, but trailing empty rows are absent).
	rows []gridRow
	// merges are the merged ranges, 0-based inclusive.
	merges []mergeRange
	// date1904 is the workbook's date system (xlsx only).
	date1904 bool
	// pendingFrom is the first of the empty rows read since the last
	// filled one (0 for none): they are kept only when a filled row
	// follows (see add).
	pendingFrom int
}

// add appends the row numbered num (1-based, ascending) as read, holding
// it against the file's limits: blank cells at its end dropped, each cell
// cut to maxCellChars, the rows, cells and text counted. Empty rows are kept back until a filled row
// follows, so the empty rows a sheet may carry below its table cost
// nothing and do not count.
func (g *grid) add(num int, cells []string, lim *fileLimits) *FileError {
	last := len(cells) - 1
	for last >= 0 && strings.TrimSpace(cells[last]) == "" {
		last--
	}
	if last < 0 {
		if g.pendingFrom == 0 {
			g.pendingFrom = num
		}
		return nil
	}
	if cap(cells) > 2*(last+1)+8 {
		cells = append([]string(nil), cells[:last+1]...) // let a long row's array go
	} else {
		cells = cells[:last+1]
	}
	from := num
	if g.pendingFrom > 0 {
		from, g.pendingFrom = g.pendingFrom, 0
	}
	if lim.rows+num-from+1 > maxFileRows {
		return newFileErrorf(lim.path, ErrTooLarge, nil, "bestand geweigerd: meer dan %s rijen, de grens per bestand (%s is er voorbij); "+
			"een lijst met afspraken is veel korter. Is dit het goede bestand? Verwijder anders wat onder de tabel staat of verdeel de afspraken over meer bestanden",
			thousands(maxFileRows), rowPlace(g.sheet, num))
	}
	for n := from; n < num; n++ {
		g.rows = append(g.rows, gridRow{num: n})
	}
	lim.rows += num - from + 1
	if lim.cells += len(cells); lim.cells > maxFileCells {
		return newFileErrorf(lim.path, ErrTooLarge, nil, "bestand geweigerd: meer dan %s cellen (rijen maal kolommen tot de laatste gevulde cel), "+
			"de grens per bestand (bereikt in %s); een lijst met afspraken is veel kleiner. Is dit het goede bestand?", thousands(maxFileCells), rowPlace(g.sheet, num))
	}
	for i, c := range cells {
		cells[i] = lim.capCell(c, g.sheet, num, i)
		lim.text += int64(len(cells[i]))
	}
	if lim.text > maxFileText {
		return tooMuchText(lim.path, rowPlace(g.sheet, num))
	}
	g.rows = append(g.rows, gridRow{num: num, cells: cells})
	return nil
}

// gridRow is one row: its sheet row number and its cells (ragged: trailing
// empty cells may be missing).
type gridRow struct {
	num   int
	cells []string
}

// mergeRange is a merged block of cells, 0-based, inclusive.
type mergeRange struct {
	r0, c0, r1, c1 int
}

// cell returns the cell at column c, or "" beyond the row's end.
func (r gridRow) cell(c int) string {
	if c < 0 || c >= len(r.cells) {
		return ""
	}
	return r.cells[c]
}

// filled returns the indexes of the non-blank cells.
func (r gridRow) filled() []int {
	var out []int
	for i, v := range r.cells {
		if strings.TrimSpace(v) != "" {
			out = append(out, i)
		}
	}
	return out
}

// columnName gives the spreadsheet letter(s) for a 0-based column: 0 → "A",
// 27 → "AB".
func columnName(c int) string {
	name := ""
	for c >= 0 {
		name = string(rune('A'+c%26)) + name
		c = c/26 - 1
	}
	return name
}

// tidyNumber turns the raw value of a numeric cell that Excel stored with
// binary noise ("2.2999999999999998") into what Excel shows ("2.3"). Other
// values are returned unchanged.
func tidyNumber(s string) string {
	dot := strings.IndexByte(s, '.')
	if dot < 0 || len(s)-dot < 12 {
		return s
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return s
	}
	return strconv.FormatFloat(f, 'g', 15, 64)
}

// trimTrailing drops the empty rows after the last filled one: spreadsheet
// programs keep formatted but empty rows, which are not part of any table.
func (g *grid) trimTrailing() {
	n := len(g.rows)
	for n > 0 && len(g.rows[n-1].filled()) == 0 {
		n--
	}
	g.rows = g.rows[:n]
}
