package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
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
// or the active screen, then ? and q where they work (not while text is
// typed; q not in a dialog).
func (m *Model) ShortHelp() []key.Binding {
	f := m.focus()
	keys := f.ShortHelp()
	if f.Capturing() {
		return keys
	}
	keys = append(keys, m.keys.Help)
	if m.dialog == nil {
		keys = append(keys, m.keys.Quit)
	}
	return keys
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
