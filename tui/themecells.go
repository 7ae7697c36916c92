package tui

import (
	"fmt"
	"sort"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"pakompas/compare"
	"pakompas/compare/printable"
)

// View renders the theme's header, the gemeente columns that fit and the
// rows of the current page (themeview.go settled which).
func (t *themeView) View() string {
	if t.sess == nil || t.key == "" {
		return ""
	}
	if t.full != nil {
		return t.fullView()
	}
	s := t.styles
	mx := t.sess.matrix()
	ti := t.sess.themeIdx[t.key]
	gems, shown := mx.Gemeenten, t.sess.shown
	var b strings.Builder
	total := mx.RowTotals[ti]
	// The filters first, with the key that clears them: on a narrow
	// screen they are what must not be cut.
	head := printable.String(t.sess.an.Taxonomy.Label(t.key))
	if t.vagueOnly {
		head += "  " + s.Warn.Render("[alleen vaag]")
	}
	if len(shown) < len(gems) {
		head += "  " + s.Warn.Render(fmt.Sprintf("[%d van %d gemeenten]", len(shown), len(gems)))
	}
	if t.vagueOnly || len(shown) < len(gems) {
		head += s.Dim.Render(" " + t.keys.ClearFilters.Help().Key + " wist")
	}
	if len(shown) < len(gems) {
		// The counts follow the columns shown.
		n, vague := 0, 0
		for _, g := range shown {
			n += mx.Cells[ti][g].N
			vague += mx.Cells[ti][g].Vague
		}
		head += fmt.Sprintf("  %d van %d afspraken, %d vaag", n, total.N, vague)
	} else {
		head += fmt.Sprintf("  %d afspraken, %d vaag", total.N, total.Vague)
	}
	if t.fit < len(shown) {
		head += s.Dim.Render(fmt.Sprintf("  gemeenten %d–%d van %d", t.left+1, t.left+t.fit, len(shown)))
	}
	b.WriteString(truncate(s.Header.Render(head), t.w) + "\n")
	b.WriteString("    ")
	for c := t.left; c < t.left+t.fit; c++ {
		name := printable.String(gems[shown[c]])
		if c == t.col {
			b.WriteString(s.Selected.Render(pad(" "+name, t.colW-1)) + " ")
		} else {
			b.WriteString(s.Header.Render(pad(" "+name, t.colW-1)) + " ")
		}
	}
	b.WriteString("\n")
	if len(t.visible) == 0 {
		b.WriteString(s.Dim.Render("  geen afspraken"))
		return b.String()
	}
	for vi := t.top; vi < min(len(t.visible), t.top+t.perPage); vi++ {
		r := t.rows[t.visible[vi]]
		cells := make([][]string, t.fit)
		for c := range t.fit {
			cells[c] = t.cellLines(r, shown[t.left+c], t.colW-2, vi == t.row && t.left+c == t.col)
		}
		marker := "    "
		if r.Group != "" {
			marker = s.Dim.Render(fmt.Sprintf("%2d× ", groupSize(r)))
		}
		for line := range thCellH {
			if line == 0 {
				b.WriteString(marker)
			} else {
				b.WriteString("    ")
			}
			for c := range t.fit {
				lead := " "
				if line == 0 && vi == t.row && t.left+c == t.col {
					lead = "›" // the cursor cell, also without colours
				}
				b.WriteString(pad(lead+cells[c][line], t.colW-1) + " ")
			}
			b.WriteString("\n")
		}
		b.WriteString("\n")
	}
	return b.String()
}

// groupSize is the number of gemeenten with the agreement on a group row.
func groupSize(r compare.ThemeRow) int {
	n := 0
	for _, miss := range r.Missing {
		if !miss {
			n++
		}
	}
	return n
}

// cellLines renders one cell as thCellH lines of at most w cells: number
// and text, wrapped, with the flagged words highlighted when vague.
func (t *themeView) cellLines(r compare.ThemeRow, g, w int, selected bool) []string {
	s := t.styles
	out := make([]string, thCellH)
	idx := r.Cells[g]
	switch {
	case len(idx) == 0 && r.Group != "" && r.Missing[g]:
		out[0] = s.Missing.Render("ontbreekt")
	case len(idx) == 0 && r.Elsewhere != nil && r.Elsewhere[g] >= 0:
		// Under another theme: where, wrapped (a long theme name).
		copy(out, strings.Split(ansi.Wrap(t.elsewhereText(r.Elsewhere[g]), w, ""), "\n"))
	case len(idx) == 0:
		out[0] = ""
	default:
		a := t.sess.an.Agreements[idx[0]]
		vague := t.sess.vague(idx[0])
		mark := t.sess.mark(s, idx[0]) + " "
		text := printable.String(a.Text)
		if vague {
			text = highlight(a, s.Highlight.Render)
		}
		body := mark + s.Dim.Render(printable.String(a.Number)) + " " + strings.ReplaceAll(text, "\n", " ")
		if len(idx) > 1 {
			body += s.Dim.Render(fmt.Sprintf(" (+%d)", len(idx)-1))
		}
		lines := strings.Split(ansi.Wordwrap(body, w, ""), "\n")
		for i := range out {
			if i < len(lines) {
				out[i] = lines[i]
			}
		}
		if len(lines) > thCellH {
			out[thCellH-1] = ansi.Truncate(out[thCellH-1], w-1, "") + "…"
		}
	}
	if selected {
		for i := range out {
			out[i] = s.Selected.Render(pad(ansi.Strip(out[i]), w))
		}
	}
	return out
}

// highlight renders the text with every flagged span styled by hl, each
// part made printable (the spans are offsets into the text as read).
func highlight(a compare.Agreement, hl func(...string) string) string {
	var spans [][2]int
	for _, f := range a.Flags {
		if !f.Info {
			spans = append(spans, f.Spans...)
		}
	}
	if len(spans) == 0 {
		return printable.String(a.Text)
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i][0] < spans[j][0] })
	return printableSpans(a.Text, spans, hl)
}
