package importer

import (
	"bytes"
	"errors"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Limits that protect an import against zip bombs and runaway sheets. A
// real agreement workbook is well under a megabyte unpacked.
const (
	// maxUnzipped is the most a workbook may unpack to in total.
	maxUnzipped = 128 << 20
	// maxUnzippedXML is the size above which excelize spills a part to a
	// temporary file instead of memory.
	maxUnzippedXML = 16 << 20
	// maxSheetRows caps the rows read from one sheet.
	maxSheetRows = 200_000
)

// sheetIn is one sheet of a workbook as read: its grid, or why it was not
// read.
type sheetIn struct {
	name   string
	hidden bool
	grid   *grid
}

// readXLSX reads every sheet of an xlsx workbook held in data. Hidden
// sheets are listed but not read.
func readXLSX(path string, data []byte, opts Options) ([]sheetIn, []string, error) {
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		Password:          opts.Password,
		UnzipSizeLimit:    maxUnzipped,
		UnzipXMLSizeLimit: opts.inMemoryXML(),
	})
	if err != nil {
		return nil, nil, classifyOpenError(path, err, opts.Password != "")
	}
	defer f.Close()

	var warnings []string
	date1904 := false
	if props, err := f.GetWorkbookProps(); err == nil && props.Date1904 != nil {
		date1904 = *props.Date1904
	}
	merges := newMergeReader(f, data)
	var out []sheetIn
	for _, s := range f.WorkBook.Sheets.Sheet {
		in := sheetIn{name: s.Name, hidden: s.State == "hidden" || s.State == "veryHidden"}
		if in.hidden {
			out = append(out, in)
			continue
		}
		g, truncated, err := readSheet(f, s.Name)
		if err != nil {
			if strings.Contains(err.Error(), "exceeds the") {
				return nil, nil, newFileError(path, ErrTooLarge, err)
			}
			return nil, nil, newFileError(path, ErrCorrupt, err)
		}
		if truncated {
			warnings = append(warnings, "blad '"+s.Name+"' heeft meer dan 200.000 rijen; de rest is niet gelezen")
		}
		g.date1904 = date1904
		if g.merges, err = merges.sheet(s.Name); err != nil {
			warnings = append(warnings, mergeWarning(path, s.Name, err))
		}
		in.grid = g
		out = append(out, in)
	}
	return out, warnings, nil
}

// readSheet reads one sheet with the streaming row iterator, raw cell values
// (no number formatting: dates stay serial numbers, converted where a
// column means a date).
func readSheet(f *excelize.File, name string) (*grid, bool, error) {
	rows, err := f.Rows(name)
	if err != nil {
		return nil, false, err
	}
	defer rows.Close()
	g := &grid{sheet: name}
	n := 0
	raw := excelize.Options{RawCellValue: true}
	for rows.Next() {
		n++
		if n > maxSheetRows {
			return g, true, nil
		}
		cols, err := rows.Columns(raw)
		if err != nil {
			return nil, false, err
		}
		for i, c := range cols {
			cols[i] = tidyNumber(c)
		}
		g.rows = append(g.rows, gridRow{num: n, cells: cols})
	}
	g.trimTrailing()
	return g, false, rows.Error()
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
