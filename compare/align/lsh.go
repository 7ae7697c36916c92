package align

import (
	"cmp"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
)

// band is one LSH band: every node's key (a hash of its signature rows in
// the band) and the nodes sorted by (key, node), so that a bucket is a run
// of equal keys and the nodes after a node in its run are exactly the
// higher-numbered nodes that share the bucket.
type band struct {
	keys  []uint64
	order []int32
	pos   []int32 // pos[node] is the node's index in order
}

// buildBands hashes the signatures (n nodes × bands·rows values, node-major)
// into bands, one goroutine per band and CPU.
func buildBands(sigs []uint32, n, bands, rows int) []band {
	out := make([]band, bands)
	k := bands * rows
	parallel(bands, 2, func(lo, hi int) {
		for b := lo; b < hi; b++ {
			out[b] = buildBand(sigs, n, k, b, rows)
		}
	})
	return out
}

// buildBand builds band b.
func buildBand(sigs []uint32, n, k, b, rows int) band {
	bd := band{keys: make([]uint64, n), order: make([]int32, n), pos: make([]int32, n)}
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
	for p, i := range bd.order {
		bd.pos[i] = int32(p)
	}
	return bd
}

// edge is a verified pair of nodes, i < j, with their similarity.
type edge struct {
	i, j int32
	sim  float64
}

// verifiedEdges returns every pair of nodes that share a bucket in at
// least one band and whose exact Jaccard similarity is at least threshold,
// each pair once, sorted by (i, j).
func verifiedEdges(sets [][]uint64, bands []band, threshold float64) []edge {
	n := len(sets)
	workers := runtime.GOMAXPROCS(0)
	if n < 512 {
		workers = 1
	}
	parts := make([][]edge, workers)
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
					for b := range bands {
						bd := &bands[b]
						key := bd.keys[i]
						for p := int(bd.pos[i]) + 1; p < n; p++ {
							j := bd.order[p]
							if bd.keys[j] != key {
								break
							}
							if stamp[j] == mark {
								continue
							}
							stamp[j] = mark
							if s := jaccard(sets[i], sets[j]); s >= threshold {
								mine = append(mine, edge{int32(i), j, s})
							}
						}
					}
				}
			}
			parts[w] = mine
		}()
	}
	wg.Wait()
	var all []edge
	for _, p := range parts {
		all = append(all, p...)
	}
	slices.SortFunc(all, func(x, y edge) int {
		if c := cmp.Compare(x.i, y.i); c != 0 {
			return c
		}
		return cmp.Compare(x.j, y.j)
	})
	return all
}

// parallel calls fn over [0, n) in chunks on up to GOMAXPROCS goroutines,
// each chunk handed out as a worker becomes free; below serialBelow items
// it runs inline. fn must only write to the slots of its own range, so the
// result never depends on the schedule.
func parallel(n, serialBelow int, fn func(lo, hi int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if n < serialBelow || workers <= 1 {
		fn(0, n)
		return
	}
	chunk := max(1, n/(workers*8))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				lo := int(next.Add(int64(chunk))) - chunk
				if lo >= n {
					return
				}
				fn(lo, min(lo+chunk, n))
			}
		}()
	}
	wg.Wait()
}
