package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"pakompas/compare"
	"pakompas/compare/role"
)

// overview is the Overzicht screen: the theme × gemeente matrix with the
// number of agreements and the share vague per cell (coloured from calm to
// alarming), totals, and who carries the agreements per gemeente.
type overview struct {
	row, col int // cursor: theme index, gemeente index
	left     int // first visible gemeente column
	cellW    int // width of a gemeente column, set per frame
	labelW   int // width of the theme column, set per frame
}

func newOverview() *overview { return &overview{} }

func (o *overview) title() string   { return "Overzicht" }
func (o *overview) capturing() bool { return false }

const (
	ovCellW  = 11
	ovTotalW = 10 // the total column ("117  32%")
)

func (o *overview) update(m *Model, msg tea.Msg) tea.Cmd {
	if m.sess == nil {
		return nil
	}
	mx := m.sess.matrix()
	switch msg := msg.(type) {
	case tea.KeyMsg:
		k := m.c.keys
		switch {
		case key.Matches(msg, k.Up):
			o.row = max(0, o.row-1)
		case key.Matches(msg, k.Down):
			o.row = min(len(mx.Themes)-1, o.row+1)
		case key.Matches(msg, k.Left):
			o.col = max(0, o.col-1)
		case key.Matches(msg, k.Right):
			o.col = min(len(mx.Gemeenten)-1, o.col+1)
		case key.Matches(msg, k.Home):
			o.col = 0
		case key.Matches(msg, k.End):
			o.col = len(mx.Gemeenten) - 1
		case key.Matches(msg, k.Enter):
			return m.openTheme(mx.Themes[o.row], o.col)
		case key.Matches(msg, k.Report):
			m.open(screenReport)
		}
	case tea.MouseMsg:
		switch msg.Button {
		case tea.MouseButtonWheelUp:
			o.row = max(0, o.row-1)
		case tea.MouseButtonWheelDown:
			o.row = min(len(mx.Themes)-1, o.row+1)
		}
	}
	return nil
}

// visibleCols returns how many gemeente columns fit next to the label and
// total columns, and scrolls so the cursor column is among them.
func (o *overview) visibleCols(w, n int) int {
	// Gemeente names matter more than long theme names: the theme column
	// gives way (down to 16) before gemeente columns (13, for names like
	// "Ouder-Amstel") do; with room to spare both widen.
	o.labelW = max(16, min(28, w-ovTotalW-n*13))
	o.cellW = max(ovCellW, min(16, (w-o.labelW-ovTotalW)/max(1, n)))
	fit := max(1, (w-o.labelW-ovTotalW)/o.cellW)
	if o.col < o.left {
		o.left = o.col
	}
	if o.col >= o.left+fit {
		o.left = o.col - fit + 1
	}
	o.left = max(0, min(o.left, n-fit))
	return min(fit, n)
}

func (o *overview) view(m *Model, w, h int) string {
	if m.sess == nil {
		return ""
	}
	s := m.c.styles
	mx := m.sess.matrix()
	n := o.visibleCols(w, len(mx.Gemeenten))
	gems := mx.Gemeenten[o.left : o.left+n]
	var b strings.Builder
	// Header row.
	b.WriteString(s.Header.Render(pad("Thema", o.labelW)))
	for _, g := range gems {
		b.WriteString(s.Header.Render(padLeft(g, o.cellW-1)) + " ")
	}
	b.WriteString(s.Header.Render(padLeft("Totaal", ovTotalW-1)))
	// The column range, when scrolled and when it fits (a longer line would
	// wrap and push the matrix down).
	if ind := fmt.Sprintf("  %d–%d/%d", o.left+1, o.left+n, len(mx.Gemeenten)); (o.left > 0 || o.left+n < len(mx.Gemeenten)) && ansi.StringWidth(b.String()+ind) <= w {
		b.WriteString(s.Dim.Render(ind))
	}
	b.WriteString("\n")
	label := func(t int) string { return m.sess.an.Taxonomy.Label(mx.Themes[t]) }
	for t := range mx.Themes {
		line := pad(label(t), o.labelW)
		if t == o.row {
			line = s.Selected.Render(line)
		}
		b.WriteString(line)
		for gi := range gems {
			g := o.left + gi
			b.WriteString(o.cell(m, mx.Cells[t][g], t == o.row && g == o.col) + " ")
		}
		b.WriteString(o.cellIn(m, mx.RowTotals[t], false, ovTotalW) + "\n")
	}
	b.WriteString(s.Header.Render(pad("Totaal", o.labelW)))
	for gi := range gems {
		b.WriteString(o.cell(m, mx.ColTotals[o.left+gi], false) + " ")
	}
	b.WriteString(o.cellIn(m, mx.Total, false, ovTotalW) + "\n")

	// Who carries the agreements, per gemeente (share of the column).
	if h-len(mx.Themes)-3 >= 2 {
		b.WriteString("\n" + s.Header.Render("Wie draagt de afspraken") + "\n")
		room := h - len(mx.Themes) - 5
		for ri, r := range role.All() {
			if ri >= room {
				break
			}
			b.WriteString(pad(r.Label(), o.labelW))
			for gi := range gems {
				c := mx.ColTotals[o.left+gi]
				b.WriteString(padLeft(percent(c.Roles[ri], c.N), o.cellW-1) + " ")
			}
			b.WriteString(padLeft(percent(mx.Total.Roles[ri], mx.Total.N), ovTotalW-1) + "\n")
		}
	}
	return b.String()
}

// cell renders a gemeente cell.
func (o *overview) cell(m *Model, c compare.Cell, selected bool) string {
	return o.cellIn(m, c, selected, o.cellW)
}

// cellIn renders "count  share%" in width cw with the share coloured by
// how vague.
func (o *overview) cellIn(m *Model, c compare.Cell, selected bool, cw int) string {
	s := m.c.styles
	if c.N == 0 {
		txt := padLeft("·", cw-1)
		if selected {
			return s.Selected.Render(txt)
		}
		return s.Dim.Render(txt)
	}
	count := fmt.Sprintf("%d", c.N)
	share := fmt.Sprintf("%3.0f%%", 100*c.VagueShare())
	txt := padLeft(count+" "+share, cw-1)
	if selected {
		return s.Selected.Render(txt)
	}
	head := txt[:len(txt)-len(share)]
	return head + s.HeatFor(c.VagueShare()).Render(share)
}

// percent formats k/n as a whole percentage ("–" when n is 0).
func percent(k, n int) string {
	if n == 0 {
		return "–"
	}
	return fmt.Sprintf("%.0f%%", 100*float64(k)/float64(n))
}

func (o *overview) shortHelp(m *Model) []key.Binding {
	k := m.c.keys
	return []key.Binding{withHelp(k.Enter, "thema openen"), k.Search, withHelp(k.NextScreen, "alle afspraken"), k.Export}
}

func (o *overview) fullHelp(m *Model) [][]key.Binding {
	k := m.c.keys
	return [][]key.Binding{
		{k.Up, k.Down, k.Left, k.Right, k.Home, k.End},
		{withHelp(k.Enter, "thema openen, gemeente in beeld"),
			withHelp(k.NextScreen, "volgend scherm: afspraken, importverslag"), k.Report},
	}
}
