package tui

import (
	"errors"

	"pakompas/compare/evaluation"
	"pakompas/compare/role"
	"pakompas/compare/status"
	"pakompas/compare/theme"
)

// moveAgreement moves agreement i to theme key (the adviser's override,
// saved) and updates the counts.
func (s *session) moveAgreement(i int, key string) error {
	err := s.update(i, func(e *evaluation.Entry) { e.Theme = key })
	if err != nil && !errors.Is(err, evaluation.ErrUnsaved) {
		return err
	}
	s.retheme(i, key)
	return err
}

// moveLocal moves every agreement under a local theme name (as written)
// to theme key, saved as an override by local name.
func (s *session) moveLocal(local, key string) error {
	if s.store == nil {
		return errReadOnly(s.readOnly)
	}
	err := s.store.SetThemeByLocal(local, key)
	if err != nil && !errors.Is(err, evaluation.ErrUnsaved) {
		return err
	}
	want := theme.LocalKey(local)
	for i, a := range s.an.Agreements {
		// An agreement moved on its own keeps its own theme.
		if theme.LocalKey(a.ThemeRaw) == want && s.store.Get(a.ID).Theme == "" {
			s.retheme(i, key)
		}
	}
	return err
}

// retheme moves agreement i to another theme in the session's analysis
// (which the session owns once loaded): the matrix cell counts move, and
// the side-by-side layouts of both themes are rebuilt when next shown.
func (s *session) retheme(i int, key string) {
	a := &s.an.Agreements[i]
	if a.Theme == key {
		return
	}
	from, to, g := s.themeIdx[a.Theme], s.themeIdx[key], s.gemIdx[a.Gemeente]
	mx := &s.matrix
	r, st := roleIndex(a.OwnerRole), statusIndex(a.StatusNorm)
	vague := s.vague(i)
	move := func(t, d int) {
		for _, c := range []*cellCounts{
			{&mx.Cells[t][g].N, &mx.Cells[t][g].Vague, &mx.Cells[t][g].Resultaat, mx.Cells[t][g].Roles, mx.Cells[t][g].Status},
			{&mx.RowTotals[t].N, &mx.RowTotals[t].Vague, &mx.RowTotals[t].Resultaat, mx.RowTotals[t].Roles, mx.RowTotals[t].Status},
		} {
			*c.n += d
			if vague {
				*c.vague += d
			}
			if a.Type == "resultaat" {
				*c.resultaat += d
			}
			c.roles[r] += d
			c.status[st] += d
		}
	}
	move(from, -1)
	move(to, +1)
	delete(s.rows, a.Theme)
	delete(s.rows, key)
	s.themeGen++
	a.Theme, a.ThemeLabel, a.ThemeVia = key, s.an.Taxonomy.Label(key), theme.ViaAdviser
}

// cellCounts points at the counters of one matrix cell.
type cellCounts struct {
	n, vague, resultaat *int
	roles, status       []int
}

// roleIndex is r's position in role.All(), the matrix's role order.
func roleIndex(r role.Role) int {
	for i, x := range role.All() {
		if x == r {
			return i
		}
	}
	return len(role.All()) - 1
}

// statusIndex is st's position in status.All(), the matrix's status order.
func statusIndex(st status.Status) int {
	for i, x := range status.All() {
		if x == st {
			return i
		}
	}
	return len(status.All()) - 1
}
