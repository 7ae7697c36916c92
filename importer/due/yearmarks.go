package due

import (
	"strconv"
	"strings"

	"pakompas/importer/norm"
)

// YearMark is one cell of a planning block that has a column per year
// ("Planning" merged over 2025 | 2026 | 2027).
type YearMark struct {
	Year  int    // the column's year, e.g. 2026
	Value string // what the cell holds: "x", "✓", "ja", "Q2", "juni", or ""
}

// FromYearMarks reads a planning block. Any non-empty cell marks its year,
// except values that plainly say "no" ("nee", "0", "-", "n.v.t."). A
// value that is itself a time keeps its precision and takes the column's
// year when it has none: "Q2" in the 2026 column is 2026-Q2, "juni" is
// 2026-06. Several marked years give the range of the first and last
// (2025/2027). raw renders what was written, e.g. "2025: x; 2026: x",
// skipping empty cells. When no year is marked due is ""; raw still shows
// any "no" values, so only without any non-empty cell are both "".
func FromYearMarks(marks []YearMark) (due, raw string) {
	var buf [8]period
	items := buf[:0]
	var b strings.Builder
	for _, m := range marks {
		v := strings.Join(strings.Fields(m.Value), " ")
		if v == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("; ")
		}
		b.WriteString(strconv.Itoa(m.Year))
		b.WriteString(": ")
		b.WriteString(v)
		if isNegativeMark(v) {
			continue
		}
		ctx := 0
		if validYear(m.Year) {
			ctx = m.Year
		}
		n := len(items)
		items = collect(v, ctx, items)
		if len(items) == n && ctx != 0 {
			items = append(items, yearPeriod(ctx))
		}
	}
	return combine(items), b.String()
}

// isNegativeMark reports whether a cell value says the year is not marked.
func isNegativeMark(v string) bool {
	switch norm.Fold(v) {
	case "-", "--", "–", "—", "0", "nee", "no", "n", "nvt", "n.v.t.", "n.v.t", "geen", "false", "onwaar":
		return true
	}
	return false
}
