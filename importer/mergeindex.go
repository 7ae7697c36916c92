package importer

import "sort"

// A sheet may hold hundreds of thousands of merged ranges (issue 11: 450,000
// merges over 80,000 heading rows in a 439 KB workbook). The table reader
// asks per row whether a cell is merged across, and the header reader asks
// per column which merge covers it; looping over every merge for each of
// those questions made a sheet take 40 s. The merges are therefore indexed
// once per question, in O(m log m), and each answer costs O(log m) or less.

// rowSpans is a sorted list of disjoint, inclusive row ranges (0-based).
type rowSpans [][2]int

// acrossRows returns the rows in which column col lies inside a merge that
// spans more than one column.
func acrossRows(merges []mergeRange, col int) rowSpans {
	var s rowSpans
	for _, m := range merges {
		if m.c1 > m.c0 && m.c0 <= col && col <= m.c1 {
			s = append(s, [2]int{m.r0, m.r1})
		}
	}
	sort.Slice(s, func(i, j int) bool { return s[i][0] < s[j][0] })
	out := s[:0]
	for _, iv := range s {
		if n := len(out); n > 0 && iv[0] <= out[n-1][1]+1 {
			out[n-1][1] = max(out[n-1][1], iv[1])
			continue
		}
		out = append(out, iv)
	}
	return out
}

// contains reports whether row lies in one of the spans.
func (s rowSpans) contains(row int) bool {
	i := sort.Search(len(s), func(i int) bool { return s[i][1] >= row })
	return i < len(s) && s[i][0] <= row
}

// mergeOwners returns, for each column below width, the first column of
// the first merge (in the sheet's order) that covers the cell at (row,
// column), or -1. Each column is assigned once: a skip list over the
// columns still unassigned keeps overlapping merges from costing their
// full width again, so the work is O(merges + width).
func mergeOwners(merges []mergeRange, row, width int) []int {
	owner := make([]int, width)
	next := make([]int, width+1) // next[c]: the first unassigned column >= c
	for c := range owner {
		owner[c] = -1
	}
	for c := range next {
		next[c] = c
	}
	find := func(c int) int {
		root := c
		for next[root] != root {
			root = next[root]
		}
		for next[c] != root { // path compression
			next[c], c = root, next[c]
		}
		return root
	}
	for _, m := range merges {
		if m.r0 > row || row > m.r1 || m.c0 >= width || m.c1 < 0 {
			continue
		}
		for c := find(max(m.c0, 0)); c <= min(m.c1, width-1); c = find(c + 1) {
			owner[c] = m.c0
			next[c] = c + 1
		}
	}
	return owner
}
