package due

// numericDate reads 1-7-2025, 01/07/2025, 1.7.2025, 1-7-25 and ISO
// 2025-07-01. The three numbers must be glued by one repeated separator.
// Day-first unless the middle number cannot be a month (12/31/2025). An
// impossible date is consumed but names no time.
func (s *scanner) numericDate(i int) (period, int, bool) {
	sep, ok := s.punctIn(i+1, "-/.")
	if !ok || !s.t[i+1].glued || (i > 0 && s.t[i].glued && s.t[i-1].kind == tokPunct && s.t[i-1].punct == sep) {
		return none, i, false
	}
	b, ok := s.gluedNum(i + 2)
	if !ok || !s.isPunct(i+3, sep) || !s.t[i+3].glued {
		return none, i, false
	}
	c, ok := s.gluedNum(i + 4)
	if !ok {
		return none, i, false
	}
	next := i + 5
	if s.isPunct(next, sep) && s.t[next].glued && s.isGluedNum(next+1) {
		return none, i, false // 1.2.3.4: a version or an outline number
	}
	a := s.t[i]
	var y, m, d int
	switch la, lb, lc := a.digits(), b.digits(), c.digits(); {
	case la == 4 && lb <= 2 && lc <= 2:
		y, m, d = a.val, b.val, c.val
	case la <= 2 && lb <= 2 && lc == 4:
		d, m, y = a.val, b.val, c.val
	case la <= 2 && lb <= 2 && lc == 2 && sep != '.':
		d, m, y = a.val, b.val, 2000+c.val
	default:
		return none, i, false
	}
	if a.digits() <= 2 && m > 12 && d <= 12 {
		d, m = m, d
	}
	if !validDate(y, m, d) {
		return none, next, true
	}
	return datePeriod(y, m, d), next, true
}

// dayMonth reads "1 juli 2025", "31 dec. 2025", Excel's "1-jul-2025" and
// "1-jul-25" and, without a year, "1 juli" (which then needs a year from
// elsewhere).
func (s *scanner) dayMonth(i int) (period, int, bool) {
	d, ok := s.num(i, 2)
	if !ok || d.val < 1 || d.val > 31 {
		return none, i, false
	}
	j := i + 1
	dashed := false
	switch {
	case s.isGlued(j) && isOrdinalSuffix(s.word(j)) && monthNumber(s.word(j+1)) > 0:
		j++ // "1e juli", "1ste juli"
	case s.isPunct(j, '-') && s.isGlued(j) && s.isGlued(j+1) && monthNumber(s.word(j+1)) > 0:
		j, dashed = j+1, true // Excel's "1-jul-2025"
	}
	m, j, ok := s.month(j)
	if !ok {
		return none, i, false
	}
	y, n, ok := s.yearAfter(j)
	if !ok && dashed {
		y, n, ok = s.shortYear(j)
	}
	if ok {
		if !validDate(y, m, d.val) {
			return none, n, true
		}
		return datePeriod(y, m, d.val), n, true
	}
	if d.val > daysIn(2000, m) { // 2000 is a leap year, so 29 februari passes
		return none, j, true
	}
	return datePeriod(0, m, d.val), j, true
}

// month reads a month name or abbreviation with an optional dot.
func (s *scanner) month(i int) (m, next int, ok bool) {
	m = monthNumber(s.word(i))
	if m == 0 {
		return 0, i, false
	}
	next = i + 1
	if s.isPunct(next, '.') && s.t[next].glued {
		next++
	}
	return m, next, true
}

// monthFirst reads "juli 2025", "dec. 2025", Excel's "jul-25", English
// "July 1, 2025", and a month without a year ("juni").
func (s *scanner) monthFirst(i int) (period, int, bool) {
	m, j, ok := s.month(i)
	if !ok {
		return none, i, false
	}
	if d, ok := s.num(j, 2); ok && d.val >= 1 && d.val <= 31 {
		if y, n, ok := s.yearAfter(j + 1); ok {
			if !validDate(y, m, d.val) {
				return none, n, true
			}
			return datePeriod(y, m, d.val), n, true
		}
	}
	if y, n, ok := s.yearAfter(j); ok {
		return monthPeriod(y, m), n, true
	}
	if y, n, ok := s.shortYear(j); ok {
		return monthPeriod(y, m), n, true
	}
	return monthPeriod(0, m), j, true
}

// shortYear reads the two-digit year of Excel's "jul-25" and "1-jul-25"
// display formats: a dash and two digits, all glued to the month before.
func (s *scanner) shortYear(i int) (y, next int, ok bool) {
	if !s.isPunct(i, '-') || !s.isGlued(i) {
		return 0, i, false
	}
	if n, ok := s.gluedNum(i + 1); ok && n.digits() == 2 && !s.gluedAfter(i+1) {
		return 2000 + n.val, i + 2, true
	}
	return 0, i, false
}

// numericMonth reads "07-2025" and "7/2025".
func (s *scanner) numericMonth(i int) (period, int, bool) {
	m, ok := s.num(i, 2)
	if !ok || m.val < 1 || m.val > 12 || (s.t[i].glued && s.t[i-1].kind != tokPunct) {
		return none, i, false
	}
	if _, ok := s.punctIn(i+1, "-/"); !ok || !s.t[i+1].glued || !s.isGluedNum(i+2) {
		return none, i, false
	}
	y, n, ok := s.year(i + 2)
	if !ok {
		return none, i, false
	}
	if _, ok := s.punctIn(n, "-/."); ok && s.t[n].glued && s.isGluedNum(n+1) {
		return none, i, false
	}
	return monthPeriod(y, m.val), n, true
}

// isGlued reports whether token i exists and touches token i-1.
func (s *scanner) isGlued(i int) bool { return i < len(s.t) && s.t[i].glued }

// isGluedNum reports whether token i is a number touching token i-1.
func (s *scanner) isGluedNum(i int) bool {
	_, ok := s.gluedNum(i)
	return ok
}
