package verloop

import (
	"strconv"
	"strings"
)

// dueEnd is the last day of a normalised deadline as year, month and
// day: "2025" ends 31-12-2025, "2025-Q2" 30-6-2025, "2025-07" on day 31 of
// July (every month is taken to have 31 days: only the order counts),
// "2025/2027" as "2027". ok is false for "" or anything else.
func dueEnd(due string) (y, m, d int, ok bool) {
	if k := strings.LastIndexByte(due, '/'); k >= 0 {
		due = due[k+1:]
	}
	parts := strings.Split(due, "-")
	if len(parts[0]) != 4 {
		return 0, 0, 0, false
	}
	y, err := strconv.Atoi(parts[0])
	if err != nil {
		return 0, 0, 0, false
	}
	m, d = 12, 31
	switch {
	case len(parts) == 1:
	case len(parts) == 2 && len(parts[1]) == 2 && (parts[1][0] == 'Q' || parts[1][0] == 'q'):
		q, err := strconv.Atoi(parts[1][1:])
		if err != nil || q < 1 || q > 4 {
			return 0, 0, 0, false
		}
		m = 3 * q
	case len(parts) <= 3:
		if m, err = strconv.Atoi(parts[1]); err != nil || m < 1 || m > 12 {
			return 0, 0, 0, false
		}
		if len(parts) == 3 {
			if d, err = strconv.Atoi(parts[2]); err != nil || d < 1 || d > 31 {
				return 0, 0, 0, false
			}
		}
	default:
		return 0, 0, 0, false
	}
	return y, m, d, true
}

// dueMoved reports whether the deadline cur lies later than prev, other
// than by exactly gap whole years (the same deadline a year on in next
// year's jaarschijf is a recurring agreement, not a postponed one).
func dueMoved(prev, cur string, gap int) bool {
	py, pm, pd, ok1 := dueEnd(prev)
	cy, cm, cd, ok2 := dueEnd(cur)
	if !ok1 || !ok2 {
		return false
	}
	p, c := (py*13+pm)*32+pd, (cy*13+cm)*32+cd
	if c <= p {
		return false
	}
	return !(cy-py == gap && cm == pm && cd == pd)
}
