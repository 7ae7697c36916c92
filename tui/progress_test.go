package tui

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"pakompas/compare"
)

// TestProgressThrottle: the first report passes, the next ones only a
// frame later; the last file's always passes.
func TestProgressThrottle(t *testing.T) {
	var th progressThrottle
	if !th.pass(1, 100) {
		t.Fatal("the first report did not pass")
	}
	if th.pass(2, 100) {
		t.Fatal("a report right after the first passed")
	}
	if !th.pass(100, 100) {
		t.Fatal("the last file's report did not pass")
	}
	time.Sleep(progressEvery)
	if !th.pass(3, 100) {
		t.Fatal("a report a frame later did not pass")
	}

	// Concurrent workers: at most one report a frame gets through.
	var fresh progressThrottle
	var passed atomic.Int64
	var wg sync.WaitGroup
	start := time.Now()
	for range 4 {
		wg.Go(func() {
			for i := range 2000 {
				if fresh.pass(i+1, 1_000_000) {
					passed.Add(1)
				}
			}
		})
	}
	wg.Wait()
	if limit := 1 + int64(time.Since(start)/progressEvery); passed.Load() < 1 || passed.Load() > limit {
		t.Fatalf("%d of 8,000 reports passed in %v, want 1 to %d", passed.Load(), time.Since(start), limit)
	}
}

// TestProgressEndsAtTheLastFile: however few progress messages the
// import sends, the last file's is among them, and the Laden screen counts
// every file at the end.
func TestProgressEndsAtTheLastFile(t *testing.T) {
	dir := writeDemo(t)
	m := New(Options{Load: analyzePaths(dir), Evaluation: evalFile(t)})
	ld := m.screens[screenLoading].(*loading)
	var seen []progressMsg
	for cmd := m.Init(); cmd != nil; {
		msg := cmd()
		if p, ok := msg.(progressWithNext); ok {
			seen = append(seen, p.progressMsg)
			if _, cmd = m.Update(msg); ld.done < p.done {
				t.Fatalf("progress %d of %d shown as %d", p.done, p.total, ld.done)
			}
			continue
		}
		if _, done := msg.(loadedMsg); done {
			break
		}
		_, cmd = m.Update(msg)
	}
	total, last := 0, false
	for _, p := range seen {
		total = p.total
		last = last || p.done == p.total
	}
	if !last || total < 2 || len(seen) > total || ld.done != total {
		t.Fatalf("progress %v, the screen at %d: want at most %d messages, the last file's among them", seen, ld.done, total)
	}
}

// TestLateProgressKeepsTheBar: a report that arrives after a later one
// does not move the bar back.
func TestLateProgressKeepsTheBar(t *testing.T) {
	m := New(Options{Load: sharedDemoLoad, Evaluation: evalFile(t)})
	ld := m.screens[screenLoading].(*loading)
	m.Update(progressWithNext{progressMsg: progressMsg{done: 5, total: 9, path: "e.xlsx"}})
	m.Update(progressWithNext{progressMsg: progressMsg{done: 3, total: 9, path: "c.xlsx"}})
	if ld.done != 5 || ld.current != "e.xlsx" {
		t.Fatalf("after 5 and then 3 of 9: %d, %q", ld.done, ld.current)
	}
	mustContain(t, m.View(), "5 van 9 bestanden")
}

// TestLoadThrottlesProgress: an import that reports 1,000 files at once
// reaches the screen as a few progress messages, the last file's among
// them.
func TestLoadThrottlesProgress(t *testing.T) {
	an, err := demoAnalysis()
	if err != nil {
		t.Fatal(err)
	}
	var took time.Duration
	load := func(progress func(done, total int, path string), ov compare.Overrides, pw map[string]string) (*compare.Analysis, Reanalyze, error) {
		start := time.Now()
		for i := 1; i <= 1000; i++ {
			progress(i, 1000, "f.xlsx")
		}
		took = time.Since(start)
		return fixedLoad(an)(nil, ov, pw)
	}
	m := New(Options{Load: load, Evaluation: evalFile(t)})
	var seen []int
	for cmd := m.Init(); cmd != nil; {
		msg := cmd()
		if p, ok := msg.(progressWithNext); ok {
			seen = append(seen, p.done)
		}
		_, cmd = m.Update(msg)
		if _, done := msg.(loadedMsg); done {
			break
		}
	}
	if limit := 2 + int(took/progressEvery); len(seen) > limit || len(seen) == 0 || seen[len(seen)-1] != 1000 {
		t.Fatalf("reports %v in %v: want at most %d, the last 1000", seen, took, limit)
	}
}
