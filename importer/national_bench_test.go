package importer

import (
	"archive/zip"
	"bytes"
	"cmp"
	"context"
	"encoding/xml"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/xuri/excelize/v2"

	"pakompas/importer/corpus/floor"

	"pakompas/importer/corpus"
)

// The national corpus: 342 gemeenten × 150 agreements in the two main
// layouts, generated once into a cache folder under the system temp dir
// (kept between runs; delete it to regenerate).
var (
	nationalOnce  sync.Once
	nationalFiles []string
	nationalErr   error
)

func nationalCorpus(b *testing.B) []string {
	b.Helper()
	nationalOnce.Do(func() {
		dir := filepath.Join(os.TempDir(), "pakompas-bench-corpus-v1")
		if entries, err := os.ReadDir(dir); err == nil && len(entries) == 342 {
			for _, e := range entries {
				nationalFiles = append(nationalFiles, filepath.Join(dir, e.Name()))
			}
			return
		}
		os.RemoveAll(dir)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			nationalErr = err
			return
		}
		nationalFiles, nationalErr = corpus.Generate(dir, corpus.Options{})
	})
	if nationalErr != nil {
		b.Fatal(nationalErr)
	}
	return nationalFiles
}

// BenchmarkImportNational is the full import of the national corpus:
// sniffing, reading, finding the tables, gemeenten, due dates and ids.
func BenchmarkImportNational(b *testing.B) {
	files := nationalCorpus(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		rep := Import(context.Background(), files, Options{})
		if rep.Failed() || len(rep.Agreements) != 342*150 {
			b.Fatalf("failed=%v agreements=%d", rep.Failed(), len(rep.Agreements))
		}
	}
}

// BenchmarkRowsFloor is the like-for-like floor the import is measured
// against: every file read into memory and opened with excelize as the
// excelize path opens it, every visible sheet read with the streaming
// Rows iterator and raw cell values, the rows kept in memory as the
// importer keeps them; on the same number of workers as the import.
// (GetRows, the floor before, formats every cell: it is slower than the
// importer's own use of excelize, so ratios against it flattered.)
func BenchmarkRowsFloor(b *testing.B) {
	benchEachFile(b, 342*150, func(data []byte) (int, error) {
		return floor.Rows(data, excelize.Options{UnzipSizeLimit: maxUnzipped, UnzipXMLSizeLimit: maxUnzippedXML})
	})
}

// BenchmarkRawTokenCeiling is the ceiling no XML reader on encoding/xml
// gets past: every file read into memory, every sheet part and the shared
// strings inflated and passed through encoding/xml's RawToken, nothing
// kept; on the same number of workers as the import.
func BenchmarkRawTokenCeiling(b *testing.B) {
	benchEachFile(b, 342*150*10, func(data []byte) (int, error) {
		zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			return 0, err
		}
		tokens := 0
		for _, zf := range zr.File {
			if !strings.HasPrefix(zf.Name, "xl/worksheets/") && zf.Name != "xl/sharedStrings.xml" {
				continue
			}
			rc, err := zf.Open()
			if err != nil {
				return 0, err
			}
			d := xml.NewDecoder(rc)
			for err == nil {
				if _, err = d.RawToken(); err == nil {
					tokens++
				}
			}
			rc.Close()
			if err != io.EOF {
				return 0, err
			}
		}
		return tokens, nil
	})
}

// BenchmarkFastReadNational is the fast reader alone on the national
// corpus: every file read into memory and read by readXLSXFast (cells,
// merges and the checks of the merge scan, nothing else of the import);
// on the same number of workers as the import.
func BenchmarkFastReadNational(b *testing.B) {
	benchEachFile(b, 342*150, func(data []byte) (int, error) {
		sheets, _, fe, why := readXLSXFast("bench.xlsx", data, &fileLimits{})
		if fe != nil || why != "" {
			return 0, fmt.Errorf("%v %s", fe, why)
		}
		rows := 0
		for _, s := range sheets {
			if s.grid != nil {
				rows += len(s.grid.rows)
			}
		}
		return rows, nil
	})
}

// benchEachFile runs read over every file of the national corpus, read
// into memory, on as many workers as the import uses (one per CPU), for
// each run of the benchmark; read returns how many things (rows, tokens)
// it read: at least least in all.
func benchEachFile(b *testing.B, least int, read func(data []byte) (int, error)) {
	files := nationalCorpus(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		var n atomic.Int64
		var next atomic.Int64
		var wg sync.WaitGroup
		for range runtime.NumCPU() {
			wg.Go(func() {
				for {
					i := int(next.Add(1) - 1)
					if i >= len(files) {
						return
					}
					data, err := os.ReadFile(files[i])
					if err != nil {
						b.Error(err)
						return
					}
					k, err := read(data)
					if err != nil {
						b.Error(files[i], err)
						return
					}
					n.Add(int64(k))
				}
			})
		}
		wg.Wait()
		if n.Load() < int64(least) {
			b.Fatalf("read %d, want at least %d", n.Load(), least)
		}
	}
}

// benchRounds is the number of rounds of BenchmarkNationalRounds.
var benchRounds = flag.Int("rounds", 5, "rounds of BenchmarkNationalRounds")

// BenchmarkNationalRounds measures the import against its floor and its
// ceiling in one run, interleaved so that a machine shared with other
// work weighs on all of them alike: -rounds rounds (5) of the import, the
// like-for-like floor, the RawToken ceiling and the fast reader alone,
// one of each a round. It logs the median time and allocation per run of
// each and the ratios the README's performance section gives.
func BenchmarkNationalRounds(b *testing.B) {
	benches := []struct {
		name string
		f    func(*testing.B)
	}{{"import", BenchmarkImportNational}, {"floor", BenchmarkRowsFloor}, {"ceiling", BenchmarkRawTokenCeiling}, {"fastread", BenchmarkFastReadNational}}
	ns, bytes := map[string][]float64{}, map[string][]float64{}
	for range *benchRounds {
		for _, bb := range benches {
			var nsOp, bOp float64
			b.Run(bb.name, func(b *testing.B) {
				var before, after runtime.MemStats
				runtime.ReadMemStats(&before)
				bb.f(b)
				runtime.ReadMemStats(&after)
				nsOp = float64(b.Elapsed().Nanoseconds()) / float64(b.N)
				bOp = float64(after.TotalAlloc-before.TotalAlloc) / float64(b.N)
			})
			ns[bb.name] = append(ns[bb.name], nsOp)
			bytes[bb.name] = append(bytes[bb.name], bOp)
		}
	}
	median := func(v []float64) float64 {
		v = slices.Clone(v)
		slices.Sort(v)
		return v[len(v)/2]
	}
	for _, bb := range benches {
		b.Logf("%-8s median %6.0f ms/op %6.0f MB/op", bb.name, median(ns[bb.name])/1e6, median(bytes[bb.name])/(1<<20))
	}
	imp := median(ns["import"])
	b.Logf("import / floor %.2f×, import / ceiling %.2f×, fast reader / ceiling %.2f×",
		imp/median(ns["floor"]), imp/median(ns["ceiling"]), median(ns["fastread"])/median(ns["ceiling"]))
}

// BenchmarkMergesNational opens every workbook of the national corpus on
// one goroutine and reads the merge lists of all its sheets: /open only
// opens (the baseline), /scan adds the importer's merge reader, and
// /GetMergeCells adds excelize's GetMergeCells instead (which parses each
// sheet a second time).
func BenchmarkMergesNational(b *testing.B) {
	files := nationalCorpus(b)
	data := make([][]byte, len(files))
	for i, p := range files {
		var err error
		if data[i], err = os.ReadFile(p); err != nil {
			b.Fatal(err)
		}
	}
	read := map[string]func(f *excelize.File, data []byte, sheet string) ([]mergeRange, error){
		"open": nil,
		"scan": func(f *excelize.File, data []byte, sheet string) ([]mergeRange, error) {
			sc, err := newMergeReader(f, data).sheet(sheet)
			return sc.merges, cmp.Or(err, sc.mergeErr)
		},
		"GetMergeCells": func(f *excelize.File, _ []byte, sheet string) ([]mergeRange, error) {
			return mergesFromExcelize(f, sheet)
		},
	}
	for _, name := range []string{"open", "scan", "GetMergeCells"} {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				merges := 0
				for _, d := range data {
					f, err := excelize.OpenReader(bytes.NewReader(d))
					if err != nil {
						b.Fatal(err)
					}
					for _, s := range f.GetSheetList() {
						if read[name] == nil {
							continue
						}
						m, err := read[name](f, d, s)
						if err != nil {
							b.Fatal(err)
						}
						merges += len(m)
					}
					f.Close()
				}
				if read[name] != nil && merges < len(data) {
					b.Fatalf("%d merges in %d workbooks", merges, len(data))
				}
			}
		})
	}
}
