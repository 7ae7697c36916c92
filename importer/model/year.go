package model

import (
	"strconv"
	"strings"
)

// YearBefore orders jaarschijven (Agreement.Year) in time: by first year,
// then by last year ("2024" < "2024-2027" < "2025"); the empty year
// (unknown) comes first. "The latest year" means the last in this order.
func YearBefore(a, b string) bool {
	af, al := yearBounds(a)
	bf, bl := yearBounds(b)
	if af != bf {
		return af < bf
	}
	if al != bl {
		return al < bl
	}
	return a < b
}

// yearBounds are the first and last year of a jaarschijf ("2024-2027":
// 2024, 2027); 0, 0 when it is empty or not a year.
func yearBounds(y string) (first, last int) {
	f, l, _ := strings.Cut(y, "-")
	first, _ = strconv.Atoi(f)
	last = first
	if l != "" {
		last, _ = strconv.Atoi(l)
	}
	return first, last
}
