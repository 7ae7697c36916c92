package importer

import (
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// sheetReader reads one worksheet part into a grid with excelize's
// semantics for raw cell values (excelize's Rows and Columns with
// RawCellValue, as readSheet uses them), for the structure a worksheet
// has: rows in <sheetData>, cells in rows, values, formulas and inline
// strings in cells. What lies outside it (a row outside <sheetData>, an
// element in a row that is no cell, a row number that goes back) makes it
// stop and say why: excelize's iterator gives such input meanings of its
// own, and the file is left to it.
type sheetReader struct {
	s    *xmlScan
	sst  []string
	item itemReader
	// row holds the decoded text of the current row's cells; cells
	// records each cell's value: a slice of row, or a shared string.
	row   []byte
	cells []cellValue
	// v and is hold the current cell's <v> and inline string.
	v, is []byte
}

// cellValue is one cell of the row being read: from..to in the row's
// text, or str when set.
type cellValue struct {
	from, to int
	str      string
	shared   bool
}

// readSheetFast reads the worksheet part into a grid for the sheet name,
// holding it against the file's limits. It returns the file's error (a
// limit) or why the fast reader leaves the file to excelize.
func readSheetFast(path, name string, part []byte, sst []string, lim *fileLimits) (*grid, *FileError, string) {
	r := &sheetReader{s: newXMLScan(part), sst: sst}
	g := &grid{sheet: name}
	fe, why := r.read(g, lim)
	if why != "" {
		return nil, nil, "blad '" + name + "': " + why
	}
	if fe != nil {
		return nil, fe, ""
	}
	g.trimTrailing()
	return g, nil, ""
}

// read finds <sheetData> and reads its rows into g.
func (r *sheetReader) read(g *grid, lim *fileLimits) (*FileError, string) {
	s := r.s
	for {
		switch s.next() {
		case tokStart:
			switch string(s.local) {
			case "sheetData":
				if s.depth() != 2 {
					return nil, "<sheetData> op een onverwachte plaats"
				}
				if s.empty {
					return nil, ""
				}
				return r.readRows(g, lim)
			case "row":
				return nil, "<row> buiten <sheetData>"
			}
		case tokEOF:
			return nil, "" // no rows: excelize reads none either
		case tokFail:
			return nil, s.fail
		}
	}
}

// readRows reads the rows of <sheetData> (its start tag was the last
// token) up to its end.
func (r *sheetReader) readRows(g *grid, lim *fileLimits) (*FileError, string) {
	s := r.s
	prev := 0 // the number of the last row read
	for {
		switch s.next() {
		case tokStart:
			if string(s.local) != "row" {
				return nil, "<" + string(s.name) + "> in <sheetData>"
			}
			num, why := rowNum(s, prev)
			if why != "" {
				return nil, why
			}
			cols, why := r.readCells()
			if why != "" {
				return nil, why + " (rij " + strconv.Itoa(num) + ")"
			}
			for i, c := range cols {
				cols[i] = tidyNumber(c)
			}
			if num > prev+1 {
				// The rows between, which excelize's iterator yields
				// empty (one call does what a call per row would).
				if fe := g.add(prev+1, nil, lim); fe != nil {
					return fe, ""
				}
			}
			if fe := g.add(num, cols, lim); fe != nil {
				return fe, ""
			}
			prev = num
		case tokEnd:
			return nil, "" // </sheetData>
		case tokEOF:
			return nil, "XML houdt op in de rijen"
		case tokFail:
			return nil, s.fail
		}
	}
}

// rowNum returns the number of the <row> the scan is at: its r
// attribute, or the row after prev without one (as excelize counts).
// A number that does not go forward, or is not a plain number, excelize
// reads in ways of its own.
func rowNum(s *xmlScan, prev int) (int, string) {
	num, seen := prev+1, false
	for i := range s.attrs {
		a := &s.attrs[i]
		if string(a.local) != "r" {
			continue // x14ac:dyDescent, spans, ht: nothing excelize reads a value from
		}
		if a.prefixed {
			return 0, "attribuut " + string(a.name) + " in <row>"
		}
		n, err := strconv.Atoi(a.value())
		if seen || err != nil || n <= prev || n > excelize.TotalRows {
			return 0, "rijnummer '" + a.value() + "' na rij " + strconv.Itoa(prev)
		}
		num, seen = n, true
	}
	return num, ""
}

// readCells reads the cells of the row whose start tag was the last token
// and returns them as excelize's Columns does with raw values.
func (r *sheetReader) readCells() ([]string, string) {
	s := r.s
	r.row, r.cells = r.row[:0], r.cells[:0]
	col := 0 // excelize's cellCol: the column of the last <c>
	why := s.children(func() (why string) {
		if string(s.local) != "c" {
			return "<" + string(s.name) + "> in <row>"
		}
		col, why = r.readCell(col)
		return why
	}, nil)
	if why != "" {
		return nil, why
	}
	return r.rowStrings(), ""
}

// rowStrings returns the row's cells as strings: one string holds the
// text of them all, each cell a slice of it.
func (r *sheetReader) rowStrings() []string {
	if len(r.cells) == 0 {
		return nil
	}
	text := string(r.row)
	out := make([]string, len(r.cells))
	for i, c := range r.cells {
		if c.shared {
			out[i] = c.str
		} else {
			out[i] = text[c.from:c.to]
		}
	}
	return out
}

// readCell reads the <c> the scan is at (prev is the column of the cell
// before) and adds its value to the row as excelize does: at its column,
// blanks before it, when it has a value or a formula. It returns the
// cell's column.
func (r *sheetReader) readCell(prev int) (int, string) {
	ref, typ, why := cellAttrs(r.s)
	if why != "" {
		return 0, why
	}
	col := prev + 1
	if ref != "" {
		var ok bool
		if col, ok = refColumn(ref); !ok {
			return 0, "celverwijzing '" + ref + "'"
		}
	}
	hasF, hasIS, why := r.readCellBody()
	if why != "" {
		return 0, why
	}
	var cv cellValue
	switch {
	case typ == "s":
		cv.str, cv.shared = r.sharedString(), true
	case typ == "inlineStr" && hasIS:
		cv.from = len(r.row)
		r.row = append(r.row, r.is...)
	default:
		cv.from = len(r.row)
		r.row = append(r.row, r.v...)
	}
	cv.to = len(r.row)
	if cv.shared {
		cv.from = cv.to
	}
	if cv.str == "" && cv.from == cv.to && !hasF {
		return col, "" // excelize keeps no empty cell without a formula
	}
	for len(r.cells) < col-1 {
		r.cells = append(r.cells, cellValue{})
	}
	r.cells = append(r.cells, cv)
	return col, ""
}

// cellAttrs returns the r and t attributes of the <c> the scan is at, as
// excelize reads them; a prefixed or repeated one, or a style that is not
// a number, excelize reads in ways of its own.
func cellAttrs(s *xmlScan) (ref, typ, why string) {
	var seenR, seenT, seenS bool
	for i := range s.attrs {
		a := &s.attrs[i]
		var seen *bool
		switch string(a.local) {
		case "r":
			ref, seen = a.value(), &seenR
		case "t":
			typ, seen = a.value(), &seenT
		case "s":
			if _, err := strconv.ParseInt(a.value(), 10, 64); err != nil {
				return "", "", "stijl '" + a.value() + "' in <c>"
			}
			seen = &seenS
		default:
			continue // cm, vm, ph: nothing excelize reads a value from
		}
		if a.prefixed {
			return "", "", "attribuut " + string(a.name) + " in <c>"
		}
		if *seen {
			return "", "", "dubbel attribuut " + string(a.name) + " in <c>"
		}
		*seen = true
	}
	return ref, typ, ""
}

// sharedString is the value of a shared-string cell whose <v> was read
// into r.v, as excelize gives it: the string at the index ("abc" reads
// as 0), "" for an index out of range.
func (r *sheetReader) sharedString() string {
	if len(r.v) == 0 {
		return ""
	}
	i, _ := strconv.Atoi(strings.TrimSpace(string(r.v)))
	if i < 0 || i >= len(r.sst) {
		return ""
	}
	return r.sst[i]
}

// readCellBody reads the rest of the <c> whose start tag was the last
// token: the text of its last <v> into r.v, its inline string into r.is,
// and whether it has a formula (<f>, whose attributes are checked as
// excelize decodes them).
func (r *sheetReader) readCellBody() (hasF, hasIS bool, why string) {
	s := r.s
	r.v, r.is = r.v[:0], r.is[:0]
	why = s.children(func() (why string) {
		switch string(s.local) {
		case "v":
			r.v, why = elementText(s, r.v[:0])
		case "f":
			hasF, why = true, skipChecked(s, formulaAttrs)
		case "is":
			if hasIS {
				return "twee keer <is> in <c>"
			}
			hasIS = true
			r.is, why = r.item.read(s, r.is[:0])
		default:
			why = "<" + string(s.name) + "> in <c>"
		}
		return why
	}, nil)
	return hasF, hasIS, why
}

// refColumn returns the 1-based column of a cell reference ("B12",
// "$B$12") as excelize's CellNameToCoordinates gives it, and false where
// excelize gives an error. The common form is read here directly.
func refColumn(ref string) (int, bool) {
	col, i := 0, 0
	for i < len(ref) && i < 3 && 'A' <= ref[i] && ref[i] <= 'Z' {
		col = col*26 + int(ref[i]-'A'+1)
		i++
	}
	if i > 0 && i < len(ref) && '1' <= ref[i] && ref[i] <= '9' && len(ref)-i <= 7 && col <= excelize.MaxColumns {
		row := 0
		for _, c := range ref[i:] {
			if c < '0' || c > '9' {
				row = -1
				break
			}
			row = row*10 + int(c-'0')
		}
		if row > 0 && row <= excelize.TotalRows {
			return col, true
		}
	}
	col, _, err := excelize.CellNameToCoordinates(ref)
	return col, err == nil
}
