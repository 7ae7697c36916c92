package main

import (
	"math"
	"runtime/debug"
)

// memoryLimit is the Go runtime's soft memory limit for the whole process,
// set once at start by main. Exporting the national corpus (342
// gemeenten) allocates about 600 MB, most of it short-lived; left alone,
// the collector lets the heap grow to twice what is live and the export
// peaks near 400 MB resident. With this limit it collects sooner (a little
// slower) and stays near 250 MB (BenchmarkWriteNational in
// compare/workbook measures both). It is a soft limit: with more live data
// than this the collector works harder (at most about half the CPU), and
// nothing fails. It is set here and not in compare/workbook: a library must
// not change process-wide settings.
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

// exportGCPercent is the collector's GOGC while export runs. Building the
// national workbook allocates about 600 MB, nearly all of it short-lived,
// over a live heap of about 100 MB: at the default (100) the collector
// runs every 100 MB and marks the whole live heap each time. At 400 it
// waits until the heap is five times what is live, or until memoryLimit,
// whichever comes first, so the peak stays under the limit. Measured as
// whole processes on the national corpus, alternating (2 cores, load
// about 1.5): 3.0 s → 2.5 s wall, 4.4 → 3.6 s CPU, peak RSS 211 → 233 MB.
// GOGC=off gave the same time at 243 MB.
const exportGCPercent = 400

// exportGC applies exportGCPercent unless GOGC is set in the environment
// (the user's choice wins) or no memory limit is in force (GOMEMLIMIT=off:
// nothing would then hold the heap down). The returned function puts the
// previous setting back.
func exportGC(getenv func(string) string) (restore func()) {
	if getenv("GOGC") != "" || debug.SetMemoryLimit(-1) == math.MaxInt64 {
		return func() {}
	}
	old := debug.SetGCPercent(exportGCPercent)
	return func() { debug.SetGCPercent(old) }
}
