// Package docx reads the body of a Word document (.docx, also one written
// by LibreOffice or Google Docs) into its tables and paragraphs, with the
// visible numbers of Word's automatic numbering. It knows nothing of
// agreements: package importer finds those in what it returns.
//
// It reads the package with archive/zip and the parts it needs
// (word/document.xml, word/styles.xml, word/numbering.xml) with
// encoding/xml's RawToken, and nothing else: no headers, footers,
// footnotes, comments, text boxes or pictures. Deleted text (tracked
// changes) and hidden text are left out; inserted text is read.
package docx

import (
	"errors"
	"fmt"

	"pakompas/importer/para"
)

// Document is the body of a Word document as read.
type Document struct {
	// Blocks are the top-level paragraphs and the tables, in document
	// order. A table nested in a table cell is a block of its own, after
	// the table that holds it; a table whose cells hold nothing but nested
	// tables (a layout table) is left out.
	Blocks []Block
}

// Block is a paragraph or a table; exactly one is set.
type Block struct {
	Para  *Paragraph
	Table *Table
}

// Paragraph is one top-level paragraph with text (Index counts the
// top-level paragraphs with text), in the model an OpenDocument text's
// paragraphs share.
type Paragraph = para.Paragraph

// ListItem is a paragraph's place in a Word list.
type ListItem = para.ListItem

// Table is one table as a grid of cell texts: a cell spanning columns
// (gridSpan) or rows (vMerge) holds its text in its top-left cell and is
// one of Merges; the other cells it covers are empty.
type Table struct {
	// Rows are the rows' cells, ragged (no trailing empty cells).
	Rows [][]string
	// Merges are the merged cells, 0-based and inclusive.
	Merges []Merge
	// Nested is set for a table inside another table's cell.
	Nested bool
}

// Merge is a merged block of cells, 0-based, inclusive.
type Merge struct {
	R0, C0, R1, C1 int
}

// Limits bound what one document may yield; Read stops with a
// *LimitError at the first one passed.
type Limits struct {
	// Part is the most bytes one part may unpack to.
	Part int64
	// Rows is the most table rows and paragraphs together.
	Rows int
	// Cells is the most table cells (gridSpan counts the columns spanned).
	Cells int
	// Text is the most bytes of text: paragraphs' texts and their list
	// labels.
	Text int64
}

// LimitError is a document past one of its Limits.
type LimitError struct {
	// What names the limit in Dutch ("tabelrijen en alinea's").
	What string
	// Limit is the limit's value.
	Limit int64
}

func (e *LimitError) Error() string {
	return fmt.Sprintf("meer %s dan de grens van %d", e.What, e.Limit)
}

// ErrNoDocument is returned for a package without a document part.
var ErrNoDocument = errors.New("geen Word-document: word/document.xml ontbreekt")
