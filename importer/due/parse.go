package due

import (
	"strings"

	"pakompas/importer/norm"
)

// Parse returns the normal form of the time a deadline text names
// ("2025", "2025-Q2", "2025-H1", "2025-07", "2025-07-01", "2025/2027"), or
// "" when it names none. See the package documentation for the rules.
func Parse(raw string) string {
	var buf [8]period
	return combine(collect(raw, 0, buf[:0]))
}

// collect appends the dated periods named by raw to items. ctx is the year
// given to periods written without one; with ctx 0 they are dropped.
func collect(raw string, ctx int, items []period) []period {
	s := strings.TrimSpace(raw)
	if s == "" {
		return items
	}
	if p, ok := wholeNumber(s); ok {
		return append(items, p)
	}
	if ctx == 0 && !hasDigit(s) {
		return items // no year can be written without a digit
	}
	var tb [24]token
	sc := scanner{t: lex(norm.Fold(s), tb[:0]), ctx: ctx}
	start := len(items)
	items = sc.run(items)
	return sc.resolve(items, start)
}

// hasDigit reports whether s holds an ASCII digit.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

// wholeNumber reads a text that is nothing but a number written by a
// program rather than a person: an Excel serial date of 20000–80000
// ("45838", "45838.0", "45838,5") or a year stored as a float ("2025.0").
func wholeNumber(s string) (period, bool) {
	i, v := 0, 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' && i < 6 {
		v = v*10 + int(s[i]-'0')
		i++
	}
	frac := s[i:]
	if i != 4 && i != 5 {
		return none, false
	}
	if frac != "" {
		if len(frac) == 1 || (frac[0] != '.' && frac[0] != ',') {
			return none, false
		}
		for j := 1; j < len(frac); j++ {
			if frac[j] < '0' || frac[j] > '9' {
				return none, false
			}
		}
	}
	if i == 4 {
		if frac == "" || strings.Trim(frac[1:], "0") != "" || !validYear(v) {
			return none, false
		}
		return yearPeriod(v), true
	}
	if v < 20000 || v > 80000 {
		return none, false
	}
	f, scale := float64(v), 0.1
	for j := 1; j < len(frac) && j < 16; j++ {
		f += float64(frac[j]-'0') * scale
		scale /= 10
	}
	y, m, d, ok := serialDate(f, false)
	if !ok {
		return none, false
	}
	return datePeriod(y, m, d), true
}
