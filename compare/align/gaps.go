package align

import "slices"

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
	var out []Gap
	for x, g := range groups {
		if len(g.Gemeenten) < 2 {
			continue
		}
		var gap Gap
		for _, gm := range want {
			if _, in := slices.BinarySearch(g.Gemeenten, gm); in {
				gap.Has = append(gap.Has, gm)
			} else {
				gap.Missing = append(gap.Missing, gm)
			}
		}
		if len(gap.Has) > 0 && len(gap.Missing) > 0 {
			gap.Group = x
			out = append(out, gap)
		}
	}
	return out
}
