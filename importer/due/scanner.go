package due

// scanner walks the tokens of one text and recognises time expressions.
// Every pattern method takes the index of its first token and returns the
// period found, the index just past it, and whether it matched.
type scanner struct {
	t   []token
	ctx int // year to give yearless periods ("Q2" in a 2026 column); 0 if none
}

// run appends every time expression of the text to items, left to right,
// each token belonging to at most one expression.
func (s *scanner) run(items []period) []period {
	for i := 0; i < len(s.t); {
		p, next, ok := s.match(i)
		if !ok {
			i++
			continue
		}
		if p.isTime() {
			p.start, p.next = i, next
			items = append(items, p)
		}
		i = next
	}
	return items
}

// match tries the patterns that can start at token i, most specific first.
func (s *scanner) match(i int) (period, int, bool) {
	switch s.t[i].kind {
	case tokNum:
		if p, n, ok := s.numericDate(i); ok {
			return p, n, true
		}
		if p, n, ok := s.dayMonth(i); ok {
			return p, n, true
		}
		if p, n, ok := s.numericMonth(i); ok {
			return p, n, true
		}
		if p, n, ok := s.yearFirst(i); ok {
			return p, n, true
		}
		return s.partWithYear(i)
	case tokWord:
		if p, n, ok := s.partWithYear(i); ok {
			return p, n, true
		}
		if p, n, ok := s.monthFirst(i); ok {
			return p, n, true
		}
		return s.season(i)
	case tokPunct:
		if s.t[i].punct == '\'' {
			return s.yearFirst(i)
		}
	}
	return none, i, false
}

// word returns token i's text when it is a word, or "".
func (s *scanner) word(i int) string {
	if i < len(s.t) && s.t[i].kind == tokWord {
		return s.t[i].text
	}
	return ""
}

// isPunct reports whether token i is the punctuation character c.
func (s *scanner) isPunct(i int, c byte) bool {
	return i < len(s.t) && s.t[i].kind == tokPunct && s.t[i].punct == c
}

// punctIn returns token i's punctuation character when it is one of set.
func (s *scanner) punctIn(i int, set string) (byte, bool) {
	if i >= len(s.t) || s.t[i].kind != tokPunct {
		return 0, false
	}
	c := s.t[i].punct
	for j := 0; j < len(set); j++ {
		if set[j] == c {
			return c, true
		}
	}
	return 0, false
}

// num returns token i when it is a number of at most maxDigits digits.
func (s *scanner) num(i, maxDigits int) (token, bool) {
	if i < len(s.t) && s.t[i].kind == tokNum && s.t[i].digits() <= maxDigits {
		return s.t[i], true
	}
	return token{}, false
}

// gluedNum returns token i when it is a number glued to token i-1.
func (s *scanner) gluedNum(i int) (token, bool) {
	if i < len(s.t) && s.t[i].kind == tokNum && s.t[i].glued {
		return s.t[i], true
	}
	return token{}, false
}

// year reads a year at token i: four digits 2000–2099 standing on their
// own, or an apostrophe and two digits ('25).
func (s *scanner) year(i int) (y, next int, ok bool) {
	if i >= len(s.t) {
		return 0, i, false
	}
	t := s.t[i]
	if t.kind == tokPunct && t.punct == '\'' {
		if n, ok := s.gluedNum(i + 1); ok && n.digits() == 2 && !s.gluedAfter(i+1) {
			return 2000 + n.val, i + 2, true
		}
		return 0, i, false
	}
	if t.kind != tokNum || t.digits() != 4 || !validYear(t.val) || !s.standsAlone(i) {
		return 0, i, false
	}
	return t.val, i + 1, true
}

// gluedAfter reports whether token i is followed by a glued letter or digit.
func (s *scanner) gluedAfter(i int) bool {
	return i+1 < len(s.t) && s.t[i+1].glued && s.t[i+1].kind != tokPunct
}

// standsAlone reports whether the four-digit number at i can be a year
// rather than part of a longer number or code: not glued to a word of two
// or more letters ("wbr2025"), not a decimal or thousands part ("1.2025",
// "2025,50"), not an amount ("€ 2025").
func (s *scanner) standsAlone(i int) bool {
	if i > 0 {
		p := s.t[i-1]
		if s.t[i].glued && p.kind == tokWord && len(p.text) > 1 {
			return false
		}
		if p.kind == tokPunct && p.punct == '$' {
			return false
		}
		if s.t[i].glued && p.kind == tokPunct && (p.punct == '.' || p.punct == ',') && i > 1 &&
			p.glued && s.t[i-2].kind == tokNum && !yearLike(s.t[i-2]) {
			return false
		}
	}
	if i+1 < len(s.t) {
		n := s.t[i+1]
		if n.glued && n.kind == tokWord && len(n.text) > 1 {
			return false
		}
		if n.glued && n.kind == tokPunct && (n.punct == '.' || n.punct == ',') && i+2 < len(s.t) &&
			s.t[i+2].glued && s.t[i+2].kind == tokNum && !yearLike(s.t[i+2]) {
			return false
		}
	}
	return true
}

// yearLike reports whether t is a four-digit number in the year window, so
// that "2025,2026" stays a list of years.
func yearLike(t token) bool { return t.digits() == 4 && validYear(t.val) }

// link skips what may stand between a period and its year: a few
// punctuation marks ("Q2-2025", "jul. 2025") and words ("helft van 2025").
func (s *scanner) link(i int) int {
	for k := 0; k < 3 && i < len(s.t); k++ {
		t := s.t[i]
		switch {
		case t.kind == tokPunct && (t.punct == '-' || t.punct == '/' || t.punct == ',' || t.punct == '.' || t.punct == ':'):
		case t.kind == tokWord && isLinkWord(t.text):
		default:
			return i
		}
		i++
	}
	return i
}

// yearAfter reads the year of a period that ends before token i.
func (s *scanner) yearAfter(i int) (y, next int, ok bool) {
	return s.year(s.link(i))
}

// followedByYear reports whether a year follows token i-1 (so that a
// period there belongs to that year, not to one before it).
func (s *scanner) followedByYear(i int) bool {
	_, _, ok := s.yearAfter(i)
	return ok
}

// connectorsOnly reports whether tokens a..b-1 are at least one token and
// all list or range connectors ("en", "t/m", "-", ","). With clarify, an
// opening parenthesis or colon also counts, as in "2025 (Q2)".
func (s *scanner) connectorsOnly(a, b int, clarify bool) bool {
	if b <= a || b > len(s.t) {
		return false
	}
	for i := a; i < b; i++ {
		t := s.t[i]
		switch t.kind {
		case tokPunct:
			switch t.punct {
			case '-', '/', ',', '&', '+':
			case '(', ':':
				if !clarify {
					return false
				}
			default:
				return false
			}
		case tokWord:
			if !isConnectorWord(t.text) {
				return false
			}
		default:
			return false
		}
	}
	return true
}
