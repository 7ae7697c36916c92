package tui

import (
	"fmt"
	"sort"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"pakompas/compare"
)

// themeView is the Thema screen: one national theme with the gemeenten as
// columns. Aligned agreements (the same agreement in several gemeenten)
// stand on one row; a gemeente that lacks it shows "ontbreekt".
type themeView struct {
	key       string
	rows      []compare.ThemeRow
	visible   []int // indexes into rows after the vague-only filter
	vagueOnly bool
	row, col  int // cursor: index into visible, index into session.shown
	top, left int // first visible row and gemeente column
	gen       int // the session's themeGen the rows were taken at
}

// fresh retakes the rows when an agreement moved theme since.
func (t *themeView) fresh(m *Model) {
	if t.gen != m.sess.themeGen() {
		t.rows, t.gen = m.sess.themeRows(t.key), m.sess.themeGen()
		t.filter(m)
	}
}

const (
	thCellH   = 4 // lines of text per cell
	thMinColW = 24
)

func (t *themeView) title() string {
	return "Thema"
}

func (t *themeView) capturing() bool { return false }

// openTheme shows theme key with gemeente column col in view.
func (m *Model) openTheme(key string, col int) tea.Cmd {
	tv, _ := m.screens[screenTheme].(*themeView)
	if tv == nil {
		tv = &themeView{}
		m.screens[screenTheme] = tv
	}
	if tv.key != key {
		*tv = themeView{key: key, rows: m.sess.themeRows(key), vagueOnly: tv.vagueOnly, gen: m.sess.themeGen()}
	}
	tv.fresh(m)
	tv.col = 0
	for c, g := range m.sess.shown {
		if g == col {
			tv.col = c
		}
	}
	tv.filter(m)
	m.open(screenTheme)
	return nil
}

// filter recomputes the visible rows (vague only: rows with a vague cell).
func (t *themeView) filter(m *Model) {
	t.visible = t.visible[:0]
	for i, r := range t.rows {
		if !t.vagueOnly || rowHasVague(m.sess, r) {
			t.visible = append(t.visible, i)
		}
	}
	t.row = max(0, min(t.row, len(t.visible)-1))
}

func rowHasVague(s *session, r compare.ThemeRow) bool {
	for _, c := range r.Cells {
		for _, i := range c {
			if s.vague(i) {
				return true
			}
		}
	}
	return false
}

func (t *themeView) update(m *Model, msg tea.Msg) tea.Cmd {
	t.fresh(m)
	ng := len(m.sess.shown)
	switch msg := msg.(type) {
	case tea.KeyMsg:
		k := m.c.keys
		switch {
		case key.Matches(msg, k.Back):
			m.back()
		case key.Matches(msg, k.Up):
			t.row = max(0, t.row-1)
		case key.Matches(msg, k.Down):
			t.row = min(len(t.visible)-1, t.row+1)
		case key.Matches(msg, k.PageUp):
			t.row = max(0, t.row-t.pageRows(m))
		case key.Matches(msg, k.PageDown):
			t.row = max(0, min(len(t.visible)-1, t.row+t.pageRows(m)))
		case key.Matches(msg, k.Home):
			t.row = 0
		case key.Matches(msg, k.End):
			t.row = max(0, len(t.visible)-1)
		case key.Matches(msg, k.Left):
			t.col = max(0, t.col-1)
		case key.Matches(msg, k.Right):
			t.col = min(ng-1, t.col+1)
		case key.Matches(msg, k.VagueOnly):
			t.vagueOnly = !t.vagueOnly
			t.filter(m)
		case key.Matches(msg, k.NextScreen):
			t.switchTheme(m, +1)
		case key.Matches(msg, k.PrevScreen):
			t.switchTheme(m, -1)
		case key.Matches(msg, k.Enter):
			if i, ok := t.current(m); ok {
				m.openDetail(i)
			}
		case key.Matches(msg, k.Verdict):
			if i, ok := t.current(m); ok {
				m.cycleVerdict(i)
			}
		case key.Matches(msg, k.Gemeenten):
			m.dialog = newGemeentePicker(m)
		}
	case tea.MouseMsg:
		switch msg.Button {
		case tea.MouseButtonWheelUp:
			t.row = max(0, t.row-1)
		case tea.MouseButtonWheelDown:
			t.row = max(0, min(len(t.visible)-1, t.row+1))
		}
	}
	return nil
}

// switchTheme moves to the next or previous theme with agreements.
func (t *themeView) switchTheme(m *Model, d int) {
	themes := m.sess.matrix().Themes
	i := m.sess.themeIdx[t.key]
	for range themes {
		i = (i + d + len(themes)) % len(themes)
		if m.sess.matrix().RowTotals[i].N > 0 {
			break
		}
	}
	col := t.col
	*t = themeView{key: themes[i], rows: m.sess.themeRows(themes[i]), vagueOnly: t.vagueOnly, col: col, gen: m.sess.themeGen()}
	t.filter(m)
}

// current returns the agreement under the cursor (the first of the cell).
func (t *themeView) current(m *Model) (int, bool) {
	if t.row >= len(t.visible) || t.col >= len(m.sess.shown) {
		return 0, false
	}
	c := t.rows[t.visible[t.row]].Cells[m.sess.shown[t.col]]
	if len(c) == 0 {
		return 0, false
	}
	return c[0], true
}

// pageRows is how many rows fit on a screen (for page keys).
func (t *themeView) pageRows(m *Model) int { return max(1, (m.c.height-5)/(thCellH+1)) }

// layout decides the column width and how many columns fit.
func (t *themeView) layout(w, ng int) (colW, fit int) {
	const gutter = 4 // row marker column
	fit = max(1, min(ng, (w-gutter)/thMinColW))
	colW = (w - gutter) / fit
	if t.col < t.left {
		t.left = t.col
	}
	if t.col >= t.left+fit {
		t.left = t.col - fit + 1
	}
	t.left = max(0, min(t.left, ng-fit))
	return colW, fit
}

func (t *themeView) view(m *Model, w, h int) string {
	t.fresh(m)
	s := m.c.styles
	mx := m.sess.matrix()
	ti := m.sess.themeIdx[t.key]
	gems, shown := mx.Gemeenten, m.sess.shown
	t.col = min(t.col, len(shown)-1)
	colW, fit := t.layout(w, len(shown))
	var b strings.Builder
	total := mx.RowTotals[ti]
	head := fmt.Sprintf("%s  %d afspraken, %d vaag", m.sess.an.Taxonomy.Label(t.key), total.N, total.Vague)
	if t.vagueOnly {
		head += "  " + s.Warn.Render("[alleen vaag]")
	}
	if fit < len(shown) {
		head += s.Dim.Render(fmt.Sprintf("  gemeenten %d–%d van %d", t.left+1, t.left+fit, len(shown)))
	}
	if len(shown) < len(gems) {
		head += s.Warn.Render(fmt.Sprintf("  [%d van %d gemeenten gekozen]", len(shown), len(gems)))
	}
	b.WriteString(truncate(s.Header.Render(head), w) + "\n")
	b.WriteString("    ")
	for c := t.left; c < t.left+fit; c++ {
		name := gems[shown[c]]
		if c == t.col {
			b.WriteString(s.Selected.Render(pad(" "+name, colW-1)) + " ")
		} else {
			b.WriteString(s.Header.Render(pad(" "+name, colW-1)) + " ")
		}
	}
	b.WriteString("\n")
	if len(t.visible) == 0 {
		b.WriteString(s.Dim.Render("  geen afspraken"))
		return b.String()
	}
	perPage := max(1, (h-2)/(thCellH+1))
	if t.row < t.top {
		t.top = t.row
	}
	if t.row >= t.top+perPage {
		t.top = t.row - perPage + 1
	}
	for vi := t.top; vi < min(len(t.visible), t.top+perPage); vi++ {
		r := t.rows[t.visible[vi]]
		cells := make([][]string, fit)
		for c := range fit {
			cells[c] = t.cellLines(m, r, shown[t.left+c], colW-2, vi == t.row && t.left+c == t.col)
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
			for c := range fit {
				b.WriteString(pad(" "+cells[c][line], colW-1) + " ")
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
func (t *themeView) cellLines(m *Model, r compare.ThemeRow, g, w int, selected bool) []string {
	s := m.c.styles
	out := make([]string, thCellH)
	idx := r.Cells[g]
	switch {
	case len(idx) == 0 && r.Group != "" && r.Missing[g]:
		out[0] = s.Missing.Render("ontbreekt")
	case len(idx) == 0:
		out[0] = ""
	default:
		a := m.sess.an.Agreements[idx[0]]
		vague := m.sess.vague(idx[0])
		mark := "  "
		if vague {
			mark = s.VagueMark.Render("● ")
		}
		text := a.Text
		if vague {
			text = highlight(a, s.Highlight.Render)
		}
		body := mark + s.Dim.Render(a.Number) + " " + strings.ReplaceAll(text, "\n", " ")
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

// highlight renders the text with every flagged span styled by hl.
func highlight(a compare.Agreement, hl func(...string) string) string {
	var spans [][2]int
	for _, f := range a.Flags {
		if !f.Info {
			spans = append(spans, f.Spans...)
		}
	}
	if len(spans) == 0 {
		return a.Text
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i][0] < spans[j][0] })
	var b strings.Builder
	pos := 0
	for _, sp := range spans {
		if sp[0] < pos || sp[1] > len(a.Text) {
			continue
		}
		b.WriteString(a.Text[pos:sp[0]])
		b.WriteString(hl(a.Text[sp[0]:sp[1]]))
		pos = sp[1]
	}
	b.WriteString(a.Text[pos:])
	return b.String()
}

func (t *themeView) shortHelp(m *Model) []key.Binding {
	k := m.c.keys
	return []key.Binding{withHelp(k.Enter, "afspraak"), k.Verdict, k.VagueOnly, k.Gemeenten, withHelp(k.NextScreen, "volgend thema"), k.Back}
}

func (t *themeView) fullHelp(m *Model) [][]key.Binding {
	k := m.c.keys
	return [][]key.Binding{
		{k.Up, k.Down, k.Left, k.Right, k.PageUp, k.PageDown, k.Home, k.End},
		{withHelp(k.Enter, "afspraak openen"), withHelp(k.Verdict, "oordeel wisselen"), withHelp(k.VagueOnly, "alleen vage rijen"),
			withHelp(k.Gemeenten, "gemeenten kiezen"),
			withHelp(k.NextScreen, "volgend thema"), withHelp(k.PrevScreen, "vorig thema"), k.Back},
	}
}
