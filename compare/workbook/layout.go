package workbook

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// The fixed sheet names.
const (
	sheetSummary    = "Samenvatting"
	sheetAll        = "Alle afspraken"
	sheetMissing    = "Ontbrekend"
	sheetReport     = "Importverslag"
	sheetExplain    = "Toelichting"
	maxSheetNameLen = 31
)

// cell returns the A1 name of column col, row row (both 1-based).
func cell(col, row int) string {
	name, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		panic(err) // a bug: all coordinates are computed within Excel's bounds
	}
	return name
}

// colName returns the letters of column col (1-based).
func colName(col int) string {
	name, err := excelize.ColumnNumberToName(col)
	if err != nil {
		panic(err)
	}
	return name
}

// absRange is an absolute reference to a range on sheet, for charts:
// 'Sheet'!$A$1:$A$9.
func absRange(sheet string, col1, row1, col2, row2 int) string {
	return fmt.Sprintf("%s!$%s$%d:$%s$%d", quoteSheet(sheet), colName(col1), row1, colName(col2), row2)
}

// quoteSheet quotes a sheet name for a reference.
func quoteSheet(sheet string) string {
	return "'" + strings.ReplaceAll(sheet, "'", "''") + "'"
}

// yesNo is "ja" or "nee".
func yesNo(b bool) string {
	if b {
		return "ja"
	}
	return "nee"
}

// share is part/whole, or nil (an empty cell) when whole is 0.
func share(part, whole int) any {
	if whole == 0 {
		return nil
	}
	return float64(part) / float64(whole)
}

var dutchMonths = [...]string{"januari", "februari", "maart", "april", "mei", "juni", "juli",
	"augustus", "september", "oktober", "november", "december"}

// dutchDate formats t as "5 maart 2026, 14:05"; the zero time as "onbekend".
func dutchDate(t time.Time) string {
	if t.IsZero() {
		return "onbekend"
	}
	return fmt.Sprintf("%d %s %d, %02d:%02d", t.Day(), dutchMonths[t.Month()-1], t.Year(), t.Hour(), t.Minute())
}

// width is a column width that fits the header and most values: the
// longest line of the header (plus room for a filter button) or of the
// values, between lo and hi characters.
type width struct {
	lo, hi, w float64
	pad       float64 // added to the widest value
}

func newWidth(header string, lo, hi float64) *width {
	w := &width{lo: lo, hi: hi}
	for _, line := range strings.Split(header, "\n") {
		w.w = max(w.w, float64(utf8.RuneCountInString(line))+3)
	}
	return w
}

// see widens for a value (only its longest line counts).
func (w *width) see(s string) {
	if w.w >= w.hi || float64(len(s))+w.pad < w.w { // cheap reject: runes <= bytes
		return
	}
	for line := range strings.SplitSeq(s, "\n") {
		w.w = max(w.w, float64(utf8.RuneCountInString(line))+1+w.pad)
	}
}

func (w *width) get() float64 { return min(max(w.w, w.lo), w.hi) }

// printSetup makes a sheet print well: A4 landscape, fitted to pagesWide
// pages across (as many pages down as it takes), the given rows and
// columns repeated on every page ("$1:$1", "$A:$A"; empty for none) and a
// footer with the sheet name and page numbers. It must be called before a
// StreamWriter is opened on the sheet: the stream writes the sheet
// properties when it starts.
func printSetup(f *excelize.File, sheet string, pagesWide int, rows, cols string) error {
	a4, landscape := 9, "landscape"
	pagesWide, zero, yes := max(pagesWide, 1), 0, true
	layout := &excelize.PageLayoutOptions{Size: &a4, Orientation: &landscape, FitToWidth: &pagesWide, FitToHeight: &zero}
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &yes}); err != nil {
		return err
	}
	if err := f.SetPageLayout(sheet, layout); err != nil {
		return err
	}
	margin, edge := 0.5, 0.3
	if err := f.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{
		Left: &margin, Right: &margin, Top: &margin, Bottom: &margin, Header: &edge, Footer: &edge,
	}); err != nil {
		return err
	}
	if err := f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{
		OddFooter: "&L&8&A&R&8Pagina &P van &N",
	}); err != nil {
		return err
	}
	var refs []string
	q := quoteSheet(sheet)
	if cols != "" {
		refs = append(refs, q+"!"+cols)
	}
	if rows != "" {
		refs = append(refs, q+"!"+rows)
	}
	if len(refs) == 0 {
		return nil
	}
	return f.SetDefinedName(&excelize.DefinedName{
		Name: "_xlnm.Print_Titles", RefersTo: strings.Join(refs, ","), Scope: sheet,
	})
}

// themeSheetName turns a theme label into a valid sheet name that differs
// (case-insensitively, as Excel compares) from the names in used: the
// characters Excel forbids replaced, at most 31 characters, no leading or
// trailing apostrophe, and a number added on a clash.
func themeSheetName(label string, used map[string]bool) string {
	name := strings.Map(func(r rune) rune {
		switch r {
		case '[', ']', ':', '*', '?', '/', '\\':
			return '-'
		}
		if r < ' ' {
			return ' '
		}
		return r
	}, label)
	name = strings.Join(strings.Fields(name), " ")
	name = strings.Trim(name, "'")
	if name == "" || strings.EqualFold(name, "History") {
		name = strings.TrimSpace("Thema " + name)
	}
	base := truncRunes(name, maxSheetNameLen)
	name = base
	for i := 2; used[strings.ToLower(name)]; i++ {
		suffix := fmt.Sprintf(" (%d)", i)
		name = strings.TrimRight(truncRunes(base, maxSheetNameLen-len(suffix)), " '") + suffix
	}
	used[strings.ToLower(name)] = true
	return name
}

// truncRunes cuts s to at most n runes.
func truncRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for k := range s {
		if i == n {
			return s[:k]
		}
		i++
	}
	return s
}

// Row heights. Neither Excel nor LibreOffice reliably grows a row for
// wrapped text when it opens a file, so rows with wrapped text get an
// explicit height estimated from the text and the column width.
const (
	lineHeight   = 15.0  // points per line of 11 pt Calibri
	maxRowHeight = 409.0 // Excel's limit
	// charsPerUnit is how many characters of running Dutch text a column
	// width unit holds, kept below Calibri's ~1.35 so that wider letters
	// and other fonts do not clip the last line.
	charsPerUnit = 1.2
)

// wrappedLines estimates the lines s takes wrapped in a column of width w:
// paragraph by paragraph (split at line feeds), word by word (split at
// white space), a word longer than a line broken over lines. One pass over
// the bytes: it runs for every wrapped cell of the big sheets.
func wrappedLines(s string, w float64) int {
	per := max(int(w*charsPerUnit)-1, 1)
	lines, n, k := 1, 0, 0 // lines so far, runes on the current line, runes of the current word
	word := func() {
		if k == 0 {
			return
		}
		switch {
		case n == 0:
			n = k
		case n+1+k <= per:
			n += 1 + k
		default:
			lines++
			n = k
		}
		for n > per {
			lines++
			n -= per
		}
		k = 0
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == '\n':
				word()
				lines++
				n = 0
			case c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f':
				word()
			default:
				k++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if unicode.IsSpace(r) {
			word()
		} else {
			k++
		}
	}
	word()
	return lines
}

// heightFor is the row height for a row whose tallest cell takes lines
// lines; 0 (the default height) for one line.
func heightFor(lines int) float64 {
	if lines <= 1 {
		return 0
	}
	return min(float64(lines)*lineHeight+2, maxRowHeight)
}

// setUsedRange records a sheet's used range, A1 to column cols of row
// rows, in its <dimension>. Excel and LibreOffice work it out again, but
// readers that stream a sheet trust it (openpyxl's read-only mode reads
// nothing past it), and excelize writes "A1" unless told. A streamed
// sheet needs it before its StreamWriter is made: the stream writes the
// sheet's head first.
func setUsedRange(f *excelize.File, sheet string, cols, rows int) error {
	return f.SetSheetDimension(sheet, "A1:"+cell(max(cols, 1), max(rows, 1)))
}
