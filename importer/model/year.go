package model

import (
	"strconv"
	"strings"
)

// CompareYears orders jaarschijven (Agreement.Year) in time: by first
// year, then by last year ("2024" < "2024-2027" < "2025"), then by the
// text; the empty year (onbekend) comes last: beside dated files, a file
// that names no year is most often the working copy of the current year.
// "The latest year" means the last in this order. It is the one ordering
// of years: the import report, the migration of old ids, the matching
// across years (compare/verloop) and the current set all use it.
func CompareYears(a, b string) int {
	af, al := yearBounds(a)
	bf, bl := yearBounds(b)
	if af == 0 {
		af, al = 1<<30, 1<<30
	}
	if bf == 0 {
		bf, bl = 1<<30, 1<<30
	}
	if af != bf {
		return cmpInt(af, bf)
	}
	if al != bl {
		return cmpInt(al, bl)
	}
	return strings.Compare(a, b)
}

// YearBefore reports whether jaarschijf a comes before b (CompareYears).
func YearBefore(a, b string) bool { return CompareYears(a, b) < 0 }

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
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
