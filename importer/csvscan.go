package importer

import (
	"bufio"
	"bytes"
	"io"
)

// csvScanner reads records from UTF-8 text the way Excel opens a CSV file:
// a cell that starts with '"' is quoted (separators and newlines inside
// are text, '""' is a quote, and text after the closing quote is kept); a
// quote elsewhere is just a character; "\r\n" ends a line like "\n". It
// streams: memory holds one record, and a cell is cut at maxCellChars
// while the rest of it is skipped. It refuses what cannot be read right:
// a NUL character (binary data), more than maxColumns cells in a row, a
// quote still open at the end of the file (Excel would make the rest of
// the file one cell). A quoted cell that swallowed lines that look like
// whole rows is reported (see glued).
type csvScanner struct {
	br    *bufio.Reader
	delim []byte
	// line is the physical line the reader is on (1-based).
	line int
	// buf holds the current record's cells back to back; ends[i] is
	// where cell i ends.
	buf  []byte
	ends []int
	// width is the most cells a record had so far.
	width int
	// chars counts the current cell's characters; cut is set once the
	// cell has been cut.
	chars int
	cut   bool
	// glued is the first line of a quoted cell that held a line with as
	// many separators as a whole row (0 for none).
	glued int
	// full is set when the record passed maxFileText bytes: nothing more
	// is kept, and the record is refused at its end.
	full bool
}

// scanError is a reason the scanner stopped, with the line it was on.
type scanError struct {
	kind ErrorKind
	line int
	// quoteLine is where an unclosed quote was opened.
	quoteLine int
	// columns or text says which limit the record passed.
	columns, text bool
}

func (e *scanError) Error() string { return "csv: unreadable" }

// newCSVScanner returns a scanner over r with the given separator.
func newCSVScanner(br *bufio.Reader, delim rune, firstLine int) *csvScanner {
	return &csvScanner{br: br, delim: []byte(string(delim)), line: firstLine}
}

// cellStates of the scanner.
const (
	atStart  = iota // at the start of a cell
	unquoted        // in a cell that did not start with a quote
	quoted          // inside quotes
	quoteEnd        // just after a quote inside quotes: closing, or the first of '""'
)

// next returns the next record's cells and the line it started on;
// io.EOF after the last. cuts is told the column of each cell that was
// cut.
func (s *csvScanner) next(cuts func(col int)) ([]string, int, error) {
	s.buf, s.ends = s.buf[:0], s.ends[:0]
	s.chars, s.cut = 0, false
	start, state := s.line, atStart
	q := quoteState{}
	seen := false
	for {
		b, err := s.br.ReadByte()
		if err == io.EOF {
			switch {
			case !seen:
				return nil, start, io.EOF
			case state == quoted:
				return nil, start, &scanError{kind: ErrCorrupt, line: s.line, quoteLine: q.line}
			}
			cells, err := s.record(cuts)
			return cells, start, err
		}
		if err != nil {
			return nil, start, err
		}
		seen = true
		if b == 0 {
			return nil, start, &scanError{kind: ErrNotSheet, line: s.line}
		}
		if state == quoteEnd {
			if b == '"' {
				s.add(b)
				state = quoted
				continue
			}
			s.closeQuote(&q) // Excel keeps text after the closing quote
			state = unquoted
		}
		switch {
		case state == quoted:
			switch {
			case b == '"':
				state = quoteEnd
			case b == '\n':
				s.line++
				s.innerNewline(&q)
				if n := len(s.buf); n > 0 && s.buf[n-1] == '\r' && !s.cut {
					s.buf = s.buf[:n-1]
					s.chars--
				}
				s.add(b)
			case s.isDelim(b):
				q.delims++
				s.addDelim()
			default:
				s.add(b)
			}
		case b == '\n':
			s.line++
			cells, err := s.record(cuts)
			return cells, start, err
		case s.isDelim(b):
			if err := s.endCell(cuts); err != nil {
				return nil, start, err
			}
			state = atStart
		case state == atStart && b == '"':
			state, q = quoted, quoteState{line: s.line}
		default:
			s.add(b)
			state = unquoted
		}
	}
}

// quoteState follows one quoted cell: the line it opened on, the lines
// inside it, and the separators on its current line.
type quoteState struct {
	line, lines, delims int
}

// innerNewline notes a newline inside a quoted cell, checking the line it
// ends (see closeQuote).
func (s *csvScanner) innerNewline(q *quoteState) {
	s.checkGlued(q)
	q.lines++
	q.delims = 0
}

// closeQuote notes the end of a quoted cell, checking its last line.
func (s *csvScanner) closeQuote(q *quoteState) {
	s.checkGlued(q)
}

// checkGlued notes a quoted cell whose line after a newline inside it has
// as many separators as a whole row of the table (and at least two): the
// mark of a quote that was never closed, so that following rows ended up
// in this cell.
func (s *csvScanner) checkGlued(q *quoteState) {
	if q.lines > 0 && q.delims >= max(2, s.width-1) && s.glued == 0 {
		s.glued = q.line
	}
}

// isDelim reports whether b starts the separator (consuming the rest of a
// separator of several bytes).
func (s *csvScanner) isDelim(b byte) bool {
	if b != s.delim[0] {
		return false
	}
	if len(s.delim) == 1 {
		return true
	}
	rest, err := s.br.Peek(len(s.delim) - 1)
	if err != nil || !bytes.Equal(rest, s.delim[1:]) {
		return false
	}
	_, _ = s.br.Discard(len(rest))
	return true
}

// addDelim adds the separator as text (inside quotes).
func (s *csvScanner) addDelim() {
	for _, b := range s.delim {
		s.add(b)
	}
}

// add appends one byte to the current cell, unless the cell has reached
// maxCellChars characters (it is then cut at a character boundary).
func (s *csvScanner) add(b byte) {
	if s.cut || s.full {
		return
	}
	if len(s.buf) >= maxFileText {
		s.full = true
		return
	}
	if b&0xC0 != 0x80 { // the first byte of a character
		if s.chars == maxCellChars {
			s.cut = true
			return
		}
		s.chars++
	}
	s.buf = append(s.buf, b)
}

// endCell closes the current cell.
func (s *csvScanner) endCell(cuts func(col int)) error {
	if s.cut && cuts != nil {
		cuts(len(s.ends))
	}
	s.ends = append(s.ends, len(s.buf))
	s.chars, s.cut = 0, false
	if len(s.ends) > maxColumns {
		return &scanError{kind: ErrTooLarge, line: s.line, columns: true}
	}
	return nil
}

// record closes the last cell (dropping the '\r' of a "\r\n") and returns
// the record's cells.
func (s *csvScanner) record(cuts func(col int)) ([]string, error) {
	if s.full {
		return nil, &scanError{kind: ErrTooLarge, line: s.line, text: true}
	}
	if n := len(s.buf); n > 0 && s.buf[n-1] == '\r' && !s.cut && (len(s.ends) == 0 || s.ends[len(s.ends)-1] < n) {
		s.buf = s.buf[:n-1]
	}
	if err := s.endCell(cuts); err != nil {
		return nil, err
	}
	s.width = max(s.width, len(s.ends))
	text := string(s.buf)
	cells := make([]string, len(s.ends))
	from := 0
	for i, end := range s.ends {
		cells[i] = text[from:end]
		from = end
	}
	return cells, nil
}
