package due

import "testing"

func TestFromYearMarks(t *testing.T) {
	type m = YearMark
	cases := []struct {
		name     string
		marks    []YearMark
		due, raw string
	}{
		{"none", nil, "", ""},
		{"all empty", []m{{2025, ""}, {2026, "  "}, {2027, ""}}, "", ""},
		{"one x", []m{{2025, "x"}, {2026, ""}, {2027, ""}}, "2025", "2025: x"},
		{"two marks", []m{{2025, "x"}, {2026, "x"}}, "2025/2026", "2025: x; 2026: x"},
		{"range of marks", []m{{2025, "X"}, {2026, ""}, {2027, "✓"}}, "2025/2027", "2025: X; 2027: ✓"},
		{"check", []m{{2026, "✔"}}, "2026", "2026: ✔"},
		{"v", []m{{2026, "v"}}, "2026", "2026: v"},
		{"bullet", []m{{2026, "•"}}, "2026", "2026: •"},
		{"ja", []m{{2026, "Ja"}}, "2026", "2026: Ja"},
		{"one", []m{{2026, "1"}}, "2026", "2026: 1"},
		{"quarter keeps precision", []m{{2025, ""}, {2026, "Q2"}}, "2026-Q2", "2026: Q2"},
		{"month keeps precision", []m{{2026, "juni"}}, "2026-06", "2026: juni"},
		{"date without year", []m{{2026, "1 juli"}}, "2026-07-01", "2026: 1 juli"},
		{"half", []m{{2026, "2e helft"}}, "2026-H2", "2026: 2e helft"},
		{"season", []m{{2025, "najaar"}}, "2025-Q4", "2025: najaar"},
		{"voor de zomer", []m{{2025, "voor de zomer"}}, "2025-Q2", "2025: voor de zomer"},
		{"begin", []m{{2026, "begin"}}, "2026-Q1", "2026: begin"},
		{"start is a mark", []m{{2026, "start"}}, "2026", "2026: start"},
		{"own year wins", []m{{2026, "Q1 2027"}}, "2027-Q1", "2026: Q1 2027"},
		{"mark and quarter", []m{{2025, "x"}, {2026, "Q2"}}, "2025/2026", "2025: x; 2026: Q2"},
		{"negatives are no marks", []m{{2025, "nee"}, {2026, "x"}, {2027, "-"}}, "2026", "2025: nee; 2026: x; 2027: -"},
		{"only negatives", []m{{2025, "n.v.t."}, {2026, "0"}}, "", "2025: n.v.t.; 2026: 0"},
		{"whitespace tidied", []m{{2025, "  x \n "}, {2026, "eind\tQ3"}}, "2025/2026", "2025: x; 2026: eind Q3"},
		{"serial in a cell", []m{{2025, "45839"}}, "2025-07-01", "2025: 45839"},
		{"column without a year", []m{{0, "x"}}, "", "0: x"},
	}
	for _, c := range cases {
		due, raw := FromYearMarks(c.marks)
		if due != c.due || raw != c.raw {
			t.Errorf("%s: FromYearMarks(%v) = %q, %q; want %q, %q", c.name, c.marks, due, raw, c.due, c.raw)
		}
	}
}
