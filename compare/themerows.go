package compare

import (
	"sort"

	"pakompas/compare/align"
)

// ThemeRow is one row of a theme seen side by side: one cell per gemeente
// (in Analysis.Gemeenten order) holding indexes into Analysis.Agreements.
type ThemeRow struct {
	// Group is the alignment group shown on this row; "" for a row of
	// agreements that stand alone (packed, one per gemeente per row).
	Group string
	// Cells[g] are the agreements of gemeente g on this row (usually 0 or
	// 1; a gemeente may have the same agreement twice).
	Cells [][]int
	// Missing[g] is true on a group row when gemeente g lacks the
	// agreement altogether: a gap, shown as "ontbreekt". A gemeente that
	// has it under another theme is not missing.
	Missing []bool
	// Elsewhere[g], on a group row, is the agreement (index into
	// Analysis.Agreements) that gemeente g has under another theme, where
	// its cell here is empty: placed there by the source or moved there by
	// the adviser. -1 for the other cells; nil when no cell is so.
	Elsewhere []int
}

// ThemeRows lays out one national theme side by side: first a row per
// alignment group with members in this theme (ordered by where the group
// first occurs), then the remaining agreements of each gemeente, packed
// row by row in import order. Only the gemeenten's current versions are
// laid out (see Analysis.Superseded).
func (an *Analysis) ThemeRows(key string) []ThemeRow {
	ng := len(an.Gemeenten)
	gi := make(map[string]int, ng)
	for i, g := range an.Gemeenten {
		gi[g] = i
	}
	groupIdx := make(map[string]int, len(an.Groups))
	for i, g := range an.Groups {
		groupIdx[g.ID] = i
	}
	var rows []ThemeRow
	rowOf := map[string]int{}
	rest := make([][]int, ng)
	superseded := an.Superseded()
	for i, a := range an.Agreements {
		if a.Theme != key || superseded(i) {
			continue
		}
		g := gi[a.Gemeente]
		if a.Group == "" {
			rest[g] = append(rest[g], i)
			continue
		}
		r, ok := rowOf[a.Group]
		if !ok {
			r = len(rows)
			rowOf[a.Group] = r
			row := ThemeRow{Group: a.Group, Cells: make([][]int, ng), Missing: make([]bool, ng)}
			for j := range row.Missing {
				row.Missing[j] = true
			}
			for _, name := range an.Groups[groupIdx[a.Group]].Gemeenten {
				row.Missing[gi[name]] = false
			}
			rows = append(rows, row)
		}
		rows[r].Cells[g] = append(rows[r].Cells[g], i)
	}
	for r := range rows {
		rows[r].Elsewhere = elsewhere(an, key, an.Groups[groupIdx[rows[r].Group]], rows[r].Cells, gi)
	}
	// Group rows in order of their first member (already so: rows were
	// opened in agreement order); keep it explicit and stable.
	sort.SliceStable(rows, func(a, b int) bool { return firstOf(rows[a]) < firstOf(rows[b]) })
	depth := 0
	for _, r := range rest {
		depth = max(depth, len(r))
	}
	for k := range depth {
		row := ThemeRow{Cells: make([][]int, ng), Missing: make([]bool, ng)}
		for g := range ng {
			if k < len(rest[g]) {
				row.Cells[g] = []int{rest[g][k]}
			}
		}
		rows = append(rows, row)
	}
	return rows
}

// elsewhere finds, for a group row of theme key, the members that stand
// under another theme in gemeenten whose cell is empty (ThemeRow.Elsewhere).
func elsewhere(an *Analysis, key string, g align.Group, cells [][]int, gi map[string]int) []int {
	var out []int
	for _, m := range g.Members {
		a := &an.Agreements[m]
		c := gi[a.Gemeente]
		if a.Theme == key || len(cells[c]) > 0 || (out != nil && out[c] >= 0) {
			continue
		}
		if out == nil {
			out = make([]int, len(cells))
			for i := range out {
				out[i] = -1
			}
		}
		out[c] = m
	}
	return out
}

func firstOf(r ThemeRow) int {
	first := -1
	for _, c := range r.Cells {
		for _, i := range c {
			if first < 0 || i < first {
				first = i
			}
		}
	}
	return first
}
