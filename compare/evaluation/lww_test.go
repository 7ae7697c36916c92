package evaluation

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"testing"
	"time"
)

// randomRecords are up to four keys, each live or removed at a time drawn
// from a set where no two records share a time (ties keep the receiver's
// record, so only distinct times make merging symmetric).
func randomRecords(rng *rand.Rand, times *[]int) records[localMove] {
	r := newRecords(func(m localMove) time.Time { return m.Changed })
	for _, k := range []string{"a", "b", "c", "d"} {
		if rng.IntN(3) == 0 {
			continue
		}
		n := rng.IntN(len(*times))
		at := time.Unix(int64((*times)[n]), 0)
		*times = append((*times)[:n], (*times)[n+1:]...)
		if rng.IntN(2) == 0 {
			r.removed[k] = at
		} else {
			r.live[k] = localMove{Key: fmt.Sprint(k, at.Unix()), Changed: at}
		}
	}
	return r
}

// merged is a copy of a with b merged in.
func merged(a, b records[localMove]) records[localMove] {
	c := records[localMove]{live: maps.Clone(a.live), removed: maps.Clone(a.removed), at: a.at}
	c.merge(b, func(string) {})
	return c
}

func sameRecords(a, b records[localMove]) bool {
	return maps.Equal(a.live, b.live) && maps.EqualFunc(a.removed, b.removed, time.Time.Equal)
}

// Merging gives the same result in any order and grouping, and merging
// what is already in changes nothing: stores that merge each other's
// files in any order end up with the same evaluation.
func TestMergeOrderDoesNotMatter(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	for run := range 2000 {
		times := make([]int, 12)
		for i := range times {
			times[i] = 1_750_000_000 + i
		}
		a, b, c := randomRecords(rng, &times), randomRecords(rng, &times), randomRecords(rng, &times)
		if !sameRecords(merged(a, b), merged(b, a)) {
			t.Fatalf("run %d: a+b %v, b+a %v", run, merged(a, b), merged(b, a))
		}
		if !sameRecords(merged(merged(a, b), c), merged(a, merged(b, c))) {
			t.Fatalf("run %d: grouping changes the result", run)
		}
		if ab := merged(a, b); !sameRecords(merged(ab, b), ab) || !sameRecords(merged(a, a), a) {
			t.Fatalf("run %d: merging twice changes the result", run)
		}
	}
}
