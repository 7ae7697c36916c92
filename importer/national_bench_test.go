package importer

import (
	"bytes"
	"cmp"
	"context"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/xuri/excelize/v2"

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

// BenchmarkGetRowsFloor only opens every file and reads every sheet with
// excelize's GetRows, on the same number of workers as the import: the
// floor the import is measured against (goal: import ≤ 1.5× floor).
func BenchmarkGetRowsFloor(b *testing.B) {
	files := nationalCorpus(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		var next, rows atomic.Int64
		var wg sync.WaitGroup
		for w := 0; w < runtime.NumCPU(); w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					i := int(next.Add(1) - 1)
					if i >= len(files) {
						return
					}
					f, err := excelize.OpenFile(files[i])
					if err != nil {
						b.Error(err)
						return
					}
					for _, s := range f.GetSheetList() {
						r, err := f.GetRows(s)
						if err != nil {
							b.Error(err)
						}
						rows.Add(int64(len(r)))
					}
					f.Close()
				}
			}()
		}
		wg.Wait()
		if rows.Load() < 342*150 {
			b.Fatalf("rows %d", rows.Load())
		}
	}
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
