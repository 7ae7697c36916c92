package main

import (
	"bufio"
	"encoding/json"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"sync"
	"testing"
	"time"

	"pakompas/compare"
	"pakompas/importer/corpus"
)

// nationalAnalysis is the analysis of the national corpus (342
// workbooks, written once to a temporary folder and imported).
var nationalAnalysis = sync.OnceValues(func() (*compare.Analysis, error) {
	dir, err := os.MkdirTemp("", "pakompas-json-bench-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	if _, err := corpus.Write(dir, corpus.Build(corpus.Options{})); err != nil {
		return nil, err
	}
	eng, err := compare.NewEngine(compare.Config{})
	if err != nil {
		return nil, err
	}
	rep, ok := importSelected([]string{dir}, commonFlags{alleen: &nameList{}, gemeente: new(string), password: new(string)}, "bench", io.Discard)
	if !ok {
		return nil, os.ErrInvalid
	}
	return eng.Analyze(rep, compare.Overrides{}), nil
})

// BenchmarkImportJSONNational writes the document of import --json for
// the national corpus (51,300 agreements, 60 MB) to a discarding writer:
// /stream as pakompas writes it, /whole as it was written before (one
// json.Encoder call: the whole indented document in memory first).
// peak-heap-MB is the most the heap held during the runs, the analysis
// included (about 45 MB of it).
func BenchmarkImportJSONNational(b *testing.B) {
	an, err := nationalAnalysis()
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name  string
		write func(w io.Writer) error
	}{
		{"stream", func(w io.Writer) error { return writeImportJSON(an, w) }},
		{"whole", func(w io.Writer) error {
			bw := bufio.NewWriter(w)
			enc := json.NewEncoder(bw)
			enc.SetIndent("", jsonIndent)
			if err := enc.Encode(importDocRef{Files: an.Report.Files, Agreements: an.Agreements}); err != nil {
				return err
			}
			return bw.Flush()
		}},
	} {
		b.Run(c.name, func(b *testing.B) {
			peak := watchHeap()
			b.ReportAllocs()
			for b.Loop() {
				if err := c.write(io.Discard); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(peak()/1e6, "peak-heap-MB")
		})
	}
}

// watchHeap samples the heap in use until the returned function is
// called, which returns the largest sample in bytes. It collects first,
// so the peak is what the measured code adds to what is live.
func watchHeap() func() float64 {
	runtime.GC()
	debug.FreeOSMemory()
	stop, done := make(chan struct{}), make(chan float64)
	go func() {
		var peak uint64
		var ms runtime.MemStats
		tick := time.NewTicker(2 * time.Millisecond)
		defer tick.Stop()
		for {
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapAlloc)
			select {
			case <-stop:
				done <- float64(peak)
				return
			case <-tick.C:
			}
		}
	}()
	return func() float64 {
		close(stop)
		return <-done
	}
}
