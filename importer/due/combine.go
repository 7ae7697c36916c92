package due

// resolve gives the yearless periods among items[start:] a year and drops
// those that get none. A period borrows the year of the next one when only
// connectors stand between them ("juni en juli 2025"), failing that the
// year of the previous one ("2025 Q2-Q3", "2025 (Q2)"), failing that the
// context year.
// Dates are checked again once they have a year.
func (s *scanner) resolve(items []period, start int) []period {
	for k := len(items) - 1; k >= start; k-- {
		p := &items[k]
		if p.year == 0 && k+1 < len(items) && items[k+1].year != 0 && s.connectorsOnly(p.next, items[k+1].start, false) {
			p.year = items[k+1].year
		}
	}
	for k := start; k < len(items); k++ {
		p := &items[k]
		if p.year != 0 {
			continue
		}
		if k > start && items[k-1].year != 0 && s.connectorsOnly(items[k-1].next, p.start, true) {
			p.year = items[k-1].lastYear()
		} else {
			p.year = s.ctx
		}
	}
	out := items[:start]
	for _, p := range items[start:] {
		if p.year == 0 || (p.day > 0 && !validDate(p.year, p.lo, p.day)) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// combine reduces the periods of one text to one normal form: the range of
// first and last year when they span several years; otherwise the most
// specific period if it lies inside all others, else the smallest month,
// quarter, half or year holding them all.
func combine(items []period) string {
	if len(items) == 0 {
		return ""
	}
	first, last := items[0].year, items[0].lastYear()
	best := items[0]
	for _, p := range items[1:] {
		first = min(first, p.year)
		last = max(last, p.lastYear())
		if p.width() < best.width() {
			best = p
		}
	}
	if first != last {
		return rangePeriod(first, last).String()
	}
	lo, hi, nested := best.lo, best.hi, true
	for _, p := range items {
		if !p.contains(best) {
			nested = false
		}
		lo, hi = min(lo, p.lo), max(hi, p.hi)
	}
	if nested {
		return best.String()
	}
	return enclosing(first, lo, hi).String()
}
