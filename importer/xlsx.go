package importer

import (
	"archive/zip"
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"
)

// maxUnzippedXML is the size above which excelize spills a part to a
// temporary file instead of memory (not a limit: see limits.go).
const maxUnzippedXML = 16 << 20

// sheetIn is one sheet of a workbook as read: its grid, or why it was not
// read.
type sheetIn struct {
	name   string
	hidden bool
	grid   *grid
	// titles are texts that stand above the sheet's table outside it
	// (a Word document's paragraphs before a table), read like title rows
	// for the gemeente.
	titles []string
	// theme is the heading above a Word table, taken as its theme as a
	// sheet's name is (sheetTheme).
	theme string
	// noTable is the report's reason when no table is found on it (""
	// for the spreadsheet's).
	noTable string
}

// readXLSX reads every sheet of an xlsx workbook held in data (decrypted
// already, see decryptXLSX), holding the rows against the file's limits.
// Hidden sheets are listed but not read. The fast reader reads it (see
// readXLSXFast); where that cannot, excelize does, and note says so and
// why, for the import report's format line.
func readXLSX(path string, data []byte, opts Options, lim *fileLimits) (sheets []sheetIn, warnings []string, note string, fe *FileError) {
	if opts.reader != readerExcelize {
		var why string
		if sheets, warnings, fe, why = readXLSXFast(path, data, lim); why == "" {
			return sheets, warnings, "", fe
		}
		*lim = fileLimits{path: path} // the rows read so far do not count
		note = fallbackNote(why)
	}
	sheets, warnings, fe = readXLSXExcelize(path, data, opts, lim)
	if fe != nil && fe.Kind == ErrCorrupt && utf16Package(data) {
		fe = newFileErrorf(path, ErrUnsupported, nil, "Excel-bestand met onderdelen in UTF-16 (zo schreef Excel voor "+
			"Windows Phone het): pakompas leest dat niet; open het in Excel of LibreOffice en sla het opnieuw op als .xlsx")
	}
	return sheets, warnings, note, fe
}

// utf16Package reports whether the package's content types part is XML
// in UTF-16 (it starts with a byte order mark). Excel opens such a
// package; excelize and the fast reader read UTF-8 only, so without this
// the file would be called damaged.
func utf16Package(data []byte) bool {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return false
	}
	for _, f := range zr.File {
		if !strings.EqualFold(f.Name, "[Content_Types].xml") {
			continue
		}
		r, err := f.Open()
		if err != nil {
			return false
		}
		defer r.Close()
		var bom [2]byte
		if _, err := io.ReadFull(r, bom[:]); err != nil {
			return false
		}
		return bom == [2]byte{0xFF, 0xFE} || bom == [2]byte{0xFE, 0xFF}
	}
	return false
}

// fallbackNote is the report's note for a file excelize read because the
// fast reader could not, saying why.
func fallbackNote(why string) string {
	return "gelezen met excelize (terugval: " + why + ")"
}

// readXLSXExcelize is readXLSX with excelize: the way every workbook was
// read before the fast reader, and its fallback.
func readXLSXExcelize(path string, data []byte, opts Options, lim *fileLimits) ([]sheetIn, []string, *FileError) {
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit:    maxUnzipped,
		UnzipXMLSizeLimit: opts.inMemoryXML(),
	})
	if err != nil {
		return nil, nil, classifyOpenError(path, err, false)
	}
	defer f.Close()

	var warnings []string
	date1904 := false
	if props, err := f.GetWorkbookProps(); err == nil && props.Date1904 != nil {
		date1904 = *props.Date1904
	}
	merges := newMergeReader(f, data)
	if _, err := merges.sharedStrings(); err != nil {
		return nil, nil, newFileErrorf(path, ErrCorrupt, err, "beschadigd Excel-bestand: %s (afgebroken download of kopie?); daarom is het bestand niet ingelezen", dutchCause(err))
	}
	var out []sheetIn
	for _, s := range f.WorkBook.Sheets.Sheet {
		in := sheetIn{name: s.Name, hidden: s.State == "hidden" || s.State == "veryHidden"}
		if in.hidden {
			out = append(out, in)
			continue
		}
		g, fe := readSheet(path, f, s.Name, lim)
		if fe != nil {
			return nil, nil, fe
		}
		g.date1904 = date1904
		sc, err := merges.sheet(s.Name)
		w, fe := finishSheet(path, g, sc, err)
		if fe != nil {
			return nil, nil, fe
		}
		warnings = append(warnings, w...)
		in.grid = g
		out = append(out, in)
	}
	return out, warnings, nil
}

// finishSheet completes a sheet's grid as read from what one scan of its
// XML found (scanSheet; err says why it could not be scanned at all): its
// merges, the cells whose shared-string index is broken emptied, and the
// file refused when the rows break off or too many indexes are broken.
// It returns the sheet's warnings.
func finishSheet(path string, g *grid, sc sheetScan, err error) ([]string, *FileError) {
	var warnings []string
	if err = cmp.Or(err, sc.mergeErr); err != nil {
		warnings = append(warnings, mergeWarning(path, g.sheet, err))
	}
	if sc.badCount > maxBadStrings {
		return nil, newFileErrorf(path, ErrCorrupt, nil, "beschadigd Excel-bestand: in blad '%s' verwijzen %s naar gedeelde teksten die niet bestaan "+
			"(de eerste: %s); daarom is het bestand niet ingelezen", g.sheet, plural(sc.badCount, "cel", "cellen"), cellPlace("", sc.badStrings[0].row, sc.badStrings[0].col))
	}
	if sc.cutOff {
		return nil, newFileErrorf(path, ErrCorrupt, nil, "beschadigd Excel-bestand: blad '%s' houdt midden in de gegevens op, in rij %d "+
			"(afgebroken download of kopie?); de rijen daarna ontbreken, daarom is het bestand niet ingelezen", g.sheet, sc.lastRow)
	}
	g.merges = sc.merges
	if w := blankBadStrings(path, g, sc); w != "" {
		warnings = append(warnings, w)
	}
	return warnings, nil
}

// blankBadStrings empties the cells whose shared-string index is broken
// (excelize read "abc" as string 0, and an index out of range as empty)
// and returns the warning naming them, or "". There are at most
// maxBadStrings of them (more refuse the file).
func blankBadStrings(path string, g *grid, sc sheetScan) string {
	if sc.badCount == 0 {
		return ""
	}
	for _, b := range sc.badStrings {
		i, ok := slices.BinarySearchFunc(g.rows, b.row, func(r gridRow, n int) int { return cmp.Compare(r.num, n) })
		if ok && b.col >= 0 && b.col < len(g.rows[i].cells) {
			g.rows[i].cells[b.col] = ""
		}
	}
	first := sc.badStrings[0]
	return fmt.Sprintf("%s: %s van blad '%s' %s naar een gedeelde tekst die niet bestaat (de eerste: %s, '%s') en %s leeg gelaten; "+
		"het bestand is beschadigd: controleer %s in Excel",
		baseName(path), plural(sc.badCount, "cel", "cellen"), g.sheet, pick(sc.badCount, "verwijst", "verwijzen"),
		cellPlace("", first.row, first.col), first.index, pick(sc.badCount, "is", "zijn"), pick(sc.badCount, "die cel", "die cellen"))
}

// pick returns one for n == 1, else many.
func pick(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// decryptXLSX decrypts a password-protected workbook or Word document
// (the encryption is the same) into its package, which is then sniffed
// like any package (so a zip bomb inside the encryption is refused as
// well); it returns the package and its format.
func decryptXLSX(path string, data []byte, password string) ([]byte, format, *FileError) {
	pkg, err := excelize.Decrypt(data, &excelize.Options{Password: password})
	if err != nil {
		return nil, formatUnknown, classifyOpenError(path, err, true)
	}
	if !bytes.HasPrefix(pkg, magicZip) {
		return nil, formatUnknown, newFileError(path, ErrPassword, nil) // a wrong password decrypts to noise
	}
	f, _, fe := sniffZip(path, bytes.NewReader(pkg), int64(len(pkg)))
	if fe == nil && f != formatXLSX && f != formatDOCX {
		fe = newFileError(path, ErrNotSheet, nil) // Office encrypts only its own packages this way
	}
	if fe != nil {
		return nil, formatUnknown, fe
	}
	return pkg, f, nil
}

// readSheet reads one sheet with the streaming row iterator, raw cell values
// (no number formatting: dates stay serial numbers, converted where a
// column means a date).
func readSheet(path string, f *excelize.File, name string, lim *fileLimits) (*grid, *FileError) {
	rows, err := f.Rows(name)
	if err != nil {
		return nil, sheetError(path, err)
	}
	defer rows.Close()
	g := &grid{sheet: name}
	n := 0
	raw := excelize.Options{RawCellValue: true}
	for rows.Next() {
		n++
		cols, err := rows.Columns(raw)
		if err != nil {
			return nil, sheetError(path, err)
		}
		for i, c := range cols {
			cols[i] = tidyNumber(c)
		}
		if fe := g.add(n, cols, lim); fe != nil {
			return nil, fe
		}
	}
	if err := rows.Error(); err != nil {
		return nil, sheetError(path, err)
	}
	g.trimTrailing()
	return g, nil
}

// sheetError is the file's error for a sheet excelize could not read.
func sheetError(path string, err error) *FileError {
	if strings.Contains(err.Error(), "exceeds the") {
		return newFileError(path, ErrTooLarge, err)
	}
	return newFileError(path, ErrCorrupt, err)
}

// classifyOpenError turns excelize's open errors into what the adviser
// needs to know. The OLE and zip cases were sniffed before excelize saw the
// file, so what is left is a password problem or a damaged package.
func classifyOpenError(path string, err error, withPassword bool) *FileError {
	switch {
	case errors.Is(err, excelize.ErrWorkbookPassword):
		return newFileError(path, ErrPassword, err)
	case strings.Contains(err.Error(), "exceeds the"):
		return newFileError(path, ErrTooLarge, err)
	case errors.Is(err, excelize.ErrWorkbookFileFormat):
		if withPassword {
			return newFileError(path, ErrPassword, err)
		}
		return newFileError(path, ErrUnsupported, err)
	}
	return newFileError(path, ErrCorrupt, err)
}
