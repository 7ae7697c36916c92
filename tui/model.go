package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
)

// Model is the root model: it owns the session and the screens and routes
// each message to the active screen. It holds no screen logic itself.
type Model struct {
	c       *common
	opts    Options
	sess    *session
	screens map[screenID]screen
	active  screenID
	// stack holds the screens to go back to (esc).
	stack    []screenID
	help     help.Model
	showHelp bool
	// dialog is the open modal dialog (export, theme move), nil when none.
	dialog dialog
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
	c := &common{styles: DefaultStyles(), keys: DefaultKeyMap(), width: 80, height: 24}
	h := help.New()
	h.Styles.ShortKey = c.styles.HelpKey
	h.Styles.ShortDesc = c.styles.HelpDesc
	h.Styles.FullKey = c.styles.HelpKey
	h.Styles.FullDesc = c.styles.HelpDesc
	m := &Model{c: c, opts: opts, help: h, active: screenLoading}
	m.screens = map[screenID]screen{
		screenLoading:  newLoading(),
		screenOverview: newOverview(),
		screenReport:   newReport(),
		screenList:     newList(),
	}
	return m
}

// Init starts the import.
func (m *Model) Init() tea.Cmd { return m.load() }

// Update routes a message: size to everyone, global keys first (unless a
// screen takes text input), everything else to the active screen.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.c.width, m.c.height = msg.Width, msg.Height
		m.help.Width = msg.Width
		return m, nil
	case reloadMsg:
		return m, m.reload()
	case reanalyzedMsg:
		if m.sess != nil && m.sess.apply(msg) && !m.sess.busy() && m.sess.moved != "" {
			m.setStatus(m.sess.moved, false)
		}
		return m, nil
	case exportedMsg:
		m.dialog = nil
		if msg.err != nil {
			m.setStatus("Export mislukt: "+msg.err.Error(), true)
		} else {
			m.setStatus("Werkboek geschreven: "+msg.path, false)
		}
		return m, nil
	case tea.KeyMsg:
		m.retrySave()
		if msg.Type == tea.KeyCtrlC {
			return m, m.quit()
		}
		if m.dialog != nil {
			cmd, done := m.dialog.update(m, msg)
			if done {
				m.dialog = nil
			}
			return m, cmd
		}
		if m.showHelp {
			// Any key closes the help; q still quits.
			m.showHelp = false
			if key.Matches(msg, m.c.keys.Quit) {
				return m, m.quit()
			}
			return m, nil
		}
		if !m.screen().capturing() {
			switch {
			case key.Matches(msg, m.c.keys.Quit):
				return m, m.quit()
			case key.Matches(msg, m.c.keys.Help):
				m.showHelp = true
				return m, nil
			case key.Matches(msg, m.c.keys.Search) && m.sess != nil && m.active != screenList:
				return m, m.openSearch()
			case (key.Matches(msg, m.c.keys.NextScreen) || key.Matches(msg, m.c.keys.PrevScreen)) && m.isTab():
				d := 1
				if key.Matches(msg, m.c.keys.PrevScreen) {
					d = len(tabs) - 1
				}
				for i, id := range tabs {
					if id == m.active {
						m.openTab(tabs[(i+d)%len(tabs)])
						break
					}
				}
				return m, nil
			case key.Matches(msg, m.c.keys.Export) && m.sess != nil:
				m.dialog = newExportDialog(time.Now())
				return m, textinput.Blink
			}
		}
		m.status, m.statusErr = "", false
	}
	return m, m.screen().update(m, msg)
}

// dialog is a modal box over the screen that takes all keys until done.
type dialog interface {
	update(m *Model, msg tea.Msg) (cmd tea.Cmd, done bool)
	view(m *Model, w int) string
}

// flusher is a screen holding unsaved input (a note being written).
type flusher interface{ flush(m *Model) }

// quit saves what is being typed and ends the program.
func (m *Model) quit() tea.Cmd {
	for _, sc := range m.screens {
		if f, ok := sc.(flusher); ok {
			f.flush(m)
		}
	}
	if !m.confirmQuit() {
		return nil
	}
	m.quitting = true
	return tea.Quit
}

// screen returns the active screen.
func (m *Model) screen() screen { return m.screens[m.active] }

// open makes id the active screen, remembering the current one for back.
func (m *Model) open(id screenID) {
	if id == m.active {
		return
	}
	m.stack = append(m.stack, m.active)
	m.active = id
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

// openTab shows a top-level screen; back from it leads to the overview.
func (m *Model) openTab(id screenID) {
	m.stack = m.stack[:0]
	if id != screenOverview {
		m.stack = append(m.stack, screenOverview)
	}
	m.active = id
}

// back returns to the previous screen (the overview at the bottom).
func (m *Model) back() {
	if n := len(m.stack); n > 0 {
		m.active = m.stack[n-1]
		m.stack = m.stack[:n-1]
	}
}

// setStatus shows a message in the status line.
func (m *Model) setStatus(msg string, isErr bool) { m.status, m.statusErr = msg, isErr }

// View renders header, body and footer within the terminal size.
func (m *Model) View() string {
	if m.quitting {
		return ""
	}
	w, h := m.c.width, m.c.height
	header := m.header(w)
	var footer string
	if m.showHelp {
		footer = m.footer(w, nil)
	} else {
		footer = m.footer(w, m.screen().shortHelp(m))
	}
	bodyH := max(1, h-lipgloss.Height(header)-lipgloss.Height(footer))
	var body string
	switch {
	case m.dialog != nil:
		body = m.dialog.view(m, w)
	case m.showHelp:
		body = m.helpView(w, bodyH)
	default:
		body = m.screen().view(m, w, bodyH)
	}
	body = lipgloss.NewStyle().Width(w).Height(bodyH).MaxWidth(w).MaxHeight(bodyH).Render(body)
	return lipgloss.NewStyle().MaxWidth(w).MaxHeight(h).Render(lipgloss.JoinVertical(lipgloss.Left, header, body, footer))
}

// header is one line: program, screen, and the counts that matter.
func (m *Model) header(w int) string {
	s := m.c.styles
	parts := []string{s.Title.Render("pakompas"), s.Crumb.Render(m.crumbs())}
	if m.sess != nil {
		t := m.sess.matrix().Total
		parts = append(parts, s.Dim.Render(fmt.Sprintf("%d gemeenten · %d afspraken · %d vaag", len(m.sess.matrix().Gemeenten), t.N, t.Vague)))
	}
	return truncate(strings.Join(parts, "  "), w)
}

// crumbs is the path of screens: "Overzicht › Betaalbaarheid › 1.2".
func (m *Model) crumbs() string {
	var names []string
	for _, id := range append(append([]screenID(nil), m.stack...), m.active) {
		if id == screenLoading && m.active != screenLoading {
			continue
		}
		names = append(names, m.screens[id].title())
	}
	return strings.Join(names, " › ")
}

// footer is the status line (when set) above the short help.
func (m *Model) footer(w int, keys []key.Binding) string {
	lines := []string{}
	if u := m.unsavedLine(); u != "" {
		lines = append(lines, truncate(m.c.styles.StatusErr.Render(u), w))
	}
	if m.sess != nil && m.sess.busy() {
		lines = append(lines, truncate(m.c.styles.Dim.Render("Bezig met de thema-indeling na de verplaatsing…"), w))
	}
	if m.status != "" {
		st := m.c.styles.Status
		if m.statusErr {
			st = m.c.styles.StatusErr
		}
		lines = append(lines, truncate(st.Render(m.status), w))
	}
	if keys != nil {
		if !m.screen().capturing() {
			keys = append(keys, m.c.keys.Help, m.c.keys.Quit)
		}
		lines = append(lines, truncate(m.help.ShortHelpView(keys), w))
	} else {
		lines = append(lines, m.c.styles.Dim.Render("een toets sluit de help"))
	}
	return strings.Join(lines, "\n")
}

// helpView lists every key of the active screen, in two columns when one
// does not fit the height.
func (m *Model) helpView(w, h int) string {
	s := m.c.styles
	title := s.Header.Render("Toetsen: " + m.screen().title())
	global := []key.Binding{m.c.keys.Help, m.c.keys.Quit}
	if m.sess != nil {
		global = append([]key.Binding{withHelp(m.c.keys.Search, "zoeken in alle afspraken"), exportKey(m.c.keys)}, global...)
	}
	groups := append(m.screen().fullHelp(m), global)
	var lines []string
	for gi, g := range groups {
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
	if len(lines)+2 <= h {
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
