package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"pakompas/compare"
	"pakompas/compare/printable"
	"pakompas/compare/theme"
)

// fullRow is the Thema screen's "hele rij" (z): the whole text of the
// cursor's row for every shown gemeente that has something on it, wrapped,
// in a viewport; side by side in columns when the screen is wide. The
// gemeenten lacking the agreement are named on one line. ↑/↓ go to the
// previous or next row, ←/→ choose the gemeente that enter and v act on;
// z or esc closes it.
type fullRow struct {
	vp viewport.Model
}

// fullColW is the narrowest column of the full row: a screen this many
// cells wider holds one more gemeente side by side.
const fullColW = 60

// openFull shows the whole text of the cursor's row.
func (t *themeView) openFull() {
	if len(t.visible) == 0 {
		return
	}
	t.full = &fullRow{vp: viewport.New(0, 0)}
	t.fillFull()
}

// fillFull sizes the viewport to the body under its title line and writes
// the row into it (layout calls it after every change: the row, the
// cursor's gemeente, the width, a verdict).
func (t *themeView) fillFull() {
	f := t.full
	f.vp.Width, f.vp.Height = t.w, max(1, t.h-1)
	if t.row < len(t.visible) {
		f.vp.SetContent(t.fullText(t.rows[t.visible[t.row]], t.w))
	}
}

// fullKey handles the keys that mean something else in the full row:
// closing it and scrolling; the other keys work as on the grid. It
// reports whether it took the key.
func (t *themeView) fullKey(msg tea.KeyMsg) bool {
	k, vp := t.keys, &t.full.vp
	switch {
	case key.Matches(msg, k.Back), key.Matches(msg, k.Expand):
		t.full = nil
	case key.Matches(msg, k.PageUp):
		vp.PageUp()
	case key.Matches(msg, k.PageDown):
		vp.PageDown()
	case key.Matches(msg, k.Home):
		vp.GotoTop()
	case key.Matches(msg, k.End):
		vp.GotoBottom()
	default:
		return false
	}
	return true
}

// fullText renders row r at width w: per gemeente with something on the
// row a block (its name, then each agreement's number and whole text, or
// where it stands under another theme), k blocks side by side; then the
// gemeenten that lack it.
func (t *themeView) fullText(r compare.ThemeRow, w int) string {
	s, gems := t.styles, t.sess.an.Gemeenten
	var blocks [][]string
	var missing []string
	cols := max(1, min(w/fullColW, len(t.sess.shown)))
	colW := w / cols
	for c, g := range t.sess.shown {
		body := t.fullCell(r, g, colW-3)
		if body == "" {
			if r.Group != "" && r.Missing[g] {
				missing = append(missing, printable.String(gems[g]))
			}
			continue
		}
		// ▸ marks the gemeente enter and v act on (also without colour).
		name := "  " + s.Header.Render(printable.String(gems[g]))
		if c == t.col {
			name = "▸ " + s.Selected.Render(printable.String(gems[g]))
		}
		block := []string{truncate(name, colW-1)}
		for _, line := range strings.Split(body, "\n") {
			block = append(block, "  "+line)
		}
		blocks = append(blocks, block)
	}
	cols = max(1, min(cols, len(blocks)))
	colW = w / cols
	var b strings.Builder
	for i := 0; i < len(blocks); i += cols {
		part := blocks[i:min(len(blocks), i+cols)]
		height := 0
		for _, bl := range part {
			height = max(height, len(bl))
		}
		for line := range height {
			var l strings.Builder
			for bi, bl := range part {
				cell := ""
				if line < len(bl) {
					cell = bl[line]
				}
				if bi < len(part)-1 {
					cell = pad(cell, colW)
				}
				l.WriteString(cell)
			}
			b.WriteString(strings.TrimRight(l.String(), " ") + "\n")
		}
		b.WriteString("\n")
	}
	if len(missing) > 0 {
		b.WriteString(ansi.Wrap(s.Missing.Render("ontbreekt bij: "+strings.Join(missing, ", ")), max(10, w-1), ""))
	}
	return strings.TrimRight(b.String(), "\n")
}

// fullCell is the whole of gemeente g's cell on row r wrapped to w: each
// agreement (its verdict mark, judge.go; the flagged words highlighted
// when vague), or the one it
// has under another theme; "" when the cell is empty.
func (t *themeView) fullCell(r compare.ThemeRow, g, w int) string {
	s := t.styles
	var parts []string
	for _, i := range r.Cells[g] {
		a := t.sess.an.Agreements[i]
		mark, text := "", printable.String(a.Text)
		if m := t.sess.mark(s, i); m != " " {
			mark = m + " "
		}
		if t.sess.vague(i) {
			text = highlight(a, s.Highlight.Render)
		}
		parts = append(parts, ansi.Wrap(mark+s.Dim.Render(printable.String(a.Number))+" "+text, max(10, w), ""))
	}
	if len(parts) == 0 && r.Elsewhere != nil && r.Elsewhere[g] >= 0 {
		i := r.Elsewhere[g]
		a := t.sess.an.Agreements[i]
		parts = append(parts, ansi.Wrap(t.elsewhereText(i), max(10, w), ""),
			ansi.Wrap(s.Dim.Render(printable.String(a.Number)+" "+printable.String(a.Text)), max(10, w), ""))
	}
	return strings.Join(parts, "\n")
}

// elsewhereText says under which theme agreement i stands (it is on
// another theme's row): "→ Duurzaamheid", and who put it there when the
// adviser did.
func (t *themeView) elsewhereText(i int) string {
	a := t.sess.an.Agreements[i]
	txt := "→ " + printable.String(t.sess.an.Taxonomy.Label(a.Theme))
	if a.ThemeVia == theme.ViaAdviser {
		txt += " (verplaatst door adviseur)"
	}
	return t.styles.Missing.Render(txt)
}

// fullView is the full row's title line and viewport.
func (t *themeView) fullView() string {
	s := t.styles
	label := printable.String(t.sess.an.Taxonomy.Label(t.key))
	head := s.Header.Render("Hele rij · "+label) + s.Dim.Render(fmt.Sprintf("  rij %d van %d", t.row+1, len(t.visible)))
	if !t.full.vp.AtTop() || !t.full.vp.AtBottom() {
		head += s.Dim.Render(fmt.Sprintf("  %d%%", int(100*t.full.vp.ScrollPercent())))
	}
	return truncate(head, t.w) + "\n" + t.full.vp.View()
}

func (t *themeView) fullShortHelp() []key.Binding {
	k := t.keys
	return []key.Binding{withHelp(k.Back, "sluiten"), withHelp(k.Down, "volgende rij"), withHelp(k.Enter, "afspraak"), k.Verdict, withHelp(k.PageDown, "scrollen")}
}

func (t *themeView) fullFullHelp() [][]key.Binding {
	k := t.keys
	return [][]key.Binding{
		{withHelp(k.Up, "vorige rij"), withHelp(k.Down, "volgende rij"), withHelp(k.Left, "gemeente links"), withHelp(k.Right, "gemeente rechts"),
			withHelp(k.PageUp, "tekst omhoog"), withHelp(k.PageDown, "tekst omlaag"), withHelp(k.Home, "begin van de tekst"), withHelp(k.End, "eind van de tekst")},
		{withHelp(k.Enter, "afspraak van de gekozen gemeente openen"), withHelp(k.Verdict, "oordeel van de gekozen gemeente wisselen"),
			withHelp(k.Back, "hele rij sluiten"), withHelp(k.Expand, "hele rij sluiten")},
	}
}
