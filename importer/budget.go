package importer

import "sync"

// budget bounds the bytes of input that the workers read at once. Each
// file takes its estimated weight (see weight) before it is read and gives
// it back after; a file heavier than the whole budget waits until it can
// take all of it and is then read alone. The memory of an import is so
// bounded by the budget, not by the number of CPUs times the largest file.
type budget struct {
	mu    sync.Mutex
	cond  *sync.Cond
	total int64
	free  int64
}

// newBudget returns a budget of total bytes.
func newBudget(total int64) *budget {
	b := &budget{total: total, free: total}
	b.cond = sync.NewCond(&b.mu)
	return b
}

// take waits until n bytes (at most the whole budget) are free, takes
// them and returns what was taken, for give. A nil budget takes nothing.
func (b *budget) take(n int64) int64 {
	if b == nil {
		return 0
	}
	n = max(0, min(n, b.total))
	b.mu.Lock()
	defer b.mu.Unlock()
	for b.free < n {
		b.cond.Wait()
	}
	b.free -= n
	return n
}

// give returns n bytes taken by take.
func (b *budget) give(n int64) {
	if b == nil || n == 0 {
		return
	}
	b.mu.Lock()
	b.free += n
	b.mu.Unlock()
	b.cond.Broadcast()
}
