package tui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"pakompas/compare"
)

// themeView is the Thema screen: one national theme with the gemeenten as
// columns. Aligned agreements (the same agreement in several gemeenten)
// stand on one row; a gemeente that lacks it shows "ontbreekt". Rendering
// is in themecells.go.
type themeView struct {
	*common
	w, h      int
	key       string
	rows      []compare.ThemeRow
	visible   []int // indexes into rows after the vague-only filter
	vagueOnly bool
	row, col  int // cursor: index into visible, index into session.shown
	top, left int // first visible row and gemeente column
	gen       int // the session's themeGen the rows were taken at
	// From the size and the number of columns shown (layout): the width
	// of a gemeente column, how many fit, and how many rows a page holds.
	colW, fit, perPage int
	// full shows the whole text of the cursor's row (themefull.go); nil
	// when closed.
	full *fullRow
	// follows: this screen opened agreement openedAt (themeseq.go).
	follows  bool
	openedAt int
}

const (
	thCellH   = 4 // lines of text per cell
	thMinColW = 24
	thGutter  = 4 // the row marker column
)

func newThemeView(c *common) *themeView { return &themeView{common: c} }

func (t *themeView) Title() string   { return "Thema" }
func (t *themeView) Capturing() bool { return false }

func (t *themeView) SetSize(w, h int) {
	if w == t.w && h == t.h {
		return
	}
	t.w, t.h = w, h
	t.layout()
}

// layout computes the column width, the columns and rows that fit, and
// scrolls so the cursor is in view.
func (t *themeView) layout() {
	t.perPage = max(1, (t.h-2)/(thCellH+1))
	t.top = scrollTo(t.top, t.row, t.perPage)
	if t.sess == nil {
		return
	}
	ng := len(t.sess.shown)
	t.fit = max(1, min(ng, (t.w-thGutter)/thMinColW))
	t.colW = (t.w - thGutter) / t.fit
	t.left = scrollCols(t.left, t.col, t.fit, ng)
	if t.full != nil {
		t.fillFull()
	}
}

// show opens theme key with gemeente col (a matrix index) in view; the
// cursor and the filters stay when it is the theme already shown, another
// theme starts without filters (themefilters.go).
func (t *themeView) show(key string, col int) {
	if t.key != key {
		*t = themeView{common: t.common, w: t.w, h: t.h, key: key, rows: t.sess.themeRows(key), gen: t.sess.themeGen()}
		t.sess.shown = t.allGemeenten()
	}
	t.fresh()
	t.col = 0
	for c, g := range t.sess.shown {
		if g == col {
			t.col = c
		}
	}
	t.filter()
}

// fresh retakes the rows when an agreement moved theme since.
func (t *themeView) fresh() {
	if t.key != "" && t.gen != t.sess.themeGen() {
		t.rows, t.gen = t.sess.themeRows(t.key), t.sess.themeGen()
		t.filter()
	}
}

// filter recomputes the visible rows: those with an agreement in a shown
// gemeente column (with gemeenten picked, a row whose shown cells are all
// gaps or empty says nothing), and with V only those with a vague one.
func (t *themeView) filter() {
	t.visible = t.visible[:0]
	for i, r := range t.rows {
		if shownRow(t.sess, r, t.vagueOnly) {
			t.visible = append(t.visible, i)
		}
	}
	t.row = max(0, min(t.row, len(t.visible)-1))
	if t.full != nil && len(t.visible) == 0 {
		t.full = nil
	}
}

// shownRow reports whether row r has an agreement in a shown column (a
// vague one when vagueOnly).
func shownRow(s *session, r compare.ThemeRow, vagueOnly bool) bool {
	for _, g := range s.shown {
		for _, i := range r.Cells[g] {
			if !vagueOnly || s.vague(i) {
				return true
			}
		}
	}
	return false
}

func (t *themeView) Update(msg tea.Msg) (tea.Cmd, []tea.Msg) {
	if t.sess == nil {
		return nil, nil
	}
	var asks []tea.Msg
	switch msg := msg.(type) {
	case showThemeMsg:
		t.show(msg.key, msg.col)
	case dataMsg:
		t.fresh()
	case activeMsg:
		t.follow()
	case gemeentenChosenMsg:
		t.sess.shown = msg.shown
		t.col = min(t.col, len(msg.shown)-1)
		t.filter()
	case tea.KeyMsg:
		asks = t.onKey(msg)
	case tea.MouseMsg:
		if t.full != nil {
			t.full.vp, _ = t.full.vp.Update(msg)
		} else {
			t.row = wheelStep(msg, t.row, len(t.visible))
		}
	default:
		return nil, nil
	}
	t.layout()
	return nil, asks
}

// onKey handles a key press.
func (t *themeView) onKey(msg tea.KeyMsg) []tea.Msg {
	k := t.keys
	if t.full != nil && t.fullKey(msg) {
		return nil
	}
	if row, ok := k.moveCursor(msg, t.row, len(t.visible), t.perPage); ok {
		if t.full != nil && row != t.row {
			t.full.vp.GotoTop()
		}
		t.row = row
		return nil
	}
	switch {
	case key.Matches(msg, k.Back):
		return ask(backMsg{})
	case key.Matches(msg, k.Left):
		t.col = max(0, t.col-1)
	case key.Matches(msg, k.Right):
		t.col = min(len(t.sess.shown)-1, t.col+1)
	case key.Matches(msg, k.VagueOnly):
		t.vagueOnly = !t.vagueOnly
		t.filter()
	case key.Matches(msg, k.NextScreen):
		t.switchTheme(+1)
		return t.keptFilters()
	case key.Matches(msg, k.PrevScreen):
		t.switchTheme(-1)
		return t.keptFilters()
	case key.Matches(msg, k.ClearFilters):
		return t.clearFilters()
	case key.Matches(msg, k.Enter):
		return t.open()
	case key.Matches(msg, k.Expand):
		t.openFull()
	case k.isVerdict(msg):
		if i, ok := t.current(); ok {
			return ask(t.sess.judge(k, msg, i))
		}
	case key.Matches(msg, k.Gemeenten):
		return ask(openDialogMsg{newGemeentePicker(t.common, "Welke gemeenten naast elkaar?", "als kolom", t.sess.shown)})
	}
	return nil
}

// switchTheme moves to the next or previous theme with agreements.
func (t *themeView) switchTheme(d int) {
	themes := t.sess.matrix().Themes
	i := t.sess.themeIdx[t.key]
	for range themes {
		i = (i + d + len(themes)) % len(themes)
		if t.sess.matrix().RowTotals[i].N > 0 {
			break
		}
	}
	*t = themeView{common: t.common, w: t.w, h: t.h, key: themes[i], rows: t.sess.themeRows(themes[i]), vagueOnly: t.vagueOnly, col: t.col, gen: t.sess.themeGen()}
	t.filter()
}

// open asks for the Afspraak screen on the agreement under the cursor, or
// on the one its gemeente has under another theme.
func (t *themeView) open() []tea.Msg {
	if i, ok := t.current(); ok {
		return ask(t.openAt(i))
	}
	i, ok := t.elsewhere()
	if !ok {
		return nil
	}
	return ask(openScreenMsg{screenDetail, showAgreementMsg{i: i}})
}

// elsewhere returns the agreement the cursor's gemeente has under another
// theme, for the row under the cursor (compare.ThemeRow.Elsewhere).
func (t *themeView) elsewhere() (int, bool) {
	if t.row >= len(t.visible) || t.col >= len(t.sess.shown) {
		return 0, false
	}
	r := t.rows[t.visible[t.row]]
	if r.Elsewhere == nil || r.Elsewhere[t.sess.shown[t.col]] < 0 {
		return 0, false
	}
	return r.Elsewhere[t.sess.shown[t.col]], true
}

// current returns the agreement under the cursor (the first of the cell).
func (t *themeView) current() (int, bool) {
	if t.row >= len(t.visible) || t.col >= len(t.sess.shown) {
		return 0, false
	}
	c := t.rows[t.visible[t.row]].Cells[t.sess.shown[t.col]]
	if len(c) == 0 {
		return 0, false
	}
	return c[0], true
}

// ShortHelp lists the keys most needed first: the footer drops the last
// ones when the width is short.
func (t *themeView) ShortHelp() []key.Binding {
	k := t.keys
	if t.full != nil {
		return t.fullShortHelp()
	}
	return []key.Binding{withHelp(k.Enter, "afspraak"), k.Expand, k.Verdict, k.VagueOnly, withHelp(k.Gemeenten, "kolommen"), withHelp(k.NextScreen, "volgend thema"), k.Back}
}

func (t *themeView) FullHelp() [][]key.Binding {
	k := t.keys
	if t.full != nil {
		return t.fullFullHelp()
	}
	return [][]key.Binding{
		{k.Up, k.Down, k.Left, k.Right, k.PageUp, k.PageDown, k.Home, k.End},
		{withHelp(k.Enter, "afspraak openen (ook een afspraak onder ander thema: →)"),
			withHelp(k.Expand, "hele rij lezen: de volledige tekst van elke gemeente"),
			withHelp(k.VagueOnly, "alleen vage rijen"),
			withHelp(k.Gemeenten, "gemeenten kiezen (rijen zonder afspraak in de gekozen kolommen verdwijnen)"),
			withHelp(k.ClearFilters, "filters wissen (alle rijen en gemeenten)"),
			withHelp(k.NextScreen, "volgend thema"), withHelp(k.PrevScreen, "vorig thema"), k.Back},
		k.verdictHelp("oordeel wisselen"),
	}
}
