package tui

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// Two advisers may work on one evaluation file (a shared folder). Every
// few seconds the session takes over what the other saved (the store
// merges entry by entry; the later change of an entry wins) and says so;
// a theme move of the other starts a re-analysis.

// reloadEvery is how often the evaluation file is checked for another
// adviser's work.
const reloadEvery = 3 * time.Second

// reloadMsg asks for the check.
type reloadMsg struct{}

// reloadTick schedules the next check.
func reloadTick() tea.Cmd {
	return tea.Tick(reloadEvery, func(time.Time) tea.Msg { return reloadMsg{} })
}

// reload takes over another adviser's work and schedules the next check.
func (m *Model) reload() tea.Cmd {
	if m.sess == nil || m.sess.store() == nil {
		return nil
	}
	changed, moves, err := m.sess.ev.Reload()
	switch {
	case err != nil:
		m.setStatus("Evaluatiebestand niet gelezen: "+err.Error(), true)
	case changed:
		m.sess.refresh()
		m.setStatus("Werk van een andere adviseur in "+m.sess.store().Path()+" overgenomen", false)
	}
	cmds := []tea.Cmd{reloadTick()}
	if changed {
		cmds = append(cmds, m.dataChanged())
	}
	if moves {
		cmds = append(cmds, m.sess.reanalyze())
	}
	return tea.Batch(cmds...)
}
