package tui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// common is what every screen shares: the terminal size, styles and keys.
type common struct {
	width, height int
	styles        *Styles
	keys          *KeyMap
}

// screenID names a screen.
type screenID int

const (
	screenLoading screenID = iota
	screenOverview
	screenTheme
	screenDetail
	screenReport
	screenList
)

// tabs are the top-level screens tab cycles through.
var tabs = []screenID{screenOverview, screenList, screenReport}

// screen is one full-window view. Keys reach the active screen only; the
// root handles global keys (quit, help, tab) first unless the screen is
// capturing text input.
type screen interface {
	// title is the screen's Dutch name for the header.
	title() string
	// update handles a message for this screen.
	update(m *Model, msg tea.Msg) tea.Cmd
	// view renders the body in at most w×h cells.
	view(m *Model, w, h int) string
	// shortHelp and fullHelp list the screen's keys (footer and ? screen).
	shortHelp(m *Model) []key.Binding
	fullHelp(m *Model) [][]key.Binding
	// capturing reports whether the screen is taking text input, so that
	// global keys like q must not be interpreted.
	capturing() bool
}
