package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"pakompas/compare/printable"
	"pakompas/compare/role"
	"pakompas/compare/status"
)

// list is the Afspraken screen: every agreement in one list, filtered live
// by a search across text, gemeente and theme, by vague only, one role or
// one status, and sorted (listfilter.go). Enter opens the agreement.
type list struct {
	*common
	w, h      int
	search    textinput.Model
	searching bool
	vagueOnly bool
	role      int // 0 = all roles, else role.All()[role-1]
	status    int // 0 = all statuses, else status.All()[status-1]
	sortBy    int // index into sortNames
	rows      []int
	cursor    int
	top       int
	// page is how many rows fit under the search and filter lines.
	page int
	// hay holds each agreement's folded search text, built when the list
	// is first shown (again after a theme move: hayGen is the session's
	// themeGen it was built at).
	hay    []string
	hayGen int
	// query is the search's words the rows were filtered by; narrowable
	// says that nothing else changed since (research).
	query      []string
	narrowable bool
}

func newList(c *common) *list {
	in := textinput.New()
	in.Prompt = "/"
	in.Placeholder = "zoek in tekst, gemeente, thema"
	return &list{common: c, search: in}
}

func (l *list) Title() string   { return "Afspraken" }
func (l *list) Capturing() bool { return l.searching }

func (l *list) SetSize(w, h int) {
	l.w, l.h = w, h
	l.search.Width = max(10, w/2)
	l.page = max(1, h-2)
	l.top = scrollTo(l.top, l.cursor, l.page)
}

func (l *list) Update(msg tea.Msg) (tea.Cmd, []tea.Msg) {
	if l.sess == nil {
		return nil, nil
	}
	var (
		cmd  tea.Cmd
		asks []tea.Msg
	)
	switch msg := msg.(type) {
	case activeMsg:
		if l.hay == nil {
			l.refilter()
		}
		// Verdicts given elsewhere may have changed what counts as vague.
		l.narrowable = false
	case dataMsg:
		// After a theme move: search the new theme labels, if the list
		// was ever shown.
		if l.hay != nil {
			l.refilter()
		}
	case focusSearchMsg:
		l.searching = true
		l.refilter()
		cmd = l.search.Focus()
	default:
		if l.searching {
			cmd = l.typed(msg)
		} else {
			cmd, asks = l.command(msg)
		}
	}
	l.top = scrollTo(l.top, l.cursor, l.page)
	return cmd, asks
}

// typed handles a message while the search has the keys: enter (or an
// arrow) ends the search, esc clears it, the rest edits it.
func (l *list) typed(msg tea.Msg) tea.Cmd {
	if km, ok := msg.(tea.KeyMsg); ok {
		k := l.keys
		if key.Matches(km, k.SearchDone) || key.Matches(km, k.SearchClear) {
			l.searching = false
			l.search.Blur()
			if key.Matches(km, k.SearchClear) {
				l.search.SetValue("")
				l.refilter()
			}
			return nil
		}
	}
	before := l.search.Value()
	var cmd tea.Cmd
	l.search, cmd = l.search.Update(msg)
	if l.search.Value() != before {
		l.cursor, l.top = 0, 0
		l.research()
	}
	return cmd
}

// command handles a key or the mouse wheel outside the search.
func (l *list) command(msg tea.Msg) (tea.Cmd, []tea.Msg) {
	k := l.keys
	switch msg := msg.(type) {
	case tea.KeyMsg:
		if c, ok := k.moveCursor(msg, l.cursor, len(l.rows), l.page); ok {
			l.cursor = c
			return nil, nil
		}
		switch {
		case key.Matches(msg, k.Search):
			l.searching = true
			return l.search.Focus(), nil
		case key.Matches(msg, k.Back):
			return nil, ask(backMsg{})
		case key.Matches(msg, k.VagueOnly):
			l.vagueOnly = !l.vagueOnly
			l.refilter()
		case key.Matches(msg, k.Role):
			l.role = (l.role + 1) % (len(role.All()) + 1)
			l.refilter()
		case key.Matches(msg, k.Status):
			l.status = (l.status + 1) % (len(status.All()) + 1)
			l.refilter()
		case key.Matches(msg, k.Sort):
			l.sortBy = (l.sortBy + 1) % len(sortNames)
			l.refilter()
		case key.Matches(msg, k.Verdict):
			if len(l.rows) > 0 {
				st := l.sess.cycleVerdict(l.rows[l.cursor])
				l.narrowable = false
				if l.vagueOnly {
					l.refilter()
				}
				return nil, ask(st)
			}
		case key.Matches(msg, k.Enter):
			if len(l.rows) > 0 {
				return nil, ask(openScreenMsg{screenDetail, showAgreementMsg{l.rows[l.cursor]}})
			}
		}
	case tea.MouseMsg:
		l.cursor = wheelStep(msg, l.cursor, len(l.rows))
	}
	return nil, nil
}

func (l *list) View() string {
	if l.hay == nil {
		return ""
	}
	s := l.styles
	var b strings.Builder
	b.WriteString(l.search.View() + "\n")
	filters := []string{fmt.Sprintf("%d afspraken", len(l.rows)), "sortering: " + sortNames[l.sortBy]}
	if l.vagueOnly {
		filters = append(filters, s.Warn.Render("alleen vaag"))
	}
	if l.role > 0 {
		filters = append(filters, s.Warn.Render("rol: "+role.All()[l.role-1].Label()))
	}
	if l.status > 0 {
		filters = append(filters, s.Warn.Render("status: "+status.All()[l.status-1].Label()))
	}
	b.WriteString(truncate(s.Dim.Render(strings.Join(filters, " · ")), l.w) + "\n")
	gemW, themeW, numW := 14, 16, 6
	textW := max(10, l.w-gemW-themeW-numW-5)
	for r := l.top; r < min(len(l.rows), l.top+l.page); r++ {
		i := l.rows[r]
		a := l.sess.an.Agreements[i]
		mark := "  "
		if l.sess.vague(i) {
			mark = s.VagueMark.Render("● ")
		}
		line := pad(printable.String(a.Gemeente), gemW) + " " + pad(printable.String(a.ThemeLabel), themeW) + " " +
			pad(printable.String(a.Number), numW) + " " + pad(strings.ReplaceAll(printable.String(a.Text), "\n", " "), textW)
		if r == l.cursor {
			line = s.Selected.Render(line)
		}
		b.WriteString(mark + line + "\n")
	}
	if len(l.rows) == 0 {
		b.WriteString(s.Dim.Render("  geen afspraken met deze filters"))
	}
	return b.String()
}

func (l *list) ShortHelp() []key.Binding {
	k := l.keys
	if l.searching {
		return []key.Binding{k.SearchDone, k.SearchClear}
	}
	return []key.Binding{k.Search, k.VagueOnly, k.Role, k.Status, k.Sort, withHelp(k.Enter, "afspraak")}
}

func (l *list) FullHelp() [][]key.Binding {
	k := l.keys
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Home, k.End},
		{withHelp(k.Search, "zoeken (tekst, gemeente, thema); enter klaar, esc wist"), withHelp(k.VagueOnly, "alleen vaag"),
			withHelp(k.Role, "filter op rol (volgende)"), withHelp(k.Status, "filter op status (volgende)"), withHelp(k.Sort, "sortering wisselen"),
			withHelp(k.Verdict, "oordeel"), withHelp(k.Enter, "afspraak openen"), withHelp(k.NextScreen, "volgend scherm"), k.Back},
	}
}
