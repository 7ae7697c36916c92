package tui

import (
	"sort"
	"strings"

	"pakompas/compare/role"
	"pakompas/compare/status"
	"pakompas/importer/norm"
)

var sortNames = []string{"bron", "gemeente", "thema", "vaag eerst"}

// buildHay folds each agreement's search text, once per analysis (again
// after a theme move changed theme labels).
func (l *list) buildHay() {
	sess := l.sess
	l.hay = make([]string, len(sess.an.Agreements))
	for i, a := range sess.an.Agreements {
		l.hay[i] = norm.Fold(a.Text + " " + a.Gemeente + " " + a.ThemeLabel + " " + a.ThemeRaw + " " + a.Number)
	}
	l.hayGen = sess.themeGen()
}

// refilter recomputes the visible rows from the filters and the sort.
func (l *list) refilter() {
	sess := l.sess
	if l.hay == nil || l.hayGen != sess.themeGen() {
		l.buildHay()
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
