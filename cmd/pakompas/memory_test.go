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

// import --json lowers the memory limit to twice what is live, at least
// jsonMemoryFloor and never above the limit in force, and puts it back;
// not when GOMEMLIMIT is set.
func TestJSONMemoryLimit(t *testing.T) {
	oldLimit := debug.SetMemoryLimit(memoryLimit)
	defer debug.SetMemoryLimit(oldLimit)
	env := map[string]string{}
	getenv := func(k string) string { return env[k] }

	restore := jsonMemoryLimit(getenv)
	if l := debug.SetMemoryLimit(-1); l < jsonMemoryFloor || l >= memoryLimit {
		t.Errorf("during import --json: limit %d, want from %d to below %d (a test binary's heap is small)", l, jsonMemoryFloor, memoryLimit)
	}
	restore()
	if l := debug.SetMemoryLimit(-1); l != memoryLimit {
		t.Errorf("after: limit %d, want %d back", l, memoryLimit)
	}

	env["GOMEMLIMIT"] = "1GiB"
	jsonMemoryLimit(getenv)()
	if l := debug.SetMemoryLimit(-1); l != memoryLimit {
		t.Errorf("with GOMEMLIMIT set: limit %d, want it left alone", l)
	}

	delete(env, "GOMEMLIMIT")
	debug.SetMemoryLimit(100 << 20) // a limit below the floor stays
	restore = jsonMemoryLimit(getenv)
	if l := debug.SetMemoryLimit(-1); l != 100<<20 {
		t.Errorf("under a lower limit: %d, want it kept", l)
	}
	restore()
}
