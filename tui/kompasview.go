package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"pakompas/compare/kompas"
	"pakompas/compare/printable"
)

// View renders the legend, the gemeente names, the table lines that fit
// and, under them, what the cursor's cell means (kompas.go settled the
// layout).
func (k *kompasScreen) View() string {
	if k.res == nil {
		return ""
	}
	s := k.styles
	if len(k.shown) == 0 {
		return s.Warn.Render("Geen gemeenten ingelezen: er is niets te beoordelen.")
	}
	if k.per.on {
		return k.perView()
	}
	var b strings.Builder
	b.WriteString(k.legendLine() + "\n")
	b.WriteString(s.Header.Render(pad("Indicator", k.labelW)))
	for c := k.left; c < k.left+k.fit; c++ {
		name := padLeft(printable.String(k.res.Gemeenten[k.shown[c]]), k.colW-1)
		if c == k.col {
			name = s.Selected.Render(name)
		}
		b.WriteString(" " + s.Header.Render(name))
	}
	b.WriteString("\n")
	for li := k.top; li < min(len(k.lines), k.top+k.page); li++ {
		b.WriteString(k.tableLine(k.lines[li]) + "\n")
	}
	if k.gap {
		b.WriteString("\n")
	}
	b.WriteString(strings.Join(k.detail(), "\n"))
	return b.String()
}

// tableLine renders a group's name, or an indicator's label and its cell
// for every gemeente column that fits; the cursor's row carries "›"
// before its label and in its cell.
func (k *kompasScreen) tableLine(l kompasLine) string {
	s := k.styles
	if l.row < 0 {
		return s.Header.Render(pad(l.group, k.labelW))
	}
	lead := "  "
	if l.row == k.row {
		lead = cursorMark
	}
	label := pad(lead+k.res.Indicators[l.row].Label, k.labelW)
	if l.row == k.row {
		label = s.Selected.Render(label)
	}
	var b strings.Builder
	b.WriteString(label)
	for c := k.left; c < k.left+k.fit; c++ {
		sc := k.res.Scores[k.shown[c]][l.row]
		b.WriteString(k.cell(sc, l.row == k.row && c == k.col))
	}
	return b.String()
}

// cell renders a score in a gemeente column: the space before the column,
// then the figure and the mark of its judgement (✓ ! ✗; · when not
// judged) in the judgement's colour, right-aligned. The cursor's cell has
// "›" just before the figure (in the space before the column when the
// figure fills it), so that the figures do not move with the cursor.
func (k *kompasScreen) cell(sc kompas.Score, selected bool) string {
	return k.cellIn(sc, k.colW, selected)
}

// cellIn is cell in a column colW wide (the space before it included).
func (k *kompasScreen) cellIn(sc kompas.Score, colW int, selected bool) string {
	s := k.styles
	w := colW - 1
	txt := cellText(sc, w)
	switch {
	case !selected:
		return " " + s.Level(sc.Level).Render(padLeft(txt, w))
	case ansi.StringWidth(txt) < w:
		return " " + s.Selected.Render(padLeft("›"+txt, w))
	}
	return s.Selected.Render("›" + txt)
}

// cellText is a score's figure and mark within w cells: "31% !",
// "corporatie 45% ✓"; a named share too wide shortens its name to four
// letters ("corp. 45% ✓"), then leaves it out.
func cellText(sc kompas.Score, w int) string {
	if sc.Level == kompas.None {
		return kompas.None.Mark()
	}
	mark := " " + sc.Level.Mark()
	full := sc.Text + mark
	if ansi.StringWidth(full) <= w {
		return full
	}
	sp := strings.LastIndexByte(sc.Text, ' ')
	if sp < 0 {
		return truncate(full, w)
	}
	name, fig := sc.Text[:sp], sc.Text[sp:]
	if room := w - ansi.StringWidth(fig+mark); room >= 4 {
		return ansi.Truncate(name, min(room, 5), ".") + fig + mark
	}
	return truncate(strings.TrimSpace(fig)+mark, w)
}

// legendLine says which gemeenten show when not all fit or some were
// picked, and what the marks mean (shorter when the long form does not
// fit).
func (k *kompasScreen) legendLine() string {
	s := k.styles
	lead := ""
	if n, all := len(k.shown), len(k.res.Gemeenten); n < all {
		lead = s.Warn.Render(fmt.Sprintf("[%d van %d gemeenten]", n, all)) + s.Dim.Render(" "+k.keys.ClearFilters.Help().Key+" wist · ")
	}
	if k.fit < len(k.shown) {
		lead += s.Warn.Render(fmt.Sprintf("gemeenten %d–%d van %d (←/→)", k.left+1, k.left+k.fit, len(k.shown))) + s.Dim.Render(" · ")
	}
	return k.marksAfter(lead)
}

// marksAfter is lead and what the marks mean, shorter when the long
// form does not fit: the hint for enter gives way first, then "oordeel".
func (k *kompasScreen) marksAfter(lead string) string {
	s := k.styles
	mark := func(l kompas.Level, short bool) string {
		word := l.Word()
		if short {
			word = strings.Fields(word)[0]
		}
		return s.Level(l).Render(l.Mark() + " " + word)
	}
	var line string
	for i := range 3 {
		short := i == 2
		line = lead + strings.Join([]string{mark(kompas.Green, short), mark(kompas.Amber, short), mark(kompas.Red, short), mark(kompas.None, short)}, "  ")
		if i == 0 {
			line += s.Dim.Render(" · enter: de afspraken erachter")
		}
		if ansi.StringWidth(line) <= k.w {
			break
		}
	}
	return truncate(line, k.w)
}

// detail says what the cursor's cell means: gemeente, indicator and
// judgement in words, how many agreements enter lists, the reason with
// the thresholds, and what the indicator counts; in detailH lines.
func (k *kompasScreen) detail() []string {
	g, sc := k.current()
	ind := k.res.Indicators[k.row]
	return k.detailOf(printable.String(k.res.Gemeenten[g]), ind.Label, ind.Help, sc, k.detailH)
}

// detailOf is detail for a cell of a gemeente (where), an indicator
// (its label and what it counts) and its score, in h lines.
func (k *kompasScreen) detailOf(where, label, help string, sc kompas.Score, h int) []string {
	s := k.styles
	head := s.Level(sc.Level).Render(where + " · " + label + ": " + sc.Level.Mark() + " " + sc.Level.Word())
	// The reason names themes and parties as the input and config wrote them.
	reason := printable.String(sc.Reason)
	behind := "geen afspraken erachter"
	if n := len(sc.Agreements); n > 0 {
		behind = "enter toont " + plural(n, "afspraak", "afspraken")
	}
	if h == 1 {
		return []string{truncate(head+" — "+reason+s.Dim.Render(" · "+behind), k.w)}
	}
	lines := []string{truncate(head+s.Dim.Render(" · "+behind), k.w)}
	lines = append(lines, strings.Split(ansi.Wordwrap(reason, k.w, ""), "\n")...)
	reasonEnd := len(lines)
	for _, l := range strings.Split(ansi.Wordwrap(label+": "+help, k.w, ""), "\n") {
		lines = append(lines, s.Dim.Render(l))
	}
	for i := range lines {
		lines[i] = truncate(lines[i], k.w)
	}
	if len(lines) <= h {
		return lines
	}
	lines = lines[:h]
	if h < reasonEnd {
		// The reason is cut: "…" says so.
		last := &lines[h-1]
		*last = ansi.Truncate(*last, k.w-2, "") + " …"
	}
	return lines
}

// plural writes a count with the singular or plural noun: "1 afspraak".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
