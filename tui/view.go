package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// View renders header, body and footer within the terminal size. It
// changes nothing: every component was given its size and settled in
// Update.
func (m *Model) View() string {
	if m.quitting {
		return ""
	}
	w, h := m.width, m.height
	header, footer := m.header(), m.footer()
	bodyH := m.bodyHeight(header, footer)
	var body string
	switch {
	case m.showHelp:
		body = m.helpView(w, bodyH)
	case m.dialog != nil:
		body = m.dialog.View()
	default:
		body = m.screen().View()
	}
	body = lipgloss.NewStyle().Width(w).Height(bodyH).MaxWidth(w).MaxHeight(bodyH).Render(body)
	return lipgloss.NewStyle().MaxWidth(w).MaxHeight(h).Render(lipgloss.JoinVertical(lipgloss.Left, header, body, footer))
}

// header is one line: program, screen, the counts that matter and the
// evaluation file. What does not fit gives way in turn: the number of
// gemeenten, the overview's crumb, the file's name (its state stays), the
// program's name.
func (m *Model) header() string {
	s := m.styles
	names := m.crumbNames()
	crumbs := strings.Join(names, " › ")
	if m.sess == nil {
		return truncate(s.Title.Render("pakompas")+"  "+s.Crumb.Render(crumbs), m.width)
	}
	short := crumbs
	if len(names) > 1 {
		short = strings.Join(names[1:], " › ")
	}
	mx := m.sess.matrix()
	counts := fmt.Sprintf("%d afspraken · %d vaag", mx.Total.N, mx.Total.Vague)
	all := plural(len(mx.Gemeenten), "gemeente", "gemeenten") + " · " + counts
	var line string
	for _, h := range []struct {
		title          bool
		crumbs, counts string
		shortEval      bool
	}{
		{true, crumbs, all, false},
		{true, crumbs, counts, false},
		{true, short, counts, false},
		{true, short, counts, true},
		{false, short, counts, true},
	} {
		parts := []string{s.Crumb.Render(h.crumbs), s.Dim.Render(h.counts), m.evalLabel(h.shortEval)}
		if h.title {
			parts = append([]string{s.Title.Render("pakompas")}, parts...)
		}
		line = strings.Join(parts, "  ")
		if ansi.StringWidth(line) <= m.width {
			return line
		}
	}
	return truncate(line, m.width)
}

// crumbNames is the path of screens: Overzicht, Betaalbaarheid, 1.2.
func (m *Model) crumbNames() []string {
	var names []string
	for _, id := range append(append([]screenID(nil), m.stack...), m.active) {
		if id == screenLoading && m.active != screenLoading {
			continue
		}
		names = append(names, m.screens[id].Title())
	}
	return names
}

// footer is the status lines (a failing save, a re-analysis under way,
// the status) above the keys of what has them: the open dialog or the
// active screen (ShortHelp), or how to close the help.
func (m *Model) footer() string {
	w, s := m.width, m.styles
	lines := []string{}
	if u := m.unsavedLine(); u != "" {
		lines = append(lines, truncate(s.StatusErr.Render(u), w))
	}
	if m.sess != nil && m.sess.busy() {
		lines = append(lines, truncate(s.Dim.Render("Bezig met de thema-indeling na de verplaatsing…"), w))
	}
	if m.status != "" {
		st := s.Status
		if m.statusErr {
			st = s.StatusErr
		}
		lines = append(lines, truncate(st.Render(m.status), w))
	}
	if m.showHelp {
		lines = append(lines, s.Dim.Render("een toets sluit de help"))
	} else {
		lines = append(lines, m.keysLine(w))
	}
	return strings.Join(lines, "\n")
}
