package importer

import (
	"strings"

	"pakompas/importer/norm"
)

// chooseJaarschijf finds the column that says which jaarschijf each
// agreement belongs to (a monitor listing several years in one table): a
// column headed "Jaarschijf", or "Jaar" when the table has another
// deadline (a due column or planning-year columns), whose filled cells
// are all years or periods. A year column headed "2025" is a planning
// year (FieldYear), never this. When the column was taken for the
// deadline and another deadline column exists, that one is the deadline;
// a lone "Jaarschijf" column stays the deadline too, as before.
func (h *header) chooseJaarschijf(g *grid) {
	for c, label := range h.labels {
		name := strings.Join(norm.Words(label), " ")
		if name != "jaarschijf" && name != "jaar" {
			continue
		}
		other := h.otherDue(c)
		if name == "jaar" && other < 0 && len(h.years) == 0 {
			continue // the only deadline column: "Jaar" is when, not which jaarschijf
		}
		if !yearCells(g, h, c) {
			continue
		}
		h.col[FieldJaarschijf] = c
		if h.column(FieldDue) == c {
			switch {
			case other >= 0:
				h.col[FieldDue] = other
			case len(h.years) > 0:
				delete(h.col, FieldDue) // the planning years give the deadline
			}
		}
		if h.column(FieldDue) != c {
			h.fields[c] = FieldJaarschijf
		}
		return
	}
}

// otherDue is the first due column other than c, or -1.
func (h *header) otherDue(c int) int {
	for o, f := range h.fields {
		if o != c && f == FieldDue {
			return o
		}
	}
	return -1
}

// yearCells reports whether the filled cells of column c under header h
// are all years or periods (a repeated header aside), and at least one is.
func yearCells(g *grid, h *header, c int) bool {
	n := 0
	top := tidyText(h.top(c))
	for _, r := range g.rows[h.row+1:] {
		v := tidyText(r.cell(c))
		if v == "" || v == top {
			continue
		}
		if _, ok := ParseYear(v); !ok {
			return false
		}
		n++
	}
	return n > 0
}
