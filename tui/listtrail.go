package tui

import "slices"

// The search trail: typing narrows the rows step by step (research), and
// each step's rows are kept, so that a backspace back to an earlier step
// of the same typing takes its rows again instead of searching all
// 51,300 agreements (18 ms on the national corpus, most of a frame). The
// trail holds while nothing but the search changed (narrowable);
// refilter starts it afresh.

// searchStep is one step of the trail: the search words and the rows they
// gave.
type searchStep struct {
	query []string
	rows  []int
}

// maxTrail bounds the steps kept: the first (a full filter) and the last
// ones typed.
const maxTrail = 64

// startTrail makes the rows refilter just computed the trail's first
// step.
func (l *list) startTrail() {
	l.trail = []searchStep{{l.query, slices.Clone(l.rows)}}
}

// extendTrail adds the rows the search just narrowed to as a step.
func (l *list) extendTrail() {
	if len(l.trail) >= maxTrail {
		l.trail = slices.Delete(l.trail, 1, 2)
	}
	l.trail = append(l.trail, searchStep{l.query, slices.Clone(l.rows)})
}

// backtrack takes the rows of the latest step with the search words q,
// dropping the steps after it; it reports whether the trail had one.
func (l *list) backtrack(q []string) bool {
	for k := len(l.trail) - 1; k >= 0; k-- {
		if slices.Equal(l.trail[k].query, q) {
			l.trail = l.trail[:k+1]
			l.rows = append(l.rows[:0], l.trail[k].rows...)
			l.query = q
			return true
		}
	}
	return false
}
