package tui

import (
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"pakompas/compare"
	"pakompas/compare/kompas"
)

// kompasScreen is the Kompas screen: each gemeente's set of agreements
// judged as the guide asks (package compare/kompas), the gemeenten as
// columns and the indicators as rows under their groups; each cell holds
// the figure, a mark and the colour of its judgement. Enter lists the
// agreements behind the cell in the Afspraken list. The scan is counted
// when the screen is first shown and again when what it counts changed
// (session.changes); rendering is in kompasview.go.
type kompasScreen struct {
	*common
	w, h int
	// res is the scan; nil until the screen is first shown. at is the
	// session's changes it was counted at.
	res *kompas.Result
	at  int
	// lines are the table's lines: a group's name (row -1) or an
	// indicator (its row in res.Indicators).
	lines []kompasLine
	// row and col are the cursor: an indicator, an index into shown.
	row, col int
	// shown are the gemeente columns (indexes into res.Gemeenten), all
	// unless the adviser picked some (c).
	shown []int
	// per is the per-thema view of one gemeente (kompastheme.go), on
	// when per.on.
	per perTheme
	// From the size (layout): the label column's width, a gemeente
	// column's width, how many columns fit and the first of them; the
	// table lines that show and the first of them; the lines of the
	// cell's explanation under the table and whether a blank line
	// stands between.
	labelW, colW, fit, left int
	page, top               int
	detailH                 int
	gap                     bool
}

// kompasLine is one line of the table: a group's name (row -1) or an
// indicator.
type kompasLine struct {
	group string
	row   int
}

const (
	// kpColMin and kpColMax bound a gemeente column, the space before
	// it included: names of 11 letters whole at least ("Ouder-Amstel"
	// in 13), the widest figure ("corporatie 45% ✓") at most.
	kpColMin, kpColMax = 12, 18
	// kpLabelMin is the label column's width when the screen is narrow.
	kpLabelMin = 18
)

func newKompas(c *common) *kompasScreen { return &kompasScreen{common: c} }

func (k *kompasScreen) Title() string   { return "Kompas" }
func (k *kompasScreen) Capturing() bool { return false }

func (k *kompasScreen) SetSize(w, h int) {
	if w == k.w && h == k.h {
		return
	}
	k.w, k.h = w, h
	k.layout()
}

// fresh counts the scan again when the verdicts or the analysis changed
// since (or it was never counted).
func (k *kompasScreen) fresh() {
	if k.res != nil && k.at == k.sess.changes {
		return
	}
	r := kompas.Scan(k.sess.ev, thresholdsOf(k.sess.an))
	k.res, k.at = &r, k.sess.changes
	if len(k.shown) == 0 || k.shown[len(k.shown)-1] >= len(r.Gemeenten) {
		k.shown = k.allGemeenten()
	}
	k.lines = k.lines[:0]
	group := ""
	for row, ind := range r.Indicators {
		if ind.Group != group {
			group = ind.Group
			k.lines = append(k.lines, kompasLine{group: group, row: -1})
		}
		k.lines = append(k.lines, kompasLine{row: row})
	}
	k.row = max(0, min(k.row, len(r.Indicators)-1))
	k.col = max(0, min(k.col, len(k.shown)-1))
	if k.per.on {
		k.per.refresh(k.res)
	}
}

// allGemeenten are the indexes of every gemeente of the scan.
func (k *kompasScreen) allGemeenten() []int {
	all := make([]int, len(k.res.Gemeenten))
	for g := range all {
		all[g] = g
	}
	return all
}

// layout decides the column widths, the columns that fit, and the table
// lines that fit above the cell's explanation, and scrolls so that the
// cursor shows.
func (k *kompasScreen) layout() {
	if k.res == nil {
		return
	}
	if k.per.on {
		k.per.layout(k.res, k.w, k.h)
		return
	}
	n := len(k.shown)
	need := 0
	for _, ind := range k.res.Indicators {
		need = max(need, ansi.StringWidth(ind.Label)+2, ansi.StringWidth(ind.Group))
	}
	k.labelW = min(need, max(kpLabelMin, k.w-3*kpColMin))
	k.colW = max(kpColMin, min(kpColMax, (k.w-k.labelW)/max(1, n)))
	k.fit = max(1, min(n, (k.w-k.labelW)/k.colW))
	if k.fit < n {
		// Paging: the columns that show share the width.
		k.colW = min(kpColMax, max(k.colW, (k.w-k.labelW)/k.fit))
	}
	k.left = scrollCols(k.left, k.col, k.fit, n)

	k.page, k.detailH, k.gap = tableAndDetail(k.h, len(k.lines))
	cl := k.cursorLine()
	k.top = scrollTo(k.top, cl, k.page)
	// The group's name shows with its first indicator.
	if cl > 0 && k.lines[cl-1].row < 0 && cl-1 < k.top && k.page > 1 {
		k.top = cl - 1
	}
	k.top = max(0, min(k.top, len(k.lines)-k.page))
}

// cursorLine is the table line of the cursor's indicator.
func (k *kompasScreen) cursorLine() int {
	for i, l := range k.lines {
		if l.row == k.row {
			return i
		}
	}
	return 0
}

// tableAndDetail shares h lines under the legend and the column names
// between a table of lines lines and the cursor cell's explanation under
// it: one line at least, four at most, after a blank line (gap) when
// there is room; page is the table lines that show.
func tableAndDetail(h, lines int) (page, detailH int, gap bool) {
	avail := max(2, h-2)
	spare := avail - lines
	gap, detailH = spare >= 3, 1
	if gap {
		detailH = min(4, spare-1)
	}
	return max(1, avail-detailH-btoi(gap)), detailH, gap
}

// btoi is 1 for true.
func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (k *kompasScreen) Update(msg tea.Msg) (tea.Cmd, []tea.Msg) {
	if k.sess == nil {
		return nil, nil
	}
	var asks []tea.Msg
	switch msg := msg.(type) {
	case activeMsg:
		k.fresh()
	case dataMsg:
		// Counted again at once only once the screen was shown: it may
		// be the screen on view (an undo).
		if k.res != nil {
			k.fresh()
		}
	case gemeentenChosenMsg:
		k.show(msg.shown)
	case tea.KeyMsg:
		k.fresh()
		if len(k.shown) == 0 {
			// No gemeenten: nothing to move over or open.
			if key.Matches(msg, k.keys.Back) {
				asks = ask(backMsg{})
			}
			break
		}
		if k.per.on {
			asks = k.perKey(msg)
		} else {
			asks = k.onKey(msg)
		}
	case tea.MouseMsg:
		switch {
		case k.res == nil || len(k.shown) == 0:
		case k.per.on:
			k.per.row = wheelStep(msg, k.per.row, len(k.per.themes))
		default:
			k.row = wheelStep(msg, k.row, len(k.res.Indicators))
		}
	default:
		return nil, nil
	}
	k.layout()
	return nil, asks
}

// onKey handles a key press.
func (k *kompasScreen) onKey(msg tea.KeyMsg) []tea.Msg {
	km := k.keys
	n := len(k.shown)
	switch {
	case key.Matches(msg, km.Back):
		return ask(backMsg{})
	case key.Matches(msg, km.Up):
		k.row = max(0, k.row-1)
	case key.Matches(msg, km.Down):
		k.row = min(len(k.res.Indicators)-1, k.row+1)
	case key.Matches(msg, km.Left):
		k.col = max(0, k.col-1)
	case key.Matches(msg, km.Right):
		k.col = min(n-1, k.col+1)
	case key.Matches(msg, km.PageUp):
		k.col = max(0, k.col-k.fit)
	case key.Matches(msg, km.PageDown):
		k.col = min(n-1, k.col+k.fit)
	case key.Matches(msg, km.Home):
		k.col = 0
	case key.Matches(msg, km.End):
		k.col = n - 1
	case key.Matches(msg, km.Enter):
		return k.open()
	case key.Matches(msg, km.PerTheme):
		return k.enterPerTheme()
	case key.Matches(msg, km.Gemeenten):
		return ask(openDialogMsg{newGemeentePicker(k.common, "Welke gemeenten in het kompas?", "in het kompas", k.shown)})
	case key.Matches(msg, km.ClearFilters):
		if len(k.shown) == len(k.res.Gemeenten) {
			return ask(statusOK("Er staat geen filter aan"))
		}
		k.show(k.allGemeenten())
		return ask(statusOK("Filters gewist: alle gemeenten"))
	}
	return nil
}

// show makes shown the gemeente columns; the cursor stays on its
// gemeente when that is among them.
func (k *kompasScreen) show(shown []int) {
	g := -1
	if k.col < len(k.shown) {
		g = k.shown[k.col]
	}
	k.shown = shown
	k.col = max(0, min(k.col, len(shown)-1))
	if c := slices.Index(shown, g); c >= 0 {
		k.col = c
	}
}

// current is the cursor's gemeente (an index into res.Gemeenten) and
// score.
func (k *kompasScreen) current() (int, kompas.Score) {
	g := k.shown[k.col]
	return g, k.res.Scores[g][k.row]
}

// open lists the agreements behind the cursor's cell in the Afspraken
// list; a cell with none says so.
func (k *kompasScreen) open() []tea.Msg {
	g, sc := k.current()
	name := k.res.Indicators[k.row].Label + " in " + k.res.Gemeenten[g]
	if len(sc.Agreements) == 0 {
		return ask(statusOK("Geen afspraken achter " + name))
	}
	return ask(openScreenMsg{screenList, pickMsg{name: "kompas: " + name, rows: sc.Agreements}})
}

func (k *kompasScreen) ShortHelp() []key.Binding {
	km := k.keys
	if k.per.on {
		return k.perShortHelp()
	}
	return []key.Binding{withHelp(km.Enter, "afspraken"), km.PerTheme, withHelp(km.Gemeenten, "kolommen"), withHelp(km.NextScreen, "overzicht"), km.Back}
}

func (k *kompasScreen) FullHelp() [][]key.Binding {
	km := k.keys
	if k.per.on {
		return k.perFullHelp()
	}
	return [][]key.Binding{
		{withHelp(km.Up, "vorige indicator"), withHelp(km.Down, "volgende indicator"), withHelp(km.Left, "vorige gemeente"),
			withHelp(km.Right, "volgende gemeente"), withHelp(km.PageUp, "vorige pagina gemeenten"), withHelp(km.PageDown, "volgende pagina gemeenten"),
			withHelp(km.Home, "eerste gemeente"), withHelp(km.End, "laatste gemeente")},
		{withHelp(km.Enter, "afspraken achter de cel"), withHelp(km.PerTheme, "de gemeente per thema"),
			withHelp(km.Gemeenten, "gemeenten kiezen"), withHelp(km.ClearFilters, "alle gemeenten weer"),
			withHelp(km.NextScreen, "volgend scherm"), km.Back},
	}
}

// legend explains the marks and where the thresholds are set (help).
func (k *kompasScreen) legend() []string {
	marks := make([]string, 0, 4)
	for _, l := range []kompas.Level{kompas.Green, kompas.Amber, kompas.Red, kompas.None} {
		marks = append(marks, l.Mark()+" "+l.Word())
	}
	return []string{strings.Join(marks, " "), "drempels: [kompas] in pakompas.toml"}
}

// thresholdsOf returns the thresholds the analysis was made with ([kompas]
// in pakompas.toml, set by the engine), or the defaults for an analysis
// made without an engine.
func thresholdsOf(an *compare.Analysis) compare.Thresholds {
	if an.Thresholds == (compare.Thresholds{}) {
		return compare.DefaultThresholds()
	}
	return an.Thresholds
}
