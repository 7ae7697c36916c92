package importer

import (
	"fmt"
	"path/filepath"
	"unicode/utf8"

	"pakompas/importer/model"
)

// The limits of one import. Each protects memory and time against a wrong
// or hostile file; a real agreement file stays far below every one of them
// (the national corpus: 342 files of about 150 rows). README, "Limits",
// lists them with the message the adviser gets.
const (
	// maxFileSize is the largest file read at all, in bytes on disk.
	maxFileSize = 256 << 20
	// maxUnzipped is the most a workbook may unpack to in total; a
	// workbook file (zip) larger than this is refused as well.
	maxUnzipped = 128 << 20
	// bombRatio is the unpacked-to-packed ratio above which a workbook
	// over maxUnzipped is called a possible zip bomb (real workbooks
	// compress 3 to 30 times).
	bombRatio = 100
	// maxFileRows is the most rows one file may hold, all sheets together,
	// counted up to the last filled row of each sheet.
	maxFileRows = 100_000
	// maxColumns is Excel's own column limit (XFD); a CSV row with more
	// cells is refused.
	maxColumns = 16_384
	// maxFileCells is the most cells one file may hold, each row counted
	// up to its last filled cell: a value in column XFD makes a row of
	// 16,384 cells, and 100,000 such rows would take 26 GB.
	maxFileCells = 4_000_000
	// maxFileMerges is the most merged blocks an OpenDocument spreadsheet
	// may hold, every copy of a repeated row counted (an xlsx workbook's
	// merges are bounded by its size instead; the largest seen, issue 11,
	// held 450,000).
	maxFileMerges = 1_000_000
	// maxCellChars is Excel's own limit on the characters in a cell;
	// longer cells are cut, with a warning.
	maxCellChars = 32_767
	// maxFileText is the most cell text one file may hold, in bytes of
	// UTF-8 (a shared string counts each time a cell uses it).
	maxFileText = 64 << 20
	// maxImportText is the most agreement text one import may hold, all
	// files together, in bytes of UTF-8 (every text field of every
	// agreement). The analysis of an agreement takes about 12 times its
	// text in memory, so this bounds the whole run (import, analysis,
	// export) to about 1 GB whatever the number of files; the national
	// corpus holds about 10 MB.
	maxImportText = 64 << 20
	// maxGemeenten is the most distinct gemeenten one import may name
	// (the Netherlands has 342); a file that would pass it is refused.
	maxGemeenten = 1_000
	// headBytes is how much of a file is read to tell its format; a zip
	// or OLE file's directory is read besides, never the whole file.
	headBytes = 4 << 10
	// sniffBytes is how much of a CSV file's text the separator is
	// sniffed from (the file is streamed; this is its read buffer).
	sniffBytes = 64 << 10
	// readBudget bounds the bytes of input being read at once by all
	// workers together (see budget); a larger file is read alone.
	readBudget = 256 << 20
)

// fileLimits counts what one file has yielded against the limits, and
// collects the cells that were cut.
type fileLimits struct {
	path string
	// rows, cells and text are the rows, cells and cell bytes kept so far.
	rows, cells int
	text        int64
	// cut is the number of cells cut to maxCellChars, firstCut where the
	// first one was ("blad 'X' cel C12").
	cut      int
	firstCut string
}

// capCell returns s cut to maxCellChars characters, noting where.
func (l *fileLimits) capCell(s, sheet string, row, col int) string {
	if len(s) <= maxCellChars || utf8.RuneCountInString(s) <= maxCellChars {
		return s
	}
	l.noteCut(sheet, row, col)
	n := 0
	for i := range s {
		if n == maxCellChars {
			return s[:i]
		}
		n++
	}
	return s
}

// noteCut records a cell that was cut.
func (l *fileLimits) noteCut(sheet string, row, col int) {
	if l.cut == 0 {
		l.firstCut = cellPlace(sheet, row, col)
	}
	l.cut++
}

// warnings returns the report lines for the limits that cut something.
func (l *fileLimits) warnings() []string {
	if l.cut == 0 {
		return nil
	}
	return []string{fmt.Sprintf("%s: %s langer dan %s tekens (de grens van Excel) afgekapt, de eerste in %s; de rest van die tekst is niet ingelezen",
		baseName(l.path), plural(l.cut, "cel", "cellen"), thousands(maxCellChars), l.firstCut)}
}

// tooMuchText is the error for a file past maxFileText, reached at where.
func tooMuchText(path, where string) *FileError {
	return newFileErrorf(path, ErrTooLarge, nil, "bestand geweigerd: de cellen bevatten samen meer dan %s tekst, de grens per bestand (bereikt in %s); "+
		"een lijst met afspraken is veel kleiner. Is dit het goede bestand?", megabytes(maxFileText), where)
}

// cellPlace names a cell for a message: "blad 'X' cel C12", or "cel C12"
// in a CSV file (row is 1-based, col 0-based).
func cellPlace(sheet string, row, col int) string {
	ref := fmt.Sprintf("cel %s%d", columnName(col), row)
	if sheet == "" {
		return ref
	}
	return fmt.Sprintf("blad '%s' %s", sheet, ref)
}

// rowPlace names a row for a message: "blad 'X' rij 12", or "rij 12".
func rowPlace(sheet string, row int) string {
	if sheet == "" {
		return fmt.Sprintf("rij %d", row)
	}
	return fmt.Sprintf("blad '%s' rij %d", sheet, row)
}

// baseName is the file name without its folder, as warnings name a file.
func baseName(path string) string { return filepath.Base(path) }

// plural gives "1 cel" or "3 cellen".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return thousands(n) + " " + many
}

// thousands formats n the Dutch way: 100000 → "100.000".
func thousands(n int) string { return model.Thousands(n) }

// megabytes formats a size in whole MB (2^20 bytes), rounded up.
func megabytes(n int64) string {
	return thousands(int((n+1<<20-1)>>20)) + " MB"
}
