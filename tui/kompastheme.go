package tui

import (
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"pakompas/compare/kompas"
	"pakompas/compare/printable"
)

// perTheme is the Kompas screen's per-thema view of one gemeente: its
// themes as rows and, as columns, the indicators compare/kompas judges
// per theme (Result.ThemeRows: how many, vague, result, mixed, regular
// work), so the adviser sees where in a gemeente's set the vague or mixed
// agreements sit. t on a gemeente's column opens it; t or esc goes back
// to all gemeenten with the cursor where it was (the view has a cursor of
// its own).
type perTheme struct {
	on bool
	// gemeente is the gemeente shown (an index into Result.Gemeenten)
	// and name its name, by which a scan counted anew finds it again.
	gemeente int
	name     string
	// themes are the rows: the themes (indexes into Result.Themes) under
	// which the gemeente has agreements, in taxonomy order.
	themes []int
	// row is the cursor's theme (an index into themes), col its
	// indicator (an index into Result.ThemeRows); top is the first row
	// that shows.
	row, col, top int
	// From the size: the theme column's width, an indicator column's
	// width, the rows that fit, the detail's lines and whether a blank
	// line stands before it.
	labelW, colW, page, detailH int
	gap                         bool
}

const (
	// ptLabelMin is the theme column's width when the screen is narrow;
	// ptColMin an indicator column's least width ("100% ✗" and the space
	// before it).
	ptLabelMin, ptColMin = 16, 8
)

// refresh finds the gemeente in a scan counted anew and its themes that
// hold agreements (a move to another theme may have changed them), and
// keeps the cursor on them; the view closes when the gemeente is gone
// (another import) or has no theme left.
func (p *perTheme) refresh(r *kompas.Result) {
	p.gemeente = slices.Index(r.Gemeenten, p.name)
	if p.gemeente < 0 {
		p.on = false
		return
	}
	p.themes = p.themes[:0]
	for t := range r.Themes {
		if r.ThemeScore(p.gemeente, t, kompas.KeyThemes).Count > 0 {
			p.themes = append(p.themes, t)
		}
	}
	if len(p.themes) == 0 || len(r.ThemeRows) == 0 {
		p.on = false
		return
	}
	p.row = max(0, min(p.row, len(p.themes)-1))
	p.col = max(0, min(p.col, len(r.ThemeRows)-1))
}

// layout fits the table and the detail under it into w × h: the theme
// names as wide as they need up to what the indicators leave.
func (p *perTheme) layout(r *kompas.Result, w, h int) {
	need := 0
	for _, t := range p.themes {
		need = max(need, ansi.StringWidth(r.ThemeLabels[t])+2)
	}
	// The indicators' names whole when they fit beside the narrowest
	// theme column; else the columns share what is left.
	p.colW = ptColMin
	for _, row := range r.ThemeRows {
		p.colW = max(p.colW, ansi.StringWidth(columnLabel(r.Indicators[row]))+1)
	}
	if n := len(r.ThemeRows); n > 0 {
		p.colW = max(ptColMin, min(p.colW, (w-ptLabelMin)/n))
	}
	p.labelW = max(ptLabelMin, min(need, w-len(r.ThemeRows)*p.colW))
	p.page, p.detailH, p.gap = tableAndDetail(h, len(p.themes))
	p.top = scrollTo(p.top, p.row, p.page)
	p.top = max(0, min(p.top, len(p.themes)-p.page))
}

// columnLabel is an indicator's name above its column: under a theme the
// largest theme's count is that theme's number of agreements; "Regulier
// werk" is short enough without "werk".
func columnLabel(ind kompas.Indicator) string {
	switch ind.Key {
	case kompas.KeyThemes:
		return "Afspraken"
	case kompas.KeyRegular:
		return "Regulier"
	}
	return ind.Label
}

// enterPerTheme opens the per-thema view of the cursor's gemeente.
func (k *kompasScreen) enterPerTheme() []tea.Msg {
	g := k.shown[k.col]
	p := perTheme{on: true, name: k.res.Gemeenten[g], themes: k.per.themes}
	p.refresh(k.res)
	if !p.on {
		return ask(statusOK("Geen afspraken van " + printable.String(k.res.Gemeenten[g]) + " onder een thema"))
	}
	// The cursor starts on the indicator it was on when that one is
	// judged per theme.
	for j, row := range k.res.ThemeRows {
		if row == k.row {
			p.col = j
		}
	}
	k.per = p
	return nil
}

// perKey handles a key press in the per-thema view.
func (k *kompasScreen) perKey(msg tea.KeyMsg) []tea.Msg {
	km, p := k.keys, &k.per
	switch {
	case key.Matches(msg, km.Back), key.Matches(msg, km.PerTheme):
		p.on = false
	case arrowStep(km, msg, &p.row, &p.col, len(p.themes), len(k.res.ThemeRows)):
	case key.Matches(msg, km.Home):
		p.row = 0
	case key.Matches(msg, km.End):
		p.row = len(p.themes) - 1
	case key.Matches(msg, km.Enter):
		sc, ind, theme := k.perCell()
		name := columnLabel(ind) + " in " + k.res.Gemeenten[p.gemeente] + " · " + theme
		if len(sc.Agreements) == 0 {
			return ask(statusOK("Geen afspraken achter " + name))
		}
		return ask(openScreenMsg{screenList, pickMsg{name: "kompas: " + name, rows: sc.Agreements}})
	}
	return nil
}

// perCell is the cursor's cell: its score, indicator and theme's name.
func (k *kompasScreen) perCell() (kompas.Score, kompas.Indicator, string) {
	p := &k.per
	ind := k.res.Indicators[k.res.ThemeRows[p.col]]
	t := p.themes[p.row]
	return k.res.ThemeScore(p.gemeente, t, ind.Key), ind, k.res.ThemeLabels[t]
}

// perView renders the per-thema view: which gemeente and how to go back,
// the indicators' names, a line per theme and the cursor's cell in words.
func (k *kompasScreen) perView() string {
	s, p, r := k.styles, &k.per, k.res
	var b strings.Builder
	lead := s.Header.Render(printable.String(r.Gemeenten[p.gemeente])+" per thema") +
		s.Dim.Render(" · "+k.keys.PerTheme.Help().Key+": alle gemeenten · ")
	b.WriteString(k.marksAfter(lead) + "\n")
	head := pad("Thema", p.labelW)
	for _, row := range r.ThemeRows {
		head += " " + padLeft(columnLabel(r.Indicators[row]), p.colW-1)
	}
	b.WriteString(s.Header.Render(truncate(head, k.w)) + "\n")
	for i := p.top; i < min(len(p.themes), p.top+p.page); i++ {
		t := p.themes[i]
		lead := "  "
		if i == p.row {
			lead = cursorMark
		}
		label := pad(lead+printable.String(r.ThemeLabels[t]), p.labelW)
		if i == p.row {
			label = s.Selected.Render(label)
		}
		var line strings.Builder
		line.WriteString(label)
		for j, row := range r.ThemeRows {
			line.WriteString(k.cellIn(r.ThemeScore(p.gemeente, t, r.Indicators[row].Key), p.colW, i == p.row && j == p.col))
		}
		b.WriteString(truncate(line.String(), k.w) + "\n")
	}
	if p.gap {
		b.WriteString("\n")
	}
	sc, ind, theme := k.perCell()
	where := printable.String(r.Gemeenten[p.gemeente]) + " · " + printable.String(theme)
	help := ind.Help
	if ind.Key == kompas.KeyThemes {
		help = "aantal afspraken van de gemeente onder dit thema"
	}
	b.WriteString(strings.Join(k.detailOf(where, columnLabel(ind), help, sc, p.detailH), "\n"))
	return b.String()
}

func (k *kompasScreen) perShortHelp() []key.Binding {
	km := k.keys
	return []key.Binding{withHelp(km.Enter, "afspraken"), withHelp(km.PerTheme, "alle gemeenten"), withHelp(km.NextScreen, "overzicht"), km.Back}
}

func (k *kompasScreen) perFullHelp() [][]key.Binding {
	km := k.keys
	return [][]key.Binding{
		{withHelp(km.Up, "vorig thema"), withHelp(km.Down, "volgend thema"), withHelp(km.Left, "vorige indicator"),
			withHelp(km.Right, "volgende indicator"), withHelp(km.Home, "eerste thema"), withHelp(km.End, "laatste thema")},
		{withHelp(km.Enter, "afspraken achter de cel"), withHelp(km.PerTheme, "terug naar alle gemeenten"),
			withHelp(km.NextScreen, "volgend scherm"), withHelp(km.Back, "terug naar alle gemeenten")},
	}
}
