package main

import (
	"math"
	"runtime/debug"
	"testing"
)

// The process-wide memory limit is set by the command, not by a library,
// and GOMEMLIMIT in the environment wins.
func TestSetMemoryLimit(t *testing.T) {
	old := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(old)

	debug.SetMemoryLimit(math.MaxInt64)
	env := map[string]string{}
	getenv := func(k string) string { return env[k] }
	if got := setMemoryLimit(getenv); got != memoryLimit || debug.SetMemoryLimit(-1) != memoryLimit {
		t.Errorf("without GOMEMLIMIT: returned %d, runtime has %d; want %d", got, debug.SetMemoryLimit(-1), memoryLimit)
	}

	debug.SetMemoryLimit(1 << 30) // as the runtime does for GOMEMLIMIT=1GiB
	env["GOMEMLIMIT"] = "1GiB"
	if got := setMemoryLimit(getenv); got != 1<<30 || debug.SetMemoryLimit(-1) != 1<<30 {
		t.Errorf("with GOMEMLIMIT: returned %d, runtime has %d; want 1 GiB kept", got, debug.SetMemoryLimit(-1))
	}
}

// Export collects less often (bulkGCPercent) while it runs, and puts
// the setting back; not when GOGC is set, nor without a memory limit.
func TestExportGC(t *testing.T) {
	oldLimit := debug.SetMemoryLimit(memoryLimit)
	defer debug.SetMemoryLimit(oldLimit)
	oldPercent := debug.SetGCPercent(100)
	defer debug.SetGCPercent(oldPercent)
	percent := func() int {
		p := debug.SetGCPercent(100)
		debug.SetGCPercent(p)
		return p
	}
	env := map[string]string{}
	getenv := func(k string) string { return env[k] }

	restore := bulkGC(getenv)
	if p := percent(); p != bulkGCPercent {
		t.Errorf("during export: GOGC %d, want %d", p, bulkGCPercent)
	}
	restore()
	if p := percent(); p != 100 {
		t.Errorf("after export: GOGC %d, want 100 back", p)
	}

	env["GOGC"] = "50"
	bulkGC(getenv)()
	if p := percent(); p != 100 {
		t.Errorf("with GOGC set: %d, want it left alone", p)
	}
	delete(env, "GOGC")
	debug.SetMemoryLimit(math.MaxInt64) // GOMEMLIMIT=off
	restore = bulkGC(getenv)
	if p := percent(); p != 100 {
		t.Errorf("without a memory limit: %d, want it left alone", p)
	}
	restore()
}
