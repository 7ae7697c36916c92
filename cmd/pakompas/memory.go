package main

import (
	"math"
	"runtime/debug"
	"runtime/metrics"
)

// memoryLimit is the Go runtime's soft memory limit for the whole process,
// set once at start by main. Exporting the national corpus (342
// gemeenten) allocates about 600 MB, most of it short-lived; left alone,
// the collector lets the heap grow to twice what is live (about 100 MB
// while the workbook is built, 220 MB resident at the peak), and to five
// times with bulkGCPercent. With this limit it collects sooner when the
// heap nears it, and the export stays under 250 MB (BenchmarkWriteNational
// in compare/workbook measures the workbook alone with and without it).
// It is a soft limit: with more live data than this the collector works
// harder (at most about half the CPU), and nothing fails. It is set here
// and not in compare/workbook: a library must not change process-wide
// settings.
const memoryLimit = 230 << 20

// setMemoryLimit applies memoryLimit unless the environment sets
// GOMEMLIMIT (the runtime has applied that already, and the user's choice
// wins, "off" included). It returns the limit in force.
func setMemoryLimit(getenv func(string) string) int64 {
	if getenv("GOMEMLIMIT") != "" {
		return debug.SetMemoryLimit(-1)
	}
	debug.SetMemoryLimit(memoryLimit)
	return memoryLimit
}

// bulkGCPercent is the collector's GOGC while export runs. Building the
// national workbook allocates about 600 MB, nearly all of it short-lived,
// over a live heap of about 100 MB: at the default (100) the collector
// runs every 100 MB and marks the whole live heap each time. At 400 it
// waits until the heap is five times what is live, or until memoryLimit,
// whichever comes first. Measured as whole processes on the national
// corpus, alternating (2 cores, load about 1.5): 3.0 s → 2.5 s wall,
// 4.4 → 3.6 s CPU, peak RSS 206 → 228 MiB; GOGC=off gave the same time at
// 237 MiB.
const bulkGCPercent = 400

// bulkGC applies bulkGCPercent unless GOGC is set in the environment
// (the user's choice wins) or no memory limit is in force (GOMEMLIMIT=off:
// nothing would then hold the heap down). The returned function puts the
// previous setting back.
func bulkGC(getenv func(string) string) (restore func()) {
	if getenv("GOGC") != "" || debug.SetMemoryLimit(-1) == math.MaxInt64 {
		return func() {}
	}
	old := debug.SetGCPercent(bulkGCPercent)
	return func() { debug.SetGCPercent(old) }
}

// jsonMemoryFloor is the soft memory limit while import --json analyses
// and writes, unless what is live after the import asks for more (see
// jsonMemoryLimit).
const jsonMemoryFloor = 130 << 20

// jsonMemoryLimit lowers the soft memory limit for the analysis and the
// JSON of import --json, which allocate a few hundred MB over a live heap
// of about 60 MB nationally: left at memoryLimit the heap grows to twice
// what is live at the last collection and the process peaked at 151–154
// MiB (the goal is < 150 MiB); at 130 MiB it peaks at 131–132 MiB in about
// the same time (3 rounds alternating, idle cores). The limit is twice
// what is live after the import, and at least jsonMemoryFloor, so an
// import twice the national size is not collected without pause. It does
// nothing when GOMEMLIMIT is set (the user's choice wins) and returns the
// function that puts the previous limit back.
func jsonMemoryLimit(getenv func(string) string) (restore func()) {
	if getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	live := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(live)
	limit := int64(jsonMemoryFloor)
	if live[0].Value.Kind() == metrics.KindUint64 {
		limit = max(limit, 2*int64(live[0].Value.Uint64()))
	}
	old := debug.SetMemoryLimit(min(limit, debug.SetMemoryLimit(-1)))
	return func() { debug.SetMemoryLimit(old) }
}
