package align

import (
	"cmp"
	"encoding/hex"
	"hash/fnv"
	"slices"
	"strconv"
	"strings"
)

// buildGroups turns the stars into groups of items, keeping those that
// span at least two gemeenten, ordered by first member.
func buildGroups(items []Item, nodes []node, nodeOf, reps, repOf []int32, simOf []float64) []Group {
	slot := make([]int32, len(nodes)) // group slot of each representative
	for s, r := range reps {
		slot[r] = int32(s)
	}
	members := make([][]int, len(reps))
	for i, u := range nodeOf {
		if u < 0 {
			continue
		}
		s := slot[repOf[u]]
		members[s] = append(members[s], i)
	}
	var out []Group
	for s, r := range reps {
		ms := members[s]
		gems := gemeentenOf(items, ms)
		if len(gems) < 2 {
			continue
		}
		g := Group{Members: ms, Gemeenten: gems, Key: nodes[r].key, Rep: -1, Scores: make([]float64, len(ms))}
		for x, i := range ms {
			u := nodeOf[i]
			if u == r && g.Rep < 0 {
				g.Rep = i
			}
			g.Scores[x] = simOf[u]
		}
		g.Theme = majorityTheme(items, ms)
		out = append(out, g)
	}
	slices.SortFunc(out, func(a, b Group) int { return cmp.Compare(a.Members[0], b.Members[0]) })
	assignIDs(out)
	return out
}

// gemeentenOf returns the distinct gemeenten of the members, sorted.
func gemeentenOf(items []Item, members []int) []string {
	var gems []string
	for _, i := range members {
		gems = append(gems, items[i].Gemeente)
	}
	slices.Sort(gems)
	return slices.Compact(gems)
}

// majorityTheme returns the most frequent non-empty theme of the members;
// on a tie, the one that occurs first among the members.
func majorityTheme(items []Item, members []int) string {
	counts := map[string]int{}
	most := 0
	for _, i := range members {
		if t := items[i].Theme; t != "" {
			counts[t]++
			most = max(most, counts[t])
		}
	}
	for _, i := range members {
		if t := items[i].Theme; t != "" && counts[t] == most {
			return t
		}
	}
	return ""
}

// idLen is the number of hex digits of a group ID's hash.
const idLen = 10

// assignIDs gives every group "g-" and a short hash of its key. Should two
// keys share a hash, the one with the smaller key keeps it and the others
// get "-2", "-3" … in key order, so the IDs still do not depend on the
// order of the groups.
func assignIDs(groups []Group) {
	byID := map[string][]int{}
	for x := range groups {
		h := fnv.New64a()
		h.Write([]byte(groups[x].Key))
		id := "g-" + hex.EncodeToString(h.Sum(nil))[:idLen]
		groups[x].ID = id
		byID[id] = append(byID[id], x)
	}
	for _, xs := range byID {
		if len(xs) < 2 {
			continue
		}
		slices.SortFunc(xs, func(a, b int) int { return strings.Compare(groups[a].Key, groups[b].Key) })
		for k, x := range xs[1:] {
			groups[x].ID += "-" + strconv.Itoa(k+2)
		}
	}
}
