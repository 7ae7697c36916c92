package importer

import (
	"testing"
	"time"
)

// A file heavier than the whole budget takes all of it and is read alone;
// the next file waits until it is given back.
func TestBudgetBoundsReads(t *testing.T) {
	b := newBudget(100)
	if got := b.take(300); got != 100 {
		t.Fatalf("took %d of 100", got)
	}
	taken := make(chan int64)
	go func() { taken <- b.take(1) }()
	select {
	case <-taken:
		t.Fatal("a second file was let in while the budget was used up")
	case <-time.After(50 * time.Millisecond):
	}
	b.give(100)
	select {
	case n := <-taken:
		if n != 1 {
			t.Errorf("took %d", n)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the second file never got its share")
	}
	var none *budget
	none.give(none.take(5)) // no budget: nothing to wait for
}
