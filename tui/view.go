package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"
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

// header is one line: program, screen, and the counts that matter.
func (m *Model) header() string {
	s := m.styles
	parts := []string{s.Title.Render("pakompas"), s.Crumb.Render(m.crumbs())}
	if m.sess != nil {
		mx := m.sess.matrix()
		parts = append(parts, s.Dim.Render(fmt.Sprintf("%d gemeenten · %d afspraken · %d vaag", len(mx.Gemeenten), mx.Total.N, mx.Total.Vague)))
	}
	return truncate(strings.Join(parts, "  "), m.width)
}

// crumbs is the path of screens: "Overzicht › Betaalbaarheid › 1.2".
func (m *Model) crumbs() string {
	var names []string
	for _, id := range append(append([]screenID(nil), m.stack...), m.active) {
		if id == screenLoading && m.active != screenLoading {
			continue
		}
		names = append(names, m.screens[id].Title())
	}
	return strings.Join(names, " › ")
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
