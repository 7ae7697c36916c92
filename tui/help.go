package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/x/ansi"
)

// focus is the component the keys go to: the open dialog, else the active
// screen.
func (m *Model) focus() component {
	if m.dialog != nil {
		return m.dialog
	}
	return m.screen()
}

// ShortHelp is the footer's keys (help.KeyMap): those of the open dialog
// or the active screen, then the global ones (globalKeys).
func (m *Model) ShortHelp() []key.Binding {
	return append(m.focus().ShortHelp(), m.globalKeys()...)
}

// globalKeys are ? and q where they work (not while text is typed; q not
// in a dialog): the footer always shows them.
func (m *Model) globalKeys() []key.Binding {
	if m.focus().Capturing() {
		return nil
	}
	if m.dialog != nil {
		return []key.Binding{m.keys.Help}
	}
	return []key.Binding{m.keys.Help, m.keys.Quit}
}

// keysLine is the footer's line of keys within w cells: the global keys
// always, after as many of the focus' keys as fit before them (a screen
// lists its most needed keys first); "…" says some were left out (? shows
// them all).
func (m *Model) keysLine(w int) string {
	local, global := m.focus().ShortHelp(), m.globalKeys()
	h := m.help
	h.Width = 0 // this function decides what fits
	right := h.ShortHelpView(global)
	sep := h.Styles.ShortSeparator.Inline(true).Render(h.ShortSeparator)
	if right == "" {
		sep = ""
	}
	room := w - ansi.StringWidth(right) - ansi.StringWidth(sep)
	n := len(local)
	left := h.ShortHelpView(local)
	for n > 0 && ansi.StringWidth(left) > room {
		n--
		left = h.ShortHelpView(local[:n]) + h.Styles.Ellipsis.Inline(true).Render(" …")
	}
	if left == "" || ansi.StringWidth(left) > room {
		return truncate(right, w)
	}
	return left + sep + right
}

// FullHelp is the ? screen's keys (help.KeyMap): the focused component's
// groups, then the global keys that work there.
func (m *Model) FullHelp() [][]key.Binding {
	k := m.keys
	if m.dialog != nil {
		return append(m.dialog.FullHelp(), []key.Binding{k.Help})
	}
	global := []key.Binding{k.Help, k.Quit}
	if m.sess != nil {
		global = append([]key.Binding{withHelp(k.Search, "zoeken in alle afspraken"), withHelp(k.Export, "werkboek exporteren"),
			withHelp(k.Undo, "ongedaan maken (laatste)")}, global...)
	}
	return append(m.screen().FullHelp(), global)
}

// legender is a component whose help explains the marks it shows.
type legender interface{ legend() []string }

// helpView lists every key of FullHelp, in two columns when one does not
// fit the height.
func (m *Model) helpView(w, h int) string {
	s := m.styles
	title := s.Header.Render("Toetsen: " + m.focus().Title())
	if m.sess != nil {
		title += "\n" + indented(s.Dim.Render(m.evalLine()), w, 0)
	}
	var lines []string
	for gi, g := range m.FullHelp() {
		if gi > 0 {
			lines = append(lines, "")
		}
		for _, k := range g {
			if !k.Enabled() {
				continue
			}
			hk := k.Help()
			lines = append(lines, "  "+s.HelpKey.Render(fmt.Sprintf("%-10s", hk.Key))+"  "+s.HelpDesc.Render(hk.Desc))
		}
	}
	if lg, ok := m.focus().(legender); ok {
		lines = append(lines, "")
		for _, l := range lg.legend() {
			lines = append(lines, "  "+s.HelpDesc.Render(l))
		}
	}
	if len(lines)+strings.Count(title, "\n")+2 <= h {
		return title + "\n\n" + strings.Join(lines, "\n")
	}
	// Two columns of equal length, each line cut to its column.
	half := (len(lines) + 1) / 2
	colW := w / 2
	var b strings.Builder
	b.WriteString(title + "\n\n")
	for i := range half {
		b.WriteString(pad(lines[i], colW))
		if j := half + i; j < len(lines) {
			b.WriteString(truncate(lines[j], w-colW))
		}
		b.WriteString("\n")
	}
	return b.String()
}
