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
	af, al := YearBounds(a)
	bf, bl := YearBounds(b)
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

// YearBounds are the first and last year of a jaarschijf or of a year
// written in a text: "2024-2027" is 2024, 2027; "2025" is 2025, 2025. It
// is 0, 0 for anything else: "" (onbekend), a part that is not four
// digits, a year outside 1900–2199, a period that ends before it starts.
// It is the one reading of a year's bounds: CompareYears orders by it,
// compare/verloop counts the years between two versions and tells a year
// moved on in a text by it.
func YearBounds(y string) (first, last int) {
	f, l, period := strings.Cut(y, "-")
	first = fourDigitYear(f)
	last = first
	if period {
		last = fourDigitYear(l)
	}
	if first == 0 || last < first {
		return 0, 0
	}
	return first, last
}

// fourDigitYear is the year s names when it is four digits from 1900 to
// 2199, else 0.
func fourDigitYear(s string) int {
	if len(s) != 4 {
		return 0
	}
	y, err := strconv.Atoi(s)
	if err != nil || y < 1900 || y > 2199 {
		return 0
	}
	return y
}
