// Package ods reads the sheets of an OpenDocument spreadsheet (.ods, as
// LibreOffice, Excel and Google Sheets write it): sheet names, hidden
// sheets, the cells of each row with their row number, and merged
// (spanned) cells. It knows nothing of what the cells mean; the importer
// finds the table in them as it does in an xlsx workbook.
//
// Cell values come out as the raw values of an xlsx cell, so that the same
// workbook saved in either format reads the same: a number as its value
// (office:value), a date or time as its Excel serial number in the 1900
// date system, a boolean as "1" or "0", a string as its paragraphs joined
// by "\n".
//
// Repeated rows and columns (table:number-rows-repeated,
// number-columns-repeated) are expanded only where they hold a value or a
// merge: the block of a million empty rows LibreOffice writes below every
// table costs a counter. Everything else is bounded by Limits, the
// nesting depth and the size of content.xml.
//
// # Paragraphs of a text
//
// ReadText gives a text document's (.odt) tables as sheets; ReadParagraphs
// gives its paragraphs outside tables (Paragraph), each with its heading
// level, whether it is the title, and its list level and label as
// LibreOffice draws it, computed in one pass from the list styles of
// styles.xml (office:styles and automatic-styles) and content.xml
// (automatic-styles, which win):
//
//   - each text:list nesting is a level (the first 1); a nested list
//     without text:style-name takes its parent's style, a top-level list
//     without one (or with one the document does not define) is
//     bulleted, as in LibreOffice; a paragraph style's list style numbers
//     nothing;
//   - counters per level belong to a top-level list and the lists that
//     continue it: text:continue-list names one by xml:id,
//     text:continue-numbering="true" continues the last top-level list
//     when it has the same style; any other top-level list starts afresh;
//   - an item counts when its first child is a paragraph or heading; the
//     level then counts on (or starts at the level's text:start-value, or
//     at the item's) and the deeper levels start again; an item whose
//     first child is something else (a nested list) counts nothing, but
//     starts its level when it had not started; the later paragraphs of
//     an item, and those of a text:list-header, are in the list without a
//     label;
//   - a label is loext:num-list-format when given ("%1%.%2%"; a level
//     below the item's stays as written), else the prefix, the numbers of
//     text:display-levels levels joined by ".", and the suffix; numbers in
//     style:num-format 1, a, A (a … z, aa, ab …; with
//     style:num-letter-sync aa, bb …), i, I (a decimal past 3999), none,
//     and any other format as a decimal; a level a list style leaves out
//     is numbered "1.";
//   - a heading (text:h, or a text:p whose style has an outline level)
//     outside lists is numbered by text:outline-style, with counters of
//     its own, unless it is a list header (text:is-list-header) or its
//     level has no number; text:restart-numbering with text:start-value
//     restarts it.
//
// These rules were checked against LibreOffice 7.4's own text export of
// the test documents (ods/text_test.go). Tables of contents, indexes,
// tracked changes (deleted text), notes, annotations and text:number
// (a label written for readers that do not number) are left out.
//
// Bounds, for hostile input: lists nested deeper than ODF's ten levels
// are numbered as the tenth (the XML's nesting is held to 128); list
// levels outside 1–10 are passed over; counters and start values stop at
// 999,999,999; a label is cut at 256 bytes and counts, with the
// paragraph's text, against Limits.MaxText; a chain of paragraph styles
// is followed 16 deep; 10,000 lists are remembered by xml:id. The state
// is a stack of open lists and ten counters per list, so a pass stays
// linear in the size of content.xml and styles.xml.
package ods

import (
	"strconv"
)

// The largest sheet read: LibreOffice's own limits (16,384 columns; up to
// 16,777,216 rows with its large-sheet option). A value beyond them is
// refused; empty cells beyond them are ignored.
const (
	MaxColumns = 16_384
	MaxRows    = 1 << 24
)

// Sheet is one table of the spreadsheet.
type Sheet struct {
	Name string
	// Hidden is set for a sheet whose table style says table:display="false".
	Hidden bool
}

// Merge is a merged (spanned) block of cells, 0-based and inclusive.
type Merge struct {
	Row0, Col0, Row1, Col1 int
}

// Handler receives what Read finds, in document order. An error it
// returns stops Read, which returns that error.
type Handler interface {
	// Sheet starts a sheet; when it returns false the sheet's rows are
	// passed over (a hidden sheet that is only listed).
	Sheet(s Sheet) (bool, error)
	// Row gives a row that holds a value: its 1-based number and its
	// cells, 0-based, without trailing empty cells. The handler may keep
	// the slice. Rows without any value are not given.
	Row(num int, cells []string) error
	// Merge gives a merged block, once per copy of a repeated row.
	Merge(m Merge) error
}

// ParaHandler is a Handler that also takes the paragraphs of a text
// document outside its tables, in document order (ReadText), or the
// handler of ReadParagraphs. A list's items are paragraphs too.
type ParaHandler interface {
	Para(p Paragraph) error
}

// Limits bound what one Read produces besides the rows a handler counts.
// A zero field takes its value from DefaultLimits.
type Limits struct {
	// MaxCellBytes is the most text one cell is given; longer text is
	// cut to a length that still exceeds it, so the caller can see and
	// report the cut.
	MaxCellBytes int
	// MaxText is the most cell text Read builds, in bytes, all cells
	// together (a repeated cell counts once: its copies share it).
	MaxText int64
}

// DefaultLimits are the limits a zero Limits field stands for: Excel's
// 32,767 characters a cell (four bytes each at most) and 64 MB of text.
var DefaultLimits = Limits{MaxCellBytes: 4 * 32_768, MaxText: 64 << 20}

// reader is one Read.
type reader struct {
	s      *scanner
	h      Handler
	lim    Limits
	text   int64
	hidden map[string]bool
	// sheet and row say where the reader is, for errors.
	sheet string
	row   int
	// cell is the buffer a cell's text is built in.
	cell []byte
	// textDoc is set for a text document (ReadText); tables counts its
	// tables read so far.
	textDoc bool
	tables  int
	// txt is set by ReadParagraphs: the styles, lists and counters that
	// give each paragraph its heading level, title and list label.
	txt *textState
}

// Read reads content.xml (see Content) and hands every visible sheet's
// rows and merges to h.
func Read(content []byte, h Handler, lim Limits) error { return readDoc(content, h, lim, false, nil) }

// ReadText reads the content.xml of a text document (Writer, .odt; see
// Open) and hands each of its tables to h as a sheet named "tabel 1",
// "tabel 2", … in document order, wherever it stands among the blocks
// (in a section, a list); the paragraphs between them go to a
// ParaHandler with their text and, for a heading (text:h), its level
// only: styles and lists are not read (ReadParagraphs reads them). A
// table inside a table's cell is passed over, as anything in a cell that
// is no paragraph or list; so is one in a frame, which stands in a
// paragraph (its cells' text is read as the paragraph's). Tracked
// changes (the deleted text kept in text:tracked-changes) are passed
// over.
func ReadText(content []byte, h Handler, lim Limits) error {
	return readDoc(content, h, lim, true, nil)
}

// ReadParagraphs reads the paragraphs of a text document outside its
// tables (whose rows it passes over) and hands each to h, in document
// order, with its heading level, whether it is the title, and its place
// and label in a list, numbered from the list styles of styles (the
// package's styles.xml, nil when it has none) and of content.xml (see
// the package comment, "Paragraphs of a text"). Tables of contents and
// indexes, tracked changes, notes and annotations are passed over.
func ReadParagraphs(content, styles []byte, h ParaHandler, lim Limits) error {
	ts := newTextStyles()
	if err := ts.readStylesPart(styles); err != nil {
		if e, ok := err.(*Error); ok {
			e.Msg = "styles.xml: " + e.Msg
		}
		return err
	}
	return readDoc(content, parasOnly{h}, lim, true, &textState{styles: ts, ids: map[string]*counters{}})
}

// parasOnly is the Handler of ReadParagraphs: tables are passed over.
type parasOnly struct{ ParaHandler }

func (parasOnly) Sheet(Sheet) (bool, error) { return false, nil }
func (parasOnly) Row(int, []string) error   { return nil }
func (parasOnly) Merge(Merge) error         { return nil }

// readDoc is Read, or ReadText (ReadParagraphs with txt) with textDoc.
func readDoc(content []byte, h Handler, lim Limits, textDoc bool, txt *textState) error {
	if lim.MaxCellBytes <= 0 {
		lim.MaxCellBytes = DefaultLimits.MaxCellBytes
	}
	if lim.MaxText <= 0 {
		lim.MaxText = DefaultLimits.MaxText
	}
	r := &reader{s: newScanner(content), h: h, lim: lim, hidden: map[string]bool{}, textDoc: textDoc, txt: txt}
	err := r.document()
	if e, ok := err.(*Error); ok && e.Sheet == "" && r.sheet != "" {
		e.Sheet, e.Row = r.sheet, r.row
	}
	return err
}

// document reads the root element: the automatic styles (where hidden
// tables are declared) and the spreadsheet body.
func (r *reader) document() error {
	s := r.s
	tok, err := s.next()
	if err != nil {
		return err
	}
	if tok != tokStart || !s.is(nsOffice, "document-content") {
		return &Error{Kind: NotSpreadsheet, Msg: "content.xml is geen OpenDocument-inhoud"}
	}
	found := false
	err = s.children(func() error {
		switch {
		case s.is(nsOffice, "automatic-styles"):
			return r.styles()
		case s.is(nsOffice, "body"):
			return s.children(func() error {
				switch {
				case r.textDoc && s.is(nsOffice, "text"):
					found = true
					return r.textTables()
				case !r.textDoc && s.is(nsOffice, "spreadsheet"):
					found = true
					return r.spreadsheet()
				}
				return s.skip()
			}, nil)
		}
		return s.skip()
	}, nil)
	if err == nil && !found && r.textDoc {
		return &Error{Kind: NotSpreadsheet, Msg: "het document bevat geen tekst"}
	}
	if err == nil && !found {
		return &Error{Kind: NotSpreadsheet, Msg: "het document bevat geen rekenblad"}
	}
	return err
}

// styles notes the table styles that hide their table, and for
// ReadParagraphs the paragraph and list styles.
func (r *reader) styles() error {
	s := r.s
	return s.children(func() error {
		if !s.is(nsStyle, "style") || s.attr(nsStyle, "family") != "table" {
			if r.txt != nil {
				return r.txt.styles.style(s, true)
			}
			return s.skip()
		}
		name := s.attr(nsStyle, "name")
		return s.children(func() error {
			if s.is(nsStyle, "table-properties") && s.attr(nsTable, "display") == "false" {
				r.hidden[name] = true
			}
			return s.skip()
		}, nil)
	}, nil)
}

// spreadsheet reads the tables of office:spreadsheet.
func (r *reader) spreadsheet() error {
	s := r.s
	return s.children(func() error {
		if !s.is(nsTable, "table") {
			return s.skip()
		}
		return r.table(s.attr(nsTable, "name"), r.hidden[s.attr(nsTable, "style-name")])
	}, nil)
}

// textTables finds the tables among the descendants of the element
// whose start tag was the last token, in document order, and hands the
// paragraphs between them to a ParaHandler.
func (r *reader) textTables() error {
	s := r.s
	ph, paras := r.h.(ParaHandler)
	return s.children(func() error {
		if r.txt != nil {
			switch {
			case s.is(nsText, "list"):
				r.txt.notFirst()
				return r.list()
			case s.is(nsText, "list-item"), s.is(nsText, "list-header"):
				return r.listItem()
			case s.is(nsText, "soft-page-break"), s.is(nsText, "number"):
				return s.skip()
			case !s.is(nsText, "p") && !s.is(nsText, "h"):
				r.txt.notFirst()
			}
		}
		switch {
		case s.is(nsTable, "table"):
			r.tables++
			return r.table("tabel "+strconv.Itoa(r.tables), false)
		case s.is(nsText, "p"), s.is(nsText, "h"):
			if !paras {
				return s.skip()
			}
			p, err := r.paragraph(s.is(nsText, "h"))
			if err != nil {
				return err
			}
			return ph.Para(p)
		case s.is(nsText, "tracked-changes"):
			return s.skip()
		case r.txt != nil && isIndex(s):
			return s.skip()
		}
		return r.textTables()
	}, nil)
}

// table hands the table whose start tag was the last token to the
// handler as a sheet, and reads its rows unless the handler passes it.
func (r *reader) table(name string, hidden bool) error {
	s := r.s
	r.sheet, r.row = name, 0
	read, err := r.h.Sheet(Sheet{Name: name, Hidden: hidden})
	if err != nil {
		return err
	}
	if !read {
		if err := s.skip(); err != nil {
			return err // broken inside the table: the error names it
		}
		r.sheet, r.row = "", 0 // what comes after is not in this table
		return nil
	}
	if err := r.rows(); err != nil {
		return err
	}
	r.sheet, r.row = "", 0
	return nil
}

// rows reads the rows of a table or of a group of rows in it (row groups,
// header rows and table:table-rows nest).
func (r *reader) rows() error {
	s := r.s
	return s.children(func() error {
		switch {
		case s.is(nsTable, "table-row"):
			return r.tableRow()
		case s.is(nsTable, "table-row-group"), s.is(nsTable, "table-header-rows"), s.is(nsTable, "table-rows"):
			return r.rows()
		}
		return s.skip()
	}, nil)
}

// repeat reads a repeat attribute: 1 when absent, an error when it is no
// positive number. Values past max are held to max.
func (r *reader) repeat(local string, max int) (int, error) {
	v := r.s.attr(nsTable, local)
	if v == "" {
		return 1, nil
	}
	n, err := strconv.ParseUint(v, 10, 64)
	if err != nil || n == 0 {
		if e, ok := err.(*strconv.NumError); ok && e.Err == strconv.ErrRange {
			return max, nil
		}
		return 0, damaged("ongeldige waarde table:" + local + "=\"" + v + "\"")
	}
	return int(min(n, uint64(max))), nil
}
