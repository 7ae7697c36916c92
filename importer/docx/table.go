package docx

import (
	"encoding/xml"
	"strings"
)

// maxSpan bounds the columns one cell may span (Word allows 63 columns).
const maxSpan = 1024

// tableBuilder assembles a table's grid row by row.
type tableBuilder struct {
	t Table
	// open maps the grid column of each vertically merged cell still open
	// (w:vMerge restart, and continued in every row since) to its merge.
	open map[int]int
}

// cellIn is one w:tc as read.
type cellIn struct {
	span   int
	vMerge string // "", "restart" or "continue"
	lines  []string
}

// table reads a w:tbl whose start tag was the last token: it is added as
// a block at its start (before the tables nested in it), and left out
// when nothing but nested tables fill it.
func (p *parser) table(nested bool) error {
	at := len(p.doc.Blocks)
	p.doc.Blocks = append(p.doc.Blocks, Block{})
	p.nesting++
	defer func() { p.nesting-- }()
	tb := &tableBuilder{open: map[int]int{}, t: Table{Nested: nested}}
	err := p.t.walk(func(name string, se xml.StartElement) (bool, error) {
		if name != "tr" {
			return false, nil
		}
		return true, p.row(tb)
	})
	if err != nil {
		return err
	}
	tb.finish()
	if tb.empty() {
		p.doc.Blocks = append(p.doc.Blocks[:at], p.doc.Blocks[at+1:]...)
		return nil
	}
	p.doc.Blocks[at].Table = &tb.t
	return nil
}

// row reads a w:tr whose start tag was the last token.
func (p *parser) row(tb *tableBuilder) error {
	if err := p.addRow(); err != nil {
		return err
	}
	before := 0
	var cells []cellIn
	err := p.t.walk(func(name string, se xml.StartElement) (bool, error) {
		switch name {
		case "trPr":
			return true, p.t.walk(func(name string, se xml.StartElement) (bool, error) {
				if name == "gridBefore" {
					before = min(max(intAttr(se, 0), 0), maxSpan)
				}
				return false, nil
			})
		case "tc":
			c, err := p.cell()
			cells = append(cells, c)
			return true, err
		}
		return false, nil
	})
	if err != nil {
		return err
	}
	width := before
	for _, c := range cells {
		width += c.span
	}
	if err := p.addCells(width); err != nil {
		return err
	}
	tb.add(before, cells)
	return nil
}

// cell reads a w:tc whose start tag was the last token.
func (p *parser) cell() (cellIn, error) {
	c := cellIn{span: 1}
	err := p.t.walk(func(name string, se xml.StartElement) (bool, error) {
		if name != "tcPr" {
			return p.block(name, &c.lines)
		}
		return true, p.t.walk(func(name string, se xml.StartElement) (bool, error) {
			switch name {
			case "gridSpan":
				c.span = min(max(intAttr(se, 1), 1), maxSpan)
			case "vMerge":
				c.vMerge = "continue"
				if v, _ := attr(se, "val"); v == "restart" {
					c.vMerge = "restart"
				}
			}
			return false, nil
		})
	})
	return c, err
}

// add places one row's cells on the grid, starting at column before.
func (tb *tableBuilder) add(before int, cells []cellIn) {
	r := len(tb.t.Rows)
	row := make([]string, before)
	open := map[int]int{}
	for _, c := range cells {
		col := len(row)
		text := strings.Trim(strings.Join(c.lines, "\n"), "\n")
		if m, ok := tb.open[col]; ok && c.vMerge == "continue" {
			tb.t.Merges[m].R1 = r
			open[col] = m
			text = ""
		} else if c.span > 1 || c.vMerge == "restart" {
			tb.t.Merges = append(tb.t.Merges, Merge{R0: r, C0: col, R1: r, C1: col + c.span - 1})
			if c.vMerge == "restart" {
				open[col] = len(tb.t.Merges) - 1
			}
		}
		row = append(row, text)
		for range c.span - 1 {
			row = append(row, "")
		}
	}
	tb.open = open
	end := len(row)
	for end > 0 && strings.TrimSpace(row[end-1]) == "" {
		end--
	}
	tb.t.Rows = append(tb.t.Rows, row[:end:end])
}

// finish drops the merges that cover a single cell (a vMerge restart with
// nothing continuing it).
func (tb *tableBuilder) finish() {
	merges := tb.t.Merges[:0]
	for _, m := range tb.t.Merges {
		if m.R0 != m.R1 || m.C0 != m.C1 {
			merges = append(merges, m)
		}
	}
	tb.t.Merges = merges
}

// empty reports whether no cell of the table holds text.
func (tb *tableBuilder) empty() bool {
	for _, r := range tb.t.Rows {
		if len(r) > 0 {
			return false
		}
	}
	return true
}
