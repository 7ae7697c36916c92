//go:build linux

package tui

import (
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// threadCPU is the CPU time the calling thread has used
// (CLOCK_THREAD_CPUTIME_ID, precise to the nanosecond; getrusage counts
// in scheduler ticks).
func threadCPU() time.Duration {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_THREAD_CPUTIME_ID, &ts); err != nil {
		return 0
	}
	return time.Duration(ts.Nano())
}

// BenchmarkKompasKeyCPU is the Kompas screen's key press (Update + View)
// on the national corpus as CPU time of the thread that runs it, p99 over
// 1,000 presses: what the key costs, without the waits for a core that
// the wall-clock p99 of BenchmarkScreens counts on a loaded machine (the
// collector's background work on other threads is not counted; its
// assists on this one are).
func BenchmarkKompasKeyCPU(b *testing.B) {
	for _, sb := range screenBenches {
		if sb.name != "Kompas/right" && sb.name != "Kompas/down" {
			continue
		}
		b.Run(sb.name, func(b *testing.B) {
			m := nationalModel(b, filepath.Join(b.TempDir(), "evaluatie.json"))
			sb.setup(b, m)
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			ds := make([]time.Duration, 0, 1000)
			for b.Loop() {
				for range 1000 {
					k := sb.next(m)
					start := threadCPU()
					m.Update(keyMsg(k))
					_ = m.View()
					ds = append(ds, threadCPU()-start)
				}
			}
			ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
			b.ReportMetric(ms(percentile(ds, 0.99)), "cpu-p99-ms")
			b.ReportMetric(ms(percentile(ds, 0.5)), "cpu-p50-ms")
		})
	}
}
