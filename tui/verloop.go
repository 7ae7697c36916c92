package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"pakompas/compare"
	"pakompas/compare/printable"
	"pakompas/compare/verloop"
	"pakompas/importer/model"
)

// verloopScreen is the Verloop screen: one gemeente's agreements over the
// years, the years as columns and each agreement followed from year to
// year on one row (verlooprows.go), with its state in every year (nieuw,
// gewijzigd, ongewijzigd, vervallen) and a mark when it came back without
// being done (doorgeschoven); under the table the cursor row's texts side
// by side with the changed words highlighted (verloopview.go). A key per
// state filters the rows; enter opens the agreement; ←/→ go to the next
// gemeente with several years.
type verloopScreen struct {
	*common
	w, h int
	// an is the analysis the rows were made from; gemIdx its agreements
	// per gemeente, made once per analysis.
	an     *compare.Analysis
	gemIdx map[string][]int
	// g is the gemeente shown, an index into an.Verloop; sum its counts.
	g   int
	sum verloop.Summary
	// rows are the gemeente's rows; shown those the filter lets through
	// (indexes into rows).
	rows  []vlRow
	shown []int
	// filter holds the states shown; 0 shows every row.
	filter vlState
	// cursor is an index into shown; top the first row on view; page the
	// rows that fit; paneH the lines under the table for the cursor row.
	cursor, top, page, paneH int
	// nrW is the width of the numbers (numberW).
	nrW int
}

// showVerloopMsg opens the Verloop screen on a gemeente.
type showVerloopMsg struct{ gemeente string }

func newVerloop(c *common) *verloopScreen { return &verloopScreen{common: c} }

func (v *verloopScreen) Title() string   { return "Verloop" }
func (v *verloopScreen) Capturing() bool { return false }

// Lines above the table: the gemeente, the legend with the counts, the
// filter line and the column names; a rule under it.
const vlHeadLines, vlRuleLines = 4, 1

func (v *verloopScreen) SetSize(w, h int) {
	if w == v.w && h == v.h {
		return
	}
	v.w, v.h = w, h
	v.layout()
}

// layout shares the height between the table and the pane under it and
// scrolls so that the cursor shows.
func (v *verloopScreen) layout() {
	room := max(2, v.h-vlHeadLines-vlRuleLines)
	v.paneH = min(10, max(3, room/2))
	v.page = max(1, room-v.paneH)
	v.top = max(0, min(scrollTo(v.top, v.cursor, v.page), len(v.shown)-v.page))
}

// verloopOpen asks to open the Verloop screen on gemeente, or says in the
// status line why not: it has one jaarschijf loaded.
func verloopOpen(sess *session, gemeente string) []tea.Msg {
	if _, ok := sess.an.VerloopOf(gemeente); ok {
		return ask(openScreenMsg{screenVerloop, showVerloopMsg{gemeente}})
	}
	years := ""
	for _, a := range sess.an.Agreements {
		if a.Gemeente == gemeente {
			years = a.Year
			break
		}
	}
	years = model.YearName(years)
	msg := fmt.Sprintf("%s heeft één jaarschijf (%s)", printable.String(gemeente), printable.String(years))
	switch n := len(sess.an.Verloop); {
	case n == 0:
		msg += "; laad ook een ander jaar om het verloop te zien"
	case n <= 3:
		names := make([]string, n)
		for i, s := range sess.an.Verloop {
			names[i] = printable.String(s.Gemeente)
		}
		msg += "; meer jaren: " + strings.Join(names, ", ")
	default:
		msg += fmt.Sprintf("; %d gemeenten hebben meer jaren", n)
	}
	return ask(statusOK(msg))
}

func (v *verloopScreen) Update(msg tea.Msg) (tea.Cmd, []tea.Msg) {
	if v.sess == nil {
		return nil, nil
	}
	var asks []tea.Msg
	switch msg := msg.(type) {
	case showVerloopMsg:
		v.fresh()
		for g, s := range v.an.Verloop {
			if s.Gemeente == msg.gemeente {
				v.show(g)
			}
		}
	case activeMsg:
		v.fresh()
	case dataMsg:
		if v.an != nil {
			v.fresh()
		}
	case tea.KeyMsg:
		v.fresh()
		asks = v.onKey(msg)
	case tea.MouseMsg:
		v.cursor = wheelStep(msg, v.cursor, len(v.shown))
	default:
		return nil, nil
	}
	v.layout()
	return nil, asks
}

// fresh makes the rows again when the analysis changed (a theme move
// re-sorts them), keeping the gemeente and the filter.
func (v *verloopScreen) fresh() {
	an := v.sess.an
	if v.an == an {
		return
	}
	name := v.sum.Gemeente
	v.an, v.gemIdx = an, byGemeente(an)
	g := 0
	for i, s := range an.Verloop {
		if s.Gemeente == name {
			g = i
		}
	}
	cursor := v.cursor
	v.show(g)
	v.cursor = max(0, min(cursor, len(v.shown)-1))
}

// show shows gemeente g (an index into an.Verloop) from its first row.
func (v *verloopScreen) show(g int) {
	v.g, v.cursor, v.top = g, 0, 0
	v.rows, v.shown, v.sum = nil, nil, verloop.Summary{}
	if g >= len(v.an.Verloop) {
		return
	}
	v.sum = v.an.Verloop[g]
	v.rows = verloopRows(v.an, v.gemIdx[v.sum.Gemeente], v.sum.Years, v.sess.themeIdx)
	v.nrW = v.countNumberW()
	v.refilter()
}

// refilter keeps the rows with a state of the filter (all when none).
func (v *verloopScreen) refilter() {
	v.shown = v.shown[:0]
	for i, r := range v.rows {
		if v.filter == 0 || r.states&v.filter != 0 {
			v.shown = append(v.shown, i)
		}
	}
	v.cursor = max(0, min(v.cursor, len(v.shown)-1))
}

// onKey handles a key press.
func (v *verloopScreen) onKey(msg tea.KeyMsg) []tea.Msg {
	k := v.keys
	if next, ok := k.moveCursor(msg, v.cursor, len(v.shown), v.page); ok {
		v.cursor = next
		return nil
	}
	n := len(v.an.Verloop)
	switch {
	case key.Matches(msg, k.Back):
		return ask(backMsg{})
	case key.Matches(msg, k.NextGemeente) && n > 0:
		v.show((v.g + 1) % n)
	case key.Matches(msg, k.PrevGemeente) && n > 0:
		v.show((v.g + n - 1) % n)
	case key.Matches(msg, k.Enter):
		return v.open()
	case key.Matches(msg, k.ClearFilters):
		if v.filter == 0 {
			return ask(statusOK("Er staat geen filter aan"))
		}
		v.filter = 0
		v.refilter()
		return ask(statusOK("Filters gewist: alle afspraken"))
	default:
		for i, b := range v.stateKeys() {
			if key.Matches(msg, b) {
				v.filter ^= vlStates[i].state
				v.refilter()
			}
		}
	}
	return nil
}

// stateKeys are the filter keys, in the order of vlStates.
func (v *verloopScreen) stateKeys() []key.Binding {
	k := v.keys
	return []key.Binding{k.ShowNieuw, k.ShowGewijzigd, k.ShowOngewijzigd, k.ShowVervallen, k.ShowDoorgeschoven}
}

// open opens the cursor row's latest agreement on the Afspraak screen;
// ] and [ there go through the latest agreements of the rows shown.
func (v *verloopScreen) open() []tea.Msg {
	if len(v.shown) == 0 {
		return ask(statusOK("Geen afspraken met dit filter"))
	}
	seq := make([]int, len(v.shown))
	for p, r := range v.shown {
		seq[p] = v.rows[r].last()
	}
	return ask(openScreenMsg{screenDetail, showAgreementMsg{i: seq[v.cursor], pos: v.cursor, seq: seq}})
}

func (v *verloopScreen) ShortHelp() []key.Binding {
	k := v.keys
	filters, gem := k.ShowNieuw, k.NextGemeente
	filters.SetHelp("n/w/o/v/d", "filter")
	gem.SetHelp("←/→", "gemeente")
	return []key.Binding{withHelp(k.Enter, "afspraak"), filters, gem, k.Back}
}

func (v *verloopScreen) FullHelp() [][]key.Binding {
	k := v.keys
	states := []key.Binding{}
	for i, b := range v.stateKeys() {
		states = append(states, withHelp(b, "alleen "+vlStates[i].word+" (aan/uit)"))
	}
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Home, k.End,
			withHelp(k.NextGemeente, "volgende gemeente met meer jaren"), withHelp(k.PrevGemeente, "vorige gemeente met meer jaren")},
		append(states, withHelp(k.ClearFilters, "filters wissen"),
			withHelp(k.Enter, "afspraak openen (het laatste jaar)"), k.Back),
	}
}
