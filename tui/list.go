package tui

import (
	"fmt"
	"sort"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"pakompas/compare/role"
	"pakompas/compare/status"
	"pakompas/importer/norm"
)

// list is the Afspraken screen: every agreement in one list, filtered live
// by a search across text, gemeente and theme, by vague only, one role or
// one status, and sorted. Enter opens the agreement.
type list struct {
	search    textinput.Model
	searching bool
	vagueOnly bool
	role      int // 0 = all roles, else role.All()[role-1]
	status    int // 0 = all statuses, else status.All()[status-1]
	sortBy    int // index into sortNames
	rows      []int
	cursor    int
	top       int
	// hay holds each agreement's folded search text, built once (again
	// after a theme move: hayGen is the session's themeGen it was built at).
	hay    []string
	hayGen int
}

var sortNames = []string{"bron", "gemeente", "thema", "vaag eerst"}

func newList() *list {
	in := textinput.New()
	in.Prompt = "/"
	in.Placeholder = "zoek in tekst, gemeente, thema"
	return &list{search: in}
}

func (l *list) title() string   { return "Afspraken" }
func (l *list) capturing() bool { return l.searching }

// openSearch shows the list with the search field focused.
func (m *Model) openSearch() tea.Cmd {
	l := m.screens[screenList].(*list)
	l.searching = true
	m.openTab(screenList)
	l.refilter(m)
	return l.search.Focus()
}

// refilter recomputes the visible rows from the filters and the sort.
func (l *list) refilter(m *Model) {
	sess := m.sess
	if l.hayGen != sess.themeGen() {
		l.hay, l.hayGen = nil, sess.themeGen()
	}
	if l.hay == nil {
		l.hay = make([]string, len(sess.an.Agreements))
		for i, a := range sess.an.Agreements {
			l.hay[i] = norm.Fold(a.Text + " " + a.Gemeente + " " + a.ThemeLabel + " " + a.ThemeRaw + " " + a.Number)
		}
	}
	q := strings.Fields(norm.Fold(l.search.Value()))
	l.rows = l.rows[:0]
	for i, a := range sess.an.Agreements {
		if l.vagueOnly && !sess.vague(i) {
			continue
		}
		if l.role > 0 && a.OwnerRole != role.All()[l.role-1] {
			continue
		}
		if l.status > 0 && a.StatusNorm != status.All()[l.status-1] {
			continue
		}
		if !containsAll(l.hay[i], q) {
			continue
		}
		l.rows = append(l.rows, i)
	}
	ag := sess.an.Agreements
	switch sortNames[l.sortBy] {
	case "gemeente":
		sort.SliceStable(l.rows, func(x, y int) bool { return ag[l.rows[x]].Gemeente < ag[l.rows[y]].Gemeente })
	case "thema":
		sort.SliceStable(l.rows, func(x, y int) bool {
			return sess.themeIdx[ag[l.rows[x]].Theme] < sess.themeIdx[ag[l.rows[y]].Theme]
		})
	case "vaag eerst":
		sort.SliceStable(l.rows, func(x, y int) bool { return sess.vague(l.rows[x]) && !sess.vague(l.rows[y]) })
	}
	l.cursor = max(0, min(l.cursor, len(l.rows)-1))
}

func containsAll(hay string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(hay, w) {
			return false
		}
	}
	return true
}

func (l *list) update(m *Model, msg tea.Msg) tea.Cmd {
	if l.hay == nil || l.hayGen != m.sess.themeGen() {
		l.refilter(m)
	}
	k := m.c.keys
	if l.searching {
		if km, ok := msg.(tea.KeyMsg); ok {
			switch km.Type {
			case tea.KeyEnter, tea.KeyEsc, tea.KeyUp, tea.KeyDown:
				l.searching = false
				l.search.Blur()
				if km.Type == tea.KeyEsc {
					l.search.SetValue("")
					l.refilter(m)
				}
				return nil
			}
		}
		before := l.search.Value()
		var cmd tea.Cmd
		l.search, cmd = l.search.Update(msg)
		if l.search.Value() != before {
			l.cursor, l.top = 0, 0
			l.refilter(m)
		}
		return cmd
	}
	switch msg := msg.(type) {
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, k.Search):
			l.searching = true
			return l.search.Focus()
		case key.Matches(msg, k.Back):
			m.back()
		case key.Matches(msg, k.Up):
			l.cursor = max(0, l.cursor-1)
		case key.Matches(msg, k.Down):
			l.cursor = max(0, min(len(l.rows)-1, l.cursor+1))
		case key.Matches(msg, k.PageUp):
			l.cursor = max(0, l.cursor-(m.c.height-6))
		case key.Matches(msg, k.PageDown):
			l.cursor = max(0, min(len(l.rows)-1, l.cursor+(m.c.height-6)))
		case key.Matches(msg, k.Home):
			l.cursor = 0
		case key.Matches(msg, k.End):
			l.cursor = max(0, len(l.rows)-1)
		case key.Matches(msg, k.VagueOnly):
			l.vagueOnly = !l.vagueOnly
			l.refilter(m)
		case key.Matches(msg, k.Role):
			l.role = (l.role + 1) % (len(role.All()) + 1)
			l.refilter(m)
		case key.Matches(msg, k.Status):
			l.status = (l.status + 1) % (len(status.All()) + 1)
			l.refilter(m)
		case key.Matches(msg, k.Sort):
			l.sortBy = (l.sortBy + 1) % len(sortNames)
			l.refilter(m)
		case key.Matches(msg, k.Verdict):
			if len(l.rows) > 0 {
				m.cycleVerdict(l.rows[l.cursor])
				if l.vagueOnly {
					l.refilter(m)
				}
			}
		case key.Matches(msg, k.Enter):
			if len(l.rows) > 0 {
				m.openDetail(l.rows[l.cursor])
			}
		}
	case tea.MouseMsg:
		switch msg.Button {
		case tea.MouseButtonWheelUp:
			l.cursor = max(0, l.cursor-1)
		case tea.MouseButtonWheelDown:
			l.cursor = max(0, min(len(l.rows)-1, l.cursor+1))
		}
	}
	return nil
}

func (l *list) view(m *Model, w, h int) string {
	if l.hay == nil || l.hayGen != m.sess.themeGen() {
		l.refilter(m)
	}
	s := m.c.styles
	var b strings.Builder
	l.search.Width = max(10, w/2)
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
	b.WriteString(truncate(s.Dim.Render(strings.Join(filters, " · ")), w) + "\n")
	rowsH := max(1, h-2)
	if l.cursor < l.top {
		l.top = l.cursor
	}
	if l.cursor >= l.top+rowsH {
		l.top = l.cursor - rowsH + 1
	}
	gemW, themeW, numW := 14, 16, 6
	textW := max(10, w-gemW-themeW-numW-5)
	for r := l.top; r < min(len(l.rows), l.top+rowsH); r++ {
		i := l.rows[r]
		a := m.sess.an.Agreements[i]
		mark := "  "
		if m.sess.vague(i) {
			mark = s.VagueMark.Render("● ")
		}
		line := pad(a.Gemeente, gemW) + " " + pad(a.ThemeLabel, themeW) + " " + pad(a.Number, numW) + " " + pad(strings.ReplaceAll(a.Text, "\n", " "), textW)
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

func (l *list) shortHelp(m *Model) []key.Binding {
	k := m.c.keys
	if l.searching {
		return []key.Binding{key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "klaar")), key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "wissen"))}
	}
	return []key.Binding{k.Search, k.VagueOnly, k.Role, k.Status, k.Sort, withHelp(k.Enter, "afspraak")}
}

func (l *list) fullHelp(m *Model) [][]key.Binding {
	k := m.c.keys
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Home, k.End},
		{withHelp(k.Search, "zoeken (tekst, gemeente, thema); enter klaar, esc wist"), withHelp(k.VagueOnly, "alleen vaag"),
			withHelp(k.Role, "filter op rol (volgende)"), withHelp(k.Status, "filter op status (volgende)"), withHelp(k.Sort, "sortering wisselen"),
			withHelp(k.Verdict, "oordeel"), withHelp(k.Enter, "afspraak openen"), withHelp(k.NextScreen, "volgend scherm"), k.Back},
	}
}
