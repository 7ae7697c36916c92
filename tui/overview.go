package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"pakompas/compare"
	"pakompas/compare/printable"
	"pakompas/compare/role"
)

// overview is the Overzicht screen: the theme × gemeente matrix with the
// number of agreements and the share vague per cell (coloured from calm to
// alarming), totals, and who carries the agreements per gemeente.
type overview struct {
	*common
	w, h     int
	row, col int // cursor: theme index, gemeente index
	left     int // first visible gemeente column
	// From the width and the number of gemeenten (layout): the widths of
	// the theme column and a gemeente column, and how many columns show.
	labelW, cellW, fit int
	// colW is the width of each gemeente column (all cellW when they
	// page; each as its name needs when all fit).
	colW []int
}

func newOverview(c *common) *overview { return &overview{common: c} }

func (o *overview) Title() string   { return "Overzicht" }
func (o *overview) Capturing() bool { return false }

const (
	ovCellW  = 11
	ovTotalW = 10 // the total column ("117  32%")
	// ovLabelMin and ovLabelMax bound the theme column: it gives way down
	// to the first and grows up to the second for long theme names.
	ovLabelMin, ovLabelMax = 16, 48
)

func (o *overview) SetSize(w, h int) {
	if w == o.w && h == o.h {
		return
	}
	o.w, o.h = w, h
	o.layout()
}

// layout decides the column widths and how many gemeente columns fit
// next to the label and total columns, and scrolls so the cursor column
// is among them.
func (o *overview) layout() {
	if o.sess == nil {
		return
	}
	n := len(o.sess.matrix().Gemeenten)
	// Gemeente names matter more than long theme names: the theme column
	// gives way (down to ovLabelMin) before gemeente columns (13, for names
	// like "Ouder-Amstel") do; with room to spare it takes what the
	// longest theme name needs (up to ovLabelMax) and the gemeente columns
	// widen.
	o.labelW = max(ovLabelMin, min(o.labelNeed(), o.w-ovTotalW-n*13))
	o.cellW = max(ovCellW, min(16, (o.w-o.labelW-ovTotalW)/max(1, n)))
	fit := max(1, (o.w-o.labelW-ovTotalW)/o.cellW)
	o.left = scrollCols(o.left, o.col, fit, n)
	o.fit = min(fit, n)
	// What the gemeente columns leave goes to the theme names.
	if spare := o.w - o.labelW - ovTotalW - o.fit*o.cellW; spare > 0 {
		o.labelW = max(o.labelW, min(o.labelW+spare, o.labelNeed()))
	}
	o.colW = o.colW[:0]
	for range n {
		o.colW = append(o.colW, o.cellW)
	}
	o.fitNames(n)
}

// fitNames narrows each gemeente column to what its name and its cells
// need when all gemeenten fit that way, so that the theme names get the
// room ("Beschikbaarheid en nieuwbouw" whole at 80 columns next to four
// gemeenten); the room left after that widens the columns evenly.
func (o *overview) fitNames(n int) {
	mx := o.sess.matrix()
	need := make([]int, n)
	sum := 0
	for g, name := range mx.Gemeenten {
		need[g] = max(ovCellW-2, min(16, ansi.StringWidth(printable.String(name))+1))
		sum += need[g]
	}
	label := max(ovLabelMin, min(o.labelNeed(), o.w-ovTotalW-sum))
	if n == 0 || sum+label+ovTotalW > o.w || label <= o.labelW && o.fit == n {
		return
	}
	spare := o.w - ovTotalW - sum - label
	for g := range need {
		need[g] += min(spare/n, 16-need[g]+1)
	}
	o.colW, o.labelW, o.fit, o.left = need, label, n, 0
}

// labelNeed is the width of the longest theme name and a space, at most
// ovLabelMax.
func (o *overview) labelNeed() int {
	need := 0
	for _, k := range o.sess.matrix().Themes {
		need = max(need, ansi.StringWidth(printable.String(o.sess.an.Taxonomy.Label(k)))+2)
	}
	return min(need, ovLabelMax)
}

func (o *overview) Update(msg tea.Msg) (tea.Cmd, []tea.Msg) {
	if o.sess == nil {
		return nil, nil
	}
	mx := o.sess.matrix()
	var asks []tea.Msg
	switch msg := msg.(type) {
	case dataMsg:
	case tea.KeyMsg:
		k := o.keys
		switch {
		case arrowStep(k, msg, &o.row, &o.col, len(mx.Themes), len(mx.Gemeenten)):
		case key.Matches(msg, k.Home):
			o.col = 0
		case key.Matches(msg, k.End):
			o.col = len(mx.Gemeenten) - 1
		case key.Matches(msg, k.Enter):
			asks = ask(openScreenMsg{screenTheme, showThemeMsg{mx.Themes[o.row], o.col}})
		case key.Matches(msg, k.Report):
			asks = ask(openScreenMsg{id: screenReport})
		case key.Matches(msg, k.Kompas):
			asks = ask(openScreenMsg{id: screenKompas})
		case key.Matches(msg, k.Verloop) && len(mx.Gemeenten) > 0:
			asks = verloopOpen(o.sess, mx.Gemeenten[o.col])
		}
	case tea.MouseMsg:
		o.row = wheelStep(msg, o.row, len(mx.Themes))
	default:
		return nil, nil
	}
	o.layout()
	return nil, asks
}

func (o *overview) View() string {
	if o.sess == nil {
		return ""
	}
	s := o.styles
	mx := o.sess.matrix()
	gems := mx.Gemeenten[o.left : o.left+o.fit]
	var b strings.Builder
	b.WriteString(o.legend() + "\n")
	// Header row.
	b.WriteString(s.Header.Render(pad("Thema", o.labelW)))
	for gi, g := range gems {
		b.WriteString(s.Header.Render(padLeft(printable.String(g), o.colW[o.left+gi]-1)) + " ")
	}
	b.WriteString(s.Header.Render(padLeft("Totaal", ovTotalW-1)) + "\n")
	label := func(t int) string { return printable.String(o.sess.an.Taxonomy.Label(mx.Themes[t])) }
	for t := range mx.Themes {
		line := pad(label(t), o.labelW)
		if t == o.row {
			line = s.Selected.Render(line)
		}
		b.WriteString(line)
		for gi := range gems {
			g := o.left + gi
			b.WriteString(o.cell(mx.Cells[t][g], t == o.row && g == o.col, o.colW[g]) + " ")
		}
		b.WriteString(o.cell(mx.RowTotals[t], false, ovTotalW) + "\n")
	}
	b.WriteString(s.Header.Render(pad("Totaal", o.labelW)))
	for gi := range gems {
		b.WriteString(o.cell(mx.ColTotals[o.left+gi], false, o.colW[o.left+gi]) + " ")
	}
	b.WriteString(o.cell(mx.Total, false, ovTotalW) + "\n")
	extra := o.verloopLine(&b, gems)

	// Who carries the agreements, per gemeente (share of the column).
	if o.h-len(mx.Themes)-4-extra >= 2 {
		b.WriteString("\n" + s.Header.Render("Wie draagt de afspraken") + "\n")
		room := o.h - len(mx.Themes) - 6 - extra
		for ri, r := range role.All() {
			if ri >= room {
				break
			}
			b.WriteString(pad(r.Label(), o.labelW))
			for gi := range gems {
				c := mx.ColTotals[o.left+gi]
				b.WriteString(padLeft(percent(c.Roles[ri], c.N), o.colW[o.left+gi]-1) + " ")
			}
			b.WriteString(padLeft(percent(mx.Total.Roles[ri], mx.Total.N), ovTotalW-1) + "\n")
		}
	}
	return b.String()
}

// legend is the line above the matrix: which gemeente columns show when
// not all fit, and what a cell says (shorter when the long form does not
// fit).
func (o *overview) legend() string {
	s := o.styles
	lead := ""
	if n := len(o.sess.matrix().Gemeenten); o.fit < n {
		lead = s.Warn.Render(fmt.Sprintf("gemeenten %d–%d van %d (←/→)", o.left+1, o.left+o.fit, n)) + s.Dim.Render(" · ")
	}
	line := ""
	for _, txt := range []string{
		"per cel: aantal afspraken en % vaag (uw oordelen tellen mee); · = geen afspraken",
		"per cel: aantal afspraken en % vaag (uw oordelen tellen mee)",
		"cel: aantal afspraken, % vaag (met uw oordelen)",
	} {
		line = lead + s.Dim.Render(txt)
		if ansi.StringWidth(line) <= o.w {
			break
		}
	}
	return truncate(line, o.w)
}

// cell renders "count  share%" in width cw with the share coloured by how
// vague.
func (o *overview) cell(c compare.Cell, selected bool, cw int) string {
	s := o.styles
	// The cursor cell also carries "›": without colours (NO_COLOR) the
	// highlight alone does not show.
	cursor := func(txt string) string {
		if t := strings.TrimLeft(txt, " "); ansi.StringWidth(t) < cw-1 {
			return padLeft("›"+t, cw-1)
		}
		return txt
	}
	if c.N == 0 {
		txt := padLeft("·", cw-1)
		if selected {
			return s.Selected.Render(cursor(txt))
		}
		return s.Dim.Render(txt)
	}
	count := fmt.Sprintf("%d", c.N)
	share := fmt.Sprintf("%3.0f%%", 100*c.VagueShare())
	txt := padLeft(count+" "+share, cw-1)
	if selected {
		return s.Selected.Render(cursor(txt))
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

func (o *overview) ShortHelp() []key.Binding {
	k := o.keys
	return []key.Binding{withHelp(k.Enter, "thema"), k.Kompas, withHelp(k.Verloop, "jaren"), k.Search, withHelp(k.NextScreen, "afspraken"), k.Export}
}

func (o *overview) FullHelp() [][]key.Binding {
	k := o.keys
	return [][]key.Binding{
		{k.Up, k.Down, k.Left, k.Right, k.Home, k.End},
		{withHelp(k.Enter, "thema openen, gemeente in beeld"),
			withHelp(k.NextScreen, "volgend scherm: afspraken, importverslag, kompas"), k.Report,
			withHelp(k.Kompas, "kompas: de indicatoren per gemeente"),
			withHelp(k.Verloop, "verloop: de gemeente onder de cursor over de jaren")},
	}
}

// verloopLine writes, when a gemeente has more than one year loaded, a
// line under the totals with each gemeente's agreements nieuw (+),
// vervallen (−) and doorgeschoven (↻) in its latest year ("·" for a
// gemeente with one year; J opens the Verloop screen), and returns the
// lines written.
func (o *overview) verloopLine(b *strings.Builder, gems []string) int {
	an := o.sess.an
	if len(an.Verloop) == 0 {
		return 0
	}
	s := o.styles
	b.WriteString(s.Header.Render(pad("Verloop + − ↻", o.labelW)))
	for gi, g := range gems {
		w := o.colW[o.left+gi] - 1
		v, ok := an.VerloopOf(g)
		if !ok {
			b.WriteString(s.Dim.Render(padLeft("·", w)) + " ")
			continue
		}
		txt := fmt.Sprintf("+%d −%d ↻%d", v.Nieuw, v.Vervallen, v.Doorgeschoven)
		if ansi.StringWidth(txt) > w {
			txt = fmt.Sprintf("+%d−%d↻%d", v.Nieuw, v.Vervallen, v.Doorgeschoven)
		}
		b.WriteString(padLeft(txt, w) + " ")
	}
	b.WriteString(s.Dim.Render(padLeft(o.keys.Verloop.Help().Key+" jaren", ovTotalW-1)) + "\n")
	return 1
}
