package align

import (
	"cmp"
	"slices"
	"strings"
)

// graph is the similarity graph of the nodes in compressed form: the
// neighbours of u are adj[start[u]:start[u+1]], ascending, with their
// similarity in sim.
type graph struct {
	start []int32
	adj   []int32
	sim   []float64
}

// newGraph builds the symmetric graph of n nodes from edges (i < j).
func newGraph(n int, edges []edge) graph {
	g := graph{start: make([]int32, n+1), adj: make([]int32, 2*len(edges)), sim: make([]float64, 2*len(edges))}
	for _, e := range edges {
		g.start[e.i+1]++
		g.start[e.j+1]++
	}
	for u := range n {
		g.start[u+1] += g.start[u]
	}
	fill := slices.Clone(g.start[:n])
	put := func(u, v int32, s float64) {
		g.adj[fill[u]], g.sim[fill[u]] = v, s
		fill[u]++
	}
	// Edges come sorted by (i, j): for each u the neighbours below u are
	// put (as the j of edges (v, u), by ascending v) before those above.
	for _, e := range edges {
		put(e.j, e.i, e.sim)
	}
	for _, e := range edges {
		put(e.i, e.j, e.sim)
	}
	return g
}

// stars picks representatives and assigns every other node to one, so
// that each node is within the threshold of its representative: no
// chaining. Candidates for representative go by weight (the items of the
// node and of all its neighbours: the most typical text of a family comes
// first), then by the node's own items, then by key, so the choice depends
// only on the texts, never on their order. A node becomes a representative when no earlier
// representative is its neighbour. Then every other node joins the
// neighbouring representative it is most similar to (ties: the earlier
// representative).
//
// repOf[u] is u's representative (u itself for a representative) and
// simOf[u] the similarity to it.
func (g graph) stars(nodes []node) (reps, repOf []int32, simOf []float64) {
	n := len(nodes)
	weight := make([]int64, n)
	for u := range n {
		w := int64(nodes[u].count)
		for _, v := range g.adj[g.start[u]:g.start[u+1]] {
			w += int64(nodes[v].count)
		}
		weight[u] = w
	}
	order := make([]int32, n)
	for u := range order {
		order[u] = int32(u)
	}
	slices.SortFunc(order, func(x, y int32) int {
		if c := cmp.Compare(weight[y], weight[x]); c != 0 {
			return c
		}
		if c := cmp.Compare(nodes[y].count, nodes[x].count); c != 0 {
			return c
		}
		return strings.Compare(nodes[x].key, nodes[y].key)
	})
	rank := make([]int32, n) // position of a representative in order
	covered := make([]bool, n)
	isRep := make([]bool, n)
	for p, u := range order {
		if covered[u] {
			continue
		}
		isRep[u], covered[u], rank[u] = true, true, int32(p)
		reps = append(reps, u)
		for _, v := range g.adj[g.start[u]:g.start[u+1]] {
			covered[v] = true
		}
	}
	repOf = make([]int32, n)
	simOf = make([]float64, n)
	for u := range n {
		if isRep[u] {
			repOf[u], simOf[u] = int32(u), 1
			continue
		}
		best, bestSim := int32(-1), float64(-1)
		for e := g.start[u]; e < g.start[u+1]; e++ {
			v, s := g.adj[e], g.sim[e]
			if !isRep[v] {
				continue
			}
			if s > bestSim || (s == bestSim && rank[v] < rank[best]) {
				best, bestSim = v, s
			}
		}
		repOf[u], simOf[u] = best, bestSim // covered, so best >= 0
	}
	return reps, repOf, simOf
}
