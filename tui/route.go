package tui

import (
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
)

// route gives msg to component c and carries out what it asks.
func (m *Model) route(c component, msg tea.Msg) tea.Cmd {
	if testHookRoute != nil {
		testHookRoute(c, msg)
	}
	cmd, asks := c.Update(msg)
	return tea.Batch(cmd, m.handle(asks...))
}

// handle carries out the components' requests (requests.go), in order.
// A message that is no request goes to the active screen: a dialog's
// result for the screen under it.
func (m *Model) handle(asks ...tea.Msg) tea.Cmd {
	var cmds []tea.Cmd
	for _, a := range asks {
		switch a := a.(type) {
		case openScreenMsg:
			cmds = append(cmds, m.open(a.id, a.show))
		case switchScreenMsg:
			cmds = append(cmds, m.switchTo(a.id))
		case backMsg:
			cmds = append(cmds, m.back())
		case openDialogMsg:
			m.dialog = a.dialog
		case closeDialogMsg:
			m.dialog = nil
		case statusMsg:
			m.setStatus(a.text, a.err)
		case retryLoadMsg:
			cmds = append(cmds, m.retry(a.passwords))
		default:
			cmds = append(cmds, m.route(m.screen(), a))
		}
	}
	return tea.Batch(cmds...)
}

// dataChanged tells every screen that the session's data changed
// (dataMsg) and, once the frame after it is rendered, that it has been
// drawn (drawnMsg): the program renders the view after each message, so a
// message sent now is handled after that frame.
func (m *Model) dataChanged() tea.Cmd {
	return tea.Batch(m.broadcast(dataMsg{}), func() tea.Msg { return drawnMsg{} })
}

// broadcast gives msg to every screen.
func (m *Model) broadcast(msg tea.Msg) tea.Cmd {
	var cmds []tea.Cmd
	for _, id := range []screenID{screenLoading, screenOverview, screenTheme, screenDetail, screenReport, screenList, screenKompas, screenVerloop} {
		cmds = append(cmds, m.route(m.screens[id], msg))
	}
	return tea.Batch(cmds...)
}

// screen returns the active screen.
func (m *Model) screen() component { return m.screens[m.active] }

// open shows screen id on top of the current one, then gives it show.
func (m *Model) open(id screenID, show tea.Msg) tea.Cmd {
	if id != m.active {
		m.stack = append(m.stack, m.active)
		m.active = id
	}
	cmd := m.route(m.screen(), activeMsg{})
	if show != nil {
		cmd = tea.Batch(cmd, m.route(m.screen(), show))
	}
	return cmd
}

// switchTo shows a top-level screen; back from it leads to the overview.
func (m *Model) switchTo(id screenID) tea.Cmd {
	m.stack = m.stack[:0]
	if id != screenOverview {
		m.stack = append(m.stack, screenOverview)
	}
	m.active = id
	return m.route(m.screen(), activeMsg{})
}

// back returns to the previous screen (the overview at the bottom).
func (m *Model) back() tea.Cmd {
	n := len(m.stack)
	if n == 0 {
		return nil
	}
	m.active = m.stack[n-1]
	m.stack = m.stack[:n-1]
	return m.route(m.screen(), activeMsg{})
}

// isTab reports whether the active screen is a top-level tab.
func (m *Model) isTab() bool {
	for _, id := range tabs {
		if id == m.active {
			return true
		}
	}
	return false
}

// layout gives every screen and the open dialog the body's size; each
// does its size-dependent work only when the size changed.
func (m *Model) layout() {
	w, h := m.bodySize()
	for _, sc := range m.screens {
		sc.SetSize(w, h)
	}
	if m.dialog != nil {
		m.dialog.SetSize(w, h)
	}
}

// bodySize is the room between the header and the footer.
func (m *Model) bodySize() (w, h int) { return m.width, m.bodyHeight(m.header(), m.footer()) }

// bodyHeight is the height left between header and footer.
func (m *Model) bodyHeight(header, footer string) int {
	return max(1, m.height-lipgloss.Height(header)-lipgloss.Height(footer))
}
