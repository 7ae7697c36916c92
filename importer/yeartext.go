package importer

import (
	"regexp"
	"strconv"
	"strings"

	"pakompas/importer/norm"
)

// A jaarschijf is named in text as a year ("Jaarschijf 2025") or a period
// of years ("Prestatieafspraken 2024-2027", "2024 t/m 2027"). A year that
// is part of a date ("14-03-2025", "2025-03-14", "1 december 2025") or of
// a longer number ("20250314") names no jaarschijf.

var (
	digitRunRE = regexp.MustCompile(`[0-9]+`)
	// monthBeforeRE matches a month name just before a year: "december 2025".
	monthBeforeRE = regexp.MustCompile(`(?i)(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\.?\s*$`)
	// cellYearRE is a cell that holds only a year or a period.
	cellYearRE = regexp.MustCompile(`^\s*(20[0-9]{2})(?:\.0)?\s*(?:(?:-|–|—|/|t/m|tot en met)\s*(20[0-9]{2}))?\s*$`)
)

// periodJoins are what stands between the two years of a period.
var periodJoins = map[string]bool{"-": true, "–": true, "—": true, "/": true, "_": true,
	"t/m": true, "tm": true, "t.m.": true, "tot en met": true, "tot": true}

// maxPeriodYears is the longest period taken: "2024-2027" is a period,
// "2020-2040" a vision, not a set of agreements.
const maxPeriodYears = 10

// ParseYear reads a jaarschijf as given by the adviser (--jaar): "2025",
// "2024-2027", "2024 t/m 2027". It returns the canonical form ("2025",
// "2024-2027") and false when s is no year 2000–2099 or period of them.
func ParseYear(s string) (string, bool) {
	m := cellYearRE.FindStringSubmatch(s)
	if m == nil {
		return "", false
	}
	if m[2] == "" {
		return m[1], true
	}
	first, _ := strconv.Atoi(m[1])
	last, _ := strconv.Atoi(m[2])
	switch {
	case last == first:
		return m[1], true
	case last < first || last-first > maxPeriodYears:
		return "", false
	}
	return m[1] + "-" + m[2], true
}

// yearsIn returns the years and periods s names outside dates, in order,
// each in canonical form ("2025", "2024-2027").
func yearsIn(s string) []string {
	runs := digitRunRE.FindAllStringIndex(s, -1)
	var out []string
	for k := 0; k < len(runs); k++ {
		y, ok := yearRun(s, runs[k])
		if !ok || dateBefore(s, runs, k) || dateAfter(s, runs, k) {
			continue
		}
		if k+1 < len(runs) {
			y2, ok := yearRun(s, runs[k+1])
			join := strings.ToLower(strings.TrimSpace(s[runs[k][1]:runs[k+1][0]]))
			if ok && periodJoins[join] && y2 > y && y2-y <= maxPeriodYears && !dateAfter(s, runs, k+1) {
				out = append(out, strconv.Itoa(y)+"-"+strconv.Itoa(y2))
				k++
				continue
			}
		}
		out = append(out, strconv.Itoa(y))
	}
	return out
}

// yearRun is the year a run of digits is, when it is one.
func yearRun(s string, run []int) (int, bool) {
	if run[1]-run[0] != 4 {
		return 0, false
	}
	y, _ := strconv.Atoi(s[run[0]:run[1]])
	return y, y >= 2000 && y <= 2099
}

// dateBefore reports whether the year at runs[k] ends a date: a day and
// month before it ("14-03-2025", "03/2025") or a month name ("1 december
// 2025").
func dateBefore(s string, runs [][]int, k int) bool {
	if k > 0 && dateJoin(s[runs[k-1][1]:runs[k][0]]) && runs[k-1][1]-runs[k-1][0] <= 2 {
		return true
	}
	return monthBeforeRE.MatchString(s[:runs[k][0]])
}

// dateAfter reports whether the year at runs[k] starts a date: a month
// after it ("2025-03-14", "2025_03").
func dateAfter(s string, runs [][]int, k int) bool {
	if k+1 >= len(runs) || !dateJoin(s[runs[k][1]:runs[k+1][0]]) || runs[k+1][1]-runs[k+1][0] > 2 {
		return false
	}
	m, _ := strconv.Atoi(s[runs[k+1][0]:runs[k+1][1]])
	return m >= 1 && m <= 12
}

// dateJoin reports whether between separates the parts of a date.
func dateJoin(between string) bool {
	return len(between) == 1 && strings.ContainsAny(between, "-/._")
}

// pickYear chooses the jaarschijf among the years a text names: the one
// right after the word "jaarschijf" ("Prestatieafspraken 2024-2027,
// jaarschijf 2025"), else the first.
func pickYear(s string, ys []string) string {
	if len(ys) == 0 {
		return ""
	}
	lower := strings.ToLower(s)
	if i := strings.Index(lower, "jaarschijf"); i >= 0 {
		if after := yearsIn(s[i:]); len(after) > 0 {
			return after[0]
		}
	}
	return ys[0]
}

// titleWords are words that make a year in a title or sheet name the
// jaarschijf ("Monitor 2025"); a year in other text may be anything
// ("Ambitie 2030: 500 woningen").
var titleWords = []string{"jaarschijf", "jaarschijven", "prestatieafspraken", "prestatieafspraak", "afspraken",
	"monitor", "monitoring", "jaarplan", "periode", "jaar", "uitvoeringsprogramma", "uitvoeringsagenda",
	"voortgang", "voortgangsrapportage", "overzicht", "stand", "evaluatie", "jaarverslag", "bod", "activiteitenoverzicht"}

// maxTitleYearCell is the longest title or cover cell read for a year:
// longer cells are explanation, where years are about anything.
const maxTitleYearCell = 150

// titleYear is the jaarschijf a title, cover cell or sheet name names:
// a cell that is only a year or a period, or a short one with a year and
// a word such as "jaarschijf", "prestatieafspraken" or "monitor".
func titleYear(cell string) string {
	if y, ok := ParseYear(cell); ok {
		return y
	}
	if len(cell) > maxTitleYearCell {
		return ""
	}
	ys := yearsIn(cell)
	if len(ys) == 0 {
		return ""
	}
	for _, w := range norm.Words(cell) {
		for _, t := range titleWords {
			if w == t {
				return pickYear(cell, ys)
			}
		}
	}
	return ""
}

// nameYear is the jaarschijf a file or folder name names:
// "prestatieafspraken-uithoorn-2025", "2024", "PA 2025-2028"; not a date
// ("2025-03-14 export").
func nameYear(name string) string {
	return pickYear(name, yearsIn(name))
}
