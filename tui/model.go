package tui

import (
	"fmt"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"pakompas/compare"
	"pakompas/compare/printable"
)

// Model is the root model. It owns the session, the screens, the open
// dialog and the frame (header, status line, footer); it routes each
// message to the component that should have it and carries out what the
// components ask (route.go). It holds no screen logic itself.
type Model struct {
	// common is the context the screens and dialogs share; the root sets
	// its session when the import has finished.
	*common
	opts          Options
	width, height int
	screens       map[screenID]component
	active        screenID
	// stack holds the screens to go back to (esc).
	stack    []screenID
	help     help.Model
	showHelp bool
	// dialog is the open modal dialog (export, theme move, gemeente
	// columns), nil when none.
	dialog component
	// status is the message line; statusErr marks it as an error.
	status    string
	statusErr bool
	quitting  bool
	// quitAsked: q was pressed once with unsaved work (unsaved.go);
	// rescue is the copy written then.
	quitAsked bool
	rescue    string
}

// New builds the root model; the import starts with Init.
func New(opts Options) *Model {
	c := &common{styles: DefaultStyles(), keys: DefaultKeyMap(), evalPath: evalPath(opts)}
	h := help.New()
	h.Styles.ShortKey = c.styles.HelpKey
	h.Styles.ShortDesc = c.styles.HelpDesc
	h.Styles.FullKey = c.styles.HelpKey
	h.Styles.FullDesc = c.styles.HelpDesc
	m := &Model{common: c, opts: opts, help: h, active: screenLoading, width: 80, height: 24}
	m.help.Width = m.width
	m.screens = map[screenID]component{screenLoading: newLoading(c)}
	m.newScreens()
	m.layout()
	return m
}

// newScreens makes the screens that show the session, fresh (again when
// the import is run again with a password: what they took from the old
// analysis is gone).
func (m *Model) newScreens() {
	c := m.common
	m.screens[screenOverview] = newOverview(c)
	m.screens[screenTheme] = newThemeView(c)
	m.screens[screenDetail] = newDetail(c)
	m.screens[screenReport] = newReport(c)
	m.screens[screenList] = newList(c)
	m.screens[screenKompas] = newKompas(c)
	m.screens[screenVerloop] = newVerloop(c)
}

// Init starts the import.
func (m *Model) Init() tea.Cmd { return m.load() }

// Update handles a message, then gives every component the body's size
// (a status line or the help changes the footer's height). Runes that
// arrived together are handled one by one (bunched.go).
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	if km, ok := msg.(tea.KeyMsg); ok && bunched(km) && !m.typing() {
		cmd = m.keysApart(km)
	} else {
		cmd = m.update(msg)
	}
	m.layout()
	return m, cmd
}

// update routes a message: the program's own messages to the root, keys
// through the global keys (key), everything else to the active screen.
func (m *Model) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.help.Width = msg.Width
		return nil
	case loadedMsg:
		return m.loaded(msg)
	case reloadMsg:
		return m.reload()
	case reanalyzedMsg:
		if m.sess == nil || !m.sess.apply(msg) {
			return nil
		}
		if !m.sess.busy() && m.sess.moved != "" {
			m.setStatus(m.sess.moved, false)
		}
		return m.dataChanged()
	case drawnMsg:
		return m.broadcast(msg)
	case exportedMsg:
		m.dialog = nil
		if msg.err != nil {
			m.setStatus("Export mislukt: "+msg.err.Error(), true)
		} else {
			m.setStatus(exportedStatus(msg), false)
		}
		return nil
	case tea.KeyMsg:
		return m.key(msg)
	}
	return m.route(m.screen(), msg)
}

// loaded starts the session when the import has finished and tells the
// screens; the Laden screen decides whether to show failed files first.
// An import run again (a password typed) makes a new session on the same
// evaluation file and fresh screens; the file is checked for another
// adviser's work by the check the first import started.
func (m *Model) loaded(msg loadedMsg) tea.Cmd {
	var cmd tea.Cmd
	again := m.sess != nil
	if msg.err == nil {
		if again {
			m.newScreens()
			m.layout()
		}
		readOnly := ""
		if msg.storeErr != nil {
			readOnly = msg.storeErr.Error()
			m.setStatus("Oordelen en notities worden niet bewaard: "+readOnly, true)
		}
		m.sess = newSession(compare.NewEvaluation(msg.an, msg.store, readOnly, msg.reanalyze))
		if err := m.sess.invalid(); err != nil {
			m.setStatus("Let op: "+err.Error(), true)
		}
		switch {
		case msg.importErr != nil:
			m.setStatus(fmt.Sprintf("Werkboek deels overgenomen (%d): %v", msg.imported, msg.importErr), true)
		case msg.imported > 0:
			m.setStatus(fmt.Sprintf("%d oordelen en notities uit het werkboek overgenomen in %s", msg.imported, msg.store.Path()), false)
		}
		cmd = m.dataChanged()
		if msg.store != nil && !again {
			cmd = tea.Batch(cmd, reloadTick())
		}
	}
	return tea.Batch(cmd, m.route(m.screens[screenLoading], msg))
}

// key handles a key press: ctrl+c always quits; the help closes on any
// key; a dialog takes every key but ? (unless it takes text); a screen
// gets the keys that are not global (all of them while it takes text).
func (m *Model) key(msg tea.KeyMsg) tea.Cmd {
	m.retrySave()
	k := m.keys
	if msg.Type == tea.KeyCtrlC {
		return m.quit()
	}
	if m.showHelp {
		// Any key closes the help; q still quits.
		m.showHelp = false
		if key.Matches(msg, k.Quit) {
			return m.quit()
		}
		return nil
	}
	if m.dialog != nil {
		if !m.dialog.Capturing() && key.Matches(msg, k.Help) {
			m.showHelp = true
			return nil
		}
		return m.route(m.dialog, msg)
	}
	if !m.screen().Capturing() {
		switch {
		case key.Matches(msg, k.Quit):
			return m.quit()
		case key.Matches(msg, k.Help):
			m.showHelp = true
			return nil
		case key.Matches(msg, k.Search) && m.sess != nil && m.active != screenList:
			return tea.Batch(m.switchTo(screenList), m.route(m.screen(), focusSearchMsg{}))
		case (key.Matches(msg, k.NextScreen) || key.Matches(msg, k.PrevScreen)) && m.isTab():
			d := 1
			if key.Matches(msg, k.PrevScreen) {
				d = len(tabs) - 1
			}
			for i, id := range tabs {
				if id == m.active {
					return m.switchTo(tabs[(i+d)%len(tabs)])
				}
			}
		case key.Matches(msg, k.Undo) && m.sess != nil:
			cmd, st := m.sess.undo()
			m.setStatus(st.text, st.err)
			return tea.Batch(cmd, m.dataChanged())
		case key.Matches(msg, k.Export) && m.sess != nil:
			m.dialog = newExportDialog(m.common, time.Now(), m.opts.Version)
			return textinput.Blink
		}
	}
	m.status, m.statusErr = "", false
	return m.route(m.screen(), msg)
}

// quit saves what is being typed and ends the program.
func (m *Model) quit() tea.Cmd {
	for _, sc := range m.screens {
		if f, ok := sc.(flusher); ok {
			// A flush asks for a status line only: no command to run.
			m.handle(f.flush()...)
		}
	}
	if !m.confirmQuit() {
		return nil
	}
	m.quitting = true
	return tea.Quit
}

// setStatus shows a message in the status line. Messages quote paths and
// errors, so they are made printable.
func (m *Model) setStatus(msg string, isErr bool) {
	m.status, m.statusErr = printable.String(msg), isErr
}
