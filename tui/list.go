package tui

import (
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

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
	// checkOnly keeps the agreements pakompas is unsure of
	// (session.toCheck).
	checkOnly bool
	role      int // 0 = all roles, else role.All()[role-1]
	status    int // 0 = all statuses, else status.All()[status-1]
	// gems are the gemeenten shown (matrix indexes); nil is all.
	gems   []int
	sortBy int // index into sortNames
	rows   []int
	cursor int
	top    int
	// page is how many rows fit under the search and filter lines (the
	// root sizes the screens after every message: filters change it).
	page int
	// fold folds the search texts (searchfold.go), prepared when an
	// analysis arrives and handed to the background (background) once
	// its first frame is drawn; hay holds them once a search needed them
	// (hayGen is the session's themeGen they belong to), and waited how
	// long that search waited for the fold, for the status line.
	fold       *searchFold
	background *searchFold
	hay        []string
	hayGen     int
	waited     time.Duration
	// shown is set once the rows were computed (the list was opened).
	shown bool
	// query is the search's words the rows were filtered by; narrowable
	// says that nothing else changed since (research).
	query      []string
	narrowable bool
	// trail holds the rows of each step of the search typed since the
	// last full filter (listtrail.go).
	trail []searchStep
	// notes caches each note folded for the search: the note, folded.
	notes map[int][2]string
	// opened is the agreement enter opened, -1 when none: coming back,
	// the cursor goes to the agreement the Afspraak screen showed last.
	opened int

	// pick, when set, keeps only the agreements behind a Kompas cell,
	// which pickName names (listpick.go).
	pick     []bool
	pickName string
}

func newList(c *common) *list {
	in := textinput.New()
	in.Prompt = "/"
	in.Placeholder = "zoek in tekst, gemeente, thema, notitie"
	return &list{common: c, search: in, opened: -1}
}

func (l *list) Title() string   { return "Afspraken" }
func (l *list) Capturing() bool { return l.searching }

func (l *list) SetSize(w, h int) {
	l.w, l.h = w, h
	l.search.Width = max(10, w/2)
	// The search line and the filter lines stand above the rows.
	l.page = max(1, h-1-len(l.filterLines()))
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
		// Verdicts and notes given elsewhere may have changed what counts
		// as vague and what the search finds.
		l.refilter()
		l.follow()
	case gemeentenChosenMsg:
		l.gems = msg.shown
		if len(msg.shown) == len(l.sess.matrix().Gemeenten) {
			l.gems = nil
		}
		l.refilter()
	case dataMsg:
		// A new analysis (loaded, or after a theme move): its search texts
		// are to be folded, and its rows shown if the list was ever shown.
		l.prepareFold()
		if l.shown {
			l.refilter()
		}
	case pickMsg:
		l.showPick(msg)
	case drawnMsg:
		// The frame with the new data is out: fold in the background.
		cmd = l.foldInBackground()
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
	if l.waited > 0 {
		asks = append(asks, statusOK(waitedStatus(l.waited)))
		l.waited = 0
	}
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
		case key.Matches(msg, k.CheckOnly):
			l.checkOnly = !l.checkOnly
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
		case key.Matches(msg, k.Gemeenten):
			return nil, ask(openDialogMsg{newGemeentePicker(l.common, "Welke gemeenten in de lijst?", "in de lijst", l.gemeenten())})
		case key.Matches(msg, k.ClearFilters):
			if !l.filtering() {
				return nil, ask(statusOK("Er staat geen filter aan"))
			}
			l.clearFilters()
			return nil, ask(statusOK("Filters gewist: alle afspraken"))
		case k.isVerdict(msg):
			if len(l.rows) > 0 {
				st := l.sess.judge(k, msg, l.rows[l.cursor])
				l.narrowable = false
				if l.vagueOnly || l.checkOnly {
					l.refilter()
				}
				return nil, ask(st)
			}
		case key.Matches(msg, k.Enter):
			if len(l.rows) > 0 {
				l.opened = l.rows[l.cursor]
				seq := append([]int(nil), l.rows...)
				return nil, ask(openScreenMsg{screenDetail, showAgreementMsg{i: l.opened, seq: seq, pos: l.cursor}})
			}
		}
	case tea.MouseMsg:
		l.cursor = wheelStep(msg, l.cursor, len(l.rows))
	}
	return nil, nil
}

// gemeenten are the gemeenten the list shows (matrix indexes).
func (l *list) gemeenten() []int {
	if l.gems != nil {
		return l.gems
	}
	all := make([]int, len(l.sess.matrix().Gemeenten))
	for g := range all {
		all[g] = g
	}
	return all
}

// follow puts the cursor on the agreement the Afspraak screen showed last
// (] and [ move there) when the list opened it.
func (l *list) follow() {
	if l.opened < 0 {
		return
	}
	if i := l.sess.opened; i != l.opened {
		for r, x := range l.rows {
			if x == i {
				l.cursor = r
				break
			}
		}
	}
	l.opened = -1
}
