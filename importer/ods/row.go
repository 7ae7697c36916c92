package ods

import (
	"slices"
	"strconv"
)

// span is a cell of a row that spans more than itself.
type span struct {
	col, cols, rows int
}

// tableRow reads a table:table-row and hands it to the handler once per
// repeat; a row without values or merges only moves the row count on.
func (r *reader) tableRow() error {
	first := r.row + 1
	r.row = first
	n, err := r.repeat("number-rows-repeated", MaxRows)
	if err != nil {
		return err
	}
	cells, spans, err := r.rowCells()
	if err != nil {
		return err
	}
	last := first + n - 1
	if len(cells) == 0 && len(spans) == 0 {
		r.row = last
		return nil
	}
	for num := first; num <= last; num++ {
		r.row = num
		if num > MaxRows {
			if len(cells) > 0 {
				return tooLarge("een waarde voorbij rij " + strconv.Itoa(MaxRows) + ", de grens van een rekenblad")
			}
			break
		}
		for _, sp := range spans {
			m := Merge{Row0: num - 1, Col0: sp.col, Row1: min(num-1+sp.rows-1, MaxRows-1), Col1: min(sp.col+sp.cols-1, MaxColumns-1)}
			if err := r.h.Merge(m); err != nil {
				return err
			}
		}
		if len(cells) > 0 {
			row := cells
			if num < last {
				row = slices.Clone(cells)
			}
			if err := r.h.Row(num, row); err != nil {
				return err
			}
		}
	}
	r.row = last
	return nil
}

// rowCells reads the cells of the row whose start tag was the last token:
// their values, each repeated cell as often as it repeats (empty cells
// only where a value follows), and the cells that span others. Covered
// cells are read like the others: a covered cell may still hold a value,
// as a merged-away cell in an xlsx workbook may.
func (r *reader) rowCells() ([]string, []span, error) {
	s := r.s
	var cells []string
	var spans []span
	col := 0
	err := s.children(func() error {
		covered := s.is(nsTable, "covered-table-cell")
		if !covered && !s.is(nsTable, "table-cell") {
			return s.skip()
		}
		m, err := r.repeat("number-columns-repeated", MaxColumns)
		if err != nil {
			return err
		}
		cols, rows := 1, 1
		if !covered {
			if cols, err = r.repeat("number-columns-spanned", MaxColumns); err != nil {
				return err
			}
			if rows, err = r.repeat("number-rows-spanned", MaxRows); err != nil {
				return err
			}
		}
		v, err := r.cellValue()
		if err != nil {
			return err
		}
		if v != "" {
			if col+m > MaxColumns {
				return tooLarge("een waarde voorbij kolom " + strconv.Itoa(MaxColumns) + ", de grens van een rekenblad")
			}
			for len(cells) < col {
				cells = append(cells, "")
			}
			for range m {
				cells = append(cells, v)
			}
		}
		if cols > 1 || rows > 1 {
			for i := 0; i < m && col+i < MaxColumns; i++ {
				spans = append(spans, span{col: col + i, cols: cols, rows: rows})
			}
		}
		col = min(col+m, MaxColumns)
		return nil
	}, nil)
	return cells, spans, err
}
