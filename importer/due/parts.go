package due

// ordinal reads "2e", "2de", "1ste", "tweede" and returns its number.
func (s *scanner) ordinal(i int) (n, next int, ok bool) {
	if n := ordinalWord(s.word(i)); n > 0 {
		return n, i + 1, true
	}
	if t, ok := s.num(i, 1); ok && s.isGlued(i+1) && isOrdinalSuffix(s.word(i+1)) {
		return t.val, i + 2, true
	}
	return 0, i, false
}

// part reads a quarter or half without its year: "Q2", "K2", "kw2",
// "kwartaal 2", "2e kwartaal", "4e kw.", "H1", "eerste helft", "2e
// halfjaar", "1e half jaar". The period's year is left 0.
func (s *scanner) part(i int) (period, int, bool) {
	w := s.word(i)
	switch w {
	case "q", "k", "kw", "h", "hj":
		if n, ok := s.gluedNum(i + 1); ok && n.digits() == 1 && !s.gluedAfter(i+1) {
			if w[0] == 'h' {
				if n.val == 1 || n.val == 2 {
					return halfPeriod(0, n.val), i + 2, true
				}
			} else if n.val >= 1 && n.val <= 4 {
				return quarterPeriod(0, n.val), i + 2, true
			}
		}
	}
	switch w {
	case "kw", "kwartaal", "quarter", "qtr":
		j := i + 1
		if s.isPunct(j, '.') {
			j++
		}
		if n, ok := s.num(j, 1); ok && n.val >= 1 && n.val <= 4 && !s.gluedAfter(j) {
			return quarterPeriod(0, n.val), j + 1, true
		}
	}
	n, j, ok := s.ordinal(i)
	if !ok {
		return none, i, false
	}
	w = s.word(j)
	switch {
	case isQuarterWord(w) && n >= 1 && n <= 4:
		j++
		if s.isPunct(j, '.') && s.t[j].glued {
			j++
		}
		return quarterPeriod(0, n), j, true
	case isHalfWord(w) && (n == 1 || n == 2):
		return halfPeriod(0, n), j + 1, true
	case w == "half" && (n == 1 || n == 2):
		j++
		if v := s.word(j); v == "jaar" || v == "year" {
			j++
		}
		return halfPeriod(0, n), j, true
	}
	return none, i, false
}

// partWithYear reads a quarter or half followed by its year ("Q2 2025",
// "2e kwartaal van 2025", "Q2 '25"), or without one.
func (s *scanner) partWithYear(i int) (period, int, bool) {
	p, j, ok := s.part(i)
	if !ok {
		return none, i, false
	}
	if y, n, ok := s.yearAfter(j); ok {
		p.year = y
		return p, n, true
	}
	return p, j, true
}

// yearFirst reads a year and what may follow it directly: "2025-Q2",
// "2025 Q2", "2025 - 2e kw", "2025-H1", "2025 juli", ISO "2025-07", the
// short range "2025-26", or just the year. A part that is itself followed
// by a year belongs to that year instead ("2025, Q2 2026").
func (s *scanner) yearFirst(i int) (period, int, bool) {
	y, j, ok := s.year(i)
	if !ok {
		return none, i, false
	}
	k := j
	sep, hasSep := s.punctIn(k, "-/:")
	if hasSep {
		k++
	}
	if (sep == '-' || sep == '/') && s.isGlued(j) && s.isGlued(k) {
		if n, ok := s.num(k, 2); ok && !s.gluedAfter(k) {
			switch {
			case n.val >= 1 && n.val <= 12 && (n.digits() == 2 || sep == '-'):
				return monthPeriod(y, n.val), k + 1, true
			case n.digits() == 2 && 2000+n.val > y:
				return rangePeriod(y, 2000+n.val), k + 1, true
			}
		}
	}
	if p, n, ok := s.part(k); ok && !s.followedByYear(n) {
		p.year = y
		return p, n, true
	}
	if sep != '/' {
		if m, n, ok := s.month(k); ok && !s.followedByYear(n) && !s.isNum(n) {
			return monthPeriod(y, m), n, true
		}
	}
	return yearPeriod(y), j, true
}

// isNum reports whether token i is a number.
func (s *scanner) isNum(i int) bool { return i < len(s.t) && s.t[i].kind == tokNum }

// season reads "begin 2026", "voorjaar 2026", "medio 2025", "zomer 2025",
// "voor de zomer 2025", "najaar 2025" as quarters. Without a year the
// season only counts when a context year is known and nothing follows it
// ("najaar" in the 2025 column), and "start" never does: there it is a
// mark, not a moment.
func (s *scanner) season(i int) (period, int, bool) {
	w := s.word(i)
	q, startLike := seasonQuarter(w)
	j := i + 1
	if q == 0 {
		if w != "voor" && w != "before" {
			return none, i, false
		}
		if d := s.word(j); d == "de" || d == "het" || d == "the" {
			j++
		}
		if !isSummerWord(s.word(j)) {
			return none, i, false
		}
		q, j = 2, j+1
	}
	if startLike {
		// "start 2026" is early 2026, but "start in 2026" only says 2026.
		k := j
		if v := s.word(k); v == "van" || v == "of" {
			k++
		}
		if s.isPunct(k, '-') {
			k++
		}
		if y, n, ok := s.year(k); ok {
			return quarterPeriod(y, q), n, true
		}
		if s.ctx != 0 && w == "begin" && s.endsAt(j) {
			return quarterPeriod(0, q), j, true
		}
		return none, i, false
	}
	if y, n, ok := s.yearAfter(j); ok {
		return quarterPeriod(y, q), n, true
	}
	if s.ctx != 0 && s.endsAt(j) {
		return quarterPeriod(0, q), j, true
	}
	return none, i, false
}

// endsAt reports whether the expression ending before token i stands on
// its own: at the end of the text or before punctuation.
func (s *scanner) endsAt(i int) bool { return i >= len(s.t) || s.t[i].kind == tokPunct }
