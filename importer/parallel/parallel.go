// Package parallel runs loops over many items on all cores: For for work
// whose results land in place, Ordered for results that must come out in
// order (a document, a sheet) while later ones are still being made.
//
// A panic in a worker is not lost on another goroutine: it is raised
// again on the caller's, after the other workers have stopped, so a
// caller's recover (the workbook's "interne fout") still catches it.
package parallel

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// workers is the number of goroutines a loop of n chunks uses.
func workers(n int) int {
	return min(runtime.GOMAXPROCS(0), n)
}

// For calls fn on contiguous ranges [lo, hi) that together cover [0, n),
// on all cores, and returns when all are done. Below serialBelow items (or
// on one core) it calls fn(0, n) on the caller's goroutine. Ranges are
// handed out as workers ask, about eight per worker, so uneven work
// evens out.
func For(n, serialBelow int, fn func(lo, hi int)) {
	w := workers(n)
	if n < serialBelow || w <= 1 {
		fn(0, n)
		return
	}
	chunk := max(1, n/(w*8))
	var next atomic.Int64
	var wg sync.WaitGroup
	var p panicked
	for range w {
		wg.Go(func() {
			defer p.catch()
			for {
				lo := int(next.Add(int64(chunk))) - chunk
				if lo >= n || p.happened.Load() {
					return
				}
				fn(lo, min(lo+chunk, n))
			}
		})
	}
	wg.Wait()
	p.raise()
}

// Ordered makes the results of the chunks [0, chunk), [chunk, 2·chunk) …
// of [0, n) with produce on all cores and hands them to consume on the
// caller's goroutine in order, each as soon as it and those before it are
// done. At most two chunks per worker are made and not yet consumed, so
// the memory in flight stays bounded whatever n is. The first error of
// consume stops the loop and is returned; produce is then called for no
// new chunk.
func Ordered[T any](n, chunk int, produce func(lo, hi int) T, consume func(T) error) error {
	chunks := (n + chunk - 1) / chunk
	w := workers(chunks)
	if w <= 1 {
		for lo := 0; lo < n; lo += chunk {
			if err := consume(produce(lo, min(lo+chunk, n))); err != nil {
				return err
			}
		}
		return nil
	}
	type result struct {
		v     T
		panic any
		ok    bool
	}
	results := make([]chan result, chunks)
	for c := range results {
		results[c] = make(chan result, 1)
	}
	slots := make(chan struct{}, 2*w) // chunks taken and not yet consumed
	stop := make(chan struct{})
	var next atomic.Int64
	var wg sync.WaitGroup
	for range w {
		wg.Go(func() {
			for {
				select {
				case slots <- struct{}{}:
				case <-stop:
					return
				}
				c := int(next.Add(1) - 1)
				if c >= chunks {
					return
				}
				results[c] <- func() (r result) {
					defer func() {
						if p := recover(); p != nil {
							r = result{panic: p}
						}
					}()
					return result{v: produce(c*chunk, min((c+1)*chunk, n)), ok: true}
				}()
			}
		})
	}
	finish := func() {
		close(stop)
		wg.Wait()
	}
	for c := range chunks {
		r := <-results[c]
		if !r.ok {
			finish()
			panic(r.panic)
		}
		if err := consume(r.v); err != nil {
			finish()
			return err
		}
		<-slots
	}
	finish()
	return nil
}

// panicked keeps the first panic of a For's workers.
type panicked struct {
	happened atomic.Bool
	once     sync.Once
	value    any
}

// catch recovers a worker's panic; deferred by every worker.
func (p *panicked) catch() {
	if v := recover(); v != nil {
		p.once.Do(func() { p.value = v })
		p.happened.Store(true)
	}
}

// raise panics again on the caller's goroutine with the first panic.
func (p *panicked) raise() {
	if p.happened.Load() {
		panic(p.value)
	}
}
