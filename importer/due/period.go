package due

// period is one time expression found in a text: a span of months within a
// year (lo..hi), optionally narrowed to a day, or a range of whole years.
type period struct {
	year int // 0 while the expression has no year yet ("juni", "Q2")
	end  int // last year of a year range; 0 otherwise
	lo   int // first month, 1..12; 0 marks "consumed, but no time"
	hi   int // last month, 1..12
	day  int // day of month for dates; 0 otherwise

	start, next int // token span, for borrowing a year from a neighbour
}

// Minimum and maximum year accepted in text.
const (
	minYear = 2000
	maxYear = 2099
)

func validYear(y int) bool { return y >= minYear && y <= maxYear }

func yearPeriod(y int) period       { return period{year: y, lo: 1, hi: 12} }
func quarterPeriod(y, q int) period { return period{year: y, lo: 3*q - 2, hi: 3 * q} }
func halfPeriod(y, h int) period    { return period{year: y, lo: 6*h - 5, hi: 6 * h} }
func monthPeriod(y, m int) period   { return period{year: y, lo: m, hi: m} }
func datePeriod(y, m, d int) period { return period{year: y, lo: m, hi: m, day: d} }
func rangePeriod(first, last int) period {
	if first > last {
		first, last = last, first
	}
	if first == last {
		return yearPeriod(first)
	}
	return period{year: first, end: last, lo: 1, hi: 12}
}

// none is the result of a pattern that consumed text naming no valid time,
// such as the impossible date 31-2-2025.
var none = period{}

// isTime reports whether p names a time (possibly still without a year).
func (p period) isTime() bool { return p.lo != 0 }

// lastYear is the last year p touches.
func (p period) lastYear() int {
	if p.end > p.year {
		return p.end
	}
	return p.year
}

// width orders periods from specific to broad: a date is narrower than its
// month, which is narrower than its quarter, and so on.
func (p period) width() int {
	w := (p.hi - p.lo + 1) * 2
	if p.day > 0 {
		w--
	}
	return w
}

// contains reports whether inner lies within p (both in the same year).
func (p period) contains(inner period) bool {
	if p.lo > inner.lo || inner.hi > p.hi {
		return false
	}
	return p.day == 0 || (inner.day == p.day && inner.lo == p.lo)
}

// enclosing returns the smallest month, quarter, half or year of year y
// that holds the months lo..hi.
func enclosing(y, lo, hi int) period {
	switch {
	case lo == hi:
		return monthPeriod(y, lo)
	case (lo-1)/3 == (hi-1)/3:
		return quarterPeriod(y, (lo-1)/3+1)
	case (lo-1)/6 == (hi-1)/6:
		return halfPeriod(y, (lo-1)/6+1)
	}
	return yearPeriod(y)
}

// daysIn returns the number of days of month m in year y (proleptic
// Gregorian calendar).
func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// validDate reports whether y-m-d is a real day in the accepted years.
func validDate(y, m, d int) bool {
	return validYear(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}
