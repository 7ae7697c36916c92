package due

// names holds the normal forms of the years 2000–2099 without their
// months: index 0 is the year, 1–4 the quarters, 5–6 the halves and 7–18
// the months. Precomputing them keeps Parse free of allocations for all but
// dates and ranges.
var names = func() (t [maxYear - minYear + 1][19]string) {
	for i := range t {
		y := minYear + i
		var b [7]byte
		put4(b[:], y)
		t[i][0] = string(b[:4])
		b[4] = '-'
		for q := 1; q <= 4; q++ {
			b[5], b[6] = 'Q', byte('0'+q)
			t[i][q] = string(b[:7])
		}
		for h := 1; h <= 2; h++ {
			b[5], b[6] = 'H', byte('0'+h)
			t[i][4+h] = string(b[:7])
		}
		for m := 1; m <= 12; m++ {
			put2(b[5:], m)
			t[i][6+m] = string(b[:7])
		}
	}
	return t
}()

// String returns the normal form of p, or "" when p names no dated time.
func (p period) String() string {
	if !p.isTime() || p.year <= 0 || p.year > 9999 {
		return ""
	}
	if p.end > p.year {
		var b [9]byte
		put4(b[:], p.year)
		b[4] = '/'
		put4(b[5:], p.end)
		return string(b[:])
	}
	if p.day > 0 {
		return formatDate(p.year, p.lo, p.day)
	}
	if !validYear(p.year) {
		return ""
	}
	row := &names[p.year-minYear]
	switch {
	case p.lo == 1 && p.hi == 12:
		return row[0]
	case p.lo == p.hi:
		return row[6+p.lo]
	case p.hi-p.lo == 2:
		return row[p.hi/3]
	case p.hi-p.lo == 5:
		return row[4+p.hi/6]
	}
	return row[0]
}

// formatDate renders yyyy-mm-dd.
func formatDate(y, m, d int) string {
	var b [10]byte
	put4(b[:], y)
	b[4] = '-'
	put2(b[5:], m)
	b[7] = '-'
	put2(b[8:], d)
	return string(b[:])
}

func put4(b []byte, v int) {
	b[0] = byte('0' + v/1000%10)
	b[1] = byte('0' + v/100%10)
	b[2] = byte('0' + v/10%10)
	b[3] = byte('0' + v%10)
}

func put2(b []byte, v int) {
	b[0] = byte('0' + v/10%10)
	b[1] = byte('0' + v%10)
}
