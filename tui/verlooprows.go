package tui

import (
	"slices"

	"pakompas/compare"
	"pakompas/compare/verloop"
)

// vlState is a state an agreement has over the years, as the Verloop
// screen filters on it: a bit each, so that a row holds all its chain's.
type vlState uint8

const (
	vlNieuw vlState = 1 << iota
	vlGewijzigd
	vlOngewijzigd
	vlVervallen
	vlDoorgeschoven
)

// vlStates are the states in the order of the legend and the filters,
// with the mark a cell carries and the Dutch word.
var vlStates = []struct {
	state vlState
	mark  string
	word  string
}{
	{vlNieuw, "+", "nieuw"},
	{vlGewijzigd, "~", "gewijzigd"},
	{vlOngewijzigd, "=", "ongewijzigd"},
	{vlVervallen, "−", "vervallen"},
	{vlDoorgeschoven, "↻", "doorgeschoven"},
}

// stateOf is the state bit of a change (0 for none).
func stateOf(c verloop.Change) vlState {
	switch c {
	case verloop.Nieuw:
		return vlNieuw
	case verloop.Gewijzigd:
		return vlGewijzigd
	case verloop.Ongewijzigd:
		return vlOngewijzigd
	case verloop.Vervallen:
		return vlVervallen
	}
	return 0
}

// markOf is the mark of a change in a cell ("" for none).
func markOf(c verloop.Change) string {
	s := stateOf(c)
	for _, st := range vlStates {
		if st.state == s {
			return st.mark
		}
	}
	return ""
}

// vlRow is one agreement followed over the years: the agreement (an
// index into the analysis) of each year, -1 where it is absent; the
// states of its chain; the most years it was carried over.
type vlRow struct {
	cells   []int
	states  vlState
	carried int
}

// last is the row's latest agreement.
func (r vlRow) last() int {
	for k := len(r.cells) - 1; k >= 0; k-- {
		if r.cells[k] >= 0 {
			return r.cells[k]
		}
	}
	return -1
}

// byGemeente lists the agreement indexes of each gemeente, in file order.
func byGemeente(an *compare.Analysis) map[string][]int {
	out := map[string][]int{}
	for i := range an.Agreements {
		g := an.Agreements[i].Gemeente
		out[g] = append(out[g], i)
	}
	return out
}

// verloopRows follows a gemeente's agreements (idx, into an) from year to
// year along Previous and Next: one row per chain, its agreements under
// their years. Rows go by the theme of their latest agreement (themeIdx,
// the overview's order), then those that reach the latest year first,
// then by file order.
func verloopRows(an *compare.Analysis, idx []int, years []string, themeIdx map[string]int) []vlRow {
	var rows []vlRow
	for _, i := range idx {
		chain := an.Chain(i)
		if chain[0] != i {
			continue // not the start of its chain
		}
		r := vlRow{cells: make([]int, len(years))}
		for k := range r.cells {
			r.cells[k] = -1
		}
		for _, j := range chain {
			a := &an.Agreements[j]
			if k := slices.Index(years, a.Year); k >= 0 {
				r.cells[k] = j
			}
			r.states |= stateOf(a.Change)
			if a.CarriedYears > 0 {
				r.states |= vlDoorgeschoven
				r.carried = max(r.carried, a.CarriedYears)
			}
		}
		rows = append(rows, r)
	}
	lastYear := func(r vlRow) int {
		for k := len(r.cells) - 1; k >= 0; k-- {
			if r.cells[k] >= 0 {
				return k
			}
		}
		return -1
	}
	slices.SortStableFunc(rows, func(x, y vlRow) int {
		tx, ty := themeIdx[an.Agreements[x.last()].Theme], themeIdx[an.Agreements[y.last()].Theme]
		if tx != ty {
			return tx - ty
		}
		if lx, ly := lastYear(x), lastYear(y); lx != ly {
			return ly - lx
		}
		return x.last() - y.last()
	})
	return rows
}
