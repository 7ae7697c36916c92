package align

import (
	"slices"

	"pakompas/importer/parallel"
)

// Gap is an agreement that some of the gemeenten of interest have and
// others lack.
type Gap struct {
	// Group is the index of the group in the groups given to Gaps.
	Group int
	// Has are the given gemeenten with a member in the group, Missing the
	// given gemeenten without one; both in the order given.
	Has, Missing []string
}

// Gaps lists, per group spanning at least two gemeenten, which of the
// given gemeenten lack it. A group is listed only when at least one of the
// given gemeenten has it and at least one lacks it. Gemeenten are compared
// as written; a name given twice counts once. The gaps come in the order
// of the groups. Group.Gemeenten must be sorted, as GroupItems gives them.
func Gaps(groups []Group, gemeenten []string) []Gap {
	seen := make(map[string]bool, len(gemeenten))
	var want []string
	for _, g := range gemeenten {
		if !seen[g] {
			seen[g] = true
			want = append(want, g)
		}
	}
	// Each group on its own, on all cores; kept in the groups' order.
	gaps := make([]Gap, len(groups))
	parallel.For(len(groups), 256, func(lo, hi int) {
		for x := lo; x < hi; x++ {
			gaps[x] = gapOf(x, groups[x], want)
		}
	})
	var out []Gap
	for _, gap := range gaps {
		if gap.Has != nil {
			out = append(out, gap)
		}
	}
	return out
}

// gapOf is the gap of group g (number x) among the gemeenten want; the
// zero Gap when it spans fewer than two gemeenten, or when want has it
// everywhere or nowhere.
func gapOf(x int, g Group, want []string) Gap {
	if len(g.Gemeenten) < 2 {
		return Gap{}
	}
	var gap Gap
	for _, gm := range want {
		if _, in := slices.BinarySearch(g.Gemeenten, gm); in {
			gap.Has = append(gap.Has, gm)
		} else {
			gap.Missing = append(gap.Missing, gm)
		}
	}
	if len(gap.Has) == 0 || len(gap.Missing) == 0 {
		return Gap{}
	}
	gap.Group = x
	return gap
}
