package workbook

import (
	"sync"

	"github.com/xuri/excelize/v2"

	"pakompas/importer/parallel"
)

// The big sheets (Alle afspraken, Ontbrekend, the theme sheets, Verloop,
// Kompas per thema) are streamed, and a StreamWriter takes its rows one at
// a time on one goroutine: excelize does not promise that two may be used
// at once. What goes into a row (its values, styles and height: joined
// lists, wrapped-line counts) does not depend on the writer, so it is
// worked out on all cores, chunk by chunk, while the rows before it are
// written: by the export as XML spliced into the package (splice.go), by
// the equivalence tests through SetRow (streamRows).

// rowChunkCells is about how many cells a chunk of prepared rows holds:
// enough to make handing chunks over cheap, few enough that the chunks in
// flight stay small (a theme sheet row has a cell per gemeente).
const rowChunkCells = 8192

// rowFill sets the values of sheet row r in vals (nil for an empty cell)
// and returns the row's height (0: Excel's default). cells has a cell per
// value for styled values (vals[i] = &cells[i]); it is nil when
// streamRows was asked for none. fill runs on several goroutines at once
// and must only read shared data.
type rowFill func(r int, vals []any, cells []excelize.Cell) float64

// preparedRows is a chunk of rows ready to be written: row k of the
// chunk has the values vals[k*width:(k+1)*width] and height heights[k].
// cells backs the styled values. Chunks are reused (rowsPool).
type preparedRows struct {
	from    int
	vals    []any
	cells   []excelize.Cell
	heights []float64
}

var rowsPool = sync.Pool{New: func() any { return new(preparedRows) }}

// getRows returns an empty chunk for n rows of width values.
func getRows(from, n, width int, withCells bool) *preparedRows {
	p := rowsPool.Get().(*preparedRows)
	p.from = from
	p.vals = resize(p.vals, n*width)
	p.heights = resize(p.heights, n)
	p.cells = p.cells[:0]
	if withCells {
		p.cells = resize(p.cells, n*width)
	}
	return p
}

// putRows gives a written chunk back, keeping none of its values alive.
func putRows(p *preparedRows) {
	clear(p.vals)
	clear(p.cells)
	rowsPool.Put(p)
}

// resize returns s with length n and zero elements, reusing its array.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// streamRows writes rows from … to-1 (prepared by fill, width values
// each, with a cell per value when withCells) to sw, row from at sheet
// row firstRow and so on. colStyle holds the styles SetColStyle gave the
// columns (nil: none). With a splice registry (the export's way) it writes
// one placeholder row and registers the rows, which are made when the
// package is written (splice.go); without one, it hands them to SetRow
// here (the equivalence tests' way).
func streamRows(sw *excelize.StreamWriter, sp *splices, from, to, firstRow, width int, withCells bool, colStyle []int, fill rowFill) error {
	if from >= to {
		return nil
	}
	if sp != nil {
		tok := sp.add(&rowSplice{from: from, to: to, firstRow: firstRow, width: width, withCells: withCells, fill: fill, colStyle: colStyle})
		return sw.SetRow(cell(1, firstRow), []any{excelize.Cell{Value: tok}})
	}
	chunk := max(1, rowChunkCells/max(width, 1))
	return parallel.Ordered(to-from, chunk, func(lo, hi int) *preparedRows {
		p := getRows(from+lo, hi-lo, width, withCells)
		for k := range hi - lo {
			var c []excelize.Cell
			if withCells {
				c = p.cells[k*width : (k+1)*width]
			}
			p.heights[k] = fill(from+lo+k, p.vals[k*width:(k+1)*width], c)
		}
		return p
	}, func(p *preparedRows) error {
		defer putRows(p)
		for k, h := range p.heights {
			row := firstRow + p.from - from + k
			if err := sw.SetRow(cell(1, row), p.vals[k*width:(k+1)*width], excelize.RowOpts{Height: h}); err != nil {
				return err
			}
		}
		return nil
	})
}

// measureWidths widens widths for n items on all cores: see(i, ws) shows
// item i to ws, a copy of widths of its own. A width only grows to the
// widest value it sees, so the copies merge into the same widths one
// pass would give.
func measureWidths(widths []*width, n int, see func(i int, ws []*width)) {
	start := make([]width, len(widths))
	for c, w := range widths {
		start[c] = *w
	}
	var mu sync.Mutex
	parallel.For(n, 1024, func(lo, hi int) {
		ws := make([]*width, len(widths))
		for c := range start {
			cp := start[c]
			ws[c] = &cp
		}
		for i := lo; i < hi; i++ {
			see(i, ws)
		}
		mu.Lock()
		defer mu.Unlock()
		for c, w := range ws {
			widths[c].w = max(widths[c].w, w.w)
		}
	})
}
