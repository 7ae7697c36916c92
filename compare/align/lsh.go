package align

import (
	"cmp"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"pakompas/importer/parallel"
)

// Bucket limits. A bucket (nodes sharing a band key) of up to allPairs
// nodes is verified pair by pair. A larger one is verified as a star: its
// leaders, the members with the lowest signature hash, are compared with
// every member, and the other members not with each other. A family of
// near-identical texts is still found through its leaders, and the
// leaders depend only on the texts, so the groups still do not depend on
// the order of the items.
//
// The limits start at (maxAllPairs, maxLeaders) and are halved until the
// comparisons they allow (counted from the bucket sizes before any is
// made) fit the budget: budgetSteps merge steps per distinct text, a
// comparison of two shingle sets costing the sum of their sizes (256
// comparisons of two 20-shingle texts); at (2, 1) they always fit. Ordinary
// input never gets there: the national corpus (largest bucket 183
// distinct texts, 14 shingles a text) allows 150 comparisons per text at
// the start, and its groups are the same as with pair-by-pair
// verification (also with the limit at 16). Hostile input does: 20,000
// distinct texts that differ in two words cost 98 comparisons per text
// instead of 9,280, and 86,000 random 80-word texts from 22 words (61 MB
// of CSV) about 2,000 per text at the start and about 60 at the end.
const (
	maxAllPairs = 64
	maxLeaders  = 8
	budgetSteps = 256 * 40
)

// comparisonBudget is the number of comparisons the budget allows for
// these shingle sets.
func comparisonBudget(sets [][]uint64) int {
	total := 0
	for _, s := range sets {
		total += len(s)
	}
	if total == 0 {
		return budgetSteps * len(sets)
	}
	// n texts of mean size total/n: a comparison costs 2·total/n steps.
	return int(int64(budgetSteps) * int64(len(sets)) * int64(len(sets)) / int64(2*total))
}

// limits are the bucket limits chosen for one input.
type limits struct {
	allPairs, leaders int
}

// chooseLimits returns the largest limits whose comparisons fit in
// budget. cap, when above 0, lowers the start (for tests).
func chooseLimits(bands []band, n, budget, cap int) limits {
	l := limits{allPairs: maxAllPairs, leaders: maxLeaders}
	if cap > 0 {
		l.allPairs = min(l.allPairs, cap)
	}
	var runs []int // sizes of every bucket of two or more in every band
	for b := range bands {
		bd := &bands[b]
		for lo := 0; lo < n; {
			hi := lo + 1
			for hi < n && bd.keys[bd.order[hi]] == bd.keys[bd.order[lo]] {
				hi++
			}
			if hi-lo > 1 {
				runs = append(runs, hi-lo)
			}
			lo = hi
		}
	}
	for l.allPairs > 2 && l.cost(runs) > budget {
		l.allPairs /= 2
		l.leaders = max(1, min(l.leaders, l.allPairs/2))
	}
	return l
}

// cost is the number of comparisons the limits allow for these buckets.
func (l limits) cost(runs []int) int {
	total := 0
	for _, m := range runs {
		if m <= l.allPairs {
			total += m * (m - 1) / 2
		} else {
			total += l.leaders * m
		}
	}
	return total
}

// band is one LSH band: every node's key (a hash of its signature rows in
// the band) and the nodes sorted by (key, node), so that a bucket is a run
// of equal keys and the nodes after a node in its run are exactly the
// higher-numbered nodes that share the bucket. A run longer than the
// limit is sorted by (signature hash, node) instead, its leaders first
// (markBig); big[p] is the first position of such a run for every
// position p in it, and -1 elsewhere.
type band struct {
	keys  []uint64
	order []int32
	pos   []int32 // pos[node] is the node's index in order
	big   []int32
	lead  int // leaders per big run
}

// buildBands hashes the signatures (n nodes × bands·rows values, node-major)
// into bands, one goroutine per band and CPU, with the bucket limits that
// fit budget comparisons (see chooseLimits).
func buildBands(sigs []uint32, n, bands, rows, budget, cap int) []band {
	out := make([]band, bands)
	k := bands * rows
	parallel.For(bands, 2, func(lo, hi int) {
		for b := lo; b < hi; b++ {
			out[b] = buildBand(sigs, n, k, b, rows)
		}
	})
	l := chooseLimits(out, n, budget, cap)
	whole := signatureHashes(sigs, n, k)
	parallel.For(bands, 2, func(lo, hi int) {
		for b := lo; b < hi; b++ {
			out[b].markBig(whole, l)
		}
	})
	return out
}

// signatureHashes returns a hash of every node's whole signature: a
// function of its text alone, which orders the members of a big bucket.
func signatureHashes(sigs []uint32, n, k int) []uint64 {
	out := make([]uint64, n)
	parallel.For(n, 256, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			h := uint64(0x6a09e667f3bcc909)
			for _, v := range sigs[i*k : (i+1)*k] {
				h = mix64(h ^ uint64(v))
			}
			out[i] = h
		}
	})
	return out
}

// buildBand builds band b.
func buildBand(sigs []uint32, n, k, b, rows int) band {
	bd := band{keys: make([]uint64, n), order: make([]int32, n), pos: make([]int32, n), big: make([]int32, n)}
	for i := range n {
		h := uint64(b+1) * 0x9e3779b97f4a7c15
		for _, v := range sigs[i*k+b*rows : i*k+(b+1)*rows] {
			h = mix64(h ^ uint64(v))
		}
		bd.keys[i] = h
		bd.order[i] = int32(i)
	}
	slices.SortFunc(bd.order, func(x, y int32) int {
		if c := cmp.Compare(bd.keys[x], bd.keys[y]); c != 0 {
			return c
		}
		return cmp.Compare(x, y)
	})
	return bd
}

// markBig orders every run longer than l.allPairs by signature hash and
// marks it in big, then fills pos.
func (bd *band) markBig(whole []uint64, l limits) {
	n := len(bd.order)
	bd.lead = l.leaders
	for lo := 0; lo < n; {
		hi := lo + 1
		for hi < n && bd.keys[bd.order[hi]] == bd.keys[bd.order[lo]] {
			hi++
		}
		first := int32(-1)
		if hi-lo > l.allPairs {
			first = int32(lo)
			slices.SortFunc(bd.order[lo:hi], func(x, y int32) int {
				if c := cmp.Compare(whole[x], whole[y]); c != 0 {
					return c
				}
				return cmp.Compare(x, y)
			})
		}
		for p := lo; p < hi; p++ {
			bd.big[p] = first
		}
		lo = hi
	}
	for p, i := range bd.order {
		bd.pos[i] = int32(p)
	}
}

// candidates calls fn with every node that node i is to be compared with
// in this band: in a small bucket the higher-numbered members, in a big
// one every other member when i is a leader and nothing otherwise.
func (bd *band) candidates(i int, fn func(j int32)) {
	p := int(bd.pos[i])
	n := len(bd.order)
	key := bd.keys[i]
	first := int(bd.big[p])
	if first < 0 {
		for q := p + 1; q < n && bd.keys[bd.order[q]] == key; q++ {
			fn(bd.order[q])
		}
		return
	}
	if p-first >= bd.lead {
		return
	}
	for q := first; q < n && bd.keys[bd.order[q]] == key; q++ {
		if q != p {
			fn(bd.order[q])
		}
	}
}

// edge is a verified pair of nodes, i < j, with their similarity.
type edge struct {
	i, j int32
	sim  float64
}

// verifiedEdges returns every pair of nodes that share a bucket in at
// least one band (in a big bucket: a leader and any member) and whose
// exact Jaccard similarity is at least threshold, each pair once, sorted
// by (i, j), and the number of similarities it computed.
func verifiedEdges(sets [][]uint64, bands []band, threshold float64) ([]edge, int) {
	n := len(sets)
	workers := runtime.GOMAXPROCS(0)
	if n < 512 {
		workers = 1
	}
	parts := make([][]edge, workers)
	counts := make([]int, workers)
	var next atomic.Int64
	const chunk = 64
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			stamp := make([]int32, n) // stamp[j] == i+1: pair (i, j) seen
			var mine []edge
			for {
				lo := int(next.Add(chunk)) - chunk
				if lo >= n {
					break
				}
				for i := lo; i < min(lo+chunk, n); i++ {
					mark := int32(i + 1)
					visit := func(j int32) {
						if stamp[j] == mark {
							return
						}
						stamp[j] = mark
						counts[w]++
						if s := jaccard(sets[i], sets[j]); s >= threshold {
							mine = append(mine, edge{int32(min(int32(i), j)), max(int32(i), j), s})
						}
					}
					for b := range bands {
						bands[b].candidates(i, visit)
					}
				}
			}
			parts[w] = mine
		}()
	}
	wg.Wait()
	var all []edge
	compared := 0
	for w, p := range parts {
		all = append(all, p...)
		compared += counts[w]
	}
	slices.SortFunc(all, func(x, y edge) int {
		if c := cmp.Compare(x.i, y.i); c != 0 {
			return c
		}
		return cmp.Compare(x.j, y.j)
	})
	// A pair met from both ends (small bucket in one band, big bucket
	// with the higher node as leader in another) is listed twice.
	all = slices.CompactFunc(all, func(x, y edge) bool { return x.i == y.i && x.j == y.j })
	return all, compared
}
