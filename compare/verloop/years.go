package verloop

import (
	"slices"
	"strings"

	"pakompas/importer/model"
)

// CompareYears orders versions: model.CompareYears (by first year, then
// last; the onbekend version last).
func CompareYears(a, b string) int { return model.CompareYears(a, b) }

// gemeenteVersions are one gemeente's versions.
type gemeenteVersions struct {
	gemeente string
	years    []string
	items    [][]int // per year, ascending
}

// versionsOf returns, per gemeente in order of first appearance, the
// distinct years in order and the item indexes of each year.
func versionsOf(items []Item) []gemeenteVersions {
	var out []gemeenteVersions
	at := map[string]int{}
	for i, it := range items {
		g, ok := at[it.Gemeente]
		if !ok {
			g = len(out)
			at[it.Gemeente] = g
			out = append(out, gemeenteVersions{gemeente: it.Gemeente})
		}
		v := &out[g]
		k := slices.Index(v.years, it.Year)
		if k < 0 {
			k = len(v.years)
			v.years = append(v.years, it.Year)
			v.items = append(v.items, nil)
		}
		v.items[k] = append(v.items[k], i)
	}
	for g := range out {
		v := &out[g]
		order := make([]int, len(v.years))
		for k := range order {
			order[k] = k
		}
		slices.SortFunc(order, func(a, b int) int { return CompareYears(v.years[a], v.years[b]) })
		years, lists := make([]string, len(order)), make([][]int, len(order))
		for k, o := range order {
			years[k], lists[k] = v.years[o], v.items[o]
		}
		v.years, v.items = years, lists
	}
	return out
}

// yearGap is the number of years between two versions (their first
// years, model.YearBounds), at least 1.
func yearGap(from, to string) int {
	a, _ := model.YearBounds(from)
	b, _ := model.YearBounds(to)
	if a == 0 || b <= a {
		return 1
	}
	return b - a
}

// yearsOnly reports whether every edit replaces years by the same years
// moved on by gap, word for word: "2024" → "2025", "1 juli 2024" was
// already split to its changed word, "2024-2027" → "2025-2028". An edit
// that adds or removes words, or changes anything but a year, is a real
// change.
func yearsOnly(edits []Edit, gap int) bool {
	if len(edits) == 0 || gap <= 0 {
		return false
	}
	for _, e := range edits {
		a, b := splitWords(e.Old), splitWords(e.New)
		if len(a) == 0 || len(a) != len(b) {
			return false
		}
		for k := range a {
			if !yearMoved(e.Old[a[k].start:a[k].end], e.New[b[k].start:b[k].end], gap) {
				return false
			}
		}
	}
	return true
}

// yearMoved reports whether old and cur are years (or periods of years,
// "2024-2027"; model.YearBounds) and cur is old moved on by gap years.
func yearMoved(old, cur string, gap int) bool {
	of, ol := model.YearBounds(old)
	cf, cl := model.YearBounds(cur)
	return of != 0 && cf == of+gap && cl == ol+gap &&
		strings.Contains(old, "-") == strings.Contains(cur, "-")
}
