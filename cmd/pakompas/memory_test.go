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
