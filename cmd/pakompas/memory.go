package main

import "runtime/debug"

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
