package tui

import (
	"fmt"
	"sort"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"pakompas/compare/role"
	"pakompas/compare/status"
	"pakompas/importer/norm"
)

var sortNames = []string{"bron", "gemeente", "thema", "vaag eerst"}

// prepareFold prepares the fold of the search texts of the analysis
// shown, abandoning the fold of an older one (nothing is folded yet).
func (l *list) prepareFold() {
	gen := l.sess.themeGen()
	if l.fold != nil && l.fold.gen == gen {
		return
	}
	if l.fold != nil {
		l.fold.abandon()
	}
	l.fold = newSearchFold(l.sess.an.Agreements, gen)
}

// foldInBackground returns the command that runs the prepared fold in
// the background; nil when there is none, it is handed over already or
// done.
func (l *list) foldInBackground() tea.Cmd {
	if l.fold == nil || l.background == l.fold || l.fold.ready() {
		return nil
	}
	l.background = l.fold
	return l.fold.foldLater()
}

// haystack makes l.hay the folded search texts of the analysis shown:
// the background fold's, waiting for it (and folding what nobody has
// claimed) when it is not done yet; waited says how long that took when
// it was long enough to notice.
func (l *list) haystack() {
	gen := l.sess.themeGen()
	if l.hay != nil && l.hayGen == gen {
		return
	}
	l.prepareFold()
	start, ready := time.Now(), l.fold.ready()
	l.hay, l.hayGen = l.fold.wait(), gen
	if d := time.Since(start); !ready && d >= waitNotice {
		l.waited = d
	}
}

// waitNotice is the shortest wait for the fold the status line mentions
// (a shorter one is not noticed).
const waitNotice = 20 * time.Millisecond

// waitedStatus says that the search waited d for the texts to be folded.
func waitedStatus(d time.Duration) string {
	secs := strings.Replace(fmt.Sprintf("%.2f", d.Seconds()), ".", ",", 1)
	return "Zoeken wachtte " + secs + " s tot de afspraken doorzoekbaar waren"
}

// noteHay is the folded note of agreement i, folded again only when the
// note changed.
func (l *list) noteHay(i int) string {
	note := l.sess.note(i)
	if note == "" {
		return ""
	}
	if c, ok := l.notes[i]; ok && c[0] == note {
		return c[1]
	}
	if l.notes == nil {
		l.notes = map[int][2]string{}
	}
	f := norm.Fold(note)
	l.notes[i] = [2]string{note, f}
	return f
}

// matches reports whether agreement i holds every search word, in its
// text, gemeente, theme and number or in the adviser's note.
func (l *list) matches(i int, words []string) bool {
	for _, w := range words {
		if !atWordStart(l.hay[i], w) && !atWordStart(l.noteHay(i), w) {
			return false
		}
	}
	return true
}

// refilter recomputes the visible rows from the filters and the sort.
func (l *list) refilter() {
	sess := l.sess
	q := searchWords(l.search.Value())
	if len(q) > 0 {
		l.haystack()
	}
	var gems map[string]bool
	if l.gems != nil {
		gems = map[string]bool{}
		for _, g := range l.gems {
			gems[sess.matrix().Gemeenten[g]] = true
		}
	}
	l.rows = l.rows[:0]
	superseded := sess.an.Superseded() // earlier years: the Verloop screen shows them
	for i, a := range sess.an.Agreements {
		if superseded(i) || l.vagueOnly && !sess.vague(i) || l.checkOnly && !sess.toCheck(i) {
			continue
		}
		if l.role > 0 && a.OwnerRole != role.All()[l.role-1] {
			continue
		}
		if l.status > 0 && a.StatusNorm != status.All()[l.status-1] {
			continue
		}
		if gems != nil && !gems[a.Gemeente] {
			continue
		}
		if !l.picked(i) {
			continue
		}
		if !l.matches(i, q) {
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
	l.query, l.narrowable, l.shown = q, true, true
	l.startTrail()
}

// research recomputes the rows after the search changed. When the new
// words imply the old ones and nothing else changed since the rows were
// computed, the rows can only shrink: only they are searched again, in
// their order (a stable sort of a subset is the subset of the sorted
// rows), which is what makes typing fast on 51,300 agreements. Words
// typed earlier in the same search (a backspace) take the rows they gave
// then (listtrail.go). Otherwise all agreements are searched.
func (l *list) research() {
	q := searchWords(l.search.Value())
	if l.narrowable && l.backtrack(q) {
		l.cursor = max(0, min(l.cursor, len(l.rows)-1))
		return
	}
	if !l.narrowable || !implies(q, l.query) {
		l.refilter()
		return
	}
	if len(q) > 0 {
		l.haystack()
	}
	kept := l.rows[:0]
	for _, i := range l.rows {
		if l.matches(i, q) {
			kept = append(kept, i)
		}
	}
	l.rows, l.query = kept, q
	l.cursor = max(0, min(l.cursor, len(l.rows)-1))
	l.extendTrail()
}

// filtering reports whether any filter is on (the search included).
func (l *list) filtering() bool {
	return l.vagueOnly || l.checkOnly || l.role > 0 || l.status > 0 || l.gems != nil || l.search.Value() != "" || l.pick != nil
}

// clearFilters turns every filter off (the sort stays: it hides nothing).
func (l *list) clearFilters() {
	l.vagueOnly, l.checkOnly, l.role, l.status, l.gems = false, false, 0, 0, nil
	l.pick, l.pickName = nil, ""
	l.search.SetValue("")
	l.refilter()
}
