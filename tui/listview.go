package tui

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/x/ansi"

	"pakompas/compare/printable"
	"pakompas/compare/role"
	"pakompas/compare/status"
)

// View shows the search, the filter line (every filter that is on, and
// how to clear them), and the rows of the page: marks for the verdict and
// a note, then gemeente, theme, number and text with the search words
// highlighted.
func (l *list) View() string {
	if !l.shown {
		return ""
	}
	s := l.styles
	var b strings.Builder
	b.WriteString(l.search.View() + "\n")
	b.WriteString(strings.Join(l.filterLines(), "\n") + "\n")
	q := searchWords(l.search.Value())
	for r := l.top; r < min(len(l.rows), l.top+l.page); r++ {
		b.WriteString(l.row(r, q) + "\n")
	}
	if len(l.rows) == 0 {
		b.WriteString(indented(s.Warn.Render(l.emptyWhy()), l.w, 2))
	}
	return b.String()
}

// Column widths of a list row after the two marks and a space.
const (
	lsGemW, lsThemeW, lsNumW = 14, 16, 6
	lsMarksW                 = 4 // cursor, verdict, note, space
)

// row renders row r: the verdict and note marks, then the columns, the
// search words q highlighted where they match.
func (l *list) row(r int, q []string) string {
	s := l.styles
	i := l.rows[r]
	a := l.sess.an.Agreements[i]
	textW := max(10, l.w-lsMarksW-lsGemW-lsThemeW-lsNumW-3)
	line := pad(printable.String(a.Gemeente), lsGemW) + " " + pad(printable.String(a.ThemeLabel), lsThemeW) + " " +
		pad(printable.String(a.Number), lsNumW) + " " + pad(snippet(strings.ReplaceAll(printable.String(a.Text), "\n", " "), q, textW), textW)
	base, hl, lead := plain, s.Highlight.Render, " "
	if r == l.cursor {
		base, hl, lead = s.Selected.Render, s.Highlight.Inherit(s.Selected).Render, "›"
	}
	return lead + l.sess.mark(s, i) + l.sess.noteMark(s, i) + " " + renderSpans(line, matchSpans(line, q), base, hl)
}

// plain renders text as it is (a style that styles nothing).
func plain(text ...string) string { return strings.Join(text, " ") }

// filters names every filter that is on, the search included.
func (l *list) filters() []string {
	var out []string
	if l.pick != nil {
		out = append(out, printable.String(l.pickName))
	}
	if l.vagueOnly {
		out = append(out, "alleen vaag")
	}
	if l.checkOnly {
		out = append(out, "alleen nakijken")
	}
	if l.gems != nil {
		names := l.sess.matrix().Gemeenten
		switch len(l.gems) {
		case 1:
			out = append(out, "gemeente: "+printable.String(names[l.gems[0]]))
		case 2:
			out = append(out, "gemeenten: "+printable.String(names[l.gems[0]]+", "+names[l.gems[1]]))
		default:
			out = append(out, fmt.Sprintf("%d van %d gemeenten", len(l.gems), len(names)))
		}
	}
	if l.role > 0 {
		out = append(out, "rol: "+role.All()[l.role-1].Label())
	}
	if l.status > 0 {
		out = append(out, "status: "+status.All()[l.status-1].Label())
	}
	if v := l.search.Value(); v != "" {
		out = append(out, "zoek: '"+truncate(printable.String(v), 24)+"'")
	}
	return out
}

// filterLines are the count, every filter that is on with the key that
// clears them, and the sort: wrapped to the width, two lines at most.
func (l *list) filterLines() []string {
	s := l.styles
	parts := []string{s.Dim.Render(fmt.Sprintf("%d afspraken", len(l.rows)))}
	active := l.filters()
	for _, f := range active {
		parts = append(parts, s.Warn.Render(f))
	}
	if len(active) > 0 {
		parts = append(parts, s.Dim.Render(l.keys.ClearFilters.Help().Key+" wist filters"))
	}
	parts = append(parts, s.Dim.Render("sortering: "+sortNames[l.sortBy]))
	// Whole parts to a line; a part wider than the line is cut.
	sep := s.Dim.Render(" · ")
	lines := []string{parts[0]}
	for _, p := range parts[1:] {
		last := &lines[len(lines)-1]
		if ansi.StringWidth(*last+sep+p) <= l.w {
			*last += sep + p
			continue
		}
		if len(lines) == 2 {
			*last = truncate(*last+sep+p, l.w)
			break
		}
		lines = append(lines, truncate(p, l.w))
	}
	return lines
}

// emptyWhy says why no row shows: the filters that are on, and the key
// that clears them.
func (l *list) emptyWhy() string {
	x := l.keys.ClearFilters.Help().Key
	var others []string
	for _, f := range l.filters() {
		if !strings.HasPrefix(f, "zoek: ") {
			others = append(others, "'"+f+"'")
		}
	}
	switch {
	case len(others) == 0 && l.search.Value() == "":
		return "geen afspraken"
	case len(others) == 0:
		return "geen afspraken met deze zoekterm; " + x + " wist de zoekterm"
	case len(others) == 1:
		return "geen afspraken — filter " + others[0] + " staat aan; " + x + " wist filters"
	}
	return "geen afspraken — filters " + strings.Join(others, ", ") + " staan aan; " + x + " wist filters"
}

func (l *list) ShortHelp() []key.Binding {
	k := l.keys
	if l.searching {
		return []key.Binding{k.SearchDone, k.SearchClear}
	}
	keys := []key.Binding{k.Search, k.VagueOnly}
	if l.filtering() {
		keys = append(keys, k.ClearFilters)
	}
	return append(keys, k.Role, k.Status, k.Sort, withHelp(k.Enter, "afspraak"))
}

func (l *list) FullHelp() [][]key.Binding {
	k := l.keys
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Home, k.End},
		{withHelp(k.Search, "zoeken (tekst, gemeente, thema, notitie; woordbegin); enter klaar, esc wist"), withHelp(k.VagueOnly, "alleen vaag"),
			withHelp(k.CheckOnly, "alleen nakijken: ○ of thema onzeker"),
			withHelp(k.Role, "filter op rol (volgende)"), withHelp(k.Status, "filter op status (volgende)"), withHelp(k.Gemeenten, "filter op gemeenten"),
			withHelp(k.ClearFilters, "alle filters wissen"), withHelp(k.Sort, "sortering wisselen"),
			withHelp(k.Enter, "afspraak openen"), withHelp(k.NextScreen, "volgend scherm"), k.Back},
		k.verdictHelp("oordeel wisselen"),
	}
}

// legend explains the marks in front of the rows (help).
func (l *list) legend() []string { return markLegend() }

// snippet returns text, or, when the first word searched for lies past
// what a column of width w shows, "…" and the text from a few words
// before it, so that the row shows why it matched.
func snippet(text string, q []string, w int) string {
	spans := matchSpans(text, q)
	if len(spans) == 0 {
		return text
	}
	sp := spans[0]
	for _, o := range spans {
		if o[0] < sp[0] {
			sp = o
		}
	}
	first := sp[0]
	if ansi.StringWidth(text[:sp[1]]) <= w-1 {
		return text
	}
	// Back up about a fifth of the column, to a word start.
	from := first
	for back := 0; from > 0 && back < w/5; back++ {
		_, n := utf8.DecodeLastRuneInString(text[:from])
		from -= n
	}
	if i := strings.LastIndexByte(text[:from], ' '); i >= 0 && first-i < w/2 {
		from = i + 1
	}
	return "…" + text[from:]
}
