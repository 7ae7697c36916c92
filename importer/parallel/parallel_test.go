package parallel

import (
	"errors"
	"runtime"
	"sync/atomic"
	"testing"
)

// For covers every index exactly once, serial or not.
func TestForCoversEachIndexOnce(t *testing.T) {
	for _, n := range []int{0, 1, 7, 100, 10_000} {
		for _, serialBelow := range []int{0, 512} {
			seen := make([]atomic.Int32, n)
			For(n, serialBelow, func(lo, hi int) {
				if lo >= hi && n > 0 {
					t.Errorf("empty range [%d, %d)", lo, hi)
				}
				for i := lo; i < hi; i++ {
					seen[i].Add(1)
				}
			})
			for i := range seen {
				if c := seen[i].Load(); c != 1 {
					t.Fatalf("n=%d: index %d seen %d times", n, i, c)
				}
			}
		}
	}
}

// Ordered hands the chunks over in order, whatever order they finish in.
func TestOrderedKeepsOrder(t *testing.T) {
	if runtime.GOMAXPROCS(0) < 2 {
		t.Log("one core: the serial path is tested")
	}
	for _, n := range []int{0, 1, 99, 100, 101, 10_000} {
		var got []int
		err := Ordered(n, 100, func(lo, hi int) []int {
			out := make([]int, 0, hi-lo)
			for i := lo; i < hi; i++ {
				out = append(out, i)
			}
			if lo/100%3 == 0 {
				runtime.Gosched() // finish out of order
			}
			return out
		}, func(part []int) error {
			got = append(got, part...)
			return nil
		})
		if err != nil || len(got) != n {
			t.Fatalf("n=%d: %d items, %v", n, len(got), err)
		}
		for i, v := range got {
			if v != i {
				t.Fatalf("n=%d: item %d is %d", n, i, v)
			}
		}
	}
}

// The first error of consume stops the loop: it is returned, and few
// chunks are made after it (at most those in flight).
func TestOrderedStopsOnError(t *testing.T) {
	stop := errors.New("vol")
	var made atomic.Int32
	consumed := 0
	err := Ordered(1_000_000, 10, func(lo, hi int) int {
		made.Add(1)
		return lo
	}, func(lo int) error {
		consumed++
		if lo == 50 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || consumed != 6 {
		t.Fatalf("error %v after %d chunks", err, consumed)
	}
	if m := made.Load(); m > int32(6+2*runtime.GOMAXPROCS(0)+runtime.GOMAXPROCS(0)) {
		t.Errorf("%d chunks made for 6 consumed", m)
	}
}

// A worker's panic is raised again on the caller's goroutine, where a
// recover catches it.
func TestPanicReachesCaller(t *testing.T) {
	catch := func(f func()) (v any) {
		defer func() { v = recover() }()
		f()
		return nil
	}
	if v := catch(func() {
		For(10_000, 0, func(lo, hi int) {
			if lo <= 5000 && 5000 < hi {
				panic("kapot")
			}
		})
	}); v != "kapot" {
		t.Errorf("For: recovered %v", v)
	}
	if v := catch(func() {
		Ordered(10_000, 10, func(lo, hi int) int {
			if lo == 5000 {
				panic("kapot")
			}
			return lo
		}, func(int) error { return nil })
	}); v != "kapot" {
		t.Errorf("Ordered: recovered %v", v)
	}
}
