package tui

import (
	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"
)

// common is the context every screen and dialog shares (soft-serve's
// common.Common, gh-dash's ProgramContext): the styles, the keymap and the
// session. The session is nil until the import has finished; it is the
// one way to the analysis and the adviser's work. Components hold this
// context, never the root model. evalPath is the evaluation file the
// work is saved in.
type common struct {
	styles *Styles
	keys   *KeyMap
	sess   *session
	// evalPath is the evaluation file, absolute (evalfile.go).
	evalPath string
	// thresholds judge the indicators of the Kompas screen.
}

// component is a screen or a dialog, in the shape of soft-serve's
// common.Component:
//
//   - the root gives it the size of the body (between header and footer)
//     with SetSize, again whenever that size changes; the component
//     computes from it, once, what depends on the size (page sizes, column
//     widths, scroll offsets);
//   - Update handles a message, changes the component itself and returns
//     the command for the program to run and its requests to the root
//     (requests.go: open a screen, go back, open or close a dialog, set the
//     status line), which the root carries out at once and in order, so
//     that a key typed right after enter reaches the screen enter opened;
//   - View renders the state in the size given, and changes nothing;
//   - ShortHelp and FullHelp (help.KeyMap) list its keys, from the one
//     KeyMap, for the footer and the ? screen.
type component interface {
	help.KeyMap
	// Title is the Dutch name, for the crumbs and the help.
	Title() string
	SetSize(w, h int)
	Update(msg tea.Msg) (tea.Cmd, []tea.Msg)
	View() string
	// Capturing reports whether the component takes text input, so that
	// global keys like q and ? are typed, not obeyed.
	Capturing() bool
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
	screenKompas
	screenVerloop
)

// tabs are the top-level screens tab cycles through.
var tabs = []screenID{screenOverview, screenList, screenReport, screenKompas}

// flusher is a component holding unsaved input (a note being written); the
// root flushes it before quitting.
type flusher interface{ flush() []tea.Msg }

// ask lists requests for the root, as an Update returns them.
func ask(msgs ...tea.Msg) []tea.Msg { return msgs }
