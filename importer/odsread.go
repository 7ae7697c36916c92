package importer

import (
	"archive/zip"
	"bytes"
	"errors"
	"strings"
	"unicode"

	"pakompas/importer/docx"
	"pakompas/importer/ods"
)

// readODS reads every sheet of an OpenDocument spreadsheet held in data
// into grids, as readXLSX does for a workbook: hidden sheets listed but
// not read, every row held against the file's limits, numbers and dates as
// the raw values of an xlsx cell (ods.Read), so that finding the table
// goes the same way on both. An OpenDocument text (Writer, .odt) gives its
// tables as sheets "tabel 1", "tabel 2", … as a Word document does
// (ods.ReadText), and returns itself as text, for its numbered
// paragraphs when no table holds agreements (odtText.document).
func readODS(path string, data []byte, lim *fileLimits) (sheets []sheetIn, text *odtText, fe *FileError) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, nil, newFileError(path, ErrCorrupt, err)
	}
	content, isText, err := ods.Open(zr, maxUnzipped)
	if isText {
		text = &odtText{path: path, zr: zr, content: content, lim: lim}
	}
	if err != nil {
		return nil, text, odsError(path, isText, err)
	}
	read := ods.Read
	if isText {
		read = ods.ReadText
	}
	h := &odsSheets{lim: lim, text: isText}
	err = read(content, h, ods.Limits{MaxCellBytes: 4 * (maxCellChars + 1), MaxText: maxFileText})
	if h.fe != nil {
		return nil, text, h.fe
	}
	if err != nil {
		return nil, text, odsError(path, isText, err)
	}
	for _, s := range h.sheets {
		if s.grid != nil {
			s.grid.trimTrailing()
		}
	}
	return h.sheets, text, nil
}

// odtText is an OpenDocument text whose tables were read: its numbered
// paragraphs are read (document) only when no table holds agreements, so
// that a text with an agreement table does not pay for its styles.
type odtText struct {
	path    string
	zr      *zip.Reader
	content []byte
	lim     *fileLimits
}

// document reads the text's paragraphs outside its tables (ods.ReadParagraphs,
// with the list styles of styles.xml) into the paragraph model of a Word
// document, so that readParagraphs finds the agreements in both alike:
// each paragraph with text gets its 1-based Index among them, as
// docx.Read counts, and counts as a row against the file's limits (with
// the table rows read before, as in a Word document).
func (t *odtText) document() (*docx.Document, *FileError) {
	styles, err := ods.Styles(t.zr, maxUnzipped)
	if err != nil {
		return nil, odsError(t.path, true, err)
	}
	h := &odtParas{lim: t.lim}
	// A paragraph is no cell: it is read whole, as docx.Read reads a
	// Word paragraph, and bounded by the file's text limit only.
	err = ods.ReadParagraphs(t.content, styles, h, ods.Limits{MaxCellBytes: maxFileText, MaxText: maxFileText})
	if h.fe != nil {
		return nil, h.fe
	}
	if err != nil {
		return nil, odsError(t.path, true, err)
	}
	return &h.doc, nil
}

// odtParas collects what ods.ReadParagraphs hands out as a Word
// document's paragraphs.
type odtParas struct {
	lim *fileLimits
	doc docx.Document
	fe  *FileError
}

// Para keeps a paragraph with text, numbered as docx.Read numbers its
// paragraphs.
func (o *odtParas) Para(p ods.Paragraph) error {
	if strings.TrimFunc(p.Text, unicode.IsSpace) == "" {
		return nil
	}
	if o.lim.rows++; o.lim.rows > maxFileRows {
		o.fe = newFileErrorf(o.lim.path, ErrTooLarge, nil, "bestand geweigerd: het OpenDocument-tekstdocument bevat meer tabelrijen en alinea's dan de grens van %s per bestand; "+
			"een document met afspraken is veel kleiner. Is dit het goede bestand?", thousands(maxFileRows))
		return errStop
	}
	p.Index = len(o.doc.Blocks) + 1
	o.doc.Blocks = append(o.doc.Blocks, docx.Block{Para: &p})
	return nil
}

// odsSheets collects what ods.Read hands out into the sheets' grids.
type odsSheets struct {
	lim    *fileLimits
	sheets []sheetIn
	// cur is the grid of the sheet being read, prev its last row.
	cur  *grid
	prev int
	// merges counts the merges of the file.
	merges int
	// fe is the limit a row or merge ran into.
	fe *FileError
	// text is set for an OpenDocument text; above is what its paragraphs
	// since the last table say (Para).
	text  bool
	above textTitles
}

// errStop stops ods.Read at a limit the handler ran into (held in fe).
var errStop = errors.New("grens bereikt")

// Para keeps the paragraphs of a text document before a table as its
// title rows, and a heading (text:h) as its theme, as readDOCX does.
func (o *odsSheets) Para(p ods.Paragraph) error {
	o.above.para(p.Text, p.Heading > 0)
	return nil
}

// Sheet starts a sheet's grid; a hidden sheet is only listed.
func (o *odsSheets) Sheet(s ods.Sheet) (bool, error) {
	in := sheetIn{name: s.Name, hidden: s.Hidden}
	if o.text {
		in = o.above.sheet(s.Name)
	}
	o.sheets = append(o.sheets, in)
	if s.Hidden {
		o.cur = nil
		return false, nil
	}
	o.cur, o.prev = &grid{sheet: s.Name}, 0
	o.sheets[len(o.sheets)-1].grid = o.cur
	return true, nil
}

// Row adds a row to the grid as the xlsx reader does: the empty rows
// before it kept back (see grid.add), numbers tidied.
func (o *odsSheets) Row(num int, cells []string) error {
	if num > o.prev+1 {
		if fe := o.cur.add(o.prev+1, nil, o.lim); fe != nil {
			o.fe = fe
			return errStop
		}
	}
	for i, c := range cells {
		cells[i] = tidyNumber(c)
	}
	if fe := o.cur.add(num, cells, o.lim); fe != nil {
		o.fe = fe
		return errStop
	}
	o.prev = num
	return nil
}

// Merge adds a merged block to the grid, up to maxFileMerges in the file.
func (o *odsSheets) Merge(m ods.Merge) error {
	if o.merges++; o.merges > maxFileMerges {
		o.fe = newFileErrorf(o.lim.path, ErrTooLarge, nil, "bestand geweigerd: meer dan %s samengevoegde cellen, de grens per bestand (bereikt in %s); "+
			"een lijst met afspraken heeft er veel minder. Is dit het goede bestand?", thousands(maxFileMerges), rowPlace(o.cur.sheet, m.Row0+1))
		return errStop
	}
	o.cur.merges = append(o.cur.merges, mergeRange{r0: m.Row0, c0: m.Col0, r1: m.Row1, c1: m.Col1})
	return nil
}

// odsError is the file's error for what ods.Open or ods.Read refused;
// text says that the file is an OpenDocument text.
func odsError(path string, text bool, err error) *FileError {
	noun, saveAs := "OpenDocument-rekenblad", ".xlsx"
	if text {
		noun, saveAs = "OpenDocument-tekstdocument", ".docx"
	}
	var e *ods.Error
	if !errors.As(err, &e) {
		return newFileErrorf(path, ErrCorrupt, err, "beschadigd %s: %s (afgebroken download of kopie?); daarom is het bestand niet ingelezen", noun, dutchCause(err))
	}
	switch e.Kind {
	case ods.TooLarge:
		return newFileErrorf(path, ErrTooLarge, err, "bestand geweigerd: %s; een lijst met afspraken is veel kleiner. Is dit het goede bestand?", e.Error())
	case ods.NotSpreadsheet:
		return newFileErrorf(path, ErrNotSheet, err, "geen spreadsheet: %s", e.Error())
	case ods.Encrypted:
		return newFileErrorf(path, ErrEncrypted, err, "het %s is met een wachtwoord beveiligd en pakompas kan het niet ontsleutelen: "+
			"sla het op zonder wachtwoord (of als %s en geef het wachtwoord mee met --password)", noun, saveAs)
	}
	return newFileErrorf(path, ErrCorrupt, err, "beschadigd %s: %s (afgebroken download of kopie?); daarom is het bestand niet ingelezen", noun, dutchCause(e))
}
